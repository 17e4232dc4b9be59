"""Held-out batch 9, French documents: a Brussels services agreement by which an IT firm looks
after a medical group practice (workstations, server, back-ups, helpdesk; 24 months, tacit renewal
by 12 months with two months' notice, signed by both parties), a Liège web agency's offer for the
redesign of a transport company's intranet with hosting and maintenance (empty "bon pour accord"
line for the client, supplier's general terms prevail), and a short informal e-mail from a Namur
software house confirming a perpetual licence, installation and yearly maintenance of a stock
management software for a drinks wholesaler (to be accepted by return e-mail).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail or an
empty client signature / "bon pour accord" line raises risk.unsigned, and an empty client line is
a partial signature).
"""

from .unseen_documents import UnseenDocument

FR_MEDICAL_PRACTICE_IT_SERVICES_AGREEMENT = UnseenDocument(
    name="fr_medical_practice_it_services_agreement",
    text="""CONVENTION DE SERVICES INFORMATIQUES
Gestion du parc, sauvegarde et assistance - Cabinet médical
Réf. NX-CONV-2026-058

ENTRE
NEXAMED IT srl, dont le siège est établi rue Gatti de Gamond 145, 1180 Uccle,
BCE BE 0712.584.339, représentée par M. Jérôme Vandenbroucke, gérant,
ci-après « le Prestataire »,

ET
CENTRE MÉDICAL DES ÉTANGS srl, association de médecins généralistes, avenue d'Auderghem 61,
1040 Etterbeek, BCE BE 0558.271.906, représentée par le Dr Anne-Sophie Michaux, gérante,
ci-après « le Client ».

Article 1 - Objet et documents
1.1 Le Prestataire assure la gestion, la sauvegarde et l'assistance informatiques du cabinet du
Client : un serveur, huit postes de travail, deux imprimantes multifonctions, le pare-feu et le
réseau Wi-Fi, tels que décrits dans l'inventaire joint en annexe 3.
1.2 L'offre du Prestataire n° NX-OF-26-0419 du 06/11/2026 est jointe en annexe 1 et fait partie de
la présente convention. En cas de contradiction, la présente convention prévaut sur ses annexes.
Les conditions générales du Prestataire ne s'appliquent pas.

Article 2 - Services compris
2.1 Assistance aux utilisateurs (helpdesk) par téléphone, e-mail et prise en main à distance ;
interventions sur site à Etterbeek lorsque le problème ne peut être résolu à distance.
2.2 Gestion des postes et du serveur : surveillance à distance, antivirus et protection EDR,
installation des mises à jour Windows et des logiciels tiers dans les 14 jours de leur
publication, et des correctifs de sécurité critiques dans les 72 heures, mise à jour du
micrologiciel du pare-feu, gestion des comptes et de l'authentification à deux facteurs.
2.3 Sauvegarde : sauvegarde quotidienne du serveur (dossiers médicaux, comptabilité, documents) à
22h00 sur un NAS chiffré au cabinet et copie chiffrée (AES-256) vers un centre de données situé en
Belgique ; conservation de 30 sauvegardes quotidiennes et de 12 sauvegardes mensuelles. Un test de
restauration complet est réalisé chaque trimestre et fait l'objet d'un rapport.
2.4 Coordination avec l'éditeur du logiciel de dossier médical (MediDossier) et avec les
prestataires eHealth, lecteurs eID et Recip-e, pour les problèmes liés à l'infrastructure.
2.5 Ne sont pas compris : le support fonctionnel du logiciel MediDossier (assuré par son éditeur),
l'achat de matériel et de licences, les projets (remplacement du serveur, déménagement, nouveau
site), qui font l'objet d'offres séparées, ainsi que les dommages causés par une intervention de
tiers non autorisée.

Article 3 - Mise en place
3.1 Une phase de reprise de quatre semaines débute dans les dix jours ouvrables de la signature :
inventaire et documentation de l'environnement, installation de l'agent de surveillance sur tous
les appareils, configuration des sauvegardes et premier test de restauration, activation de
l'authentification à deux facteurs. Elle se termine par une séance de prise en main de 45 minutes
pour le personnel (connexion, signalement d'un incident, bonnes pratiques de sécurité).
3.2 Si la phase de reprise n'est pas terminée dans les quatre semaines pour une cause imputable au
Prestataire, la redevance du premier mois n'est pas due. Si le retard est dû au Client, les délais
sont prolongés d'autant, sans frais.

Article 4 - Niveaux de service
4.1 Le helpdesk est joignable au 02/880 41 17 et via support@nexamed.be du lundi au vendredi de
8h00 à 18h00 ; le samedi de 9h00 à 12h00, uniquement par téléphone pour les incidents de
priorité 1.
4.2 Délais, comptés en heures ouvrables :
  Priorité 1 (cabinet à l'arrêt : serveur, réseau ou dossier médical inaccessibles pour tous) :
    réaction 1 heure - rétablissement ou solution de contournement 6 heures
  Priorité 2 (un poste, une imprimante ou une fonction importante hors service) :
    réaction 4 heures - rétablissement 2 jours ouvrables
  Priorité 3 (demande, question, modification) : réaction 1 jour ouvrable - traitement planifié
4.3 Si un délai de priorité 1 n'est pas respecté, le Client reçoit un avoir de 10 % de la
redevance mensuelle par incident, plafonné à 30 % de la redevance du mois.

Article 5 - Personnes de contact et qualité
5.1 Le technicien référent du Client est M. Nicolas Verhaegen, administrateur systèmes certifié
Microsoft (MS-102), six ans d'expérience en cabinets médicaux ; il est suppléé par Mme Inès
Lahlou. Le Prestataire tient à jour un dossier technique du cabinet (inventaire, schéma réseau,
configurations, procédures) accessible au Client sur simple demande.
5.2 Le Prestataire exécute ses prestations selon les règles de l'art et le référentiel
CyberFundamentals (niveau Basic) du Centre pour la Cybersécurité Belgique.
5.3 Le Client désigne le Dr Michaux comme personne de contact. Il annonce l'arrivée et le départ
de tout collaborateur trois jours ouvrables à l'avance, n'installe pas de logiciel sans avis du
Prestataire, maintient ses licences MediDossier à jour et donne accès au cabinet pour les
interventions convenues.

Article 6 - Rapports et suivi
6.1 Le Prestataire envoie chaque mois un rapport : tickets ouverts et clôturés, respect des délais
de l'article 4, état des sauvegardes, mises à jour installées, points d'attention.
6.2 Une réunion de suivi a lieu chaque semestre avec le Client. En cas de difficulté, le Client
s'adresse au technicien référent, puis à la responsable du service clients, Mme Delphine Carion,
et enfin au gérant du Prestataire.

Article 7 - Prix et paiement
7.1 Forfait de reprise (article 3) : 1.650,00 EUR HTVA, facturé à la fin de la phase de reprise.
7.2 Redevance mensuelle : 8 postes x 65,00 EUR + serveur 140,00 EUR + sauvegarde externalisée
(jusqu'à 500 Go) 85,00 EUR = 745,00 EUR HTVA, facturée mensuellement et anticipativement.
Les interventions de priorité 1 et 2 sur le périmètre de l'article 2 sont comprises sans limite.
7.3 Les prestations hors périmètre sont facturées 92,00 EUR HTVA de l'heure, plus 35,00 EUR par
déplacement, uniquement après accord écrit du Client sur une estimation préalable.
7.4 Les prix sont indexés le 1er janvier selon la formule P = P0 x (0,2 + 0,8 x S/S0), où S est
l'indice des salaires Agoria. Toute autre modification des prix ou des services requiert un
avenant signé par les deux parties.
7.5 Les factures sont payables dans les 30 jours de leur date.

Article 8 - Confidentialité et données personnelles
8.1 Le Prestataire et son personnel respectent le secret médical et la confidentialité de toute
information dont ils ont connaissance, pendant la convention et sans limite de durée après sa fin.
8.2 Le Prestataire traite des données de santé pour le compte du Client ; la convention de
sous-traitance conforme à l'article 28 du RGPD est jointe en annexe 2. Les données ne quittent
pas l'Union européenne.

Article 9 - Responsabilité
La responsabilité du Prestataire est limitée, par sinistre, au montant des redevances facturées
au cours des douze mois précédents, sans pouvoir être inférieure à 25.000,00 EUR. Elle couvre la
perte de données résultant d'un manquement du Prestataire à ses obligations de sauvegarde. Les
dommages indirects, tels que la perte de chiffre d'affaires, sont exclus, sauf dol ou faute grave.

Article 10 - Durée et fin
10.1 La convention est conclue pour 24 mois à compter de sa signature. Elle est ensuite reconduite
tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée au moins deux mois
avant l'échéance.
10.2 Chaque partie peut résilier la convention avec effet immédiat en cas de manquement grave de
l'autre partie non réparé dans les 30 jours d'une mise en demeure.
10.3 À la fin de la convention, quelle qu'en soit la cause, le Prestataire remet au Client dans
les 15 jours, sans frais, les mots de passe et comptes administrateur, le dossier technique et une
sauvegarde complète sur disque chiffré, dans un format standard lisible sans outil du Prestataire.
À la demande du Client, il continue à fournir les services aux conditions en vigueur pendant trois
mois au plus et collabore avec le nouveau prestataire. Il détruit ensuite ses copies.

Article 11 - Litiges
La convention est régie par le droit belge. Tout différend est d'abord soumis aux gérants des deux
parties, qui se réunissent dans les 15 jours de la demande. À défaut d'accord dans les 30 jours,
les tribunaux de l'arrondissement de Bruxelles sont compétents.

Fait à Etterbeek, le 02/12/2026, en deux exemplaires.

Pour NEXAMED IT srl                              Pour CENTRE MÉDICAL DES ÉTANGS srl
Jérôme Vandenbroucke, gérant                     Dr Anne-Sophie Michaux, gérante
[signature]                                      [signature]

Annexes : 1. offre NX-OF-26-0419 - 2. convention de sous-traitance - 3. inventaire
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
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
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
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
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)

FR_INTRANET_REDESIGN_HOSTING_OFFER = UnseenDocument(
    name="fr_intranet_redesign_hosting_offer",
    text="""PIXALYS srl - Agence web & solutions digitales
Quai de Rome 38, 4000 Liège - BCE BE 0826.355.170 - info@pixalys.be - 04/224 63 10

                                           TRANSPORTS MOREAU & FILS sa
                                           À l'attention de M. Didier Moreau, directeur général
                                           et de Mme Caroline Renard, responsable RH et communication
                                           Rue de l'Abbaye 102, 4040 Herstal

Liège, le 20 novembre 2026

OFFRE N° PX-2026-214 - Refonte de l'intranet « MoreauNet » et hébergement
Validité : 60 jours

Madame, Monsieur,

Suite à nos réunions des 5 et 13 novembre, nous avons le plaisir de vous soumettre notre
proposition pour le remplacement de votre intranet SharePoint 2013 par un nouvel intranet, utilisé
par vos 320 collaborateurs répartis sur les sites de Herstal, Grâce-Hollogne, Verviers et Namur.

1. Périmètre
Le nouvel intranet sera développé sur Drupal 10 et comprendra : une page d'accueil personnalisée
par site, les actualités avec commentaires, un annuaire des collaborateurs synchronisé avec votre
Entra ID (Microsoft 365), la connexion unique (SSO) avec les comptes Microsoft 365, un espace
documentaire (procédures, formulaires RH, consignes de sécurité) avec gestion des droits par
service, un moteur de recherche et un affichage adapté aux smartphones des chauffeurs.
Ne sont pas compris : la rédaction et la traduction des contenus, la prise de photos, les
intégrations avec votre logiciel de paie ou de planning, ainsi que les licences Microsoft 365.

2. Budget du projet (forfait)
Phase 1 - Analyse et ateliers avec les utilisateurs (3 ateliers)            3.400,00 EUR
Phase 2 - Conception graphique et maquettes (desktop et mobile)              4.200,00 EUR
Phase 3 - Développement et intégration (thème, annuaire, SSO, recherche)    16.800,00 EUR
Phase 4 - Reprise des contenus existants                                    2.900,00 EUR
Phase 5 - Tests, recette et mise en ligne                                   2.450,00 EUR
Formation des contributeurs (2 demi-journées, jusqu'à 8 personnes)           1.100,00 EUR
                                            Total du projet HTVA            30.850,00 EUR
Mise en place de l'environnement d'hébergement (unique)                        450,00 EUR
La phase 4 comprend la migration automatique des quelque 600 actualités et 1.200 documents
de l'intranet actuel, avec leurs métadonnées. Les pages statiques (environ 150) sont ressaisies
par vos soins dans le nouvel outil, après la formation.
Toute demande en dehors du périmètre ci-dessus fait l'objet d'un devis complémentaire, que vous
acceptez par écrit avant exécution. Tarif : 680,00 EUR HTVA par jour ou 90,00 EUR HTVA par heure.

3. Équipe et méthode
Votre cheffe de projet est Mme Aurélie Dethier ; elle reste votre interlocutrice attitrée après
la mise en ligne. Le développement est confié à M. Maxime Gérard, développeur Drupal senior
(certifié Acquia, neuf ans d'expérience), et la conception graphique à Mme Laura Pirard, designer
UX. Tout développement fait l'objet d'une relecture de code par un second développeur. L'intranet
est testé sur Edge, Chrome, Firefox et Safari, sur iOS et Android, et vérifié selon les critères
d'accessibilité WCAG 2.1 niveau AA.
Un point d'avancement vous est envoyé chaque vendredi par e-mail (tâches réalisées, prochaines
étapes, points ouverts). Un comité de pilotage réunit vos représentants et notre cheffe de projet à
la fin de chaque phase pour valider les livrables.
À la mise en ligne, nous vous remettons un guide du contributeur et une documentation technique
(architecture, modules, procédures de déploiement).

4. Planning
Réunion de lancement : semaine du 11 janvier 2027 si l'offre est acceptée avant le 18 décembre.
Analyse : 3 semaines - Conception : 3 semaines - Développement : 8 semaines - Reprise des
contenus : 2 semaines (en parallèle) - Recette : 2 semaines. Mise en ligne visée fin mai 2027.
Vous désignez un référent disposant d'un pouvoir de décision, nous fournissez dans les 10 jours
ouvrables du lancement l'export de l'intranet actuel, vos logos et chartes ainsi qu'un accès
administrateur temporaire à Entra ID, et validez chaque livrable dans les 5 jours ouvrables. Tout
retard de votre part décale le planning d'autant ; si le projet est suspendu plus de quatre
semaines à votre demande, les jours de remobilisation, deux au maximum, sont facturés au tarif
journalier.

5. Recette et garantie
La recette a lieu sur un environnement de préproduction pendant 10 jours ouvrables. Les anomalies
sont classées bloquantes, majeures ou mineures ; la mise en ligne a lieu lorsque toutes les
anomalies bloquantes et majeures sont corrigées, et est constatée par un procès-verbal de
réception. À défaut de remarques dans le délai de recette, les livrables sont réputés acceptés.
Pendant 3 mois à compter de la mise en ligne, nous corrigeons gratuitement toute anomalie par
rapport aux fonctionnalités décrites dans la présente offre.

6. Hébergement et maintenance : 289,00 EUR HTVA par mois
- hébergement sur un serveur virtuel dédié dans un centre de données situé à Liège, certificat
  SSL, surveillance 24h/24 et 7j/7, sauvegarde quotidienne conservée 14 jours ;
- mises à jour de Drupal et des modules : correctifs de sécurité critiques dans les 48 heures de
  leur publication, autres mises à jour chaque mois ;
- support via notre portail de tickets ou au 04/224 63 19, du lundi au vendredi de 8h30 à 17h30.
Un incident bloquant (intranet inaccessible) est pris en charge dans les 4 heures ouvrables, les
autres demandes dans les 2 jours ouvrables ; les corrections sont apportées dans les meilleurs
délais. Nous garantissons une disponibilité de 99,7 % par mois, hors maintenances planifiées
annoncées 5 jours ouvrables à l'avance.
L'hébergement prend cours à la mise en ligne pour une durée de 12 mois, renouvelable tacitement
par périodes de 12 mois sauf résiliation par lettre recommandée au moins 3 mois avant l'échéance.
Pixalys peut adapter chaque année ses tarifs d'hébergement et de maintenance ; le nouveau tarif
vous est communiqué deux mois avant l'échéance.
À la fin de l'hébergement, nous vous remettons gratuitement, dans les 10 jours ouvrables, une
exportation complète du site (base de données SQL, fichiers, code source) ; les données sont
supprimées de nos serveurs 30 jours plus tard.

7. Facturation
30 % à la commande, 40 % à la validation des maquettes, 30 % à la mise en ligne. La mise en place
de l'hébergement est facturée à la mise en ligne, l'hébergement trimestriellement par anticipation.
Nos factures sont payables à 15 jours date de facture.

8. Conditions
Le thème et les développements spécifiques deviennent votre propriété dès paiement complet ;
Drupal et ses modules restent soumis à leur licence GPL. Pixalys agit comme sous-traitant au sens
du RGPD pour les données de vos collaborateurs ; la convention de sous-traitance figure en annexe
et les données restent hébergées en Belgique.
Notre responsabilité est limitée au montant facturé pour la phase concernée et, pour
l'hébergement, aux redevances des trois derniers mois. Pixalys ne répond pas de la perte de
données ni des dommages indirects ; il vous appartient de conserver une copie de vos contenus.
Nos conditions générales de prestation, jointes, font partie intégrante de la présente offre et
prévalent sur vos conditions d'achat. Droit belge ; seuls les tribunaux de Liège sont compétents.

Nous restons à votre disposition pour tout complément d'information.

Pour PIXALYS srl                                 Bon pour accord (date, nom, signature) :
Aurélie Dethier, cheffe de projet                Pour TRANSPORTS MOREAU & FILS sa
Gilles Hansen, administrateur délégué
[signé]                                          ..........................................
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
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
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.7,
    },
)

