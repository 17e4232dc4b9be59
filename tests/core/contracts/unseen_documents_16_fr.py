"""Held-out batch 16, French documents: a Brussels contract by which an IT firm supplies,
installs and maintains a 3D rendering farm (GPU servers and NAS) for an architects' office
(36 months of maintenance, tacit renewal by 12 months with two months' notice, signed by both
parties); an informal e-mail quote from a one-man web agency in Huy for a Walloon vineyard's
webshop with a bottle-stock tool, data import and yearly hosting/maintenance (to be accepted by
an "ok" in reply to the e-mail); the SLA annex (annex 3) of a Mons data centre's hosting framework
contract for a French-speaking notaries' association (99,95 %, P1 taken up in 15 minutes, service
credits, several bare cross-references to the framework contract; signed by both parties); and
special conditions of a Liège broadcast integrator for support of a local TV station's playout
chain (ARGENT formula, 24/7 call-back in 30 minutes, obligations de moyens, source code deposited
with a notary, three years then tacit yearly renewal with six months' notice; client signature
line left empty).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority
in hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "pour accord" line for the client is a
partial signature).
"""

from .unseen_documents import UnseenDocument

FR_ARCHITECT_RENDER_FARM_CONTRACT = UnseenDocument(
    name="fr_architect_render_farm_contract",
    text="""CONTRAT DE FOURNITURE, D'INSTALLATION ET DE MAINTENANCE
Ferme de calcul de rendus 3D - Réf. PXF-2026-118

ENTRE
PIXELFORGE IT srl, dont le siège est établi rue Wayez 171, 1070 Anderlecht,
BCE BE 0712.554.908, représentée par M. Nicolas Verhaegen, administrateur délégué,
ci-après « le Prestataire »,

ET
ATELIER MEUNIER & KABONGO ARCHITECTES srl, dont le siège est établi rue de la Victoire 52,
1060 Saint-Gilles, BCE BE 0539.871.246, représentée par Mme Élise Meunier, gérante,
ci-après « le Client ».

Article 1 - Objet et documents contractuels
1.1 Le Prestataire fournit, installe et maintient une ferme de calcul destinée aux rendus et
animations 3D des projets d'architecture du Client (concours, permis, présentations).
1.2 L'offre du Prestataire n° OF-26-0391 du 13/11/2026 est jointe en annexe 1 et fait partie
intégrante du contrat. En cas de contradiction, le présent contrat prévaut sur l'offre. Les
conditions générales du Prestataire et les conditions d'achat du Client ne s'appliquent pas.

Article 2 - Périmètre
2.1 Sont compris :
  a) quatre serveurs de rendu en rack 2U, chacun équipé de deux cartes graphiques professionnelles
     48 Go, de 256 Go de mémoire et de deux disques NVMe ;
  b) un serveur de stockage (NAS) de 96 To bruts en RAID 6, relié par un commutateur 10 GbE ;
  c) l'installation et la configuration du gestionnaire de files de rendu sur les serveurs et sur
     les douze postes de travail du Client ;
  d) le raccordement au réseau existant et la configuration des sauvegardes du NAS vers le
     stockage externe du Client.
2.2 Ne sont pas compris : les licences des logiciels de modélisation et des moteurs de rendu,
que le Client acquiert lui-même ; les travaux d'électricité et de climatisation du local
technique ; le remplacement des postes de travail.

Article 3 - Prix
3.1 Matériel, installation et configuration : 48.760,00 EUR HTVA, prix global et forfaitaire.
3.2 Mise en route (étude du local, paramétrage, reprise des bibliothèques) : 3.200,00 EUR HTVA,
montant unique.
3.3 Maintenance : 465,00 EUR HTVA par mois, à partir de la date du procès-verbal de réception.
3.4 Les prestations en régie sont facturées au taux de 95,00 EUR HTVA de l'heure (technicien)
et de 120,00 EUR HTVA de l'heure (chef de projet).
3.5 La redevance de maintenance et les taux horaires sont indexés le 1er janvier de chaque année
selon la formule Agoria (salaires de référence 80 %, part fixe 20 %).

Article 4 - Travaux supplémentaires
Tout travail non prévu à l'article 2 fait l'objet d'une estimation écrite du Prestataire, en
heures et en montant. Il n'est exécuté et facturé qu'après l'accord écrit du Client. Aucun
dépassement de l'estimation ne peut être facturé sans un nouvel accord écrit.

Article 5 - Calendrier et retards
5.1 Le matériel est livré dans les cinq semaines de la signature. L'installation a lieu sur deux
jours ouvrables convenus avec le Client ; la mise en production intervient au plus tard sept
semaines après la signature.
5.2 En cas de retard imputable au Prestataire dans la mise en production, le Client a droit à une
indemnité de 0,5 % du prix visé à l'article 3.1 par jour ouvrable de retard, plafonnée à 5 %.
5.3 Si le retard résulte d'un manquement du Client à ses obligations de l'article 6, les délais
sont prolongés d'autant et les déplacements inutiles sont facturés au taux de l'article 3.4.

Article 6 - Obligations du Client
Le Client s'engage, au plus tard dix jours ouvrables avant l'installation : à mettre à disposition
un local technique ventilé avec deux circuits de 16 A dédiés ; à fournir les numéros de licence des
moteurs de rendu ; à donner accès à son pare-feu et à son annuaire ; à désigner une personne de
contact (à la signature : M. Patrick Kabongo, associé).

Article 7 - Équipe
7.1 Le projet est conduit par M. Sébastien Lardinois, chef de projet, et réalisé par M. Arno
Pirlot, technicien systèmes. Tous deux justifient d'au moins cinq ans d'expérience dans
l'installation de serveurs de calcul graphique et sont certifiés par le constructeur.
7.2 Le Prestataire ne remplace une de ces personnes qu'après en avoir averti le Client par écrit,
par une personne de qualification au moins équivalente, sans frais pour le Client et en assurant
une passation complète.

Article 8 - Reprise des données
Le Prestataire transfère les bibliothèques de textures, de matériaux et d'objets 3D du Client
(environ 3 To) de l'ancien serveur vers le nouveau NAS, en contrôle l'intégrité par sommes de
contrôle et remet au Client le journal de transfert.

Article 9 - Réception
9.1 Après l'installation, le Prestataire exécute en présence du Client un test de réception :
rendu de la scène de référence fournie par le Client, réparti sur les quatre serveurs, dans un
temps inférieur à 25 minutes, et soumission de travaux depuis trois postes différents.
9.2 Si le test est concluant, les parties signent un procès-verbal de réception. Dans le cas
contraire, le Prestataire corrige les défauts dans les cinq jours ouvrables et le test est répété.

Article 10 - Garantie
Le matériel et l'installation sont garantis 36 mois à compter du procès-verbal de réception. La
garantie couvre les pièces, la main-d'oeuvre et le déplacement ; une pièce défectueuse est
remplacée sur site le jour ouvrable suivant le diagnostic.

Article 11 - Formation et documentation
Le Prestataire donne deux demi-journées de formation à trois référents du Client (soumission et
suivi des rendus, priorités, gestion de l'espace disque). Il remet, au plus tard à la réception,
un dossier d'exploitation : schéma de l'installation, adresses, comptes administrateur,
procédures de redémarrage et de sauvegarde. Le dossier est tenu à jour pendant la maintenance.

Article 12 - Maintenance
12.1 La maintenance comprend : la supervision à distance des serveurs et du NAS (températures,
disques, files de rendu) ; une visite préventive par trimestre (nettoyage, contrôle des
ventilateurs, micrologiciels) ; l'installation, après test, des pilotes graphiques, des mises à
jour du système et des correctifs de sécurité, au moins une fois par mois ; l'assistance aux
utilisateurs du Client.
12.2 L'assistance est joignable du lundi au vendredi de 8h30 à 18h00 au 02/520 14 77, par
support@pixelforge.be ou par le portail client.
12.3 Délais :
  - priorité 1 (ferme entière à l'arrêt ou NAS inaccessible) : prise en charge dans les 2 heures
    ouvrables, rétablissement dans le jour ouvrable suivant ;
  - priorité 2 (un serveur à l'arrêt, performances dégradées) : prise en charge dans les 4 heures
    ouvrables, rétablissement dans les 3 jours ouvrables ;
  - priorité 3 (question, demande de modification) : prise en charge le jour ouvrable suivant.
12.4 Ces délais sont des obligations de résultat. Pour chaque délai de prise en charge ou de
rétablissement dépassé, le Client reçoit un avoir de 10 % de la redevance mensuelle, plafonné à
50 % de cette redevance par mois.
12.5 M. Pirlot est le technicien attitré du Client ; il tient à jour l'inventaire et la
configuration de l'installation dans le dossier d'exploitation.

Article 13 - Suivi
13.1 Le Prestataire envoie chaque mois un rapport de maintenance : incidents et délais, temps de
rendu moyens, état des disques, mises à jour installées.
13.2 Une réunion de suivi a lieu tous les six mois. Tout problème non résolu est porté
successivement au chef de projet, puis à l'administrateur délégué du Prestataire.

Article 14 - Durée et résiliation
14.1 La maintenance est conclue pour 36 mois à compter de la réception. Elle est ensuite
reconduite tacitement par périodes de douze mois, sauf résiliation par l'une des parties par
lettre recommandée au moins deux mois avant l'échéance.
14.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie non
réparé dans les trente jours d'une mise en demeure.
14.3 À la fin de la maintenance, le Prestataire remet au Client tous les comptes et mots de passe
administrateur, le dossier d'exploitation à jour et les exports de configuration, et assiste le
nouveau prestataire désigné par le Client pendant un mois, à raison de huit heures au plus,
comprises dans la dernière redevance.

Article 15 - Paiement
Le prix de l'article 3.1 est facturé à raison de 40 % à la signature, 50 % à la livraison et
10 % à la réception ; la mise en route est facturée à la réception. La maintenance est facturée
trimestriellement à l'avance. Les factures sont payables à 30 jours date de facture.

Article 16 - Responsabilité
La responsabilité du Prestataire est limitée au montant total payé par le Client en exécution du
contrat, à l'exclusion des dommages indirects. Cette limitation ne s'applique pas en cas de dol ou
de faute grave.

Article 17 - Propriété et confidentialité
17.1 La propriété du matériel est transférée au Client au paiement complet du prix. Les scripts
et configurations développés pour le Client lui sont cédés sans restriction.
17.2 Le Prestataire traite comme strictement confidentiels les plans, images et documents de
concours du Client auxquels il a accès, pendant le contrat et cinq ans après sa fin.
17.3 Dans la mesure où le Prestataire accède à des données personnelles du Client, les parties
appliquent la convention de sous-traitance conforme à l'article 28 du RGPD jointe en annexe 2.

Article 18 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis aux gérants des deux
parties, qui se réunissent dans les quinze jours de la demande. À défaut d'accord dans les trente
jours, les tribunaux francophones de Bruxelles sont seuls compétents.

Fait à Bruxelles, le 02/12/2026, en deux exemplaires.

Pour PIXELFORGE IT srl                          Pour ATELIER MEUNIER & KABONGO ARCHITECTES srl
Nicolas Verhaegen, administrateur délégué       Élise Meunier, gérante
[signature]                                     [signature]

Annexe 1 : offre OF-26-0391 - Annexe 2 : convention de sous-traitance
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.escrow": "missing",
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 1080,
        "response_time_hours_highest_priority": 2,
    },
)

FR_VINEYARD_WEBSHOP_EMAIL_QUOTE = UnseenDocument(
    name="fr_vineyard_webshop_email_quote",
    text="""De : Loïc Dethier <loic@dethierweb.be>
À : Anne-Sophie Gilson <contact@domaine-des-cotes-de-hoyoux.be>
Date : mardi 1 décembre 2026 21:14
Objet : Re: Boutique en ligne + suivi du stock de bouteilles - devis

Bonjour Anne-Sophie,

Merci encore pour la dégustation de samedi et pour le temps passé à m'expliquer comment vous
gérez les commandes aujourd'hui (le cahier, l'Excel et les messages Facebook...). Comme promis,
voici ma proposition. Je fais court, vous me direz si quelque chose n'est pas clair.

