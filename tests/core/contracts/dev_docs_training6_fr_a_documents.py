"""Training documents, round 6, French (writer a): four documents as Belgian IT suppliers and
their clients write them.

- fr_t6a_laboratory_information_system: a long formal contract (numbered articles) by which a
  Liège-area software house supplies, implements and maintains a LIMS for an accredited water
  analysis laboratory in Gembloux (fixed price, planning, penalties, acceptance, 3-year
  maintenance with tacit renewal, signed by both parties).
- fr_t6a_videoconference_rooms_offer: a Walloon integrator's offer (e-mail cover + offer) to
  equip four meeting rooms with Microsoft Teams Rooms, with licences and a yearly support
  formula; the supplier's general terms prevail, acceptance by e-mail or an empty "bon pour
  accord" line.
- fr_t6a_chatbot_development_proposal: a short informal e-mail proposal by a small Namur agency
  to build an AI chatbot for a holiday-home rental company, billed in time and materials with
  an estimate and an approval step; acceptance by a reply e-mail.
- fr_t6a_energy_monitoring_subscription: special conditions of a subscription to an energy
  monitoring dashboard platform (meters, gateways, SaaS) for a logistics company with three
  warehouses: availability, service credits, 36 months with tacit renewal, signed by both.

Written on 2026-12-05 by a helper session as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "bon pour accord" line for the client
is a partial signature, an e-mail acceptance with no signature block is missing); partial =
mentioned but vague, a bare cross-reference without content, a placeholder, best-efforts only,
a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T6A_LABORATORY_INFORMATION_SYSTEM = UnseenDocument(
    name="fr_t6a_laboratory_information_system",
    text="""CONTRAT DE FOURNITURE, DE MISE EN ŒUVRE ET DE MAINTENANCE
Système de gestion des informations de laboratoire (LIMS)
Contrat n° LBX-2026-118

ENTRE
LABOSYS SA, dont le siège est établi rue de l'Expansion 14, 4460 Grâce-Hollogne,
BCE BE 0634.871.209, représentée par M. Olivier Lambotte, administrateur délégué,
ci-après « le Fournisseur »,

ET
AQUALAB WALLONIE SC, laboratoire d'analyses des eaux agréé, dont le siège est établi rue du
Parc Industriel 8, 5032 Isnes (Gembloux), BCE BE 0458.330.712, représentée par
Mme Sophie Hanquet, directrice, ci-après « le Client ».

Article 1 - Objet et documents contractuels
1.1 Le Fournisseur concède au Client une licence d'utilisation du logiciel LaboSys LIMS
(version 9) et en assure la mise en œuvre (paramétrage, interfaces avec les instruments, reprise
des données, formation) ainsi que la maintenance.
1.2 Le contrat se compose, par ordre de priorité décroissant : (a) le présent contrat et ses
annexes ; (b) le cahier des charges du Client du 12/06/2026 ; (c) l'offre du Fournisseur
n° OF-2026-0457 du 03/09/2026. Les conditions générales du Fournisseur ne s'appliquent pas.

Article 2 - Périmètre
2.1 Sont compris dans le prix : la licence perpétuelle pour 15 utilisateurs nommés ; le
paramétrage des quatre départements (réception des échantillons, prélèvements, chimie,
microbiologie) ; les interfaces bidirectionnelles avec les six instruments listés à l'annexe 2 ;
le module de rapports d'essai avec signature électronique ; le portail de consultation des
résultats pour les clients du laboratoire ; la reprise des données et la formation.
2.2 Ne sont pas compris : le matériel serveur et les licences Microsoft SQL Server, fournis par
le Client ; les interfaces avec des instruments acquis après la signature ; l'accompagnement de
l'accréditation ISO/IEC 17025, qui reste de la responsabilité du Client.

Article 3 - Prix et paiement
3.1 La mise en œuvre est réalisée pour un prix forfaitaire de 86.400,00 EUR HTVA, soit :
licence 38.000,00 EUR ; paramétrage et interfaces 41.200,00 EUR ; reprise des données
4.000,00 EUR ; formation 3.200,00 EUR.
3.2 La redevance annuelle de maintenance s'élève à 18 % du prix de la licence, soit
6.840,00 EUR HTVA par an, facturée annuellement à l'avance à partir de la réception définitive.
3.3 Les prestations supplémentaires sont facturées au taux journalier de 920,00 EUR HTVA
(consultant) et de 840,00 EUR HTVA (développeur). La redevance de maintenance et les taux
journaliers sont indexés le 1er janvier de chaque année selon la formule de l'annexe 4 (indice
Agoria des salaires), l'augmentation étant plafonnée à 4 % par an.
3.4 Le prix forfaitaire est facturé comme suit : 30 % à la signature, 40 % à la réception
provisoire, 30 % à la réception définitive. Les factures sont payables à 30 jours de leur date.

