"""Training batch 11 (fr, writer f): four documents as Belgian IT suppliers and their clients
write them.

- fr_t11f_garage_workshop_software_contract: a long formal contract (numbered articles) by which
  a Namur software house provides its hosted workshop-management software (repair orders,
  mechanics' planning, parts stock, invoicing) to a Peugeot/Citroën garage in
  Marche-en-Famenne: one-off set-up price, monthly subscription, data migration, availability
  with service credits, 36 months with tacit renewal, signed by both parties.
- fr_t11f_hotel_key_card_locks_quote: a Brussels locksmith-integrator's devis for RFID key-card
  door locks with lock-management software and a PMS interface for a 42-room hotel, with an
  optional yearly maintenance contract; the supplier's general terms apply, liability limited
  to repair of the hardware, an empty "bon pour accord" line for the client.
- fr_t11f_road_works_coordination_convention: a province's service convention (public
  procurement, negotiated procedure) for a SaaS platform coordinating road works between
  communes and network operators; several points left to cross-references or vague wording
  (price revision, acceptance, resolution times, availability on a best-efforts basis).
- fr_t11f_intune_school_enrolment_email: a short informal e-mail offer by a small Schaerbeek IT
  firm to enrol a Brussels school's pupil and teacher laptops in Microsoft Intune / Autopilot,
  in time and materials with a capped estimate; acceptance by a reply e-mail.

Written on 2026-12-05 by a helper session acting as training documents for the checklist
model, without reading the analyser's rules or its tests; labels from reading each text
against spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a
label or a text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "bon pour accord" line for the client
is a partial signature, an e-mail acceptance with no signature block is missing); partial =
mentioned but vague, a bare cross-reference without content, a placeholder, best-efforts only,
a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T11F_GARAGE_WORKSHOP_SOFTWARE_CONTRACT = UnseenDocument(
    name="fr_t11f_garage_workshop_software_contract",
    text="""CONTRAT D'ABONNEMENT ET DE MISE EN SERVICE
Logiciel de gestion d'atelier « AtelierNet »
Référence : AN-C-2026-0391

ENTRE
MECADATA SRL, dont le siège est établi chaussée de Louvain 431, 5020 Champion (Namur),
BCE BE 0712.554.083, représentée par M. Frédéric Dethier, gérant,
ci-après « le Fournisseur »,

ET
GARAGE COLLIGNON & FILS SRL, agent Peugeot et Citroën, dont le siège est établi route de
Bastogne 112, 6900 Marche-en-Famenne, BCE BE 0441.906.275, représentée par
M. Didier Collignon, administrateur,
ci-après « le Client ».

Article 1 - Objet
1.1 Le Fournisseur met à la disposition du Client, en mode hébergé, le logiciel AtelierNet :
prise de rendez-vous, ordres de réparation, planning des mécaniciens, gestion du stock de
pièces, devis et facturation, rappels d'entretien et de contrôle technique par SMS.
1.2 Le Fournisseur assure la mise en service (paramétrage, reprise des données, formation) et
le support du logiciel pendant toute la durée de l'abonnement.

Article 2 - Documents contractuels
Le contrat se compose du présent document, de ses annexes et de l'offre du Fournisseur
n° OF-AN-26-118 du 21/10/2026, qui en fait partie intégrante. En cas de contradiction, le
présent contrat prime sur ses annexes, qui priment sur l'offre. Les conditions générales de
l'une ou l'autre partie ne s'appliquent pas.

Article 3 - Périmètre
3.1 L'abonnement comprend : 4 postes de réception, 8 accès tablette pour l'atelier, le module
de commande de pièces connecté au catalogue TecDoc, 1.500 SMS par an et l'hébergement des
données dans un centre de données situé en Belgique.
3.2 Ne sont pas compris : les tablettes, ordinateurs, imprimantes et lecteurs de codes-barres ;
la connexion internet du Client ; les interfaces avec les portails des constructeurs, qui
peuvent faire l'objet d'une offre distincte.

