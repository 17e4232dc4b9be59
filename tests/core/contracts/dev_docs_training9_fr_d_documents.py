"""Training batch 9 (fr, writer d): four documents as Belgian IT suppliers and their clients
write them.

- fr_t9d_driving_school_software_contract: a long formal contract (numbered articles) by which a
  Gosselies software house provides its booking and invoicing SaaS to a Namur driving school with
  three sites: fixed-price set-up, data migration, acceptance, planning with a price reduction
  on delay, SLA with availability and service credits, 24 months then tacit yearly renewal with
  two months' notice, data export at the end, signed by both parties.
- fr_t9d_retirement_home_wifi_quote: a Liège-area integrator's quote (devis) for structured
  cabling and a Wi-Fi network in a retirement home in Seraing, with a yearly management and
  licence formula; the supplier's general terms prevail, indicative lead times, hardware prices
  may be adapted, liability limited to repair or replacement, empty "bon pour accord" line.
- fr_t9d_sports_federation_licence_platform: a convention between a French-speaking sports
  federation (asbl) and a Brussels software company for an affiliation and licence-management
  platform: set-up, migration, pilot-club acceptance, steering committee, source-code escrow,
  but only best efforts on availability and handling times, prices revisable by the supplier,
  four seasons then tacit renewal per season with six months' notice, signed by both.
- fr_t9d_managed_antivirus_patching_conditions: special conditions of a managed antivirus/EDR
  and patch-management service for a Brussels accounting firm: per-device fees, 30-minute
  pick-up for active threats, service credit, monthly report, 12 months with tacit renewal and
  three months' notice, liability capped at three months of fees with data loss excluded,
  signed by both.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "bon pour accord" line for the client
is a partial signature); partial = mentioned but vague, a bare cross-reference without content,
a placeholder, best-efforts only, a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T9D_DRIVING_SCHOOL_SOFTWARE_CONTRACT = UnseenDocument(
    name="fr_t9d_driving_school_software_contract",
    text="""CONTRAT DE SERVICES - LOGICIEL DE RÉSERVATION ET DE FACTURATION « DRIVEPLAN »
Contrat n° DP-2026-041

ENTRE DRIVEPLAN SRL, dont le siège est établi avenue Georges Lemaître 21, 6041 Gosselies,
BCE BE 0742.516.883, représentée par M. Nicolas Verhaegen, gérant, ci-après « le Fournisseur »,
ET AUTO-ÉCOLE LES HIRONDELLES SRL, école de conduite agréée, dont le siège est établi chaussée de
Louvain 212, 5000 Namur, BCE BE 0467.209.154, représentée par Mme Isabelle Rondeau, gérante,
ci-après « le Client ».

Article 1 - Objet
Le Fournisseur met à la disposition du Client, en mode SaaS, le logiciel DrivePlan (réservation
en ligne des leçons, agenda des moniteurs et des véhicules, suivi des heures de formation,
inscription aux examens, facturation, paiement en ligne, rappels SMS) pour ses sièges de Namur,
Jambes et Andenne, et en assure la mise en place, l'hébergement, la maintenance et le support.

Article 2 - Documents contractuels
Le contrat se compose, par ordre de priorité décroissant : le présent contrat ; ses annexes
(1. description fonctionnelle ; 2. convention de traitement des données) ; l'offre du
Fournisseur n° OF-DP-2026-112 du 28/10/2026. Toutes autres conditions, y compris les conditions
générales du Fournisseur et les conditions d'achat du Client, sont exclues.

Article 3 - Périmètre
3.1 Sont compris : 12 comptes moniteurs, 3 comptes secrétariat et un nombre illimité de comptes
élèves ; le paramétrage des tarifs, des forfaits et des catégories de permis (A, B, C) ; la
reprise des données ; la formation ; 500 SMS par mois.
3.2 Ne sont pas compris : les tablettes des moniteurs et la connexion internet ; la tenue de la
comptabilité (le Client exporte les factures vers son logiciel comptable au format décrit à
l'annexe 1) ; les SMS au-delà de 500 par mois (0,09 EUR HTVA par SMS) ; les frais de
transaction du prestataire de paiement, facturés directement par celui-ci au Client.

Article 4 - Prix et paiement
4.1 Mise en place (forfait) : 5.850,00 EUR HTVA, soit paramétrage 2.900,00 EUR, reprise des
données 1.450,00 EUR et formation 1.500,00 EUR.
4.2 Abonnement : 34,00 EUR HTVA par compte moniteur et par mois, soit 408,00 EUR HTVA par mois
pour 12 moniteurs ; les comptes secrétariat et élèves sont inclus. Tout compte moniteur
supplémentaire est facturé au même tarif à partir du mois qui suit son activation.
4.3 Les prestations hors forfait sont facturées 92,00 EUR HTVA de l'heure.
4.4 L'abonnement et le taux horaire sont indexés le 1er janvier de chaque année suivant l'indice
santé, la hausse étant limitée à 3 % par an. Aucune autre modification de prix n'est possible
sans avenant signé par les deux parties.
4.5 Le forfait de mise en place est facturé à raison de 40 % à la signature et de 60 % à la
réception. L'abonnement est facturé mensuellement à terme échu à partir de la mise en
production. Les factures sont payables à 30 jours de leur date.

Article 5 - Demandes de modification
Toute demande d'adaptation ou de développement hors périmètre fait l'objet, dans les cinq jours
ouvrables, d'un devis écrit du Fournisseur (estimation des heures, prix, impact sur le
planning). Le Fournisseur n'exécute et ne facture aucune prestation hors forfait sans l'accord
écrit de la gérante du Client sur ce devis.

