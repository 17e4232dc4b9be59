"""Held-out batch 12, French documents: a long public-procurement contract by which a Liège
supplier delivers, installs and operates a patient multimedia system (bedside TV/telephone
terminals and patient/visitor Wi-Fi) for a hospital in Dinant (60 months, express renewal only,
signed by both parties), a convention by which a Walloon water intercommunale takes an
asset-management SaaS with implementation and data migration (36 months, tacit renewal, best
efforts on service levels, signed by both parties), and a short quote for a butcher's shop in Spa
for two price-computing scales linked to the till, with a yearly maintenance contract, accepted
by e-mail (empty "bon pour accord" line for the client).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority
in hours (working hours counted as hours; 30 minutes = 0.5); a quote accepted by e-mail or an empty
"bon pour accord" line for the client is a partial signature and raises risk.unsigned.
"""

from .unseen_documents import UnseenDocument

FR_HOSPITAL_PATIENT_MULTIMEDIA_CONTRACT = UnseenDocument(
    name="fr_hospital_patient_multimedia_contract",
    text="""CONTRAT DE FOURNITURE, D'INSTALLATION ET D'EXPLOITATION
Système multimédia patient : télévision, téléphonie de chevet et Wi-Fi patients et visiteurs
Marché public de fournitures et de services - CSC n° CHHM/2026/047 - lot unique

ENTRE
le CENTRE HOSPITALIER HAUTE-MEUSE asbl (CHHM), rue Saint-Jacques 60, 5500 Dinant,
BCE BE 0410.538.226, représenté par M. Vincent Delvaux, directeur général, et Mme Anne-Sophie
Collignon, directrice financière, ci-après « l'Hôpital »,
ET
HOSPITALIS MEDIA sa, rue du Bois Saint-Jean 15/1, 4102 Seraing, BCE BE 0563.904.118,
représentée par M. Frédéric Lejeune, administrateur délégué, ci-après « le Prestataire ».

Article 1 - Objet
Suite à la décision d'attribution du 22/10/2026, le Prestataire fournit, installe et exploite
pour les 232 lits des sites de Dinant et de Beauraing un terminal de chevet par lit (écran
tactile 15,6" sur bras, télévision IPTV, radio, téléphone, internet, commande des repas), un
Wi-Fi séparé pour les patients et les visiteurs et la plateforme de gestion. Une interface
HL7 ADT avec le logiciel administratif de l'Hôpital affiche le nom et la langue du patient à
l'admission et réinitialise le terminal à sa sortie.

Article 2 - Documents contractuels
Le marché est régi, par ordre de priorité décroissant, par : (1) le présent contrat, (2) le
cahier spécial des charges CHHM/2026/047 et ses annexes, (3) l'offre du Prestataire du 15/09/2026
dans sa version finale du 06/10/2026 (annexe A). Les conditions générales du Prestataire ne
s'appliquent pas. Pour le surplus, l'arrêté royal du 14 janvier 2013 est d'application.

Article 3 - Prix et facturation
3.1 Montants uniques (HTVA) : 232 terminaux de chevet avec bras, combiné et télécommande à
1.085,00 EUR, soit 251.720,00 EUR ; tête de réseau IPTV et serveurs 18.750,00 EUR ; 88 bornes
Wi-Fi et contrôleur 47.520,00 EUR ; installation, raccordements et mise en service 26.400,00 EUR ;
interface HL7 ADT et paramétrage 6.800,00 EUR ; gestion de projet et formation 8.900,00 EUR.
Total unique : 360.090,00 EUR HTVA.
3.2 Montants récurrents (HTVA, par mois, dus à partir de la réception provisoire de chaque phase
au prorata des lits mis en service) : exploitation et maintenance des terminaux 232 x 9,80 EUR
= 2.273,60 EUR ; Wi-Fi, accès internet 1 Gbit/s et filtrage 1.390,00 EUR ; licence de la
plateforme et bouquet de 42 chaînes TV et 12 radios 1.160,00 EUR. Total : 4.823,60 EUR par mois.
3.3 Les prix comprennent le matériel, les déplacements, la main-d'œuvre, les pièces et l'échange
des terminaux défectueux pendant toute la durée du contrat. Ne sont pas compris : les droits
d'auteur et droits voisins dus pour la diffusion dans les chambres, qui restent à charge de
l'Hôpital, les prises électriques et réseau des chambres (existantes), ainsi que les combinés et
télécommandes perdus ou détériorés par les patients, remplacés au prix de 38,00 EUR pièce.
3.4 Les montants récurrents sont révisés le 1er janvier de chaque année, pour la première fois le
01/01/2028, selon la formule P = P0 x (0,20 + 0,80 x S/S0), où S est l'indice Agoria des salaires
(moyenne nationale) du mois de novembre précédent et S0 celui de septembre 2026.
3.5 Toute modification ou extension (lits supplémentaires, nouvelle unité) fait l'objet d'un
devis détaillé aux prix unitaires de l'offre et n'est exécutée qu'après bon de commande écrit du
service des achats de l'Hôpital. La main-d'œuvre est facturée 92,00 EUR HTVA de l'heure
(technicien) et 118,00 EUR HTVA de l'heure (ingénieur).
3.6 Les montants uniques sont facturés par phase après la réception provisoire de la phase
concernée. Les montants récurrents sont facturés trimestriellement à terme échu. Les factures
sont payables dans les 30 jours suivant leur date de réception par l'Hôpital.

Article 4 - Planning et obligations de l'Hôpital
4.1 Phase 1 (pilote) : unité de chirurgie 3B à Dinant, 28 lits, installation du 11 au 22/01/2027.
Phase 2 : les 176 autres lits du site de Dinant, unité par unité, au plus tard le 30/04/2027.
Phase 3 : site de Beauraing, 28 lits, au plus tard le 31/05/2027.
4.2 Les travaux en chambre se font en semaine de 8h00 à 16h00, en accord avec l'infirmier chef
et selon les procédures d'hygiène hospitalière.
4.3 L'Hôpital désigne comme chef de projet M. Pierre Gérard, responsable informatique. Il fournit
au plus tard le 30/11/2026 le plan des chambres, les VLAN, le plan d'adressage IP et les
ouvertures de pare-feu, donne accès à l'environnement de test ADT au plus tard le 15/12/2026 et
libère les chambres selon le planning convenu avec la direction des soins.
4.4 En cas de retard imputable au Prestataire, une amende de retard de 0,07 % du montant unique
de la phase par jour calendrier de retard est appliquée, plafonnée à 7,5 % de ce montant. Si le
retard résulte d'un manquement de l'Hôpital visé à l'article 4.3, les échéances sont reportées
d'une durée égale, sans amende.

Article 5 - Équipe et qualité
5.1 Le projet est dirigé par Mme Laurence Pirard, cheffe de projet ayant sept ans d'expérience
du déploiement de systèmes multimédias dans douze hôpitaux belges, assistée de M. Julien Renson,
ingénieur réseau certifié CCNP, et de quatre techniciens formés à l'hygiène hospitalière.
5.2 Ces personnes ne peuvent être remplacées qu'avec l'accord écrit préalable de l'Hôpital, par un
profil équivalent, avec un recouvrement de quinze jours, sans frais pour l'Hôpital.
5.3 Les terminaux sont conformes aux normes EN 60601-1 et EN 60601-1-2 et résistent aux
désinfectants utilisés par l'Hôpital (annexe 5 du CSC). Le Wi-Fi garantit un signal d'au moins
-67 dBm dans chaque chambre, vérifié par une mesure chambre par chambre.

Article 6 - Réception, garantie, formation et documentation
6.1 Chaque phase fait l'objet d'essais selon le protocole de l'annexe B (chaque terminal, chaînes,
téléphonie, admission et sortie via HL7, couverture Wi-Fi). La réception provisoire est constatée
par un procès-verbal signé par les deux parties dans les quinze jours de la fin de l'installation;
les réserves sont levées dans les dix jours ouvrables.
6.2 Le délai de garantie est de douze mois à compter de la réception provisoire de chaque phase.
Pendant ce délai, le Prestataire corrige gratuitement tout défaut. La réception définitive est
constatée à son expiration.
6.3 Le Prestataire donne six sessions de formation de deux heures au personnel soignant et
d'accueil et une journée à l'équipe informatique ; un guide patient est disponible à l'écran.
6.4 À la réception provisoire de la phase 3, le Prestataire remet le dossier « as built » (plans,
configuration des bornes, plan IP), le manuel d'administration et les procédures d'exploitation.

Article 7 - Exploitation et maintenance
7.1 Le Prestataire assure la supervision 24h/24 de la plateforme et du Wi-Fi, deux visites de
maintenance préventive par an, la maintenance corrective et l'échange des terminaux défectueux à
partir d'un stock de huit terminaux de réserve conservé à Dinant.
7.2 L'Hôpital joint le helpdesk au 04/340 77 10, 24h/24 et 7j/7 pour la priorité 1, et du lundi
au vendredi de 8h00 à 18h00 (téléphone ou portail) pour les autres demandes. Les patients ont une
touche « Aide » sur le terminal et une ligne d'assistance FR/NL, 7j/7, de 8h00 à 21h00.
7.3 Priorité 1 (panne de la tête de réseau, du Wi-Fi ou de plus de 10 % des terminaux) : prise
en charge dans les 30 minutes, 24h/24, et rétablissement dans les 4 heures. Priorité 2 (panne
d'un terminal ou d'une chambre) : prise en charge dans les 4 heures ouvrables et échange du
terminal au plus tard le jour ouvrable suivant. Priorité 3 (demande) : réponse en deux jours
ouvrables.
7.4 La plateforme, la télévision et le Wi-Fi sont disponibles 99,5 % du temps, mesuré par mois
civil, hors maintenances planifiées annoncées cinq jours à l'avance, entre 2h00 et 5h00.
7.5 Si la disponibilité mensuelle est inférieure à 99,5 %, l'Hôpital a droit à un crédit de 5 %
du montant mensuel par tranche entamée de 0,5 % en dessous de ce niveau, plafonné à 20 %. Chaque
rétablissement de priorité 1 hors délai donne droit à un crédit de 150,00 EUR. Les crédits sont
déduits de la facture trimestrielle suivante. Les niveaux de service du présent article sont des
obligations de résultat.
7.6 Le Prestataire installe sans frais les mises à jour de la plateforme et du micrologiciel des
terminaux et des bornes ; les correctifs de sécurité critiques dans les dix jours de leur
publication, les autres mises à jour la nuit, après accord du chef de projet de l'Hôpital.
7.7 M. Thierry Mathot est le gestionnaire de compte attitré de l'Hôpital. Le Prestataire tient à
jour un dossier d'exploitation de l'installation (inventaire, configuration, historique des
incidents), accessible à l'Hôpital.

Article 8 - Rapports et suivi
8.1 Pendant le déploiement, le Prestataire remet chaque vendredi un rapport d'avancement (unités
terminées, réserves, risques). Ensuite, il remet au plus tard le 10 de chaque mois un rapport de
service : disponibilité, incidents par priorité et délais réalisés, terminaux échangés,
statistiques d'utilisation et crédits dus.
8.2 Un comité de suivi réunit chaque trimestre la direction informatique, la direction des soins
et le Prestataire. Les difficultés sont escaladées au gestionnaire de compte, puis à
l'administrateur délégué du Prestataire et au directeur général de l'Hôpital.

Article 9 - Durée et fin
9.1 Le contrat prend effet à sa signature. La période d'exploitation est de 60 mois à compter de
la réception provisoire de la phase 3. Elle peut être reconduite une seule fois pour 12 mois, par
décision expresse de l'Hôpital notifiée au moins six mois avant l'échéance ; il n'y a pas de
reconduction tacite.
9.2 L'Hôpital peut mettre fin à l'exploitation à la fin de chaque année contractuelle moyennant un
préavis de six mois notifié par lettre recommandée, sans autre indemnité que les montants dus
jusqu'à la fin du préavis. En cas de manquement grave du Prestataire non corrigé dans les trente
jours d'une mise en demeure, l'Hôpital peut appliquer les mesures d'office prévues par l'arrêté
royal du 14 janvier 2013, y compris la résiliation du marché.
9.3 Le matériel payé au titre de l'article 3.1 devient la propriété de l'Hôpital à la réception
provisoire. À la fin du contrat, à la demande de l'Hôpital, le Prestataire continue à assurer le
service aux conditions en vigueur pendant six mois au plus et collabore avec le nouveau
prestataire (documentation, export de configuration, réunions de passation).
9.4 Dans les trente jours de la fin du contrat, le Prestataire remet à l'Hôpital l'export de la
configuration (liste des chaînes, plan des chambres, paramètres Wi-Fi) et les statistiques
d'utilisation aux formats CSV et XML, puis supprime les données à caractère personnel. Il ne
peut exercer aucun droit de rétention sur les données ou documents.

Article 10 - Propriété intellectuelle, confidentialité et données
10.1 Le Prestataire concède à l'Hôpital une licence non exclusive d'utilisation du logiciel de la
plateforme pour la durée du contrat et du micrologiciel des terminaux pour toute leur durée de
vie. La documentation et la configuration propres à l'Hôpital lui appartiennent.
10.2 Le Prestataire et son personnel sont tenus à la confidentialité sur toute information
obtenue dans l'Hôpital, en particulier celles couvertes par le secret médical, pendant le
contrat et cinq ans après sa fin.
10.3 Le Prestataire traite en qualité de sous-traitant au sens de l'article 28 du RGPD les nom,
langue, numéro de chambre et dates d'admission et de sortie des patients ainsi que les journaux
de connexion Wi-Fi, uniquement sur instruction de l'Hôpital, conformément à la convention de
sous-traitance jointe en annexe C. Les données restent hébergées sur les serveurs de l'Hôpital.

Article 11 - Responsabilité
La responsabilité du Prestataire est limitée à 500.000 EUR par sinistre et à 1.000.000 EUR par
année contractuelle, sauf en cas de dol, de faute grave ou de dommage corporel, pour lesquels
elle n'est pas limitée.

Article 12 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis au comité de suivi puis
au directeur général de l'Hôpital et à l'administrateur délégué du Prestataire. À défaut de
solution dans les trente jours, les tribunaux de Namur, division Dinant, sont seuls compétents.

Fait à Dinant, le 02/12/2026, en deux exemplaires originaux.

Pour le CENTRE HOSPITALIER HAUTE-MEUSE asbl            Pour HOSPITALIS MEDIA sa
V. Delvaux, directeur général, A.-S. Collignon,        Frédéric Lejeune, administrateur délégué
directrice financière (signé)                          (signé)

Annexes : A. offre finale - B. protocole d'essais - C. convention de sous-traitance
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
        "rollout.data_migration": "missing",
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
        "contract_term_months": 60,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.5,
    },
)

FR_INTERCOMMUNALE_ASSET_MANAGEMENT_CONVENTION = UnseenDocument(
    name="fr_intercommunale_asset_management_convention",
    text="""CONVENTION DE MISE À DISPOSITION ET DE MAINTENANCE
du logiciel de gestion patrimoniale PatriNet
Convention n° IEC/2026/GP-014

Entre
l'INTERCOMMUNALE DES EAUX DU CONDROZ scrl (IEC), rue de la Gare 12, 4560 Clavier,
BCE BE 0207.415.662, représentée par M. Didier Hanquet, directeur général, et Mme Martine Absil,
présidente du conseil d'administration, ci-après « l'Intercommunale »,
et
GEOPATRIM srl, rue du Bosquet 15A, 1348 Louvain-la-Neuve, BCE BE 0712.308.945, représentée par
M. Sébastien Hardy, gérant, ci-après « GeoPatrim ».

Vu la décision du comité de direction du 19 octobre 2026 attribuant le marché de services à
GeoPatrim par procédure négociée sans publication préalable, sur la base de son offre,

il est convenu ce qui suit.

Article 1 - Objet
GeoPatrim met à la disposition de l'Intercommunale, en mode SaaS, le logiciel PatriNet de gestion
patrimoniale (inventaire des actifs du réseau de distribution d'eau, plans d'inspection et
d'entretien, ordres de travail, analyse de criticité et programmation pluriannuelle des
renouvellements) ainsi que l'application mobile PatriNet Terrain. Elle en assure la mise en
œuvre, l'hébergement et la maintenance.

Article 2 - Documents
L'offre de GeoPatrim du 30/09/2026 (réf. GP-OF-2609-11) est jointe en annexe 1 et fait partie
intégrante de la présente convention. En cas de contradiction, la convention prévaut sur l'offre.
Les conditions générales de GeoPatrim ne s'appliquent pas.

Article 3 - Mise en œuvre
3.1 La mise en œuvre comprend :
  a) le paramétrage des typologies d'actifs (conduites, vannes, bornes d'incendie, réservoirs,
     captages, stations de pompage), des workflows et des profils d'utilisateurs ;
  b) la reprise des données : import des 1.420 km de conduites et des objets ponctuels depuis la
     base SIG (PostGIS) de l'Intercommunale et des historiques d'interventions 2015-2026 tenus
     dans les fichiers Excel du service exploitation, avec contrôle de cohérence et rapport
     d'anomalies ;
  c) la connexion au SIG de l'Intercommunale (services WMS/WFS) pour l'affichage cartographique ;
  d) la formation : deux journées pour six utilisateurs clés et deux demi-journées sur site pour
     les 24 fontainiers, sur l'application mobile ;
  e) la mise en production et la fourniture du paquet de l'application mobile, que
     l'Intercommunale distribue sur ses tablettes par son outil de gestion des appareils, avec
     l'assistance de GeoPatrim.