Ce que je vous propose
- Une boutique en ligne sur WordPress/WooCommerce, au graphisme de votre étiquette, avec les
  fiches de vos cuvées (photo, millésime, cépages, accords mets-vins), le paiement par
  Bancontact/Payconiq et carte, et le choix "retrait au domaine" ou livraison en Belgique.
- Un petit outil de suivi du stock : vous encodez les mises en bouteille et les ventes au
  domaine sur la tablette du caveau, les ventes en ligne sont déduites automatiquement, et vous
  recevez un mail quand une cuvée passe sous le seuil que vous choisissez.
- La reprise de votre fichier Excel actuel (± 40 références) et de votre liste de clients du
  club des amis du domaine (± 350 adresses), que j'importe dans la boutique.

Ce qui n'est pas dans le prix : les photos (je peux vous renvoyer vers un photographe de Huy),
la rédaction des textes (je les mets en page), la liaison avec votre logiciel comptable et la
vente à l'étranger (accises, c'est une autre histoire).

Prix
- Boutique + outil de stock + reprise des données : 6.450,00 € HTVA, prix fixe.
- Mise en place de l'hébergement, du nom de domaine et du certificat : 150,00 € HTVA, une fois.
- Hébergement + maintenance : 39,00 € HTVA par mois (je vous explique plus bas ce qu'il y a dedans).
- Extensions WooCommerce payantes (paiements, expédition) : ± 120,00 € HTVA par an, refacturées
  au prix coûtant.
Si vous voulez ajouter quelque chose en cours de route, je vous envoie d'abord un petit devis par
mail et je ne commence qu'après votre ok. Mon tarif horaire est de 75,00 € HTVA.

Paiement : 50 % à la commande, le solde à la mise en ligne, factures à 15 jours. L'hébergement et
la maintenance sont facturés par année, en début d'année.

Planning
Si vous me confirmez avant le 15 décembre, je commence la première semaine de janvier. Pour ça,
j'ai besoin de votre part, au plus tard le 10 janvier : les photos, les textes des cuvées, le
fichier Excel à jour et l'export de la liste du club. Je vous montre une première version vers le
25 janvier et on vise une mise en ligne mi-février, avant les salons de printemps. Je fais
tout moi-même ; Julie (graphiste indépendante avec qui je travaille souvent) s'occupe juste de la
maquette.

Avant la mise en ligne, vous avez une semaine pour tester la boutique sur une adresse de test
(passer des commandes, encoder des ventes au caveau). Je corrige tout ce que vous me signalez et
on ne met en ligne qu'avec votre feu vert. Le jour de la mise en ligne, je passe au domaine une
heure pour vous montrer, à vous et à Martin, comment ajouter une cuvée, suivre les commandes et
encoder le stock.

Après la mise en ligne
Les bugs que vous me signalez dans les 3 mois qui suivent la mise en ligne sont corrigés
gratuitement, évidemment. Ensuite, les 39 € par mois comprennent l'hébergement, une sauvegarde
quotidienne, les mises à jour de WordPress, de WooCommerce et des extensions (y compris les
mises à jour de sécurité) et une demi-heure de petites modifications par mois. Vous me joignez
par mail ou au 0476/58 21 30, du lundi au vendredi ; je réponds en général dans la journée.
L'hébergement et la maintenance se font par année et se renouvellent automatiquement d'année en
année ; si vous voulez arrêter, un simple mail un mois avant la fin de l'année suffit.

Le site et l'outil vous appartiennent une fois la facture soldée. Si un jour vous voulez partir
chez quelqu'un d'autre, je vous donne tous les accès et une copie complète du site et de la base
de données (commandes, clients, stock), sans frais.

Pour le reste, mes conditions générales (dethierweb.be/conditions) s'appliquent.

Si ça vous convient, un simple "ok pour le devis" en réponse à ce mail suffit pour que je
bloque les dates de janvier.

Belle soirée et à bientôt,
Loïc

--
Loïc Dethier - Dethier Web srl
Chaussée de Liège 88, 4500 Huy - BCE BE 0767.309.442
0476/58 21 30 - dethierweb.be
""",
    items={
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
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
        "team.seniority": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
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
        "exit.termination": "covered",
        "exit.data_return": "covered",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 90,
    },
)

FR_NOTARY_DATACENTRE_SLA_ANNEX = UnseenDocument(
    name="fr_notary_datacentre_sla_annex",
    text="""ANNEXE 3 AU CONTRAT-CADRE D'HÉBERGEMENT N° DV-CC-2025-014
CONVENTION DE NIVEAUX DE SERVICE (SLA) - version 2.1 du 27/11/2026

Parties : DATAVAL sa, Parc scientifique Initialis, avenue Thomas Edison 9, 7000 Mons,
BCE BE 0821.640.375 (« Dataval »), et l'ASSOCIATION NOTARIALE FRANCOPHONE asbl, rue de
l'Industrie 24, 1040 Etterbeek, BCE BE 0446.118.290 (« l'Association »).

