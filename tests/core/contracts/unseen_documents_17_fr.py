"""Held-out batch 17, French documents: a Walloon public-procurement convention between an
intercommunale and a software supplier for hosted waste-collection route planning and tracking
software (project, 48 months of licence and service, signed by both parties), a short e-mail
quote from a Liège-area lab for recovering data from a failed RAID NAS of an accounting firm
(accepted by the client's reply "OK" by e-mail), an order form with particular conditions from a
Kortrijk supplier for RFID linen tracking tunnels and a SaaS platform at an industrial laundry in
Tournai (signed electronically by both parties), and a maintenance and support contract between a
small Ciney developer and a cattle market for its auction software (signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority
in hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned; items and risks whose reading is ambiguous are
left out.
"""

from .unseen_documents import UnseenDocument

FR_B17_WASTE_COLLECTION_ROUTE_CONVENTION = UnseenDocument(
    name="fr_b17_waste_collection_route_convention",
    text="""CONVENTION
relative à la fourniture, à la mise en œuvre et à l'exploitation d'un logiciel de planification
et de suivi des tournées de collecte des déchets ménagers
Marché public de services - cahier spécial des charges n° ICVC/2026/017

ENTRE L'INTERCOMMUNALE DE COLLECTE ET DE VALORISATION DU CENTRE (« ICVC »), société coopérative
intercommunale, rue de l'Industrie 25, 7110 Houdeng-Goegnies, BCE BE 0205.417.836, représentée
par M. Jean-Marc Dufrasne, directeur général, et Mme Martine Gobert, présidente,
ET ROUTALIS srl, place de l'Université 16, 1348 Louvain-la-Neuve, BCE BE 0763.290.418,
représentée par M. Bastien Collignon, administrateur délégué, ci-après « l'Adjudicataire ».

Vu la décision du conseil d'administration d'ICVC du 19 novembre 2026 attribuant le marché à
l'Adjudicataire, il est convenu ce qui suit.

Article 1 - Objet
1.1 Le marché porte sur la mise à disposition en mode hébergé du logiciel RoutaCollect (modules
Planification, Optimisation des tournées, Suivi en temps réel et Gestion des conteneurs à puce)
pour les 38 camions de collecte et les 10 planificateurs d'ICVC, desservant 12 communes.
1.2 Il comprend : le paramétrage ; la reprise des données existantes ; l'interface avec les
lecteurs de puces et la pesée embarquée ; l'export hebdomadaire des levées par conteneur vers le
logiciel de facturation d'ICVC ; la formation ; l'hébergement, la maintenance corrective et
évolutive et le support pendant toute la durée du marché.
1.3 Ne sont pas compris : les tablettes durcies et les abonnements de données mobiles, la pose des
supports de tablettes dans les cabines et toute modification du logiciel de facturation d'ICVC.

Article 2 - Documents contractuels
Le marché est régi, par ordre de priorité décroissant, par : 1° la présente convention et ses
annexes ; 2° le cahier spécial des charges ICVC/2026/017 ; 3° l'offre de l'Adjudicataire du
18 septembre 2026, complétée par son offre finale du 23 octobre 2026, qui fait partie intégrante
du marché ; 4° les règles générales d'exécution des marchés publics (AR du 14 janvier 2013). Les
conditions générales de l'Adjudicataire sont exclues, même si elles figurent dans l'offre ou sur
ses factures.

Article 3 - Prix
3.1 Mise en œuvre (forfait global et non révisable) : 68.400,00 EUR HTVA.
3.2 Redevance annuelle (licence, hébergement, maintenance et support) : 20.520,00 EUR HTVA, soit
540,00 EUR HTVA par camion et par an ; tout camion supplémentaire au même prix, au prorata.
3.3 Le montant total du marché pour 48 mois s'élève à 150.480,00 EUR HTVA.
3.4 Les prestations complémentaires sont facturées 860,00 EUR HTVA par jour. Elles ne sont
exécutées que sur bon de commande préalable signé par le directeur des opérations d'ICVC, sur la
base d'une estimation écrite en jours ; tout dépassement est soumis à la même approbation.
3.5 La redevance est révisée chaque 1er janvier, pour la première fois en 2028, selon la formule
P = P0 x (0,20 + 0,80 x S/S0), S étant l'indice Agoria des salaires d'octobre de l'année précédente
et S0 celui d'octobre 2026.

Article 4 - Facturation et paiement
Le forfait est facturé à raison de 30 % à l'approbation du document de conception, 50 % à la
réception provisoire et 20 % à la fin du déploiement. La redevance est facturée annuellement et
anticipativement ; la première est calculée au prorata à partir de la mise en production du
pilote. Les factures sont payées dans les trente jours de leur réception.

Article 5 - Planning et obligations des parties
5.1 Réunion de lancement dans les dix jours ouvrables de la notification du marché.
Phase 1 - analyse et document de conception : six semaines.
Phase 2 - paramétrage, reprise des données et interfaces : huit semaines.
Phase 3 - pilote sur les tournées de la commune de Binche (6 camions) : quatre semaines.
Phase 4 - déploiement par groupes de trois communes, achevé au plus tard le 31 mai 2027.
5.2 ICVC remet dans les quinze jours ouvrables de la réunion de lancement le fichier des points de
collecte et des conteneurs (export CSV), les calendriers de collecte 2027 et la liste des camions
et chauffeurs ; elle livre les tablettes configurées au plus tard le 1er mars 2027, désigne deux
utilisateurs clés disponibles deux jours par semaine pendant les phases 2 et 3, et valide chaque
livrable dans les dix jours ouvrables.
5.3 En cas de retard imputable à l'Adjudicataire sur la fin des phases 3 ou 4, une amende de
0,07 % du forfait de mise en œuvre est due par jour calendrier, plafonnée à 5 % de ce forfait. Si
le retard résulte de données ou de validations tardives d'ICVC, les échéances suivantes sont
reportées d'autant, sans frais pour l'une ou l'autre partie.

Article 6 - Équipe
6.1 L'Adjudicataire affecte au projet Mme Aurélie Mathy, cheffe de projet, ingénieure civile
certifiée PRINCE2, douze ans d'expérience en logistique ; M. Nicolas Genot, docteur en recherche
opérationnelle ; M. Thibaut Lecocq, développeur senior (huit ans d'expérience), pour les
interfaces. Le chef de projet d'ICVC est M. Didier Hanot, responsable collecte.
6.2 L'Adjudicataire ne remplace ces personnes qu'avec l'accord écrit préalable d'ICVC, par une
personne de qualification au moins équivalente et avec cinq jours ouvrables de recouvrement à ses
frais. ICVC peut demander de manière motivée le remplacement d'un membre.

Article 7 - Qualité, documentation et reprise des données
7.1 Le marché est exécuté selon les règles de l'art. Chaque livraison de paramétrage ou
d'interface est testée dans un environnement de recette distinct de la production, selon un plan
de test transmis dix jours ouvrables à l'avance.
7.2 Au plus tard à la réception provisoire, l'Adjudicataire remet en français un manuel
administrateur, un manuel planificateur, un guide illustré du chauffeur et la description des
interfaces, qu'il met à jour à chaque version majeure.
7.3 L'Adjudicataire importe les 41.000 points de collecte, les 96.000 conteneurs à puce avec leur
affectation et l'historique des levées 2025-2026, géocode les adresses et remet un rapport de
reprise (volumes, taux de réussite, rejets) qu'ICVC valide avant le début de la phase 3.

Article 8 - Réception et garantie
8.1 La réception provisoire est prononcée lorsque, pendant dix jours de collecte consécutifs du
pilote, aucune anomalie bloquante n'est survenue, au moins 99 % des levées sont synchronisées et
les tournées d'une semaine sont optimisées en moins de 30 minutes. ICVC dresse le procès-verbal de
réception ou de refus motivé dans les quinze jours ; en cas de refus, l'Adjudicataire corrige dans
les dix jours ouvrables et un nouveau test est organisé.
8.2 Le délai de garantie est de douze mois à compter de la réception provisoire. Pendant ce délai,
l'Adjudicataire corrige gratuitement toute anomalie des paramétrages et interfaces réalisés.

Article 9 - Formation et accompagnement
Sont compris : deux jours de formation pour les planificateurs, un jour pour les administrateurs,
quatre sessions pour les chefs d'équipe comme formateurs relais des chauffeurs, et la présence
d'un consultant au dépôt dès 5h30 les trois premiers jours de collecte de chaque groupe.

Article 10 - Support et niveaux de service
10.1 Helpdesk : 010/39 84 20 et portail de support, du lundi au vendredi de 5h30 à 18h00 et le
samedi de 5h30 à 13h00. Délais comptés pendant ces heures :
- priorité 1 (application embarquée inutilisable sur plus de trois camions, planification ou
  synchronisation impossible) : prise en charge 30 minutes, contournement 4 heures, correction
  définitive 2 jours ouvrables ;
- priorité 2 (fonction importante dégradée) : prise en charge 2 heures, correction 1 jour ouvrable ;
- priorité 3 : prise en charge 1 jour ouvrable, correction dans la version suivante.
10.2 Disponibilité garantie : 99,7 % par mois calendrier, mesurée du lundi au samedi de 5h00 à
20h00, hors maintenances planifiées notifiées cinq jours à l'avance et réalisées le dimanche.
10.3 En deçà, la redevance du mois est réduite de 5 % par tranche entamée de 0,5 % manquante, avec
un maximum de 30 %. Tout dépassement du délai de contournement en priorité 1 entraîne une pénalité
de 150,00 EUR par heure entamée, déduite de la facture suivante. Ces niveaux de service sont des
obligations de résultat.
10.4 Les nouvelles versions sont comprises dans la redevance. Les correctifs de sécurité sont
appliqués dans les sept jours de leur publication (48 heures s'ils sont critiques) ; les versions
majeures sont annoncées trente jours à l'avance et installées d'abord en recette.
10.5 Mme Sophie Renard est la gestionnaire de compte d'ICVC. La fiche de configuration d'ICVC
(paramètres, interfaces, flotte) est tenue à jour et accessible à tous les agents du helpdesk.

Article 11 - Suivi et gouvernance
Pendant le projet, un comité de pilotage réunit toutes les quatre semaines les chefs de projet, le
directeur des opérations d'ICVC et l'administrateur délégué de l'Adjudicataire ; la cheffe de
projet remet tous les quinze jours un rapport d'avancement (phases, risques, points ouverts, jours
consommés). En exploitation, l'Adjudicataire remet un rapport mensuel de service (disponibilité,
tickets par priorité, délais tenus, pénalités) et une revue a lieu chaque trimestre. Toute
difficulté est portée successivement devant les chefs de projet, le comité de pilotage, puis le
directeur général d'ICVC et l'administrateur délégué de l'Adjudicataire.

Article 12 - Données, confidentialité et propriété intellectuelle
12.1 Le logiciel traite des données à caractère personnel (adresses des ménages, conteneurs des
redevables, positions des camions). L'Adjudicataire agit comme sous-traitant au sens de l'article
28 du RGPD, selon la convention de sous-traitance jointe en annexe 3 ; les données, propriété
d'ICVC, sont hébergées exclusivement en Belgique.
12.2 Chaque partie garde confidentielles les informations de l'autre pendant le marché et cinq ans
après sa fin.
12.3 L'Adjudicataire reste titulaire des droits sur RoutaCollect ; ICVC en reçoit un droit
d'utilisation non exclusif pour la durée du marché. Les interfaces développées pour ICVC lui sont
remises avec leur code source à la réception provisoire, sous licence gratuite, perpétuelle et
cessible.

Article 13 - Responsabilité
La responsabilité de l'Adjudicataire est limitée au montant total du marché (150.480,00 EUR HTVA),
sauf dol, faute grave, dommage corporel ou manquement à l'article 12. Il maintient une assurance
de responsabilité professionnelle d'au moins 1.250.000,00 EUR par sinistre.

Article 14 - Durée, résiliation et réversibilité
14.1 Le marché est conclu pour 48 mois à compter de sa notification. ICVC peut le reconduire une
seule fois pour douze mois, par décision expresse notifiée avant l'échéance ; il n'y a pas de
reconduction tacite.
14.2 Outre les mesures d'office prévues par les règles générales d'exécution, ICVC peut mettre fin
au volet licence et exploitation à l'issue de chaque année d'exploitation, moyennant un préavis de
six mois notifié par envoi recommandé, sans indemnité.
14.3 À la fin du marché, pour quelque cause que ce soit, l'Adjudicataire continue à la demande
d'ICVC à fournir le service aux mêmes conditions pendant six mois au plus et assiste le nouveau
prestataire ; cinq jours de prestations sont compris, les suivants sont facturés au taux de
l'article 3.4.
14.4 Dans les quinze jours ouvrables de la demande d'ICVC, et au plus tard à la fin du marché,
l'Adjudicataire remet sans frais l'export complet des données (points de collecte, conteneurs,
tournées, historique des levées, traces GPS des douze derniers mois) aux formats CSV et GeoJSON,
avec la description des fichiers, puis efface les données dans les trente jours et en atteste.

Article 15 - Litiges
La convention est régie par le droit belge. Tout différend est d'abord examiné par le comité de
pilotage, réuni dans les quinze jours de la demande d'une partie. À défaut d'accord dans les trente
jours, les tribunaux de l'arrondissement judiciaire du Hainaut, division Mons, sont seuls
compétents.

Fait à La Louvière, le 30 novembre 2026, en deux exemplaires originaux.

Pour ICVC                                            Pour ROUTALIS srl
J.-M. Dufrasne, directeur général - M. Gobert, présidente   B. Collignon, administrateur délégué
[signatures]                                         [signature]

Annexes : 1. cahier spécial des charges - 2. offre finale - 3. convention de sous-traitance
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
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
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
        "contract_term_months": 48,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

FR_B17_NAS_DATA_RECOVERY_QUOTE = UnseenDocument(
    name="fr_b17_nas_data_recovery_quote",
    text="""De : Christine Lejeune <c.lejeune@fiduciaire-lejeune.be>
À : Maxime Schyns <m.schyns@datasauve.be>
Date : mercredi 2 décembre 2026 11:52
Objet : RE: NAS en panne - devis récupération DS-26-418

Bonjour Monsieur Schyns,

OK pour la formule urgente, merci. Mon collègue Julien Dethier vous appelle tout à l'heure pour
le mot de passe. Les dossiers prioritaires sont « Clients 2026 » et « TVA » sur le volume 1.

Christine Lejeune
Expert-comptable - Fiduciaire Lejeune & Associés srl, Herstal

-----Message d'origine-----
De : Maxime Schyns <m.schyns@datasauve.be>
Date : mercredi 2 décembre 2026 11:14
Objet : NAS en panne - devis récupération DS-26-418

Bonjour Madame Lejeune,

Comme promis ce matin au téléphone, voici le résultat du diagnostic et notre proposition.

Diagnostic (gratuit)
Votre NAS Synology DS918+ (4 disques de 4 To en RAID 5) est arrivé chez nous hier à 16h. Le
disque 2 a une panne mécanique (têtes de lecture) et le disque 4 présente plusieurs centaines de
secteurs défectueux, ce qui explique le message « volume planté » de lundi. Les disques 1 et 3 sont
sains. Dans ce type de cas, on récupère en général la quasi-totalité des données, mais je ne peux
pas vous le garantir avant d'avoir cloné les disques : la récupération de données reste une
obligation de moyens.

Notre proposition (prix HTVA)
1. Clonage secteur par secteur des 4 disques et reconstruction virtuelle du RAID 5 : 690,00 €
2. Si nécessaire, remplacement des têtes du disque 2 en salle blanche, pièce comprise : 480,00 €
3. Disque externe USB 4 To pour la restitution des données : 149,00 €
Total maximum : 1.319,00 € HTVA

Délai : 5 à 7 jours ouvrables après votre accord. Option urgence (travail en continu, week-end
compris) : + 350,00 € HTVA, résultat sous 48 heures.

Le prix comprend la récupération de tous les volumes et dossiers partagés et le contrôle de
l'ouverture d'un échantillon de fichiers (Excel, PDF, bases BOB 50). Il ne comprend pas la remise
en état du NAS chez vous (nouveaux disques, réinstallation, recopie des données), que nous pouvons
faire au tarif de 75,00 € HTVA de l'heure plus 35,00 € de déplacement (comptez environ 3 heures).
Si le disque 2 exige une pièce donneuse que nous n'avons pas en stock, je vous préviens avant de
la commander : le surcoût (en général entre 80 et 200 €) n'est engagé qu'avec votre accord.
Pas de données, pas de facture : si nous ne récupérons pas vos dossiers clients, vous ne payez
rien.

Déroulement
Je vous envoie un SMS à chaque étape (clonage terminé, RAID reconstruit, copie terminée). Avant
facturation, vous recevez la liste complète des fichiers récupérés ; nous vérifions ensemble, sur
place ou à distance, vos dossiers prioritaires et vous nous dites si le résultat vous convient.

De votre côté, il me faut dès que possible le mot de passe administrateur du NAS (et la clé de
chiffrement si le volume est chiffré) ainsi que la liste de vos dossiers prioritaires.

Confidentialité
Vos disques restent dans notre laboratoire d'Ans, accessible uniquement à nos deux techniciens,
tenus au secret. Nous n'ouvrons les fichiers que dans la mesure nécessaire au contrôle. Nos copies
de travail sont effacées de manière sécurisée 15 jours après la restitution. Si votre cabinet
souhaite une convention de sous-traitance RGPD, je vous l'envoie sur simple demande.

Responsabilité
Un disque endommagé peut se dégrader davantage à chaque mise sous tension. Nous ne pouvons être
tenus responsables d'une perte de données supplémentaire ni de l'impossibilité de récupérer
certains fichiers ; dans tous les cas, notre responsabilité est limitée au montant de
l'intervention.

Paiement : facture à la restitution des données, payable à 10 jours.

Pour lancer la récupération, répondez simplement « OK » à ce mail en précisant la formule
(normale ou urgente) ; le clonage démarre dans l'heure.

Bien à vous,

Maxime Schyns
Technicien en récupération de données
DATASAUVE srl - rue de l'Yser 212, 4430 Ans - 04/247 18 65 - BCE BE 0689.551.274
""",
    items={
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
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
        "team.knowledge_transfer": "missing",
        "reporting.progress": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "missing",
        "maintenance.response_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 10,
    },
)

FR_B17_RFID_LINEN_TRACKING_ORDER = UnseenDocument(
    name="fr_b17_rfid_linen_tracking_order",
    text="""TEXTRACK bv - RFID textile tracking
President Kennedypark 12, 8500 Kortrijk - BTW/TVA BE 0712.334.908 - www.textrack.eu

BON DE COMMANDE N° BC-2026-0192 - CONDITIONS PARTICULIÈRES
Suivi RFID du linge et abonnement à la plateforme LinTrack Pro

Client : BLANCHISSERIE DU TOURNAISIS sa, rue du Progrès 9, 7503 Froyennes (Tournai),
TVA BE 0438.902.115, représentée par Mme Caroline Deltour, administratrice déléguée
Contact client : M. Frédéric Dupire, directeur de production
Votre account manager : Pieter Declercq - Customer Success Manager : Lotte Vermeersch (FR/NL)

1. Documents
Le présent bon de commande reprend l'offre TT-2026-311 du 14/10/2026, qui en fait partie
intégrante. Les Conditions générales de vente et d'abonnement TexTrack (version 2026.1, annexe 1)
s'appliquent et prévalent en cas de contradiction avec le bon de commande ou l'offre. Les
conditions générales d'achat du client sont expressément exclues.

2. Configuration commandée
- 3 tunnels de lecture UHF TT-Tunnel 900 (tri du linge sale, 2 postes d'expédition), avec PC
  industriel et écran ;
- 2 lecteurs portables TT-Hand pour les inventaires chez vos clients (hôpitaux, maisons de repos,
  hôtels) ;
- la plateforme LinTrack Pro en mode SaaS : suivi par article, circulation par client, inventaires,
  rapports de pertes, export quotidien (CSV) des pièces traitées vers votre logiciel Textil-ERP.
Non compris : les puces RFID (commandées séparément à 0,39 € HTVA la puce, par lot de 10.000,
délai 4 semaines), leur pose sur les textiles, les travaux électriques et le câblage réseau.

3. Prix (HTVA)
Investissement unique
  3 x TT-Tunnel 900 à 18.900,00 €                                         56.700,00 €
  2 x TT-Hand à 2.450,00 €                                                 4.900,00 €
  Installation, calibrage et mise en service                               4.800,00 €
  Onboarding plateforme (paramétrage, import des données, formations)      3.600,00 €
  Total investissement unique                                             70.000,00 €
Abonnement mensuel
  LinTrack Pro, jusqu'à 250.000 articles actifs                            1.290,00 €
  Contrat de maintenance matériel (3 tunnels, 2 lecteurs)                    480,00 €
  Total mensuel                                                            1.770,00 €
Au-delà de 250.000 articles actifs : 0,005 € par article et par mois.
Les interventions hors contrat (dégâts causés par un chariot, par exemple) sont facturées
95,00 € de l'heure plus 65,00 € de déplacement, sur devis accepté par écrit.
TexTrack peut adapter ses tarifs au 1er janvier de chaque année en le notifiant au client deux
mois à l'avance. Si la hausse dépasse 5 %, le client peut résilier l'abonnement à la date de son
entrée en vigueur.

4. Facturation
Investissement : 40 % à la commande, 60 % à la signature du PV de mise en service. Abonnement :
mensuellement et anticipativement, par domiciliation SEPA. Factures payables à 30 jours date de
facture ; intérêts de retard de 1 % par mois.

5. Planning
Livraison des tunnels en semaine 8 de 2027 (10 à 12 semaines après la commande), installation en
deux jours un week-end pour ne pas arrêter la production, mise en service prévue en semaine 9. Les
délais de livraison sont donnés à titre indicatif ; un retard ne donne droit à aucune indemnité ni
à l'annulation de la commande.

6. À charge du client
- une alimentation 400 V et une prise réseau CAT6 à chaque emplacement de tunnel, pour la
  semaine 7 ;
- le fichier des articles et des clients dans le modèle Excel de TexTrack, trois semaines avant la
  mise en service ;
- la pose des puces selon nos instructions, dont au moins 20.000 articles pucés pour le test ;
- la désignation d'un référent interne (M. Dupire).

7. Mise en service et réception
TexTrack importe le fichier des articles et des clients dans LinTrack, installe et calibre les
tunnels. Le test de réception consiste à faire passer dans chaque tunnel un lot de 2.000 articles
pucés : le taux de lecture doit atteindre au moins 99,5 %. Les résultats sont consignés dans un
PV de mise en service signé par les deux parties. Sans remarque écrite du client dans les 5 jours
ouvrables, l'installation est réputée acceptée.
Deux sessions de formation de 3 heures (production et administration) sont données sur site, le
jour de la mise en service et deux semaines plus tard. Le manuel d'utilisation est en ligne.

8. Garantie
Le matériel est garanti 12 mois à partir de la mise en service, pièces et main-d'œuvre, sauf
dommages dus à des chocs, à une humidité excessive ou à l'intervention de tiers.

9. Support et niveaux de service
Helpdesk : +32 56 49 70 30 ou support@textrack.eu, du lundi au vendredi de 7h00 à 19h00 et le
samedi de 7h00 à 12h00, en français et en néerlandais.
- Incident critique (tunnel à l'arrêt, plateforme inaccessible) : prise en charge dans les
  2 heures ouvrables ; technicien sur site le jour ouvrable suivant si la panne ne peut être
  résolue à distance.
- Autre demande : prise en charge dans 1 jour ouvrable.
Nous visons le rétablissement des incidents critiques dans les 8 heures ouvrables, sans
engagement de délai.
Disponibilité de la plateforme : 99,5 % par mois calendrier, hors maintenance planifiée le dimanche
de 2h00 à 6h00. Si elle n'est pas atteinte, le client reçoit, sur demande écrite dans les 30 jours,
un avoir de 5 % de l'abonnement LinTrack du mois par tranche de 0,5 % manquante, plafonné à 20 % ;
cet avoir est la seule compensation due.
Les nouvelles versions de la plateforme et du firmware des tunnels sont comprises et installées à
distance. TexTrack peut faire évoluer les fonctionnalités de la plateforme.
Lotte Vermeersch est votre interlocutrice attitrée. Vous recevez chaque mois via le portail un
rapport de service (disponibilité, tickets, taux de lecture par tunnel) ; une revue d'exploitation
a lieu sur site tous les six mois.

10. Durée et fin
L'abonnement est conclu pour 36 mois à compter du PV de mise en service. Il est reconduit
tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée au moins six mois
avant l'échéance. En cas de résiliation anticipée par le client, les mensualités restant dues
jusqu'à l'échéance deviennent exigibles. Sur demande formulée au plus tard 30 jours après la fin
de l'abonnement, TexTrack fournit un export complet des données (articles, mouvements,
historique) au format CSV ; les données sont ensuite supprimées.

11. Données, confidentialité et droits
Pour les vêtements de travail nominatifs, TexTrack traite le nom, le service et le numéro de
vestiaire des porteurs en qualité de sous-traitant ; la convention de traitement des données
(annexe 2) s'applique. Les données sont hébergées sur Microsoft Azure, région Europe de l'Ouest
(Pays-Bas). Chaque partie garde confidentielles les informations de l'autre pendant trois ans
après la fin du contrat. La plateforme et le firmware restent la propriété de TexTrack ; le
client reçoit un droit d'utilisation non exclusif et incessible pendant l'abonnement. Le matériel
devient la propriété du client au paiement complet.

12. Responsabilité
La responsabilité de TexTrack est limitée aux montants payés au titre de l'abonnement au cours des
12 mois précédant le sinistre. Sont exclus les dommages indirects, la perte de données, la perte
de linge, le manque à gagner et les réclamations des clients du client.

13. Droit applicable
Droit belge. Tribunaux de Gand, division Courtrai.

Signé électroniquement via Connective le 02/12/2026 par :
Pieter Declercq, account manager, pour TexTrack bv (mandataire)
Caroline Deltour, administratrice déléguée, pour Blanchisserie du Tournaisis sa
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
        "risk.unsigned": False,
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
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

FR_B17_CATTLE_AUCTION_SOFTWARE_MAINTENANCE = UnseenDocument(
    name="fr_b17_cattle_auction_software_maintenance",
    text="""CONTRAT DE MAINTENANCE ET D'ASSISTANCE
Logiciel de gestion des ventes « EnchèreBov »

Entre
AGRISOFT CONDROZ srl, rue du Commerce 14, 5590 Ciney, BCE BE 0823.117.460, représentée par
M. Grégory Lambot, gérant, ci-après « le Prestataire »,
et
la HALLE AUX BOVINS DU CONDROZ scrl, rue de la Station 51, 5590 Ciney, BCE BE 0401.882.935,
représentée par M. Jean-Pierre Mossiat, président, et Mme Anne-Sophie Grégoire, directrice,
ci-après « la Halle ».

Préambule
Le Prestataire a développé pour la Halle, en 2019, le logiciel EnchèreBov, utilisé chaque lundi
(marché aux bovins) et un jeudi sur deux (marché aux veaux) pour l'inscription des lots, la pesée
(interface avec les deux bascules), l'horloge d'enchères et les écrans de la salle, la
vérification des animaux dans Sanitel, la facturation aux acheteurs et les décomptes des vendeurs.

Article 1 - Objet
Le présent contrat règle la maintenance et l'assistance d'EnchèreBov. Il constitue l'intégralité
de l'accord des parties sur ce point et remplace le contrat de maintenance du 2 février 2023. Les
conditions générales de l'une ou l'autre partie ne s'appliquent pas.

Article 2 - Prestations comprises
a) la correction des anomalies du logiciel ;
b) les adaptations imposées par l'évolution de la réglementation (Sanitel, AFSCA, TVA), dans les
   délais fixés par l'autorité ;
c) deux nouvelles versions par an ; chaque version est testée sur un environnement de test avec
   une copie de la base de production, puis installée en dehors des jours de marché ;
d) l'assistance téléphonique et à distance aux utilisateurs de la Halle ;
e) la présence d'un technicien dans la salle des ventes chaque jour de marché, de 6h30 jusqu'à la
   fin de la vente.
Ne sont pas compris : le matériel (serveurs, bascules, afficheurs, horloge), le système
d'exploitation, la base de données SQL Server, les sauvegardes et le réseau, qui relèvent du
fournisseur informatique de la Halle et des fabricants, ainsi que les développements nouveaux
visés à l'article 5.

Article 3 - Assistance et délais
3.1 L'assistance est joignable les jours ouvrables de 8h00 à 17h00 au 083/21 44 90 ou à
support@agrisoft-condroz.be, et les jours de marché dès 6h00 au GSM de garde 0475/63 18 02.
3.2 Une panne bloquante survenant un jour de marché (impossibilité d'inscrire, de peser ou de
vendre) est prise en charge dans les 15 minutes par le technicien présent. Les autres demandes
sont prises en charge dans les 4 heures ouvrables.
3.3 Le Prestataire met tout en œuvre pour rétablir le fonctionnement dans les meilleurs délais. Si
une panne bloquante n'est pas résolue dans l'heure, la Halle applique la procédure de secours
(bons de pesée papier, vente à la criée) décrite dans le dossier technique, et le Prestataire
l'aide ensuite à encoder les ventes dans le logiciel.
3.4 Les obligations du Prestataire au titre du présent contrat sont des obligations de moyens.

Article 4 - Personnes de contact
Le contrat est exécuté par M. Grégory Lambot, développeur principal d'EnchèreBov, et M. Arnaud
Jacquet, technicien, qui assure la présence les jours de marché. En cas d'absence prolongée de
l'un d'eux, le Prestataire veille à assurer la continuité du service par un autre collaborateur.
La Halle désigne Mme Grégoire comme interlocutrice du Prestataire.

Article 5 - Développements nouveaux
Toute adaptation ou fonctionnalité non visée à l'article 2 fait l'objet d'un devis écrit (nombre
d'heures et délai) au taux de 85,00 € HTVA de l'heure. Le travail ne commence qu'après acceptation
écrite du devis par la directrice de la Halle.

Article 6 - Obligations de la Halle
La Halle :
- maintient un accès à distance sécurisé (VPN) au serveur d'EnchèreBov ;
- fait réaliser chaque jour par son fournisseur informatique une sauvegarde de la base de données,
  dont une copie est conservée hors du site ;
- signale les anomalies par e-mail avec une description et, si possible, une capture d'écran ; les
  jours de marché, un appel au GSM de garde suffit ;
- informe le Prestataire au moins un mois à l'avance de tout changement de serveur, de bascule ou
  de réseau.

Article 7 - Documentation et suivi
7.1 Le Prestataire tient à jour le dossier technique de l'installation (serveurs, versions,
paramètres des interfaces avec les bascules et Sanitel, modèle de données, procédure de secours)
et en remet une copie à jour à la Halle chaque année en janvier.
7.2 Un relevé des interventions de l'année écoulée (date, objet, durée) est joint à la facture de
janvier.
7.3 Le gérant du Prestataire et la directrice de la Halle se réunissent chaque année en février
pour évaluer le service et fixer les priorités de développement.

Article 8 - Prix et paiement
8.1 Le forfait annuel de maintenance et d'assistance s'élève à 9.600,00 € HTVA, facturé par
trimestre et par anticipation (2.400,00 € HTVA par trimestre).
8.2 Le forfait est indexé chaque 1er janvier selon la formule P = P0 x (0,2 + 0,8 x S/S0), où S
est l'indice Agoria des salaires de novembre de l'année précédente et S0 celui de novembre 2026.
8.3 Les factures sont payables à 30 jours de leur date.

Article 9 - Droits et dépôt du code source
9.1 Le Prestataire reste titulaire des droits d'auteur sur EnchèreBov. La Halle dispose d'une
licence d'utilisation perpétuelle et non exclusive pour ses propres marchés.
9.2 Le code source complet, la structure de la base de données et les instructions de compilation
sont déposés chez Maître Catherine Dubois, notaire à Ciney, et mis à jour à chaque nouvelle
version. Le dépôt est remis à la Halle en cas de faillite, de dissolution ou de cessation
d'activité du Prestataire, ou si celui-ci ne remédie pas à un manquement grave dans les 30 jours
d'une mise en demeure ; la Halle peut alors faire maintenir le logiciel par un tiers pour ses
propres besoins. Les frais de dépôt sont à charge du Prestataire.

Article 10 - Confidentialité et données personnelles
10.1 Les prix, l'identité des vendeurs et des acheteurs et les chiffres de vente sont
confidentiels, pendant le contrat et cinq ans après sa fin.
10.2 EnchèreBov contient des données d'éleveurs et de négociants (noms, adresses, numéros de
troupeau, comptes bancaires). Lors de ses interventions, le Prestataire agit comme sous-traitant
au sens de l'article 28 du RGPD : il n'accède aux données que sur instruction de la Halle et pour
les besoins de l'intervention, n'en conserve aucune copie en dehors des copies de test, effacées
après usage, et notifie toute violation de données à la Halle dans les 24 heures.

Article 11 - Responsabilité
La responsabilité du Prestataire est limitée au montant facturé au cours des six mois précédant le
fait générateur. Il ne répond pas des dommages indirects, notamment la perte de chiffre d'affaires
ou de commissions d'une journée de marché, ni de la perte de données, les sauvegardes incombant à
la Halle.

Article 12 - Durée et fin
12.1 Le contrat prend cours le 1er janvier 2027 pour une durée d'un an. Il est ensuite reconduit
tacitement d'année en année, sauf dénonciation par lettre recommandée moyennant un préavis de
trois mois avant l'échéance.
12.2 Chaque partie peut résilier le contrat avec effet immédiat en cas de manquement grave de
l'autre partie non réparé dans les 30 jours d'une mise en demeure.
12.3 À la fin du contrat, le Prestataire assiste pendant trois mois le nouveau prestataire désigné
par la Halle (explication du code, de la base de données et des interfaces) au taux de l'article
5 et, si la Halle le demande, continue pendant cette période à assurer la présence les jours de
marché aux conditions du présent contrat.

Article 13 - Litiges
Tout différend fait d'abord l'objet d'une réunion entre le gérant du Prestataire et le président
de la Halle, dans les quinze jours de la demande de l'une des parties. À défaut d'accord, le
litige est soumis au droit belge et aux tribunaux de Namur, division Dinant.

Fait à Ciney, le 27 novembre 2026, en deux exemplaires.

Pour AGRISOFT CONDROZ srl                   Pour la HALLE AUX BOVINS DU CONDROZ scrl
Grégory Lambot, gérant                      Jean-Pierre Mossiat, président
(signé)                                     Anne-Sophie Grégoire, directrice
                                            (signé)
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "partial",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
    },
)

FR_DOCUMENTS = [
    FR_B17_WASTE_COLLECTION_ROUTE_CONVENTION,
    FR_B17_NAS_DATA_RECOVERY_QUOTE,
    FR_B17_RFID_LINEN_TRACKING_ORDER,
    FR_B17_CATTLE_AUCTION_SOFTWARE_MAINTENANCE,
]
