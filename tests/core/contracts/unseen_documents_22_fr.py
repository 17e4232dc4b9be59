"""Held-out batch 22, French documents: an e-mail quote from a freelance developer in Charleroi to
a training-centre asbl for a tool that generates and e-mails training attestations (accepted by
reply e-mail), a long SaaS contract between a software house in Gosselies and a firm of bailiffs
(huissiers de justice) for their practice-management software with data migration, SLA, exit and
escrow (signed by both parties), a public-procurement maintenance contract between a Walloon town
and a bell-automation firm for the computerised control system of the belfry carillon (signed by
both parties), and a Brussels agency's offer for a 3D virtual tour of a castle with yearly hosting,
its general terms printed on the back (signed by the agency and "bon pour accord" by the client).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail, a quote
accepted by signing it, or an empty client signature line raises risk.unsigned; partial = mentioned
but vague, a bare cross-reference, a placeholder, best efforts only, a negation or disclaimer).
"""

from .unseen_documents import UnseenDocument

FR_B22_TRAINING_CERTIFICATE_GENERATOR_QUOTE = UnseenDocument(
    name="fr_b22_training_certificate_generator_quote",
    text="""De : Maxime Renard <maxime@renard-dev.be>
À : Sophie Lejeune <s.lejeune@formasud.be>
Date : lundi 16 novembre 2026 10:12
Objet : Devis 2026-019 - outil de génération des attestations

Bonjour Sophie,

Merci pour notre échange de jeudi dernier à Marcinelle. Comme promis, voici ma proposition pour
remplacer le publipostage Word que vous utilisez aujourd'hui pour les attestations de
participation (environ 2.400 par an, dont une bonne partie pour les chèques-formation).

Ce que je propose
- Une petite application web (Python/Django) installée sur votre serveur virtuel actuel, celui
  que gère NetHainaut. Accès par navigateur, avec un compte par personne (3 comptes prévus).
- Import de la liste des participants exportée de votre logiciel d'inscriptions (fichier Excel,
  colonnes comme dans l'exemple que vous m'avez montré).
- Génération des attestations en PDF sur base de deux modèles : l'attestation standard
  Forma-Sud et l'attestation chèques-formation. Signature scannée de la direction et numéro
  unique par attestation.
- Envoi automatique par e-mail à chaque participant via votre adresse formations@formasud.be,
  avec un journal des envois et la possibilité de renvoyer une attestation.
- Archivage des PDF par session et recherche par nom ou par numéro d'attestation.

Ce qui n'est pas compris
- La connexion directe à votre logiciel d'inscriptions (via son API) : possible plus tard, je
  vous ferai une estimation séparée si vous le souhaitez.
- Les modèles d'attestation supplémentaires : 180 EUR HTVA par modèle.
- Le serveur lui-même et son administration, qui restent chez NetHainaut.

Prix
Forfait de 4.200,00 EUR HTVA pour l'ensemble ci-dessus, installation et formation comprises.
Si en cours de route vous me demandez autre chose, je vous envoie d'abord une estimation en
heures par mail et je ne commence qu'après votre accord écrit ; mon tarif est de 75 EUR HTVA de
l'heure (560 EUR la journée).
Facturation : 30 % à l'acceptation du devis, 70 % à la mise en production. Paiement à 14 jours.

Planning
- Pour le 25 novembre : vous m'envoyez les deux modèles Word actuels et un export Excel réel
  (anonymisé si vous préférez), et vous demandez à NetHainaut de me créer un accès SSH au serveur.
- Semaine du 30 novembre : développement.
- 18 décembre : version de test en ligne. Vous la testez pendant deux semaines avec de vraies
  sessions ; je corrige ce que vous me signalez.
- Mise en production après votre validation par mail, au plus tard le 8 janvier, avec une
  séance de formation d'une heure en visio pour vous et vos deux collègues du secrétariat.
Je vous envoie un petit point d'avancement par mail chaque vendredi.

Après la mise en production
Je corrige gratuitement pendant 3 mois tous les bugs de l'outil. Je vous laisse une notice
d'utilisation (PDF) et une note technique pour NetHainaut (installation, sauvegarde, redémarrage).
Ensuite, si vous le souhaitez, je propose un forfait de maintenance de 480 EUR HTVA par an :
mises à jour de sécurité de Django et des bibliothèques, adaptation si Python ou le serveur
change, et jusqu'à 6 heures d'aide ou de petites modifications. Le forfait couvre l'année
civile et ne se renouvelle pas automatiquement : je vous envoie une proposition en décembre.
Je suis joignable par mail ou au 0476/31 52 08, en semaine de 9h à 18h, et je réponds dans les
meilleurs délais, normalement le jour même.

Le reste
- Le code source vous est remis (dépôt Git sur votre compte) et vous appartient une fois la
  facture finale payée ; je garde le droit de réutiliser les parties génériques dans d'autres
  projets.
- Pour les données de vos participants, si vous avez une convention de sous-traitance RGPD type,
  je peux la signer.
- Ma responsabilité est limitée au montant de ce devis. Je suis assuré en RC professionnelle.
- Je travaille seul : c'est moi qui développe, installe et assure le suivi. Je développe en
  Python depuis 12 ans, dont 7 comme indépendant, surtout pour des asbl et des PME de la région.

Si c'est bon pour vous, une simple réponse à ce mail suffit et je bloque les dates.

Bonne journée,
Maxime Renard
Développeur indépendant - Rue du Calvaire 14, 6061 Montignies-sur-Sambre
BCE BE 0712.448.209 - www.renard-dev.be

-----
De : Sophie Lejeune <s.lejeune@formasud.be>
À : Maxime Renard <maxime@renard-dev.be>
Date : mardi 17 novembre 2026 08:47
Objet : RE: Devis 2026-019 - outil de génération des attestations

Bonjour Maxime,

C'est d'accord pour nous, le CA a validé hier soir. Je vous envoie les modèles et l'export
Excel d'ici vendredi et je contacte NetHainaut pour l'accès.
On prend aussi le forfait de maintenance pour 2027.

Bien à vous,
Sophie Lejeune
Coordinatrice administrative - Forma-Sud asbl
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 14,
        "warranty_days": 90,
    },
)

FR_B22_BAILIFF_OFFICE_SAAS_CONTRACT = UnseenDocument(
    name="fr_b22_bailiff_office_saas_contract",
    text="""CONTRAT DE SERVICES LOGICIELS EN MODE SaaS - LOGICIEL DE GESTION D'ÉTUDE ACTÉO
Mise en service, abonnement et assistance - contrat n° JDS-C-2026-0093

ENTRE JURIDATA SOLUTIONS sa, avenue Georges Lemaître 21, 6041 Gosselies, BCE BE 0552.871.306,
représentée par M. Frédéric Lambert, administrateur délégué, ci-après « le Fournisseur »,
ET DUBOIS & MARCHAL, huissiers de justice associés srl, rue de Marcinelle 12, 6000 Charleroi,
BCE BE 0809.334.172, représentée par Me Anne Dubois et Me Julien Marchal, ci-après « l'Étude ».

Article 1 - Objet
Le Fournisseur met à la disposition de l'Étude, en mode SaaS et pour 14 utilisateurs nommés, le
logiciel ACTÉO (dossiers, actes et significations, recouvrement, comptabilité de tiers, extraits
CODA). Il réalise la mise en service, la reprise des données de l'ancien logiciel et la formation,
puis assure l'hébergement, l'assistance et la maintenance du logiciel.

Article 2 - Documents contractuels
Le contrat comprend, par ordre de priorité décroissant : (1) le présent contrat ; (2) l'annexe 1,
accord de niveaux de service ; (3) l'annexe 2, convention de sous-traitance au sens de l'article
28 du RGPD ; (4) l'offre du Fournisseur n° JDS-O-2026-118 du 6 octobre 2026 (annexe 3). Les
conditions générales du Fournisseur et celles de l'Étude ne s'appliquent pas.

Article 3 - Mise en service et planning
3.1 Réunion de lancement : 11 janvier 2027. Paramétrage (modèles d'actes, barèmes, comptes de
tiers, droits des utilisateurs) : du 11 janvier au 5 février 2027. Migration test : pour le
19 février 2027. Tests de réception : du 22 février au 5 mars 2027. Migration définitive : le
week-end du 6 mars 2027. Mise en production : lundi 8 mars 2027.
3.2 La reprise porte sur les dossiers actifs et sur les dossiers clôturés depuis le 1er janvier
2017 (environ 41.000 dossiers), les débiteurs, les actes scannés et l'historique de la
comptabilité de tiers de l'ancien logiciel GestHuis. Le Fournisseur établit la correspondance des
champs, réalise la conversion et remet un rapport de contrôle ; les soldes de tiers repris doivent
concorder au centime avec la balance de l'ancien logiciel.
3.3 L'Étude s'engage : à obtenir de son ancien fournisseur, pour le 22 janvier 2027, l'export
complet de la base de données ; à désigner une utilisatrice clé, Mme Sandrine Colin, disponible
une demi-journée par semaine pendant la mise en service ; à valider le paramétrage et le rapport
de migration dans les cinq jours ouvrables de leur remise ; à fournir les accès bancaires
nécessaires à l'import CODA.
3.4 Si la mise en production est retardée par le fait du Fournisseur au-delà du 8 mars 2027,
l'Étude a droit à une réduction de 2 % du montant de la mise en service par semaine de retard,
plafonnée à 10 %, et l'abonnement ne prend cours qu'à la mise en production effective. Si le
retard est dû à l'Étude, le planning est revu de commun accord et les journées supplémentaires
sont facturées au tarif de l'article 9.3, sur devis accepté.

Article 4 - Réception et garantie
4.1 L'Étude teste le logiciel paramétré et les données reprises selon le plan de tests remis par
le Fournisseur au plus tard le 15 février 2027. La réception est prononcée par un procès-verbal
signé par les deux parties lorsqu'aucune anomalie bloquante ou majeure ne subsiste ; les anomalies
mineures sont corrigées dans les trente jours. À défaut de remarques écrites dans les cinq jours
ouvrables suivant la fin des tests, la réception est réputée acquise.
4.2 Pendant les soixante jours qui suivent la mise en production, le Fournisseur corrige sans
frais toute erreur de paramétrage ou de reprise de données, en plus de la maintenance (art. 7).

Article 5 - Formation
Trois demi-journées de formation sur site (dossiers et actes ; recouvrement ; comptabilité de
tiers) pour les 14 utilisateurs, dans les deux semaines avant la mise en production, et une
présence sur site le jour du démarrage. Supports et manuel utilisateur remis en format PDF.

Article 6 - Équipe et suivi
6.1 Le Fournisseur désigne Mme Isabelle Henrard, cheffe de projet, qui compte plus de dix ans
d'expérience dans la mise en place de logiciels pour les professions juridiques, et M. Youssef
El Amrani, consultant en migration de données. Après la mise en production, M. Olivier Gérard,
gestionnaire de compte, est l'interlocuteur attitré de l'Étude.
6.2 Le Fournisseur ne remplace un membre de l'équipe qu'en cas de départ ou d'indisponibilité
prolongée, par une personne de compétence équivalente, en informant l'Étude au moins quinze jours
à l'avance et en assurant à ses frais le passage de relais.
6.3 Pendant la mise en service, une réunion de suivi a lieu chaque semaine en visioconférence ; la
cheffe de projet envoie ensuite un compte rendu et l'état d'avancement par rapport au planning.
Après la mise en production, le Fournisseur envoie chaque mois un rapport de service
(disponibilité mesurée, tickets par priorité, respect des délais). Un comité de suivi réunit deux
fois par an Me Dubois, le gestionnaire de compte et le directeur des opérations du Fournisseur.
Tout problème non résolu est porté successivement devant le gestionnaire de compte, le directeur
des opérations, puis l'administrateur délégué du Fournisseur.

Article 7 - Hébergement, assistance et maintenance
7.1 Le logiciel et les données sont hébergés dans deux centres de données situés en Belgique,
certifiés ISO 27001, avec réplication en temps réel et sauvegarde quotidienne conservée 35 jours.
7.2 L'assistance est joignable du lundi au vendredi de 8h00 à 18h00, hors jours fériés légaux,
par téléphone (071/91 44 60) et via le portail de tickets. Le Fournisseur tient à jour une fiche
de configuration de l'Étude (paramétrage, interfaces, utilisateurs).
7.3 Délais, en heures ouvrables :
  P1 - logiciel inaccessible ou comptabilité de tiers bloquée : prise en charge dans 1 heure,
       contournement dans les 4 heures, résolution définitive dans les 2 jours ouvrables ;
  P2 - fonction importante indisponible : prise en charge 4 heures, résolution 3 jours ouvrables ;
  P3 - autre demande : prise en charge 2 jours ouvrables, résolution dans la version suivante.
7.4 Disponibilité garantie : 99,7 % par mois civil, mesurée de 7h00 à 22h00 tous les jours, hors
maintenance planifiée annoncée cinq jours ouvrables à l'avance (le dimanche, de 6h00 à 12h00).
7.5 Les délais et la disponibilité ci-dessus sont des obligations de résultat. En cas de
manquement, l'Étude a droit à un crédit sur la redevance du mois concerné : 5 % par tranche
entamée de 0,5 % de disponibilité manquante et 5 % par incident P1 dont le délai de contournement
est dépassé, au total 30 % au maximum. Si la disponibilité est inférieure à 99 % pendant trois
mois consécutifs, l'Étude peut résilier le contrat sans préavis ni indemnité.
7.6 Les nouvelles versions, les adaptations aux évolutions légales et réglementaires (tarif des
huissiers de justice, formats de la Chambre nationale) et les correctifs sont compris. Les
correctifs de sécurité critiques sont appliqués dans les 72 heures de leur publication. Chaque
version est testée sur un environnement de recette avant sa mise en production ; les versions
majeures sont annoncées trente jours à l'avance avec une note de version. Le Fournisseur exécute
l'ensemble de ses prestations selon les règles de l'art.

Article 8 - Propriété intellectuelle
ACTÉO reste la propriété du Fournisseur, qui concède à l'Étude un droit d'utilisation non
exclusif et non cessible pour la durée du contrat. Les données de l'Étude, les modèles d'actes
qu'elle a fournis et les documents générés lui appartiennent.

Article 9 - Prix et facturation
9.1 Mise en service (forfait) : paramétrage 4.600,00 EUR, reprise des données 5.200,00 EUR,
formation 1.650,00 EUR, soit 11.450,00 EUR HTVA, facturés 40 % à la signature et 60 % à la
réception.
9.2 Abonnement : 62,00 EUR HTVA par utilisateur et par mois, soit 868,00 EUR HTVA par mois pour
14 utilisateurs, hébergement, sauvegardes, assistance et maintenance compris, facturé
trimestriellement à l'avance à partir de la mise en production. Tout utilisateur supplémentaire
est facturé au même prix à partir du mois de son activation.
9.3 Les prestations non comprises (développements spécifiques, interfaces supplémentaires,
formations complémentaires) font l'objet d'un devis écrit, accepté par l'Étude avant tout début
d'exécution, au tarif de 950,00 EUR HTVA par jour de consultant (125,00 EUR HTVA par heure).
9.4 L'abonnement et le tarif journalier sont indexés le 1er janvier de chaque année, pour la
première fois le 1er janvier 2028, selon l'indice santé, avec un maximum de 4 % par an.
9.5 Les factures sont payables dans les 30 jours de leur réception.

Article 10 - Durée et fin du contrat
10.1 Le contrat entre en vigueur à sa signature. L'abonnement est conclu pour une durée initiale
de 36 mois à compter de la mise en production ; il est ensuite reconduit tacitement par périodes
de 12 mois, sauf résiliation par lettre recommandée au moins six mois avant l'échéance.
10.2 Chaque partie peut résilier le contrat par lettre recommandée en cas de manquement grave de
l'autre partie auquel il n'est pas remédié dans les trente jours d'une mise en demeure.
10.3 À la fin du contrat, quelle qu'en soit la cause, le Fournisseur : (a) remet à l'Étude, dans
les quinze jours de sa demande et sans frais, une exportation complète de ses données au format
CSV et XML documenté, ainsi que les actes et pièces au format PDF ; (b) continue à fournir le
service aux mêmes conditions pendant une période de transition de trois mois au maximum, à la
demande de l'Étude ; (c) assiste le nouveau fournisseur pour la reprise des données, au tarif de
l'article 9.3. Les données sont effacées soixante jours après la fin du contrat, ce que le
Fournisseur confirme par écrit. Le Fournisseur ne peut en aucun cas retenir les données de
l'Étude, même en cas de litige sur une facture.
10.4 Le code source d'ACTÉO et sa documentation sont déposés chez Depositum Benelux et mis à jour
à chaque version majeure ; l'Étude, bénéficiaire du dépôt, obtient le code en cas de faillite ou
de cessation d'activité du Fournisseur ou d'arrêt de la maintenance du logiciel.

Article 11 - Confidentialité et données personnelles
11.1 Le Fournisseur et son personnel respectent le secret professionnel auquel est tenue l'Étude
et gardent confidentielles toutes les informations relatives aux dossiers, aux débiteurs et aux
créanciers, pendant le contrat et sans limite de durée après sa fin.
11.2 Le Fournisseur traite les données à caractère personnel pour le compte de l'Étude selon la
convention de sous-traitance (annexe 2), qui règle notamment les mesures de sécurité, les
sous-traitants ultérieurs et la notification des violations de données dans les 24 heures.

Article 12 - Responsabilité
La responsabilité du Fournisseur est limitée, par année contractuelle, au montant facturé au cours
des douze mois précédant le fait générateur, sans être inférieure à 25.000,00 EUR ; elle exclut
les dommages indirects tels que le manque à gagner. Cette limitation ne s'applique pas en cas de
dol, de faute grave, de violation de la confidentialité ou de perte de données imputable au
Fournisseur, qui restaure en outre dans ce dernier cas la dernière sauvegarde à ses frais.

Article 13 - Litiges
Le contrat est soumis au droit belge. Tout différend est d'abord soumis au comité de suivi, réuni
dans les quinze jours de la demande écrite d'une partie. À défaut de solution dans les trente
jours, les parties peuvent recourir à une médiation ; à défaut d'accord, le tribunal de
l'entreprise du Hainaut, division Charleroi, est seul compétent.

Fait à Charleroi, le 2 décembre 2026, en deux exemplaires originaux.

Pour JURIDATA SOLUTIONS sa                  Pour DUBOIS & MARCHAL srl
Frédéric Lambert, administrateur délégué     Me Anne Dubois            Me Julien Marchal
(signé)                                      (signé)                   (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

FR_B22_CARILLON_CONTROL_MAINTENANCE = UnseenDocument(
    name="fr_b22_carillon_control_maintenance",
    text="""VILLE DE THUIN - Service Travaux et Patrimoine

MARCHÉ PUBLIC DE SERVICES N° 2026/TRAV/047
Entretien du système de commande informatisé du carillon du beffroi
Marché de faible montant (article 92 de la loi du 17 juin 2016 relative aux marchés publics)

CONTRAT D'ENTRETIEN

Entre la VILLE DE THUIN, Grand'Rue 38, 6530 Thuin, représentée par son Collège communal, pour
lequel agissent le Bourgmestre et le Directeur général, en exécution de la décision du Collège
du 23 novembre 2026, ci-après « la Ville »,
et CAMPANIS srl, horloges d'édifice et automatisation campanaire, rue de la Grande Triperie 9,
7000 Mons, BCE BE 0634.219.570, représentée par M. Didier Hennuyer, gérant,
ci-après « l'Adjudicataire ».

Article 1 - Objet du marché
1.1 Le marché a pour objet l'entretien préventif et correctif du système de commande informatisé
du carillon du beffroi, installé par l'Adjudicataire en 2019 : ordinateur de commande avec le
logiciel CampaPlay, interfaces MIDI, 47 marteaux électromagnétiques de jeu automatique, horloge
mère synchronisée par GPS, onduleur et routeur 4G pour l'accès à distance.
1.2 Sont compris : deux visites d'entretien préventif par an ; le dépannage à distance et sur
place ; les mises à jour du logiciel CampaPlay et les correctifs de sécurité du système
d'exploitation de l'ordinateur de commande ; la programmation à distance de quatre changements
par an du répertoire des airs joués automatiquement (heures, demi-heures et quarts) ; les frais
de déplacement pour les visites et les dépannages.
1.3 Ne sont pas compris : les travaux sur les cloches elles-mêmes, les battants, les jougs et le
clavier manuel du carillonneur, les travaux de charpente ou de maçonnerie du beffroi, le
remplacement de l'ordinateur de commande en fin de vie et l'abonnement 4G, à charge de la Ville.

Article 2 - Documents du marché
Le marché est régi, dans l'ordre, par le présent contrat, par le cahier spécial des charges
n° 2026/TRAV/047, par l'offre de l'Adjudicataire du 14 octobre 2026, qui fait partie intégrante
du marché, et par l'arrêté royal du 14 janvier 2013 établissant les règles générales d'exécution
des marchés publics. Les conditions générales de l'Adjudicataire ne sont pas applicables.

Article 3 - Durée
Le marché prend cours le 1er janvier 2027 pour une durée de quatre ans, soit jusqu'au
31 décembre 2030. Il n'est pas reconduit tacitement. La Ville peut toutefois y mettre fin à la fin
de chaque année civile, moyennant un préavis de trois mois notifié par envoi recommandé, sans
indemnité. En cas de manquement de l'Adjudicataire, les articles 44 à 51 de l'arrêté royal du
14 janvier 2013 s'appliquent, y compris la résiliation du marché.

Article 4 - Prix et paiement
4.1 Prise en charge initiale (inventaire de l'installation, vérification de tous les marteaux,
sauvegarde complète de la programmation, constitution du dossier technique) : forfait de
480,00 EUR HTVA, facturé après la première visite.
4.2 Entretien (tout ce qui est décrit à l'article 1.2) : forfait de 2.340,00 EUR HTVA par an.
Le montant total du marché pour quatre ans s'élève à 9.840,00 EUR HTVA, TVA de 21 % en sus.
4.3 Les pièces de rechange et les interventions hors forfait (par exemple le remplacement d'un
marteau ou d'une carte d'interface) font l'objet d'un devis préalable, qui doit être approuvé par
écrit par le fonctionnaire dirigeant avant exécution ; la main-d'œuvre est facturée au taux de
78,00 EUR HTVA de l'heure, sans frais de déplacement.
4.4 Le forfait annuel et le taux horaire sont révisés le 1er janvier de chaque année selon la
formule du cahier spécial des charges : P = P0 x (0,20 + 0,80 x S/S0), où S est l'indice des
salaires de référence Agoria.
4.5 Le forfait annuel est facturé en janvier. Les factures sont payées dans les 30 jours de leur
réception, conformément à l'article 127 de l'arrêté royal du 14 janvier 2013.

Article 5 - Entretien préventif
5.1 Les visites ont lieu en mars et en septembre, à une date fixée avec le service Travaux au
moins deux semaines à l'avance. La première visite, couplée à la prise en charge initiale, a lieu
au plus tard le 31 mars 2027.
5.2 Chaque visite comprend au minimum : le contrôle et le réglage de la course et de la force de
frappe de chaque marteau, le contrôle des câblages et des interfaces, le test de l'onduleur, la
vérification de la synchronisation de l'horloge, l'installation des mises à jour, la sauvegarde
de la programmation et le nettoyage des équipements.
5.3 Les travaux sont exécutés selon les règles de l'art par des techniciens formés au travail en
hauteur. Le beffroi étant un monument classé, aucune intervention ne peut modifier ou endommager
les cloches ou la structure ; toute nouvelle fixation est soumise à l'accord préalable de la Ville.

Article 6 - Dépannage
6.1 Les pannes sont signalées par le service Travaux ou par le carillonneur communal, par
téléphone au 065/84 27 19 ou par e-mail à depannage@campanis.be, du lundi au vendredi de 8h00 à
17h00. En dehors de ces heures, un message peut être laissé ; il est traité le jour ouvrable
suivant.
6.2 Panne bloquante (carillon muet, jeu à des heures erronées ou la nuit, marteau bloqué en
position de frappe) : prise en charge et diagnostic à distance dans les 4 heures ouvrables ;
remise en état de fonctionnement, au besoin provisoire (par exemple en désactivant le marteau
défectueux), dans les 2 jours ouvrables.
6.3 Autre panne : intervention dans les 10 jours ouvrables, ou lors de la visite préventive
suivante si la Ville l'accepte.
6.4 Lors des festivités annoncées par la Ville au moins deux semaines à l'avance (notamment la
ducasse et les fêtes de Wallonie), l'Adjudicataire assure une permanence téléphonique, y compris
le week-end, au prix de 150,00 EUR HTVA par jour.

Article 7 - Pénalités
Sans préjudice des autres mesures prévues par l'arrêté royal du 14 janvier 2013, tout dépassement
du délai de remise en état visé à l'article 6.2 donne lieu à une pénalité de 50,00 EUR par jour
ouvrable de retard, et toute visite préventive non effectuée dans le mois prévu donne lieu à une
pénalité de 100,00 EUR par semaine de retard. Les pénalités sont plafonnées, par année, à 10 % du
forfait annuel et sont déduites des factures.

Article 8 - Interlocuteurs, rapports et suivi
8.1 Le fonctionnaire dirigeant du marché est M. Laurent Descamps, chef du service Travaux. Pour
l'Adjudicataire, les visites et les dépannages sont assurés par M. Gérard Wuilmart, technicien
campanaire, qui entretient des carillons depuis plus de vingt ans et a participé à l'installation
du système, ou par son collègue M. Nicolas Dupuis.
8.2 Dans les dix jours ouvrables suivant chaque visite ou dépannage sur place, l'Adjudicataire
transmet un rapport écrit : état de chaque élément, travaux réalisés, pièces remplacées,
recommandations et estimation des travaux à prévoir.
8.3 Une réunion d'évaluation a lieu chaque année en décembre entre le fonctionnaire dirigeant, le
carillonneur communal et le gérant de l'Adjudicataire.
8.4 L'Adjudicataire tient à jour le dossier technique de l'installation (schémas de câblage,
liste des marteaux et des interfaces, version du logiciel, paramètres, mots de passe) et en remet
une copie à jour à la Ville après chaque visite.

Article 9 - Obligations de la Ville
La Ville donne accès au beffroi aux dates convenues (clés à retirer au service Travaux, présence
du carillonneur communal ou d'un agent communal), maintient l'alimentation électrique et
l'abonnement 4G du routeur, signale sans délai toute panne et s'abstient de faire intervenir des
tiers sur le système de commande pendant la durée du marché.

Article 10 - Logiciel et programmation
Le logiciel CampaPlay reste la propriété de l'Adjudicataire ; la Ville dispose d'une licence
d'utilisation perpétuelle pour le carillon du beffroi, qui n'est pas affectée par la fin du
marché. Les fichiers de programmation du répertoire et les arrangements réalisés à la demande de
la Ville appartiennent à la Ville.

Article 11 - Fin du marché
À l'échéance ou en cas de résiliation, l'Adjudicataire remet à la Ville, dans les quinze jours et
sans frais, le dossier technique complet, la sauvegarde de la programmation dans le format natif
du logiciel et au format MIDI standard, ainsi que tous les codes d'accès de l'ordinateur et du
routeur. À la demande de la Ville, il participe à une visite commune de passation avec le nouvel
adjudicataire, facturée au taux horaire de l'article 4.3.

Article 12 - Responsabilité et assurance
L'Adjudicataire est responsable des dommages causés aux cloches, au mécanisme et au bâtiment lors
de ses interventions. Il justifie d'une assurance de responsabilité civile couvrant au moins
1.250.000,00 EUR par sinistre et en remet l'attestation avant le début du marché.

Article 13 - Litiges
Tout différend est d'abord examiné lors d'une réunion entre le fonctionnaire dirigeant et le
gérant de l'Adjudicataire, dans les quinze jours de la demande écrite d'une partie. À défaut
d'accord, le litige est tranché selon le droit belge par les tribunaux de l'arrondissement
judiciaire du Hainaut, division Charleroi.

Fait à Thuin, le 4 décembre 2026, en deux exemplaires.

Pour la Ville de Thuin, par le Collège communal :             Pour CAMPANIS srl :
Le Directeur général           Le Bourgmestre                  Didier Hennuyer, gérant
(signé)                        (signé)                         (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 48,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

FR_B22_CASTLE_VIRTUAL_TOUR_OFFER = UnseenDocument(
    name="fr_b22_castle_virtual_tour_offer",
    text="""PANORAMIK srl
Visites virtuelles 3D - photographie 360° - prises de vue par drone
Rue de la Victoire 112, 1060 Saint-Gilles - BCE BE 0699.514.827 - info@panoramik.be - 02/537 18 64

À l'attention de M. Jean-Marc Delvaux, président
Château de Hautevieille asbl
Rue du Château 3, 5530 Yvoir

OFFRE N° PK-26-214                         Bruxelles, le 19 novembre 2026 - valable 30 jours
Objet : visite virtuelle 3D du château et des jardins

Monsieur le Président,

Suite à notre visite du 12 novembre, nous avons le plaisir de vous soumettre notre offre pour la
réalisation et l'hébergement d'une visite virtuelle du château, qui permettra aux visiteurs, aux
écoles et aux organisateurs de mariages et de séminaires de découvrir les lieux depuis votre site.

1. Prestations
a) Captation 3D des 22 salles ouvertes au public (rez-de-chaussée, bel étage, chapelle, caves
   voûtées) avec une caméra 3D haute résolution, soit environ 180 points de prise de vue.
b) Six panoramas aériens à 360° des jardins et du parc, réalisés par drone.
c) Montage de la visite : enchaînement des espaces, plan de navigation et 40 points d'intérêt
   (texte, photo ou vidéo YouTube) en français, en néerlandais et en anglais, sur la base des
   textes que vous nous fournissez.