Article 4 - Modifications
Toute demande de modification ou de prestation supplémentaire fait l'objet, dans les cinq jours
ouvrables, d'une fiche de changement du Fournisseur indiquant l'impact sur le prix et sur le
planning. Aucun travail supplémentaire n'est exécuté ni facturé sans la fiche signée par le chef
de projet du Client.

Article 5 - Planning et retards
5.1 Le planning est le suivant : lancement le 11/01/2027 ; ateliers de paramétrage jusqu'au
26/02/2027 ; interfaces instruments le 31/03/2027 ; tests de réception du 19/04 au 07/05/2027 ;
mise en production le 17/05/2027, précédée de deux semaines de fonctionnement en parallèle.
5.2 Si la mise en production est retardée du fait du Fournisseur, celui-ci est redevable d'une
pénalité de 0,5 % du prix forfaitaire par semaine de retard, plafonnée à 10 % de ce prix.
5.3 Si le retard est imputable au Client, le planning est décalé d'autant et les journées
d'attente dûment justifiées sont facturées au taux journalier de l'article 3.3.

Article 6 - Obligations du Client
Le Client :
- met à disposition, au plus tard le 04/01/2027, un serveur virtuel Windows Server 2022 avec
  SQL Server et un accès VPN pour le Fournisseur ;
- désigne un chef de projet (M. Julien Deprez, responsable qualité) et un utilisateur clé par
  département, disponibles une journée par semaine pendant les ateliers ;
- remet au plus tard le 15/02/2027 les exports des données de son système actuel ;
- valide ou commente les documents de paramétrage dans les cinq jours ouvrables.

Article 7 - Équipe du Fournisseur
7.1 Le projet est dirigé par Mme Nathalie Collard, cheffe de projet, qui compte douze ans
d'expérience dans l'implémentation de LIMS en laboratoires accrédités ISO/IEC 17025, assistée de
M. Pierre-Yves Masson (consultant fonctionnel) et de M. Bram Peeters (développeur interfaces).
7.2 Le Fournisseur ne remplace la cheffe de projet qu'avec l'accord écrit préalable du Client et
par une personne d'expérience équivalente ; la période de recouvrement d'une semaine est à
charge du Fournisseur.

Article 8 - Suivi du projet
8.1 La cheffe de projet transmet chaque vendredi un rapport d'avancement écrit (tâches réalisées,
état du planning, risques, points ouverts).
8.2 Un comité de pilotage réunit chaque mois la directrice et le chef de projet du Client, la
cheffe de projet et l'administrateur délégué du Fournisseur. Tout point non résolu entre les
chefs de projet est porté devant le comité de pilotage.

Article 9 - Qualité
Le Fournisseur exécute ses prestations selon les règles de l'art. Il remet un dossier de
validation (qualification d'installation et opérationnelle) permettant au Client de démontrer la
maîtrise du logiciel lors des audits BELAC. Chaque interface est testée avec des échantillons
réels avant les tests de réception.

Article 10 - Reprise des données
Le Fournisseur reprend, à partir des exports fournis par le Client, la fiche des clients
(environ 1.400), les points de prélèvement et l'historique des résultats de 2019 à 2026 (environ
310.000 résultats). Deux reprises d'essai sont réalisées ; la reprise finale est contrôlée par
échantillonnage et validée par écrit par le Client.

Article 11 - Installation et réception
11.1 Le Fournisseur installe le logiciel sur le serveur du Client et assure la mise en
production à la date prévue.
11.2 Les tests de réception sont exécutés par le Client sur la base d'un plan de tests rédigé
par le Fournisseur et approuvé par le Client. La réception provisoire est prononcée par écrit
lorsque aucune anomalie bloquante ne subsiste. La réception définitive intervient 60 jours après
la mise en production en l'absence d'anomalie bloquante ou majeure.

