"""Held-out batch 15, French documents: a Walloon hospital's contract (public procurement) with a
Liège supplier for bedside meal ordering by tablets in SaaS, with implementation, HL7 interface,
service levels and reversibility (48 months, signed by both parties); a convention by which a
Walloon commune takes an electronic parapheur and qualified e-signature platform in SaaS under a
low-value public contract (36 months, tacit renewal by 12 months, signed by both parties); and a
short informal quote by e-mail from a small Liège till reseller to a florist for an iPad till, a
rented card terminal and a monthly pack (empty "bon pour accord" line, acceptance by e-mail).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions: months =
30 days for notice and warranty; response time of the highest priority in hours (working hours
counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty client signature line
raises risk.unsigned (and such an empty "bon pour accord" line is a partial signature).
"""

from .unseen_documents import UnseenDocument

FR_HOSPITAL_MEAL_ORDERING_TABLETS = UnseenDocument(
    name="fr_hospital_meal_ordering_tablets",
    text="""CONTRAT DE SERVICES - Commande des repas au lit du patient par tablettes « RepasPad »
Marché public de services - cahier spécial des charges n° AHSO/2026/017 - contrat RC-2026-112

ENTRE l'ASSOCIATION HOSPITALIÈRE SAMBRE-ORNEAU asbl, rue de la Sucrerie 2, 5030 Gembloux,
BCE BE 0412.638.290, représentée par M. Jean-Marc Delvaux, directeur général, et
Mme Sophie Rensonnet, directrice financière, ci-après « l'Hôpital »,
ET REPASCARE srl, rue Bois Saint-Jean 27, 4102 Seraing, BCE BE 0693.517.846, représentée par
M. Nicolas Gillard, administrateur délégué, ci-après « le Prestataire ».

Article 1 - Objet
1.1 Le Prestataire fournit en mode SaaS la solution RepasPad de commande des repas pour les
14 unités du site de Gembloux (382 lits) : 46 tablettes durcies désinfectables (IP65) et 4 de
réserve ; l'interface HL7 v2 avec le dossier patient informatisé (admissions, transferts,
sorties, prescriptions diététiques) ; l'envoi des listes de production et des étiquettes de
plateaux à la cuisine centrale ; l'hébergement, le support et la maintenance.
1.2 Ne sont pas compris : le réseau Wi-Fi, les imprimantes d'étiquettes de la cuisine, les
adaptations du dossier patient à réaliser par son éditeur et toute extension à d'autres sites.

Article 2 - Documents contractuels
Ordre de priorité : le présent contrat ; le cahier spécial des charges n° AHSO/2026/017 ; l'offre
du Prestataire RC-OF-26-0415 du 18/09/2026, qui fait partie intégrante du contrat. Les conditions
générales du Prestataire, y compris celles de ses offres ou factures, ne sont pas applicables.

Article 3 - Planning et obligations de l'Hôpital
3.1 Lancement dans les 10 jours ouvrables de la signature, puis : a) analyse et paramétrage
(menus, régimes, textures, horaires), document remis au plus tard 6 semaines après le lancement ;
b) semaines 7 à 12 : le Prestataire importe les recettes, les menus cycliques, les 14 allergènes
et les régimes à partir des exports CSV du logiciel de cuisine actuel, la diététicienne en chef
contrôle la reprise, et l'interface HL7 est testée ; c) pilote de 4 semaines sur deux unités dès
la semaine 13 ; d) déploiement dans les 12 autres unités, achevé au plus tard le 30/06/2027.
3.2 L'Hôpital fournit les exports et la liste des régimes dans les 10 jours ouvrables du
lancement, obtient à ses frais l'intervention de l'éditeur du dossier patient au plus tard en
semaine 6, valide la couverture Wi-Fi avant le pilote et libère sa diététicienne en chef un jour
par semaine jusqu'au pilote.

Article 4 - Réception et garantie
4.1 À l'issue du pilote, puis du déploiement, les parties exécutent le plan de tests de réception
(annexe 4). L'Hôpital signe le procès-verbal de réception provisoire ou notifie un refus motivé
dans les 10 jours ouvrables ; le Prestataire corrige et les tests sont refaits.
4.2 La réception définitive intervient six mois après la réception provisoire du déploiement.
Pendant cette période de garantie de six mois, le Prestataire corrige gratuitement toute anomalie
du paramétrage et des interfaces.

Article 5 - Retards
Tout retard imputable au Prestataire sur les dates de l'article 3.1 donne lieu à une pénalité de
150,00 EUR par jour calendrier, plafonnée à 10 % du prix de mise en œuvre. Si l'Hôpital ne
respecte pas l'article 3.2, les dates sont reportées d'autant et le Prestataire peut facturer les
jours supplémentaires démontrés, au tarif de l'article 9.3, après acceptation d'un relevé détaillé.

Article 6 - Équipe
6.1 Cheffe de projet : Mme Laura Piette, diététicienne, au moins six ans d'expérience dans le
déploiement de RepasPad en milieu hospitalier ; M. Bruno Thiry, analyste certifié HL7, réalise
l'interface. Gestionnaire de compte attitré : M. Cédric Lemaire.
6.2 Ces personnes ne peuvent être remplacées qu'avec l'accord écrit préalable de l'Hôpital, par un
profil équivalent, avec un tuilage de 15 jours ouvrables et sans frais pour l'Hôpital.
6.3 Avant la réception du déploiement, le Prestataire remet le guide d'administration et la
documentation du paramétrage et de l'interface HL7, et assure deux demi-journées de transfert de
connaissances aux administrateurs fonctionnels de l'Hôpital.

Article 7 - Formation et qualité
7.1 Formation d'1h30 par groupe de 10 pour les hôtesses et soignants de chaque unité, une journée
pour la cuisine et la diététique ; un consultant est présent dans chaque unité pendant les deux
premiers jours de sa mise en service.
7.2 Chaque version est testée sur l'environnement de recette de l'Hôpital avant sa mise en
production. L'hébergement est assuré en Belgique dans des centres certifiés ISO/IEC 27001.

Article 8 - Support et niveaux de service
8.1 Les services comprennent le helpdesk, la maintenance corrective et évolutive, l'hébergement,
la gestion des tablettes (MDM) et le remplacement de toute tablette défectueuse en 2 jours
ouvrables. Helpdesk : jours ouvrables de 8h00 à 18h00 au 04/361 72 40 et via le portail ; ligne
de garde 24h/24 et 7j/7 pour les incidents P1.
8.2 Délais (réaction : de l'appel jusqu'à la prise en charge par un technicien qualifié) :
  P1 - commande impossible pour une unité ou plus, interface HL7 ou production à l'arrêt :
       réaction 30 minutes, contournement 2 heures, solution 8 heures ;
  P2 - fonction importante dégradée : réaction 2 heures, solution 5 jours ouvrables ;
  P3 - autres demandes : réaction 1 jour ouvrable, solution 10 jours ouvrables.
8.3 Disponibilité garantie : 99,5 % par mois civil, hors maintenance planifiée (4 heures par mois
au plus, le mardi entre 22h00 et 02h00, annoncée 5 jours ouvrables à l'avance). Ces engagements
sont des obligations de résultat.
8.4 Par tranche entamée de 0,5 % sous 99,5 %, crédit de 5 % de la redevance mensuelle ; par heure
entamée de dépassement du délai de solution d'un P1, crédit de 2 % ; plafond de 30 % de la
redevance du mois, déduit de la facture suivante.
8.5 Les mises à jour et nouvelles versions sont comprises ; les correctifs de sécurité critiques
sont appliqués dans les 72 heures ; les versions majeures sont annoncées un mois à l'avance.
8.6 Le gestionnaire de compte tient à jour un dossier d'exploitation décrivant la configuration de
l'Hôpital, ses interfaces et ses contacts.

Article 9 - Prix et paiement
9.1 Mise en œuvre (paramétrage, reprise des données, interface, formations) : forfait de
48.600,00 EUR HTVA, facturé à 40 % à la réception du pilote, 50 % à la réception du déploiement et
10 % à la réception définitive.
9.2 Redevance mensuelle de 2.940,00 EUR HTVA (licences, hébergement, tablettes, MDM, support et
maintenance), due à partir de la réception du pilote et facturée trimestriellement à terme échu.
9.3 Toute prestation supplémentaire fait l'objet d'une demande écrite ; le Prestataire remet dans
les 10 jours ouvrables un devis (jours, impact sur le planning) ; elle n'est exécutée qu'après bon
de commande du service achats, au tarif de 780,00 EUR HTVA par jour.
9.4 La redevance et le tarif sont révisés chaque 1er janvier, la première fois le 01/01/2028,
selon la formule P = P0 x (0,20 + 0,80 x S/S0), S étant l'indice des salaires Agoria.
9.5 Les factures sont payables dans les 30 jours de leur réception.

Article 10 - Rapports et gouvernance
Pendant la mise en œuvre : rapport d'avancement toutes les deux semaines (état par phase, risques,
décisions) et comité de pilotage mensuel. En exploitation : rapport de service au plus tard le 10
de chaque mois (disponibilité, tickets par priorité et délais, crédits) et revue trimestrielle.
Escalade : cheffe de projet et responsable diététique, puis gestionnaire de compte et directeur
logistique, puis administrateur délégué et directeur général, 5 jours ouvrables par niveau.

Article 11 - Durée et fin
11.1 La période d'exploitation est de 48 mois à compter de la réception du pilote. Elle peut être
prolongée une seule fois de 12 mois par décision expresse de l'Hôpital avant l'échéance.
11.2 Après 24 mois d'exploitation, l'Hôpital peut résilier le contrat par lettre recommandée
moyennant un préavis de six mois. Chaque partie peut résilier pour manquement grave non réparé dans
les 30 jours d'une mise en demeure.
11.3 À la fin du contrat, pour quelque cause que ce soit, le Prestataire continue le service aux
mêmes conditions pendant quatre mois au plus si l'Hôpital le demande, et assiste le nouveau
prestataire 5 jours sans frais, puis au tarif de l'article 9.3.
11.4 Il remet, dans les 15 jours ouvrables de la demande et au plus tard à la fin du contrat, un
export complet des menus, recettes, régimes et commandes aux formats CSV et XML avec dictionnaire
de données, puis efface les données dans les 60 jours. Il ne peut exercer aucun droit de rétention
sur les données, même en cas de litige sur une facture.

Article 12 - Propriété, confidentialité, données
12.1 Le Prestataire reste titulaire des droits sur RepasPad et concède un droit d'utilisation non
exclusif pour la durée du contrat ; le paramétrage et les données appartiennent à l'Hôpital, qui
reçoit une licence gratuite et perpétuelle sur les développements spécifiques de l'interface.
12.2 Chaque partie garde confidentielles les informations de l'autre pendant le contrat et cinq
ans après ; le personnel du Prestataire est tenu au secret médical.
12.3 Les prescriptions diététiques et allergies des patients sont des données de santé. Le
Prestataire les traite comme sous-traitant selon la convention de traitement de l'annexe 3
(article 28 RGPD), dans l'Espace économique européen, et notifie toute violation dans les 24 heures.

Article 13 - Responsabilité
La responsabilité du Prestataire est limitée, par année, aux redevances des douze derniers mois,
avec un minimum de 150.000,00 EUR, sauf dol, faute grave ou violation de l'article 12. Les dommages
indirects sont exclus ; la perte de données imputable au Prestataire n'est pas un dommage indirect.

Article 14 - Droit applicable et litiges
Droit belge. Tout différend suit d'abord l'escalade de l'article 10 ; à défaut d'accord dans les
30 jours, les parties recourent à un médiateur agréé, puis aux tribunaux de Namur.

Fait à Gembloux, le 27/11/2026, en deux exemplaires.

Pour l'AHSO asbl                                         Pour REPASCARE srl
Jean-Marc Delvaux, directeur général                     Nicolas Gillard, administrateur délégué
Sophie Rensonnet, directrice financière
[signatures]                                             [signature]
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
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.5,
    },
)

FR_COMMUNE_E_SIGNATURE_PARAPHEUR = UnseenDocument(
    name="fr_commune_e_signature_parapheur",
    text="""CONVENTION
relative à la mise à disposition d'une solution de parapheur électronique
et de signature électronique qualifiée

Entre, d'une part,
la COMMUNE D'ASSESSE, dont l'administration est établie esplanade de l'Hôtel de Ville 1,
5330 Assesse, représentée par son Collège communal, pour lequel agissent M. Philippe Gérard,
Bourgmestre, et Mme Catherine Jacquemin, Directrice générale, en exécution de la délibération du
Collège communal du 23/11/2026, ci-après « la Commune »,
et, d'autre part,
PARAFLOW sa, rue du Bosquet 9, 1348 Louvain-la-Neuve, BCE BE 0759.304.618, représentée par
M. Geoffrey Masson, administrateur délégué, ci-après « le Prestataire ».

Préambule
Par délibération du 23/11/2026, le Collège communal a attribué au Prestataire, après consultation
de trois opérateurs économiques, le marché public de faible montant relatif à un parapheur
électronique, sur la base de son offre n° PF-2026-0198 du 30/10/2026.

Article 1 - Objet
Le Prestataire met à la disposition de la Commune, en mode SaaS, la plateforme « ParaFlow
Communes » : circuits de validation et signature électronique des projets de délibération du
Collège et du Conseil, des courriers sortants, des bons de commande et des mandats de paiement.
Les signatures qualifiées sont apposées au moyen de la carte d'identité électronique ou d'itsme,
par l'intermédiaire d'un prestataire de services de confiance qualifié au sens du règlement
eIDAS ; les documents signés sont produits au format PDF/A avec signature PAdES.

Article 2 - Documents
L'offre n° PF-2026-0198 du Prestataire est jointe en annexe 1 et fait partie intégrante de la
présente convention.

Article 3 - Prestations comprises
Sont compris : l'accès pour 35 utilisateurs nommés au maximum (agents, Directrice générale,
Directeur financier, membres du Collège) ; 2.000 signatures qualifiées par an, toute signature
supplémentaire étant facturée 0,40 EUR HTVA ; le paramétrage de 8 circuits types ; un connecteur
avec le logiciel de gestion des délibérations de la Commune (échange PDF et XML) ; l'hébergement
en Belgique avec sauvegarde quotidienne conservée 30 jours ; le helpdesk, la maintenance
corrective et les mises à jour.
Ne sont pas compris : les lecteurs de cartes eID, la connexion à d'autres logiciels, la
numérisation du courrier entrant et l'archivage des documents au-delà de la durée de la
convention.