FR_STOCK_MANAGEMENT_LICENCE_EMAIL = UnseenDocument(
    name="fr_stock_management_licence_email",
    text="""De : Mathieu Lecocq <mathieu@logistok.be>
À : Fabienne Dardenne <fabienne@boissons-dardenne.be>
Date : mardi 1 décembre 2026 11:08
Objet : StockPilot - récapitulatif de notre appel et proposition

Bonjour Fabienne,

Merci pour votre temps au téléphone ce matin. Comme promis, je vous fais un petit récapitulatif
de ce dont on a parlé pour remplacer vos fichiers Excel par StockPilot.

Ce que vous recevez :
- une licence StockPilot Pro définitive (pas d'abonnement) pour 3 utilisateurs simultanés, plus
  l'appli StockPilot Scan sur vos 2 terminaux Android pour l'entrepôt (réception, préparation des
  commandes, inventaires tournants) : 4.200,00 € HTVA ;
- l'installation sur votre serveur et le paramétrage (entrepôts, emplacements, unités : bac, fût,
  palette, gestion des vidanges et des dates de péremption) : une journée sur place, 750,00 € HTVA ;
- l'import de vos articles, fournisseurs et stocks de départ depuis vos fichiers Excel, compris
  dans la journée d'installation, pour autant que vous me renvoyiez les fichiers remplis dans notre
  modèle au plus tard une semaine avant ;
- une demi-journée de formation pour vous et vos deux magasiniers, le même jour ou le lendemain,
  comprise aussi.

Ce qui n'est pas dedans : le lien avec votre webshop et avec la comptabilité (on en a parlé, c'est
faisable mais c'est du développement spécifique), et bien sûr le serveur et les terminaux. Tout
ce qui sort de ce qui est listé ici, je vous l'annonce et je vous le chiffre avant, et on ne le fait
qu'après votre accord, à 85,00 € HTVA de l'heure.

Planning : je peux venir installer la semaine du 11 janvier, donc après votre inventaire de fin
d'année, ce qui tombe bien pour les stocks de départ. C'est moi qui ferai l'installation et la
formation.

Côté serveur, il nous faut un Windows Server 2019 ou plus récent avec 8 Go de RAM libres, un accès
administrateur le jour même et le Wi-Fi de l'entrepôt qui couvre les allées (on peut le vérifier
avec un terminal lors de notre passage, mais ce n'est pas à nous de l'installer).

Maintenance : 630,00 € HTVA par an (15 % de la licence). Ça comprend les mises à jour (on sort en
général 3 ou 4 versions par an), l'aide par téléphone au 081/63 27 50 ou par mail à
support@logistok.be du lundi au vendredi de 8h30 à 12h00 et de 13h00 à 17h00, et la prise en
main à distance. En général on vous rappelle dans l'heure. La première année est calculée au
prorata jusqu'au 31 décembre 2027, ensuite c'est par année civile, renouvelée automatiquement au
1er janvier ; si vous voulez arrêter, il suffit de nous prévenir un mois avant. Le prix de la
maintenance suit notre tarif en vigueur au moment du renouvellement.

Si vous tombez sur un bug dans les 3 mois qui suivent l'installation, on le corrige gratuitement,
évidemment. Et si un jour vous arrêtez, vos données sont sur votre serveur : vous pouvez tout
exporter (articles, mouvements, stocks) en Excel ou en CSV.

Facturation : la licence et l'installation après l'installation, la maintenance en janvier.
Paiement à 30 jours.

Si tout est OK pour vous, un simple mail de confirmation suffit et je bloque la semaine du 11 dans
l'agenda.

Bonne journée et à bientôt,

Mathieu Lecocq
Consultant - LOGISTOK srl
Rue de l'Industrie 20, 5002 Saint-Servais (Namur) - BE 0699.140.826

P.S. Je vous joins la fiche technique de StockPilot Scan et le modèle Excel pour l'import.
""",
    items={
        "agreement.general_terms": "missing",
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
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
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
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)

FR_DOCUMENTS = [
    FR_MEDICAL_PRACTICE_IT_SERVICES_AGREEMENT,
    FR_INTRANET_REDESIGN_HOSTING_OFFER,
    FR_STOCK_MANAGEMENT_LICENCE_EMAIL,
]