1. Objet et rang
1.1 La présente annexe fixe les niveaux de service applicables à l'hébergement, dans le centre
de données de Dataval à Mons, de la plateforme partagée de l'Association : l'application de
gestion des dossiers notariaux mise à disposition des 186 études membres, la messagerie
sécurisée et l'archive des actes numérisés.
1.2 Elle fait partie intégrante du contrat-cadre. En cas de contradiction portant sur les
niveaux de service, la présente annexe prévaut sur le contrat-cadre et sur les conditions
générales de Dataval. Pour tout ce qu'elle ne règle pas, le contrat-cadre s'applique.

2. Services couverts
- Hébergement de l'environnement virtualisé dédié (34 machines virtuelles, 62 To de stockage),
  redondé entre les deux salles du site de Mons (Tier III, certifié ISO/IEC 27001).
- Supervision 24 heures sur 24, 7 jours sur 7, des machines virtuelles, du stockage, du réseau
  et des certificats.
- Sauvegarde quotidienne conservée 35 jours, copie hebdomadaire conservée 12 mois sur le site de
  secours de Dataval à Villers-le-Bouillet ; objectif de point de reprise (RPO) de 24 heures et
  de temps de reprise (RTO) de 8 heures en cas de sinistre sur le site principal.
- Gestion des correctifs des systèmes d'exploitation et de la couche de virtualisation : une
  fenêtre mensuelle, le deuxième mardi du mois de 22h00 à 02h00 ; correctifs de sécurité
  critiques appliqués dans les 72 heures de leur publication, le cas échéant hors fenêtre après
  information de l'Association.