Article 12 - Garantie
Pendant six mois à compter de la réception provisoire, le Fournisseur corrige gratuitement toute
non-conformité au cahier des charges et toute anomalie du paramétrage ou des interfaces.

Article 13 - Formation et documentation
Le Fournisseur forme les utilisateurs clés (quatre jours) et donne deux sessions d'une demi-
journée aux utilisateurs finaux ; il assure une présence sur site les trois premiers jours de
production. Il remet les manuels utilisateur en français, la documentation de paramétrage et la
documentation technique des interfaces.

Article 14 - Maintenance et support
14.1 La maintenance comprend la maintenance corrective, la fourniture des nouvelles versions et
des correctifs de sécurité (au moins deux versions par an), leur installation par le Fournisseur
après accord du Client, ainsi que le support aux utilisateurs.
14.2 Le support est joignable par le portail de tickets et au 04/247 88 10, les jours ouvrables
de 8h00 à 17h30.
14.3 Le Fournisseur s'engage sur les délais suivants, comptés en heures ouvrables :
  - priorité 1 (impossibilité de réceptionner des échantillons ou de valider des résultats) :
    prise en charge en 2 heures, solution de contournement en 8 heures ;
  - priorité 2 (fonction importante dégradée) : prise en charge en 4 heures, correction en
    5 jours ouvrables ;
  - priorité 3 : prise en charge en 2 jours ouvrables, correction dans la version suivante.
14.4 Le Fournisseur tient à jour une fiche de configuration de l'installation du Client
(version, paramétrages, interfaces), consultable par tous les agents du support. Mme Collard
reste l'interlocutrice privilégiée du Client pendant la première année de maintenance.
14.5 Un rapport trimestriel de support (tickets, délais respectés, versions installées) est
transmis au Client.

Article 15 - Durée et résiliation
15.1 La maintenance est conclue pour une durée initiale de trois ans à compter de la réception
définitive. Elle est ensuite reconduite tacitement par périodes d'un an, sauf résiliation par
lettre recommandée au moins trois mois avant l'échéance.
15.2 Chaque partie peut résilier le contrat si l'autre commet un manquement grave auquel il n'est
pas remédié dans les 30 jours d'une mise en demeure. Le Client peut en outre mettre fin à la
mise en œuvre avant la réception provisoire moyennant paiement des prestations déjà réalisées.

Article 16 - Fin du contrat et réversibilité
16.1 À la fin du contrat, pour quelque cause que ce soit, le Fournisseur remet au Client, dans
les 30 jours et sans frais, un export complet de la base (clients, échantillons, résultats,
piste d'audit) aux formats CSV et SQL, accompagné de sa description.
16.2 Le Fournisseur poursuit la maintenance aux conditions en vigueur pendant une période de
transition de six mois au maximum et assiste le nouveau prestataire au taux journalier.
16.3 À la demande du Client, le Fournisseur étudiera la possibilité d'un dépôt des sources du
logiciel auprès d'un tiers.

Article 17 - Propriété intellectuelle
Le logiciel LaboSys LIMS reste la propriété du Fournisseur. Le Client reçoit une licence non
exclusive et perpétuelle pour ses sites. Les paramétrages et modèles de rapports réalisés pour
le Client peuvent être librement utilisés et modifiés par celui-ci.

Article 18 - Confidentialité et protection des données
18.1 Chaque partie garde confidentielles les informations de l'autre pendant le contrat et cinq
ans après sa fin.
18.2 Lorsqu'il accède aux données personnelles du Client dans le cadre du support, le
Fournisseur agit comme sous-traitant au sens de l'article 28 du RGPD, conformément à la
convention de traitement jointe en annexe 5.

Article 19 - Responsabilité
La responsabilité du Fournisseur est limitée, toutes causes confondues, au montant total payé
par le Client en vertu du présent contrat, sauf dol ou faute grave. Les dommages indirects sont
exclus.

Article 20 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis au comité de
pilotage, puis aux dirigeants des deux parties, qui se réunissent dans les 15 jours. À défaut
d'accord dans les 30 jours, les tribunaux de Liège, division Liège, sont seuls compétents.

Fait à Gembloux, le 02/12/2026, en deux exemplaires.

Pour LABOSYS SA                                  Pour AQUALAB WALLONIE SC
Olivier Lambotte, administrateur délégué         Sophie Hanquet, directrice
[signature]                                      [signature]

Annexes : 1. cahier des charges - 2. instruments - 3. offre OF-2026-0457 - 4. formule
d'indexation - 5. convention de traitement
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "partial",
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
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 2,
    },
)