Article 4 - Prix
4.1 Frais uniques de mise en service (forfait) :
    paramétrage et configuration des postes ........................ 2.950,00 EUR
    reprise des données de l'ancien logiciel ........................ 1.200,00 EUR
    formation sur site (deux demi-journées) ...........................  800,00 EUR
    Prix total de la mise en service, HTVA ........................... 4.950,00 EUR
4.2 Abonnement mensuel : 289,00 EUR HTVA pour le périmètre de l'article 3.1.
4.3 Les prestations hors périmètre sont facturées au taux horaire de 95,00 EUR HTVA.
4.4 L'abonnement et le taux horaire sont indexés le 1er janvier de chaque année selon l'indice
Agoria « salaires » ; l'augmentation ne peut excéder 3 % par an.

Article 5 - Facturation et paiement
Les frais de mise en service sont facturés pour moitié à la signature et pour moitié à la mise
en production. L'abonnement est facturé mensuellement à terme échu à partir de la mise en
production. Les factures sont payables à 30 jours de leur date.

Article 6 - Travaux supplémentaires
Toute prestation non prévue à l'article 3.1 fait l'objet d'un devis préalable mentionnant le
nombre d'heures et le prix. Aucun travail supplémentaire n'est facturé sans l'accord écrit du
Client sur ce devis.

Article 7 - Planning
Le paramétrage débute le 11/01/2027. La reprise des données est réalisée du 25/01 au
05/02/2027, l'installation des postes et la formation la semaine du 15/02/2027, et la mise en
production le lundi 01/03/2027.

Article 8 - Obligations du Client
Le Client remet au Fournisseur, au plus tard le 15/01/2027, l'export complet de son logiciel
actuel (fichier clients, véhicules, historique des ordres de réparation depuis 2019, stock). Il
fournit les tablettes et une connexion internet d'au moins 50 Mbit/s avant le 12/02/2027 et
rend ses deux réceptionnistes et son chef d'atelier disponibles pour la formation.

Article 9 - Retard
Si l'une des dates de l'article 7 ne peut être respectée, les parties conviennent de bonne foi
d'une nouvelle date.

Article 10 - Interlocuteurs
10.1 Le Fournisseur désigne M. Kevin Jacquet, consultant de mise en service, comme
interlocuteur unique pendant la mise en service. Le Client désigne M. Didier Collignon.
10.2 Toute difficulté non résolue par le support dans les 5 jours ouvrables peut être portée
par le Client devant Mme Laure Pirson, responsable du service clients, puis devant le gérant
du Fournisseur.

Article 11 - Mise en production et réception
11.1 Le Fournisseur installe l'application sur les postes et les tablettes du Client et assure
la mise en production à la date de l'article 7.
11.2 Avant la mise en production, le Client et le Fournisseur effectuent ensemble un test
complet sur trois ordres de réparation (rendez-vous, ordre, commande de pièces, facture). Un
procès-verbal de mise en service est signé par les deux parties à l'issue de ce test.

Article 12 - Reprise des données
Le Fournisseur reprend depuis l'export du Client les fiches clients (environ 6.200), les
véhicules (environ 7.800), l'historique des ordres de réparation et le stock de pièces. Une
reprise d'essai est contrôlée par le Client avant la reprise définitive.

Article 13 - Formation et documentation
Le Fournisseur forme sur site les réceptionnistes, le chef d'atelier et le magasinier (deux
demi-journées). Le manuel utilisateur et des vidéos de formation sont disponibles en ligne
pendant toute la durée de l'abonnement.