Les applications elles-mêmes restent maintenues par leur éditeur, sous contrat avec
l'Association.

3. Disponibilité
3.1 Dataval garantit une disponibilité de 99,95 % de la plateforme, mesurée par mois civil à
partir des sondes de supervision de Dataval, depuis le point d'interconnexion du site.
3.2 Ne sont pas décomptées comme indisponibilité : la fenêtre mensuelle de maintenance, dans la
limite de quatre heures par mois ; les interruptions demandées par l'Association ; les
défaillances des applications de l'éditeur.
3.3 Les niveaux de service de la présente annexe constituent des obligations de résultat.

4. Assistance et incidents
4.1 Le centre d'opérations de Dataval est joignable 24 heures sur 24, 7 jours sur 7, au
065/39 80 00 et par le portail client ; les demandes de priorité 3 et 4 se font par le portail.
4.2 Délais :
Priorité   Définition                                       Prise en charge   Rétablissement
P1         plateforme indisponible pour toutes les études   15 minutes        4 heures
P2         service dégradé ou indisponible pour une partie   1 heure           8 heures
P3         incident sans impact sur la production           4 heures ouvr.    3 jours ouvr.
P4         demande de service ou de modification            1 jour ouvrable   selon devis
Les heures ouvrables s'entendent du lundi au vendredi de 8h00 à 18h00, hors jours fériés.
4.3 Les demandes P4 qui sortent du périmètre de l'article 2 font l'objet d'un devis préalable,
accepté par écrit par l'Association, et sont facturées au tarif horaire repris à l'annexe 2.

