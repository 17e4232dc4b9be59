"""Training batch 7 (fr, writer a): four documents as Belgian IT suppliers and their clients
write them.

- fr_t7a_school_management_software_maintenance: a long formal convention (numbered articles) by
  which a Louvain-la-Neuve software house maintains the school management software of a Brussels
  secondary school (per-pupil yearly fee, calendar of regulatory versions, helpdesk priorities,
  source code deposited with a notary, three years with tacit yearly renewal, signed by both).
- fr_t7a_bakery_loyalty_card_offer: a Charleroi-area agency's offer (e-mail cover + offer) for a
  loyalty-card platform and white-label app for a chain of nine bakeries: set-up fees, monthly
  subscription per shop, pilot and validation, best-efforts availability, supplier's general
  terms, acceptance by e-mail or an empty "bon pour accord" line.
- fr_t7a_social_secretariat_it_support: a contrat de services by which a Liège managed-service
  provider supports the IT of a social-secretariat office (per-user monthly fee, onboarding,
  priorities with service credits, dedicated technician, monthly reports, reversibility,
  mediation, signed by both).
- fr_t7a_garage_hosted_switchboard: short conditions particulières for a hosted telephony
  switchboard of a Wavre garage (handsets, number porting, 99,95 % availability without
  compensation, 36 months with tacit renewal, price list changeable by the supplier, signed).

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or
a text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "bon pour accord" line for the client
is a partial signature); partial = mentioned but vague, a bare cross-reference without content,
a placeholder, best-efforts only, a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T7A_SCHOOL_MANAGEMENT_SOFTWARE_MAINTENANCE = UnseenDocument(
    name="fr_t7a_school_management_software_maintenance",
    text="""CONVENTION DE MAINTENANCE ET D'ASSISTANCE
Logiciel de gestion scolaire « Scolaris »
Convention n° SC-M-2026-041

ENTRE
SCOLARIS SRL, dont le siège est établi avenue Athéna 12, 1348 Louvain-la-Neuve,
BCE BE 0712.564.390, représentée par M. Benoît Vanderlinden, gérant,
ci-après « le Fournisseur »,

ET
l'ASBL COLLÈGE SAINTE-GERTRUDE DU PARC, pouvoir organisateur du Collège Sainte-Gertrude du
Parc (enseignement secondaire libre subventionné), avenue de Fré 210, 1180 Uccle,
BCE BE 0409.223.118, représentée par Mme Anne-Catherine Delhaye, directrice, et M. Philippe
Moens, administrateur délégué, ci-après « l'École ».

Article 1 - Objet et documents
1.1 L'École utilise depuis 2019 le logiciel Scolaris (modules Élèves, Horaires, Absences,
Bulletins et Comptabilité élèves), installé sur son propre serveur, en vertu du contrat de
licence du 14/05/2019. La présente convention organise la maintenance et l'assistance du
logiciel à partir du 1er janvier 2027.
1.2 La présente convention et ses annexes (1. prérequis techniques et description des modules ;
2. convention de traitement des données ; 3. formule d'indexation) constituent l'intégralité de
l'accord des parties sur son objet. Les conditions générales du Fournisseur ne s'appliquent pas.

Article 2 - Prestations comprises
2.1 Maintenance corrective : correction des anomalies du logiciel signalées par l'École.
2.2 Maintenance réglementaire : adaptation du logiciel aux règles de la Fédération
Wallonie-Bruxelles (comptage des élèves, transmission des données à l'Administration générale
de l'Enseignement, encodage des résultats CEB et CE1D, attestations d'orientation, bulletins).
2.3 Maintenance évolutive : fourniture des nouvelles versions du logiciel (au moins deux par
année scolaire), des correctifs de sécurité et de la documentation mise à jour.
2.4 Assistance aux utilisateurs par téléphone, par e-mail, via le portail de support et par
prise de contrôle à distance.
2.5 Ne sont pas compris : le serveur, le réseau et les postes de travail ; les licences Windows
Server et SQL Server ; la restauration des données à la suite d'une défaillance des sauvegardes
de l'École ; la formation des nouveaux membres du personnel ; les développements spécifiques ;
les interventions rendues nécessaires par une manipulation de la base par un tiers.

Article 3 - Calendrier des versions
3.1 Le Fournisseur livre :
  - la version de rentrée (classes, grilles horaires, inscriptions) au plus tard le 16 août ;
  - la version de fin d'année (délibérations, bulletins, attestations) au plus tard le 20 mai ;
  - les adaptations réglementaires au plus tard quinze jours ouvrables avant la date limite
    fixée par l'Administration ou, si la circulaire est publiée moins de trente jours avant
    cette date, dans les dix jours ouvrables de sa publication.
3.2 Le Fournisseur installe chaque version à distance, en dehors des heures de cours, à la date
convenue avec le référent de l'École.

Article 4 - Assistance et délais
4.1 Le service d'assistance est joignable via le portail support.scolaris.be, à
helpdesk@scolaris.be et au 010/48 22 70, du lundi au vendredi de 7h45 à 17h00, y compris
pendant les congés scolaires, à l'exception des périodes du 24 décembre au 1er janvier et du
21 juillet au 15 août, pendant lesquelles seule une permanence par e-mail est assurée.
4.2 Les demandes sont traitées selon leur priorité, les délais étant comptés en heures et jours
ouvrables :
  - priorité 1 (logiciel inutilisable, impression des bulletins impossible en période de
    bulletins, transmission de données à l'Administration impossible avant l'échéance) :
    prise en charge dans les 2 heures, solution de contournement dans 1 jour ouvrable ;
  - priorité 2 (fonction importante dégradée) : prise en charge dans 1 jour ouvrable,
    correction dans 10 jours ouvrables ;
  - priorité 3 (question, anomalie mineure) : prise en charge dans 3 jours ouvrables,
    correction dans la version suivante.
4.3 Le Fournisseur tient à jour une fiche de l'École (version installée, serveur,
paramétrages, modèles de bulletins, historique des demandes), consultable par tous les agents
du support. Mme Véronique Lemaire est la gestionnaire de compte de l'École.

