"""Held-out batch 11, French documents: a Walloon software maintenance contract for the control
software of a pharmacy's dispensing robot, between the Belgian distributor and a pharmacy in Liege
(36 months, tacit renewal by 12 months with six months' notice, service levels with credits, a
continuity letter from the manufacturer, signed by both parties); a services convention by which
a Walloon town (Nivelles) has a firm provide a mobile parking-payment app with a control interface
for its parking wardens, after a negotiated public procurement (36 months from go-live, one
express renewal of 12 months, availability and penalties, signed by the College and the firm);
and a short informal quote by e-mail from a local IT firm to a notary's office in Huy for
replacing nine PCs, with installation and transfer of user profiles, accepted by the notary's
e-mail reply.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty, so 36 months = 1080 days; response time
of the highest priority in hours, working hours counted as hours, 30 minutes = 0.5; a quote
accepted by e-mail, or an empty client signature line, is a partial signature and raises
risk.unsigned; items and risks whose reading is ambiguous are left out).
"""

from .unseen_documents import UnseenDocument

FR_PHARMACY_ROBOT_SOFTWARE_MAINTENANCE = UnseenDocument(
    name="fr_pharmacy_robot_software_maintenance",
    text="""CONTRAT DE MAINTENANCE LOGICIELLE
Système de délivrance automatisée APOMAT V-Max - logiciel de pilotage ApoControl
Contrat n° PRB-MS-2026-0158

ENTRE
PHARMAROBOT BENELUX srl, distributeur exclusif pour la Belgique et le Grand-Duché de Luxembourg
des systèmes APOMAT, avenue Lavoisier 8, 1300 Wavre, BCE BE 0714.382.915, représentée par
M. Didier Masson, administrateur délégué,
ci-après « le Prestataire »,

ET
PHARMACIE SAINTE-WALBURGE srl, rue Sainte-Walburge 182, 4000 Liège, BCE BE 0553.871.406,
représentée par Mme Anne-Sophie Renard, pharmacienne titulaire et gérante,
ci-après « le Client ».

Article 1 - Objet et documents contractuels
1.1 Le présent contrat a pour objet la maintenance du logiciel de pilotage ApoControl (version 7.4
à la signature) du robot de délivrance APOMAT V-Max n° de série VM-21-0647, installé dans
l'officine du Client en 2021, ainsi que de l'interface entre ApoControl et le logiciel de gestion
d'officine OfficinaPlus utilisé par le Client.
1.2 La maintenance mécanique et électrique du robot (préhenseurs, convoyeurs, capteurs) fait
l'objet d'un contrat distinct et n'est pas visée par le présent contrat.
1.3 Font partie du contrat : l'annexe 1 (description de l'installation), l'annexe 2 (convention
de sous-traitance au sens de l'article 28 du RGPD) et l'annexe 3 (lettre d'engagement du
fabricant APOMAT GmbH). En cas de contradiction, le présent contrat prévaut sur ses annexes.
Les conditions générales de l'une et l'autre partie ne s'appliquent pas.

Article 2 - Prestations comprises
Le Prestataire assure :
  a) un service d'assistance téléphonique et un portail de tickets ;
  b) le diagnostic et la correction à distance, par une connexion VPN sécurisée, des anomalies
     du logiciel ApoControl et de l'interface OfficinaPlus ;
  c) la fourniture et l'installation à distance des nouvelles versions, correctifs et mises à
     jour de sécurité d'ApoControl et du système d'exploitation du PC de commande du robot ;
  d) l'adaptation de l'interface lors d'une nouvelle version d'OfficinaPlus, pour autant que
     l'éditeur de ce logiciel ait communiqué ses spécifications ;
  e) un contrôle préventif annuel à distance (journaux, base de données, sauvegardes, espace
     disque) ;
  f) une session de formation à distance d'une heure par an pour le nouveau personnel.
Les mises à jour sont installées en dehors des heures d'ouverture de l'officine, à une date
communiquée au Client au moins cinq jours ouvrables à l'avance. Chaque version est testée par le
fabricant et par le Prestataire sur une installation de référence avant sa diffusion.

Article 3 - Prestations non comprises
Ne sont pas compris : le remplacement du PC de commande et de tout autre matériel, les
interventions rendues nécessaires par une modification du réseau ou du logiciel OfficinaPlus
non annoncée, par une mauvaise utilisation ou par l'installation d'autres logiciels sur le PC de
commande, ainsi que les déplacements sur site. Ces prestations sont facturées conformément à
l'article 8.3.

Article 4 - Niveaux de service
4.1 Les incidents sont classés comme suit :
  - Priorité 1 (bloquant) : le robot ne délivre plus ou ne communique plus avec OfficinaPlus ;
  - Priorité 2 (dégradé) : le robot délivre mais une fonction importante est indisponible
    (chargement automatique, gestion des dates de péremption, inventaire) ;
  - Priorité 3 (mineur) : toute autre anomalie ou question.
4.2 Délais :
  Priorité   Prise en charge par un technicien          Rétablissement ou contournement
  1          30 minutes, 24 h/24 et 7 j/7               4 heures
  2          4 heures ouvrables                         le jour ouvrable suivant
  3          2 jours ouvrables                          dans la version suivante
4.3 La hotline est joignable 24 h/24 et 7 j/7 au 010/39 84 00 pour les incidents de priorité 1,
y compris les jours de garde. Les autres demandes sont traitées du lundi au vendredi de 8h00 à
18h00 et le samedi de 9h00 à 13h00, par téléphone ou via le portail support.pharmarobot.be.
4.4 Les délais de l'article 4.2 constituent des obligations de résultat. Ils courent à partir de
l'appel du Client pour la priorité 1 et de l'enregistrement du ticket pour les autres priorités.

Article 5 - Compensation en cas de dépassement
Pour chaque incident de priorité 1 dont le délai de prise en charge ou de rétablissement n'est
pas respecté, le Client a droit à un crédit égal à 10 % de la redevance mensuelle, plafonné à
30 % de la redevance du trimestre concerné. Le crédit est déduit de la facture suivante.

Article 6 - Obligations du Client
Le Client :
  - maintient une connexion internet professionnelle et autorise l'accès VPN du Prestataire ;
  - désigne un référent robot parmi son personnel (à la signature : M. Julien Hardy, assistant
    pharmaceutique) et signale tout incident de priorité 1 par téléphone ;
  - n'installe aucun logiciel sur le PC de commande sans l'accord du Prestataire ;
  - informe le Prestataire au moins trente jours à l'avance de toute nouvelle version
    d'OfficinaPlus et de toute modification de son réseau.

Article 7 - Personnel et connaissance de l'installation
7.1 M. Grégory Lejeune, gestionnaire de compte, est l'interlocuteur du Client pour toute
question contractuelle et commerciale.
7.2 Les interventions sont réalisées par des techniciens formés et certifiés par APOMAT GmbH,
certification renouvelée chaque année.
7.3 Le Prestataire tient à jour un dossier de l'installation du Client (versions, paramètres,
plan réseau, historique des interventions), accessible à tous ses techniciens. Il remet au Client,
à chaque nouvelle version majeure, une note de version en français et le guide utilisateur mis à
jour.

Article 8 - Prix et paiement
8.1 La redevance annuelle de maintenance s'élève à 5.280,00 EUR HTVA. Elle est facturée
trimestriellement et anticipativement, soit 1.320,00 EUR HTVA par trimestre.
8.2 La redevance est adaptée le 1er janvier de chaque année selon la formule
P = P0 x (0,2 + 0,8 x S/S0), où S est l'indice Agoria des salaires de référence du mois de
novembre précédent et S0 celui de novembre 2026.
8.3 Les prestations non comprises sont facturées à 105,00 EUR HTVA de l'heure à distance et à
115,00 EUR HTVA de l'heure sur site, plus un forfait de déplacement de 65,00 EUR HTVA, sur la base
d'un devis accepté par écrit par le Client avant leur exécution. En cas d'urgence, l'accord peut
être donné par téléphone et est confirmé par e-mail le jour même.
8.4 Les factures sont payables dans les 30 jours de la date de facture.

Article 9 - Rapports et suivi
9.1 Chaque intervention donne lieu à un rapport transmis par e-mail au référent du Client.
9.2 Le Prestataire remet chaque année, en janvier, un rapport de service reprenant les incidents
par priorité, les délais réalisés, les mises à jour installées et ses recommandations. Ce rapport
est présenté lors d'une réunion annuelle d'évaluation entre le Client et le gestionnaire de
compte.
9.3 Escalade : technicien de support, puis gestionnaire de compte, puis Mme Nathalie Gérard,
directrice technique (n.gerard@pharmarobot.be).

Article 10 - Durée
Le contrat prend effet le 1er janvier 2027 pour une durée de trente-six mois. Il est ensuite
reconduit tacitement par périodes successives de douze mois, sauf résiliation par l'une des
parties notifiée par lettre recommandée au moins six mois avant l'échéance.

Article 11 - Résiliation
11.1 Chaque partie peut résilier le contrat si l'autre partie commet un manquement grave auquel
elle ne remédie pas dans les trente jours d'une mise en demeure par lettre recommandée.
11.2 Le Client peut en outre résilier le contrat avec effet immédiat si le délai de priorité 1
n'est pas respecté à trois reprises au cours d'une période de douze mois, ou moyennant un préavis
de trois mois en cas de cessation ou de cession de l'officine.

Article 12 - Fin du contrat
À la fin du contrat, pour quelque cause que ce soit, le Prestataire remet au Client, dans les
quinze jours et sans frais, une exportation complète de la base de données du robot (stock,
emplacements, dates de péremption, historique des mouvements) au format CSV, avec la description
des champs. Il supprime ensuite ses accès distants.

Article 13 - Continuité
Par la lettre jointe en annexe 3, le fabricant APOMAT GmbH s'engage, en cas de faillite ou de
cessation d'activité du Prestataire, à assurer lui-même ou par un autre partenaire agréé la
maintenance d'ApoControl aux conditions du présent contrat jusqu'à son échéance.

Article 14 - Propriété intellectuelle
Le logiciel ApoControl reste la propriété d'APOMAT GmbH. Le Client dispose d'un droit
d'utilisation non exclusif du logiciel, limité au robot visé à l'article 1, pour toute la durée
de vie de celui-ci ; ce droit n'est pas affecté par la fin du présent contrat.

Article 15 - Confidentialité et protection des données
15.1 Le Prestataire et son personnel gardent strictement confidentielles les informations dont
ils prennent connaissance chez le Client, en particulier celles couvertes par le secret
professionnel du pharmacien, pendant le contrat et sans limite de durée après sa fin.
15.2 Lors des interventions à distance, le Prestataire peut avoir accès à des données de
patients (noms liés aux délivrances réservées). Il agit alors comme sous-traitant du Client
conformément à la convention de l'annexe 2. Chaque connexion est journalisée.

Article 16 - Responsabilité
La responsabilité du Prestataire est limitée à 75.000,00 EUR par sinistre et par année
contractuelle, sauf dol ou faute grave. Le Prestataire n'est pas responsable des dommages
indirects. Il déclare être assuré en responsabilité civile professionnelle pour ce montant.

Article 17 - Litiges
Tout différend est d'abord examiné lors d'une réunion entre la gérante du Client et
l'administrateur délégué du Prestataire, dans les quinze jours de la demande de l'une des
parties. À défaut d'accord, le contrat est régi par le droit belge et les tribunaux de
l'arrondissement judiciaire de Liège sont seuls compétents.

Fait à Liège, le 02/12/2026, en deux exemplaires originaux.

Pour PHARMAROBOT BENELUX srl                   Pour PHARMACIE SAINTE-WALBURGE srl
Didier Masson, administrateur délégué          Anne-Sophie Renard, pharmacienne titulaire
(signé)                                        (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
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
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
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
        "response_time_hours_highest_priority": 0.5,
    },
)

FR_MUNICIPAL_PARKING_PAYMENT_APP_CONVENTION = UnseenDocument(
    name="fr_municipal_parking_payment_app_convention",
    text="""VILLE DE NIVELLES - CONVENTION DE SERVICES
Paiement du stationnement par application mobile et contrôle dématérialisé
Marché public de services - cahier spécial des charges n° 2026/MOB/014
Procédure négociée sans publication préalable - attribution par le Collège communal du 08/10/2026

ENTRE
la VILLE DE NIVELLES, place Albert Ier 2, 1400 Nivelles, représentée par son Collège communal,
pour lequel agissent M. Pierre Huart, Bourgmestre, et Mme Virginie Delhaye, Directrice générale,
en exécution de la délibération du Collège communal du 08/10/2026,
ci-après « la Ville »,

ET
PAYPARK srl, rue de l'Industrie 31, 1400 Nivelles, BCE BE 0689.540.172, représentée par
M. Sébastien Collignon, administrateur délégué,
ci-après « l'Adjudicataire ».

Article 1 - Objet
L'Adjudicataire met à disposition des automobilistes l'application PayPark (iOS et Android), un
site web et un service SMS permettant de payer à la minute la redevance de stationnement dans les
zones payantes de la Ville, ainsi qu'une interface de contrôle reliée aux terminaux portables des
agents de la Régie du stationnement, et un module back-office pour les services de la Ville.

Article 2 - Documents du marché
Le marché est régi, dans l'ordre de priorité décroissant, par : la présente convention, le cahier
spécial des charges n° 2026/MOB/014 et ses annexes, puis l'offre de l'Adjudicataire du 12/09/2026.
Les conditions générales de l'Adjudicataire ne s'appliquent pas, même si elles sont mentionnées
dans son offre, ses factures ou dans l'application.

Article 3 - Étendue des prestations
3.1 Sont compris : l'application, le site web et le paiement par SMS ; le démarrage et l'arrêt
des sessions avec notification avant expiration ; la vérification en temps réel des
stationnements payés et des cartes de riverain via l'interface de contrôle ; le back-office
(rapports en temps réel, gestion des tarifs, des zones et des cartes de riverain) ; le helpdesk
pour les automobilistes ; la perception et le reversement des redevances.
3.2 Ne sont pas compris : les terminaux portables des agents et leur logiciel, fournis par un
tiers ; la pose des panneaux et autocollants, assurée par le service Travaux de la Ville ; le
traitement des redevances forfaitaires impayées, qui reste à charge de la Ville.

Article 4 - Mise en service
4.1 Une réunion de lancement se tient dans les dix jours de la notification de l'attribution.
4.2 L'Adjudicataire configure les six zones et les tarifs du règlement-redevance et importe le
fichier des cartes de riverain (environ 2.300 plaques) remis par la Ville au format Excel ; il
contrôle l'import et transmet à la Ville la liste des lignes rejetées.
4.3 Une phase de test de deux semaines est menée avec quatre agents de la Régie. La réception est
constatée par un procès-verbal signé par le chef de projet de la Ville lorsque 100 transactions
de test sont visibles dans l'interface de contrôle en moins de 60 secondes et que le
rapprochement des montants perçus est exact. À défaut, l'Adjudicataire corrige et un nouveau test
est organisé à ses frais.
4.4 La mise en service a lieu au plus tard le 01/03/2027.
4.5 L'Adjudicataire donne deux formations d'une demi-journée, l'une pour les agents de la Régie,
l'autre pour les services Mobilité et Finances, et remet un manuel d'utilisation du back-office
en français.

Article 5 - Obligations de la Ville
La Ville désigne un chef de projet (Mme Émilie Vanbever, service Mobilité) et remet à
l'Adjudicataire, dans les quinze jours de la réunion de lancement, le règlement-redevance en
vigueur, le périmètre des zones, le fichier des cartes de riverain et les accès à l'interface du
fournisseur des terminaux portables. Elle fait poser la signalisation avant la mise en service.

Article 6 - Retard
Si la mise en service n'a pas lieu le 01/03/2027 pour une cause imputable à l'Adjudicataire,
celui-ci est redevable d'une pénalité de 150,00 EUR par jour calendrier de retard, limitée à
5 % du montant estimé du marché. Tout retard de la Ville dans la remise des éléments de l'article
5 reporte la date de mise en service d'autant.

Article 7 - Niveaux de service
7.1 Le paiement et l'interface de contrôle sont disponibles 99,8 % du temps, mesuré par mois
civil, hors maintenance planifiée le mardi entre 2h00 et 5h00, annoncée cinq jours à l'avance.
7.2 Incidents :
  - critique (paiement impossible pour tous les usagers ou interface de contrôle hors service) :
    prise en charge dans les 30 minutes, 24 h/24, résolution dans les 4 heures ;
  - majeur (un canal de paiement ou une fonction du back-office indisponible) : prise en charge
    dans les 4 heures ouvrables, résolution dans les 2 jours ouvrables ;
  - mineur : prise en charge le jour ouvrable suivant, correction dans la version suivante.
7.3 Support à la Ville : du lundi au vendredi de 8h00 à 18h00 au 067/41 22 50 ou à
support@paypark.be ; permanence téléphonique 24 h/24 pour les incidents critiques.
7.4 Helpdesk des automobilistes : 7 jours sur 7 de 7h00 à 22h00, par téléphone, chat et e-mail,
en français, en néerlandais et en anglais.
7.5 Un gestionnaire de compte attitré connaît la configuration de la Ville et est l'interlocuteur
du chef de projet après la mise en service.

Article 8 - Pénalités de service
Si la disponibilité mensuelle est inférieure à 99,8 %, l'Adjudicataire subit une réduction de
5 % de la redevance mensuelle par tranche entamée de 0,1 %, limitée à 50 % de cette redevance. Tout
dépassement du délai de résolution d'un incident critique entraîne une pénalité de 100,00 EUR par
heure entamée. Les pénalités sont déduites de la facture suivante.

Article 9 - Maintenance et évolutions
9.1 La correction des anomalies, les mises à jour nécessaires à la compatibilité avec les
nouvelles versions d'iOS et d'Android et les correctifs de sécurité sont compris dans la redevance.
9.2 Les modifications de tarifs, de zones ou d'horaires décidées par la Ville sont effectuées sans
frais par celle-ci dans le back-office ou, à sa demande, par l'Adjudicataire en cinq jours ouvrables.
9.3 Les développements nouveaux demandés par la Ville font l'objet d'un devis détaillé au taux
journalier de 720,00 EUR HTVA ; ils ne sont exécutés qu'après approbation du devis par le Collège
communal.

Article 10 - Prix et paiement
10.1 Frais uniques de mise en place (configuration, import, interface de contrôle, formations) :
2.400,00 EUR HTVA, facturés après la réception visée à l'article 4.3.
10.2 Redevance mensuelle pour le back-office et l'interface de contrôle : 390,00 EUR HTVA,
facturée mensuellement à terme échu.
10.3 Les frais de service de 0,25 EUR TVAC par session, à charge de l'automobiliste, sont la seule
rémunération de l'Adjudicataire sur les transactions ; aucune commission n'est prélevée.
10.4 Les prix sont révisés le 1er janvier de chaque année selon la formule du cahier spécial des
charges : P = P0 x (0,2 + 0,8 x S/S0), S étant l'indice Agoria des salaires de référence.
10.5 Les factures sont payées dans les trente jours de leur réception.
10.6 Les redevances perçues appartiennent à la Ville. Elles sont conservées sur un compte distinct
et reversées chaque lundi sur le compte de la Ville, avec un relevé détaillé des transactions.

Article 11 - Rapports et comité de suivi
11.1 L'Adjudicataire transmet au plus tard le 10 de chaque mois un rapport reprenant les
transactions et montants par zone, la disponibilité mesurée, les incidents et les contacts avec
le helpdesk.
11.2 Un comité de suivi réunit chaque trimestre l'Échevin de la Mobilité, le chef de projet et
le Directeur financier de la Ville, ainsi que le gestionnaire de compte et l'administrateur
délégué de l'Adjudicataire.

Article 12 - Équipe de l'Adjudicataire
L'Adjudicataire désigne Mme Laura Dumont comme cheffe de projet puis gestionnaire de compte, et
M. Arnaud Gilson comme responsable technique. Il ne peut les remplacer qu'avec l'accord préalable
écrit de la Ville et par des personnes de qualification équivalente.

Article 13 - Confidentialité et données à caractère personnel
13.1 L'Adjudicataire garde confidentielles toutes les informations de la Ville et des usagers
dont il a connaissance, pendant la convention et cinq ans après sa fin.
13.2 Pour le contrôle du stationnement et la gestion des cartes de riverain, la Ville est
responsable du traitement et l'Adjudicataire sous-traitant, conformément à la convention de
sous-traitance jointe en annexe 4. Les données sont hébergées dans l'Union européenne.

Article 14 - Propriété intellectuelle
L'application et la plateforme PayPark restent la propriété de l'Adjudicataire ; la Ville en
dispose d'un droit d'utilisation pour la durée de la convention. Les données de transactions, les
cartes de riverain et les rapports appartiennent à la Ville.

Article 15 - Durée
La convention est conclue pour trente-six mois à compter de la mise en service. Elle peut être
reconduite une seule fois pour une période de douze mois, par décision expresse du Collège
communal notifiée à l'Adjudicataire avant l'échéance. Il n'y a pas de reconduction tacite.

Article 16 - Résiliation
16.1 La Ville peut mettre fin à la convention à tout moment moyennant un préavis de six mois
notifié par lettre recommandée, sans indemnité.
16.2 En cas de manquement de l'Adjudicataire, la Ville peut appliquer les mesures d'office
prévues par l'arrêté royal du 14 janvier 2013, après un procès-verbal de carence resté sans suite
pendant quinze jours.

Article 17 - Fin de la convention
17.1 À la demande de la Ville, l'Adjudicataire continue à fournir les services aux conditions de
la convention pendant trois mois au maximum après son terme, afin de permettre le passage à un
autre prestataire, et collabore avec celui-ci.
17.2 Dans les quinze jours de la fin, l'Adjudicataire remet à la Ville l'historique complet des
transactions, les cartes de riverain et les rapports, aux formats CSV et JSON, avec la
documentation des formats, puis supprime ces données après confirmation de la Ville.

Article 18 - Responsabilité et assurances
L'Adjudicataire répond des dommages causés par ses manquements conformément au droit commun.
Sa responsabilité n'est pas limitée en cas de perte ou de retard de reversement des redevances
perçues. Il souscrit une assurance de responsabilité civile professionnelle couvrant au moins
2.500.000,00 EUR par sinistre.

Article 19 - Litiges
Tout différend est d'abord soumis à une réunion extraordinaire du comité de suivi dans les
quinze jours de la demande. À défaut d'accord, la convention est régie par le droit belge et les
tribunaux de l'arrondissement judiciaire du Brabant wallon sont seuls compétents.

Fait à Nivelles, le 30/11/2026, en deux exemplaires.

Pour la Ville de Nivelles,                       Pour PAYPARK srl,
La Directrice générale,   Le Bourgmestre,        Sébastien Collignon, administrateur délégué
Virginie Delhaye          Pierre Huart
(signé)                   (signé)                (signé)
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
        "team.replacement": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
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
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.8,
    },
)

