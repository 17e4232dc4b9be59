"""Training batch 8 (fr, writer b): four documents as Belgian (Walloon and Brussels) IT
suppliers and their clients write them.

- fr_t8b_real_estate_crm_licence: a formal licence and maintenance contract (numbered
  articles) by which a Brussels software house licenses, sets up, hosts and maintains its CRM
  for a real-estate agency (one-off fees, data take-over, acceptance, 3-year maintenance with
  tacit renewal and six months' notice, signed by both parties).
- fr_t8b_medical_centre_it_quote: a Namur integrator's quote (e-mail cover + quote) for the IT
  equipment of a new medical centre, with Microsoft 365 and a monthly support contract; the
  supplier's general terms apply, acceptance by e-mail or an empty "bon pour accord" line.
- fr_t8b_cpas_scanning_archiving: a service agreement under a public procurement for the
  scanning, indexing and electronic archiving of a CPAS's social files, with unit prices, a
  ceiling, penalties, quality control, hosting for 48 months and reversibility; signed by both.
- fr_t8b_liege_hosting_general_terms: the general terms of a small Liège hosting provider
  (shared hosting, VPS, domains), accepted by ticking a box: best efforts, unilateral price
  changes, low liability cap, suspension of data access on non-payment.

Written on 2026-12-05 by a helper session acting as training documents for the checklist
model, without reading the analyser's rules or its tests; labels from reading each text
against spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a
label or a text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "bon pour accord" line for the client
is a partial signature; general terms accepted by ticking a box have no signature block:
missing); partial = mentioned but vague, a bare cross-reference without content, a placeholder,
best-efforts only, a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T8B_REAL_ESTATE_CRM_LICENCE = UnseenDocument(
    name="fr_t8b_real_estate_crm_licence",
    text="""CONTRAT DE LICENCE ET DE MAINTENANCE
Logiciel de gestion immobilière IMMOPILOT
Contrat n° IP-2026-0311

ENTRE
KODIMMO SRL, dont le siège est établi avenue Louise 287, 1050 Ixelles, BCE BE 0712.486.053,
représentée par M. Arnaud Delvaux, gérant, ci-après « le Fournisseur »,

ET
AGENCE IMMOBILIÈRE DU SABLON SRL, dont le siège est établi rue Lebeau 41, 1000 Bruxelles,
BCE BE 0875.214.906, agent immobilier agréé IPI n° 508.744, représentée par Mme Valérie
Hermans, gérante, ci-après « le Client ».

Article 1 - Objet et documents contractuels
1.1 Le Fournisseur concède au Client une licence d'utilisation du logiciel ImmoPilot (gestion
des contacts, des biens, des mandats, des visites et des diffusions sur les portails
immobiliers), en assure la mise en service, l'hébergement et la maintenance.
1.2 Le contrat se compose, par ordre de priorité décroissant, du présent contrat, de ses
annexes et de l'offre du Fournisseur n° OF-26-0198 du 21/10/2026 (annexe 1). Les conditions
générales des parties ne s'appliquent pas.

Article 2 - Contenu et prix
2.1 Sont compris dans le prix : la licence pour huit utilisateurs nommés ; le paramétrage de
l'agence (modèles de mandats, de fiches de biens et de bons de visite) ; la connexion aux
portails Immoweb, Zimmo et Logic-Immo ; la reprise des données ; une journée de formation.
2.2 Ne sont pas compris : l'interface avec le logiciel comptable du Client, les développements
spécifiques, le matériel informatique et la connexion internet du Client.
2.3 Frais uniques, en EUR HTVA :
    licence ImmoPilot, 8 utilisateurs (8 x 1.200,00)                    9.600,00
    paramétrage et connexion aux portails                              2.450,00
    reprise des données                                                  900,00
    formation (1 jour sur site)                                          750,00
    Total des frais uniques                                           13.700,00
2.4 La redevance annuelle de maintenance et d'hébergement s'élève à 2.880,00 EUR HTVA. Chaque
utilisateur supplémentaire est facturé 1.200,00 EUR HTVA une fois et 360,00 EUR HTVA par an.
2.5 La redevance et le tarif horaire de l'article 3 sont indexés le 1er janvier de chaque année
selon l'indice Agoria « coût salarial moyen national », sans pouvoir dépasser 5 % par an.

Article 3 - Prestations supplémentaires
Toute prestation non comprise à l'article 2 fait l'objet d'un devis écrit du Fournisseur,
précisant le nombre d'heures et le délai. Elle n'est exécutée qu'après acceptation écrite du
devis par le Client et est facturée au tarif de 95,00 EUR HTVA de l'heure.