d) Extraction de 50 photographies HD et d'un plan 2D coté des salles.
e) Intégration de la visite sur votre site WordPress (page dédiée) et publication sur Google Maps.

2. Prix (HTVA)
Captation 3D sur place (2 jours, équipe de 2 personnes)                        2.400,00 EUR
Panoramas aériens par drone, autorisations de vol comprises                       650,00 EUR
Montage, plan de navigation et 40 points d'intérêt                              1.650,00 EUR
Photos HD, plan 2D, intégration WordPress et Google Maps                          250,00 EUR
Total de la réalisation                                                         4.950,00 EUR
Hébergement et diffusion de la visite (voir point 6)                    39,00 EUR par mois
Non compris : la rédaction et la traduction des textes des points d'intérêt, la voix off,
le tournage de vidéos, les frais de déplacement au-delà de 100 km (non applicables à Yvoir).
Toute prestation supplémentaire (points d'intérêt en plus, nouvelles salles, tour de corrections
supplémentaire) fait l'objet d'un devis complémentaire à accepter par vous, sur la base de notre
tarif de 65,00 EUR HTVA de l'heure.

3. Déroulement
- Captation : les 8 et 9 décembre 2026 ; les panoramas aériens sont réalisés le premier jour
  favorable (vent, pluie) avant le 31 janvier 2027.