5. Crédits de service
5.1 Si la disponibilité mensuelle est inférieure à l'engagement, l'Association reçoit un crédit
sur la redevance mensuelle d'hébergement (8.940,00 EUR HTVA, annexe 2) :
  - de 99,95 % à 99,80 % exclu : 5 % ;
  - de 99,80 % à 99,50 % exclu : 10 % ;
  - en dessous de 99,50 % : 20 %.
5.2 Chaque dépassement d'un délai de rétablissement P1 ou P2 donne lieu à un crédit
supplémentaire de 2 % de la redevance mensuelle.
5.3 Les crédits sont plafonnés à 30 % de la redevance mensuelle et sont déduits de la facture
suivante, sans demande de l'Association. Ils ne privent pas l'Association de son droit de
réclamer la réparation de son dommage dans les limites de l'article 14 du contrat-cadre.
5.4 Si la disponibilité est inférieure à 99,50 % pendant trois mois consécutifs, l'Association
peut résilier le contrat-cadre par lettre recommandée, moyennant un préavis de 30 jours, sans
indemnité ni frais de sortie.

6. Obligations de l'Association
L'Association tient à jour sur le portail la liste des personnes autorisées à ouvrir des
incidents et à demander des interventions (au maximum huit personnes), signale les incidents
avec les informations demandées par le portail (service, études touchées, heure de début,
messages d'erreur) et informe Dataval au moins dix jours ouvrables à l'avance de toute mise à
jour applicative prévue par l'éditeur.

7. Interlocuteurs et suivi
7.1 Dataval désigne un responsable de service attitré, M. Grégory Lallemand, qui connaît
l'environnement de l'Association et tient à jour son dossier d'exploitation (architecture,
flux, contacts, procédures de reprise). Les opérateurs du centre d'opérations sont certifiés
ITIL 4 et formés aux procédures propres à l'Association.
7.2 Dataval remet à l'Association, au plus tard le dixième jour de chaque mois, un rapport de
service : disponibilité mesurée, incidents par priorité et délais réalisés, sauvegardes et tests
de restauration, correctifs appliqués, crédits dus.
7.3 Un comité de service réunit chaque trimestre le responsable de service de Dataval et le
coordinateur informatique de l'Association. L'escalade suit trois niveaux : responsable de
service, directeur des opérations de Dataval, puis administrateur délégué de Dataval, face au
coordinateur informatique, puis au secrétaire général de l'Association.
7.4 Tout désaccord sur la mesure de la disponibilité ou le calcul des crédits est d'abord
examiné en comité de service, puis soumis aux directions des deux parties, avant toute action
en justice.