3.2 Le planning de la mise en œuvre sera établi de commun accord lors de la réunion de
lancement.
3.3 Dans les dix jours ouvrables de la réunion de lancement, l'Intercommunale fournit les exports
du SIG au format GeoPackage, les fichiers d'interventions et la liste des utilisateurs. Elle
désigne un référent métier qui valide la correspondance des données avant l'import définitif.
3.4 Après la reprise des données et le paramétrage, GeoPatrim met à disposition un environnement
de test. L'Intercommunale dispose de quinze jours ouvrables pour le vérifier selon les scénarios
de recette de l'annexe 2 ; les anomalies bloquantes sont corrigées avant la mise en production.
La recette est constatée par procès-verbal ; à défaut de remarques dans ce délai, elle est
réputée acquise.
3.5 GeoPatrim corrige sans frais les anomalies de paramétrage et de reprise des données
signalées dans les trois mois suivant la mise en production.
3.6 À la fin de la mise en œuvre, GeoPatrim remet un dossier de paramétrage décrivant les
typologies, les workflows, les droits et les règles d'import appliquées.

Article 4 - Suivi
4.1 La cheffe de projet de GeoPatrim est Mme Aurélie Marchal ; celui de l'Intercommunale est
M. Laurent Dubois, responsable patrimoine.
4.2 Pendant la mise en œuvre, un comité de projet se réunit toutes les deux semaines. GeoPatrim
transmet avant chaque comité un état d'avancement écrit (tâches réalisées, écarts, points
ouverts). Après la mise en production, les parties se rencontrent une fois par an pour faire le
point sur l'utilisation du logiciel et les évolutions prévues.