Article 4 - Facturation et paiement
Les frais uniques sont facturés à raison de 50 % à la signature et de 50 % à la mise en
service. La redevance annuelle est facturée à l'avance, la première fois à la mise en service.
Les factures sont payables à 30 jours de leur date.

Article 5 - Mise en service
5.1 Le Client remet au Fournisseur, dans les dix jours ouvrables suivant la signature, l'export
complet de son logiciel actuel (contacts, biens, mandats, documents), désigne une
personne de référence (Mme Sarah Mertens, assistante commerciale) et communique ses identifiants
d'accès professionnels aux portails immobiliers.
5.2 Le Fournisseur réalise une reprise d'essai dans les deux semaines suivant la réception de
l'export ; le Client la contrôle dans les cinq jours ouvrables. La reprise définitive est
réalisée le week-end précédant la mise en service.
5.3 La mise en service a lieu au plus tard six semaines après la réception de l'export. Le
chef de projet du Fournisseur, Mme Laura Vanderstraeten, est l'interlocutrice du Client pendant
toute la mise en service.
5.4 Le Client dispose de dix jours ouvrables à compter de la mise en service pour signaler par
écrit les anomalies constatées. Les anomalies bloquantes sont corrigées avant la réception,
qui est constatée par un procès-verbal signé par les deux parties.
5.5 La formation d'une journée est donnée dans les locaux du Client à l'ensemble des agents. Le
manuel d'utilisation en ligne et des tutoriels vidéo sont accessibles depuis le logiciel.

Article 6 - Garantie
Pendant trois mois à compter de la réception, le Fournisseur corrige gratuitement toute
anomalie du paramétrage, de la reprise des données et des connexions aux portails.

Article 7 - Maintenance, hébergement et support
7.1 La maintenance comprend la correction des anomalies, l'adaptation des connexions aux
évolutions des portails immobiliers, les nouvelles versions du logiciel et les correctifs de
sécurité, installés par le Fournisseur sur la plateforme hébergée, ainsi que le support aux
utilisateurs.
7.2 ImmoPilot est hébergé dans un centre de données situé en Belgique. Le Fournisseur garantit
une disponibilité de 99,5 % par mois, hors maintenances planifiées annoncées trois jours à
l'avance et réalisées entre 22h00 et 6h00.
7.3 Le support est joignable par téléphone au 02/644 18 70, par e-mail à
support@kodimmo.be et via le portail de tickets, du lundi au vendredi de 9h00 à 18h00 et le
samedi de 9h00 à 12h00.
7.4 Délais de prise en charge, comptés en heures ouvrables :
  - anomalie bloquante (logiciel inaccessible, diffusion sur les portails interrompue) :
    2 heures ;
  - anomalie majeure (fonction importante dégradée) : 8 heures ;
  - autres demandes : 3 jours ouvrables.
Le Fournisseur met tout en œuvre pour fournir une solution de contournement dans les meilleurs
délais.
7.5 Le Fournisseur tient à jour une fiche de l'environnement du Client (paramétrage, modèles,
connexions aux portails). Un gestionnaire de compte, M. Kevin Lauwers, est l'interlocuteur
commercial du Client ; il organise chaque année une réunion d'évaluation avec la gérante.
Toute difficulté non résolue par le support est portée devant lui, puis devant le gérant du
Fournisseur.

Article 8 - Durée et résiliation
8.1 La maintenance est conclue pour une durée initiale de trois ans à compter de la réception.
Elle est ensuite reconduite tacitement par périodes d'un an, sauf résiliation par lettre
recommandée au moins six mois avant l'échéance.
8.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie auquel
il n'est pas remédié dans les 30 jours d'une mise en demeure par lettre recommandée.
8.3 À la fin du contrat, pour quelque cause que ce soit, le Fournisseur remet au Client, dans
les 30 jours et sans frais, un export complet de ses données (contacts, biens, mandats,
historique des visites) au format CSV, ainsi que les documents et photos dans leur format
d'origine. Les données sont ensuite effacées de la plateforme.

Article 9 - Propriété intellectuelle
Le logiciel ImmoPilot reste la propriété exclusive du Fournisseur. Le Client reçoit une licence
non exclusive et non cessible, pour la durée du contrat, pour le nombre d'utilisateurs acquis.
Les données encodées par le Client restent sa propriété.

