"""Training batch 14 (fr, writer m): four documents as Belgian French-speaking IT suppliers and
their clients write them.

- fr_t14m_sports_hall_booking_contract: a long formal public-procurement contract (numbered
  articles) between a Walloon commune (Floreffe) and a Namur software house for a hosted
  sports-hall booking system: fixed set-up price, yearly subscription, delay fines, data import,
  acceptance, SLA with availability and penalties, 3 years with one express 12-month renewal
  (no tacit renewal), exit export and transition, signed by both.
- fr_t14m_accounting_saas_order_form: a short order form (bon de commande) from a Brussels
  SaaS accounting publisher to a design studio, with a paid onboarding pack; the supplier's
  terms of use prevail, best-efforts support and availability, unilateral price changes,
  12 months then month to month; the client's "bon pour commande" line is still empty.
- fr_t14m_crm_data_migration_contract: a mid-length services agreement by which a Brussels
  consultancy migrates a trade federation's SugarCRM data to HubSpot: fixed price, change
  forms, planning with a delay indemnity, named consultant, reconciliation reports,
  acceptance on a sample, 60-day warranty, hand-over of scripts, mediation; signed by both.
- fr_t14m_fibre_telephony_bundle_conditions: special conditions of a regional operator's fibre
  and hosted telephony bundle for an SME of surveyors in Ottignies: 99,9 % availability,
  restoration guarantee with credits, 36 months with tacit 12-month renewal and 3 months'
  notice, unilateral tariff changes, liability capped at three monthly fees; signed by both.

Written on 2026-12-05 by a helper session acting as training documents for the checklist
model, without reading the analyser's rules or its tests; labels from reading each text
against spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a
label or a text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "bon pour commande" line for the
client is a partial signature); partial = mentioned but vague, a bare cross-reference without
content, a placeholder, best-efforts only, a negation/disclaimer. The supplier's general terms
applying in the background (even where special conditions prevail over them) raises
risk.supplier_terms_prevail, as the spec reads "apply or prevail".
"""

from .unseen_documents import UnseenDocument