Article 5 - Abonnement et maintenance
5.1 L'abonnement comprend l'hébergement dans un centre de données situé en Belgique, la sauvegarde
quotidienne des données conservée trente jours, la maintenance corrective, les nouvelles
versions et l'accès au helpdesk.
5.2 Le helpdesk est joignable par le portail support.geopatrim.be et au 010/45 92 18, les jours
ouvrables de 8h30 à 17h00.
5.3 GeoPatrim prend en charge les demandes dans les meilleurs délais et s'efforce de corriger
en priorité les anomalies bloquantes.
5.4 GeoPatrim met tout en œuvre pour assurer la disponibilité de la plateforme 24h/24 et 7j/7,
hors maintenances planifiées annoncées cinq jours à l'avance. Ses obligations en matière de
disponibilité et de délais d'intervention sont des obligations de moyens.
5.5 Les nouvelles versions sont déployées sans frais supplémentaires et annoncées dix jours à
l'avance avec leurs notes de version. Les correctifs de sécurité sont appliqués sans délai.

Article 6 - Prix et paiement
6.1 Mise en œuvre : forfait de 18.400,00 EUR HTVA (paramétrage 6.200,00 EUR ; reprise des données
7.600,00 EUR ; connexion SIG 1.800,00 EUR ; formation 2.800,00 EUR).
6.2 Abonnement : 14.900,00 EUR HTVA par an pour 12 utilisateurs bureau et 30 utilisateurs
mobiles. Utilisateur supplémentaire : 420,00 EUR HTVA par an (bureau), 180,00 EUR HTVA par an
(mobile).
6.3 Le montant total de la convention sur sa durée initiale est estimé à 63.100,00 EUR HTVA.
6.4 Ne sont pas compris : l'interface avec le logiciel de facturation des abonnés, la
modélisation hydraulique et la fourniture des tablettes.
6.5 Les prestations complémentaires (nouvelles interfaces, rapports spécifiques, formations
supplémentaires) ne sont exécutées que sur bon de commande écrit de l'Intercommunale, sur la base
d'un devis préalable, au tarif de 880,00 EUR HTVA par jour.
6.6 GeoPatrim peut revoir chaque année le prix de l'abonnement et le tarif journalier en
notifiant les nouveaux prix à l'Intercommunale au moins deux mois avant la date anniversaire.
6.7 Le forfait de mise en œuvre est facturé à la mise en production. L'abonnement est facturé
annuellement et anticipativement à partir de la mise en production. Les factures sont payables
dans les 30 jours de leur réception.