Article 6 - Planning et retards
6.1 Réunion de lancement : 11/01/2027. Paramétrage et reprise d'essai : jusqu'au 05/02/2027.
Formation et tests de réception : du 15/02 au 26/02/2027. Mise en production : 01/03/2027.
6.2 Si la mise en production est retardée du fait du Fournisseur, celui-ci accorde une réduction
de 100,00 EUR HTVA par jour ouvrable de retard sur le forfait de mise en place, plafonnée à 15 %
de ce forfait. Si le retard est imputable au Client, le planning est décalé d'autant ; les
heures supplémentaires éventuelles suivent la procédure de l'article 5.

Article 7 - Obligations du Client
Le Client :
- transmet au plus tard le 18/01/2027 l'export de son logiciel actuel (fiches élèves, soldes des
  forfaits, historique des leçons 2024-2026) et sa grille tarifaire ;
- désigne Mme Caroline Mathy, responsable du secrétariat, comme personne de contact, disponible
  une demi-journée par semaine pendant la mise en place ;
- libère ses moniteurs pour la formation et exécute les tests de réception dans le délai prévu.

Article 8 - Mise en place
8.1 La mise en place est dirigée par M. Thomas Piron, chef de projet du Fournisseur. Pendant la
mise en place, il adresse chaque vendredi au Client un état d'avancement par e-mail (tâches
réalisées, points ouverts, respect du planning).
8.2 Le Fournisseur importe les fiches des élèves actifs (environ 650), les soldes des forfaits et
l'historique des leçons des trois dernières années. Une reprise d'essai est validée par le
Client ; la reprise définitive est effectuée le week-end précédant la mise en production.
8.3 Le Client teste DrivePlan sur la base de scénarios fournis par le Fournisseur (réservation,
annulation, facturation, paiement, export comptable). La réception est constatée par un
procès-verbal signé par les deux parties lorsque aucune anomalie bloquante ne subsiste.
8.4 Le Fournisseur donne deux sessions d'une demi-journée au secrétariat et une session de deux
heures aux moniteurs (en soirée, à Namur). Le chef de projet est présent à Namur le jour de la
mise en production et une ligne prioritaire est ouverte pendant les deux premières semaines. Un
guide en ligne et des tutoriels vidéo sont mis à la disposition des élèves.
8.5 Le Fournisseur remet un manuel d'administration (tarifs, moniteurs, véhicules) et la
description du format d'export comptable.
8.6 Le Fournisseur exécute ses prestations selon les règles de l'art. Chaque nouvelle version de
DrivePlan est testée sur un environnement de recette avant son déploiement.

Article 9 - Garantie
Pendant les trois mois qui suivent la mise en production, le Fournisseur corrige gratuitement
toute erreur de paramétrage ou de reprise des données. Les anomalies du logiciel sont corrigées
sans frais pendant toute la durée du contrat dans le cadre de l'abonnement.

Article 10 - Hébergement, maintenance et support
10.1 L'abonnement comprend l'hébergement dans deux centres de données situés en Belgique, une
sauvegarde quotidienne conservée 30 jours, la maintenance corrective et évolutive et le support
du secrétariat et des moniteurs. Les élèves s'adressent au Client.
10.2 Les nouvelles versions et les correctifs de sécurité sont installés par le Fournisseur sans
frais. Les mises à jour majeures sont annoncées dix jours à l'avance et installées entre 22h00
et 6h00 ; les correctifs de sécurité critiques sont appliqués dans les 72 heures.
10.3 Le support est joignable via support.driveplan.be, support@driveplan.be et le 071/35 62 40,
du lundi au vendredi de 8h00 à 18h00 et le samedi de 9h00 à 13h00.
10.4 Délais, calculés pendant les heures de support :
  - priorité 1 (réservation ou facturation impossible pour tous les utilisateurs) : prise en
    charge dans l'heure, rétablissement ou contournement dans les 4 heures ;
  - priorité 2 (fonction dégradée, un site ou un moniteur bloqué) : prise en charge dans les
    4 heures, résolution dans les 2 jours ouvrables ;
  - priorité 3 (question, anomalie mineure) : réponse le jour ouvrable suivant, correction dans
    une prochaine version.