Article 4 - Mise en service
4.1 La mise en service intervient à une date à convenir entre les parties, en principe au cours
du premier trimestre 2027.
4.2 Le Prestataire paramètre les circuits, le connecteur et les comptes des utilisateurs. Chaque
circuit fait ensuite l'objet d'un test complet avec le référent de la Commune. Si les tests sont
concluants, la Directrice générale signe un procès-verbal de mise en service ; en cas d'anomalie
bloquante, le Prestataire la corrige et le test est recommencé.
4.3 Le Prestataire désigne Mme Aline Dupuis, cheffe de projet, comme interlocutrice unique de la
Commune jusqu'à la mise en service.

Article 5 - Obligations de la Commune
La Commune désigne comme référent M. Thierry Lecocq, chef du service Secrétariat. Dans les
15 jours de la signature, elle communique la liste des utilisateurs, leurs rôles et les
délégations de signature, et valide les circuits proposés. Elle équipe les postes concernés de
lecteurs eID et de navigateurs à jour et veille à ce que les mandataires aient activé itsme avant
la formation.

Article 6 - Formation et documentation
Le Prestataire assure deux demi-journées de formation sur site pour les agents et les
administrateurs fonctionnels, ainsi qu'une séance d'une heure pour les membres du Collège. Il
remet un guide de l'utilisateur et un guide d'administration en français, mis à jour à chaque
nouvelle version.