FR_T14M_SPORTS_HALL_BOOKING_CONTRACT = UnseenDocument(
    name="fr_t14m_sports_hall_booking_contract",
    text="""COMMUNE DE FLOREFFE - Marché public de services (procédure négociée sans publication préalable)
Référence : CSC n° 2026/SPORTS/04

CONTRAT RELATIF À LA FOURNITURE, À LA MISE EN PLACE ET À L'HÉBERGEMENT D'UN LOGICIEL DE
GESTION DES RÉSERVATIONS DES INFRASTRUCTURES SPORTIVES COMMUNALES

ENTRE
La COMMUNE DE FLOREFFE, rue Émile Romedenne 9, 5150 Floreffe, représentée par son Collège
communal, pour lequel agissent M. Albert Mathieu, Bourgmestre, et Mme Virginie Fossion,
Directrice générale, en exécution de la délibération du Collège du 24/11/2026,
ci-après « le Pouvoir adjudicateur »,

ET
SPORTILIA srl, chaussée de Louvain 431, 5004 Bouge, BCE BE 0745.218.663, représentée par
M. Jérôme Pirson, gérant, ci-après « le Prestataire ».

Article 1 - Documents du marché
1.1 Le marché est régi, par ordre de priorité décroissant : (a) la loi du 17 juin 2016 relative
aux marchés publics et l'arrêté royal du 14 janvier 2013 établissant les règles générales
d'exécution ; (b) le cahier spécial des charges n° 2026/SPORTS/04 ; (c) le présent contrat ;
(d) l'offre du Prestataire du 16/10/2026, jointe en annexe 1.
1.2 Les conditions générales du Prestataire, même jointes à l'offre, ne s'appliquent pas.

Article 2 - Objet et périmètre
2.1 Le Prestataire met à disposition, en mode hébergé, le logiciel SportiPlan pour la gestion
des réservations du hall omnisports de Floreffe, de la salle de Franière, de la salle de
gymnastique de Soye et des deux terrains synthétiques. Le marché comprend :
- le paramétrage des infrastructures, des tarifs communaux et des catégories d'utilisateurs ;
- le module de réservation en ligne pour les clubs et les particuliers, avec paiement en ligne
  par Bancontact et carte de crédit ;
- la facturation mensuelle des occupations aux clubs et l'export vers le logiciel comptable
  communal ;
- la reprise des données existantes, la formation et le support.
2.2 Ne sont pas compris : le contrôle d'accès physique (serrures, badges) et les bornes d'accueil.

Article 3 - Prix
3.1 La mise en place (paramétrage, reprise des données, formation) est réalisée pour un prix
forfaitaire de 7.850,00 EUR HTVA.
3.2 L'abonnement annuel (licence, hébergement, maintenance et support) s'élève à 4.320,00 EUR
HTVA. Les frais de paiement en ligne sont de 0,25 EUR par transaction, refacturés mensuellement.
3.3 Le montant total du marché pour la durée initiale de trois ans s'élève à 20.810,00 EUR
HTVA, hors frais de transaction.
3.4 Les prestations complémentaires éventuelles sont facturées au prix unitaire de l'offre, soit
640,00 EUR HTVA par jour, et ne sont exécutées qu'après un bon de commande signé par le
Collège, sur la base d'un devis détaillé du Prestataire.
3.5 L'abonnement est révisé le 1er janvier de chaque année selon la formule
p = P x (0,2 + 0,8 x S/S0), S étant l'indice Agoria des salaires ; la révision est plafonnée à
3 % par an.

Article 4 - Facturation et paiement
Le prix de la mise en place est facturé pour moitié à la mise en service et pour moitié après
la réception provisoire. L'abonnement est facturé annuellement en janvier, prorata temporis la
première année. Le paiement intervient dans les 30 jours de la date de fin de la vérification,
conformément à l'article 127 de l'AR du 14 janvier 2013.

Article 5 - Planning
Lancement le 11/01/2027 ; paramétrage et reprise des données jusqu'au 19/02/2027 ; formation et
tests du 22/02 au 05/03/2027 ; mise en service le 08/03/2027 ; ouverture de la réservation en
ligne aux particuliers le 01/04/2027.

Article 6 - Obligations du Pouvoir adjudicateur
Le Pouvoir adjudicateur :
- désigne comme responsable du projet M. Cédric Lambert, responsable du service des sports ;
- transmet au plus tard le 22/01/2027 la liste des 38 clubs utilisateurs et le fichier Excel des
  créneaux récurrents de la saison 2026-2027 ;
- communique les tarifs d'occupation tels qu'arrêtés par le Conseil communal ;
- valide le paramétrage dans les cinq jours ouvrables de sa présentation.

Article 7 - Retards
7.1 Tout retard du Prestataire dans la mise en service donne lieu à une amende de retard de
0,07 % du prix de la mise en place par jour calendrier de retard, plafonnée à 7,5 % de ce prix.
7.2 Si le retard résulte du Pouvoir adjudicateur, le planning est prolongé d'autant, sans frais
pour aucune des parties.

Article 8 - Équipe et suivi
8.1 Le projet est conduit par Mme Laura Delvaux, cheffe de projet, qui a mis en place SportiPlan
dans plus de vingt communes et centres sportifs. Elle reste la gestionnaire de compte de la
Commune après la mise en service et tient à jour la fiche de paramétrage de ses infrastructures.
8.2 La cheffe de projet ne peut être remplacée qu'après accord préalable du Pouvoir
adjudicateur, par une personne d'expérience équivalente, sans frais pour celui-ci.
8.3 Pendant la mise en place, la cheffe de projet adresse chaque vendredi un état d'avancement
par e-mail au responsable du projet. Après la mise en service, un rapport semestriel (taux de
disponibilité, incidents, tickets traités) est remis et une réunion de suivi annuelle est
organisée avec le service des sports.

Article 9 - Reprise des données
Le Prestataire importe les fiches des 38 clubs et environ 1.900 créneaux récurrents à partir du
fichier Excel fourni. Il remet un rapport d'import ; le responsable du projet vérifie un
échantillon de 50 créneaux avant la mise en service.

Article 10 - Réception
10.1 Les tests sont réalisés par le service des sports selon un scénario de tests établi par le
Prestataire (réservation, paiement, facturation, export comptable). La réception provisoire
est constatée par procès-verbal lorsque les tests sont concluants.
10.2 La réception définitive intervient trois mois après la réception provisoire en l'absence
d'anomalie bloquante.

Article 11 - Garantie, formation et documentation
11.1 Pendant trois mois à compter de la réception provisoire, le Prestataire corrige sans frais
toute erreur de paramétrage ou de reprise. Les anomalies du logiciel restent corrigées sans
frais pendant toute la durée de l'abonnement.
11.2 Le Prestataire donne deux demi-journées de formation aux agents du service des sports et un
webinaire d'une heure aux secrétaires des clubs. Il remet un manuel d'administration et un guide
d'utilisation en français.

Article 12 - Niveaux de service
12.1 La disponibilité de la plateforme est garantie à 99,5 % par mois, hors maintenances
planifiées annoncées cinq jours ouvrables à l'avance et effectuées entre 22h00 et 6h00.
12.2 Le support est accessible par le portail de tickets, par e-mail (support@sportilia.be) et
au 081/40 77 12, du lundi au vendredi de 8h30 à 17h00, ainsi que le samedi de 9h00 à 13h00 pour
les incidents bloquants.
12.3 Délais, comptés pendant les heures de support :
- incident bloquant (réservation ou paiement impossible) : prise en charge en 2 heures,
  rétablissement ou contournement en 8 heures ;
- incident majeur : prise en charge en 4 heures, correction en 3 jours ouvrables ;
- autre demande : réponse dans les 2 jours ouvrables.
12.4 Si la disponibilité mensuelle est inférieure à 99,5 %, une pénalité de 5 % de l'abonnement
mensuel par tranche de 0,5 % manquante est déduite de la facture suivante, dans la limite de
20 %.
12.5 Les mises à jour et correctifs de sécurité sont inclus dans l'abonnement ; les nouvelles
versions sont annoncées au moins dix jours à l'avance avec une note de version.

Article 13 - Durée et résiliation
13.1 Le contrat prend cours à la notification de l'attribution, pour une durée de trois ans à
compter de la mise en service. Il peut être reconduit une seule fois pour douze mois, par
décision expresse du Collège notifiée au moins trois mois avant l'échéance. Il n'y a pas de
reconduction tacite.
13.2 Le Pouvoir adjudicateur peut résilier le contrat à chaque date anniversaire de la mise en
service moyennant un préavis de trois mois par envoi recommandé, sans indemnité. Les mesures
d'office des articles 44 et suivants de l'AR du 14 janvier 2013 restent applicables.

Article 14 - Fin du contrat
14.1 À la fin du contrat, le Prestataire remet gratuitement, dans les quinze jours, un export
complet des données (clubs, réservations, paiements, factures) aux formats CSV et XLSX, avec leur
description. Les données sont ensuite supprimées dans les 60 jours, ce qui est confirmé par
écrit.
14.2 Le Prestataire maintient le service pendant une période de transition de trois mois au
maximum, au prorata de l'abonnement, et collabore avec le nouveau prestataire.

Article 15 - Propriété intellectuelle, confidentialité et données personnelles
15.1 Le logiciel reste la propriété du Prestataire ; le Pouvoir adjudicateur dispose d'un droit
d'utilisation pour la durée du contrat. Les données encodées restent la propriété de la
Commune.
15.2 Le Prestataire garde confidentielles toutes les informations dont il a connaissance dans
l'exécution du marché.
15.3 Le Prestataire traite les données des utilisateurs (noms, coordonnées, paiements) en
qualité de sous-traitant au sens de l'article 28 du RGPD, selon la convention de traitement
jointe en annexe 2. Les données sont hébergées dans l'Union européenne.

Article 16 - Responsabilité
La responsabilité du Prestataire est limitée à 250.000,00 EUR par sinistre, sauf dol, faute
grave ou atteinte aux données personnelles. Le Prestataire justifie d'une assurance
responsabilité civile professionnelle couvrant ce montant.

Article 17 - Litiges
Les parties recherchent d'abord une solution amiable lors d'une réunion entre le Directeur
général et le gérant du Prestataire, organisée dans les quinze jours de la demande écrite de
l'une d'elles. À défaut, le litige est porté devant les tribunaux de l'arrondissement de Namur,
division Namur. Le droit belge est applicable.

Fait à Floreffe, le 30/11/2026, en deux exemplaires originaux.

Pour la Commune, par le Collège :                Pour SPORTILIA srl :
Virginie Fossion, Directrice générale [signature] Jérôme Pirson, gérant [signature]
Albert Mathieu, Bourgmestre [signature]

Annexes : 1. offre du 16/10/2026 - 2. convention de traitement des données
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
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

FR_T14M_ACCOUNTING_SAAS_ORDER_FORM = UnseenDocument(
    name="fr_t14m_accounting_saas_order_form",
    text="""COMPTAFLOW                                              BON DE COMMANDE N° BC-2026-3381
ComptaFlow srl - avenue Louise 367, 1050 Bruxelles - BCE BE 0712.904.385
Votre contact commercial : Yannick Dewez - yannick.dewez@comptaflow.be - 02/880 41 60

Client : ATELIER NOMADE srl (studio de design mobilier, 7 personnes)
rue de la Régence 58, 1000 Bruxelles - BCE BE 0789.112.046
Personne de contact : Mme Inès Bouhaddi, gérante

Le présent bon de commande reprend les conditions de notre proposition P-2026-1144 du
24/11/2026, jointe.

1. VOTRE ABONNEMENT
Formule « Pro » - comptabilité en ligne, facturation de vente avec envoi Peppol, lecture
automatique des factures d'achat, synchronisation bancaire (3 comptes), déclarations TVA et
listing clients, 3 utilisateurs + 1 accès pour votre expert-comptable.
  Abonnement mensuel ........................................... 59,00 EUR HTVA / mois
  Utilisateur supplémentaire ...................................  9,00 EUR HTVA / mois
Les mises à jour du logiciel, y compris les adaptations aux changements légaux (taux et grilles
TVA, formats Peppol, listing), sont incluses et installées automatiquement.

2. ONBOARDING (frais uniques)
Pack « Démarrage accompagné » ................................. 690,00 EUR HTVA
- activation de votre dossier dans les 2 jours ouvrables suivant la réception du bon signé ;
- import de votre plan comptable, de vos fiches clients et fournisseurs et des soldes
  d'ouverture au 01/01/2027, à partir des exports de votre logiciel actuel ;
- trois séances de formation en visio de 1h30 (paramétrage, facturation, clôture TVA),
  planifiées dans les 4 semaines suivant l'activation ;
- remise d'un récapitulatif écrit de votre paramétrage (journaux, codes TVA, règles de
  reconnaissance bancaire).
