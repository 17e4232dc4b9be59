"""Training batch 16 (fr, writer q): four documents as Belgian French-speaking IT suppliers and
their clients write them.

- fr_t16q_syndic_coownership_saas: formal special conditions (numbered articles) of a SaaS
  subscription by which a Woluwe software house provides a co-ownership management tool to a
  professional syndic in Uccle (set-up fee, per-lot subscription, data take-over, go-live
  planning, 99,5 % availability, a vague "geste commercial" instead of service credits,
  36 months with tacit renewal and six months' notice, signed by both).
- fr_t16q_theatre_ticketing_app_development: a long formal development contract between a Liège
  app studio and a Charleroi theatre for a ticketing app (fixed price, change procedure, delay
  penalties, named team, acceptance, warranty, IP assignment with source code pushed to the
  theatre's repository, optional maintenance with tacit yearly renewal, signed by both).
- fr_t16q_hosted_payroll_sla_annex: an SLA annex to a hosted payroll subscription (availability,
  priorities, payroll deadlines, automatic service credits, escalation); prices, duration, data
  return, liability and governing law are bare cross-references to the main contract; the
  supplier may amend the annex on notice; signed by both.
- fr_t16q_accountant_m365_cleanup_offer: an informal offer letter from a Herstal IT firm to a
  Verviers accountancy to clean up and secure its Microsoft 365 tenant (fixed price, hourly rate
  with approval, optional monthly follow-up), supplier's general terms apply, data loss excluded,
  empty "bon pour accord" line for the client.

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

FR_T16Q_SYNDIC_COOWNERSHIP_SAAS = UnseenDocument(
    name="fr_t16q_syndic_coownership_saas",
    text="""CONTRAT D'ABONNEMENT SAAS - LOGICIEL DE GESTION DE COPROPRIÉTÉS « SYNDIKA »
Conditions particulières n° SYN-2026-0311

ENTRE
SYNDIKA SRL, dont le siège est établi avenue de Tervueren 142, 1150 Woluwe-Saint-Pierre,
BCE 0745.218.603, représentée par M. Antoine Verhaegen, gérant, ci-après « le Fournisseur »,

ET
DELVAUX & ASSOCIÉS SYNDICS SRL, syndic professionnel agréé IPI sous le n° 508.214, dont le
siège est établi chaussée de Waterloo 1021, 1180 Uccle, BCE 0462.905.117, représentée par
Mme Claire Delvaux, gérante, ci-après « le Client ».

Article 1 - Objet
Le Fournisseur met à la disposition du Client, en mode SaaS, le logiciel Syndika pour la
gestion de ses 87 copropriétés (environ 2.340 lots) : comptabilité des associations de
copropriétaires selon le plan comptable minimum normalisé, appels de fonds et décomptes de
charges, gestion des fournisseurs et des sinistres, convocations et procès-verbaux
d'assemblées générales, et portail en ligne pour les copropriétaires.

Article 2 - Documents contractuels
Le contrat se compose, par ordre de priorité décroissant : (1) les présentes conditions
particulières ; (2) l'annexe 1, convention de sous-traitance de données ; (3) l'offre du
Fournisseur n° OF-26-147 du 21/10/2026. Les conditions générales de l'une ou l'autre partie ne
s'appliquent pas. Toute modification du contrat requiert un avenant écrit signé par les deux
parties.

Article 3 - Périmètre de l'abonnement
3.1 Sont compris dans l'abonnement : l'accès pour neuf utilisateurs nommés ; l'ensemble des
modules décrits à l'article 1 ; le portail copropriétaires sans limite de comptes ; la
synchronisation des extraits bancaires (CODA) avec deux banques ; l'hébergement, les
sauvegardes quotidiennes, le support et les mises à jour.
3.2 Ne sont pas compris : la reprise des copropriétés reprises en gestion après la mise en
service (forfait de 95,00 EUR HTVA par copropriété) ; l'impression et l'envoi postal des
convocations ; la connexion de banques supplémentaires ; les développements spécifiques.

Article 4 - Prix et paiement
4.1 Frais uniques de mise en place : 3.250,00 EUR HTVA, couvrant le paramétrage, la reprise des
données et les deux sessions de formation, facturés à la signature du procès-verbal de mise en
service.
4.2 Abonnement : 1,35 EUR HTVA par lot et par mois, avec un minimum de 2.000 lots, soit
3.159,00 EUR HTVA par mois pour 2.340 lots. L'abonnement est facturé trimestriellement à
l'avance ; le nombre de lots est recalculé au début de chaque trimestre.
4.3 Les prestations hors abonnement sont facturées 105,00 EUR HTVA de l'heure. Elles ne sont
exécutées que sur la base d'un devis écrit accepté par le Client avant le début des travaux,
et sont facturées après leur réalisation.
4.4 Les prix sont indexés le 1er janvier de chaque année, pour la première fois le 01/01/2028,
selon l'évolution de l'indice santé, l'augmentation étant plafonnée à 3 % par an.
4.5 Les factures sont payables à 30 jours de leur date.