Article 7 - Assistance et maintenance
7.1 Le helpdesk est accessible les jours ouvrables de 8h30 à 12h00 et de 13h00 à 16h30, au
010/49 83 20, par e-mail à support@paraflow.be ou via le portail de tickets.
7.2 Le Prestataire traite les demandes dans les meilleurs délais, selon leur ordre d'arrivée et
leur gravité.
7.3 Le Prestataire met en œuvre tous les moyens raisonnables pour assurer l'accessibilité de la
plateforme 24 heures sur 24 et 7 jours sur 7 ; il s'agit d'une obligation de moyens. Les
interventions planifiées ont lieu en dehors des heures de bureau et sont annoncées au moins
5 jours ouvrables à l'avance.
7.4 Les mises à jour et correctifs de sécurité sont compris dans l'abonnement et installés par le
Prestataire, qui en communique les notes de version.
7.5 Une réunion d'évaluation annuelle réunit la Commune et le Prestataire pour faire le point sur
l'utilisation de la plateforme, les incidents et les évolutions prévues.

Article 8 - Prix
8.1 Mise en service (paramétrage, connecteur, formation) : forfait de 1.850,00 EUR HTVA.
Abonnement : 4.200,00 EUR HTVA par an. Le montant estimé du marché pour la durée initiale de
36 mois s'élève à 14.450,00 EUR HTVA, soit 17.484,50 EUR TVAC.
8.2 L'abonnement est révisé à chaque date anniversaire de la mise en service selon la formule
P = P0 x (0,2 + 0,8 x S/S0), S étant l'indice des salaires Agoria du mois précédant la révision.
8.3 Les prestations non comprises dans la présente convention (formations ou circuits
supplémentaires, autres connecteurs) font l'objet d'une offre distincte, soumise à l'approbation
préalable du Collège communal, et sont facturées sur la base d'un bon de commande.

