"""Training batch 11 (fr, writer g): four documents as Belgian IT suppliers and their clients
write them.

- fr_t11g_restaurant_booking_saas_terms: the general terms (conditions générales, numbered
  articles) of a Brussels SaaS for restaurant table bookings, accepted online by ticking a box;
  monthly subscription with tacit monthly renewal, availability as an obligation of means,
  prices changeable by the supplier, liability capped at three months of fees.
- fr_t11g_weighbridge_maintenance_contract: a maintenance contract for the weighbridge software
  of a blue-stone quarry in Soignies (hotline from 6h, on-site intervention times with
  penalties, source-code deposit with a notary, 3 years with tacit renewal and 6 months'
  notice), signed by both parties.
- fr_t11g_pharmacy_ecommerce_offer: a Liège web agency's offer (e-mail cover + offer) for the
  e-commerce site of a chain of nine pharmacies in Walloon Brabant, fixed price, planning,
  acceptance, warranty and a yearly maintenance formula; the agency's general terms prevail and
  the client's "bon pour accord" line is empty.
- fr_t11g_mutuelle_callcentre_support_convention: a long formal support convention for the
  hosted call-centre software of a health insurer (mutualité): priorities with response and
  resolution times, 99,8 % availability with service credits, governance, reversibility,
  signed by both parties.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "bon pour accord" line for the client
is a partial signature; acceptance by ticking a box online with no signature block is missing);
partial = mentioned but vague, a bare cross-reference without content, a placeholder,
best-efforts only, a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T11G_RESTAURANT_BOOKING_SAAS_TERMS = UnseenDocument(
    name="fr_t11g_restaurant_booking_saas_terms",
    text="""CONDITIONS GÉNÉRALES D'ABONNEMENT - TABLEFLOW
Version 4.1 - en vigueur au 01/09/2026

TableFlow srl, dont le siège est établi chaussée de Charleroi 112, 1060 Saint-Gilles (Bruxelles),
BCE BE 0742.318.905 (« TableFlow »), édite la plateforme en ligne TableFlow de gestion des
réservations pour restaurants, brasseries et bars à vins.

Article 1 - Champ d'application
1.1 Les présentes conditions générales régissent tout abonnement à la plateforme TableFlow
souscrit par un exploitant d'établissement (« le Client »).
1.2 Elles prévalent sur toutes conditions générales ou d'achat du Client, même si celles-ci sont
communiquées ultérieurement. Toute dérogation doit être acceptée par écrit par TableFlow.
1.3 L'abonnement est conclu lorsque le Client crée son compte en ligne et coche la case
« J'accepte les conditions générales de TableFlow ». Aucun document n'est signé.

Article 2 - Formules et prix
2.1 TableFlow propose les formules suivantes, par établissement et par mois, hors TVA :
  - Essentiel : 49,00 EUR - module de réservation sur le site du Client et sur Google, plan de
    salle, rappels par e-mail, 1 utilisateur ;
  - Pro : 89,00 EUR - Essentiel + rappels par SMS (300 SMS par mois), empreinte bancaire contre
    les no-shows, fichier clients, 5 utilisateurs, support téléphonique ;
  - Multi-sites : 149,00 EUR - Pro pour chaque établissement + tableau de bord consolidé.
2.2 Des frais d'activation uniques de 150,00 EUR HTVA par établissement sont facturés avec la
première mensualité. Ils couvrent la création du compte, le paramétrage du plan de salle et des
horaires et une session d'accompagnement en ligne de 45 minutes.
2.3 Ne sont pas compris dans l'abonnement : les SMS au-delà du forfait (0,09 EUR HTVA par SMS),
les frais de transaction du prestataire de paiement pour les empreintes bancaires, les
intégrations avec des logiciels de caisse autres que ceux listés sur le site de TableFlow et le
matériel (tablettes, écrans).
2.4 Les prestations sur mesure (intégration de caisse spécifique, développement, import de
données complexes) font l'objet d'un devis préalable que le Client accepte par écrit ; elles
sont facturées au taux de 85,00 EUR HTVA de l'heure.
2.5 TableFlow peut modifier ses tarifs et le contenu des formules à tout moment. Les
modifications sont notifiées par e-mail au moins 30 jours avant leur entrée en vigueur ; le
Client qui ne les accepte pas peut résilier son abonnement avant cette date. À défaut, elles
sont réputées acceptées.