Article 7 - Durée et fin
7.1 La convention entre en vigueur à sa signature. L'abonnement est conclu pour 36 mois à compter
de la mise en production. Il est ensuite reconduit tacitement pour des périodes successives de
12 mois, sauf résiliation par lettre recommandée au moins trois mois avant l'échéance.
7.2 Chaque partie peut résilier la convention en cas de manquement grave de l'autre partie auquel
il n'est pas remédié dans les trente jours d'une mise en demeure.
7.3 À la fin de la convention, l'Intercommunale peut exporter depuis l'application toutes ses
données (actifs, interventions, documents joints) aux formats CSV et GeoPackage pendant soixante
jours. GeoPatrim supprime ensuite les données.

Article 8 - Propriété, confidentialité et données personnelles
8.1 GeoPatrim reste titulaire de tous les droits sur PatriNet. L'Intercommunale reçoit un droit
d'utilisation non exclusif et non cessible pour la durée de la convention. Les données encodées
restent la propriété de l'Intercommunale.
8.2 Chaque partie garde confidentielles les informations de l'autre, en particulier les plans du
réseau et les informations relatives à la sécurité des installations, pendant la convention et
cinq ans après sa fin.
8.3 GeoPatrim traite en qualité de sous-traitant les données des utilisateurs ainsi que les noms
et adresses des abonnés liés aux interventions, conformément à la convention de sous-traitance
(article 28 du RGPD) jointe en annexe 3. Les données ne quittent pas l'Union européenne.