Article 14 - Support et maintenance
14.1 L'abonnement comprend la correction des anomalies du logiciel, sans frais, pendant toute
sa durée, l'assistance aux utilisateurs et la mise à jour mensuelle du catalogue TecDoc.
14.2 Le support est joignable au 081/40 27 90 et par le portail de tickets, du lundi au
vendredi de 8h00 à 18h00 et le samedi de 8h00 à 12h00.
14.3 Délais :
  - incident bloquant (impossibilité d'ouvrir un ordre de réparation ou de facturer) : prise en
    charge dans les 2 heures ouvrables, rétablissement dans les 8 heures ouvrables ;
  - incident non bloquant : prise en charge le jour ouvrable suivant, correction dans la
    prochaine version mensuelle.
14.4 Les nouvelles versions et les correctifs de sécurité sont installés par le Fournisseur
sans frais, en dehors des heures d'ouverture du garage ; les nouveautés sont annoncées par
e-mail une semaine à l'avance.
14.5 Un gestionnaire de compte, M. Kevin Jacquet, suit le dossier du Client après la mise en
production ; la configuration du Client (postes, paramétrage, interfaces) est documentée dans
la fiche client du support.

Article 15 - Disponibilité
15.1 Le Fournisseur garantit une disponibilité de l'application de 99,5 % par mois civil,
pendant les heures d'ouverture du support, hors maintenance planifiée annoncée 48 heures à
l'avance et effectuée en dehors de ces heures.
15.2 Pour chaque tranche entamée de 0,5 % en dessous de ce niveau, le Client reçoit une note de
crédit de 5 % de l'abonnement du mois concerné, avec un maximum de 25 %.

Article 16 - Durée et résiliation
16.1 Le contrat prend effet à la signature. L'abonnement est conclu pour une durée de 36 mois
à compter de la mise en production ; il est ensuite reconduit tacitement par périodes de
12 mois, sauf résiliation par lettre recommandée au moins trois mois avant l'échéance.
16.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie
auquel il n'est pas remédié dans les 30 jours d'une mise en demeure.

Article 17 - Fin du contrat
À la fin du contrat, pour quelque cause que ce soit, le Fournisseur remet au Client, dans les
30 jours et sans frais, un export complet de ses données (clients, véhicules, historique,
stock, factures) au format CSV, puis les efface de ses serveurs dans les 90 jours.

Article 18 - Propriété intellectuelle
AtelierNet reste la propriété exclusive du Fournisseur. Le Client reçoit un droit d'utilisation
non exclusif et non cessible pour la durée de l'abonnement. Les données encodées par le Client
restent sa propriété.

Article 19 - Confidentialité et données personnelles
19.1 Les parties gardent confidentielles les informations de l'autre partie pendant le contrat
et trois ans après sa fin.
19.2 Pour les données de la clientèle du garage, le Fournisseur agit comme sous-traitant au
sens de l'article 28 du RGPD, conformément à la convention de traitement jointe en annexe 2.

Article 20 - Responsabilité
La responsabilité du Fournisseur est limitée, par année contractuelle, au montant payé par le
Client au cours des douze mois précédant le fait générateur, sauf dol ou faute grave. Les
dommages indirects, dont le manque à gagner, sont exclus.

Article 21 - Droit applicable et litiges
Le contrat est régi par le droit belge. Les parties tentent de régler tout différend à l'amiable
au cours d'une réunion entre leurs dirigeants, dans les 15 jours de la demande de l'une
d'elles. À défaut d'accord dans les 30 jours, les tribunaux de Namur, division Namur, sont seuls
compétents.

Fait à Marche-en-Famenne, le 04/12/2026, en deux exemplaires.

Pour MECADATA SRL                               Pour GARAGE COLLIGNON & FILS SRL
Frédéric Dethier, gérant                        Didier Collignon, administrateur
[signature]                                     [signature]

Annexes : 1. offre OF-AN-26-118 - 2. convention de traitement des données
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
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
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
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

FR_T11F_HOTEL_KEY_CARD_LOCKS_QUOTE = UnseenDocument(
    name="fr_t11f_hotel_key_card_locks_quote",
    text="""SECURACCESS srl
Rue de la Petite Île 7, 1070 Anderlecht - TVA BE 0829.617.344
Tél. 02/520 18 66 - info@securaccess.be - www.securaccess.be

DEVIS N° SA-2026-0874
Date : 27/11/2026 - Validité : 45 jours

Client : HÔTEL DU GRAND SABLON SA
         Rue Bodenbroek 19, 1000 Bruxelles
         À l'attention de Mme Valérie Dumont, directrice générale

Objet : remplacement des serrures à clés des chambres par des serrures à carte RFID, avec
logiciel de gestion et interface avec votre logiciel hôtelier (PMS)

Suite à notre visite du 19 novembre et au relevé des 46 portes, nous avons le plaisir de vous
remettre notre meilleure offre.

1. Fournitures
   42 serrures RFID « Orion Slim » (Mifare DESFire), finition inox brossé,
   pour portes de chambres                           42 x 412,00 EUR       17.304,00
   4 lecteurs muraux pour portes communes (entrée de nuit, parking,
   salle de fitness, local bagagerie)                 4 x 385,00 EUR        1.540,00
   2 encodeurs de cartes de table (réception)         2 x 340,00 EUR          680,00
   1.000 cartes RFID au logo de l'hôtel                                       590,00
   Licence perpétuelle logiciel « OrionServer » (1 site, 50 portes)          2.150,00
   Interface bidirectionnelle avec votre PMS Mews (paramétrage)                 850,00

2. Prestations
   Démontage des anciennes serrures, pose et réglage des serrures,
   installation du logiciel sur votre serveur, encodage des portes            4.620,00
   Formation de l'équipe de réception (2 sessions de 2 heures)                  360,00

   TOTAL HTVA                                                               28.094,00 EUR
   TVA 21 %                                                                  5.899,74 EUR
   TOTAL TVAC                                                               33.993,74 EUR

3. Non compris
Les travaux de menuiserie (adaptation des huisseries, remplacement de portes), l'alimentation
électrique des lecteurs muraux, la licence de l'interface côté Mews et le serveur ou PC sur
lequel le logiciel est installé. Si des travaux complémentaires s'avèrent nécessaires lors de
la pose, ils font l'objet d'un devis complémentaire, à accepter par écrit avant exécution ;
ils sont alors facturés au tarif de 78,00 EUR HTVA de l'heure par technicien, plus
45,00 EUR de déplacement.

4. Délais et déroulement
Livraison des serrures 6 à 8 semaines après réception du devis signé et de l'acompte. La pose
se fait étage par étage, sur trois jours, à raison d'environ 15 chambres par jour, de manière à
ne bloquer qu'un étage à la fois. Les délais de livraison sont donnés à titre indicatif ; un
retard de livraison ne peut donner lieu à aucune indemnité ni à l'annulation de la commande.

5. À charge de l'hôtel
- libérer les chambres de l'étage concerné aux dates de pose convenues ;
- fournir un PC ou une machine virtuelle Windows pour le logiciel, une prise réseau et une
  prise électrique à chaque poste de réception, ainsi qu'un accès administrateur à Mews ;
- nous transmettre, au plus tard une semaine avant la pose, la liste du personnel et des
  niveaux d'accès souhaités (fichier Excel), que nous encodons dans le logiciel pour créer les
  cartes du personnel.

6. Mise en service et réception
Nos techniciens sont formés et certifiés par le fabricant. La pose est réalisée selon les
prescriptions du fabricant ; sur les portes coupe-feu, les serrures sont montées conformément
à leur certification EN 1634-1. Chaque porte est testée avec une carte client, une carte
personnel et la carte maître. Un procès-verbal de réception est signé avec votre responsable
technique à la fin des travaux. Nous vous remettons le plan de verrouillage (portes, zones,
niveaux d'accès) et le manuel d'utilisation du logiciel en français.
Votre chef de projet : M. Samir El Idrissi (0478/31 25 09).

7. Garantie
Garantie de 24 mois pièces et main-d'œuvre sur les serrures, lecteurs, encodeurs et le
logiciel, à compter de la date du procès-verbal de réception. Les piles et les dégâts dus à
une utilisation anormale sont exclus.

8. Contrat d'entretien « Sérénité » (recommandé)
- hotline 24h/24 et 7j/7 au 02/520 18 60 pour toute porte qui ne s'ouvre plus ;
- pour une porte de chambre ou une porte commune bloquée : intervention sur site dans les
  4 heures, 24h/24 ; autres demandes : intervention dans les 2 jours ouvrables, du lundi au
  vendredi de 8h00 à 17h00 ;
- une visite préventive par an (contrôle des serrures, remplacement des piles) ;
- mises à jour du logiciel OrionServer et du firmware des serrures comprises ;
- votre plan de verrouillage et la configuration de votre installation sont conservés dans
  notre dossier client, consultable par tous nos techniciens de garde.
Prix : 1.150,00 EUR HTVA par an, facturé annuellement à l'avance. Le contrat prend cours à la
réception pour un an et est reconduit tacitement d'année en année, sauf résiliation par lettre
recommandée au moins trois mois avant l'échéance. Le tarif du contrat d'entretien peut être
adapté chaque année par SecurAccess ; le nouveau tarif est communiqué un mois avant
l'échéance.

9. Conditions de paiement
Acompte de 40 % à la commande, solde à la réception des travaux. Factures payables à 15 jours
date de facture.

10. Propriété et licence
Les serrures deviennent la propriété de l'hôtel après paiement complet. Le logiciel
OrionServer reste la propriété du fabricant ; l'hôtel reçoit une licence d'utilisation pour un
site.

11. Conditions générales
Nos conditions générales de vente, imprimées au verso, s'appliquent à l'exclusion de toutes
conditions d'achat de l'hôtel. En cas de contradiction, les conditions du présent devis priment
sur nos conditions générales. Notre responsabilité est limitée à la réparation ou au
remplacement du matériel défectueux ; nous ne pouvons en aucun cas être tenus responsables des
vols, des dommages subis par l'hôtel ou ses clients, ni de la perte d'exploitation. Droit belge ;
les tribunaux de Bruxelles sont seuls compétents.

Pour SecurAccess srl                     Bon pour accord - pour l'Hôtel du Grand Sablon SA
Marc Vandenbossche, gérant              Nom et fonction : ...............................
[signature]                              Date : ............  Signature : ..................
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
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
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
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
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
        "warranty_days": 720,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T11F_ROAD_WORKS_COORDINATION_CONVENTION = UnseenDocument(
    name="fr_t11f_road_works_coordination_convention",
    text="""PROVINCE DE NAMUR
Service technique provincial - Direction des voiries

CONVENTION DE SERVICES
relative à la mise à disposition d'une plateforme de coordination des chantiers sur voirie
(marché public de services n° STP/2026/044 - procédure négociée sans publication préalable)

Entre :
La Province de Namur, dont les bureaux sont établis place Saint-Aubain 2, 5000 Namur,
représentée par son Collège provincial, pour lequel agissent Mme Anne Delvaux, députée
provinciale, et M. Philippe Gérard, directeur général provincial,
ci-après « la Province »,

et :
VIACOORD SRL, dont le siège est établi rue Louis de Geer 6, 1348 Louvain-la-Neuve,
BCE BE 0758.209.416, représentée par M. Jérôme Lefèvre, gérant,
ci-après « le Prestataire ».

Article 1er - Objet
Le Prestataire met à la disposition de la Province, en mode SaaS, sa plateforme ViaCoord, qui
permet aux 38 communes de la province, aux intercommunales et aux gestionnaires de réseaux
(eau, gaz, électricité, télécommunications) d'encoder leurs chantiers sur voirie, de visualiser
sur une carte les chantiers prévus, de détecter les conflits et de coordonner les dates
d'intervention, et de publier les chantiers à l'intention des citoyens.

Article 2 - Documents du marché
Le marché est régi, par ordre de priorité décroissant, par la présente convention, le cahier
spécial des charges n° STP/2026/044 et l'offre du Prestataire du 14/09/2026, qui en font partie
intégrante. Les conditions générales du Prestataire ne sont pas applicables.

Article 3 - Prix
3.1 La mise en service (paramétrage, import des données, formation) est rémunérée par un
forfait de 18.500,00 EUR HTVA.
3.2 L'abonnement annuel s'élève à 24.000,00 EUR HTVA ; il couvre l'accès de toutes les
communes de la province et de 250 utilisateurs au maximum, l'hébergement, le support et la
maintenance.
3.3 Le montant total du marché, sur sa durée maximale de quatre ans, est de 114.500,00 EUR HTVA.
3.4 Ne sont pas compris : les interfaces avec les logiciels des gestionnaires de réseaux et
l'application mobile de contrôle des chantiers, qui peuvent faire l'objet d'un marché distinct.
3.5 La révision des prix s'opère conformément à l'article 12 du cahier spécial des charges.
3.6 Les développements complémentaires éventuels feront l'objet d'un accord entre les parties.

Article 4 - Facturation et paiement
Le forfait de mise en service est facturé après la réception de la mise en production.
L'abonnement est facturé annuellement à l'avance. Le paiement intervient dans les 30 jours de
la réception de la facture, conformément à la réglementation relative aux marchés publics.

Article 5 - Planning de mise en service
- janvier 2027 : paramétrage (communes, gestionnaires de réseaux, types de chantiers) ;
- février 2027 : import des chantiers en cours et des couches cartographiques ;
- mars 2027 : formation des utilisateurs ;
- mise en production au plus tard le 01/04/2027.

Article 6 - Obligations de la Province
La Province désigne un administrateur fonctionnel de la plateforme, M. Luc Rasquin, chef de
bureau au Service technique provincial. Elle transmet au Prestataire, au plus tard le
15/01/2027, la liste des contacts des communes et des gestionnaires de réseaux, et au plus tard
le 31/01/2027 les fichiers des chantiers en cours collectés auprès des communes.

Article 7 - Retard
En cas de retard dans la mise en production imputable au Prestataire, une pénalité de 0,07 %
du montant du forfait de mise en service est due par jour calendrier de retard, plafonnée à
5 % de ce montant.

Article 8 - Équipe du Prestataire
8.1 Le projet est conduit par Mme Céline Warnier, cheffe de projet, qui justifie d'au moins dix
ans d'expérience en systèmes d'information géographique pour les pouvoirs publics, assistée de
M. Arnaud Body, consultant.
8.2 Le Prestataire veille, dans la mesure du possible, à la stabilité de l'équipe affectée au
marché.

Article 9 - Suivi
9.1 Un comité de suivi réunissant l'administrateur fonctionnel de la Province, un représentant
des communes et la cheffe de projet du Prestataire se tient deux fois par an.
9.2 Le Prestataire transmet chaque semestre un rapport d'utilisation : nombre de chantiers
encodés, utilisateurs actifs, incidents et délais de traitement.

Article 10 - Mise en service
10.1 Le Prestataire importe dans la plateforme les chantiers en cours fournis par la Province
ainsi que les couches de fond du PICC et les limites communales.
10.2 La mise en production fait l'objet d'une réception selon les modalités du cahier spécial
des charges.
10.3 Le Prestataire organise six sessions de formation d'une demi-journée, réparties dans les
arrondissements, et met à disposition des tutoriels vidéo et un guide administrateur.

Article 11 - Support et maintenance
11.1 L'abonnement comprend la maintenance corrective et évolutive de la plateforme et le
support aux utilisateurs par téléphone et par e-mail, du lundi au vendredi de 8h00 à 17h00.
11.2 Les demandes sont prises en charge dans les 4 heures ouvrables pour un incident bloquant
et dans les 2 jours ouvrables pour les autres demandes. Les incidents sont résolus dans les
meilleurs délais.
11.3 Les nouvelles versions sont mises en ligne sans frais ; elles sont annoncées aux
utilisateurs au moins 15 jours à l'avance, avec une note de version.
11.4 Le Prestataire met tout en œuvre pour assurer la meilleure disponibilité possible de la
plateforme, sans garantir un taux de disponibilité déterminé.

Article 12 - Durée
La convention prend cours à sa signature. L'abonnement est conclu pour une période initiale de
12 mois à compter de la mise en production. Il est reconduit tacitement par périodes de
12 mois, trois fois au maximum. La Province peut y mettre fin à chaque échéance moyennant un
préavis de trois mois notifié par lettre recommandée.

Article 13 - Résiliation
La Province peut résilier la convention en cas de manquement grave du Prestataire, après une
mise en demeure restée sans effet pendant 15 jours, conformément aux mesures d'office prévues
par la réglementation des marchés publics.

Article 14 - Fin de la convention
14.1 Dans les 30 jours de la fin de la convention, le Prestataire remet gratuitement à la
Province l'ensemble des données de la plateforme aux formats GeoJSON et CSV, avec leur
description.
14.2 Pendant une période de trois mois au plus, le Prestataire maintient l'accès à la
plateforme et assiste la Province dans le passage à une autre solution, aux conditions de
l'abonnement en cours.

Article 15 - Propriété, confidentialité et données
15.1 La plateforme reste la propriété du Prestataire. Les données encodées par les
utilisateurs sont la propriété de la Province, qui peut les publier sous licence ouverte.
15.2 Le Prestataire garde confidentielles les informations dont il a connaissance dans le
cadre du marché.
15.3 Pour les données de contact des agents des communes et des gestionnaires de réseaux, le
Prestataire agit comme sous-traitant de la Province au sens du RGPD ; la convention de
traitement figure en annexe 1.

Article 16 - Responsabilité
La responsabilité du Prestataire est limitée au montant total du marché, sauf dol, faute grave
ou dommage corporel.

Article 17 - Litiges
La convention est régie par le droit belge. Les parties se concertent pour résoudre à
l'amiable tout différend ; à défaut d'accord dans les 30 jours, les tribunaux de
l'arrondissement judiciaire de Namur sont seuls compétents.

Fait à Namur, le 03/12/2026, en deux exemplaires originaux.

Pour la Province de Namur,                          Pour ViaCoord SRL,
Le Directeur général provincial,  La Députée,       Jérôme Lefèvre, gérant
Philippe Gérard                   Anne Delvaux
[signature]                       [signature]       [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "partial",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "partial",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "partial",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T11F_INTUNE_SCHOOL_ENROLMENT_EMAIL = UnseenDocument(
    name="fr_t11f_intune_school_enrolment_email",
    text="""De : Thomas Renard <thomas@clairnuage.be>
À : Nadia Benali <n.benali@isj-schaerbeek.be>
Cc : Yassine Amrani <yassine@clairnuage.be>
Date : jeu. 3 déc. 2026 à 16:42
Objet : Intune - enrôlement des PC élèves et profs - notre proposition

Bonjour Madame Benali,

Merci pour l'échange de mardi avec M. Lambert. Comme promis, voici notre proposition pour
l'enrôlement de vos PC dans Microsoft Intune.

Ce qu'on fait
- inscription dans Windows Autopilot des 240 PC élèves (Dell Latitude 3140) et des 35 PC
  profs, sur base des numéros de série fournis par Dell ;
- configuration d'Intune : profils élèves et profs, Wi-Fi de l'école, BitLocker, Defender,
  restrictions pour les comptes élèves, anneaux de mises à jour Windows ;
- déploiement des applications : Office, Teams, navigateur Edge verrouillé, GeoGebra et les
  quatre logiciels pédagogiques que vous nous avez listés ;
- réinitialisation et enrôlement de tous les PC, puis vérification de la conformité dans la
  console.

Ce qui n'est pas compris : les iPads de l'école fondamentale, les imprimantes, les licences
(vos licences Microsoft 365 A3 comprennent Intune) et le packaging des logiciels pédagogiques
qui ne sont pas disponibles en version .msi ou dans le Store.

Comment
On commence par 3 PC pilotes (un élève, un prof, un PC de la salle d'info), que M. Lambert
teste et valide avant qu'on lance le reste. Toute la configuration suit les bonnes pratiques
Microsoft (baselines de sécurité Intune) et est testée sur les pilotes avant déploiement.
Attention : les PC sont réinitialisés, on ne reprend pas les données locales. Les élèves et
les profs doivent donc avoir tout mis sur OneDrive avant.

Quand
Pilotes la semaine du 18 janvier, déploiement général pendant le congé de détente, du 15 au
19 février 2027, pour ne pas perturber les cours. Pendant la semaine de déploiement, je vous
envoie un petit point chaque soir (PC faits, PC en erreur, ce qui reste).

De votre côté
- un compte administrateur global pour nous, pour le 11 janvier au plus tard ;
- la liste des logiciels à déployer et leurs licences, pour la même date ;
- les PC rassemblés et branchés dans la salle d'étude à partir du lundi 15 février, et
  quelqu'un pour nous ouvrir à 7h30.

Qui
C'est moi qui pilote le projet ; Yassine fait la configuration. Il est certifié Microsoft
Endpoint Administrator (MD-102) et a déjà enrôlé le parc de deux autres écoles à Bruxelles.

Prix
On travaille en régie, à 720,00 EUR HTVA par jour. On estime le travail à 5 jours (2 jours de
configuration et pilotes, 3 jours de déploiement), soit 3.600,00 EUR HTVA maximum. Si on voit
qu'il en faut plus, on vous prévient et on attend votre accord avant de continuer. Facture à la
fin du projet, payable à 30 jours.

Après
On vous laisse une petite documentation des profils et des stratégies, et on fait une séance
de 2 heures avec M. Lambert pour qu'il puisse gérer le parc seul. Pour les profs, on prévoit
30 minutes de présentation à la journée pédagogique du 22 février. Si un souci de
configuration apparaît dans le mois qui suit le déploiement, on le corrige gratuitement.
Pour le suivi ensuite, on peut vous faire une proposition de maintenance si vous le souhaitez.

Confidentialité et données
Les accès administrateur que vous nous confiez restent strictement confidentiels et on
supprime notre compte à la fin de la mission. On n'a pas besoin d'accéder aux données des
élèves ; si le PO souhaite une convention de traitement de données, on signera la vôtre.

Nos conditions générales (sur clairnuage.be/cg) s'appliquent. Si tout vous convient, un simple
« OK » par retour de mail suffit et on bloque les dates.

Bonne fin de semaine,

Thomas Renard
Clair Nuage srl - rue Josaphat 218, 1030 Schaerbeek - BE 0787.340.652
0486/22 71 95
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "partial",
        "rollout.acceptance": "covered",
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
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 30,
        "warranty_days": 30,
    },
)

DOCUMENTS = [
    FR_T11F_GARAGE_WORKSHOP_SOFTWARE_CONTRACT,
    FR_T11F_HOTEL_KEY_CARD_LOCKS_QUOTE,
    FR_T11F_ROAD_WORKS_COORDINATION_CONVENTION,
    FR_T11F_INTUNE_SCHOOL_ENROLMENT_EMAIL,
]