Article 5 - Obligations de l'École
L'École :
- désigne un référent Scolaris (Mme Isabelle Peeters, secrétaire de direction), seul
  interlocuteur du support pour les demandes de priorité 2 et 3 ;
- maintient son serveur conforme aux prérequis de l'annexe 1 et ouvre au Fournisseur, à sa
  demande, une session de prise de contrôle à distance ;
- réalise chaque jour une sauvegarde de la base de données et en teste la restauration une fois
  par trimestre ;
- informe le Fournisseur au moins dix jours ouvrables à l'avance de toute modification de sa
  structure (nouvelle section, nouvelle option, fusion d'implantations).

Article 6 - Retards
6.1 Si une version visée à l'article 3 n'est pas livrée à la date prévue du fait du
Fournisseur, celui-ci met gratuitement à la disposition de l'École, jusqu'à la livraison, un
technicien qui réalise ou assiste les traitements manuels nécessaires (encodage, exports,
impression des documents).
6.2 Si l'École ne respecte pas ses obligations de l'article 5, les délais des articles 3 et 4
sont suspendus d'autant et les interventions nécessaires pour y remédier sont facturées au
tarif de l'article 7.3.

Article 7 - Prix et paiement
7.1 La redevance annuelle s'élève à 3,40 EUR HTVA par élève inscrit au 1er octobre de l'année
précédente, avec un minimum de 1.950,00 EUR HTVA. Pour 2027, sur la base de 862 élèves, elle
s'élève à 2.930,80 EUR HTVA.
7.2 La redevance est facturée en janvier de chaque année. Les factures sont payables à 30 jours
de leur date.
7.3 Les prestations non comprises sont facturées 78,00 EUR HTVA de l'heure à distance et
620,00 EUR HTVA par journée sur site, déplacement compris en Région de Bruxelles-Capitale.
Elles ne sont exécutées que sur la base d'un devis écrit accepté par la directrice ; les
prestations de moins d'une heure peuvent être commandées par le référent par e-mail. Elles sont
facturées mensuellement.
7.4 La redevance et les tarifs sont indexés le 1er janvier de chaque année selon la formule de
l'annexe 3 (indice Agoria des salaires), l'augmentation étant limitée à 3 % par an.

Article 8 - Qualité
Le Fournisseur exécute ses prestations selon les règles de l'art. Chaque version est testée,
avant sa diffusion, sur un environnement de référence contenant les données anonymisées d'une
école secondaire. Chaque version est accompagnée de notes de version en français et le manuel
d'utilisation en ligne est mis à jour en conséquence.

Article 9 - Suivi de la convention
9.1 Le Fournisseur remet chaque année, au plus tard le 15 juin, un rapport d'activité (demandes
par priorité, respect des délais, versions installées, points d'attention pour la rentrée).
9.2 Une réunion d'évaluation annuelle réunit en juin la directrice, le référent et la
gestionnaire de compte. Toute difficulté non résolue par la gestionnaire de compte est portée
devant le gérant du Fournisseur, qui y répond dans les deux jours ouvrables.

Article 10 - Durée et résiliation
10.1 La convention prend effet le 1er janvier 2027 pour une durée initiale de trois ans. Elle est
ensuite reconduite tacitement par périodes d'un an, sauf résiliation par lettre recommandée au
moins trois mois avant l'échéance.
10.2 Chaque partie peut résilier la convention en cas de manquement grave de l'autre partie
auquel il n'est pas remédié dans les 30 jours d'une mise en demeure.

Article 11 - Fin de la convention et continuité
11.1 Dans les 30 jours de la fin de la convention, quelle qu'en soit la cause, le Fournisseur
remet gratuitement à l'École un export complet de la base (élèves, responsables, inscriptions,
absences, résultats, historique des bulletins) aux formats CSV et XML, accompagné de la
description de sa structure.
11.2 À la demande de l'École, le Fournisseur poursuit la maintenance jusqu'au 31 août qui suit la
fin de la convention, aux conditions en vigueur et au prorata de la redevance, et assiste le
nouveau prestataire pour la reprise des données au tarif de l'article 7.3.
11.3 Le code source de Scolaris est déposé chez Maître Claire Dubuisson, notaire à Wavre, et mis
à jour à chaque version majeure. Il est remis à l'École en cas de faillite ou de liquidation du
Fournisseur, ou s'il cesse la maintenance de Scolaris sans successeur ; l'École peut alors le
faire maintenir par un tiers pour ses propres besoins.