Article 5 - Mise en service
5.1 Planning : réunion de lancement le 11/01/2027 ; remise des exports par le Client le
22/01/2027 ; première reprise d'essai le 05/02/2027 ; formations les 15 et 17/02/2027 ;
mise en service le 01/03/2027.
5.2 Le Client remet au plus tard le 22/01/2027 les exports complets de son logiciel actuel
(ImmoSyndic), les extraits bancaires CODA de 2026 et la liste à jour des copropriétaires. Il
désigne Mme Sarah Mertens, comptable, comme référente du projet, et vérifie chaque reprise
d'essai dans les cinq jours ouvrables.
5.3 Le Fournisseur reprend les copropriétés, lots et quotités, copropriétaires et locataires,
fournisseurs, soldes comptables d'ouverture au 28/02/2027 ainsi que les trois derniers
exercices comptables, en consultation. Il remet au Client un document de paramétrage décrivant,
par copropriété, les clés de répartition et les choix de configuration retenus.
5.4 Après la reprise finale, le Client contrôle les soldes de chaque copropriété. La mise en
service est constatée par un procès-verbal signé par les deux parties ; le Client dispose de
dix jours ouvrables pour formuler ses réserves, que le Fournisseur lève avant la signature.
5.5 Si la mise en service est retardée du fait du Fournisseur au-delà du 01/03/2027, le Client
bénéficie d'un mois d'abonnement gratuit par période complète de deux semaines de retard, avec
un maximum de trois mois. Si le Client remet ses exports en retard, le planning est décalé
d'autant et les reprises supplémentaires nécessaires sont facturées au taux de l'article 4.3.
5.6 Toute anomalie des données reprises signalée dans les 60 jours suivant la mise en service
est corrigée gratuitement par le Fournisseur.
5.7 Le Fournisseur donne deux sessions de formation d'une demi-journée dans les bureaux du
Client pour les neuf utilisateurs. Un guide d'utilisation en ligne et des webinaires de
présentation des nouvelles versions sont accessibles sans frais.

Article 6 - Interlocuteurs et suivi
6.1 Mme Inès Benali, gestionnaire de compte, est le point de contact unique du Client. M. Jonas
Verstraete, chef de projet, conduit la mise en service. Le Fournisseur tient à jour une fiche
client (paramétrages, banques connectées, particularités des copropriétés) accessible à tous
les agents du support.
6.2 Pendant la mise en service, un point téléphonique d'une demi-heure a lieu chaque semaine
entre le chef de projet et la référente du Client.
6.3 Le Fournisseur envoie chaque mois un rapport de service indiquant la disponibilité mesurée,
les tickets ouverts et clôturés et le respect des délais de l'article 7.
6.4 Une revue annuelle réunit la gérante du Client et la gestionnaire de compte. Les
difficultés non résolues par le support sont portées successivement devant la gestionnaire de
compte puis devant le gérant du Fournisseur.

Article 7 - Niveaux de service
7.1 Le Fournisseur garantit une disponibilité du logiciel et du portail de 99,5 % par mois
calendrier, hors maintenances planifiées annoncées 72 heures à l'avance et effectuées le
dimanche entre 22h00 et 02h00.
7.2 Le support est joignable les jours ouvrables de 8h30 à 17h30 par téléphone au
02/771 48 30, par e-mail à support@syndika.be et via le portail de tickets.
7.3 Délais, comptés en heures ouvrables à partir de l'enregistrement du ticket :
  - incident bloquant (logiciel inaccessible, impossibilité de comptabiliser ou d'envoyer des
    convocations) : prise en charge en 2 heures, résolution ou contournement en 8 heures ;
  - incident majeur : prise en charge en 4 heures, résolution en 3 jours ouvrables ;
  - incident mineur : prise en charge le jour ouvrable suivant, correction dans une version
    ultérieure.
7.4 Si la disponibilité est inférieure à 99,5 % deux mois consécutifs, le Client peut
solliciter un geste commercial, dont le Fournisseur apprécie la forme et le montant.
7.5 Les mises à jour sont comprises dans l'abonnement. Elles sont déployées en dehors des heures
de bureau et annoncées cinq jours ouvrables à l'avance avec une note de version. Les
modifications légales et réglementaires (notamment du Code civil en matière de copropriété)
sont intégrées au plus tard à leur date d'entrée en vigueur. Les correctifs de sécurité
critiques sont appliqués dans les 72 heures.

Article 8 - Données
8.1 Les données encodées restent la propriété du Client et des associations de copropriétaires
qu'il représente. Elles sont hébergées dans deux centres de données situés en Belgique.
8.2 Le Fournisseur traite les données à caractère personnel des copropriétaires, locataires et
fournisseurs en qualité de sous-traitant au sens de l'article 28 du RGPD, conformément à
l'annexe 1.
8.3 Le Client peut exporter ses données à tout moment aux formats CSV et PDF. À la fin du
contrat, pour quelque cause que ce soit, le Fournisseur lui remet sans frais, dans les 30
jours, un export complet (fichiers CSV documentés, grands livres et bilans par copropriété en
PDF, procès-verbaux et pièces jointes), puis supprime les données dans les 90 jours et en
délivre une attestation.