FR_T6A_VIDEOCONFERENCE_ROOMS_OFFER = UnseenDocument(
    name="fr_t6a_videoconference_rooms_offer",
    text="""De : Maxime Derycke <m.derycke@salleconnect.be>
À : Catherine Lejeune <c.lejeune@archeos.be>
Objet : Vos salles de réunion - offre VC-26-1187

Bonjour Madame Lejeune,

Suite à notre visite du 18 novembre, vous trouverez ci-dessous notre offre pour l'équipement de
vos quatre salles de réunion en Microsoft Teams Rooms, ainsi que notre formule de support.
Pour marquer votre accord, il vous suffit de nous renvoyer l'offre signée ou de nous confirmer
votre commande par retour d'e-mail.

Bien à vous,
Maxime Derycke
Chef de projet - SalleConnect srl

---------------------------------------------------------------------------------------------
SALLECONNECT srl - Avenue Lavoisier 9, 1300 Wavre - BE 0811.452.967 - 010/24 66 80

OFFRE N° VC-26-1187 du 25/11/2026 - valable 30 jours
Client : ARCHÉOS srl, bureau d'études, rue de l'Hocaille 12, 1348 Louvain-la-Neuve

1. Matériel
Salle « Dyle » (14 personnes)   barre vidéo Logitech Rally Bar, Tap, mini-PC,
                                écran 86", support mural                         9.480,00
Salle « Lasne » (8 personnes)   Logitech Rally Bar Mini, Tap, mini-PC, écran 65"  6.720,00
Salle « Orne » (8 personnes)    idem salle Lasne                                  6.720,00
Salle « Thyle » (4 personnes)   Logitech MeetUp, Tap, mini-PC, écran 55"          5.720,00
Total matériel                                                                  28.640,00

2. Installation et mise en service (forfait)                                     3.480,00
Fixation des écrans et caméras, raccordement, configuration des comptes de ressources Teams
Rooms, inscription au portail de gestion, appel test dans chaque salle.

TOTAL OFFRE HTVA                                                                32.120,00 EUR

3. Abonnements (facturés annuellement à l'avance)
- Licences Microsoft Teams Rooms Pro : 4 x 37,50 EUR par mois                 150,00 / mois
- Formule de support « Sérénité » (4 salles)                                  120,00 / mois

4. Non compris
Le câblage réseau et électrique, les passages de câbles dans les faux-plafonds et les travaux
de menuiserie ne sont pas compris. Les travaux non prévus constatés sur place sont exécutés et
facturés en régie au tarif de 85,00 EUR HTVA de l'heure, plus 45,00 EUR de déplacement.

5. Délais
Livraison et installation dans les 3 à 4 semaines suivant votre accord, sous réserve de la
disponibilité du matériel chez le fabricant. L'installation prend deux jours et peut avoir lieu
en dehors des heures de bureau. Les délais sont donnés à titre indicatif ; un retard ne peut
donner lieu à aucune indemnité ni à l'annulation de la commande.

6. À charge du client
Le client veille à ce qu'une prise réseau et une prise électrique soient disponibles à
l'emplacement de chaque écran avant le jour de l'installation, et fournit un compte
administrateur Microsoft 365 ainsi que quatre licences Teams Rooms attribuées aux salles.

7. Réception, prise en main et documentation
À la fin de l'installation, un appel test est réalisé dans chaque salle en présence de votre
responsable informatique ; la signature du bon d'intervention vaut réception. Nous organisons
une séance de prise en main de 45 minutes pour vos collaborateurs et plaçons un guide
d'utilisation plastifié dans chaque salle. La documentation de configuration (comptes,
adresses IP, numéros de série) vous est remise après l'installation et est conservée dans notre
système de support.
Nos techniciens sont certifiés Logitech et Microsoft Teams Rooms. Votre interlocuteur pour le
projet est Maxime Derycke.

8. Garantie
Garantie de 2 ans sur l'ensemble du matériel (garantie constructeur, échange standard).

9. Formule de support « Sérénité »
- Support par téléphone et prise en main à distance, du lundi au vendredi de 8h30 à 17h30,
  au 010/24 66 80 ou à support@salleconnect.be.
- Intervention à distance dans les 4 heures ouvrables suivant l'appel ; si nécessaire,
  intervention sur site le jour ouvrable suivant.
- Surveillance des salles via le portail Teams Rooms Pro ; installation mensuelle des mises à
  jour Teams Rooms et des firmwares.
La formule est conclue pour un an à compter de l'installation et se renouvelle tacitement
d'année en année, sauf dénonciation par écrit au moins un mois avant l'échéance.

10. Prix et paiement
Matériel et installation : acompte de 40 % à la commande, solde à l'installation. Factures
payables à 15 jours. Nos prix peuvent être adaptés en cas de hausse des prix du fabricant ou du
cours du dollar avant la livraison. Les tarifs des licences suivent les tarifs publiés par
Microsoft.

11. Conditions
Nos conditions générales de vente, jointes à la présente offre, s'appliquent à l'exclusion de
toutes conditions du client ; en cas de contradiction, nos conditions générales priment. Notre
responsabilité est limitée au remplacement du matériel défectueux ; nous ne sommes en aucun cas
responsables des dommages indirects, de la perte d'exploitation ou de la perte de données.
Droit belge ; tout litige relève de la compétence exclusive des tribunaux de Nivelles.

Pour SalleConnect srl                            Bon pour accord - pour ARCHÉOS srl
Maxime Derycke                                   Nom : ..............................
                                                 Date : ......... Signature : ..........
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T6A_CHATBOT_DEVELOPMENT_PROPOSAL = UnseenDocument(
    name="fr_t6a_chatbot_development_proposal",
    text="""De : Élodie Marchal <elodie@kiwidigital.be>
À : Laurent Gillet <laurent@ardenne-evasion.be>
Objet : Chatbot pour votre site - notre proposition

Bonjour Laurent,

Merci encore pour l'échange de mardi. Comme promis, voici notre proposition pour le chatbot de
votre site de réservation.

Ce qu'on propose
- Un atelier de cadrage d'une demi-journée chez vous, à Durbuy, pour lister les questions que
  vos clients posent le plus (arrivée, animaux, caution, équipements, annulation...).
- Un chatbot basé sur un modèle de langage (Azure OpenAI, hébergé dans l'UE), alimenté par votre
  FAQ, les descriptifs de vos 42 gîtes et vos conditions de réservation, en français, néerlandais
  et anglais.
- L'intégration sur votre site WordPress (widget) et la mise en ligne, avec un bouton « parler à
  quelqu'un » qui transfère la conversation par e-mail à votre équipe.
- Une courte documentation pour que vous puissiez mettre à jour vous-mêmes la base de
  connaissances, et une heure de formation pour votre équipe.
Ce qui n'est pas compris : l'intégration avec votre moteur de réservation (Lodgify). C'est
possible dans une deuxième phase, on en reparlera une fois le bot en ligne.

Budget
On travaille en régie, à 95,00 EUR HTVA de l'heure. On estime le projet entre 60 et 80 heures,
soit 5.700 à 7.600 EUR HTVA. Si on voit qu'on va dépasser 80 heures, on vous demande votre
accord avant de continuer. On facture à la fin de chaque mois les heures prestées, paiement à
30 jours.
Une fois en ligne, il y a deux frais récurrents : l'hébergement du backend chez nous, 35,00 EUR
HTVA par mois, et la consommation de l'API du modèle, refacturée au coût réel (en pratique
entre 20 et 60 EUR par mois selon le trafic).

Planning
On peut démarrer la semaine du 11 janvier. Première version testable trois semaines après
l'atelier, mise en ligne visée pour la mi-février.
De votre côté, on a besoin de : la FAQ à jour et les descriptifs dans les trois langues avant
l'atelier, un accès administrateur à WordPress, et quelqu'un qui teste les réponses pendant la
phase de test (comptez 2 à 3 heures par semaine).

Suivi
C'est moi qui pilote le projet ; le développement est assuré par Thibault. On vous envoie un
petit récapitulatif chaque vendredi (ce qui est fait, ce qui reste, heures consommées) et on
fait un point de 30 minutes en visio toutes les deux semaines.

Après la mise en ligne
Les corrections de bugs pendant le mois qui suit la mise en ligne sont offertes. Ensuite, si
vous le souhaitez, on peut prévoir un petit forfait de suivi (ajustement des réponses,
évolutions), à voir ensemble.
Un chatbot à base d'IA peut se tromper : on fait de notre mieux pour limiter les réponses
erronées (garde-fous, tests sur vos vraies questions), mais on ne peut pas garantir
l'exactitude de chaque réponse et nous ne pouvons pas être tenus responsables d'une réponse
erronée donnée à un visiteur.

Données et propriété
Les conversations sont stockées 90 jours sur des serveurs dans l'UE, puis effacées. On vous
enverra notre convention de sous-traitance RGPD à signer avant la mise en ligne. Le code du
widget et le contenu de la base de connaissances vous appartiennent une fois les factures
réglées ; on garde notre framework interne. Si un jour vous arrêtez, on vous remet l'export des
conversations et de la base de connaissances en CSV/JSON.

Nos conditions générales (en pièce jointe) s'appliquent. Si tout ça vous convient, un simple
« ok » par retour de mail suffit et on bloque les dates.

Belle journée,
Élodie
--
Élodie Marchal - Kiwi Digital srl - rue de Fer 26, 5000 Namur - 081/39 12 04
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
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
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "partial",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "missing",
        "exit.duration_renewal": "missing",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 30,
        "warranty_days": 30,
    },
)

