"""Training batch 6 (b), French documents: a Liège contract to integrate label printing (GS1 /
ZPL templates on industrial printers) with a dairy's ERP, with yearly maintenance (numbered
articles, signed by both parties); a Walloon offer for rugged warehouse scanners with a
scanning-app subscription and hardware maintenance (supplier's general terms, empty "bon pour
accord" line for the client); a short informal e-mail proposal for cleansing and deduplicating a
CRM database, billed in régie without estimate and accepted by reply e-mail; and a Namur
contract for transferring a notary office's website and mailboxes to a new host, with managed
hosting and an SLA annex (signed by both parties).

Written on 2026-12-05 by a helper session as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Conventions: months = 30 days for notice and warranty;
response time of the highest priority in hours (working hours counted as hours; 15 minutes =
0.25); a quote accepted by e-mail or an empty client signature line raises risk.unsigned.
"""

from .unseen_documents import UnseenDocument

FR_T6B_LABEL_PRINTING_INTEGRATION = UnseenDocument(
    name="fr_t6b_label_printing_integration",
    text="""CONTRAT DE RÉALISATION ET DE MAINTENANCE
Intégration de l'impression d'étiquettes logistiques et produits
Réf. ETQ-2026-078

ENTRE
ETIQLINK srl, rue Saint-Gilles 58, 4000 Liège, BCE BE 0712.604.381,
représentée par M. Olivier Renard, administrateur délégué, ci-après « le Prestataire »,

ET
LAITERIE DU PLATEAU DE HERVE sa, route de Battice 12, 4650 Herve, BCE BE 0431.877.205,
représentée par Mme Anne-Sophie Lejeune, directrice des opérations, ci-après « le Client ».

Article 1 - Objet et documents contractuels
1.1 Le Prestataire réalise l'interface entre l'ERP du Client et les neuf imprimantes
d'étiquettes thermiques des lignes de conditionnement et du quai d'expédition, afin que les
étiquettes produits (DLC, lot, allergènes) et les étiquettes logistiques GS1-128 (SSCC) soient
générées automatiquement à partir des ordres de fabrication et des commandes.
1.2 L'offre du Prestataire n° ETQ-OF-26-112 du 21/10/2026 est annexée au présent contrat et en
fait partie intégrante. En cas de contradiction, le présent contrat prévaut sur l'offre. Les
conditions générales des parties ne s'appliquent pas.

Article 2 - Périmètre
2.1 Sont compris dans le prix forfaitaire : l'analyse des 45 modèles d'étiquettes existants ; leur
reprise et conversion depuis l'ancien logiciel d'étiquetage vers le nouveau serveur d'impression ;
le développement du connecteur ERP (services web) ; le paramétrage des neuf imprimantes ; les
tests ; l'installation ; la formation ; la documentation.
2.2 Ne sont pas compris : la fourniture des imprimantes, des consommables et du serveur virtuel
(mis à disposition par le Client), les modifications de l'ERP lui-même, qui relèvent de son
intégrateur, et la création de nouveaux modèles au-delà des 45 modèles recensés.

Article 3 - Planning
Phase 1 - analyse et validation des modèles : semaines 1 à 3 après la réunion de lancement.
Phase 2 - développement et conversion : semaines 4 à 8.
Phase 3 - tests d'intégration sur l'environnement de test : semaines 9 et 10.
Phase 4 - installation en production et démarrage : semaine 11, un lundi hors période de pointe.
La réunion de lancement a lieu au plus tard le 11/01/2027.

Article 4 - Obligations du Client
Le Client met à disposition, au plus tard le jour de la réunion de lancement, le serveur virtuel
(Windows Server, 4 vCPU, 8 Go), un accès à l'environnement de test de l'ERP et la liste des
modèles d'étiquettes avec un exemplaire imprimé de chacun. Il désigne un responsable qualité qui
valide les modèles convertis dans les cinq jours ouvrables de leur présentation.

Article 5 - Retards
5.1 Si le démarrage en production est retardé par le fait du Prestataire au-delà de la semaine
11, le Client a droit à une indemnité de 0,5 % du prix forfaitaire par semaine complète de
retard, plafonnée à 5 % de ce prix.
5.2 Si le Client ne respecte pas les délais de l'article 4, le planning est décalé d'autant ; les
journées d'attente des consultants déjà planifiées sur site sont facturées au taux de l'article
10.3, après information écrite du Client.

Article 6 - Équipe et suivi
6.1 Le chef de projet du Prestataire est M. Mathieu Grosjean, qui est le point de contact unique
du Client. Le développement est confié à Mme Inès Berrada, développeuse.
6.2 Le chef de projet envoie chaque vendredi un état d'avancement écrit (tâches réalisées, points
ouverts, risques). Un comité de pilotage réunit toutes les deux semaines le chef de projet et la
directrice des opérations. Les points non résolus sont portés devant l'administrateur délégué du
Prestataire et la direction générale du Client.

Article 7 - Qualité, réception et garantie
7.1 Chaque modèle converti fait l'objet d'une vérification de lisibilité des codes-barres au
vérificateur (grade ISO/IEC 15416 C minimum) avant présentation au Client.
7.2 Les tests de réception sont réalisés par le Client pendant dix jours ouvrables sur la base
d'un scénario de tests établi en phase 1. La réception est constatée par un procès-verbal signé
par les deux parties. Les anomalies bloquantes sont corrigées avant la mise en production.
7.3 Le Prestataire corrige gratuitement toute anomalie signalée pendant six mois à compter de la
réception.
7.4 Le Prestataire remet, à la réception, une documentation technique (architecture, paramètres,
procédure de reprise) et un guide d'utilisation, et organise une séance de transfert de
connaissances de trois heures avec le service informatique du Client.

Article 8 - Installation et formation
Le Prestataire installe le serveur d'impression et le connecteur en production, assure une
présence sur site le jour du démarrage et le lendemain, et forme les chefs de ligne et les
préparateurs lors de deux sessions de deux heures sur site.

Article 9 - Maintenance
9.1 À compter de la réception, le Prestataire assure la maintenance corrective et évolutive de
l'interface : correction des anomalies, adaptation aux nouvelles versions de l'ERP et des
micrologiciels des imprimantes, application des correctifs de sécurité du serveur d'impression.
9.2 Le support est joignable du lundi au vendredi de 7h00 à 17h00 au 04/229 18 70 et par e-mail à
support@etiqlink.be.
9.3 En cas d'arrêt de l'impression sur une ligne ou au quai d'expédition (priorité 1), le
Prestataire intervient dans les deux heures ouvrables et fournit une solution de contournement
dans les huit heures ouvrables. Les autres demandes sont prises en charge le jour ouvrable
suivant.
9.4 Le Prestataire tient à jour un dossier décrivant la configuration de l'installation du
Client (imprimantes, modèles, flux, accès) ; ce dossier est accessible à tout le personnel du
support.

Article 10 - Prix et paiement
10.1 Réalisation : prix forfaitaire de 18.400,00 EUR HTVA, facturé 30 % à la signature, 50 % à
la réception et 20 % un mois après le démarrage en production.
10.2 Maintenance : 1.380,00 EUR HTVA par an, facturés annuellement par anticipation.
10.3 Prestations supplémentaires : 780,00 EUR HTVA par jour. Toute demande de modification fait
l'objet d'une estimation écrite du Prestataire ; elle n'est exécutée et facturée qu'après
accord écrit du Client.
10.4 Les prix de la maintenance et le taux journalier sont indexés le 1er janvier de chaque
année selon l'indice Agoria (salaires, moyenne nationale).
10.5 Les factures sont payables dans les 30 jours de leur date.

Article 11 - Durée de la maintenance
La maintenance est conclue pour une durée initiale de douze mois à compter de la réception. Elle
est reconduite tacitement pour des périodes de douze mois, sauf résiliation par l'une des parties
par lettre recommandée au moins deux mois avant l'échéance. Chaque partie peut résilier le
contrat avec effet immédiat en cas de manquement grave non réparé dans les trente jours d'une
mise en demeure.

Article 12 - Propriété intellectuelle et données
12.1 Le Prestataire conserve la propriété du connecteur ; il concède au Client une licence non
exclusive et perpétuelle d'utilisation pour ses propres sites.
12.2 Les modèles d'étiquettes et les tables de correspondance restent la propriété du Client.
Le Prestataire les lui remet sur simple demande et en tout cas à la fin du contrat, aux formats
ZPL et CSV.

Article 13 - Confidentialité
Chaque partie garde confidentielles les informations de l'autre partie (recettes, volumes,
clients, tarifs) pendant la durée du contrat et trois ans après sa fin.

Article 14 - Responsabilité
La responsabilité du Prestataire est limitée au montant du prix forfaitaire de l'article 10.1.
Elle ne couvre pas les dommages indirects tels que le manque à gagner.

Article 15 - Litiges
Le contrat est soumis au droit belge. Les parties soumettent d'abord tout différend à une
réunion entre leurs dirigeants, qui se tient dans les quinze jours de la demande. À défaut
d'accord, les tribunaux de l'arrondissement judiciaire de Liège sont seuls compétents.

Fait à Liège, le 02/12/2026, en deux exemplaires.

Pour ETIQLINK srl                             Pour LAITERIE DU PLATEAU DE HERVE sa
Olivier Renard, administrateur délégué        Anne-Sophie Lejeune, directrice des opérations
(signé)                                       (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
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
        "maintenance.availability": "missing",
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
        "legal.data_protection": "missing",
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
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 2,
    },
)

FR_T6B_WAREHOUSE_SCANNERS_OFFER = UnseenDocument(
    name="fr_t6b_warehouse_scanners_offer",
    text="""De : Kevin Dujardin <k.dujardin@scanlogic.be>
À : Frédéric Wauters <f.wauters@transports-wauters.be>
Objet : Offre 2026-1187 - terminaux de scanning entrepôt Courcelles

Bonjour Monsieur Wauters,

Suite à notre visite de jeudi dernier, vous trouverez ci-dessous notre offre pour l'équipement de
votre entrepôt de Courcelles. Pour confirmer la commande, il vous suffit de nous renvoyer l'offre
signée pour accord ou de répondre à ce mail.

Bien à vous,
Kevin Dujardin, account manager - 0475/61 22 08

--------------------------------------------------------------------------------
SCANLOGIC BELGIUM srl - Parc industriel de Nivelles-Sud, avenue Léon Champagne 4, 1400 Nivelles
BCE BE 0658.330.912

OFFRE N° 2026-1187 du 27/11/2026 - valable 30 jours
Client : TRANSPORTS WAUTERS & FILS sa, rue de Trazegnies 210, 6180 Courcelles

1. Matériel
  24 terminaux mobiles Android durcis avec scanner 2D longue portée    24 x 1.289,00 EUR
  24 poignées pistolet                                                  24 x    69,00 EUR
  6 stations de charge 4 postes + 24 batteries de réserve                     3.312,00 EUR
  Total matériel                                                             35.904,00 EUR HTVA

2. Mise en service (forfait unique)                                          2.150,00 EUR HTVA
  - préparation (staging) et enrôlement des 24 terminaux, profils Wi-Fi, verrouillage kiosque ;
  - installation de l'application ScanFlow et connexion à votre WMS via son API ;
  - présence d'un technicien sur site le jour du démarrage ;
  - formation de trois référents (demi-journée) ; les référents forment ensuite les caristes.

3. Abonnement ScanFlow (application de réception, prélèvement, inventaire)
  9,50 EUR HTVA par terminal et par mois, soit 228,00 EUR HTVA par mois pour 24 terminaux.
  Comprend l'hébergement de la plateforme, les mises à jour de l'application et le support.
  ScanLogic garantit une disponibilité de la plateforme de 99,5 % par mois, hors maintenance
  planifiée annoncée 48 heures à l'avance.

4. Contrat de maintenance matériel « Gold » - 36 mois                        4.320,00 EUR HTVA
  - remplacement de tout terminal défectueux, y compris casse accidentelle et usure de l'écran
    et de la batterie, par un appareil préconfiguré livré le jour ouvrable suivant ;
  - installation trimestrielle des correctifs de sécurité Android validés par le fabricant.

Non compris : l'audit et l'extension de la couverture Wi-Fi de l'entrepôt, les développements
dans votre WMS, les étiquettes d'emplacement. Toute prestation supplémentaire fait l'objet d'un
devis séparé, à accepter avant exécution (taux horaire technicien : 95,00 EUR HTVA).

5. Délais
Livraison et mise en service 4 à 6 semaines après la commande. Les délais sont donnés à titre
indicatif ; un retard de livraison ne peut donner lieu ni à indemnité ni à annulation de la
commande.
Le client assure, avant la mise en service, une couverture Wi-Fi suffisante dans les zones de
stockage et nous communique les accès à l'API de son WMS au plus tard deux semaines après la
commande.

6. Support
Helpdesk du lundi au vendredi de 8h00 à 18h00 : 067/55 40 12, support@scanlogic.be ou portail
client. Prise en charge des incidents bloquants (plus aucun scan possible) dans les 4 heures
ouvrables, autres demandes le jour ouvrable suivant.
Votre technicien attitré : Jonathan Pirard.

7. Facturation
Matériel et mise en service facturés à la livraison. Maintenance Gold facturée à la livraison
pour les 36 mois. Abonnement facturé mensuellement par domiciliation. Factures payables à 30
jours date de facture.
Les prix du matériel sont établis sur la base du cours du dollar du jour de l'offre et peuvent
être adaptés par ScanLogic en cas de variation au moment de la commande au fabricant. Le tarif
de l'abonnement peut être revu par ScanLogic chaque année, moyennant un préavis d'un mois.

8. Durée de l'abonnement
L'abonnement est conclu pour 36 mois à compter de la mise en service. Il est ensuite reconduit
tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée au moins trois mois
avant l'échéance. En cas de résiliation anticipée, les mensualités restant dues jusqu'à
l'échéance sont exigibles.
À la fin de l'abonnement, le client peut exporter l'historique de ses opérations de scan au
format CSV depuis le portail pendant 30 jours ; les données sont ensuite supprimées.
L'application est mise à disposition sous licence d'utilisation non exclusive pour la durée de
l'abonnement.

9. Conditions
Nos conditions générales de vente (www.scanlogic.be/cgv) s'appliquent à la présente offre, à
l'exclusion des conditions d'achat du client. En cas de contradiction, la présente offre prévaut
sur nos conditions générales. Notre responsabilité est limitée au montant de la facture
concernée ; nous ne sommes pas responsables des pertes de données, des pertes d'exploitation ni
des retards de livraison de vos clients.
Le traitement des données des utilisateurs de l'application est régi par notre accord de
traitement, disponible sur demande.
Droit belge ; tribunaux de l'arrondissement judiciaire du Brabant wallon.

Bon pour accord (date, nom, signature, cachet) :

......................................................
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
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "missing",
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
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
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
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)