Article 3 - Facturation et paiement
3.1 L'abonnement est facturé mensuellement, à l'avance, le premier jour de chaque mois, et payé
par domiciliation SEPA ou par carte de crédit. Les autres factures sont payables à 15 jours.
3.2 En cas de défaut de paiement, TableFlow peut, après un rappel resté sans effet pendant 15
jours, suspendre l'accès au module de réservation jusqu'au paiement complet.

Article 4 - Mise en service
4.1 Le compte est activé dans les 2 jours ouvrables suivant l'inscription. Le module de
réservation peut être intégré au site du Client par un simple code fourni par TableFlow ;
TableFlow se charge de la connexion à la fiche Google de l'établissement.
4.2 Sur demande du Client, TableFlow importe les réservations futures et le fichier clients
exportés du logiciel de réservation précédent (fichier CSV ou Excel, maximum 5.000 fiches),
dans les 5 jours ouvrables de la réception du fichier. Cet import est compris dans les frais
d'activation ; au-delà de 5.000 fiches, il fait l'objet d'un devis.
4.3 Le Client communique, au plus tard lors de l'activation, son plan de salle, ses horaires,
ses jours de fermeture et ses règles de réservation (taille des groupes, durée des services).
Il tient ensuite ces informations à jour lui-même dans son espace client.
4.4 Un centre d'aide en ligne (tutoriels vidéo, guides) est accessible à tous les utilisateurs.

Article 5 - Support
5.1 Le support est accessible par chat et par e-mail (support@tableflow.be) tous les jours de
10h00 à 22h00, et par téléphone au 02/588 14 70 pour les formules Pro et Multi-sites, du lundi
au samedi de 10h00 à 18h00.
5.2 Les demandes urgentes (module de réservation inaccessible) sont prises en charge dans
l'heure pendant les heures de support ; les autres demandes, dans un délai d'un jour ouvrable.
TableFlow s'efforce de rétablir le service dans les meilleurs délais.

Article 6 - Disponibilité et évolutions
6.1 TableFlow met tout en œuvre pour assurer une disponibilité de la plateforme de 99,5 % sur
base mensuelle. Il s'agit d'une obligation de moyens.
6.2 Une indisponibilité de la plateforme ne donne lieu à aucune indemnité, réduction de prix ou
remboursement, quelle qu'en soit la durée.
6.3 TableFlow fait évoluer la plateforme en continu. Les nouvelles versions et les correctifs
de sécurité sont déployés sans frais supplémentaires ; les maintenances planifiées ont lieu
entre 3h00 et 6h00 et sont annoncées 48 heures à l'avance.

Article 7 - Durée et résiliation
7.1 L'abonnement est conclu pour une durée d'un mois. Il est reconduit tacitement de mois en
mois.
7.2 Le Client peut résilier l'abonnement depuis son espace client ou par e-mail, au moins 7
jours avant la fin du mois en cours ; la résiliation prend effet à la fin de ce mois. Les
mensualités payées ne sont pas remboursées.
7.3 TableFlow peut résilier l'abonnement avec effet immédiat en cas de défaut de paiement de
plus de 30 jours ou d'usage contraire aux présentes conditions, et moyennant un préavis de
3 mois dans les autres cas.

Article 8 - Données
8.1 Pour les données des clients de l'établissement (nom, téléphone, e-mail, préférences,
allergies signalées), le Client est responsable du traitement et TableFlow agit en qualité de
sous-traitant, conformément à l'article 28 du RGPD et à l'accord de sous-traitance figurant en
annexe des présentes. Les données sont hébergées dans l'Union européenne.
8.2 Le Client peut à tout moment exporter ses réservations et son fichier clients au format CSV
depuis son espace client. Après la fin de l'abonnement, ces exports restent disponibles pendant
30 jours ; les données sont ensuite définitivement supprimées.

Article 9 - Propriété intellectuelle
La plateforme, ses logiciels et sa documentation restent la propriété exclusive de TableFlow.
Le Client reçoit, pendant la durée de l'abonnement, un droit d'utilisation non exclusif et non
cessible, limité aux établissements inscrits.

Article 10 - Confidentialité
Chaque partie garde strictement confidentielles les informations commerciales et techniques de
l'autre partie dont elle a connaissance, pendant l'abonnement et deux ans après sa fin.