Votre consultante onboarding : Mme Sarah Vandenbroeck, comptable agréée ITAA.
Non compris : l'encodage de l'historique des exercices antérieurs, qui reste consultable dans
votre ancien logiciel, et toute mission de tenue de comptabilité ou de conseil fiscal.

3. CE QUE NOUS ATTENDONS DE VOUS
Les exports de votre logiciel actuel (plan comptable, tiers, balance d'ouverture) au plus tard
une semaine avant la première séance, et l'activation de la connexion bancaire (Ponto) par la
gérante.

4. PRESTATIONS SUPPLÉMENTAIRES
Séance de formation supplémentaire ou import d'historique : 95,00 EUR HTVA de l'heure, toujours
sur devis accepté par vous avant le début du travail.

5. SUPPORT
Chat dans l'application et e-mail (support@comptaflow.be), du lundi au vendredi de 9h00 à
17h00. Nous nous efforçons de répondre à chaque demande dans la journée ouvrable. La plateforme
est accessible 24h/24 ; nous mettons tout en œuvre pour en assurer la disponibilité, sans
pouvoir la garantir, notamment pendant les maintenances.

6. FACTURATION
Le pack onboarding est facturé à la commande, payable à 14 jours. L'abonnement est prélevé
mensuellement à l'avance par domiciliation SEPA. Les prix sont indexés chaque 1er janvier.
ComptaFlow peut en outre modifier ses tarifs et le contenu des formules moyennant un préavis
de 60 jours par e-mail.

7. DURÉE
Engagement initial de 12 mois à compter de l'activation. Ensuite, l'abonnement se prolonge
automatiquement de mois en mois et peut être résilié à tout moment depuis votre compte, avec un
préavis d'un mois.
Après la résiliation, vous gardez un accès en lecture pendant 90 jours pour exporter vos
données (écritures, pièces, fiches) aux formats CSV et PDF ; elles sont ensuite supprimées.

8. CONDITIONS
Les conditions générales d'utilisation de ComptaFlow (version 2026-03, jointes) font partie
intégrante de la commande et prévalent sur tout autre document, y compris les conditions
d'achat du Client. Vous recevez un droit d'utilisation non exclusif et non transférable du
logiciel pour la durée de l'abonnement ; vos données comptables restent votre propriété.
ComptaFlow agit comme sous-traitant au sens du RGPD pour les données personnelles contenues dans
votre comptabilité ; les données sont hébergées dans l'Union européenne (Francfort) et l'accord
de traitement figure à l'annexe 2 des conditions générales.
Notre responsabilité est limitée aux montants payés au cours des 12 derniers mois ; nous ne
répondons pas de la perte de données ni des amendes fiscales ou pénalités de retard.
Droit belge ; tribunaux de Bruxelles (francophones).

Pour ComptaFlow srl                          Pour le Client - « Bon pour commande »
Yannick Dewez, account manager               Nom : ...................................
(signé électroniquement le 25/11/2026)       Date : ............ Signature : .............
""",
    items={
        "agreement.signed_both": "partial",
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
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
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
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 14,
    },
)

FR_T14M_CRM_DATA_MIGRATION_CONTRACT = UnseenDocument(
    name="fr_t14m_crm_data_migration_contract",
    text="""CONVENTION DE PRESTATION DE SERVICES
Migration des données de SugarCRM vers HubSpot

Entre DATABRIDGE CONSULTING srl, rue du Bailli 72, 1050 Ixelles, BCE BE 0698.457.120,
représentée par Mme Hélène Van Damme, administratrice (« DataBridge »),
et la FÉDÉRATION BRUXELLOISE DES ENTREPRISES DU BÂTIMENT asbl (FEBB), rue de la Loi 89,
1040 Etterbeek, BCE BE 0411.825.936, représentée par M. Marc Gillis, directeur (« la FEBB »).

1. Contexte et objet
La FEBB gère ses 2.300 entreprises membres, ses contacts, ses cotisations et ses inscriptions aux
formations dans une instance SugarCRM 6.5 hébergée sur son serveur. Elle a souscrit directement
des licences HubSpot (Sales Hub et Marketing Hub Professional), que son partenaire HubSpot
configure. DataBridge est chargée de la migration des données de SugarCRM vers HubSpot.

2. Documents
La présente convention et l'offre de DataBridge n° DB-2026-071 du 06/11/2026 (annexe 1)
forment l'accord des parties. En cas de contradiction, la convention prévaut sur l'offre. Les
conditions générales de DataBridge ne s'appliquent pas.

3. Périmètre
Sont compris : l'analyse des données et la rédaction du document de correspondance des champs
(« mapping ») ; le nettoyage et le dédoublonnage des entreprises et des contacts ; la migration
des entreprises, contacts, cotisations 2020-2026, inscriptions aux formations et notes ; la
migration des pièces jointes de moins de 25 Mo ; deux migrations d'essai et la migration
finale.
Ne sont pas compris : la configuration de HubSpot (propriétés, pipelines, workflows), réalisée
par le partenaire HubSpot de la FEBB ; la migration de l'historique des e-mails ; les données
antérieures à 2020, qui sont archivées en CSV.

4. Prix et facturation
4.1 Prix forfaitaire : 14.600,00 EUR HTVA, soit analyse et mapping 3.200,00 EUR, scripts et
migrations d'essai 7.800,00 EUR, nettoyage et dédoublonnage 2.200,00 EUR, migration finale et
assistance 1.400,00 EUR.
4.2 Facturation : 30 % à la signature, 70 % à la réception. Paiement à 30 jours date de facture.
4.3 Toute demande sortant du périmètre fait l'objet d'une fiche de changement chiffrée, au taux
de 780,00 EUR HTVA par jour. Aucun travail supplémentaire n'est facturé sans la fiche signée
par le directeur de la FEBB.

5. Planning
- analyse et mapping : du 04/01 au 22/01/2027 ;
- première migration d'essai : 12/02/2027 ; seconde migration d'essai : 26/02/2027 ;
- migration finale : week-end des 13 et 14/03/2027, HubSpot étant utilisé dès le 15/03/2027.
Si la migration finale est retardée par le fait de DataBridge, celle-ci paie une indemnité de
250,00 EUR par jour ouvrable de retard, plafonnée à 10 % du prix. Si le retard est dû à la FEBB
ou à son partenaire HubSpot, le planning est adapté de commun accord, sans pénalité.

6. Engagements de la FEBB
La FEBB donne à DataBridge, au plus tard le 04/01/2027, un accès administrateur à SugarCRM
(base MySQL) et un accès super-administrateur à HubSpot ; désigne Mme Nadia Essaidi, responsable
membres, comme référente ; valide le mapping dans les 5 jours ouvrables de sa remise ; et gèle
toute saisie dans SugarCRM du vendredi 12/03/2027 à 18h00 jusqu'à la fin de la migration finale.

7. Équipe
La migration est réalisée par M. Thomas Renard, consultant principal (huit ans d'expérience en
migration de CRM, certifié HubSpot Solutions Architect), assisté d'un développeur. Thomas Renard
est l'interlocuteur unique de la FEBB. En cas d'indisponibilité prolongée, DataBridge le
remplace par un consultant de niveau équivalent, présenté à la FEBB au préalable, et assure à
ses frais la passation.

8. Qualité et suivi
8.1 Chaque migration est suivie d'un rapport de réconciliation (nombre d'enregistrements par
objet dans SugarCRM et dans HubSpot, rejets et leur motif). Les scripts sont versionnés et
relus par un second consultant avant la migration finale.
8.2 DataBridge envoie chaque lundi un état d'avancement par e-mail. Un point de suivi d'une
heure a lieu toutes les deux semaines avec la référente et le partenaire HubSpot ; les points
bloquants sont remontés au directeur de la FEBB et à l'administratrice de DataBridge.