FR_NOTARY_PC_RENEWAL_QUOTE = UnseenDocument(
    name="fr_notary_pc_renewal_quote",
    text="""De : Caroline Jadot <c.jadot@notaires-jadot-wauters.be>
À : Maxime Delvaux <maxime@delvaux-it.be>
Date : vendredi 4 décembre 2026 11:17
Objet : RE: Devis D-2026-318 - renouvellement des PC de l'étude

Bonjour Maxime,

C'est d'accord pour le devis D-2026-318 tel quel, vous pouvez commander. Le samedi 19 décembre
nous convient pour l'installation ; Sandrine sera là à 8h00 pour vous ouvrir. Je vous envoie la
liste des utilisateurs et des logiciels lundi.

Bien à vous,
Caroline Jadot
Notaire associée - Étude Jadot & Wauters, quai de Namur 14, 4500 Huy

-----Message d'origine-----
De : Maxime Delvaux <maxime@delvaux-it.be>
Envoyé : mercredi 2 décembre 2026 17:05
À : Caroline Jadot
Objet : Devis D-2026-318 - renouvellement des PC de l'étude

Bonjour Maître,

Suite à notre passage de la semaine dernière, voici notre proposition pour remplacer les 9 postes
de l'étude (les 7 postes fixes sont sous Windows 10, qui n'est plus supporté).

Qté  Description                                                   P.U. HTVA     Total HTVA
 7   Lenovo ThinkCentre M70q Gen 5 (Core i5, 16 Go, SSD 512 Go,
     Windows 11 Pro)                                                 789,00 €     5.523,00 €
 2   Lenovo ThinkPad T14 Gen 5 (Me Jadot et Me Wauters)            1.249,00 €     2.498,00 €
 2   Station d'accueil USB-C pour les portables                      189,00 €       378,00 €
 9   Lecteur de carte eID ACS ACR39U                                  18,50 €       166,50 €
 9   Préparation en atelier (image Windows, mises à jour, antivirus,
     Office, logiciels de l'étude, imprimantes)                       65,00 €       585,00 €
 1   Installation sur site le samedi, transfert des profils et
     données, présence le lundi matin (forfait)                    1.150,00 €     1.150,00 €
 9   Effacement sécurisé des anciens disques avec certificat et
     reprise Recupel des anciens PC                                   15,00 €       135,00 €
                                                            Total HTVA          10.435,50 €
                                                            TVA 21 %             2.191,46 €
                                                            Total TVAC          12.626,96 €

Ce qui est prévu :
- Commande du matériel dès votre accord ; livraison chez nous en 8 à 10 jours ouvrables, puis
  préparation des postes en atelier.
- Installation le samedi 19/12 à partir de 8h00 par Kevin Marchal, qui connaît déjà votre réseau.
  Il transfère pour chaque utilisateur le Bureau, les Documents, les favoris et les signatures
  Outlook. Les actes et dossiers restent sur le serveur et ne sont pas touchés.
- La réinstallation de NotaFlex et des modules Fednot se fait avec le support de l'éditeur, que
  nous contactons nous-mêmes. Les frais éventuels facturés par l'éditeur ne sont pas compris.
- Le lundi 21/12, Kevin reste à l'étude de 8h30 à 12h00 pour aider chacun à démarrer (scanner,
  lecteur eID, imprimantes).
- Après l'installation, nous mettons à jour l'inventaire de votre parc et vous l'envoyons.

Ce qu'il nous faut de votre côté :
- d'ici le 14/12, la liste des utilisateurs et des logiciels particuliers installés sur chaque
  poste (logiciel du scanner, imprimante à étiquettes...) ;
- que chacun enregistre ses documents sur le serveur le vendredi 18/12 au soir ; nous ne
  reprenons pas ce qui se trouve sur des clés USB ou dans d'autres dossiers du PC ;
- le code administrateur de NotaFlex et une personne pour nous ouvrir le samedi.

Si nous tombons sur un imprévu qui demande plus de travail (par exemple un ancien logiciel à
réinstaller qui n'est pas dans la liste), nous vous appelons avant de continuer. Le travail
supplémentaire est facturé 85,00 € HTVA de l'heure (majoration de 50 % le samedi).

Les PC et portables ont une garantie constructeur de 36 mois sur site, intervention le jour
ouvrable suivant.

Comme d'habitude, Kevin respecte la confidentialité des dossiers de l'étude ; la convention de
sous-traitance RGPD que nous avons signée en mars 2024 s'applique aussi à cette intervention.

Facture à l'installation, payable à 15 jours. Offre valable 30 jours. Nos conditions générales
sont d'application (www.delvaux-it.be/cg).

Une réponse par e-mail suffit pour confirmer.

Bonne fin de journée,
Maxime Delvaux
Delvaux IT srl - rue du Marché 9, 4500 Huy - BCE BE 0822.617.349 - 085/23 44 10
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 1080,
    },
)

FR_DOCUMENTS = [
    FR_PHARMACY_ROBOT_SOFTWARE_MAINTENANCE,
    FR_MUNICIPAL_PARKING_PAYMENT_APP_CONVENTION,
    FR_NOTARY_PC_RENEWAL_QUOTE,
]