Article 9 - Facturation et paiement
Le forfait de mise en service est facturé après la signature du procès-verbal de mise en
service. L'abonnement est facturé annuellement et anticipativement, la première fois à la mise en
service. Les factures sont payées dans les 30 jours de leur réception.

Article 10 - Durée et résiliation
10.1 La convention est conclue pour une durée de 36 mois à compter de la signature du
procès-verbal de mise en service. Elle est ensuite reconduite tacitement par périodes de 12 mois,
sans que sa durée totale puisse dépasser 60 mois, sauf résiliation par l'une des parties par
lettre recommandée au moins deux mois avant l'échéance.
10.2 Chaque partie peut résilier la convention en cas de manquement grave de l'autre partie
auquel il n'est pas remédié dans les 30 jours d'une mise en demeure.

Article 11 - Restitution des données
Dans les 30 jours suivant la fin de la convention, le Prestataire met gratuitement à la
disposition de la Commune, par un lien de téléchargement sécurisé, l'ensemble des documents signés
au format PDF/A (signatures PAdES vérifiables sans recours à la plateforme), accompagnés de leurs
métadonnées (circuit, signataires, dates) au format XML. Il supprime ensuite les données dans les
90 jours et le confirme par écrit.

Article 12 - Propriété
Les documents et données restent la propriété de la Commune. Le Prestataire conserve tous les
droits sur la plateforme et concède à la Commune un droit d'utilisation non exclusif et non
cessible pour la durée de la convention.

