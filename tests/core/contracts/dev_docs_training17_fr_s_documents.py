"""Training batch 17 (fr, writer s): four documents as Belgian French-speaking IT suppliers and
their clients write them.

- fr_t17s_bim_server_licence: a long formal licence and support contract (numbered articles) by
  which a Liège software publisher licenses its BIM collaboration server to a Namur
  architecture firm, with installation, migration of ongoing projects, training, a yearly
  support formula with tacit renewal, source code escrow; signed by both parties.
- fr_t17s_fitness_access_control_order: a Brussels supplier's bon de commande for an
  access-control SaaS (turnstiles, QR and badge readers, member app) for a fitness club with two
  sites; the supplier's general terms prevail, 36 months with tacit renewal, price changes by
  the supplier, availability only as an objective, liability capped at three months; signed by
  both.
- fr_t17s_broker_crm_sla_annex: an SLA annex to a framework contract for a hosted CRM used by an
  insurance broker in Wavre: availability, service credits, priorities, backups, reporting,
  reversibility; duration, invoicing and liability only by bare cross-reference to the
  framework contract; signed by both.
- fr_t17s_mutualite_it_audit_engagement_letter: a consultancy's lettre de mission for an IT
  and security audit of a mutualité in Charleroi: named team, phases, daily rates with a
  maximum budget, obligation de moyens; the client's "pour accord" line is left empty.

Written on 2026-12-05 by a helper session acting as training documents for the checklist
model, without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or
a text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "pour accord" line for the client is
a partial signature); partial = mentioned but vague, a bare cross-reference without content, a
placeholder, best-efforts only, a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T17S_BIM_SERVER_LICENCE = UnseenDocument(
    name="fr_t17s_bim_server_licence",
    text="""CONTRAT DE LICENCE ET DE SUPPORT
Serveur de collaboration BIM « MaquetteHub Server »
Contrat n° MH-L-2026-041

ENTRE
MAQUETTEHUB SRL, dont le siège est établi avenue Pré-Aily 12, 4031 Liège (Angleur),
BCE BE 0712.448.530, représentée par M. Cédric Halleux, gérant,
ci-après « le Concédant »,

ET
ATELIER D'ARCHITECTURE DELVAUX & ASSOCIÉS SRL, dont le siège est établi rue des Carmes 21,
5000 Namur, BCE BE 0541.207.866, représentée par Mme Hélène Delvaux, architecte-gérante,
ci-après « le Client ».

Article 1 - Objet
1.1 Le Concédant concède au Client une licence d'utilisation du logiciel MaquetteHub Server
(version 2026.2), serveur de collaboration permettant le partage, le versionnement et la
détection de conflits des maquettes Revit et IFC entre les collaborateurs du Client et ses
bureaux d'études partenaires.
1.2 Le Concédant installe le logiciel, reprend les projets en cours, forme les utilisateurs et
assure le support et la maintenance du logiciel dans les conditions du présent contrat.

Article 2 - Documents contractuels
Le contrat comprend, par ordre de priorité décroissant : (a) le présent contrat ; (b) l'annexe 1
(configuration technique requise) ; (c) l'offre du Concédant n° OF-MH-2026-187 du 22/10/2026,
jointe en annexe 2 ; (d) l'annexe 3 (convention de sous-traitance). Les conditions générales
du Concédant et les conditions d'achat du Client ne s'appliquent pas.

Article 3 - Licence
3.1 La licence est perpétuelle, non exclusive et non cessible. Elle couvre une instance du
serveur et 25 utilisateurs nommés ; les partenaires externes invités en lecture ne sont pas
décomptés.
3.2 Le logiciel reste la propriété du Concédant. Les maquettes, gabarits, familles et documents
créés par le Client ou pour son compte restent sa propriété exclusive.

Article 4 - Périmètre et prix
4.1 Sont compris dans le prix : la licence pour 25 utilisateurs nommés ; l'installation et la
configuration sur le serveur du Client ; la reprise de quatorze projets en cours ; deux jours de
formation ; la documentation d'administration.
4.2 Ne sont pas compris : le serveur physique, le système d'exploitation et les licences
Autodesk Revit, fournis par le Client ; la modélisation elle-même ; les connecteurs vers
d'autres logiciels que Revit et les visionneuses IFC.
4.3 Les prix sont les suivants (montants HTVA) :
  - licence perpétuelle 25 utilisateurs : 18.750,00 EUR ;
  - installation, configuration et reprise des projets (forfait) : 3.900,00 EUR ;
  - formation (deux jours) : 1.640,00 EUR ;
  soit un prix total de 24.290,00 EUR HTVA.