Article 12 - Propriété intellectuelle
Scolaris reste la propriété du Fournisseur. La licence non exclusive accordée en 2019 s'étend
aux versions livrées dans le cadre de la présente convention. Les modèles de bulletins réalisés
pour l'École peuvent être librement utilisés et modifiés par celle-ci.

Article 13 - Confidentialité et données personnelles
13.1 Chaque partie garde confidentielles les informations de l'autre pendant la durée de la
convention et cinq ans après sa fin.
13.2 Scolaris contient des données personnelles d'élèves mineurs, de leurs responsables et des
membres du personnel. Le Fournisseur agit en qualité de sous-traitant au sens de l'article 28
du RGPD, conformément à la convention de traitement de l'annexe 2. Il n'accède aux données que
par une session ouverte par le référent et notifie toute violation de données à l'École dans
les 24 heures.

Article 14 - Responsabilité
La responsabilité du Fournisseur est limitée, par année civile, au montant de la redevance
annuelle de l'année concernée, sauf dol ou faute grave. Le Fournisseur ne répond ni des
dommages indirects, ni de la perte ou de l'altération des données, la sauvegarde des données
incombant à l'École.

Article 15 - Droit applicable et litiges
La convention est régie par le droit belge. Tout différend est d'abord examiné lors d'une
réunion entre la directrice et le gérant du Fournisseur, tenue dans les quinze jours d'une
demande écrite. À défaut d'accord dans les 30 jours, les tribunaux francophones de Bruxelles
sont seuls compétents.

Fait à Uccle, le 01/12/2026, en deux exemplaires.

Pour SCOLARIS SRL                        Pour l'ASBL Collège Sainte-Gertrude du Parc
Benoît Vanderlinden, gérant              Anne-Catherine Delhaye, directrice
[signature]                              Philippe Moens, administrateur délégué
                                         [signatures]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
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
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)