Article 10 - Confidentialité et données personnelles
10.1 Chaque partie garde confidentielles les informations de l'autre pendant le contrat et
trois ans après sa fin.
10.2 Pour les données personnelles des clients, candidats acquéreurs et locataires du Client,
le Fournisseur agit en qualité de sous-traitant au sens de l'article 28 du RGPD, conformément
à la convention de traitement jointe en annexe 3.

Article 11 - Responsabilité
La responsabilité du Fournisseur est limitée, toutes causes confondues, au montant total payé
par le Client en vertu du présent contrat, sauf dol ou faute grave. Les dommages indirects sont
exclus.

Article 12 - Droit applicable et litiges
Le contrat est régi par le droit belge. En cas de différend, les parties se réunissent dans les
15 jours à la demande de la plus diligente pour rechercher une solution amiable. À défaut
d'accord dans les 30 jours, elles peuvent recourir à une médiation ; les tribunaux
francophones de Bruxelles sont seuls compétents.

Fait à Bruxelles, le 30/11/2026, en deux exemplaires.

Pour KODIMMO SRL                                 Pour AGENCE IMMOBILIÈRE DU SABLON SRL
Arnaud Delvaux, gérant                           Valérie Hermans, gérante
[signature]                                      [signature]

Annexes : 1. offre OF-26-0198 - 2. description fonctionnelle - 3. convention de traitement
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "missing",
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
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