Article 11 - Responsabilité
11.1 La responsabilité totale de TableFlow est limitée au montant des abonnements payés par le
Client au cours des trois mois précédant le fait générateur.
11.2 TableFlow n'est en aucun cas responsable des dommages indirects, du manque à gagner, des
réservations perdues, des no-shows, ni de la perte ou de l'altération de données.

Article 12 - Droit applicable et litiges
12.1 Les présentes conditions sont régies par le droit belge.
12.2 Toute réclamation est adressée par écrit à reclamations@tableflow.be. Les parties tentent
de régler le différend à l'amiable dans les 30 jours de la réclamation ; à défaut, les cours et
tribunaux francophones de Bruxelles sont seuls compétents.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
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
        "contract_term_months": 1,
        "renewal_term_months": 1,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

FR_T11G_WEIGHBRIDGE_MAINTENANCE_CONTRACT = UnseenDocument(
    name="fr_t11g_weighbridge_maintenance_contract",
    text="""CONTRAT DE MAINTENANCE LOGICIELLE N° PT-MC-2026-031
Logiciel de pesage PesoMaster - site de Soignies

Entre :
PESATECH SA, avenue Georges Lemaître 21, 6041 Gosselies, BCE BE 0456.902.117,
représentée par M. Didier Vanhove, directeur général, ci-après « PesaTech » ;
et :
CARRIÈRES DU HAINAUT SA, rue de la Carrière 50, 7060 Soignies, BCE BE 0401.226.583,
représentée par Mme Anne-Catherine Leroy, directrice d'exploitation, ci-après « le Client ».

Article 1 - Objet
1.1 PesaTech assure la maintenance du logiciel PesoMaster version 7 installé sur le site de
Soignies : deux postes de pesage (ponts-bascules d'entrée et de sortie de 60 tonnes), la borne
chauffeur en libre-service, le serveur de pesage et l'interface d'export des bons de pesage vers
le logiciel de facturation du Client.
1.2 Font partie du contrat : le présent contrat, puis l'offre de PesaTech n° OF-26-0412 du
14/10/2026. Les conditions générales de PesaTech ne s'appliquent qu'à ce qui n'est pas réglé par
ces documents ; en cas de contradiction, le présent contrat prévaut.
1.3 Sont exclus : la maintenance mécanique des ponts-bascules et des capteurs de pesage, le
vérificateur périodique de métrologie légale (organisme agréé désigné par le Client), le
matériel informatique et le logiciel de facturation du Client.

Article 2 - Prestations
2.1 La maintenance comprend :
  a) la maintenance corrective du logiciel, de la borne chauffeur et de l'interface d'export ;
  b) deux visites préventives par an, en mars et en septembre (contrôle des journaux, des
     sauvegardes, de la liaison avec les indicateurs de pesage, nettoyage de la base) ;
  c) la fourniture et l'installation des nouvelles versions et correctifs de PesoMaster, y
     compris les adaptations imposées par la réglementation de métrologie légale et par les
     mises à jour de Windows, après accord du Client sur la date d'installation ;
  d) l'assistance téléphonique et à distance aux peseurs et au service administratif.
2.2 PesaTech tient à jour un dossier technique de l'installation (versions, paramétrages,
schéma de câblage, liste des badges chauffeurs, accès à distance) accessible à tous ses
techniciens. M. Kevin Dupont, technicien référent, connaît l'installation et assure les visites
préventives ; en son absence, il est remplacé par M. Samuel Ghislain.
2.3 Les interventions sont réalisées par des techniciens formés à PesoMaster et selon les
règles de l'art et les exigences de métrologie légale (SPF Économie) applicables aux
instruments de pesage à fonctionnement non automatique.

Article 3 - Assistance et délais d'intervention
3.1 La hotline est joignable au 071/37 52 90 et via support@pesatech.be du lundi au vendredi de
6h00 à 18h00 et le samedi de 6h00 à 12h00, en phase avec les heures d'ouverture de la carrière.
3.2 Les délais suivants courent à partir de l'appel, pendant les heures de hotline :
  - incident bloquant (aucune pesée possible sur l'un des ponts, impossibilité d'éditer les
    bons de pesage) : prise en charge à distance dans l'heure ; si le problème n'est pas résolu
    à distance, technicien sur site dans les 4 heures ; rétablissement de la pesée, au besoin en
    mode dégradé, dans les 8 heures ;
  - incident majeur (borne chauffeur ou export vers la facturation hors service) : prise en
    charge dans les 4 heures, correction au plus tard le jour ouvrable suivant ;
  - autres demandes : prise en charge dans les 2 jours ouvrables.
3.3 Si le technicien arrive sur site après le délai de 4 heures prévu pour un incident
bloquant, PesaTech doit au Client une pénalité de 150,00 EUR par heure de retard entamée,
déduite de la facture suivante et plafonnée à 20 % de la redevance annuelle.
3.4 Après chaque intervention, PesaTech transmet un rapport d'intervention (cause, actions,
durée). Un rapport annuel récapitule les interventions et les délais respectés ; il est
discuté lors d'une réunion annuelle entre la directrice d'exploitation et le responsable
service de PesaTech.

Article 4 - Obligations du Client
Le Client :
  - maintient un accès à distance sécurisé (VPN) au serveur de pesage ;
  - réalise chaque jour la sauvegarde du serveur selon la procédure remise par PesaTech ;
  - désigne un responsable du pesage (actuellement M. Luc Ferrant) comme interlocuteur ;
  - signale tout incident sans délai à la hotline et donne accès aux postes de pesage lors des
    visites préventives, dont les dates sont fixées au moins 15 jours à l'avance.

Article 5 - Prix et paiement
5.1 La redevance annuelle de maintenance s'élève à 7.480,00 EUR HTVA. Elle est facturée en
janvier pour l'année civile ; la première année est facturée prorata temporis.
5.2 Des frais uniques de reprise en maintenance de 640,00 EUR HTVA couvrent l'audit initial de
l'installation et la constitution du dossier technique ; ils sont facturés à la signature.
5.3 Les prestations hors contrat (par exemple une intervention due à une erreur de
manipulation, l'ajout d'un pont ou d'une nouvelle interface) ne sont réalisées qu'après
acceptation écrite par le Client d'un devis de PesaTech ; en cas d'urgence, le responsable du
pesage peut les commander par e-mail. Elles sont facturées 95,00 EUR HTVA de l'heure, plus
0,65 EUR par km de déplacement, sur la base du bon d'intervention signé par le Client.
5.4 La redevance et les tarifs sont indexés le 1er janvier de chaque année selon la formule
p = P x (0,2 + 0,8 x S/S0), où S est l'indice Agoria des salaires.
5.5 Les factures sont payables à 30 jours fin de mois.

Article 6 - Durée et résiliation
6.1 Le contrat prend effet le 01/01/2027 pour une durée de trois ans. Il est ensuite reconduit
tacitement par périodes d'un an, sauf résiliation par lettre recommandée moyennant un préavis
de six mois avant l'échéance.
6.2 Chaque partie peut résilier le contrat avec effet immédiat en cas de manquement grave de
l'autre partie auquel il n'est pas remédié dans les 30 jours d'une mise en demeure.

Article 7 - Dépôt des sources
Les sources de PesoMaster sont déposées chez Me Isabelle Masset, notaire à Charleroi, et mises à
jour à chaque version majeure. En cas de faillite de PesaTech ou d'arrêt de la maintenance du
logiciel, le Client peut en obtenir une copie pour assurer lui-même ou par un tiers la
maintenance de son installation.

Article 8 - Confidentialité et données personnelles
8.1 PesaTech garde confidentielles toutes les informations relatives au Client (clients,
tonnages, prix) dont elle a connaissance, pendant le contrat et cinq ans après.
8.2 Les bons de pesage contiennent les plaques d'immatriculation et les noms des chauffeurs.
Lorsqu'elle y accède, PesaTech agit en qualité de sous-traitant au sens du RGPD, selon la
convention de sous-traitance signée le même jour que le présent contrat.

Article 9 - Responsabilité
La responsabilité de PesaTech est limitée, par année contractuelle, à deux fois le montant de
la redevance annuelle, sauf faute grave ou dol. Les dommages indirects sont exclus.

Article 10 - Litiges
Le contrat est soumis au droit belge. Les parties soumettent tout différend d'abord à leurs
directions, qui se réunissent dans les 15 jours de la demande écrite de l'une d'elles. À défaut
d'accord dans le mois, le tribunal de l'entreprise du Hainaut, division Charleroi, est seul
compétent.

Fait à Soignies, le 27/11/2026, en deux exemplaires.

Pour PesaTech SA                                 Pour Carrières du Hainaut SA
Didier Vanhove, directeur général                Anne-Catherine Leroy, directrice d'exploitation
[signature]                                      [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
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
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "covered",
        "legal.liability": "covered",
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
        "response_time_hours_highest_priority": 1,
    },
)

FR_T11G_PHARMACY_ECOMMERCE_OFFER = UnseenDocument(
    name="fr_t11g_pharmacy_ecommerce_offer",
    text="""De : Julie Henrard <julie.henrard@pixelmeuse.be>
À : Pierre Colson <p.colson@pharmalys.be>
Objet : Votre e-shop parapharmacie - offre PM-2026-088

Bonjour Monsieur Colson,

Merci pour votre accueil à Wavre la semaine dernière. Vous trouverez ci-dessous notre offre pour
le site e-commerce des neuf pharmacies PharmaLys, avec le retrait en officine et la livraison à
domicile. Si elle vous convient, il suffit de nous renvoyer la dernière page signée.

Bien cordialement,
Julie Henrard
Cheffe de projet e-commerce - PixelMeuse srl

---------------------------------------------------------------------------------------------
PIXELMEUSE srl - Quai de Rome 25, 4000 Liège - BE 0699.214.530 - 04/290 61 18

OFFRE N° PM-2026-088 du 02/12/2026 - valable 45 jours
Client : PharmaLys SCRL, avenue des Combattants 12, 1300 Wavre

1. Ce que nous réalisons
- Une boutique en ligne WooCommerce (parapharmacie, cosmétiques, compléments alimentaires et
  médicaments non soumis à prescription), en français et en néerlandais, responsive.
- Le choix de la pharmacie de retrait (click & collect dans les 9 officines) et la livraison à
  domicile via Bpost ; paiement Bancontact, Visa/Mastercard et Payconiq via Mollie.
- L'import du catalogue (environ 6.500 produits) à partir du fichier de votre grossiste et des
  fiches produits Medipim (photos, notices), avec une mise à jour automatique quotidienne des prix
  et des stocks depuis votre logiciel d'officine.
- Le logo de la pharmacie en ligne agréée et les mentions légales exigées pour la vente à
  distance de médicaments, avec un écran de conseil du pharmacien avant l'achat.
Non compris : la rédaction des contenus éditoriaux, les campagnes publicitaires, la notification
de l'activité de vente en ligne à l'AFMPS (que nous vous aidons toutefois à préparer) et le
développement d'une application mobile.

2. Prix
Réalisation du site (analyse, design, développement, import du catalogue, tests) :
forfait de 28.600,00 EUR HTVA.
Mise en place de l'hébergement, du nom de domaine et du compte Mollie : 650,00 EUR HTVA (unique).
Formule d'hébergement et de maintenance : 290,00 EUR HTVA par mois.
Tout travail en dehors de cette offre fait l'objet d'un devis que vous validez par écrit avant
que nous commencions ; il est facturé au taux de 90,00 EUR HTVA de l'heure. La formule mensuelle
et le taux horaire sont indexés chaque 1er janvier selon l'indice Agoria des salaires.
Facturation : 40 % à la commande, 40 % à la mise en ligne, 20 % à la fin de la période de
garantie ; la formule mensuelle est facturée trimestriellement à l'avance. Nos factures sont
payables à 30 jours.

3. Planning (14 semaines)
- Semaines 1-2 : ateliers d'analyse (parcours client, retrait en officine, livraison).
- Semaines 3-5 : maquettes et validation du design.
- Semaines 6-11 : développement, connexion au logiciel d'officine, import du catalogue.
- Semaines 12-13 : tests par vos équipes sur l'environnement de recette.
- Semaine 14 : mise en ligne.
Pour tenir ce planning, nous avons besoin de votre part : l'accès au fichier du grossiste et à
votre compte Medipim avant la semaine 6, les coordonnées et horaires des 9 officines, un
pharmacien référent disponible pour valider les parcours et les mentions légales, et la
validation des maquettes dans les 5 jours ouvrables.

4. Notre équipe
Julie Henrard (cheffe de projet, 8 ans d'expérience en e-commerce) est votre interlocutrice
unique. Le développement est assuré par Arnaud Pirotte (développeur WooCommerce senior) et le
design par Manon Lejeune. Vous recevez chaque vendredi un e-mail d'avancement ; nous faisons un
point en visioconférence toutes les deux semaines avec votre pharmacien référent.

5. Tests, mise en ligne et garantie
Nous testons le site sur les principaux navigateurs et sur mobile, ainsi que le parcours de
commande complet avec paiements réels. Vos équipes disposent ensuite de deux semaines pour tester
sur l'environnement de recette ; la mise en ligne a lieu après votre validation écrite.
Pendant 3 mois après la mise en ligne, nous corrigeons gratuitement tout bug.
Nous formons vos équipes lors de deux sessions d'une demi-journée (gestion des commandes, des
produits et des promotions) et vous remettons un guide d'utilisation en PDF.

6. Hébergement et maintenance
La formule comprend l'hébergement sur un serveur dédié en Belgique, les sauvegardes
quotidiennes conservées 30 jours, les mises à jour de WordPress, WooCommerce et des extensions
chaque mois, les correctifs de sécurité critiques dans les 48 heures et 2 heures de petites
modifications par mois. Le support est assuré par e-mail et par téléphone du lundi au vendredi
de 9h00 à 17h30. Un incident bloquant (site inaccessible, commandes ou paiements impossibles)
est pris en charge dans les 4 heures ouvrables.
La formule est conclue pour 12 mois à partir de la mise en ligne, puis reconduite tacitement
par périodes de 12 mois, sauf résiliation deux mois avant l'échéance.
Si vous changez de prestataire, nous vous remettons une copie complète du site et de la base de
données, et nous assistons votre nouveau prestataire pour la reprise (jusqu'à 4 heures
incluses) ; l'hébergement est maintenu jusqu'à la fin de la migration, au maximum 2 mois.

7. Propriété, données et responsabilité
Le design et les développements spécifiques vous appartiennent dès le paiement complet ; les
extensions du marché restent sous leur propre licence. Pour les données de vos clients, nous
agissons comme sous-traitant au sens du RGPD ; une convention de sous-traitance est signée avant
la mise en ligne. Notre responsabilité est limitée au montant de la présente offre, à
l'exclusion des pertes de chiffre d'affaires et des pertes de données.

8. Conditions
Nos conditions générales, jointes, font partie de l'offre et prévalent sur vos conditions
d'achat. Droit belge ; tribunaux de Liège, division Liège.

Bon pour accord, pour PharmaLys SCRL
Nom : ...............................   Date : ...................
Signature : ..........................

Pour PixelMeuse srl : Julie Henrard, cheffe de projet
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
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

FR_T11G_MUTUELLE_CALLCENTRE_SUPPORT_CONVENTION = UnseenDocument(
    name="fr_t11g_mutuelle_callcentre_support_convention",
    text="""CONVENTION DE SUPPORT ET D'EXPLOITATION
Plateforme de centre de contacts VoxOne - Convention n° VX-MUT-2027-01

ENTRE
VOXONE BELGIUM SA, boulevard du Souverain 280, 1160 Auderghem, BCE BE 0823.640.271,
représentée par M. Thomas Verhaegen, Managing Director, ci-après « le Prestataire »,

ET
MUTUALITÉ ENTRAIDE WALLONIE, union nationale de mutualités, rue de Fer 40, 5000 Namur,
BCE BE 0411.702.398, représentée par Mme Valérie Bodart, directrice des opérations, ci-après
« la Mutualité ».

Article 1 - Objet
1.1 Le Prestataire héberge, exploite et supporte la plateforme VoxOne utilisée par le centre de
contacts de la Mutualité (environ 140 agents répartis sur les sites de Namur, Charleroi et
Liège) : distribution des appels, serveur vocal interactif, couplage avec le dossier membre
(CTI), enregistrement des conversations, canal e-mail et statistiques.
1.2 La présente convention succède à la phase de mise en œuvre clôturée par la réception
définitive du 14/11/2026.

Article 2 - Documents contractuels
Font partie de la convention, par ordre de priorité décroissant : (1) la présente convention ;
(2) l'annexe 1 (catalogue de services et niveaux de service) ; (3) l'annexe 2 (convention de
traitement de données) ; (4) l'offre du Prestataire du 09/09/2026 en réponse au cahier des
charges de la Mutualité. Les conditions générales du Prestataire sont expressément exclues.

Article 3 - Services
3.1 Le Prestataire fournit :
  a) l'hébergement de la plateforme dans ses deux centres de données en Belgique (Zaventem et
     Gosselies), en mode actif-passif ;
  b) la supervision 24h/24 et 7j/7 de la plateforme et des liaisons SIP ;
  c) le support de deuxième et de troisième ligne aux gestionnaires applicatifs de la
     Mutualité, la première ligne restant assurée par le helpdesk interne de la Mutualité ;
  d) la maintenance corrective et évolutive : quatre versions par an, testées au préalable par
     la Mutualité sur l'environnement d'acceptation, et l'application des correctifs de sécurité
     critiques dans les 72 heures de leur publication ;
  e) l'adaptation des scripts du serveur vocal et des files d'attente, dans la limite de
     10 jours-homme par an.
3.2 Le Prestataire tient à jour une base de configuration (CMDB) de l'environnement de la
Mutualité (files, scripts, intégrations, numéros) et un dossier d'exploitation, remis à la
Mutualité à chaque mise à jour et à sa demande.

Article 4 - Niveaux de service
4.1 Le support est joignable par le portail de tickets et par une ligne dédiée (02/790 33 00)
les jours ouvrables de 7h30 à 19h00 et le samedi de 8h00 à 13h00. En dehors de ces heures, les
incidents de priorité 1 sont signalés au service de garde, joignable 24h/24.
4.2 Les délais suivants sont garantis :
  - priorité 1 (centre de contacts indisponible ou plus de 25 % des agents sans appels) :
    prise en charge dans les 15 minutes, rétablissement dans les 4 heures, 24h/24 ;
  - priorité 2 (fonction importante dégradée : enregistrement, CTI, serveur vocal) : prise en
    charge dans l'heure, résolution dans les 8 heures ouvrables ;
  - priorité 3 : prise en charge dans les 4 heures ouvrables, résolution dans les 5 jours
    ouvrables ;
  - priorité 4 (demande de service) : traitement planifié en concertation.
4.3 La disponibilité de la plateforme est garantie à 99,8 % par mois, mesurée par la
supervision du Prestataire sur la plage de 7h00 à 20h00 du lundi au samedi, hors maintenances
planifiées d'accord avec la Mutualité.
4.4 Pour chaque mois où la disponibilité garantie n'est pas atteinte, la Mutualité a droit à un
crédit de service de 5 % de la redevance mensuelle par tranche entamée de 0,2 % manquante. Chaque
dépassement du délai de rétablissement d'un incident de priorité 1 donne droit à un crédit de
500,00 EUR. Les crédits sont plafonnés à 25 % de la redevance mensuelle et déduits de la
facture suivante.

Article 5 - Équipe et gouvernance
5.1 Le Prestataire désigne M. Nicolas Dewez comme service manager et Mme Sarah Peeters comme
architecte technique. Les ingénieurs de deuxième et troisième ligne sont certifiés VoxOne
Expert et disposent d'au moins trois ans d'expérience en centres de contacts.
5.2 Le Prestataire ne remplace le service manager ou l'architecte technique que moyennant un
préavis d'un mois, par une personne de qualification équivalente agréée par la Mutualité, et
assure à ses frais une période de recouvrement de deux semaines.
5.3 Le service manager transmet, au plus tard le 10 de chaque mois, un rapport de service
(disponibilité, incidents par priorité, délais respectés, crédits de service, changements,
capacité). Un comité de service mensuel réunit le service manager et les gestionnaires
applicatifs de la Mutualité ; un comité de pilotage trimestriel réunit en outre la directrice
des opérations et le Managing Director du Prestataire.
5.4 Escalade : gestionnaire applicatif / service manager, puis directrice des opérations /
responsable des opérations du Prestataire, puis comité de pilotage.
5.5 Le Prestataire applique des processus conformes à ITIL 4 et est certifié ISO/IEC 27001 pour
l'hébergement et le support ; il communique chaque année le certificat en cours de validité.

Article 6 - Obligations de la Mutualité
La Mutualité assure le support de première ligne aux agents, désigne deux gestionnaires
applicatifs formés, ne transmet au Prestataire que des incidents qualifiés, informe le
Prestataire au moins 10 jours ouvrables à l'avance de toute modification de son réseau, de sa
téléphonie ou de l'application dossier membre, et valide les nouvelles versions sur
l'environnement d'acceptation dans les 10 jours ouvrables de leur mise à disposition.

Article 7 - Prix et paiement
7.1 La redevance annuelle s'élève à 96.000,00 EUR HTVA (hébergement, exploitation, support,
maintenance, licences pour 150 agents simultanés), facturée trimestriellement à l'avance.
Chaque agent simultané supplémentaire est facturé 38,00 EUR HTVA par mois.
7.2 Les demandes de changement au-delà des 10 jours-homme de l'article 3.1 e) font l'objet d'une
estimation écrite du Prestataire dans les 5 jours ouvrables ; elles ne sont exécutées et
facturées qu'après approbation écrite de la Mutualité, au taux de 850,00 EUR HTVA par jour.
7.3 La redevance et le taux journalier sont indexés au 1er février de chaque année selon
l'indice Agoria des salaires, la hausse étant plafonnée à 3 % par an.
7.4 Les factures sont payables à 45 jours de leur réception.

Article 8 - Durée et fin
8.1 La convention est conclue pour 36 mois à compter du 01/02/2027. Elle peut être prolongée
une seule fois de 12 mois par avenant signé par les deux parties ; elle n'est pas reconduite
tacitement.
8.2 La Mutualité peut résilier la convention à chaque date anniversaire moyennant un préavis de
six mois. Chaque partie peut la résilier en cas de manquement grave non réparé dans les 30 jours
d'une mise en demeure.
8.3 À la fin de la convention, pour quelque cause que ce soit, le Prestataire continue à fournir
les services aux mêmes conditions pendant une période de réversibilité de six mois au maximum
et collabore avec le nouveau prestataire selon un plan de réversibilité remis dans le mois qui
suit la notification de la fin.
8.4 Le Prestataire restitue, dans les 30 jours de la fin de la réversibilité et sans frais, les
enregistrements (format WAV), l'historique des contacts et les statistiques (format CSV), la
configuration complète et le dossier d'exploitation ; il détruit ensuite toutes les copies et
en remet une attestation.

Article 9 - Propriété intellectuelle
La plateforme VoxOne reste la propriété du Prestataire, qui concède à la Mutualité une licence
d'utilisation pour la durée de la convention. Les scripts du serveur vocal, les connecteurs vers
le dossier membre et la documentation réalisés pour la Mutualité lui appartiennent.

Article 10 - Confidentialité et protection des données
10.1 Le Prestataire et son personnel sont tenus au secret sur toutes les informations de la
Mutualité et de ses membres, pendant la convention et sans limite de durée après sa fin.
10.2 Les conversations enregistrées peuvent contenir des données concernant la santé. Le
Prestataire agit en qualité de sous-traitant au sens de l'article 28 du RGPD, conformément à
l'annexe 2 ; les données ne quittent pas l'Union européenne et les enregistrements sont
conservés 90 jours, sauf instruction contraire de la Mutualité.

Article 11 - Responsabilité
La responsabilité du Prestataire est limitée, par année, à 150 % de la redevance annuelle ;
ce plafond est porté à 500.000,00 EUR pour les violations de données à caractère personnel. Il
ne s'applique pas en cas de dol ou de faute grave. Les dommages indirects sont exclus.

Article 12 - Litiges
La convention est régie par le droit belge. Tout différend non résolu par la voie d'escalade de
l'article 5.4 est soumis à une médiation par un médiateur agréé, désigné d'un commun accord. À
défaut d'accord dans les 60 jours du début de la médiation, les tribunaux de Namur sont seuls
compétents.

Fait à Namur, le 04/12/2026, en deux exemplaires originaux.

Pour VoxOne Belgium SA                           Pour la Mutualité Entraide Wallonie
Thomas Verhaegen, Managing Director              Valérie Bodart, directrice des opérations
[signature]                                      [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
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
        "notice_period_days": 180,
        "payment_term_days": 45,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.8,
    },
)

DOCUMENTS = [
    FR_T11G_RESTAURANT_BOOKING_SAAS_TERMS,
    FR_T11G_WEIGHBRIDGE_MAINTENANCE_CONTRACT,
    FR_T11G_PHARMACY_ECOMMERCE_OFFER,
    FR_T11G_MUTUELLE_CALLCENTRE_SUPPORT_CONVENTION,
]