FR_T7A_BAKERY_LOYALTY_CARD_OFFER = UnseenDocument(
    name="fr_t7a_bakery_loyalty_card_offer",
    text="""De : Julie Hermans <julie@fidelio.be>
À : Marc Delvaux <marc@maisondelvaux.be>
Objet : Carte de fidélité Maison Delvaux - offre FID-2026-212

Bonjour Monsieur Delvaux,

Merci pour votre accueil jeudi à Gosselies, et pour les couques ! Comme convenu, vous trouverez
ci-dessous notre offre pour la carte de fidélité de vos neuf boulangeries.
Si elle vous convient, il suffit de nous renvoyer la dernière page signée ou de nous confirmer
votre accord par retour de mail ; nous planifions alors l'atelier de lancement.

Bien à vous,
Julie Hermans
Chargée de projet - Fidelio srl

---------------------------------------------------------------------------------------------
FIDELIO srl - rue Santos-Dumont 4, 6041 Gosselies - BE 0789.341.552 - 071/96 30 12

OFFRE N° FID-2026-212 du 30/11/2026 - valable jusqu'au 31/12/2026
Client : Boulangerie-Pâtisserie Maison Delvaux srl - neuf points de vente (Charleroi,
Gosselies, Fleurus, Courcelles, Marcinelle, Châtelet, Montignies, Jumet, Thuin)

1. Votre programme de fidélité
- Une carte digitale dans l'application « Maison Delvaux » (iOS et Android, à vos couleurs) et
  dans Apple Wallet / Google Wallet, ainsi qu'une carte plastique avec QR code pour les clients
  qui n'ont pas de smartphone.
- Règles proposées : 1 point par euro dépensé, 100 points = un bon de 5 EUR, points doublés le
  mercredi, une surprise pour l'anniversaire du client.
- Campagnes e-mail et SMS depuis votre tableau de bord, statistiques par magasin.
- Liaison avec vos caisses PosBel : le QR code est scanné à la caisse et les points sont
  crédités automatiquement.

2. Compris / non compris
Compris : le paramétrage du programme, la publication de l'application sur les stores sous
votre nom, la liaison avec les caisses des neuf magasins, la reprise de votre fichier clients,
5.000 cartes plastiques, neuf présentoirs de comptoir, la formation, l'hébergement, les mises à
jour et le support.
Non compris : les comptes développeur Apple et Google (à votre nom, environ 125 EUR par an), les
SMS (0,085 EUR HTVA par SMS), le module API à activer par PosBel (facturé par PosBel), les
cartes au-delà de 5.000 (0,38 EUR HTVA la carte), les affiches et la création graphique.

3. Prix (EUR HTVA)
Mise en place (unique)
  Paramétrage du programme et de l'application à vos couleurs              1.650,00
  Liaison caisses PosBel (9 magasins)                                        900,00
  Reprise du fichier clients existant                                        250,00
  5.000 cartes plastiques QR + 9 présentoirs                               1.180,00
  Total mise en place                                                      3.980,00
Abonnement : 49,00 EUR par magasin et par mois, soit                  441,00 / mois
Total de la première année (mise en place + 12 mois d'abonnement, hors SMS) : 9.272,00 EUR HTVA

Les développements supplémentaires (nouvelles fonctionnalités, liaison avec un webshop...) sont
facturés 85,00 EUR HTVA de l'heure, toujours sur devis préalable accepté par vous.
Fidelio peut adapter ses tarifs d'abonnement et de SMS au 1er janvier de chaque année ; les
nouveaux tarifs vous sont communiqués au moins un mois à l'avance.
Paiement : mise en place facturée 50 % à la commande et 50 % au lancement, factures payables à
15 jours ; abonnement prélevé par domiciliation SEPA le 1er de chaque mois à partir du
lancement.

4. Planning
  Semaines 1-2 : atelier d'une demi-journée pour fixer les règles ; réception de votre logo,
                 charte graphique et fichier clients
  Semaines 3-4 : paramétrage, soumission de l'application aux stores (la validation par Apple
                 peut prendre une semaine), liaison avec les caisses
  Semaines 5-6 : pilote de deux semaines au magasin de Gosselies
  Semaine 7    : lancement dans les neuf magasins
De votre côté, il nous faut avant l'atelier : votre logo, votre charte graphique et votre
fichier clients (Excel) ; l'accès à votre back-office PosBel et l'activation du module API par
PosBel ; vos comptes développeur Apple et Google ; un responsable par magasin pour la
formation.

5. Reprise de votre fichier
Votre fichier actuel (environ 2.300 clients avec carte papier et soldes de points tenus dans
Excel) est importé dans la plateforme, soldes de points compris. Avant le lancement, nous
vérifions l'import avec vous sur un échantillon de 20 clients. Les clients qui ont donné leur
accord reçoivent un e-mail de bienvenue avec le lien vers l'application.

6. Pilote et validation
À la fin du pilote à Gosselies, vous validez par e-mail le bon fonctionnement (scan en caisse,
crédit des points, bons de réduction). Nous corrigeons les points relevés et ne déployons les
huit autres magasins qu'après votre validation.

7. Formation et accompagnement
Une formation de 45 minutes est donnée dans chaque magasin le jour du lancement (une vidéo est
prévue pour le personnel du week-end) et un guide illustré d'une page est placé à chaque caisse.
Je reste votre interlocutrice après le lancement, et nous faisons un point téléphonique chaque
mois pendant les trois premiers mois.

8. Abonnement et support
- La plateforme est hébergée dans un centre de données à Bruxelles. Les mises à jour de la
  plateforme et de l'application (y compris la compatibilité avec les nouvelles versions d'iOS
  et d'Android) sont incluses et installées automatiquement.
- Support par e-mail et par chat depuis le tableau de bord, du lundi au vendredi de 9h00 à
  17h00 et le samedi de 8h00 à 12h00. Nous répondons en général dans la journée.
- Nous mettons tout en œuvre pour que la plateforme soit disponible en permanence (objectif de
  99,5 %), mais il s'agit d'une obligation de moyens : une interruption ne donne lieu à aucune
  indemnisation. Si une caisse est hors ligne, les points sont crédités à la reconnexion.

9. Durée
L'abonnement est conclu pour 24 mois à compter du lancement. Il est ensuite reconduit
tacitement par périodes de 12 mois, sauf résiliation par e-mail ou par courrier au moins deux
mois avant l'échéance.

10. Données de vos clients
Vous restez responsable du traitement des données de vos clients ; Fidelio agit en tant que
sous-traitant au sens du RGPD, conformément à l'accord de traitement joint en annexe 2. Les
données sont hébergées dans l'Union européenne et le consentement aux communications
commerciales est recueilli dans l'application. À la fin de l'abonnement, vous pouvez exporter
votre fichier (clients, soldes de points, historique des achats) au format CSV depuis le
tableau de bord pendant 30 jours ; les données sont ensuite effacées.

11. Divers
La plateforme et l'application restent la propriété de Fidelio ; votre marque, vos logos et
votre fichier clients restent les vôtres. À la fin de l'abonnement, l'application est retirée
des stores.
Notre responsabilité est limitée aux montants facturés au cours des trois derniers mois ; nous
ne répondons pas des dommages indirects, du chiffre d'affaires perdu ni des erreurs de points
dues à un dysfonctionnement des caisses.
Nos conditions générales (www.fidelio.be/cg) s'appliquent à la présente offre.
Droit belge ; les tribunaux de Charleroi sont compétents.

Pour Fidelio srl                                 Bon pour accord - Maison Delvaux srl
Julie Hermans, chargée de projet                 Nom : ..............................
                                                 Date : ......... Signature : ..........
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
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
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 15,
    },
)

FR_T7A_SOCIAL_SECRETARIAT_IT_SUPPORT = UnseenDocument(
    name="fr_t7a_social_secretariat_it_support",
    text="""CONTRAT DE SERVICES INFORMATIQUES
Support aux utilisateurs et gestion de l'infrastructure - Réf. IDM-CS-2027-006

Entre
INFODESK MEUSE SRL, quai des Ardennes 61, 4020 Liège, BCE BE 0687.230.415, représentée par
M. Gilles Renard, gérant, ci-après « le Prestataire »,
et
SOCIAL MEUSE-VESDRE ASBL, secrétariat social agréé, pour son bureau régional de Liège, rue des
Guillemins 110, 4000 Liège, BCE BE 0418.552.907, représentée par Mme Françoise Halleux,
directrice régionale, ci-après « le Client ».

1. Objet et documents contractuels
1.1 Le Prestataire assure le support informatique des collaborateurs du bureau de Liège et la
gestion de son infrastructure : 38 postes de travail, deux serveurs Hyper-V, l'environnement
Microsoft 365, le pare-feu, le réseau local et les imprimantes.
1.2 Le contrat comprend, par ordre de priorité décroissant : le présent contrat ; l'annexe 1
(inventaire) ; l'annexe 2 (convention de traitement des données) ; l'annexe 3 (formule
d'indexation) ; l'offre du Prestataire n° IDM-2026-318 du 21/10/2026. Les conditions générales
du Prestataire ne s'appliquent pas.

2. Services compris dans le forfait
- helpdesk pour les utilisateurs (téléphone, e-mail, portail) et prise en main à distance ;
- supervision 24 h sur 24 des serveurs, des sauvegardes et du pare-feu, avec alertes
  automatiques traitées pendant les heures de support ;
- gestion des mises à jour : correctifs de sécurité critiques installés dans les 48 heures de
  leur publication, autres mises à jour Windows et Microsoft 365 installées chaque mois après
  validation sur un groupe pilote de trois postes ;
- gestion des sauvegardes : sauvegarde quotidienne des serveurs sur NAS et copie externe chez un
  hébergeur situé dans l'Union européenne, test de restauration chaque mois ;
- présence d'un technicien sur site chaque mardi (journée complète) ;
- gestion des comptes (arrivées et départs), antivirus et EDR ;
- installation de maximum dix nouveaux postes de travail par an (main-d'œuvre).
Ne sont pas compris : l'achat de matériel et de licences ; les projets (renouvellement des
serveurs, migrations), qui font l'objet d'une offre distincte ; le support de l'application de
calcul des salaires et de la plateforme de production, assuré par le service informatique
central de l'ASBL ; la téléphonie.

3. Reprise du parc (onboarding)
Le service démarre le 1er février 2027. Dans les quatre semaines, le Prestataire réalise
l'inventaire, installe ses agents de supervision, documente l'environnement et contrôle les
sauvegardes et la sécurité. Il remet au plus tard le 26/02/2027 un rapport de reprise
(constats, risques, recommandations chiffrées).

4. Niveaux de service
4.1 Le support est joignable via le portail support.infodesk.be, à support@infodesk.be et au
04/229 71 50, les jours ouvrables de 8h00 à 18h00. Pendant les cinq derniers et les trois
premiers jours ouvrables de chaque mois (clôture des paies), il est joignable de 7h30 à 20h00.
4.2 Délais, comptés pendant les heures de support :
  - P1 critique (bureau à l'arrêt, serveur indisponible, suspicion de rançongiciel, clôture des
    paies bloquée pour au moins cinq utilisateurs) : prise en charge dans les 30 minutes,
    rétablissement ou solution de contournement dans les 4 heures, technicien sur site dans
    les 2 heures si nécessaire ;
  - P2 élevée (un utilisateur bloqué, fonction dégradée pour plusieurs utilisateurs) : prise en
    charge dans les 2 heures, résolution dans 1 jour ouvrable ;
  - P3 normale (demandes, questions) : prise en charge dans 1 jour ouvrable, résolution dans
    3 jours ouvrables.
4.3 Pour chaque incident P1 dont le délai de prise en charge ou de rétablissement n'est pas
respecté, le Client reçoit un crédit de 5 % du forfait mensuel, plafonné à 20 % par mois. Si
plus de trois incidents P1 ne sont pas traités dans les délais sur six mois, le Client peut
résilier le contrat sans indemnité.
4.4 Le Prestataire tient à jour, dans son outil de documentation, le schéma du réseau,
l'inventaire, les configurations, les procédures et les comptes d'administration du Client ;
le référent du Client y dispose d'un accès en lecture.

5. Équipe
5.1 Mme Sarah Lambert, responsable de service, est l'interlocutrice du Client. M. Arnaud
Collignon est le technicien dédié présent le mardi ; M. Maxime Hock le remplace pendant ses
absences.
5.2 Les techniciens affectés au Client ont au moins trois ans d'expérience et une certification
Microsoft 365 ; M. Collignon est certifié Microsoft 365 Modern Desktop Administrator.
5.3 Le Prestataire ne remplace le technicien dédié qu'après en avoir informé le Client au moins
deux semaines à l'avance, par une personne de qualification équivalente, avec une journée de
passation sur site à sa charge. Le Client peut refuser le remplaçant pour un motif justifié.

6. Obligations du Client
Le Client désigne un référent informatique (M. Thomas Wéry, responsable administratif) qui
valide les demandes et les changements ; il fournit les accès d'administration et maintient ses
licences en ordre de validité ; il annonce au moins cinq jours ouvrables à l'avance l'arrivée
d'un nouveau collaborateur ; il n'installe aucun logiciel sans l'accord du Prestataire ; il
met un poste de travail à la disposition du technicien le mardi.

7. Prix et paiement
7.1 Frais de reprise du parc : 1.850,00 EUR HTVA, forfait unique facturé à la remise du rapport
de reprise.
7.2 Forfait mensuel : 62,00 EUR HTVA par utilisateur et 95,00 EUR HTVA par serveur, soit
2.546,00 EUR HTVA par mois pour 38 utilisateurs et deux serveurs. Le nombre d'utilisateurs est
ajusté chaque trimestre sur la base des comptes Microsoft 365 actifs.
7.3 Les prestations hors forfait sont facturées 92,00 EUR HTVA de l'heure (technicien) et
115,00 EUR HTVA de l'heure (ingénieur), majorées de 50 % en dehors des heures de support,
déplacements compris dans l'arrondissement de Liège. Elles font l'objet d'une estimation
écrite approuvée au préalable par le référent. En cas d'urgence P1 hors forfait, le référent
peut approuver par téléphone jusqu'à quatre heures de prestations, confirmées ensuite par
e-mail.
7.4 Les prix sont indexés le 1er février de chaque année selon la formule de l'annexe 3 (indice
Agoria des salaires), avec un maximum de 4 % par an.
7.5 Le forfait est facturé mensuellement à l'avance ; les prestations hors forfait sont
facturées mensuellement avec le détail des heures. Les factures sont payables à 30 jours.

8. Qualité, rapports et gouvernance
8.1 Le Prestataire applique les bonnes pratiques ITIL. Toute modification des serveurs ou du
pare-feu est enregistrée, annoncée au référent deux jours ouvrables à l'avance et réalisée en
dehors des heures de bureau avec un plan de retour arrière.
8.2 Au plus tard le 10 de chaque mois, le Prestataire remet un rapport de service : tickets par
priorité, respect des délais, état des mises à jour, résultats des sauvegardes et des tests de
restauration, alertes de sécurité, recommandations.
8.3 Une revue de service trimestrielle réunit la responsable de service, le référent et la
directrice régionale. Escalade : technicien, puis Mme Lambert, puis M. Renard, chacun dans un
délai d'un jour ouvrable.

9. Durée et résiliation
9.1 Le contrat est conclu pour 24 mois à compter du 1er février 2027. Il est ensuite reconduit
tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée au moins deux mois
avant l'échéance.
9.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie auquel
il n'est pas remédié dans les 30 jours d'une mise en demeure, sans préjudice de l'article 4.3.

10. Fin du contrat et réversibilité
10.1 Dans les dix jours ouvrables de la fin du contrat, le Prestataire remet au Client la
documentation complète et à jour, l'ensemble des comptes d'administration et mots de passe, les
clés de licence, la configuration des sauvegardes et une copie des sauvegardes dans leur format
natif, ainsi que l'historique des tickets au format CSV. Il ne peut exercer aucun droit de
rétention, même en cas de contestation d'une facture.
10.2 Le Prestataire continue à fournir les services aux prix en vigueur pendant une période de
transition de trois mois au maximum et assiste gratuitement le nouveau prestataire à concurrence
de seize heures ; au-delà, au tarif de l'article 7.3.

11. Confidentialité
Le personnel du Prestataire peut avoir accès aux données salariales, aux numéros de registre
national et aux certificats d'incapacité de travail des travailleurs des employeurs affiliés.
Le Prestataire garde strictement confidentielles toutes les informations du Client, n'en fait
aucune copie en dehors des sauvegardes prévues, pendant le contrat et dix ans après sa fin.
Chaque technicien signe un engagement individuel de confidentialité.

12. Protection des données
Le Prestataire agit en qualité de sous-traitant au sens de l'article 28 du RGPD, conformément à
l'annexe 2 (instructions, mesures de sécurité, liste des sous-traitants ultérieurs, notification
de toute violation dans les 24 heures, droit d'audit du délégué à la protection des données du
Client). Aucune donnée n'est transférée en dehors de l'Espace économique européen.