- Vous nous remettez pour le 15 janvier 2027 les textes des points d'intérêt dans les trois
  langues et les photos ou liens vidéo, et vous veillez à ce que les salles soient dégagées et
  éclairées pendant la captation, en présence d'une personne du château.
- Première version (lien privé) : dans les 15 jours ouvrables suivant la réception des textes.
- Vous disposez de 10 jours ouvrables pour nous transmettre vos remarques en une seule liste ; un
  tour de corrections est compris. Sans remarque dans ce délai, la visite est considérée comme
  acceptée. La mise en ligne publique suit votre validation.
- Une séance de 30 minutes en visioconférence vous montre comment consulter les statistiques et
  modifier vous-mêmes les textes des points d'intérêt.
Les délais sont donnés à titre indicatif ; un retard ne peut donner lieu à aucune indemnité ni à
l'annulation de la commande.

4. Votre équipe
Votre interlocuteur est Lucas Meert, chef de projet (lucas@panoramik.be - 0485/62 11 39). La
captation est réalisée par Amélie Ronse, photographe, et Thomas Verhaegen ; Amélie Ronse est
pilote de drone certifiée (catégorie ouverte A2 et scénario standard STS-01) et a réalisé plus
de 300 visites virtuelles pour des musées, des hôtels et des agences immobilières.