FR_T8B_MEDICAL_CENTRE_IT_QUOTE = UnseenDocument(
    name="fr_t8b_medical_centre_it_quote",
    text="""De : Thomas Lemaire <t.lemaire@mosan-it.be>
À : Dr Claire Dewez <c.dewez@centremedical-tanneries.be>
Objet : Devis DV-2026-0847 - équipement informatique du centre médical

Bonjour Docteure Dewez,

Suite à notre visite du chantier de la rue des Tanneries, je vous transmets notre devis pour
l'équipement informatique complet du centre médical (huit cabinets de consultation, accueil,
salle de soins et bureau administratif), ainsi que notre proposition de contrat de support.
Pour commander, il suffit de nous renvoyer le devis signé pour accord, ou de nous confirmer
votre commande par e-mail.

Bien cordialement,
Thomas Lemaire
Conseiller technique - Mosan IT srl

---------------------------------------------------------------------------------------------
MOSAN IT srl - Chaussée de Liège 624, 5100 Jambes - BE 0648.923.175 - 081/30 72 45

DEVIS N° DV-2026-0847 du 01/12/2026 - valable 30 jours
Client : CENTRE MÉDICAL DES TANNERIES srl, rue des Tanneries 18, 5000 Namur

A. Matériel                                                   Qté      P.U.      Total HTVA
PC tout-en-un 24" i5, 16 Go, SSD 512 Go (cabinets, soins)      9     1.045,00      9.405,00
PC compact i5 + 2 écrans 24" (accueil)                          2     1.290,00      2.580,00
Portable 14" i7 (administration, garde)                         2     1.380,00      2.760,00
Lecteur de carte eID                                           12        24,00        288,00
Imprimante laser N/B réseau (cabinets)                          4       289,00      1.156,00
Multifonction couleur A4 (accueil)                              1     1.490,00      1.490,00
Serveur NAS 4 baies + 4 disques 4 To (sauvegarde locale)        1     1.740,00      1.740,00
Pare-feu Fortigate 60F (licence 3 ans incluse)                  1     1.620,00      1.620,00
Switch 24 ports PoE                                             1       690,00        690,00
Bornes Wi-Fi (réseau personnel + réseau patients séparé)        3       235,00        705,00
Onduleur 1.500 VA (baie)                                        1       420,00        420,00
Total matériel                                                                    22.854,00

B. Installation et mise en service (forfait)                                       4.160,00
Préparation des postes en atelier, installation sur site, configuration du réseau (deux
réseaux séparés), du pare-feu, du NAS et des sauvegardes, raccordement des imprimantes,
installation des lecteurs eID et de l'environnement eHealth, test de connexion à votre
logiciel médical sur chaque poste.

TOTAL DEVIS HTVA                                                                  27.014,00
TVA 21 %                                                                           5.672,94
TOTAL TVAC                                                                        32.686,94 EUR

C. Frais mensuels (à partir de la mise en service)
- Microsoft 365 Business Premium : 13 x 20,60 EUR                           267,80 / mois
- Contrat de support « Cabinet+ » (voir point G)                            185,00 / mois

D. Non compris
Le câblage réseau et les prises (réalisés par votre électricien), les licences et le
paramétrage du logiciel médical (fournis par son éditeur), ainsi que la reprise des données
des anciens cabinets des médecins, qui n'est pas comprise dans le présent devis. Toute
prestation non prévue au devis fait l'objet d'un devis complémentaire, exécuté après votre
accord écrit et facturé au tarif de 78,00 EUR HTVA de l'heure.

E. Planning
Livraison du matériel dans les 4 semaines suivant la commande, sous réserve de disponibilité
chez nos fournisseurs. Installation sur site du 15 au 17 février 2027, pour une ouverture du
centre le 1er mars 2027. Les délais de livraison sont donnés à titre indicatif et un retard ne
peut donner lieu à aucune indemnité.
À votre charge : le câblage et les prises réseau terminés et testés au plus tard le
12 février 2027, la ligne internet professionnelle activée à la même date, et la liste des
utilisateurs (médecins, secrétaires, infirmières) avec leurs numéros INAMI pour le 5 février.

F. Mise en service
Votre interlocuteur pour l'ensemble du projet est Thomas Lemaire. À la fin de l'installation,
nous vérifions avec vous le fonctionnement de chaque poste ; la signature du procès-verbal de
livraison vaut réception. Une séance de prise en main d'une demi-journée est organisée pour
votre secrétariat et les médecins présents. Nous vous remettons le dossier technique du
réseau (schéma, adresses IP, configuration du pare-feu) ; les mots de passe administrateur
vous sont remis sous enveloppe scellée.

G. Contrat de support « Cabinet+ »
- Assistance par téléphone et prise en main à distance, du lundi au vendredi de 8h00 à 18h00,
  au 081/30 72 45 ou à support@mosan-it.be.
- Prise en charge des pannes bloquantes dans les 4 heures ouvrables ; intervention sur site
  le jour ouvrable suivant si nécessaire.
- Supervision du NAS et des sauvegardes, installation mensuelle des mises à jour Windows et
  des correctifs de sécurité, antivirus géré inclus.
- Votre dossier technique est conservé dans notre système de support et consultable par tous
  nos techniciens.
Le contrat est conclu pour un an à compter de la mise en service et se renouvelle tacitement
d'année en année, sauf résiliation par écrit au moins trois mois avant l'échéance.

H. Garantie
Garantie constructeur de 3 ans sur site pour tout le matériel.

I. Prix et paiement
Acompte de 30 % à la commande, solde à la livraison. Les frais mensuels sont facturés
trimestriellement à l'avance. Factures payables à 15 jours. Les prix du matériel peuvent être
adaptés jusqu'à la livraison en cas de hausse des prix de nos fournisseurs.

J. Confidentialité et données de santé
Nos techniciens sont tenus à une stricte confidentialité concernant toutes les informations,
en particulier médicales, auxquelles ils pourraient avoir accès. Lors des interventions de
support, nous agissons en qualité de sous-traitant au sens du RGPD, conformément à la
convention de sous-traitance jointe au présent devis.

K. Conditions
Nos conditions générales de vente, jointes au présent devis, s'appliquent à l'exclusion de
celles du client. Notre responsabilité est limitée au montant de la facture concernée ; nous
ne sommes pas responsables des dommages indirects ni de la perte de données. Droit belge ;
tribunaux de Namur.

Pour Mosan IT srl                                Bon pour accord - Centre médical des Tanneries
Thomas Lemaire                                   Nom : ..............................
                                                 Date : ........ Signature : ............
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
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "partial",
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
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
        "warranty_days": 1080,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T8B_CPAS_SCANNING_ARCHIVING = UnseenDocument(
    name="fr_t8b_cpas_scanning_archiving",
    text="""CONVENTION DE SERVICES
Numérisation, indexation et archivage électronique des dossiers du Service social
Marché public de services - procédure négociée sans publication préalable
Référence CPAS/2026/SA-014

ENTRE
Le CENTRE PUBLIC D'ACTION SOCIALE DE FLEURUS, dont les bureaux sont établis chemin de Mons 61,
6220 Fleurus, BCE 0212.184.960, représenté par M. Jean-Marc Collignon, Président, et
Mme Isabelle Rasquin, Directrice générale, agissant en exécution de la délibération du Conseil
de l'action sociale du 19/11/2026, ci-après « le CPAS »,

ET
ARCHISCAN SA, dont le siège est établi rue Santos-Dumont 9, 6041 Gosselies,
BCE BE 0467.302.811, représentée par M. Didier Wauthier, administrateur délégué,
ci-après « le Prestataire ».

Article 1 - Objet
Le Prestataire numérise, indexe et archive électroniquement les dossiers papier du Service
social du CPAS (environ 4.800 dossiers, années 2010 à 2025, estimés à 1.150.000 pages), reprend
les documents déjà numérisés et héberge l'ensemble sur sa plateforme d'archivage électronique
ArchiScan Vault.

Article 2 - Documents applicables
La présente convention est régie, par ordre de priorité décroissant, par : (1) la présente
convention ; (2) le cahier spécial des charges n° CPAS/2026/SA-014 ; (3) l'offre du Prestataire
du 28/10/2026, jointe en annexe 1 ; (4) l'arrêté royal du 14 janvier 2013 établissant les
règles générales d'exécution des marchés publics. Les conditions générales du Prestataire
sont exclues.

Article 3 - Description des prestations
3.1 Sont compris : l'enlèvement sécurisé des boîtes d'archives dans les locaux du CPAS en
véhicule fermé ; la préparation des documents (retrait des agrafes et trombones) ; la
numérisation en 300 dpi, au format PDF/A avec reconnaissance de caractères ; l'indexation de
chaque dossier (numéro de dossier, nom, prénom, date de naissance, type d'aide, années) ; le
reconditionnement et le retour des originaux ; la reprise des 38.000 documents déjà numérisés
présents sur le serveur de fichiers du CPAS ; l'hébergement sur ArchiScan Vault pour 25
utilisateurs ; la formation.
3.2 Ne sont pas compris : la restauration de documents endommagés, la numérisation des plans
de format supérieur à A3 et la destruction des originaux. Celle-ci ne peut intervenir qu'après
l'autorisation des Archives de l'État et fera, le cas échéant, l'objet d'une commande séparée.

Article 4 - Prix
4.1 Le marché est un marché à bordereau de prix. Les prix unitaires sont, en EUR HTVA :
numérisation et indexation : 0,068 par page ; enlèvement et retour : 145,00 par tournée ;
reprise des documents déjà numérisés : 0,015 par document.
4.2 Frais uniques de mise en place de la plateforme et de paramétrage du plan de classement du
CPAS : 3.200,00 EUR HTVA.
4.3 Hébergement et maintenance d'ArchiScan Vault : 420,00 EUR HTVA par mois, pour un volume
maximal de 2 To.
4.4 Le montant total de la commande ne peut dépasser 98.000,00 EUR HTVA pour la numérisation,
la reprise et la mise en place, hors hébergement.
4.5 Les prix unitaires et la redevance d'hébergement sont révisés le 1er février de chaque
année selon la formule p = P x (0,20 + 0,80 x s/S) du cahier spécial des charges, s étant
l'indice Agoria des salaires.
4.6 Aucune prestation supplémentaire ne peut être exécutée sans bon de commande complémentaire
signé au préalable par la Directrice générale, sur la base d'une offre écrite du Prestataire
établie aux prix unitaires ci-dessus.

Article 5 - Facturation et paiement
Chaque lot est facturé après approbation du procès-verbal de vérification visé à l'article 9.
La redevance d'hébergement est facturée trimestriellement à terme échu. Les factures sont
payées dans un délai de 30 jours à compter de la date de fin de la vérification.

Article 6 - Planning et retards
6.1 Les prestations commencent le 1er février 2027. Les dossiers sont traités en six lots
d'environ 800 dossiers ; un enlèvement a lieu toutes les deux semaines et chaque lot est
numérisé, indexé et mis en ligne dans les 15 jours ouvrables de son enlèvement. La numérisation
de l'ensemble des dossiers est terminée le 30 septembre 2027.
6.2 En cas de retard imputable au Prestataire, une pénalité de 0,07 % du montant du lot
concerné par jour calendrier de retard est appliquée, dans la limite de 5 % de ce montant,
conformément à l'article 154 de l'arrêté royal du 14 janvier 2013.
6.3 Un retard imputable au CPAS prolonge d'autant les délais du Prestataire.

Article 7 - Obligations du CPAS
Le CPAS prépare chaque lot au plus tard la veille de l'enlèvement, accompagné d'un bordereau
listant les dossiers ; il transmet son plan de classement avant le 15 janvier 2027 et valide
dans les cinq jours ouvrables l'échantillon de numérisation du premier lot. Il désigne comme
référent M. Benoît Lardinois, responsable du Service social.

Article 8 - Personnel et qualité
8.1 Le projet est dirigé par M. Karim Benali, chef de projet, archiviste de formation, qui
compte dix ans d'expérience dans des projets de numérisation pour des pouvoirs locaux. Le
contrôle qualité est assuré par Mme Anne Leclercq, responsable qualité.
8.2 Le Prestataire ne remplace le chef de projet qu'après en avoir informé le CPAS par écrit
quinze jours à l'avance et obtenu son accord sur le remplaçant proposé, qui doit posséder une
expérience équivalente.
8.3 Chaque image est contrôlée visuellement ; 2 % des index de chaque lot sont vérifiés par
sondage. Si le taux d'erreur d'un lot dépasse 0,5 %, le lot est entièrement contrôlé et
corrigé aux frais du Prestataire. Les ateliers du Prestataire sont certifiés ISO 27001.

Article 9 - Vérification et réception
9.1 Le CPAS dispose de 15 jours à compter de la mise en ligne d'un lot pour le vérifier ; il
dresse un procès-verbal de vérification, accepté ou motivé.
9.2 La réception provisoire est prononcée après l'acceptation du dernier lot. La réception
définitive intervient douze mois plus tard. Pendant ce délai de garantie, le Prestataire
recommence gratuitement toute numérisation ou indexation défectueuse constatée par le CPAS.

Article 10 - Suivi
Le chef de projet transmet chaque lundi un rapport d'avancement (dossiers enlevés, pages
numérisées, lots en vérification, anomalies). Un comité de suivi réunit chaque mois le
référent du CPAS, la Directrice générale et le chef de projet ; tout point non résolu par les
référents y est porté. À la fin de la numérisation, le chef de projet remet un rapport final
documentant les règles d'indexation appliquées, la structure des index et la liste des dossiers
traités.

Article 11 - Plateforme d'archivage
11.1 Le Prestataire ouvre les 25 comptes utilisateurs à la mise en ligne du premier lot et
organise deux sessions de formation de trois heures pour les assistants sociaux et le personnel
administratif. Un guide d'utilisation en français est remis au CPAS.
11.2 La plateforme est hébergée dans deux centres de données situés en Belgique. Le
Prestataire garantit une disponibilité de 99,5 % par mois, hors maintenances planifiées
annoncées cinq jours ouvrables à l'avance.
11.3 Le support est joignable au 071/25 88 40 et à support@archiscan.be, les jours ouvrables de
8h30 à 17h00. Les incidents bloquants sont pris en charge dans les 4 heures ouvrables et le
service est rétabli au plus tard le jour ouvrable suivant.
11.4 Les mises à jour de la plateforme et les correctifs de sécurité sont inclus et installés
par le Prestataire. M. Benali reste l'interlocuteur du CPAS pendant toute la durée de
l'hébergement ; il tient à jour la fiche de configuration du CPAS (plan de classement, droits
d'accès).

Article 12 - Durée et fin de la convention
12.1 La présente convention est conclue pour une durée de 48 mois à compter du 1er février 2027.
Elle n'est pas reconduite tacitement ; toute prolongation fait l'objet d'une décision du
Conseil de l'action sociale.
12.2 Le CPAS peut mettre fin à l'hébergement à la fin de chaque année de la convention,
moyennant un préavis de trois mois notifié par lettre recommandée. En cas de manquement du
Prestataire, le CPAS peut appliquer les mesures d'office prévues par l'arrêté royal du
14 janvier 2013, après mise en demeure restée sans suite pendant 15 jours.
12.3 À la fin de la convention, pour quelque cause que ce soit, le Prestataire remet au CPAS,
dans les 30 jours et sans frais, l'ensemble des documents au format PDF/A et des index au format
CSV et XML sur un support chiffré, maintient l'accès en consultation pendant trois mois et
collabore avec le prestataire désigné par le CPAS pour la reprise des archives. Il supprime
ensuite les données et en remet une attestation.

Article 13 - Propriété, confidentialité et protection des données
13.1 Les images numérisées et les index sont la propriété du CPAS. La plateforme ArchiScan
Vault reste la propriété du Prestataire, qui concède au CPAS un droit d'usage pour la durée de
la convention.
13.2 Le Prestataire et son personnel sont tenus au secret concernant les informations des
dossiers sociaux, pendant la convention et sans limite de durée après sa fin. Chaque membre du
personnel affecté au projet signe un engagement de confidentialité.
13.3 Le Prestataire traite les données personnelles en qualité de sous-traitant au sens de
l'article 28 du RGPD, conformément à la convention de traitement jointe en annexe 2. Il ne
recourt à aucun sous-traitant ultérieur sans l'accord écrit préalable du CPAS.

Article 14 - Responsabilité et assurances
Le Prestataire est responsable des originaux dès leur enlèvement jusqu'à leur retour. Sa
responsabilité est limitée à 500.000,00 EUR par sinistre, sauf dol ou faute grave. Il
justifie d'une assurance responsabilité civile professionnelle couvrant ce montant.

Article 15 - Litiges
La convention est régie par le droit belge. Avant toute action en justice, les parties
soumettent leur différend au comité de suivi, puis à une réunion entre la Directrice générale
et l'administrateur délégué du Prestataire. À défaut d'accord dans les 30 jours, les
tribunaux de l'arrondissement du Hainaut, division Charleroi, sont seuls compétents.

Fait à Fleurus, le 03/12/2026, en deux exemplaires.

Pour le CPAS de Fleurus                           Pour ARCHISCAN SA
Isabelle Rasquin           Jean-Marc Collignon     Didier Wauthier
Directrice générale        Président               Administrateur délégué
[signature]                [signature]             [signature]

Annexes : 1. offre du 28/10/2026 - 2. convention de traitement des données
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
        "maintenance.service_credits": "missing",
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
        "contract_term_months": 48,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)