Article 9 - Confidentialité
Chaque partie garde strictement confidentielles les informations reçues de l'autre partie,
pendant la durée du contrat et cinq ans après sa fin. Le Fournisseur impose la même obligation
à son personnel et à ses sous-traitants.

Article 10 - Propriété intellectuelle
Le logiciel Syndika reste la propriété exclusive du Fournisseur. Le Client dispose d'un droit
d'utilisation non exclusif et non cessible pendant la durée du contrat. Les documents générés
par le Client au moyen du logiciel (décomptes, convocations, procès-verbaux) lui appartiennent.

Article 11 - Responsabilité
La responsabilité du Fournisseur est limitée, toutes causes confondues, au montant des
redevances payées par le Client au cours des douze mois précédant le fait dommageable. Les
dommages indirects sont exclus. Ces limites ne s'appliquent pas en cas de dol ou de faute grave.

Article 12 - Durée et résiliation
12.1 Le contrat est conclu pour une durée de 36 mois à compter de la mise en service. Il est
ensuite reconduit tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée
au moins six mois avant l'échéance.
12.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie auquel
il n'est pas remédié dans les 30 jours d'une mise en demeure.
12.3 Le Client peut en outre résilier le contrat sans indemnité si la disponibilité est
inférieure à 98 % pendant trois mois consécutifs.

Article 13 - Droit applicable et litiges
Le contrat est régi par le droit belge. En cas de différend, les gérants des deux parties se
réunissent dans les 15 jours de la demande de l'une d'elles. À défaut d'accord dans les 30
jours, les parties recourent à un médiateur agréé par la Commission fédérale de médiation.
En cas d'échec de la médiation, les tribunaux francophones de Bruxelles sont seuls compétents.

Fait à Uccle, le 01/12/2026, en deux exemplaires.

Pour SYNDIKA SRL                                 Pour DELVAUX & ASSOCIÉS SYNDICS SRL
Antoine Verhaegen, gérant                        Claire Delvaux, gérante
[signature]                                      [signature]
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
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "missing",
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
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