13. Propriété intellectuelle
Les scripts, procédures et documents réalisés pour le Client lui appartiennent dès leur
paiement. Les outils du Prestataire (supervision, documentation) restent sa propriété.

14. Responsabilité
La responsabilité du Prestataire est limitée, par année contractuelle, au montant des
redevances payées au cours des douze mois précédant le fait dommageable, sauf dol, faute grave
ou violation des articles 11 et 12. Les dommages indirects sont exclus. Le Prestataire répond
de la perte de données résultant d'un manquement à ses obligations de sauvegarde. Il déclare
être assuré en responsabilité civile professionnelle à concurrence de 1.250.000 EUR.

15. Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis à la procédure
d'escalade de l'article 8.3 puis, à défaut d'accord dans les 30 jours, à une médiation menée
par un médiateur agréé par la Commission fédérale de médiation. Si la médiation échoue, le
tribunal de l'entreprise de Liège, division Liège, est seul compétent.

Fait à Liège, le 04/12/2026, en deux exemplaires.

Pour Infodesk Meuse SRL                      Pour Social Meuse-Vesdre ASBL
Gilles Renard, gérant                        Françoise Halleux, directrice régionale
[signature]                                  [signature]
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
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
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
    },
)

FR_T7A_GARAGE_HOSTED_SWITCHBOARD = UnseenDocument(
    name="fr_t7a_garage_hosted_switchboard",
    text="""VOXCLOUD SRL - CONDITIONS PARTICULIÈRES
Téléphonie hébergée « VoxCentrex Business »
Bon de commande n° VC-CP-2026-1593 - N° client 48213

Client : GARAGE LEJEUNE & FILS SRL, chaussée de Namur 287, 1300 Wavre, BCE BE 0442.118.605
Contact : Mme Christine Lejeune, gérante - 010/22 41 87 - christine@garagelejeune.be
Votre conseiller VoxCloud : Kevin Maes - 0477/62 18 93 - kevin.maes@voxcloud.be

1. Services commandés
Central téléphonique hébergé comprenant :
- 9 utilisateurs (licence Business) : accueil (2), vente (3), atelier (2), pièces (1),
  direction (1) ;
- menu vocal : « atelier, tapez 1 ; vente, tapez 2 ; pièces, tapez 3 », horaires d'ouverture
  et message en dehors des heures d'ouverture, messagerie vocale envoyée par e-mail ;
- enregistrement des appels des deux postes de l'accueil (conservation 30 jours) ;
- portage des numéros 010/22 41 87 et 010/22 41 88 ;
- application mobile pour les trois vendeurs.
Non compris : la connexion internet, le câblage réseau, les appels vers les numéros spéciaux
(070, 090x) et l'international, facturés à la consommation.

2. Prix (EUR HTVA)
Frais uniques
  5 postes fixes Yealink T54W (5 x 189,00)                               945,00
  Base DECT + 3 combinés durcis pour l'atelier                           465,00
  Switch PoE 8 ports                                                     140,00
  Installation sur site, configuration, menu vocal et formation          420,00
  Portage des numéros                                                   gratuit
  Total frais uniques                                                  1.970,00
Mensuel
  9 licences Business (9 x 13,90)                                        125,10
  Option enregistrement des appels                                        15,00
  Forfait 3.000 minutes nationales (fixes et mobiles)                     29,00
  Total mensuel                                                          169,10
Les minutes au-delà du forfait et les appels internationaux sont facturés selon la liste de
tarifs en vigueur publiée sur www.voxcloud.be/tarifs, que VoxCloud peut modifier à tout moment.
Les interventions non prévues aux présentes (déplacement, ajout de postes, modification du menu
vocal par nos soins) sont réalisées sur devis accepté par le client.
Frais uniques facturés à l'installation ; abonnement facturé mensuellement. Factures payables
à 15 jours par domiciliation.

3. Mise en service
- Installation sur site dans les 15 jours ouvrables suivant la réception des présentes
  conditions signées et du mandat de portage.
- Le client fournit une connexion internet professionnelle d'au moins 20 Mbit/s symétriques, une
  prise réseau à chaque emplacement de poste fixe et une prise électrique pour la base DECT dans
  l'atelier ; il signe le mandat de portage et transmet son répertoire de contacts (fichier
  Excel).
- VoxCloud importe le répertoire (maximum 500 contacts) dans le central et enregistre les
  messages d'accueil sur la base des textes fournis par le client.
- La date du portage est communiquée 5 jours ouvrables à l'avance ; le basculement a lieu entre
  7h00 et 9h00. VoxCloud ne peut être tenu responsable des retards de portage imputables à
  l'opérateur actuel du client.
- Une formation de 30 minutes est donnée au personnel de l'accueil lors de l'installation et un
  guide de prise en main est remis avec chaque poste.

4. Support et niveaux de service
- Service clientèle : 078/15 20 40 et support@voxcloud.be, les jours ouvrables de 8h00 à 18h00
  et le samedi de 9h00 à 12h00.
- Interruption totale (aucun appel entrant ou sortant possible) : prise en charge dans les
  2 heures ouvrables ; autres demandes : le jour ouvrable suivant. Le service est rétabli dans
  les meilleurs délais.
- VoxCloud s'engage sur une disponibilité de la plateforme de 99,95 % par mois, hors maintenance
  planifiée effectuée la nuit. Une interruption de service ne donne droit à aucune indemnité ni
  réduction de prix.
- Le firmware des postes et les mises à jour de la plateforme sont installés automatiquement, à
  distance et la nuit.
- Le matériel est garanti 24 mois ; un poste défectueux est remplacé par envoi dans les
  2 jours ouvrables.
- Votre conseiller reste votre interlocuteur pour toute modification de votre installation.

5. Durée
Le contrat est conclu pour 36 mois à compter de la mise en service. Il est ensuite reconduit
tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée au moins 3 mois
avant l'échéance. En cas de résiliation par le client avant la fin de la période initiale, les
redevances mensuelles restant à courir jusqu'à la fin de cette période sont dues.

6. Fin du contrat
VoxCloud maintient le service jusqu'à la date effective du portage des numéros vers le nouvel
opérateur et collabore gratuitement à ce portage. Les enregistrements et journaux d'appels
peuvent être téléchargés depuis le portail client jusqu'à la fin du contrat ; ils sont
effacés 30 jours après.

7. Données personnelles
Pour les journaux d'appels, la messagerie vocale et les enregistrements, VoxCloud agit en
qualité de sous-traitant du client au sens du RGPD. Les données sont hébergées dans l'Union
européenne et les enregistrements sont effacés automatiquement après 30 jours. Le client
informe ses correspondants de l'enregistrement par le message d'accueil.

8. Responsabilité
La responsabilité de VoxCloud est limitée au montant de trois redevances mensuelles. VoxCloud ne
répond pas de la perte de clientèle ou de chiffre d'affaires due à une indisponibilité des
lignes. Les appels d'urgence (112) dépendent de la connexion internet du client.

9. Conditions générales et plaintes
Les conditions générales de VoxCloud (version 2026-03), dont le client déclare avoir reçu un
exemplaire, s'appliquent ; en cas de contradiction, les présentes conditions particulières
prévalent. Toute plainte est adressée au service clientèle ; si la réponse ne satisfait pas le
client, il peut s'adresser gratuitement au Service de médiation pour les télécommunications.

Fait à Wavre, le 03/12/2026, en deux exemplaires.

Pour VoxCloud srl                          Pour Garage Lejeune & Fils srl
Kevin Maes, conseiller commercial          Christine Lejeune, gérante
[signature]                                Lu et approuvé, [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
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
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.95,
    },
)

DOCUMENTS = [
    FR_T7A_SCHOOL_MANAGEMENT_SOFTWARE_MAINTENANCE,
    FR_T7A_BAKERY_LOYALTY_CARD_OFFER,
    FR_T7A_SOCIAL_SECRETARIAT_IT_SUPPORT,
    FR_T7A_GARAGE_HOSTED_SWITCHBOARD,
]