FR_T6B_CRM_DATA_CLEANSING_PROPOSAL = UnseenDocument(
    name="fr_t6b_crm_data_cleansing_proposal",
    text="""De : Pieter Vandamme <pieter@cleandata.be>
À : Sophie Lambotte <s.lambotte@chauffage-lambotte.be>
Objet : RE: Nettoyage de votre CRM - notre proposition

Bonjour Sophie,

Merci pour l'export d'échantillon envoyé mardi. Comme promis, voici comment nous voyons les
choses.

Ce que nous ferions
- dédoublonnage des comptes et des contacts (nous avons trouvé environ 18 % de doublons probables
  dans l'échantillon, surtout des clients particuliers encodés deux fois par les techniciens) ;
- normalisation des adresses sur la base des données officielles des rues belges, et des
  numéros de téléphone au format international ;
- contrôle des numéros de TVA des clients professionnels via VIES ;
- archivage des contacts sans activité depuis plus de sept ans, après votre validation.
Ce que nous ne faisons pas : l'achat ou l'enrichissement de données externes, les
modifications de la configuration de votre CRM et la formation de vos utilisateurs.

Comment nous travaillons
Nous travaillons sur une copie de votre base. Chaque règle de fusion est d'abord appliquée à un
échantillon de 500 fiches que vous validez avant que nous la passions sur l'ensemble. À la fin,
nous vous remettons la base nettoyée, le journal de toutes les fusions et suppressions (format
CSV) et une note de deux pages qui décrit les règles appliquées, pour que votre équipe puisse
les réutiliser. Nous supprimons ensuite nos copies.
Vous recevez chaque vendredi un petit point par mail : fiches traitées, questions ouvertes.

De votre côté, il nous faut, au plus tard le jour du démarrage, un export complet et un accès
administrateur en lecture, ainsi qu'une personne de votre service clientèle qui peut trancher
les cas douteux (idéalement vous-même) quelques heures par semaine.

Qui
C'est moi qui pilote la mission ; Lotte De Wilde, notre data analyst, fera la plus grande partie
du travail.

Prix
Honnêtement, il est difficile d'estimer le volume de travail avant d'avoir vu toute la base :
cela dépend surtout du nombre de cas douteux. Nous facturons donc en régie, au temps réellement
presté : 720,00 EUR HTVA par jour (ou 95,00 EUR HTVA par heure entamée au-delà d'une journée),
avec une facture à la fin de chaque mois, payable à 14 jours.
Vous pouvez arrêter la mission à tout moment par simple mail ; nous facturons alors les heures
prestées jusque-là.

Planning
Nous pouvons démarrer la semaine du 11 janvier. Pour une base de cette taille, comptez quelques
semaines.

RGPD
Votre base contient des données personnelles de particuliers : nous signons avant tout accès
notre convention de sous-traitance (article 28 du RGPD, jointe). Les copies de travail restent
sur nos serveurs à Gand et sont supprimées au plus tard 30 jours après la fin de la mission.

Si cela vous convient, un simple « OK » par retour de mail suffit et je bloque les dates.

Bien à vous,
Pieter Vandamme
CleanData bv - Coupure Links 623, 9000 Gent - 09/282 47 31
""",
    items={
        "agreement.general_terms": "missing",
        "budget.project_cost": "missing",
        "budget.scope": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "exit.termination": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 14,
    },
)