5. Garantie
Pendant 30 jours après la mise en ligne publique, nous corrigeons gratuitement tout défaut de la
visite (lien ou point d'intérêt défectueux, raccord visible, erreur de plan).

6. Hébergement
L'hébergement comprend la diffusion de la visite sur notre plateforme (jusqu'à 20.000 vues par
mois), le lecteur intégrable compatible mobile et casques de réalité virtuelle, les mises à jour
et correctifs de sécurité de la plateforme, jusqu'à 10 modifications de textes ou de médias par
an effectuées par nos soins et un rapport mensuel de fréquentation envoyé par e-mail (vues, durée
moyenne, salles les plus consultées). Nous visons une disponibilité de 99,9 %, sans garantie.
Support : support@panoramik.be, du lundi au vendredi de 9h00 à 17h00 ; nous répondons dans les
2 jours ouvrables.
L'hébergement prend cours à la mise en ligne publique pour une première période de 12 mois. Il
est ensuite reconduit tacitement par périodes de 12 mois, sauf résiliation par e-mail au moins un
mois avant l'échéance. Panoramik peut adapter le prix de l'hébergement à chaque échéance en vous
en informant par e-mail deux mois à l'avance.
À la fin de l'hébergement, nous vous remettons gratuitement, sur simple demande, le modèle 3D
(formats E57 et OBJ), les panoramas, les photos HD et le contenu des points d'intérêt (CSV) ;
la visite est ensuite désactivée.