8. Sécurité et données
8.1 Les données de l'Association sont hébergées exclusivement sur les sites de Mons et de
Villers-le-Bouillet et ne quittent pas le territoire belge. Dataval traite ces données en qualité
de sous-traitant au sens de l'article 28 du RGPD, uniquement sur instruction de l'Association,
et notifie toute violation de données à l'Association dans les 24 heures de sa découverte.
8.2 Le personnel de Dataval est tenu par écrit à la confidentialité sur les données hébergées ;
aucun membre du personnel n'a accès au contenu des dossiers, sauf demande écrite de
l'Association pour une restauration.
8.3 Dataval ne peut en aucun cas suspendre l'accès de l'Association à ses données ni les
retenir, y compris en cas de contestation d'une facture.

9. Fin du contrat
9.1 La durée de la présente annexe est celle du contrat-cadre.
9.2 À la fin du contrat-cadre, pour quelque cause que ce soit, Dataval continue à fournir les
services aux niveaux de la présente annexe pendant la période de réversibilité, de six mois au
plus, et collabore avec le nouveau prestataire désigné par l'Association. La restitution des
données s'effectue selon l'article 17 du contrat-cadre.

Fait à Mons, le 27/11/2026, en deux exemplaires.

Pour DATAVAL sa                                 Pour l'ASSOCIATION NOTARIALE FRANCOPHONE asbl
Caroline Hanquet, administratrice déléguée      Me Bernard Colignon, président
[signature]                                     [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "partial",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "partial",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "availability_percent": 99.95,
        "response_time_hours_highest_priority": 0.25,
    },
)