4.4 La redevance annuelle de support et de maintenance s'élève à 3.750,00 EUR HTVA (20 % du
prix de la licence), facturée annuellement à l'avance à partir de la date de réception.
4.5 Les prestations hors forfait sont facturées au taux horaire de 105,00 EUR HTVA. La redevance
et le taux horaire sont indexés le 1er janvier de chaque année selon la formule Agoria
(p = P x (0,2 + 0,8 x s/S)), l'augmentation étant limitée à 3 % par an.

Article 5 - Facturation et paiement
La licence est facturée à la signature du contrat ; l'installation, la reprise des projets et
la formation sont facturées à la réception. Les factures sont payables à 30 jours date de
facture. En cas de retard de paiement, un intérêt au taux légal est dû après mise en demeure.

Article 6 - Prestations supplémentaires
Toute prestation non comprise à l'article 4.1 fait l'objet d'un devis écrit du Concédant
indiquant le nombre d'heures et le délai. Elle n'est exécutée et facturée qu'après acceptation
écrite du devis par Mme Delvaux ou par M. Thomas Gérard, responsable BIM du Client.

Article 7 - Planning
Le Concédant installe le logiciel au plus tard le 15/01/2027. La reprise des projets est
réalisée du 18 au 22/01/2027, la formation les 26 et 27/01/2027. Les tests de réception ont lieu
du 28/01 au 05/02/2027.

Article 8 - Obligations du Client
Le Client :
- met à disposition, au plus tard le 08/01/2027, un serveur conforme à l'annexe 1 (Windows
  Server 2022, 64 Go de RAM, 4 To de stockage SSD) ainsi qu'un accès à distance sécurisé ;
- remet au plus tard le 15/01/2027 la liste des quatorze projets à reprendre, avec leurs
  emplacements sur le NAS actuel ;
- désigne M. Thomas Gérard comme interlocuteur unique pour le projet ;
- assure la sauvegarde quotidienne de son serveur.

Article 9 - Intervenants du Concédant
L'installation, la reprise et la formation sont assurées par M. Arnaud Lejeune, ingénieur
système certifié Autodesk Revit Certified Professional, qui compte huit ans d'expérience dans
le déploiement d'environnements BIM en bureaux d'architecture. M. Cédric Halleux est
l'interlocuteur du Client pour les questions contractuelles.

Article 10 - Reprise des projets
Le Concédant importe dans MaquetteHub Server les quatorze projets en cours (fichiers Revit
centraux, liens IFC et historique des versions des douze derniers mois) à partir du NAS du
Client. Pour chaque projet, il vérifie avec le Client l'ouverture correcte de la maquette et
des liens. Le NAS n'est pas modifié avant la réception.

Article 11 - Réception
Les tests de réception sont exécutés par le Client avec l'assistance du Concédant sur la base
de la liste de contrôles de l'annexe 1 (ouverture, synchronisation simultanée par cinq
utilisateurs, détection de conflits, accès partenaires). La réception est constatée par un
procès-verbal signé par les deux parties. Les réserves mineures sont levées dans les 15 jours.

Article 12 - Qualité et garantie
12.1 Le Concédant exécute ses prestations selon les règles de l'art et teste chaque nouvelle
version du logiciel sur un environnement de référence avant sa mise à disposition.
12.2 Pendant 90 jours à compter de la réception, le Concédant corrige gratuitement toute
non-conformité du logiciel à sa documentation et toute erreur de configuration.

Article 13 - Formation et documentation
Le Concédant forme le responsable BIM et un second administrateur (une journée) et les
architectes utilisateurs (une journée, en deux groupes). Il remet un manuel utilisateur en
français et une documentation d'administration décrivant la configuration réalisée, les
droits d'accès et la procédure de restauration.