Article 9 - Responsabilité
La responsabilité de GeoPatrim est limitée au montant de l'abonnement facturé pour l'année au
cours de laquelle le dommage survient. Sont exclus les dommages indirects, la perte de données et
la perte d'exploitation.

Article 10 - Litiges
La convention est soumise au droit belge. Les parties s'efforcent de régler à l'amiable tout
différend ; à défaut d'accord dans les trente jours, les tribunaux de Liège, division Huy, sont
seuls compétents.

Fait à Clavier, le 27/11/2026, en deux exemplaires.

Pour l'Intercommunale                                 Pour GEOPATRIM srl
Didier Hanquet, directeur général                     Sébastien Hardy, gérant
Martine Absil, présidente
(signé)                                               (signé)

Annexes : 1. offre GP-OF-2609-11 - 2. scénarios de recette - 3. convention de sous-traitance
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
        "timing.planning": "partial",
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
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
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
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)

FR_BUTCHER_SCALES_TILL_QUOTE = UnseenDocument(
    name="fr_butcher_scales_till_quote",
    text="""De : Marc Lambert <marc@lambert-pesage.be>
À : Boucherie Renard <info@boucherie-renard.be>
Date : lundi 30 novembre 2026 11:05
Objet : Devis D26-0412 - balances comptoir + liaison caisse
Pièce jointe : D26-0412.pdf

Bonjour Monsieur Renard,

Suite à mon passage de jeudi au magasin, voici le devis pour le remplacement de vos deux balances
au comptoir et la liaison avec votre caisse. Comme convenu, on reprend vos articles et vos prix
de l'ancienne balance, vous ne devez rien réencoder.
Si c'est bon pour vous, une réponse à ce mail suffit : je commande les balances chez le fabricant
et on fixe la date d'installation (un lundi, jour de fermeture).

Bonne journée,
Marc Lambert
Lambert Pesage & Caisses srl - 0475/31 62 08

--------------------------------------------------------------------------------------------
LAMBERT PESAGE & CAISSES srl - Rue de Liège 214, 4800 Verviers - TVA BE 0687.221.950
Tél. 087/33 18 40 - info@lambert-pesage.be - IBAN BE71 0689 0415 2269

DEVIS N° D26-0412                      Date : 30/11/2026                 Validité : 30 jours
Client : Boucherie-Charcuterie Renard, avenue Reine Astrid 48, 4900 Spa - TVA BE 0754.118.302

Qté  Désignation                                                       P.U. HTVA   Total HTVA
 2   Balance poids-prix tactile PX-40, double écran, portée 6/15 kg,   2.890,00 €   5.780,00 €
     imprimante tickets et étiquettes, vérifiée CE métrologie
 1   Module de liaison caisse : envoi des pesées vers la caisse          650,00 €     650,00 €
     CaisseBox par le réseau, un seul ticket pour le client
 1   Reprise des données : transfert des 260 articles (PLU), prix,       180,00 €     180,00 €
     ingrédients et allergènes de l'ancienne balance
 1   Installation, paramétrage et formation du personnel sur place      320,00 €     320,00 €
     (environ 3 heures)
 1   Reprise de votre ancienne balance                                  -150,00 €    -150,00 €
                                                                   Total HTVA      6.780,00 €
                                                                   TVA 21 %        1.423,80 €
                                                                   Total TVAC      8.203,80 €

Contrat d'entretien (2 balances) : 245,00 € HTVA par balance et par an, soit 490,00 € HTVA/an,
facturé en janvier. Il comprend une visite annuelle (nettoyage, contrôle de justesse, mise à jour
du logiciel des balances) ainsi que les déplacements et la main-d'œuvre des dépannages ; les
pièces hors garantie sont facturées en plus. Dépannage : du lundi au samedi de 7h30 à 18h00 au
087/33 18 40. Délai d'intervention sur place : 8 heures ouvrables après votre appel.
Le contrat court un an à partir de l'installation et se renouvelle tacitement d'année en année,
sauf résiliation par écrit un mois avant l'échéance. Son prix est indexé chaque 1er janvier selon
l'indice des prix à la consommation.

Non compris : le câblage réseau jusqu'aux balances (une prise RJ45 et une prise 230 V à côté de
chaque balance, à faire placer par votre électricien), l'adaptation éventuelle du logiciel de
caisse par l'éditeur de CaisseBox, les rouleaux d'étiquettes et de tickets.

Délai : livraison et installation 3 semaines après votre accord, un lundi à convenir.
L'installation est faite par notre technicien Kevin Dethier.
À prévoir de votre côté : les prises ci-dessus, l'accès à la caisse et au routeur, le code
administrateur de CaisseBox et la présence d'une personne du magasin pour la formation.

Garantie : 12 mois pièces et main-d'œuvre à partir de l'installation, sauf plateaux, casse, chute
et dégâts des eaux.
Travaux non prévus au devis : uniquement après votre accord, au tarif de 68,00 € HTVA de l'heure
plus un déplacement forfaitaire de 35,00 € HTVA.
Paiement : acompte de 30 % à la commande, solde à l'installation, payable à 8 jours date de
facture.
Nos conditions générales de vente (www.lambert-pesage.be/cgv) sont seules applicables et priment
sur toute autre condition. Lambert Pesage & Caisses ne peut être tenue responsable des pertes de
marchandises, des erreurs de prix ou d'étiquetage, ni du manque à gagner dus à une panne, à une
erreur de paramétrage ou de transmission vers la caisse. Droit belge ; tribunaux de Liège,
division Verviers.

Pour Lambert Pesage & Caisses srl              Bon pour accord (date et signature du client) :
Marc Lambert, gérant
                                               ..............................................
--------------------------------------------------------------------------------------------

De : Boucherie Renard <info@boucherie-renard.be>
À : Marc Lambert <marc@lambert-pesage.be>
Date : mardi 1 décembre 2026 21:47
Objet : RE: Devis D26-0412 - balances comptoir + liaison caisse

Bonjour Marc,

C'est ok pour nous, avec le contrat d'entretien. Pour l'installation, le lundi 21 décembre nous
arrangerait. Mon électricien passe la semaine prochaine pour les prises.
Je fais le virement de l'acompte dès réception de la facture.

Philippe Renard

--------------------------------------------------------------------------------------------

De : Marc Lambert <marc@lambert-pesage.be>
Date : mercredi 2 décembre 2026 08:12
Objet : RE: RE: Devis D26-0412 - balances comptoir + liaison caisse

Merci Monsieur Renard, c'est commandé. Installation confirmée le lundi 21/12 à partir de 8h00,
Kevin passera avec les deux balances. La facture d'acompte suit.
Marc
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
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
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 8,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 8,
    },
)

FR_DOCUMENTS = [
    FR_HOSPITAL_PATIENT_MULTIMEDIA_CONTRACT,
    FR_INTERCOMMUNALE_ASSET_MANAGEMENT_CONVENTION,
    FR_BUTCHER_SCALES_TILL_QUOTE,
]