9. Réception
Après la migration finale, la FEBB contrôle un échantillon de 200 fiches tirées au hasard ainsi
que le rapport de réconciliation. Elle signe le procès-verbal de réception ou communique ses
remarques dans les 5 jours ouvrables. La réception est acquise lorsque le taux d'erreur de
l'échantillon est inférieur à 1 % et que tous les rejets sont expliqués.

10. Après la migration
10.1 Le lundi 15/03/2027 et pendant les quatre jours ouvrables suivants, Thomas Renard assure
une permanence (téléphone et Teams, de 8h30 à 17h00) pour répondre aux questions des
utilisateurs sur les données migrées.
10.2 Pendant 60 jours après la migration finale, DataBridge corrige sans frais toute erreur de
migration constatée par la FEBB.
10.3 DataBridge remet à la FEBB les scripts de migration, le document de mapping et un guide
d'exécution. Les scripts développés pour la FEBB lui appartiennent.

11. Données
11.1 DataBridge traite les données personnelles des contacts en qualité de sous-traitant, au
sens de l'article 28 du RGPD, selon la convention de traitement jointe (annexe 2). Les données
ne sont traitées que sur une base intermédiaire hébergée en Belgique, chiffrée, accessible aux
seuls membres de l'équipe.
11.2 À la fin de la mission, DataBridge remet à la FEBB l'archive CSV des données antérieures à
2020 et une copie de la base intermédiaire au format CSV, puis détruit ses copies dans les 30
jours et le confirme par écrit.
11.3 Chaque partie garde confidentielles les informations reçues de l'autre, pendant la mission
et trois ans après.