FR_LOCAL_TV_PLAYOUT_SUPPORT_CONTRACT = UnseenDocument(
    name="fr_local_tv_playout_support_contract",
    text="""BROADCASTLINE srl
Rue de l'Yser 312, 4430 Ans - BCE BE 0694.227.815 - support@broadcastline.be - 04/247 66 10

CONTRAT DE SUPPORT ET DE MAINTENANCE - CHAÎNE DE DIFFUSION
Conditions particulières n° BL-SUP-2026-052 - Formule ARGENT

Client : TÉLÉ MEUSE-CONDROZ asbl (télévision locale), quai de Compiègne 4, 4500 Huy,
BCE BE 0418.773.562, représentée par M. Damien Renard, directeur général.

1. Documents applicables
Le présent contrat se compose des présentes conditions particulières et des conditions générales
de support de BroadcastLine (version 2026), que le Client déclare avoir reçues. En cas de
contradiction, les conditions générales de BroadcastLine prévalent.

2. Installation couverte
- Deux serveurs de diffusion (principal et secours) avec le logiciel d'automatisation OnAirFlow,
  édité par BroadcastLine ;
- le module d'habillage graphique (logos, bandeaux, météo) ;
- l'encodeur de sous-titres et la liaison vers la tête de réseau du câblodistributeur ;
- le poste de préparation des conducteurs (playlists) en régie.
Ne sont pas couverts : les caméras, la régie de production, le réseau informatique du Client,
les pièces de rechange et le remplacement du matériel hors garantie constructeur, qui sont
facturés en sus.

3. Formules
BroadcastLine propose trois formules : BRONZE (assistance aux heures de bureau), ARGENT
(assistance aux heures de bureau et permanence 24/7 pour les incidents d'antenne) et OR (ARGENT
plus un technicien sur site lors des émissions spéciales et des soirées électorales). Le Client
a choisi la formule ARGENT, qui comprend :
  - l'assistance téléphonique et à distance par VPN ;
  - les mises à jour et nouvelles versions d'OnAirFlow et du module d'habillage ;
  - l'application des correctifs de sécurité des systèmes d'exploitation des serveurs, lors d'une
    fenêtre convenue avec le Client (en principe le mardi entre 2h00 et 5h00) ;
  - une visite préventive annuelle sur site (contrôle des serveurs, du basculement principal /
    secours et des journaux de diffusion).

4. Assistance et délais
4.1 Le support est joignable du lundi au vendredi de 8h00 à 18h00 au 04/247 66 10 et par
support@broadcastline.be. En dehors de ces heures, une permanence téléphonique est assurée au
0471/90 33 12 pour les seuls incidents de priorité 1.
4.2 Priorité 1 (écran noir, antenne interrompue, serveur principal et secours hors service) :
rappel par un technicien dans les 30 minutes, 24 heures sur 24 et 7 jours sur 7.
Priorité 2 (fonction dégradée sans interruption de l'antenne) : prise en charge dans les
4 heures ouvrables. Priorité 3 (question, demande de modification) : le jour ouvrable suivant.
4.3 BroadcastLine s'efforce de rétablir l'antenne dans les meilleurs délais. Ses obligations au
titre du présent contrat sont des obligations de moyens.
4.4 BroadcastLine ne garantit pas de taux de disponibilité de la chaîne de diffusion.
4.5 BroadcastLine conserve une fiche technique de l'installation du Client (configuration des
serveurs, versions, schéma de câblage, accès VPN), mise à jour après chaque intervention. Le
gestionnaire de compte du Client est M. Thierry Gilles.

5. Obligations du Client
Le Client maintient un accès VPN permanent pour BroadcastLine, conserve les serveurs dans un local
climatisé et ondulé, désigne un responsable technique joignable en cas d'incident de priorité 1
et n'installe aucun logiciel sur les serveurs de diffusion sans l'accord de BroadcastLine.

6. Suivi
Après chaque incident de priorité 1, BroadcastLine adresse au Client dans les cinq jours
ouvrables un rapport d'intervention (cause, durée d'interruption, actions correctives). Une
réunion d'évaluation annuelle a lieu lors de la visite préventive. En cas de difficulté,
le Client peut s'adresser au responsable technique de BroadcastLine, puis à son gérant.

7. Prix et paiement
7.1 Frais de mise en service du contrat (audit initial de la chaîne et installation de l'agent
de supervision) : 1.450,00 EUR HTVA, une fois.
7.2 Redevance formule ARGENT : 1.180,00 EUR HTVA par mois, facturée trimestriellement et
anticipativement.
7.3 Toute intervention en dehors de la formule, y compris sur site, est facturée en régie au
tarif horaire en vigueur (actuellement 110,00 EUR HTVA, majoré de 50 % la nuit, le week-end et
les jours fériés), déplacement en sus à 0,45 EUR/km, sur simple demande du Client par téléphone
ou lorsque le technicien l'estime nécessaire au rétablissement de l'antenne.
7.4 BroadcastLine peut modifier ses tarifs et le contenu de ses formules moyennant un préavis
d'un mois notifié par e-mail.
7.5 Les factures sont payables à 30 jours date de facture.

8. Licence et dépôt du code source
8.1 Le Client dispose d'un droit d'utilisation non exclusif et non cessible d'OnAirFlow sur les
deux serveurs couverts, pour la durée du contrat.
8.2 Le code source d'OnAirFlow est déposé auprès de l'étude du notaire Catherine Wéry, à Liège,
et mis à jour à chaque version majeure. Il est remis au Client si BroadcastLine est déclarée en
faillite ou cesse d'assurer le support d'OnAirFlow sans successeur.

9. Durée
Le contrat prend cours le 01/01/2027 pour une durée de trois ans. Il est ensuite reconduit
tacitement pour des périodes successives d'un an, sauf résiliation par lettre recommandée au
moins six mois avant l'échéance. En cas de résiliation anticipée par le Client, les redevances
restant à courir jusqu'à l'échéance sont dues à titre d'indemnité.

10. Responsabilité
La responsabilité de BroadcastLine est limitée au montant des redevances payées au cours des
trois derniers mois. BroadcastLine n'est en aucun cas responsable des interruptions d'antenne,
de la perte de recettes publicitaires, des sanctions du Conseil supérieur de l'audiovisuel ni
de la perte de contenus ou de conducteurs.

11. Droit applicable
Le contrat est régi par le droit belge. Les tribunaux de Liège, division Liège, sont seuls
compétents.

Fait à Ans, le 30/11/2026, en deux exemplaires.

Pour BROADCASTLINE srl                          Pour accord, pour TÉLÉ MEUSE-CONDROZ asbl
Jean-Marc Dubois, gérant                        (date, nom, qualité et signature)
[signé]
                                                ...........................................
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
    },
)

FR_DOCUMENTS = [
    FR_ARCHITECT_RENDER_FARM_CONTRACT,
    FR_VINEYARD_WEBSHOP_EMAIL_QUOTE,
    FR_NOTARY_DATACENTRE_SLA_ANNEX,
    FR_LOCAL_TV_PLAYOUT_SUPPORT_CONTRACT,
]