Article 14 - Support et maintenance
14.1 La formule « Standard » comprend : la maintenance corrective, l'assistance téléphonique et
par e-mail aux administrateurs, la fourniture des nouvelles versions (deux par an) et des
correctifs de sécurité, et leur installation à distance par le Concédant après accord du
Client.
14.2 Le support est joignable au 04/361 20 80 et à support@maquettehub.be, du lundi au vendredi
de 8h00 à 18h00, hors jours fériés.
14.3 Délais de prise en charge et de correction, en heures ouvrables :
  - priorité 1 (serveur inaccessible ou maquettes centrales corrompues) : prise en charge en
    4 heures, solution de contournement dans les 2 jours ouvrables ;
  - priorité 2 (fonction dégradée) : prise en charge en 8 heures, correction dans les
    10 jours ouvrables ;
  - priorité 3 (question, demande mineure) : réponse dans les 3 jours ouvrables.
14.4 Le Concédant tient à jour une fiche d'installation du Client (version, configuration,
comptes administrateurs, historique des interventions), accessible à tous ses techniciens.
14.5 Une réunion annuelle d'évaluation réunit le responsable BIM du Client et M. Halleux. Toute
difficulté non résolue par le support est portée devant M. Halleux, puis devant Mme Delvaux et
M. Halleux ensemble.

Article 15 - Durée et résiliation
15.1 Le support et la maintenance sont conclus pour une durée de douze mois à compter de la
réception. Ils sont ensuite reconduits tacitement par périodes de douze mois, sauf résiliation
par l'une des parties par lettre recommandée au moins deux mois avant l'échéance.
15.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie
auquel il n'est pas remédié dans les 30 jours d'une mise en demeure.
15.3 La fin du support n'affecte pas la licence perpétuelle. Le Client conserve le droit
d'utiliser la dernière version installée et d'exporter à tout moment l'ensemble de ses
maquettes au format natif Revit et au format IFC 4, ainsi que l'historique des versions au
format CSV.

Article 16 - Dépôt des sources
Les sources du logiciel sont déposées auprès de l'Agence Dépôt Logiciel (Bruxelles) et mises à
jour à chaque version majeure. Le Client peut obtenir leur remise en cas de faillite, de
liquidation du Concédant ou d'arrêt du support du logiciel sans reprise par un tiers.