10.5 Le Fournisseur garantit une disponibilité de 99,5 % par mois calendrier, mesurée par une
sonde externe, hors maintenances planifiées (au maximum 4 heures par mois, la nuit).
10.6 Si la disponibilité mensuelle est inférieure à 99,5 %, le Client reçoit un crédit de 10 % de
l'abonnement du mois ; en dessous de 98 %, de 25 %. Le crédit est imputé d'office sur la facture
suivante.
10.7 Mme Lucie Gérard, gestionnaire de compte, est l'interlocutrice du Client pendant toute la
durée du contrat. La fiche du Client (paramétrage, tarifs, particularités des trois sites) est
tenue à jour et consultable par toute l'équipe de support.
10.8 Le Fournisseur transmet un rapport mensuel (disponibilité, tickets, délais, SMS consommés)
et organise une revue annuelle avec la gérante du Client.

Article 11 - Escalade
Tout problème non résolu entre les personnes de contact est porté par écrit devant les gérants
des deux parties, qui se concertent dans les dix jours ouvrables.

Article 12 - Durée et résiliation
12.1 Le contrat est conclu pour 24 mois à compter de la mise en production. Il est ensuite
reconduit tacitement par périodes de 12 mois, sauf résiliation par écrit au moins deux mois avant
l'échéance.
12.2 Chaque partie peut résilier le contrat avec effet immédiat en cas de manquement grave de
l'autre partie non réparé dans les 30 jours d'une mise en demeure. Le Client peut en outre
résilier sans indemnité si la disponibilité est inférieure à 98 % pendant trois mois sur douze.

Article 13 - Fin du contrat
13.1 Dans les 15 jours de la fin du contrat, le Fournisseur remet sans frais au Client un export
complet (élèves, leçons, forfaits, factures, paiements) au format CSV, ainsi que les factures au
format PDF. Les données sont ensuite conservées 60 jours puis supprimées ; une attestation de
suppression est délivrée sur demande.
13.2 À la demande du Client, le Fournisseur apporte une assistance raisonnable au passage vers un
autre logiciel, selon des modalités à convenir entre les parties.

Article 14 - Propriété intellectuelle
DrivePlan reste la propriété du Fournisseur. Le Client reçoit un droit d'utilisation non
exclusif et non cessible pour la durée du contrat. Les données, tarifs et contenus introduits
par le Client restent sa propriété.