7. Droits
Panoramik conserve le droit d'auteur sur les prises de vue et le modèle 3D et peut présenter la
visite dans ses références. Le château reçoit une licence d'utilisation non exclusive,
perpétuelle et gratuite des photos, des panoramas et du modèle 3D pour sa communication, sur tout
support. Les personnes éventuellement visibles sont floutées avant la mise en ligne.

8. Facturation et conditions
Réalisation : 40 % à la commande, 60 % à la mise en ligne publique. Hébergement : facturé
annuellement à l'avance. Factures payables à 15 jours. Nos conditions générales de prestation,
reproduites au verso, s'appliquent à la présente offre, à l'exclusion de toutes autres
conditions ; en cas de contradiction, la présente offre prime sur les conditions générales.

Extrait des conditions générales de prestation (verso)
Art. 4 - Panoramik exécute ses prestations avec soin ; elle est tenue d'une obligation de moyens.
Art. 9 - La responsabilité totale de Panoramik, toutes causes confondues, est limitée au montant
HTVA de trois mois d'hébergement. Panoramik ne répond pas des dommages indirects, notamment de la
perte de réservations ou de visiteurs.
Art. 12 - Tout litige relève du droit belge et de la compétence exclusive des tribunaux
francophones de Bruxelles.

Pour Panoramik srl                          Bon pour accord, pour le Château de Hautevieille asbl
Lucas Meert, chef de projet                 Date : 26/11/2026
(signé)                                     Jean-Marc Delvaux, président - (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 30,
    },
)

FR_DOCUMENTS = [
    FR_B22_TRAINING_CERTIFICATE_GENERATOR_QUOTE,
    FR_B22_BAILIFF_OFFICE_SAAS_CONTRACT,
    FR_B22_CARILLON_CONTROL_MAINTENANCE,
    FR_B22_CASTLE_VIRTUAL_TOUR_OFFER,
]