Article 17 - Confidentialité et données personnelles
17.1 Chaque partie garde confidentielles les informations et documents de l'autre pendant la
durée du contrat et cinq ans après sa fin.
17.2 Lorsqu'il accède au serveur du Client, le Concédant peut traiter des données personnelles
(collaborateurs, maîtres d'ouvrage) ; il agit alors comme sous-traitant au sens de l'article 28
du RGPD, conformément à la convention de l'annexe 3.

Article 18 - Responsabilité
La responsabilité du Concédant est limitée, toutes causes confondues, au montant total payé par
le Client en vertu du présent contrat, sauf dol ou faute grave. Les dommages indirects, tels
que le manque à gagner, sont exclus.

Article 19 - Droit applicable et litiges
Le contrat est régi par le droit belge. En cas de différend, les parties recourent d'abord à une
médiation auprès d'un médiateur agréé par la Commission fédérale de médiation. À défaut
d'accord dans les 60 jours, les tribunaux de Namur sont seuls compétents.

Fait à Namur, le 04/12/2026, en deux exemplaires.

Pour MaquetteHub SRL                             Pour Atelier d'architecture Delvaux &
Cédric Halleux, gérant                           Associés SRL
[signature]                                      Hélène Delvaux, architecte-gérante
                                                 [signature]

Annexes : 1. configuration technique et liste de contrôles - 2. offre OF-MH-2026-187 -
3. convention de sous-traitance
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
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
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
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T17S_FITNESS_ACCESS_CONTROL_ORDER = UnseenDocument(
    name="fr_t17s_fitness_access_control_order",
    text="""PULSEGATE SRL - Contrôle d'accès pour salles de sport
Chaussée de Mons 1425, 1070 Anderlecht - BCE BE 0789.314.652 - TVA BE 0789.314.652
info@pulsegate.be - 02/808 47 15

BON DE COMMANDE N° BC-2026-0312
Date : 01/12/2026

Client : ENERGYM UCCLE SRL - rue Vanderkindere 388, 1180 Uccle - BCE BE 0667.902.114
Contact : M. Kevin Lambert, gérant - kevin@energym.be - 0475/62 18 30
Sites : Energym Uccle (rue Vanderkindere 388) et Energym Forest (avenue Van Volxem 214)
Votre chargé de compte PulseGate : Yassine El Amrani - yassine@pulsegate.be - 0486/21 77 09

1. MATÉRIEL ET MISE EN SERVICE (montants uniques, HTVA)
  2 x tourniquet tripode motorisé TG-300 inox ..................... 2 x 1.890,00 = 3.780,00
  2 x lecteur combiné QR code / badge RFID ........................   2 x 345,00 =   690,00
  1 x lecteur de sortie pour porte de secours (Forest) ............                 295,00
  Installation et raccordement des tourniquets (2 sites) ..........                 980,00
  Paramétrage, import du fichier membres et formation .............                 735,00
  TOTAL UNIQUE ....................................................               6.480,00

2. ABONNEMENT LOGICIEL PULSEGATE CLOUD (mensuel, HTVA)
  Formule « Club Pro » - 2 sites, jusqu'à 2.500 membres actifs ....                 289,00
  Comprend : la plateforme de gestion des accès et des abonnements, l'application membre
  (iOS / Android) avec QR code dynamique, les règles d'accès par formule et par horaire,
  l'hébergement, les mises à jour logicielles, le support et la mise à jour à distance du
  firmware des lecteurs.
  Non compris : les travaux d'électricité et le câblage réseau jusqu'aux tourniquets, la
  fourniture de badges RFID (3,20 EUR HTVA pièce), les terminaux de paiement.

3. PLANNING
Installation à Uccle le 11/01/2027 et à Forest le 12/01/2027. Le client fait réaliser au plus
tard le 04/01/2027, par son électricien, une alimentation 230 V et une prise réseau RJ45 à
l'emplacement de chaque tourniquet, selon le plan remis par PulseGate. Il transmet au plus tard
le 06/01/2027 l'export de son fichier membres actuel (CSV ou Excel : nom, prénom, e-mail,
formule, date de fin d'abonnement).
PulseGate importe ce fichier dans la plateforme avant l'installation et contrôle le résultat
avec le client. Après l'installation, les passages sont testés avec dix membres sur chaque
site ; un procès-verbal de mise en service est signé par le client et par le technicien.
L'équipe d'accueil reçoit une formation d'1h30 sur place le jour de l'installation.

4. CONDITIONS PARTICULIÈRES
4.1 Paiement. Matériel et mise en service : 50 % à la commande, 50 % à la mise en service.
L'abonnement est facturé mensuellement à partir du mois de mise en service et payé par
domiciliation SEPA. Les factures sont payables à 15 jours.
4.2 Durée. L'abonnement est conclu pour 36 mois à compter de la mise en service. Il est
ensuite prolongé tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée
au moins 3 mois avant l'échéance. En cas de résiliation anticipée par le client, les
mensualités restant dues jusqu'à l'échéance deviennent immédiatement exigibles.
4.3 Prix. PulseGate peut adapter le prix de l'abonnement une fois par an, notamment en fonction
de l'évolution de ses coûts d'hébergement et de personnel, moyennant notification au client
30 jours à l'avance.
4.4 Interventions. Les interventions non couvertes par l'abonnement (déplacement pour un
matériel endommagé par un usager, ajout d'un lecteur, paramétrage spécifique) sont facturées
95,00 EUR HTVA de l'heure plus 45,00 EUR de déplacement, après acceptation par le client d'un
devis envoyé par e-mail.
4.5 Support. Le support est joignable 7 jours sur 7 de 6h00 à 22h00 au 02/808 47 19 et via
l'application PulseGate Manager. Un blocage des accès d'un site est pris en charge dans
l'heure ; PulseGate rétablit le fonctionnement ou active le mode de secours (ouverture par
l'accueil) dans les 4 heures. Les autres demandes sont traitées le jour ouvrable suivant.
4.6 Disponibilité. PulseGate vise une disponibilité de la plateforme de 99,5 % sur base
mensuelle. Il s'agit d'un objectif, PulseGate n'étant tenue que d'une obligation de moyens.
Les lecteurs continuent à accepter les membres connus en cas de coupure internet.
4.7 Garantie. Le matériel est garanti 24 mois pièces et main-d'œuvre ; le matériel défectueux
est réparé ou remplacé gratuitement sur site.
4.8 Données. PulseGate traite les données des membres (identité, coordonnées, photo,
historique des passages) en qualité de sous-traitant au sens du RGPD, sur des serveurs situés
dans l'Union européenne, conformément à l'accord de sous-traitance joint. À la fin du contrat,
PulseGate remet sur demande l'export de la liste des membres et de l'historique des passages
au format CSV, puis supprime les données dans les 30 jours.
4.9 Logiciel. La plateforme et l'application restent la propriété de PulseGate ; le client
dispose d'un droit d'utilisation pendant la durée de l'abonnement. Le matériel devient la
propriété du client après paiement complet.
4.10 Responsabilité. La responsabilité de PulseGate est limitée aux montants facturés au client
au cours des trois mois précédant le dommage. PulseGate ne répond pas de la perte de données, du
manque à gagner ni des accès indus liés à un badge ou un code prêté par un membre.
4.11 Conditions générales. Les conditions générales de vente de PulseGate (version 2026,
jointes) font partie intégrante de la commande. En cas de contradiction, elles prévalent sur le
présent bon de commande et sur tout document du client. Droit belge ; seuls les tribunaux
francophones de Bruxelles sont compétents.

Bon pour commande, le client                     Pour acceptation, PulseGate SRL
Kevin Lambert, gérant                             Yassine El Amrani, chargé de compte
Date : 02/12/2026                                 Date : 03/12/2026
[signature]                                       [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
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
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "partial",
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
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
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
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

FR_T17S_BROKER_CRM_SLA_ANNEX = UnseenDocument(
    name="fr_t17s_broker_crm_sla_annex",
    text="""ANNEXE 2 - CONVENTION DE NIVEAUX DE SERVICE (SLA)
au contrat-cadre de services n° CS-2025-077 du 14/03/2025
entre COURTISOFT SA (« le Prestataire ») et BUREAU D'ASSURANCES LEMAIRE & FILS SRL
(« le Client »)
CRM hébergé BrokerDesk - version de l'annexe : 2.0, applicable au 01/01/2027

1. Objet et rang
1.1 La présente annexe fixe les niveaux de service du CRM hébergé BrokerDesk utilisé par le
Client (gestion des clients et des prospects, portefeuille de polices, sinistres, agenda des
gestionnaires, interface avec Portima) pour ses bureaux de Wavre et de Jodoigne, soit
22 utilisateurs.
1.2 Elle remplace la version 1.3 de l'annexe 2. En cas de contradiction, la présente annexe
prévaut sur le contrat-cadre pour ce qui concerne les niveaux de service ; le contrat-cadre
prévaut pour le surplus. Les conditions générales du Prestataire ne sont pas applicables.
1.3 La durée, la résiliation, la facturation et la responsabilité sont régies par les
articles 5, 9, 11 et 12 du contrat-cadre.

2. Services couverts
2.1 Sont compris dans la redevance mensuelle fixée à l'annexe 1 : l'hébergement de
l'application et des documents (environnement de production et environnement de test),
l'exploitation et la supervision, les sauvegardes, les mises à jour, le support aux
utilisateurs et les rapports prévus à l'article 8.
2.2 Ne sont pas compris et sont facturés en sus au taux horaire de 98,00 EUR HTVA : les
interventions sur les postes de travail et le réseau du Client, les développements et
rapports sur mesure, la reprise de données de tiers. Ces prestations font l'objet d'un devis
préalable approuvé par écrit par le Client.

3. Disponibilité
3.1 Le Prestataire s'engage à une disponibilité de l'environnement de production de 99,7 %
par mois calendrier, mesurée par sa sonde de supervision toutes les cinq minutes sur la page de
connexion et sur une transaction de consultation d'un dossier.
3.2 Ne sont pas comptées comme indisponibilité : les maintenances planifiées annoncées au moins
5 jours ouvrables à l'avance et réalisées le samedi entre 20h00 et 24h00 (au maximum 8 heures
par mois), ainsi que les interruptions dues au réseau ou aux postes du Client.
3.3 Il s'agit d'une obligation de résultat.

4. Support
4.1 Le service desk est joignable du lundi au vendredi de 8h00 à 18h00 (hors jours fériés
légaux) au 010/23 45 60, par e-mail à desk@courtisoft.be et via le portail client. Les
incidents de priorité 1 doivent être signalés par téléphone.
4.2 Priorités et délais (en heures ouvrables, à compter de l'appel ou de l'enregistrement du
ticket) :

  Priorité | Définition                                     | Prise en charge | Résolution
  P1       | CRM indisponible pour tous les utilisateurs    | 30 minutes      | 4 heures
  P2       | fonction essentielle indisponible (polices,    | 2 heures        | 1 jour ouvrable
           | sinistres, interface Portima)                  |                 |
  P3       | fonction secondaire dégradée, contournement    | 1 jour ouvrable | 5 jours ouvrables
  P4       | question, demande de paramétrage               | 2 jours ouvr.   | selon planning convenu

4.3 La résolution peut prendre la forme d'une solution de contournement acceptée par le
Client ; la correction définitive suit alors dans les 10 jours ouvrables.

5. Sauvegardes et reprise
Les données de production sont sauvegardées chaque nuit et répliquées dans un second centre
de données situé en Belgique. Les sauvegardes sont conservées 30 jours (quotidiennes) et
12 mois (mensuelles). En cas de sinistre, la perte de données maximale est de 24 heures et le
service est rétabli en 8 heures. Un test de restauration est réalisé deux fois par an et son
résultat est communiqué au Client.

6. Mises à jour et sécurité
6.1 Les nouvelles versions sont installées d'abord sur l'environnement de test du Client,
au moins 10 jours ouvrables avant la production, avec leurs notes de version. Le Prestataire
teste chaque version sur ses jeux de tests de non-régression avant de la livrer.
6.2 Les correctifs de sécurité critiques sont appliqués dans les 72 heures de leur
publication, si nécessaire en dehors des fenêtres de maintenance, après information du Client.
6.3 L'hébergement est assuré dans des centres de données certifiés ISO/IEC 27001.

7. Crédits de service
7.1 Si la disponibilité mensuelle est inférieure à l'engagement, le Client reçoit un crédit
sur la redevance mensuelle de : 5 % entre 99,7 % et 99,0 % ; 10 % entre 99,0 % et 98,0 % ;
20 % en dessous de 98,0 %.
7.2 Tout dépassement du délai de résolution d'un incident P1 donne droit à un crédit
supplémentaire de 2 % de la redevance mensuelle par heure entamée.
7.3 Les crédits sont plafonnés à 25 % de la redevance mensuelle et déduits d'office de la
facture suivante, sans que le Client doive les réclamer.

8. Rapports et gouvernance
8.1 Le Prestataire envoie, au plus tard le 10 de chaque mois, un rapport de service :
disponibilité mesurée, incidents par priorité et délais réalisés, crédits dus, demandes en
cours, mises à jour installées.
8.2 Mme Valérie Dumont, service manager, est l'interlocutrice du Client ; elle tient à jour le
dossier du Client (paramétrage, utilisateurs, interfaces, historique des incidents) consultable
par tout le service desk. Une revue de service trimestrielle réunit Mme Dumont et M. Olivier
Lemaire, administrateur du Client.
8.3 Escalade : niveau 1, le service desk ; niveau 2, Mme Dumont ; niveau 3, M. Patrick Verhaegen,
directeur des opérations du Prestataire. Tout désaccord sur le calcul des crédits est soumis à
la revue trimestrielle puis aux directions des deux parties avant toute action en justice.

9. Obligations du Client
Le Client désigne deux utilisateurs référents (actuellement M. Olivier Lemaire et
Mme Nadia Fontaine) qui seuls ouvrent les tickets P1 et P2, et communique par écrit tout
changement dans les 5 jours ouvrables. Il teste les nouvelles versions sur l'environnement de
test pendant le délai prévu à l'article 6.1 et maintient ses postes de travail sur une version
de navigateur supportée.

10. Confidentialité et données personnelles
Le personnel du Prestataire est tenu au secret sur toutes les informations du Client,
notamment les données des assurés. Les accès aux données de production sont nominatifs et
journalisés. Le Prestataire traite les données personnelles en qualité de sous-traitant,
conformément à la convention de traitement (annexe 3) ; les données ne quittent pas l'Espace
économique européen.

11. Réversibilité
11.1 À la fin du contrat, quelle qu'en soit la cause, le Prestataire remet au Client, dans les
15 jours de sa demande et sans frais, un export complet des données (fichiers CSV documentés)
et des documents attachés (PDF, dans leur arborescence), ainsi que la documentation du
paramétrage (champs, workflows, modèles de courrier).
11.2 À la demande du Client, le Prestataire maintient le service aux conditions de la présente
annexe pendant une période de transition de trois mois au maximum et répond aux questions du
nouveau prestataire, au taux horaire de l'article 2.2.

Fait à Wavre, le 30/11/2026, en deux exemplaires, chaque page étant paraphée.

Pour Courtisoft SA                               Pour Bureau d'assurances Lemaire & Fils SRL
Patrick Verhaegen, directeur des opérations      Olivier Lemaire, administrateur
[signature]                                      [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "partial",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
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
        "exit.termination": "partial",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

FR_T17S_MUTUALITE_IT_AUDIT_ENGAGEMENT_LETTER = UnseenDocument(
    name="fr_t17s_mutualite_it_audit_engagement_letter",
    text="""CLAIRVOIE CONSULTING SRL
Rue du Bosquet 7, 1348 Louvain-la-Neuve - BCE BE 0823.560.917

                                        Mutualité Entraide Sambre - à l'attention de
                                        M. Jean-Marc Thiry, secrétaire général
                                        Boulevard Tirou 102, 6000 Charleroi

Louvain-la-Neuve, le 2 décembre 2026
Réf. : CLV/LM/2026-093

Objet : lettre de mission - audit informatique et de sécurité de l'information

Monsieur le Secrétaire général,

Nous vous remercions de la confiance que vous nous accordez. La présente lettre fait suite à
notre proposition du 18 novembre 2026 (réf. CLV/PR/2026-211), dont la méthodologie et le
questionnaire d'entretien font partie intégrante de la mission, et à notre réunion du
26 novembre avec votre conseiller en sécurité. Elle précise les conditions de notre
intervention.

1. Objectifs et périmètre
L'audit vise à évaluer le niveau de maturité de la mutualité au regard des normes minimales de
sécurité de la Banque Carrefour de la Sécurité Sociale et de la norme ISO/IEC 27001:2022, et à
formuler un plan d'actions priorisé. Il couvre cinq domaines : gouvernance et organisation de
la sécurité ; gestion des accès et des identités ; sauvegardes et continuité ; gestion des
postes, serveurs et correctifs ; relations avec les sous-traitants informatiques.
Sont exclus : les tests d'intrusion techniques, l'audit des applications gérées par l'Union
nationale et le Collège intermutualiste, ainsi que l'audit des comptes.

2. Déroulement et planning
  - semaine du 11/01/2027 : réunion de lancement et collecte documentaire ;
  - du 18/01 au 05/02/2027 : entretiens (une quinzaine, sur le site de Charleroi et à
    l'agence de Gosselies) et contrôles par échantillonnage ;
  - 19/02/2027 : remise du rapport provisoire ;
  - 12/03/2027 : remise du rapport définitif et présentation au comité de direction.
Le rapport provisoire vous est soumis pour commentaires, que vous nous transmettez dans les
10 jours ouvrables. Le rapport définitif est réputé accepté à la signature, par vous, du
procès-verbal de clôture de la mission.

3. Vos engagements
Pour permettre le respect de ce planning, la mutualité :
  - désigne M. Frédéric Mathy, conseiller en sécurité de l'information, comme interlocuteur ;
  - nous transmet au plus tard le 15/01/2027 les documents listés dans notre proposition
    (politique de sécurité, inventaire des applications, contrats des fournisseurs IT,
    rapports d'incidents 2025-2026) ;
  - assure la disponibilité des personnes à interviewer aux dates convenues.
Si des entretiens sont reportés de votre fait, le planning est décalé d'autant, sans frais
lorsque le report est annoncé au moins deux jours ouvrables à l'avance. Si un retard nous est
imputable, les journées supplémentaires nécessaires ne vous sont pas facturées.

4. Équipe
La mission est dirigée par Mme Laure Mercier, associée, CISA et ISO/IEC 27001 Lead Auditor,
qui compte dix-sept ans d'expérience en audit informatique, dont huit dans le secteur des
soins de santé et de la sécurité sociale. Elle est assistée de M. Hugo Baert, consultant
senior (CISSP, six ans d'expérience). Tout remplacement d'un membre de l'équipe requiert votre
accord préalable et se fait par une personne de qualification équivalente, sans surcoût pour
la mutualité.
La mission est réalisée conformément aux normes ITAF de l'ISACA ; le rapport fait l'objet d'une
revue qualité par un associé non impliqué dans la mission avant sa remise.

5. Suivi
Mme Mercier vous adresse chaque vendredi un court point d'avancement par e-mail (entretiens
réalisés, documents manquants, premiers constats importants, jours consommés). Un comité de
suivi composé de vous-même, de M. Mathy, de votre délégué à la protection des données et de
Mme Mercier se réunit au lancement, à mi-parcours et avant la remise du rapport provisoire.
À la fin de la mission, nous remettons à M. Mathy la matrice de contrôles complétée et le
registre des constats au format Excel, afin que votre équipe puisse assurer le suivi du plan
d'actions.

6. Honoraires
Nos honoraires sont calculés au temps passé, aux taux journaliers suivants (HTVA) : associée
1.150,00 EUR ; consultant senior 850,00 EUR. Nous estimons la mission à 9 jours d'associée et
18 jours de consultant, soit 25.650,00 EUR HTVA, frais de déplacement compris. Ce montant
constitue un budget maximal : il ne sera pas dépassé sans votre accord écrit préalable sur une
estimation complémentaire motivée. Les taux sont fixes pour la durée de la mission.
Nous facturons à la fin de chaque mois les jours prestés, sur la base d'un relevé détaillé.
Nos factures sont payables à 30 jours de leur date.

7. Nature de notre engagement
Notre mission constitue une obligation de moyens. Un audit réalisé par sondages ne permet pas
de garantir que toutes les faiblesses ou irrégularités existantes auront été détectées.

8. Confidentialité, données et propriété
8.1 Nous sommes tenus au secret professionnel pour toute information dont nous prenons
connaissance, pendant la mission et sans limite de durée après celle-ci.
8.2 Nous n'accédons aux données à caractère personnel des affiliés, y compris les données
relatives à la santé, que dans la mesure strictement nécessaire aux contrôles, dans vos locaux
et sans en prendre copie. Nous agissons à cet égard comme sous-traitant au sens de l'article 28
du RGPD ; la convention de sous-traitance jointe est signée en même temps que la présente
lettre.
8.3 Au terme de la mission, nous vous restituons tous les documents reçus et détruisons les
copies de travail dans les 30 jours, ce que nous vous confirmons par écrit ; seul un dossier
de travail, sans données d'affiliés, est conservé cinq ans à des fins de preuve.
8.4 Le rapport et ses annexes vous appartiennent et peuvent être communiqués à l'Office de
contrôle des mutualités et à vos autorités de tutelle. Nos outils, questionnaires et méthodes
restent notre propriété.

9. Responsabilité
Notre responsabilité est limitée au montant des honoraires facturés pour la mission, sauf dol
ou faute grave. Nous couvrons notre responsabilité professionnelle par une assurance auprès
d'AXA Belgium.

10. Fin anticipée
Chaque partie peut mettre fin à la mission par écrit moyennant un préavis de 15 jours ; les
prestations réalisées jusqu'à cette date restent dues.

11. Conditions générales, droit applicable et litiges
Nos conditions générales de mission, jointes, s'appliquent pour autant qu'elles ne dérogent pas
à la présente lettre, qui prévaut. La mission est régie par le droit belge. Tout différend est
d'abord soumis à une concertation entre vous-même et l'associée responsable ; à défaut
d'accord dans les 30 jours, les tribunaux de Charleroi sont compétents.

Nous vous saurions gré de nous retourner un exemplaire de la présente, signé pour accord.

Veuillez agréer, Monsieur le Secrétaire général, l'expression de nos sentiments distingués.

Laure Mercier
Associée, Clairvoie Consulting SRL
[signature]

Pour accord, pour la mutualité :
Nom : ............................................
Date : ...........................................
Signature : ......................................

Annexes : proposition CLV/PR/2026-211 ; conditions générales de mission ; convention de
sous-traitance
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
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
        "rollout.acceptance": "covered",
        "maintenance.services": "missing",
        "maintenance.support_hours": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.updates": "missing",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "notice_period_days": 15,
        "payment_term_days": 30,
    },
)

DOCUMENTS = [
    FR_T17S_BIM_SERVER_LICENCE,
    FR_T17S_FITNESS_ACCESS_CONTROL_ORDER,
    FR_T17S_BROKER_CRM_SLA_ANNEX,
    FR_T17S_MUTUALITE_IT_AUDIT_ENGAGEMENT_LETTER,
]