FR_T6B_WEBSITE_HOSTING_TRANSFER = UnseenDocument(
    name="fr_t6b_website_hosting_transfer",
    text="""NAMURHOST srl
CONTRAT DE TRANSFERT ET D'HÉBERGEMENT GÉRÉ - Conditions particulières n° NH-C-2026-0419

Prestataire : NAMURHOST srl, rue de l'Industrie 31, 5002 Saint-Servais, BCE BE 0688.142.577,
représentée par Mme Caroline Thiry, gérante.
Client : ÉTUDE DES NOTAIRES DUBOIS & HALLEUX srl, place d'Armes 9, 5000 Namur,
BCE BE 0823.519.064, représentée par Maître Bernard Halleux.

1. Documents
Le présent contrat et son annexe A (niveaux de service) forment l'intégralité de l'accord.
La proposition commerciale NH-2026-412 du 14/10/2026 y est annexée (annexe B). En cas de
contradiction, le présent contrat prévaut sur l'annexe A, qui prévaut sur l'annexe B. Aucune
condition générale de l'une ou l'autre partie ne s'applique.

2. Transfert
2.1 NamurHost transfère depuis l'hébergeur actuel du Client : le site web (WordPress, base de
données et fichiers), le nom de domaine etude-dubois-halleux.be, les 25 boîtes e-mail avec leur
contenu (copie IMAP), les enregistrements DNS et les certificats SSL.
2.2 Calendrier : copie du site sur un serveur de test dans les cinq jours ouvrables suivant la
réception des accès ; mise à disposition d'une adresse de test ; bascule des DNS et des boîtes
e-mail un samedi convenu avec le Client, au plus tard trois semaines après la signature.
2.3 Le Client communique dans les cinq jours ouvrables de la signature les accès à l'espace
client de l'hébergeur actuel et le code de transfert (auth code) du domaine, et résilie son
contrat actuel à une date postérieure à la bascule. À défaut, la bascule est replanifiée à la
première date disponible.
2.4 Le Client vérifie le site sur l'adresse de test pendant cinq jours ouvrables et confirme la
bascule par écrit. En l'absence de remarques dans ce délai, le site est considéré comme accepté.
2.5 Le lundi suivant la bascule, un technicien est joignable par téléphone de 8h00 à 18h00 pour
aider le personnel de l'Étude à reconfigurer la messagerie sur les ordinateurs et smartphones.
2.6 Interlocuteur du Client pour le transfert et l'hébergement : M. Julien Marchal, chef de
projet.

3. Hébergement géré
Serveur virtuel dédié en Belgique ; sauvegarde quotidienne du site et des boîtes e-mail,
conservée 30 jours ; surveillance 24h/24 ; mise à jour du cœur WordPress et correctifs de
sécurité dans les 48 heures de leur publication ; mise à jour mensuelle des extensions après
test sur le serveur de test. Sont exclus : la modification des contenus et de la mise en page,
le développement d'extensions et le référencement.

4. Prix
4.1 Transfert : forfait unique de 1.250,00 EUR HTVA, facturé après la bascule.
4.2 Hébergement géré : 149,00 EUR HTVA par mois, facturés mensuellement par domiciliation à
partir du mois de la bascule.
4.3 Toute prestation hors forfait fait l'objet d'un devis accepté par écrit par le Client avant
exécution, sur la base d'un taux horaire de 85,00 EUR HTVA.
4.4 Les prix sont indexés le 1er janvier de chaque année selon l'indice des prix à la
consommation.
4.5 Les factures sont payables à 30 jours date de facture.

5. Durée et fin
5.1 Le contrat est conclu pour une durée de douze mois à compter de la bascule, reconduite
tacitement pour des périodes de douze mois, sauf préavis d'un mois donné par écrit avant
l'échéance. Chaque partie peut y mettre fin immédiatement en cas de manquement grave non
réparé dans les quinze jours d'une mise en demeure.
5.2 En fin de contrat, NamurHost communique le code de transfert du domaine dans les cinq jours
ouvrables de la demande, remet au Client une sauvegarde complète (fichiers, export SQL de la
base de données, boîtes e-mail au format standard), maintient le service jusqu'à la date de
bascule chez le nouvel hébergeur dans la limite du préavis et consacre sans frais jusqu'à deux
heures à assister ce dernier. Les données sont ensuite effacées.

6. Propriété, confidentialité, données
6.1 Le site, ses contenus et le nom de domaine, enregistré au nom du Client, restent la
propriété du Client.
6.2 NamurHost et son personnel sont tenus au secret sur toutes les informations du Client dont
ils ont connaissance, y compris après la fin du contrat, et tiennent compte du secret
professionnel auquel est soumise l'Étude.
6.3 NamurHost traite les données personnelles contenues dans le site et les boîtes e-mail en
qualité de sous-traitant ; la convention de sous-traitance conforme à l'article 28 du RGPD fait
l'objet de l'annexe C. Les données sont hébergées exclusivement en Belgique.

7. Responsabilité
La responsabilité de NamurHost est limitée au montant des redevances payées au cours des douze
mois précédant le dommage, sauf faute intentionnelle ou lourde.

8. Litiges
Droit belge. Les parties recherchent d'abord une solution amiable pendant trente jours à
compter de la notification écrite du différend ; à défaut, les tribunaux de Namur sont seuls
compétents.

ANNEXE A - NIVEAUX DE SERVICE
A.1 Support : du lundi au vendredi de 8h30 à 17h30, au 081/73 55 20, par e-mail
(support@namurhost.be) ou via le portail de tickets. Pour la priorité 1, une ligne d'urgence
est joignable 24h/24 et 7j/7.
A.2 Priorités et délais
  Priorité 1 - site ou messagerie inaccessible : réaction dans l'heure, 24h/24 ; rétablissement
  dans les 4 heures.
  Priorité 2 - fonctionnement dégradé : réaction dans les 4 heures ouvrables ; rétablissement le
  jour ouvrable suivant.
  Priorité 3 - demande : réaction le jour ouvrable suivant.
A.3 Disponibilité : 99,9 % par mois civil, hors maintenance planifiée annoncée au moins 48
heures à l'avance et effectuée entre 22h00 et 6h00.
A.4 Crédits de service : pour chaque tranche de 0,1 % de disponibilité manquante, un crédit de
5 % de la redevance mensuelle, plafonné à 30 %, est déduit de la facture suivante.
A.5 NamurHost adresse au Client, dans les dix premiers jours de chaque mois, un rapport de
disponibilité et des incidents du mois écoulé.

Fait à Namur, le 04/12/2026, en deux exemplaires.

Pour NAMURHOST srl                            Pour l'ÉTUDE DUBOIS & HALLEUX srl
Caroline Thiry, gérante                       Bernard Halleux, notaire associé
(signé)                                       (signé)
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
        "team.named_team": "covered",
        "team.replacement": "missing",
        "reporting.progress": "covered",
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
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.9,
    },
)

DOCUMENTS = [
    FR_T6B_LABEL_PRINTING_INTEGRATION,
    FR_T6B_WAREHOUSE_SCANNERS_OFFER,
    FR_T6B_CRM_DATA_CLEANSING_PROPOSAL,
    FR_T6B_WEBSITE_HOSTING_TRANSFER,
]