Article 13 - Confidentialité et données à caractère personnel
13.1 Le Prestataire garde strictement confidentiels les documents et informations de la Commune
et impose la même obligation à son personnel et à ses sous-traitants.
13.2 Le Prestataire agit en qualité de sous-traitant au sens de l'article 28 du RGPD, selon la
convention de traitement jointe en annexe 2, qui énumère ses sous-traitants ultérieurs (dont le
prestataire de services de confiance). Les données sont hébergées en Belgique. Toute violation
de données est notifiée au délégué à la protection des données de la Commune dans les 48 heures.

Article 14 - Responsabilité
La responsabilité du Prestataire est limitée au montant facturé au cours des six mois précédant
le fait générateur. Le Prestataire ne répond pas de la perte de données, des dommages indirects,
ni de l'indisponibilité des services eID, itsme ou du prestataire de services de confiance.

Article 15 - Différends
Tout différend fait d'abord l'objet d'une réunion de concertation entre la Directrice générale et
l'administrateur délégué du Prestataire, dans les 15 jours d'une demande écrite. À défaut
d'accord, la convention étant régie par le droit belge, les tribunaux de l'arrondissement
judiciaire de Namur sont seuls compétents.

Fait à Assesse, le 01/12/2026, en deux exemplaires originaux.

Pour la Commune d'Assesse,                                  Pour PARAFLOW sa,
La Directrice générale,          Le Bourgmestre,            L'administrateur délégué,
(s.) Catherine Jacquemin         (s.) Philippe Gérard       (s.) Geoffrey Masson

Annexe 1 : offre PF-2026-0198 - Annexe 2 : convention de traitement
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "missing",
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
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
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
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
    },
)