FR_T6A_ENERGY_MONITORING_SUBSCRIPTION = UnseenDocument(
    name="fr_t6a_energy_monitoring_subscription",
    text="""CONDITIONS PARTICULIÈRES D'ABONNEMENT - PLATEFORME DE SUIVI ÉNERGÉTIQUE WATTBOARD
Réf. WB-CP-2026-087

Entre WATTBOARD srl, boulevard Initialis 7, 7000 Mons, BCE BE 0776.105.348, représentée par
M. Grégory Dufrasne, gérant (« WattBoard »),
et LOGISTIQUE DUBOIS SA, zoning de Ghislenghien, rue de la Technologie 3, 7822 Ath,
BCE BE 0431.679.220, représentée par M. Frédéric Dubois, administrateur (« le Client »).

1. Objet et documents
WattBoard fournit au Client des compteurs communicants, des passerelles de collecte et l'accès à
sa plateforme en ligne de tableaux de bord énergétiques (électricité, gaz, eau) pour ses trois
entrepôts d'Ath, de Tournai et de Mouscron. Les conditions générales d'utilisation de WattBoard
(version 3.2) s'appliquent ; en cas de contradiction, les présentes conditions particulières
prévalent. L'offre WB-2026-219 du 14/10/2026 est annexée et fait partie du contrat.

2. Contenu de l'abonnement
L'abonnement comprend : l'hébergement et l'exploitation de la plateforme, la collecte des
mesures au quart d'heure, les alertes de surconsommation par e-mail et SMS, cinq comptes
utilisateurs, le rapport mensuel automatique par site, les mises à jour de la plateforme et le
support. Ne sont pas compris : les travaux électriques au-delà du raccordement des compteurs,
le remplacement de matériel endommagé par un tiers et les audits énergétiques.

3. Prix et paiement
3.1 Frais uniques de mise en service : 4.850,00 EUR HTVA (douze compteurs communicants, trois
passerelles 4G, installation par notre électricien partenaire, paramétrage des tableaux de
bord), facturés à la signature du procès-verbal de mise en service.
3.2 Abonnement : 129,00 EUR HTVA par site et par mois, soit 387,00 EUR HTVA par mois, facturé
annuellement à l'avance.
3.3 Les prestations hors abonnement (analyses, rapports sur mesure, intégrations) sont
facturées 110,00 EUR HTVA de l'heure, sur devis préalablement accepté par écrit par le Client.
3.4 Les prix sont indexés chaque 1er janvier selon l'indice des prix à la consommation.
3.5 Les factures sont payables à 30 jours de leur date.

4. Mise en service
4.1 WattBoard installe le matériel et active la plateforme dans les six semaines suivant la
signature. Le Client donne accès aux locaux techniques aux dates convenues et transmet, avant
l'installation, ses factures d'énergie des 24 derniers mois.
4.2 WattBoard importe ces 24 mois d'historique de consommation afin de constituer la
consommation de référence de chaque site.
4.3 Après sept jours de mesures, les parties vérifient ensemble la cohérence des valeurs de
chaque compteur avec les compteurs du gestionnaire de réseau ; la mise en service est constatée
par un procès-verbal signé par les deux parties.
4.4 WattBoard remet au Client le plan d'implantation des compteurs et passerelles et organise une
formation en ligne de deux heures pour les utilisateurs ; un centre d'aide en ligne est
accessible à tout moment.

5. Matériel
Les compteurs et passerelles restent la propriété de WattBoard pendant la durée de l'abonnement
et bénéficient d'une garantie de 24 mois ; le matériel défectueux est remplacé gratuitement.

6. Niveaux de service
6.1 WattBoard garantit une disponibilité de la plateforme de 99,5 % par mois calendrier, hors
maintenances planifiées annoncées 48 heures à l'avance et effectuées la nuit (maximum 4 heures
par mois).
6.2 Si la disponibilité mensuelle est inférieure à 99,5 %, le Client a droit, sur demande
introduite dans les 30 jours, à un crédit de 5 % de la redevance mensuelle par tranche de 0,5 %
manquante, plafonné à 25 % de cette redevance.
6.3 Le support est joignable via support@wattboard.be, le portail client et le 065/39 48 20, les
jours ouvrables de 8h30 à 17h00.
6.4 Les incidents critiques (plateforme inaccessible ou collecte interrompue pour un site
entier) sont pris en charge dans les 4 heures ouvrables ; les autres demandes le jour ouvrable
suivant. WattBoard met tout en œuvre pour rétablir le service dans les meilleurs délais.
6.5 Le firmware des passerelles est mis à jour à distance. Les nouvelles versions de la
plateforme sont déployées sans interruption de service.
6.6 Mme Aurélie Fontaine est la gestionnaire de compte du Client ; elle tient à jour la fiche de
configuration des trois sites. Un rapport trimestriel de service (disponibilité, incidents,
état des compteurs) est envoyé au Client et une revue annuelle est organisée avec lui.

7. Durée et résiliation
7.1 Le contrat est conclu pour 36 mois à compter de la mise en service. Il est ensuite reconduit
tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée au moins trois mois
avant l'échéance.
7.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie non
réparé dans les 30 jours d'une mise en demeure.
7.3 WattBoard peut faire évoluer la plateforme, ses fonctionnalités et les présentes conditions
moyennant notification 30 jours à l'avance ; si le Client n'accepte pas la modification, sa
seule possibilité est de résilier le contrat à la date d'entrée en vigueur de celle-ci.

8. Données
Les données de mesure restent la propriété du Client, qui peut les exporter à tout moment au
format CSV depuis les tableaux de bord ou via l'API. À la fin du contrat, elles restent
disponibles à l'export pendant 60 jours, puis sont supprimées. Les données des utilisateurs
(noms, adresses e-mail, numéros de téléphone) sont traitées par WattBoard en qualité de
sous-traitant, conformément au RGPD et à l'accord de traitement des données annexé.

9. Propriété intellectuelle et confidentialité
La plateforme et ses logiciels restent la propriété de WattBoard ; le Client dispose d'un droit
d'usage non exclusif et non cessible pendant la durée de l'abonnement. Chaque partie garde
confidentielles les informations reçues de l'autre pendant le contrat et trois ans après.

10. Responsabilité
La responsabilité de WattBoard est limitée au montant des redevances payées par le Client au
cours des six mois précédant le fait dommageable. WattBoard ne répond pas des dommages
indirects, ni de la perte ou de l'altération de données, ni des économies d'énergie non
réalisées.

11. Droit applicable
Droit belge. Les tribunaux de l'arrondissement du Hainaut, division Mons, sont compétents.

Fait à Ath, le 27/11/2026, en deux exemplaires.

Pour WattBoard srl                               Pour Logistique Dubois SA
Grégory Dufrasne, gérant                         Frédéric Dubois, administrateur
Lu et approuvé, [signature]                      Lu et approuvé, [signature]
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
        "team.replacement": "missing",
        "team.seniority": "missing",
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
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
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
        "payment_term_days": 30,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)

DOCUMENTS = [
    FR_T6A_LABORATORY_INFORMATION_SYSTEM,
    FR_T6A_VIDEOCONFERENCE_ROOMS_OFFER,
    FR_T6A_CHATBOT_DEVELOPMENT_PROPOSAL,
    FR_T6A_ENERGY_MONITORING_SUBSCRIPTION,
]