FR_T8B_LIEGE_HOSTING_GENERAL_TERMS = UnseenDocument(
    name="fr_t8b_liege_hosting_general_terms",
    text="""CONDITIONS GÉNÉRALES DE VENTE ET D'UTILISATION - PERRON HOSTING
Version 4.1 - en vigueur à partir du 1er septembre 2026

Perron Hosting srl, quai de la Boverie 112, 4020 Liège, BCE BE 0691.544.208,
support@perronhosting.be, 04/287 35 60 (ci-après « le Prestataire »).

Article 1 - Champ d'application
1.1 Les présentes conditions générales s'appliquent à tous les services du Prestataire :
hébergement web mutualisé, serveurs privés virtuels (VPS), enregistrement de noms de domaine et
messagerie électronique.
1.2 Le bon de commande (ou le devis accepté) et les présentes conditions générales forment le
contrat. Elles prévalent sur toutes conditions d'achat du Client, même si celles-ci sont
communiquées ultérieurement. Seules des conditions particulières acceptées par écrit par le
Prestataire peuvent y déroger.

Article 2 - Commande et mise en service
2.1 La commande est passée en ligne sur www.perronhosting.be ou dans l'espace client. En
cochant la case prévue à cet effet, le Client accepte les présentes conditions générales. La
commande est ferme dès sa validation.
2.2 Le service est activé dans les deux jours ouvrables suivant la réception du paiement de la
première facture ; les identifiants d'accès sont envoyés par e-mail. Ces délais sont donnés à
titre indicatif.
2.3 La migration d'un site WordPress de moins de 2 Go depuis un autre hébergeur est réalisée
gratuitement par le Prestataire dans les cinq jours ouvrables suivant l'activation, à partir
des accès fournis par le Client ; les autres migrations font l'objet d'un devis.

Article 3 - Description des services
3.1 L'hébergement mutualisé comprend l'espace disque et le trafic de la formule choisie, un
certificat SSL Let's Encrypt, des sauvegardes quotidiennes conservées 14 jours et l'accès au
panneau de contrôle. Les VPS sont fournis avec le système d'exploitation choisi ; leur
administration incombe au Client, sauf souscription de l'option « VPS infogéré ».
3.2 Ne sont pas compris : la création et la maintenance des sites du Client, la mise à jour
des CMS (WordPress, Joomla...) et de leurs extensions, ainsi que la sauvegarde des données
locales du Client.
3.3 Le Prestataire applique les mises à jour et correctifs de sécurité du système
d'exploitation et des logiciels serveurs (PHP, MySQL, serveur web) de l'infrastructure
mutualisée. Les versions de PHP qui ne sont plus maintenues sont retirées moyennant un préavis
de 60 jours.

Article 4 - Support
4.1 Le support technique est accessible par ticket depuis l'espace client et par téléphone au
04/287 35 60, les jours ouvrables de 9h00 à 17h00. L'infrastructure est surveillée 24 heures
sur 24. Le support porte sur le fonctionnement des services du Prestataire, à l'exclusion du
contenu et des applications du Client.
4.2 Le Prestataire s'efforce de prendre en charge les incidents affectant l'ensemble d'un
serveur dans les 2 heures, y compris le week-end, et les autres tickets dans les 8 heures
ouvrables.
4.3 Les interventions demandées par le Client en dehors des services souscrits (restauration
d'une sauvegarde à la demande, nettoyage d'un site piraté, configuration particulière) sont
facturées au tarif de 75,00 EUR HTVA de l'heure, par tranche de 15 minutes entamée.

Article 5 - Disponibilité
5.1 Le Prestataire met en œuvre tous les moyens raisonnables pour assurer une disponibilité de
ses serveurs de 99,9 % par mois. Il s'agit d'une obligation de moyens.
5.2 En cas d'indisponibilité de plus de 24 heures consécutives imputable au Prestataire, le
Client peut demander, dans les 30 jours, un avoir égal à la redevance mensuelle du service
concerné au prorata de la durée de l'indisponibilité. Cet avoir est la seule compensation due.

Article 6 - Prix et paiement
6.1 Les prix sont ceux du bon de commande ou, à défaut, du tarif publié sur le site au moment de
la commande. Les redevances et les frais de mise en service éventuels sont indiqués sur le bon
de commande.
6.2 Les redevances sont facturées annuellement à l'avance. Les factures sont payables à
15 jours de leur date. Tout montant impayé à l'échéance porte de plein droit un intérêt de
retard de 10 % l'an et une indemnité forfaitaire de 10 %, avec un minimum de 40,00 EUR.
6.3 Le Prestataire peut modifier ses tarifs et les caractéristiques de ses formules. Les
modifications sont notifiées par e-mail 30 jours avant leur entrée en vigueur ; le Client qui
ne les accepte pas peut résilier le service concerné avant cette date.
6.4 En cas de non-paiement 15 jours après un rappel, le Prestataire peut suspendre les services
et l'accès aux données du Client jusqu'au paiement intégral des sommes dues.

Article 7 - Obligations du Client
Le Client est seul responsable du contenu hébergé, de la mise à jour de ses sites et
applications, de la confidentialité de ses mots de passe et de la conservation de ses propres
copies de sauvegarde. Il s'interdit tout usage illicite, l'envoi de courriels non sollicités
et toute utilisation compromettant la sécurité de l'infrastructure.

Article 8 - Durée et résiliation
8.1 Les services sont souscrits pour une durée d'un an à compter de leur activation. Ils sont
reconduits tacitement par périodes d'un an, sauf résiliation depuis l'espace client au moins
un mois avant l'échéance.
8.2 En cas de manquement grave de l'une des parties non réparé dans les 15 jours d'une mise en
demeure, l'autre partie peut résilier le contrat. Le Prestataire peut suspendre immédiatement
un service utilisé en violation de l'article 7.
8.3 Le Client peut télécharger ses fichiers et exporter ses bases de données (format SQL) depuis
le panneau de contrôle jusqu'à la date de fin du service. Les données sont supprimées
définitivement 15 jours après cette date. Le code de transfert d'un nom de domaine est
communiqué sur simple demande.

Article 9 - Responsabilité
9.1 Le Prestataire n'est tenu que d'une obligation de moyens. Sa responsabilité est limitée au
montant des redevances payées par le Client pour le service concerné au cours des trois mois
précédant le fait dommageable.
9.2 Le Prestataire n'est en aucun cas responsable des dommages indirects, de la perte de
chiffre d'affaires ou de la perte ou de l'altération de données, le Client devant conserver
ses propres sauvegardes.

Article 10 - Propriété intellectuelle et confidentialité
10.1 Le Client reste titulaire de tous les droits sur les contenus qu'il héberge et garantit
disposer des droits nécessaires. Le Prestataire n'acquiert aucun droit sur ces contenus.
10.2 Le Prestataire n'accède aux contenus du Client qu'en cas de nécessité technique ou à la
demande du Client, et garde confidentielles toutes les informations dont il a connaissance.

Article 11 - Protection des données
Pour les données personnelles contenues dans les services hébergés, le Prestataire agit en
qualité de sous-traitant au sens de l'article 28 du RGPD. L'accord de traitement des données
publié sur le site fait partie intégrante du contrat. Les serveurs sont situés dans un centre
de données à Liège.

Article 12 - Réclamations, droit applicable et juridiction
12.1 Toute réclamation est adressée par écrit au service clients, qui y répond dans les
15 jours. À défaut de solution amiable dans les 30 jours, le Client consommateur peut
s'adresser au Service de Médiation pour le Consommateur ; les autres clients peuvent proposer
une médiation.
12.2 Le contrat est régi par le droit belge. Les tribunaux de l'arrondissement de Liège,
division Liège, sont seuls compétents.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "partial",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.9,
    },
)

DOCUMENTS = [
    FR_T8B_REAL_ESTATE_CRM_LICENCE,
    FR_T8B_MEDICAL_CENTRE_IT_QUOTE,
    FR_T8B_CPAS_SCANNING_ARCHIVING,
    FR_T8B_LIEGE_HOSTING_GENERAL_TERMS,
]