FR_FLORIST_TILL_CARD_TERMINAL_QUOTE = UnseenDocument(
    name="fr_florist_till_card_terminal_quote",
    text="""De : Kevin Lhoest <kevin@caissepro.be>
À : Marie Lambert <fleursdemarie.liege@gmail.com>
Date : mercredi 2 décembre 2026 21:14
Objet : Devis caisse + terminal pour Fleurs de Marie
Pièces jointes : Devis_CP-26-1042.pdf ; CG_CaissePro.pdf

Bonjour Madame Lambert,

Merci encore pour votre accueil samedi, et bravo pour la boutique ! Comme promis, voici le devis
pour remplacer votre vieille caisse et le terminal de la banque. Le détail est le même que dans
le PDF.

Ce que je vous propose : une caisse sur iPad avec notre logiciel FloraPOS, pensé pour les
fleuristes (touches « bouquet prix libre », compositions, commandes à livrer avec date et
adresse, acomptes pour les mariages et les deuils), un terminal de paiement Android 4G
(Bancontact, Payconiq, Visa, Mastercard, Maestro, sans contact) qui fonctionne aussi au marché
de la Batte le dimanche, une imprimante tickets et un tiroir-caisse.

Matériel et installation (à payer une fois)                                   HTVA
iPad 10,9" 64 Go Wi-Fi                                                     449,00 €
Support pivotant antivol                                                    89,00 €
Imprimante tickets 80 mm Bluetooth                                         239,00 €
Tiroir-caisse 5 billets / 8 pièces                                         119,00 €
Installation sur place, paramétrage et import de vos articles (forfait)    190,00 €
Formation d'une heure le jour de l'installation                             offerte
Total                                                  1.086,00 € HTVA (1.314,06 € TVAC)

Pack mensuel                                                                  HTVA
Logiciel FloraPOS (1 caisse, back-office web, mises à jour comprises)       39,00 €
Location du terminal de paiement, échange en cas de panne compris           22,50 €
Total                                                              61,50 € HTVA par mois
Commissions sur les transactions (retenues sur vos versements) : Bancontact et Payconiq
0,07 € par transaction, cartes Visa/Mastercard de particuliers 1,35 %, cartes professionnelles
et hors UE 2,50 %. Versement sur votre compte le jour ouvrable suivant.

Pas compris : le Wi-Fi et la connexion internet du magasin, les rouleaux de tickets (j'en laisse
5 au départ), la balance (votre balance actuelle reste utilisable à côté), une 2e caisse pour le
marché.

Planning : je peux venir moi-même le lundi 14/12 (votre jour de fermeture) vers 9h, comptez
3 heures avec la formation. Si vous confirmez après le 9/12, ce sera le lundi 21/12, encore à
temps pour Noël. Ce qu'il me faut de votre part : votre liste d'articles et de prix (Excel, ou une
photo de vos listes, je m'en occupe) pour le 10/12 au plus tard, le code Wi-Fi, et votre numéro
de compte pour les versements du terminal.

Support : notre helpdesk répond 7 jours sur 7 de 8h à 20h au 04/225 18 60, ou par WhatsApp sur
le même numéro. Si votre caisse ou votre terminal est bloqué, on vous rappelle dans l'heure.
Terminal en panne : on vous en apporte un autre le jour ouvrable suivant (ou vous passez le
chercher le jour même à notre magasin d'Ans). Les mises à jour du logiciel et du terminal se font
automatiquement la nuit.

Garantie : le matériel (iPad, imprimante, tiroir) est garanti 12 mois, avec échange dans notre
atelier à Ans. Après l'installation, les déplacements ou interventions supplémentaires se font
sur devis accepté au préalable, à 65 € HTVA de l'heure + 25 € de déplacement.

Durée : le pack mensuel est conclu pour 36 mois à partir de l'installation, puis se renouvelle
automatiquement par périodes de 12 mois, sauf résiliation par écrit au moins 3 mois avant la fin
de la période. Nous pouvons adapter le prix du pack et les commissions en vous prévenant par
e-mail un mois à l'avance. Vos ventes et vos articles restent à vous : vous pouvez les exporter
en Excel à tout moment depuis le back-office, et encore pendant 30 jours après la fin du pack.

Paiement : le matériel et l'installation sont facturés le jour de l'installation, payables à
15 jours. Le pack mensuel est prélevé par domiciliation le 5 de chaque mois.

Pour être complet : notre responsabilité est limitée au prix du matériel vendu, et nous ne
répondons pas des pertes de chiffre d'affaires ou de données en cas de panne de la caisse, du
terminal ou de votre connexion internet. Nos conditions générales (en pièce jointe) s'appliquent
et priment sur toute autre condition.

Devis valable jusqu'au 31/12/2026. Si c'est bon pour vous, renvoyez-moi le PDF signé, ou un
simple mail de confirmation suffit, et je bloque le 14/12.

Belle soirée,
Kevin Lhoest
CAISSEPRO srl - rue de l'Yser 312, 4430 Ans - BCE BE 0716.552.409 - 04/225 18 60

--- bas du devis CP-26-1042 ---
Bon pour accord - date, nom et signature du client :

..................................................
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
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 1,
    },
)

FR_DOCUMENTS = [
    FR_HOSPITAL_MEAL_ORDERING_TABLETS,
    FR_COMMUNE_E_SIGNATURE_PARAPHEUR,
    FR_FLORIST_TILL_CARD_TERMINAL_QUOTE,
]