12. Responsabilité
La responsabilité de DataBridge est limitée au prix de la convention, sauf dol ou faute grave.
Les dommages indirects sont exclus. La FEBB conserve une sauvegarde complète de SugarCRM jusqu'à
la réception.

13. Résiliation
La FEBB peut mettre fin à la convention à tout moment par écrit, en payant les prestations
réalisées jusque-là. Chaque partie peut la résilier pour manquement grave de l'autre non
réparé dans les 15 jours d'une mise en demeure.

14. Litiges
Droit belge. En cas de différend, les parties se réunissent au niveau de la direction ; à défaut
d'accord dans les 30 jours, elles recourent à un médiateur agréé par la Commission fédérale de
médiation avant de saisir les tribunaux francophones de Bruxelles.

Fait à Bruxelles, le 03/12/2026, en deux exemplaires.

Pour DataBridge Consulting srl                  Pour la FEBB asbl
Hélène Van Damme, administratrice               Marc Gillis, directeur
[signature]                                     [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
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
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
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
        "payment_term_days": 30,
        "warranty_days": 60,
    },
)

FR_T14M_FIBRE_TELEPHONY_BUNDLE_CONDITIONS = UnseenDocument(
    name="fr_t14m_fibre_telephony_bundle_conditions",
    text="""WALCOM BUSINESS - CONDITIONS PARTICULIÈRES
Pack « Pro Fibre & Voix » - Contrat n° WB-CP-26-0917

Opérateur : WALCOM srl, Parc scientifique Crealys, rue Phocas Lejeune 22, 5032 Isnes,
BCE BE 0657.330.841, représentée par Mme Caroline Thiry, directrice commerciale.
Client : GÉOMÈTRES DUCHÊNE & ASSOCIÉS srl, avenue des Combattants 41, 1340 Ottignies,
BCE BE 0823.447.590, représentée par M. Luc Duchêne, gérant.
Site d'installation : même adresse.

1. Documents applicables
Le contrat se compose des présentes conditions particulières, de l'offre n° OF-26-2254 du
17/11/2026 (annexée) et des conditions générales Entreprises de WALCOM (version 2026-01),
remises au Client et disponibles sur walcom.be. En cas de contradiction, les conditions
particulières prévalent sur l'offre et sur les conditions générales.

2. Services souscrits
- Connexion fibre optique dédiée 500/500 Mbit/s symétrique, bloc de 8 adresses IP fixes,
  routeur géré par WALCOM et secours automatique 4G (volume de 50 Go par mois).
- Téléphonie hébergée : 12 postes, 2 numéros géographiques existants portés chez WALCOM
  (010/45 62 00 et 010/45 62 01), standard automatique avec menu vocal, messagerie vocale vers
  e-mail.
- Appels illimités vers les fixes belges ; appels vers les mobiles belges à 0,06 EUR/minute.
Ne sont pas compris : le câblage intérieur au-delà du point de terminaison installé dans le
local technique, le réseau local (switchs, Wi-Fi) et les appels vers l'étranger et les numéros
spéciaux, facturés selon la liste tarifaire en vigueur.

3. Prix
3.1 Frais uniques : raccordement fibre et étude 1.250,00 EUR HTVA ; installation et
configuration de la téléphonie 480,00 EUR HTVA.
3.2 Mensualités : fibre 500/500 et secours 4G 289,00 EUR HTVA ; téléphonie hébergée 12 x 14,90
EUR HTVA ; location de 12 postes Yealink T54W 12 x 4,50 EUR HTVA. Total mensuel : 521,80 EUR
HTVA, hors consommations.
3.3 Les prix sont indexés chaque 1er février selon l'indice santé. WALCOM peut modifier ses
tarifs et ses conditions moyennant une information écrite au moins un mois à l'avance ; le
Client peut alors résilier le contrat sans frais avant l'entrée en vigueur de la modification.
3.4 Toute intervention supplémentaire demandée par le Client (déplacement d'un poste, câblage,
configuration particulière) fait l'objet d'un devis préalable à accepter par écrit. Le
déplacement d'un technicien pour une panne due au matériel ou au réseau du Client est facturé
forfaitairement 145,00 EUR HTVA.

4. Facturation
Les frais uniques sont facturés à l'activation. Les mensualités sont facturées mensuellement à
l'avance, les consommations à terme échu. Les factures sont payables à 20 jours de leur date.

5. Installation et mise en service
5.1 WALCOM réalise l'étude de faisabilité dans les 10 jours ouvrables de la signature. La date de
mise en service visée est le 15/02/2027 ; elle est confirmée par écrit à l'issue de l'étude.
5.2 Le Client obtient l'autorisation du propriétaire de l'immeuble pour les travaux, donne accès
au local technique, y prévoit une prise électrique secourue et signe le mandat de portage des
numéros au plus tard 15 jours ouvrables avant la date de mise en service.
5.3 À la mise en service, le technicien réalise un test de débit et des appels de test sur
chaque poste ; le procès-verbal de mise en service est signé par les deux parties.
5.4 Si la mise en service n'a pas eu lieu dans les 16 semaines de la signature pour une cause
imputable à WALCOM, le Client peut résilier le contrat sans frais ni indemnité.
5.5 WALCOM donne au Client une formation d'une heure au poste téléphonique et au portail de
gestion, et lui remet un dossier technique (plan de numérotation, adresses IP, accès au
portail).

6. Niveaux de service
6.1 WALCOM garantit une disponibilité de la connexion fibre de 99,9 % par mois, mesurée à partir
du routeur géré, hors maintenances planifiées annoncées 72 heures à l'avance.
6.2 Le service technique est joignable 24h/24 et 7j/7 au 081/74 20 00 pour les interruptions
totales ; les autres demandes sont traitées du lundi au vendredi de 8h00 à 18h00, par téléphone
ou via le portail client.
6.3 En cas d'interruption totale, WALCOM prend en charge l'incident dans l'heure et rétablit le
service dans les 8 heures (garantie de temps de rétablissement), 24h/24. Pour les autres
incidents, la prise en charge intervient dans les 4 heures ouvrables.
6.4 Si le temps de rétablissement est dépassé, le Client reçoit un crédit de 10 % de la
mensualité fibre par période entamée de 4 heures de dépassement ; si la disponibilité
mensuelle est inférieure à 99,9 %, un crédit de 15 % de cette mensualité. Les crédits sont
plafonnés à 50 % de la mensualité et imputés sur la facture suivante.
6.5 Le firmware du routeur et des postes est mis à jour à distance par WALCOM, en dehors des
heures de bureau.
6.6 M. Kevin Lemaire est le gestionnaire de compte du Client ; il tient à jour la fiche
technique du site. Un rapport mensuel de disponibilité et d'incidents est consultable sur le
portail. Les plaintes non résolues par le service technique sont transmises au responsable
du centre de supervision puis à la directrice commerciale ; une revue annuelle du contrat est
organisée avec le Client.

7. Durée et résiliation
7.1 Le contrat est conclu pour 36 mois à compter de la mise en service. Il est ensuite reconduit
tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée au moins trois mois
avant l'échéance.
7.2 En cas de résiliation anticipée par le Client pendant la période initiale, hors les cas
prévus aux articles 3.3 et 5.4, les mensualités restant à courir jusqu'au terme de cette
période sont dues à titre d'indemnité.
7.3 En cas de changement d'opérateur, WALCOM maintient les services jusqu'au portage effectif des
numéros et collabore avec le nouvel opérateur. L'historique des appels (CSV) et les messages
vocaux (WAV) restent téléchargeables depuis le portail jusqu'à la fin du contrat. Le routeur et
les postes sont restitués dans les 15 jours de la fin du contrat.

8. Données et confidentialité
WALCOM traite les données de trafic et d'identification en qualité de responsable du
traitement, conformément au RGPD et à la loi du 13 juin 2005 relative aux communications
électroniques, selon sa politique de protection de la vie privée. Chaque partie traite de
manière confidentielle les informations techniques et commerciales reçues de l'autre.

9. Responsabilité
La responsabilité de WALCOM est limitée, par année, au montant de trois mensualités. WALCOM
n'est pas responsable des dommages indirects, du manque à gagner ni de la perte de données.

10. Litiges
Toute plainte est d'abord adressée au service clientèle de WALCOM ; à défaut de solution, le
Client peut saisir le Service de médiation pour les télécommunications. Droit belge ; les
tribunaux du Brabant wallon, division Nivelles, sont compétents.

Fait à Ottignies, le 01/12/2026, en deux exemplaires.

Pour WALCOM srl                                  Pour le Client
Caroline Thiry, directrice commerciale           Luc Duchêne, gérant
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
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
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
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
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
        "payment_term_days": 20,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.9,
    },
)

DOCUMENTS = [
    FR_T14M_SPORTS_HALL_BOOKING_CONTRACT,
    FR_T14M_ACCOUNTING_SAAS_ORDER_FORM,
    FR_T14M_CRM_DATA_MIGRATION_CONTRACT,
    FR_T14M_FIBRE_TELEPHONY_BUNDLE_CONDITIONS,
]