FR_T16Q_THEATRE_TICKETING_APP_DEVELOPMENT = UnseenDocument(
    name="fr_t16q_theatre_ticketing_app_development",
    text="""CONTRAT DE DÉVELOPPEMENT D'UNE APPLICATION MOBILE DE BILLETTERIE
Réf. APQ-2026-042

ENTRE
APPLIQA SRL, rue Bois Saint-Jean 15/1, 4102 Seraing (Liège Science Park), BCE 0699.412.835,
représentée par Mme Laura Dethier, gérante, ci-après « le Prestataire »,

ET
THÉÂTRE DU VIEUX-MARCHÉ ASBL, rue de la Montagne 38, 6000 Charleroi, BCE 0412.556.094,
représentée par M. Hugues Lambert, directeur général, et Mme Nadia Fernandes, directrice
administrative, ci-après « le Théâtre ».

Article 1 - Objet et documents contractuels
1.1 Le Prestataire conçoit, développe et publie l'application « Vieux-Marché » pour iOS et
Android, reliée au logiciel de billetterie Scenario du Théâtre (environ 140 représentations par
saison), et, si le Théâtre lève l'option de l'article 16, en assure la maintenance.
1.2 Le contrat se compose, par ordre de priorité : le présent contrat ; l'annexe 1, cahier des
charges fonctionnel v1.3 du 30/09/2026 ; l'annexe 2, offre du Prestataire n° APQ-OF-2026-118
du 14/10/2026 ; l'annexe 3, convention de sous-traitance de données. Les conditions générales
du Prestataire ne s'appliquent pas.

Article 2 - Périmètre
2.1 Sont compris dans le prix : la conception UX/UI (deux tours de maquettes) ; le développement
de l'application en Flutter ; l'intégration avec l'API de Scenario (catalogue, plan de salle,
panier, paiement) ; le portefeuille de billets consultable hors connexion ; les notifications
push et un back-office web d'envoi des notifications ; les versions française et néerlandaise ;
l'accessibilité des écrans principaux ; la publication sur l'App Store et Google Play.
2.2 Ne sont pas compris : toute modification de Scenario ou de son API, qui relève de son
éditeur ; les frais des comptes développeur Apple et Google ; la version anglaise ; la
production des contenus (textes, photos, vidéos des spectacles).

Article 3 - Prix et paiement
3.1 Le prix forfaitaire s'élève à 68.500,00 EUR HTVA, soit : conception 9.800,00 EUR ;
développement 46.200,00 EUR ; tests et publication 7.300,00 EUR ; gestion de projet
5.200,00 EUR.
3.2 Il est facturé comme suit : 20 % à la signature, 30 % à la validation des maquettes, 30 % à
la livraison de la version de recette, 20 % à la réception définitive. Les factures sont
payables à 30 jours de leur date.

Article 4 - Modifications
Toute demande de modification fait l'objet, dans les cinq jours ouvrables, d'une estimation
écrite du Prestataire précisant son impact sur le prix et sur le planning. Elle n'est exécutée
qu'après signature de l'estimation par la cheffe de projet du Théâtre, et est facturée au taux
journalier de 780,00 EUR HTVA avec la tranche suivante du prix. Les ajustements mineurs sont
absorbés par le forfait jusqu'à concurrence de trois jours au total.

Article 5 - Planning
Lancement le 06/01/2027 ; validation des maquettes le 12/02/2027 ; sprints de deux semaines à
partir du 15/02/2027 ; livraison de la version de recette le 16/04/2027 ; recette du 19/04 au
07/05/2027 ; publication dans les magasins d'applications le 17/05/2027, en vue de la
présentation de la saison 2027-2028 le 29/05/2027.

Article 6 - Retards
6.1 Si la publication est retardée du fait du Prestataire, celui-ci est redevable d'une pénalité
de 300,00 EUR par jour ouvrable de retard, plafonnée à 7 % du prix forfaitaire. Si
l'application n'est pas publiée le 15/06/2027, le Théâtre peut en outre résilier le contrat et
obtenir le remboursement des montants versés pour les phases non réceptionnées.
6.2 Si le retard est imputable au Théâtre, le planning est décalé d'autant ; au-delà de cinq
jours ouvrables d'attente, l'immobilisation de l'équipe est facturée au taux de l'article 4.

Article 7 - Obligations du Théâtre
Le Théâtre : obtient de l'éditeur de Scenario et remet au Prestataire, au plus tard le
20/01/2027, un accès à l'environnement de test de l'API et sa documentation ; fournit sa charte
graphique et les textes ; ouvre à son nom les comptes développeur Apple et Google au plus tard
le 15/03/2027 ; désigne Mme Julie Carlier, responsable de la billetterie, comme cheffe de
projet, disponible une demi-journée par semaine ; valide ou commente chaque livrable dans les
cinq jours ouvrables ; réunit un panel de dix spectateurs testeurs pendant la recette.

Article 8 - Équipe du Prestataire
8.1 L'équipe se compose de Mme Laura Dethier (direction de projet), M. Cédric Wéry (développeur
principal Flutter, huit ans d'expérience en développement mobile), Mme Sofia Rinaldi (designer
UX/UI, spécialisée en accessibilité) et M. Tom Jacobs (développeur back-office et tests).
8.2 Un membre de l'équipe ne peut être remplacé que moyennant un préavis de dix jours
ouvrables et par une personne de profil équivalent agréée par le Théâtre. Le temps de
transfert de connaissances entre l'ancien et le nouveau membre est à charge du Prestataire.

Article 9 - Suivi du projet
9.1 Une revue de sprint avec démonstration a lieu toutes les deux semaines. Le Prestataire
envoie chaque vendredi un rapport écrit : travaux réalisés, travaux prévus, risques, état des
demandes de modification.
9.2 Un comité de pilotage mensuel réunit le directeur général et la cheffe de projet du
Théâtre et la gérante du Prestataire. Les points non résolus entre les chefs de projet lui
sont soumis.

Article 10 - Qualité
Chaque modification du code fait l'objet d'une relecture par un second développeur. Les règles
métier sont couvertes par des tests automatisés à hauteur d'au moins 70 %. L'application est
testée sur un parc de douze appareils (iOS 16 et suivants, Android 10 et suivants) et respecte
le niveau AA des WCAG 2.1 pour l'achat et l'affichage des billets, ainsi que les règles de
publication d'Apple et de Google.

Article 11 - Recette et réception
11.1 Le Prestataire livre la version de recette via TestFlight et le canal de test de Google
Play, accompagnée d'un plan de tests. Le Théâtre dispose de quinze jours ouvrables pour
l'exécuter. Les anomalies sont classées bloquantes, majeures ou mineures.
11.2 La réception provisoire est prononcée par écrit lorsqu'il ne subsiste aucune anomalie
bloquante ni majeure. La réception définitive intervient 30 jours après la publication en
l'absence d'anomalie bloquante.

Article 12 - Publication
Le Prestataire soumet l'application sous les comptes du Théâtre, répond aux remarques d'Apple
et de Google et coordonne la date de publication avec le Théâtre.

Article 13 - Garantie
Pendant trois mois à compter de la publication, le Prestataire corrige gratuitement toute
non-conformité au cahier des charges et toute anomalie ; les anomalies bloquantes sont
corrigées dans les deux jours ouvrables.

Article 14 - Formation et documentation
Le Prestataire forme le personnel de la billetterie à l'utilisation du back-office de
notifications (une session de deux heures) et intègre une foire aux questions dans
l'application. Il remet la documentation technique (architecture, procédures de compilation et
de publication) et consacre une demi-journée de passation au référent informatique du Théâtre.

Article 15 - Propriété intellectuelle et code source
15.1 Dès le paiement complet du prix, le Prestataire cède au Théâtre, à titre exclusif, les
droits patrimoniaux sur le code spécifique, les maquettes et les éléments graphiques créés pour
l'application, pour tous modes d'exploitation, pour le monde entier et pour toute la durée des
droits. Les composants génériques du Prestataire restent sa propriété ; le Théâtre en reçoit
une licence non exclusive et perpétuelle. Les composants libres utilisés sont listés.
15.2 Le code source complet est déposé à la fin de chaque sprint sur un dépôt Git ouvert au nom
du Théâtre, avec les instructions de compilation.

Article 16 - Option de maintenance
16.1 Si le Théâtre lève l'option au plus tard à la réception définitive, le Prestataire assure,
à partir de la fin de la garantie, la maintenance de l'application pour 490,00 EUR HTVA par
mois, facturés trimestriellement : maintenance corrective ; compatibilité avec chaque nouvelle
version majeure d'iOS et d'Android dans les 30 jours de sa sortie publique ; mise à jour des
dépendances et correctifs de sécurité ; republication dans les magasins ; support du personnel
de la billetterie ; jusqu'à 16 heures de petites évolutions par an.
16.2 Le support est joignable les jours ouvrables de 9h00 à 17h00 via support.appliqa.be et au
04/372 19 55. Priorité 1 (achat impossible ou billets non affichés pour l'ensemble des
utilisateurs) : prise en charge en 4 heures ouvrables, correctif ou contournement en 1 jour
ouvrable. Priorité 2 : prise en charge en 1 jour ouvrable, correction en 5 jours ouvrables.
Priorité 3 : correction dans la version suivante.
16.3 M. Cédric Wéry reste le référent technique du Théâtre ; le Prestataire tient à jour la
documentation de l'environnement de l'application (versions, comptes, certificats). Un rapport
trimestriel (tickets, versions publiées, statistiques de plantage) est envoyé au Théâtre.
16.4 La maintenance est conclue pour 12 mois et reconduite tacitement par périodes de 12 mois,
sauf résiliation par lettre recommandée au moins deux mois avant l'échéance. La redevance est
révisée le 1er janvier selon la formule p = P x (0,2 + 0,8 x S/S0), S étant l'indice Agoria
des salaires.

Article 17 - Résiliation et fin de collaboration
17.1 Le Théâtre peut mettre fin au développement à tout moment moyennant un préavis de quinze
jours, en payant les prestations réalisées jusqu'à la date de fin. Chaque partie peut résilier
le contrat en cas de manquement grave non réparé dans les 30 jours d'une mise en demeure.
17.2 À la fin de la maintenance, le Prestataire remet tous les accès, certificats et clés de
signature et assiste le nouveau prestataire du Théâtre pendant au maximum trois jours, au taux
journalier de l'article 4.

Article 18 - Confidentialité et données personnelles
18.1 Les parties gardent confidentielles les informations échangées pendant le contrat et cinq
ans après sa fin.
18.2 Lorsqu'il accède aux données des spectateurs (comptes de test, journaux d'erreurs), le
Prestataire agit comme sous-traitant au sens du RGPD, conformément à l'annexe 3. Les jeux de
test sont anonymisés et l'outil de suivi des plantages est configuré sans données personnelles.

Article 19 - Responsabilité
La responsabilité du Prestataire est limitée, toutes causes confondues, au prix forfaitaire de
l'article 3, sauf dol, faute grave ou atteinte aux droits de tiers. Les dommages indirects sont
exclus.

Article 20 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis au comité de
pilotage. À défaut d'accord dans les 30 jours, les parties désignent de commun accord un
médiateur agréé. En cas d'échec, les tribunaux du Hainaut, division Charleroi, sont compétents.

Fait à Charleroi, le 30/11/2026, en deux exemplaires.

Pour APPLIQA SRL                        Pour le THÉÂTRE DU VIEUX-MARCHÉ ASBL
Laura Dethier, gérante                  Hugues Lambert, directeur général
[signature]                             [signature]
                                        Nadia Fernandes, directrice administrative
                                        [signature]
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
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T16Q_HOSTED_PAYROLL_SLA_ANNEX = UnseenDocument(
    name="fr_t16q_hosted_payroll_sla_annex",
    text="""ANNEXE 3 AU CONTRAT D'ABONNEMENT N° PN-2026-0588
ACCORD DE NIVEAU DE SERVICE (SLA) - PLATEFORME DE PAIE HÉBERGÉE PAIENET

Parties : PAIENET SA, parc scientifique Einstein, rue du Bosquet 9, 1348 Louvain-la-Neuve,
BCE 0550.318.742 (« PaieNet ») et GROUPE MAISONNEUVE SRL, chaussée de Bruxelles 311,
1300 Wavre, BCE 0478.902.165 (« le Client »).

1. Objet et portée
1.1 La présente annexe fixe les niveaux de service applicables à la plateforme de paie hébergée
PaieNet (calcul des salaires, fiches de paie, fichiers de virement SEPA, déclarations DIMONA et
DmfA, exports vers la comptabilité) utilisée par le Client pour ses quelque 240 travailleurs.
1.2 Elle fait partie intégrante du Contrat d'abonnement n° PN-2026-0588 (« le Contrat ») et
complète les Conditions générales de PaieNet (version 2025-2). En cas de contradiction, la
présente annexe prévaut sur les Conditions générales pour tout ce qui concerne les niveaux de
service.

2. Services couverts
2.1 Sont compris dans la redevance mensuelle d'abonnement visée à l'annexe 2 du Contrat :
l'hébergement et l'exploitation de la plateforme, les sauvegardes, le support applicatif aux
utilisateurs clés du Client et les mises à jour légales, fonctionnelles et de sécurité.
2.2 Ne sont pas compris : les incidents dus au réseau ou aux postes du Client, les paramétrages
modifiés par le Client lui-même, les interfaces avec des logiciels tiers non fournis par PaieNet
et la formation de nouveaux utilisateurs. Ces prestations font l'objet d'un devis préalable que
le Client accepte par écrit ; elles sont facturées au tarif horaire en vigueur de PaieNet, en
fin de mois.

3. Horaires et accès au support
3.1 La plateforme est accessible 24 heures sur 24, 7 jours sur 7.
3.2 Le support est joignable via le portail client, au 010/48 77 20 et à support@paienet.be,
les jours ouvrables de 8h00 à 18h00. Pendant la période de clôture de paie (du 25 du mois au
troisième jour ouvrable du mois suivant), il est joignable de 7h30 à 20h00.
3.3 Les consultants du support sont des gestionnaires de paie comptant au moins trois ans
d'expérience en paie belge.

4. Disponibilité
4.1 PaieNet garantit une disponibilité de la plateforme de 99,6 % par mois calendrier, mesurée
du lundi au samedi de 7h00 à 20h00.
4.2 Sont exclues du calcul : les maintenances planifiées annoncées cinq jours ouvrables à
l'avance et réalisées le dimanche, les cas de force majeure et les indisponibilités imputables
au Client.
4.3 Disponibilité = (temps de mesure - temps d'indisponibilité non exclue) / temps de mesure.

5. Incidents : priorités et délais
Les délais courent à partir de l'enregistrement du ticket et sont comptés en heures ouvrables
au sens de l'article 3.2.
Priorité 1 - plateforme indisponible, calcul ou validation de la paie impossible, envoi des
déclarations impossible pendant la période de clôture : prise en charge en 1 heure,
contournement ou résolution en 4 heures.
Priorité 2 - fonction importante dégradée sans blocage de la paie : prise en charge en
4 heures, résolution en 2 jours ouvrables.
Priorité 3 - question ou anomalie mineure : prise en charge en 2 jours ouvrables, correction
dans la version suivante.

6. Échéances de paie
6.1 Le Client encode ou importe les prestations du mois au plus tard le troisième jour ouvrable
précédant la date de paiement des salaires. PaieNet met alors à disposition les fiches de paie
et le fichier de virement SEPA au plus tard le jour ouvrable suivant.
6.2 Si le Client transmet ses données après cette date, le calcul est effectué dans les deux
jours ouvrables suivant leur réception et un traitement urgent de 150,00 EUR HTVA par calcul
est facturé.
6.3 Si les fiches et le fichier de virement ne sont pas disponibles dans le délai de l'article
6.1 pour une cause imputable à PaieNet, celle-ci rembourse au Client, sur justificatifs, les
intérêts de retard dus aux travailleurs et les frais bancaires de paiement urgent, à
concurrence de 2.500,00 EUR par incident.

7. Crédits de service
7.1 Si la disponibilité mensuelle est inférieure à 99,6 %, le Client reçoit un crédit de 5 % de
la redevance mensuelle par tranche entamée de 0,5 % manquante, plafonné à 20 % de cette
redevance. Chaque dépassement du délai de prise en charge d'un incident de priorité 1 donne
droit à un crédit supplémentaire de 2 %.
7.2 Les crédits sont calculés sur la base du rapport mensuel et déduits d'office de la facture
suivante, sans que le Client doive les réclamer.
7.3 Pour le surplus, la limitation de responsabilité prévue à l'article 14 du Contrat
s'applique.

8. Sauvegardes et continuité
Les données sont sauvegardées chaque nuit dans un second centre de données situé en Belgique
et conservées 35 jours. En cas de sinistre, PaieNet rétablit le service dans les 8 heures
ouvrables avec une perte de données de 24 heures au plus. Un test de reprise après sinistre est
réalisé chaque année ; son rapport est communiqué au Client.

9. Mises à jour
9.1 Les modifications légales et réglementaires (barèmes du précompte professionnel,
indexations sectorielles, cotisations ONSS, conventions des commissions paritaires) sont
mises en production avant leur entrée en vigueur ou, au plus tard, pour le premier calcul de
paie concerné. Elles sont testées au préalable sur un jeu de fiches de référence.
9.2 Quatre versions fonctionnelles sont déployées par an ; les notes de version sont publiées
dix jours ouvrables à l'avance. Les correctifs de sécurité critiques sont appliqués dans les
sept jours.

10. Suivi du service
10.1 M. Karim Ouali est le responsable de service du Client. Il tient à jour la fiche du
Client (commissions paritaires 118, 119 et 200, paramétrages propres, interfaces), consultable
par tous les consultants du support.
10.2 PaieNet transmet au plus tard le 10 de chaque mois un rapport de niveau de service :
disponibilité mesurée, incidents par priorité, délais respectés, crédits appliqués.
10.3 Un comité de service réunit chaque trimestre le responsable de service et la directrice
RH du Client. Escalade : support (niveau 1), responsable de service (niveau 2), directeur des
opérations de PaieNet (niveau 3), qui prend contact avec le Client dans le jour ouvrable.

11. Obligations du Client
Le Client désigne deux utilisateurs clés formés, signale les incidents via le portail (et, pour
la priorité 1, également par téléphone), respecte l'échéance de l'article 6.1 et utilise un
navigateur pris en charge.

12. Résiliation pour non-respect du niveau de service
Si la disponibilité est inférieure à 98 % deux mois consécutifs ou trois mois sur une période
de douze mois, le Client peut résilier le Contrat sans indemnité, par lettre recommandée, avec
un préavis de 30 jours.

13. Sécurité et données
PaieNet traite les données du personnel du Client en qualité de sous-traitant, conformément à
la convention de traitement (annexe 4). Son infrastructure est certifiée ISO/IEC 27001. Tout
le personnel ayant accès aux données est tenu par un engagement écrit de confidentialité. Toute
violation de données est notifiée au Client dans les 24 heures. La restitution des données en
fin de contrat est réglée par l'article 17 du Contrat.

14. Modification de l'annexe
PaieNet peut adapter la présente annexe pour tenir compte de l'évolution de ses services ou de
la réglementation, en notifiant la nouvelle version au Client 60 jours avant son entrée en
vigueur.

15. Durée et litiges
La présente annexe suit la durée du Contrat (article 15 du Contrat). Tout désaccord sur la
mesure des niveaux de service est d'abord examiné par le comité de service, puis, à défaut
d'accord dans les 30 jours, par les directeurs généraux des parties. Pour le surplus,
l'article 20 du Contrat (droit applicable et juridiction compétente) s'applique.

Fait à Wavre, le 26/11/2026, en deux exemplaires.

Pour PaieNet SA                                  Pour Groupe Maisonneuve srl
Benoît Collignon, directeur général              Anne-Sophie Maisonneuve, gérante
[signature]                                      [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "partial",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.open_ended_cost": False,
        "risk.unsigned": False,
    },
    figures={
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.6,
    },
)

FR_T16Q_ACCOUNTANT_M365_CLEANUP_OFFER = UnseenDocument(
    name="fr_t16q_accountant_m365_cleanup_offer",
    text="""MOSANE IT SRL
Rue Saint-Lambert 84, 4040 Herstal - BCE 0823.604.119 - 04/264 31 70 - info@mosane-it.be

                                             Fiduciaire Renard & Lejeune srl
                                             À l'attention de Madame Véronique Renard
                                             Rue du Collège 27
                                             4800 Verviers

Herstal, le 3 décembre 2026

Objet : nettoyage et sécurisation de votre Microsoft 365 - notre offre n° 2026-219

Chère Madame Renard,

Suite à notre entretien du 26 novembre et au premier coup d'œil que nous avons jeté sur votre
tenant avec l'accès en lecture que vous nous aviez donné, voici notre proposition.

Ce que nous avons constaté
Votre tenant compte 23 comptes pour 14 collaborateurs : d'anciens stagiaires et collaborateurs
n'ont jamais été supprimés. Six licences sont attribuées à des comptes inactifs. La double
authentification n'est activée que pour quatre personnes, le partage externe OneDrive est
ouvert à « tout le monde », et tout le personnel a accès à l'ensemble du site SharePoint
« Clients », dossiers de paie compris. Rien de dramatique, mais pour un cabinet qui détient les
données fiscales de ses clients, c'est à remettre d'équerre avant la période des déclarations.

Ce que nous proposons
1. Inventaire complet du tenant et court rapport de départ (comptes, licences, droits, règles
   de messagerie, applications connectées).
2. Comptes et licences : suppression des comptes obsolètes après votre validation, conversion
   en boîtes partagées là où le courrier doit rester accessible, archivage des boîtes des
   anciens collaborateurs sur votre NAS, harmonisation des licences.
3. Sécurité : authentification à deux facteurs pour tous (Microsoft Authenticator), accès
   conditionnel (blocage des connexions hors Europe), désactivation des anciens protocoles,
   protection anti-hameçonnage de Defender for Office 365, SPF, DKIM et DMARC sur votre domaine.
4. SharePoint et OneDrive : droits du site « Clients » réorganisés par groupes (associés,
   collaborateurs, paie) ; partage externe limité aux invités identifiés, avec expiration des
   liens après 30 jours.
5. Accompagnement : activation de l'authentification à deux facteurs avec chaque collaborateur
   (15 minutes par personne) et une fiche d'une page à garder sous la main.
6. Documentation : un document de configuration de votre tenant (comptes, groupes, stratégies,
   licences) et une réunion de clôture d'une heure pour le parcourir avec vous.
Ne sont pas compris : l'achat des licences, la gestion des postes de travail, la migration de
votre serveur de fichiers et toute intervention dans votre logiciel comptable.

Budget
Forfait : 3.960,00 EUR HTVA. Si l'inventaire révèle des éléments que nous n'avons pas vus (par
exemple une redirection de courrier vers un ancien serveur ou une application tierce qui
utilise un compte à supprimer), nous vous les signalons avec une estimation avant d'y toucher ;
ce travail n'est réalisé qu'après votre accord par e-mail et est facturé 95,00 EUR HTVA de
l'heure.
Facturation : 50 % à l'acceptation de l'offre, le solde après la réunion de clôture. Factures
payables à 15 jours.

Planning
Nous vous proposons d'intervenir en janvier : inventaire la semaine du 11 janvier, sessions
d'activation le vendredi 22 janvier au matin, réunion de clôture le 29 janvier. Les
interventions sur la messagerie se font après 18h00 pour ne pas vous déranger.
De votre côté, il nous faut : un compte administrateur temporaire (que nous supprimerons à la
fin), la liste à jour des collaborateurs et de leurs rôles, votre validation écrite de la liste
des comptes à supprimer dans les trois jours ouvrables, et 15 minutes de chaque collaborateur,
smartphone en main, le 22 janvier.

Qui
Je réaliserai l'intervention moi-même (certifié Microsoft 365 Administrator Expert, douze ans
d'expérience auprès de PME et de cabinets comptables), avec mon collègue Arnaud Gérard pour les
sessions d'activation. Vous recevrez un petit compte rendu par e-mail après chaque demi-journée
d'intervention (ce qui est fait, ce qui reste, les décisions à prendre).

Garantie
Si un problème lié à nos réglages apparaît dans les 30 jours suivant la réunion de clôture (un
accès bloqué à tort, une règle de messagerie qui ne fonctionne plus), nous le corrigeons
gratuitement.

Et après ? (en option)
Notre formule « Veille 365 » à 180,00 EUR HTVA par mois comprend : la revue mensuelle des
alertes de sécurité et des connexions suspectes, les arrivées et départs de collaborateurs
(jusqu'à quatre par mois), l'ajustement des licences, la vérification que les mises à jour de
sécurité Windows et Office sont bien installées sur vos 14 postes, et le support par téléphone
ou e-mail du lundi au vendredi de 8h30 à 17h00. Nous conservons la documentation de votre
tenant dans notre outil de gestion : la personne qui vous répond connaît votre environnement.
La formule est mensuelle, reconduite de mois en mois et résiliable à tout moment moyennant un
mois de préavis. Son tarif peut être revu au 1er janvier de chaque année ; nous vous en
informons au moins un mois à l'avance.

Confidentialité, données et responsabilité
Nous sommes tenus à une stricte confidentialité sur tout ce que nous verrons de vos dossiers et
de ceux de vos clients. Comme nous aurons accès à des données à caractère personnel, nous
signerons avant le début de l'intervention votre convention de sous-traitance au sens de
l'article 28 du RGPD ou, à défaut, la nôtre.
Nous exportons les boîtes aux lettres concernées avant toute suppression ; toutefois, nous
déclinons toute responsabilité pour une perte de données, quelle qu'en soit la cause, ainsi que
pour les dommages indirects. Notre responsabilité est en tout cas limitée au montant hors TVA
de la présente offre.
Nos conditions générales de prestation, jointes, s'appliquent à la présente offre, valable
30 jours.

Si cette proposition vous convient, merci de nous renvoyer un exemplaire daté et signé avec la
mention « bon pour accord » ; nous bloquerons alors les dates.

Bien cordialement,

Sébastien Hoffmann
Gérant - Mosane IT srl

Bon pour accord - Fiduciaire Renard & Lejeune srl
Nom : ..............................  Date : ..............  Signature : ..............
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
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
        "reporting.progress": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 30,
    },
)

DOCUMENTS = [
    FR_T16Q_SYNDIC_COOWNERSHIP_SAAS,
    FR_T16Q_THEATRE_TICKETING_APP_DEVELOPMENT,
    FR_T16Q_HOSTED_PAYROLL_SLA_ANNEX,
    FR_T16Q_ACCOUNTANT_M365_CLEANUP_OFFER,
]