Article 15 - Confidentialité et données personnelles
15.1 Chaque partie garde confidentielles les informations de l'autre pendant le contrat et trois
ans après sa fin.
15.2 Le Fournisseur traite les données des élèves (identité, coordonnées, date de naissance,
numéro de registre national pour l'inscription aux examens, progression) en qualité de
sous-traitant au sens de l'article 28 du RGPD, conformément à l'annexe 2, qui liste ses
sous-traitants ultérieurs. Les données sont hébergées en Belgique.

Article 16 - Responsabilité
La responsabilité du Fournisseur est limitée au montant total payé par le Client au cours des
24 mois précédant le fait dommageable, avec un minimum de 25.000,00 EUR, sauf dol ou faute grave.
Le manque à gagner est exclu. La reconstitution des données perdues à la suite d'un manquement du
Fournisseur à ses obligations de sauvegarde reste à sa charge.

Article 17 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis à la procédure de
l'article 11 ; à défaut d'accord dans les 30 jours, les parties recourent à un médiateur agréé
par la Commission fédérale de médiation. À défaut d'accord dans les 60 jours suivant la
désignation du médiateur, les tribunaux de Namur, division Namur, sont seuls compétents.

Fait à Namur, le 03/12/2026, en deux exemplaires.

Pour DrivePlan SRL                               Pour Auto-École Les Hirondelles SRL
Nicolas Verhaegen, gérant                        Isabelle Rondeau, gérante
[signature]                                      [signature]
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
        "team.replacement": "missing",
        "team.seniority": "missing",
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
        "exit.transition": "partial",
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

FR_T9D_RETIREMENT_HOME_WIFI_QUOTE = UnseenDocument(
    name="fr_t9d_retirement_home_wifi_quote",
    text="""TECHNOLINK SRL
Rue de l'Abbaye 45 - 4040 Herstal - TVA BE 0822.647.390 - 04/264 18 50 - info@technolink.be

DEVIS N° 2026-0618
Date : 01/12/2026 - Validité : 30 jours

Client : Résidence Les Tilleuls ASBL - maison de repos et de soins (96 lits)
         Rue du Chêne 12, 4100 Seraing
À l'attention de M. Didier Hennen, directeur, et de M. Marc Lenoir, responsable technique

Objet : câblage structuré et réseau Wi-Fi - bâtiments A et B (rez-de-chaussée et deux étages)

Monsieur le Directeur,

Suite à notre visite du 19/11/2026 et à l'étude de couverture radio réalisée le même jour, nous
avons le plaisir de vous remettre notre meilleure offre.

1. CÂBLAGE STRUCTURÉ                                      Qté      P.U.        Total
1.1 Câble Cat6A U/FTP LSZH, pose en goulotte et
    faux plafond                                       3.200 m      1,85     5.920,00
1.2 Prises RJ45 Cat6A (bornes, postes infirmiers,
    bureaux)                                              64       38,00     2.432,00
1.3 Armoire 19" 24U au local technique, panneaux de
    brassage et bandeau électrique                         1    1.640,00     1.640,00
1.4 Coffret 12U à l'étage du bâtiment B                    1      690,00       690,00
1.5 Main-d'œuvre de pose et de raccordement,
    rebouchage coupe-feu des traversées inclus        forfait               9.800,00
1.6 Mesure et certification de chaque lien (Fluke DSX)    64       12,00       768,00
                                                            Sous-total 1  21.250,00

2. RÉSEAU WI-FI
2.1 Bornes Wi-Fi 6 Cisco Meraki MR36, fixation
    plafond                                               26      585,00    15.210,00
2.2 Switch PoE+ 48 ports Meraki MS120-48FP                  2    2.950,00     5.900,00
2.3 Pare-feu Meraki MX68 avec portail invité               1      890,00       890,00
2.4 Mise en service et configuration (forfait) : trois
    réseaux (personnel, résidents et visiteurs,
    équipements techniques), VLAN, portail invité,
    mesure de couverture après installation           forfait               1.250,00
                                                            Sous-total 2  23.250,00

TOTAL HTVA                                                                 44.500,00
TVA 21 %                                                                    9.345,00
TOTAL TVAC                                                                 53.845,00

3. FORMULE DE GESTION ET LICENCES (annuelle)                       2.340,00 HTVA / an
Licences Meraki Enterprise (26 bornes, 2 switchs, pare-feu), surveillance du réseau depuis notre
tableau de bord, installation mensuelle des mises à jour de firmware en dehors des heures de
jour, support par téléphone et e-mail les jours ouvrables de 8h00 à 17h00.
En cas de panne générale du Wi-Fi, nous intervenons à distance dans les 4 heures ouvrables ; une
borne ou un switch défectueux est remplacé sur site au plus tard le jour ouvrable suivant le
diagnostic. Les autres demandes sont traitées dans les 2 jours ouvrables.
La formule prend cours à la réception des travaux pour un an et se renouvelle tacitement
d'année en année, sauf résiliation par lettre recommandée au moins un mois avant l'échéance.
Elle est facturée annuellement à l'avance. Le compte d'administration Meraki est créé au nom de
la Résidence.

4. NON COMPRIS
Les travaux de génie civil, le désamiantage ou la remise en état de plafonds contenant de
l'amiante, le raccordement du système d'appel infirmier, l'alimentation électrique du local
technique et les postes de travail. Tout travail non prévu au présent devis n'est exécuté
qu'après signature par votre responsable technique d'un bon de travail mentionnant le nombre
d'heures estimé ; il est facturé 68,00 EUR HTVA de l'heure par technicien, plus 35,00 EUR HTVA de
déplacement.

5. DÉLAIS ET ORGANISATION DU CHANTIER
Début des travaux dans les 4 semaines suivant la réception de l'acompte ; durée estimée : 15
jours ouvrables, aile par aile, de 8h00 à 16h30. Aucun travail n'a lieu dans les chambres
pendant les repas ni entre 13h00 et 15h00 ; l'ordre des chambres est fixé avec l'infirmière en
chef. Les délais sont donnés à titre indicatif ; un retard ne donne droit à aucune indemnité.
Une réunion de chantier a lieu chaque lundi à 9h00 avec M. Lenoir ; nous vous envoyons le
compte rendu (travaux réalisés, prochaines ailes, points ouverts) le jour même.
Votre interlocuteur est M. Kevin Lemaire, chef de chantier (0476/82 15 33), assisté de deux
techniciens. Nos techniciens sont titulaires du certificat VCA et certifiés Cisco Meraki (CMNA).

6. À CHARGE DU CLIENT
Avant le début des travaux, vous nous remettez l'inventaire amiante des zones concernées et
mettez à disposition une prise 16 A au local technique. Vous assurez l'accès aux chambres et aux
locaux techniques selon l'ordre convenu et informez les résidents et leurs familles.

7. RÉCEPTION, DOSSIER ET PRISE EN MAIN
Chaque lien est certifié selon la norme ISO/IEC 11801 (classe EA) et le rapport de mesure vous
est remis. Après installation, nous mesurons la couverture dans chaque chambre et chaque couloir
(objectif : signal d'au moins -67 dBm sur 95 % des surfaces). La réception a lieu
contradictoirement avec M. Lenoir et fait l'objet d'un procès-verbal.
Nous vous remettons un dossier as-built (plans de câblage, rapports de mesure, configuration,
mots de passe sous pli fermé), conservé également dans notre outil de support et mis à jour à
chaque intervention. Une séance d'une heure est prévue pour votre responsable technique et le
personnel de l'accueil (portail invité, codes d'accès visiteurs).

8. GARANTIE
24 mois pièces et main-d'œuvre sur l'ensemble de l'installation à compter de la réception, hors
dégâts causés par des tiers ou par une surtension.

9. CONDITIONS DE PAIEMENT
Acompte de 30 % à la commande, solde de 70 % à la réception. Factures payables à 15 jours.
Les prix du matériel sont basés sur le tarif actuel du fabricant ; en cas de hausse de plus de 3 %
avant notre commande du matériel, nous nous réservons le droit d'adapter ces prix.
Le matériel reste notre propriété jusqu'au paiement intégral.

10. CONDITIONS GÉNÉRALES
Nos conditions générales de vente, imprimées au verso, font partie intégrante du présent devis
et priment sur toute condition d'achat du client. Notre responsabilité est limitée à la
réparation ou au remplacement des éléments défectueux ; nous ne sommes pas responsables des
dommages indirects ni de la perte d'exploitation. Droit belge ; les tribunaux de Liège sont
seuls compétents.

Nous restons à votre disposition pour tout renseignement.

Pour TechnoLink SRL                      Bon pour accord - Résidence Les Tilleuls ASBL
Julien Bastin, gérant                    Nom : ..............................
                                         Date : .............. Signature : ...............
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
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
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
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
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
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
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

FR_T9D_SPORTS_FEDERATION_LICENCE_PLATFORM = UnseenDocument(
    name="fr_t9d_sports_federation_licence_platform",
    text="""CONVENTION DE PRESTATION DE SERVICES
Plateforme de gestion des affiliations et des licences « Licencia »
Marché n° FFSR-2026/03 - procédure négociée sans publication préalable

Entre :
la FÉDÉRATION FRANCOPHONE DES SPORTS DE RAQUETTE ASBL (FFSR), dont le siège est établi rue du
Stade 3, 5100 Jambes, numéro d'entreprise 0418.552.906, représentée par M. Philippe Rasquin,
président, et Mme Anne-Sophie Delvaux, secrétaire générale, ci-après « la Fédération »,

et :
SPORTIVO SOLUTIONS SRL, dont le siège est établi rue Gray 140, 1040 Etterbeek,
BCE BE 0699.318.045, représentée par M. Karim Benali, administrateur, ci-après « le
Prestataire ».

Préambule
La Fédération, reconnue et subventionnée par la Fédération Wallonie-Bruxelles, compte environ
14.500 affiliés répartis dans 180 clubs. Elle souhaite remplacer son application actuelle (base
de données Access et formulaires papier) par une plateforme en ligne. Après consultation de
trois prestataires, elle a retenu l'offre du Prestataire du 04/11/2026.

Article 1 - Objet
Le Prestataire met à la disposition de la Fédération et de ses clubs la plateforme Licencia,
en mode SaaS, paramétrée pour la Fédération : affiliations et renouvellements annuels ; paiement
en ligne des cotisations par les clubs ; délivrance des licences (carte numérique avec code QR) ;
transferts entre clubs ; enregistrement des certificats médicaux ; déclarations d'accident
transmises à l'assureur de la Fédération ; statistiques pour le rapport annuel à
l'Administration générale du Sport.

Article 2 - Documents contractuels
La convention comprend les annexes suivantes : 1. cahier des charges fonctionnel ; 2. offre du
Prestataire du 04/11/2026 ; 3. accord de traitement des données ; 4. convention de dépôt. En cas
de contradiction, la présente convention prime sur ses annexes et le cahier des charges prime
sur l'offre. Les conditions générales du Prestataire ne sont pas applicables.

Article 3 - Prix
3.1 La mise en place est réalisée pour un forfait de 12.500,00 EUR HTVA comprenant le
paramétrage, le connecteur avec l'assureur, la reprise des données, la formation et la mise en
production.
3.2 La redevance annuelle s'élève à 1,10 EUR HTVA par affilié actif au 31 décembre de la saison,
avec un minimum de 11.000,00 EUR HTVA par saison. Elle couvre l'hébergement, la maintenance, le
support et les mises à jour.
3.3 Ne sont pas compris : la gestion des compétitions et des classements, une application
mobile native, l'interface avec le logiciel comptable de la Fédération et les frais du
prestataire de paiement en ligne.
3.4 Toute demande complémentaire fait l'objet d'un devis préalable et n'est exécutée qu'après
accord écrit de la secrétaire générale. Elle est facturée au tarif de 720,00 EUR HTVA par jour.
3.5 Le Prestataire peut revoir le prix par affilié et le tarif journalier au début de chaque
saison, moyennant notification écrite au moins deux mois avant le 1er juillet.
3.6 Le forfait de mise en place est facturé pour moitié à la signature et pour moitié à la
réception. La redevance est facturée le 1er juillet, à l'avance, sur la base du nombre
d'affiliés de la saison précédente, et régularisée en janvier. Les factures sont payables à 30
jours.

Article 4 - Calendrier
Cadrage : janvier 2027. Paramétrage et développement du connecteur assureur : février à avril
2027. Reprise des données et tests : mai 2027. Formation : seconde quinzaine de mai 2027. Mise
en production : 1er juin 2027, pour l'ouverture des affiliations de la saison 2027-2028. Le
calendrier détaillé est arrêté lors de la réunion de lancement. En cas de retard, les parties
se concertent afin d'adapter le calendrier.

Article 5 - Engagements de la Fédération
La Fédération :
- transmet au plus tard le 15/03/2027 l'export de sa base des affiliés des trois dernières
  saisons et la liste des clubs ;
- fournit au Prestataire les spécifications de l'interface de son assureur ;
- désigne cinq clubs pilotes pour les tests de mai ;
- valide les documents de paramétrage dans les dix jours ouvrables de leur réception ;
- informe ses clubs de la nouvelle procédure d'affiliation.

Article 6 - Équipe et suivi
6.1 Le projet est mené, pour le Prestataire, par M. Jonathan Lefèvre, chef de projet, et, pour la
Fédération, par Mme Delvaux, secrétaire générale, assistée de M. Hugo Stas, responsable
informatique.
6.2 Le Prestataire veillera, dans la mesure du possible, à la continuité de son équipe pendant
la mise en place.
6.3 Un comité de pilotage réunit le président et la secrétaire générale de la Fédération, le chef
de projet et l'administrateur du Prestataire tous les deux mois pendant la mise en place, puis
deux fois par saison (septembre et mars). Le chef de projet y présente un rapport écrit
d'avancement (état du calendrier, points ouverts, risques).

Article 7 - Reprise des données, réception et formation
7.1 Le Prestataire reprend les affiliés, les clubs et l'historique des licences des trois
dernières saisons, effectue des contrôles d'intégrité et remet un rapport de reprise.
7.2 La Fédération et les cinq clubs pilotes testent la plateforme pendant trois semaines en mai
2027 sur la base de scénarios fournis par le Prestataire. La réception est prononcée par écrit
par la secrétaire générale lorsque les scénarios sont exécutés sans anomalie bloquante.
7.3 Les anomalies signalées pendant les trois mois qui suivent la mise en production, y compris
celles du paramétrage et du connecteur assureur, sont corrigées sans frais.
7.4 Le Prestataire donne deux demi-journées de formation au secrétariat fédéral et un webinaire
d'une heure et demie, enregistré, aux secrétaires de clubs. Il fournit des tutoriels vidéo et un
manuel d'administration à la Fédération.

Article 8 - Exploitation, support et maintenance
8.1 La plateforme est hébergée dans l'Union européenne. Les mises à jour fonctionnelles et les
correctifs de sécurité sont compris ; hors correctifs de sécurité, ils ne sont pas déployés
pendant la période d'affiliation (du 1er juin au 30 septembre).
8.2 Le Prestataire assure un helpdesk de deuxième ligne pour le secrétariat fédéral, les clubs
et les affiliés s'adressant à la Fédération. Le helpdesk est joignable par e-mail et par
téléphone les jours ouvrables de 9h00 à 17h00 et, du 1er juin au 30 septembre, également le
samedi de 9h00 à 13h00.
8.3 Le Prestataire s'efforce de prendre en charge et de résoudre les incidents dans les meilleurs
délais, en donnant la priorité à ceux qui empêchent les affiliations ou les paiements.
8.4 Le Prestataire met tout en œuvre pour assurer une disponibilité maximale de la plateforme,
en particulier pendant la période d'affiliation. Les maintenances planifiées sont annoncées cinq
jours ouvrables à l'avance.
8.5 Après la mise en production, M. Lefèvre reste l'interlocuteur privilégié de la Fédération.

Article 9 - Durée et résiliation
9.1 La convention est conclue pour quatre saisons sportives, du 1er juillet 2027 au 30 juin 2031,
les prestations de mise en place débutant à la signature. Elle est ensuite reconduite
tacitement par saison de douze mois, sauf dénonciation par lettre recommandée au moins six mois
avant la fin de la saison en cours.
9.2 Chaque partie peut résilier la convention en cas de manquement grave de l'autre partie non
réparé dans les 30 jours d'une mise en demeure. La Fédération peut en outre la résilier
moyennant un préavis de trois mois si sa subvention de fonctionnement lui est retirée.

Article 10 - Fin de la convention
À la fin de la convention, le Prestataire restitue à la Fédération les données des affiliés et
des clubs dans un format à convenir, puis les supprime.

Article 11 - Dépôt du code source
Le code source de Licencia et sa documentation technique sont déposés auprès d'un agent de dépôt
indépendant selon la convention tripartite de l'annexe 4, et mis à jour à chaque version majeure
et au moins une fois par an. Le dépôt est libéré au profit de la Fédération en cas de faillite
ou de cessation d'activité du Prestataire, ou s'il cesse d'assurer la maintenance de Licencia ;
la Fédération peut alors l'utiliser pour assurer la continuité du service. Les frais du dépôt
sont à charge du Prestataire.

Article 12 - Propriété intellectuelle
Licencia reste la propriété du Prestataire. La Fédération et ses clubs reçoivent un droit
d'utilisation non exclusif pour la durée de la convention. Les données, logos et contenus de la
Fédération restent sa propriété.

Article 13 - Confidentialité et données personnelles
13.1 Les parties gardent confidentielles les informations échangées pendant la convention et
pendant cinq ans après sa fin.
13.2 Le Prestataire traite les données des affiliés (identité, coordonnées, date de naissance,
photo, certificats médicaux) en qualité de sous-traitant, conformément au RGPD et à l'accord de
traitement de l'annexe 3. Les certificats médicaux ne sont accessibles qu'au médecin fédéral et
aux personnes qu'il désigne. Toute violation de données est notifiée à la Fédération dans les
24 heures.

Article 14 - Responsabilité
La responsabilité du Prestataire est limitée au montant facturé à la Fédération au cours des
douze mois précédant le fait dommageable, sauf dol ou faute grave. Les dommages indirects sont
exclus.

Article 15 - Litiges
La convention est régie par le droit belge. Tout différend est d'abord soumis au comité de
pilotage ; à défaut d'accord dans le mois, les parties font appel à un médiateur agréé. À défaut
d'accord, les tribunaux francophones de Bruxelles sont compétents.

Fait à Jambes, le 03/12/2026, en deux exemplaires.

Pour la Fédération                                Pour Sportivo Solutions SRL
Philippe Rasquin, président                       Karim Benali, administrateur
Anne-Sophie Delvaux, secrétaire générale          [signature]
[signatures]
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
        "team.replacement": "partial",
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
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "partial",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 48,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)

FR_T9D_MANAGED_ANTIVIRUS_PATCHING_CONDITIONS = UnseenDocument(
    name="fr_t9d_managed_antivirus_patching_conditions",
    text="""SECURIS IT SRL
CONDITIONS PARTICULIÈRES - SERVICE « ENDPOINT SÉRÉNITÉ »
Antivirus géré et gestion des correctifs
Réf. CP-ES-2026-077

Client : FIDUCIAIRE VANDENBOSSCHE & ASSOCIÉS SRL, cabinet d'experts-comptables et de conseils
fiscaux, avenue Brugmann 388, 1180 Uccle, BCE BE 0453.781.026, représentée par
M. Laurent Vandenbossche, associé gérant (« le Client »).
Prestataire : SECURIS IT SRL, boulevard de la Woluwe 62, 1200 Woluwe-Saint-Lambert,
BCE BE 0721.904.635, représentée par Mme Sarah El Idrissi, directrice (« Securis »).

1. Documents applicables
Les présentes conditions particulières font suite à l'offre SEC-26-0931 du 12/11/2026, qui y
est annexée. Les conditions générales de Securis (version 2025-03), remises au Client avec
l'offre, s'appliquent pour tout ce qui n'est pas réglé ici ; en cas de contradiction, les
présentes conditions particulières prévalent.

2. Périmètre
Appareils couverts : 22 postes fixes et 4 portables sous Windows 11, 2 serveurs Windows Server
2022 (fichiers et applications comptables).
Le service comprend :
a) la fourniture, le déploiement et la gestion de la solution ESET PROTECT Complete (antivirus,
   EDR, filtrage web), licences comprises ;
b) la surveillance des alertes depuis la console centrale, les jours ouvrables de 8h00 à 18h00 ;
   en dehors de ces heures, les appareils présentant une menace active sont isolés
   automatiquement et l'alerte est prise en charge à l'ouverture du support ;
c) la gestion des correctifs Windows et des applications tierces courantes (navigateurs,
   Adobe Acrobat Reader, Java, 7-Zip, middleware eID) : les correctifs sont d'abord testés sur
   deux postes pilotes, puis déployés le jeudi qui suit le « Patch Tuesday » de Microsoft,
   entre 19h00 et 23h00 ; les correctifs critiques activement exploités (alertes du CCB) sont
   déployés dans les 72 heures ;
d) un rapport mensuel et une revue trimestrielle (point 7).
Ne sont pas compris : les mises à jour des logiciels comptables et fiscaux, la sauvegarde et la
restauration des données, la gestion du pare-feu, la migration des systèmes d'exploitation en
fin de support et la remédiation d'un incident majeur au-delà de ce que prévoit le point 5.

3. Mise en service
Dans les dix jours ouvrables suivant la signature, Securis dresse l'inventaire des appareils,
désinstalle l'antivirus actuel (Avast Business), déploie l'agent ESET et applique la politique
de sécurité convenue. La mise en service est confirmée par un rapport initial listant chaque
appareil protégé et les correctifs manquants.

4. Obligations du Client
Le Client donne à Securis un compte administrateur et un accès à distance ; il signale tout
nouvel appareil ou tout départ dans les cinq jours ouvrables ; il laisse les postes allumés le
jeudi du déploiement (à défaut, les correctifs s'installent au démarrage suivant) ; il ne
désactive pas la protection et assure lui-même ses sauvegardes.

5. Prix et paiement
- Frais de mise en service (forfait) : 780,00 EUR HTVA, facturés à la signature.
- Redevance : 8,90 EUR HTVA par poste et 24,00 EUR HTVA par serveur et par mois, soit
  279,40 EUR HTVA par mois pour 26 postes et 2 serveurs. Tout appareil ajouté est facturé au
  même tarif à partir du mois de son ajout.
- Interventions hors forfait : 95,00 EUR HTVA de l'heure, sur la base d'une estimation approuvée
  par écrit (e-mail) par le Client. En cas d'incident de sécurité grave, Securis peut intervenir
  immédiatement jusqu'à 4 heures sans accord préalable ; au-delà, l'accord du Client est requis.
- La redevance et le taux horaire sont indexés le 1er janvier selon l'indice des prix à la
  consommation. Securis peut en outre répercuter toute hausse du prix des licences décidée par
  l'éditeur, moyennant un préavis d'un mois.
- La redevance est facturée trimestriellement à l'avance. Les factures sont payables à 30 jours.

6. Niveaux de service
Support : portail de tickets, support@securis.be et 02/770 45 18, les jours ouvrables de 8h00 à
18h00.
- Priorité 1 - menace active (rançongiciel, détection non neutralisée, serveur compromis) :
  prise en charge dans les 30 minutes pendant les heures de support et isolement des appareils
  touchés ; remise en service du poste (nettoyage ou réinstallation de l'image standard) dans
  les 8 heures ouvrables, hors restauration des données.
- Priorité 2 - appareil non protégé ou correctif en échec : prise en charge dans les 4 heures
  ouvrables, résolution dans les 2 jours ouvrables.
- Priorité 3 - demande ou question : réponse le jour ouvrable suivant.
Si le délai de prise en charge d'une priorité 1 n'est pas respecté, Securis crédite 20 % de la
redevance du mois concerné sur la facture suivante.

7. Suivi
M. Arnaud Collignon, technicien attitré du Client, certifié ESET et Microsoft Endpoint
Administrator, compte huit ans d'expérience en sécurité informatique de PME ; il tient à jour
l'inventaire et la documentation de l'environnement du Client. Avant le 10 de chaque mois,
Securis transmet un rapport (taux de conformité des correctifs, menaces détectées, incidents,
appareils non vus depuis 14 jours). Une revue trimestrielle est organisée avec l'associé gérant.

8. Durée et résiliation
Le contrat est conclu pour 12 mois à compter de la mise en service. Il est ensuite reconduit
tacitement par périodes de 12 mois, sauf résiliation par écrit au moins trois mois avant
l'échéance. Chaque partie peut résilier le contrat en cas de manquement grave non réparé dans les
15 jours d'une mise en demeure.

9. Fin du contrat
À la fin du contrat, Securis remet au Client l'inventaire à jour et la documentation des
politiques de sécurité configurées. À la demande du Client, Securis prolonge le service aux
conditions en vigueur pendant trois mois au maximum et assiste le nouveau prestataire (transfert
ou désinstallation coordonnée des agents) au tarif du point 5.

10. Licences
Les licences ESET sont mises à la disposition du Client pour la durée du contrat ; elles restent
attachées au compte partenaire de Securis. Les scripts et outils de Securis restent sa propriété.

11. Secret professionnel et données personnelles
Securis reconnaît que le Client est tenu au secret professionnel. Ses techniciens n'accèdent aux
dossiers du Client que si c'est strictement nécessaire au service et sont tenus à la
confidentialité sur tout ce dont ils ont connaissance, pendant le contrat et après sa fin.
Securis agit en qualité de sous-traitant au sens du RGPD conformément à l'accord de traitement
annexé ; les données télémétriques de la solution sont hébergées dans l'Union européenne.

12. Responsabilité
Aucune solution de sécurité ne peut garantir l'absence totale d'infection ou d'intrusion. La
responsabilité de Securis est limitée au montant des redevances payées pendant les trois mois
précédant le fait dommageable. Securis ne répond en aucun cas de la perte de données, de la
rançon éventuelle, de la perte d'exploitation ni des amendes infligées au Client.

13. Droit applicable
Droit belge. Les tribunaux de l'entreprise francophones de Bruxelles sont seuls compétents.

Fait à Bruxelles, le 04/12/2026, en deux exemplaires.

Pour Securis IT SRL                           Pour Fiduciaire Vandenbossche & Associés SRL
Sarah El Idrissi, directrice                  Laurent Vandenbossche, associé gérant
[signature]                                   Lu et approuvé, [signature]
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
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
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
    },
)

DOCUMENTS = [
    FR_T9D_DRIVING_SCHOOL_SOFTWARE_CONTRACT,
    FR_T9D_RETIREMENT_HOME_WIFI_QUOTE,
    FR_T9D_SPORTS_FEDERATION_LICENCE_PLATFORM,
    FR_T9D_MANAGED_ANTIVIRUS_PATCHING_CONDITIONS,
]
