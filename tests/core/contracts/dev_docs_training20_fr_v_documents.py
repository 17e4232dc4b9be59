"""Training batch 20 (fr, writer v): four documents as Belgian French-speaking IT suppliers and
their clients write them.

- fr_t20v_music_academy_registration_saas: a long formal SaaS contract (numbered articles)
  between a Mont-Saint-Guibert software company and the Ville de Wavre for the online
  registration and pupil management of its music, dance and drama academy (set-up fee, yearly
  fee, planning with penalties, data take-over, acceptance tests, support hours extended during
  registration periods, 99,5 % availability with credit notes, 36 months with tacit yearly
  renewal and three months' notice, signed by both).
- fr_t20v_veterinary_network_telephony_quote: an informal quote e-mail by a Uccle integrator for
  the network (firewall, switch, Wi-Fi, cabling) and cloud telephony of a veterinary clinic in
  Woluwe-Saint-Pierre, with monthly supervision and telephony fees; the supplier's general terms
  of sale apply; accepted by a reply e-mail.
- fr_t20v_ev_charging_maintenance_municipal_parking: a maintenance contract (public services
  contract) between a Ciney municipal parking authority (RCA) and a Naninne company for the
  twelve EV charging stations of a municipal car park: take-over of the installed base, preventive
  and corrective maintenance, intervention and repair times, 97 % availability per charge point
  with penalties, four years without tacit renewal, signed by both.
- fr_t20v_mutuality_development_time_materials_framework: a formal framework agreement by which a
  Brussels consultancy provides developers in time and materials to a health mutuality through
  purchase orders with day caps: daily rates per profile, replacement of consultants, reporting,
  IP assignment, health data, an obligation of means, 24 months with one optional 12-month
  extension, signed by both.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned (an e-mail acceptance with no signature block is
agreement.signed_both missing); partial = mentioned but vague, a bare cross-reference without
content, a placeholder, best-efforts only, a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T20V_MUSIC_ACADEMY_REGISTRATION_SAAS = UnseenDocument(
    name="fr_t20v_music_academy_registration_saas",
    text="""CONTRAT D'ABONNEMENT À UNE SOLUTION EN LIGNE DE GESTION DES INSCRIPTIONS
Académie de musique, de danse et des arts de la parole de Wavre
Contrat n° PN-2026-041

ENTRE
PORTÉE NUMÉRIQUE srl, dont le siège est établi rue Émile Francqui 6, 1435 Mont-Saint-Guibert,
BCE BE 0745.218.663, représentée par M. Cédric Jacquemin, gérant,
ci-après « le Fournisseur »,

ET
la VILLE DE WAVRE, place de l'Hôtel de Ville 1, 1300 Wavre, agissant pour son Académie de
musique, de danse et des arts de la parole, représentée par son Collège communal, pour lequel
agissent Mme Anne Delvaux, bourgmestre, et M. Philippe Gérard, directeur général,
ci-après « la Ville ».

Vu la décision du Collège communal du 14/10/2026 attribuant le marché de services
« Logiciel de gestion des inscriptions de l'Académie » (procédure négociée sans publication
préalable, réf. ACA/2026/03) au Fournisseur, il est convenu ce qui suit.

Article 1 - Objet
Le Fournisseur met à la disposition de la Ville, en mode SaaS, sa solution « Portée Académie »
pour la gestion des inscriptions et réinscriptions en ligne, le calcul et l'encaissement des
droits d'inscription (Bancontact, virement avec communication structurée), la gestion des
élèves, des cours, des horaires et des présences, ainsi que les exports annuels des populations
d'élèves requis par la Fédération Wallonie-Bruxelles. La solution couvre les trois implantations
de l'Académie (Wavre centre, Limal et Bierges).

Article 2 - Documents contractuels
Le contrat se compose, par ordre de priorité décroissant : (a) le présent contrat et ses
annexes ; (b) le cahier des charges ACA/2026/03 ; (c) l'offre du Fournisseur du 22/09/2026,
qui fait partie intégrante du contrat. Les conditions générales du Fournisseur ne s'appliquent
pas.

Article 3 - Périmètre de l'abonnement
3.1 L'abonnement comprend : l'accès à la solution pour 25 comptes du personnel (direction,
secrétariat, professeurs) ; le portail des parents et des élèves, sans limite de comptes ;
l'hébergement dans un centre de données situé en Belgique ; les sauvegardes quotidiennes
conservées 30 jours ; les mises à jour ; le support décrit à l'article 9.
3.2 Ne sont pas compris : les frais de transaction facturés par le prestataire de paiement en
ligne ; le matériel et la connexion internet de l'Académie ; les développements spécifiques.

Article 4 - Prix
4.1 Frais uniques de mise en service : 3.950,00 EUR HTVA, soit paramétrage 1.650,00 EUR, reprise
des données 1.200,00 EUR et formation 1.100,00 EUR.
4.2 Redevance annuelle : 5.280,00 EUR HTVA pour un maximum de 1.200 élèves inscrits ; chaque
élève au-delà de ce nombre est facturé 4,40 EUR HTVA par année académique.
4.3 Le montant total estimé du marché sur la durée initiale est de 19.790,00 EUR HTVA.
4.4 La redevance est révisée le 1er septembre de chaque année selon l'évolution de l'indice des
prix à la consommation, la hausse étant plafonnée à 3 % par an.
4.5 Toute prestation non comprise dans l'abonnement fait l'objet d'un devis préalable au taux
de 98,00 EUR HTVA de l'heure ; elle n'est exécutée qu'après réception d'un bon de commande
signé par la Ville.

Article 5 - Facturation et paiement
Les frais de mise en service sont facturés après la signature du procès-verbal de mise en
service. La première redevance est facturée au prorata jusqu'au 31/08/2027, puis la redevance
est facturée annuellement à l'avance le 1er septembre. Les factures sont payables dans les
30 jours de leur réception.

Article 6 - Mise en service et planning
6.1 Le planning est le suivant : réunion de lancement le 11/01/2027 ; paramétrage (cours,
implantations, grille des droits d'inscription) jusqu'au 19/02/2027 ; reprise des données
jusqu'au 05/03/2027 ; formations du 10 au 12/03/2027 ; mise en service le 15/03/2027 ;
ouverture des réinscriptions en ligne le 03/05/2027.
6.2 Le Fournisseur reprend, à partir des fichiers Excel et de l'export de l'ancien logiciel
fournis par la Ville, les fiches des élèves inscrits en 2025-2026 et 2026-2027 (environ 1.050),
leurs responsables légaux et l'historique des cursus. Une reprise d'essai est contrôlée par le
secrétariat avant la reprise définitive.
6.3 Avant la mise en service, la Ville réalise les tests de validation décrits à l'annexe 2
(dix réinscriptions fictives, paiement test, export FWB). La mise en service est constatée par
un procès-verbal signé par les deux parties lorsque ces tests sont concluants.
6.4 Si l'ouverture des réinscriptions en ligne est retardée du fait du Fournisseur, celui-ci
est redevable d'une pénalité de 100,00 EUR par jour calendrier de retard, plafonnée à
3.000,00 EUR. Un retard imputable à la Ville décale le planning d'autant.

Article 7 - Obligations de la Ville
La Ville désigne Mme Laurence Piron, secrétaire de l'Académie, comme référente du projet. Elle
remet les fichiers à reprendre au plus tard le 05/02/2027, communique la grille des droits
d'inscription et la liste des cours avant le 22/01/2027 et valide les écrans de paramétrage
dans les cinq jours ouvrables de leur présentation.

Article 8 - Formation, documentation et suivi
8.1 Le Fournisseur donne deux demi-journées de formation au secrétariat et à la direction et une
séance d'une heure aux professeurs ; il remet un guide d'administration, des tutoriels vidéo et
un guide pas à pas destiné aux parents.
8.2 Pendant la mise en service, un point hebdomadaire en visioconférence est organisé avec la
référente ; le Fournisseur en adresse le compte rendu écrit le jour même (tâches réalisées,
points ouverts, prochaines étapes).
8.3 Une réunion d'évaluation est organisée chaque année en juin entre la direction de
l'Académie et le Fournisseur. Tout problème non résolu par le support est porté devant
M. Jacquemin, puis devant le directeur général de la Ville.

Article 9 - Support et niveaux de service
9.1 Le support est joignable par e-mail (support@porteenumerique.be), via le formulaire de la
solution et au 010/88 47 20, du lundi au vendredi de 8h30 à 17h00. Pendant les périodes
d'inscription (du 1er mai au 30 juin et du 16 août au 30 septembre), il est en outre joignable
jusqu'à 20h00 et le samedi de 9h00 à 13h00.
9.2 Le Fournisseur prend en charge les demandes et rétablit le service dans les délais suivants,
comptés en heures ouvrables :
  - priorité 1 (solution ou portail des parents inaccessible, paiements impossibles) : prise en
    charge en 1 heure, rétablissement ou solution de contournement en 8 heures ;
  - priorité 2 (fonction importante dégradée) : prise en charge en 4 heures, correction en
    3 jours ouvrables ;
  - priorité 3 (question, anomalie mineure) : réponse en 2 jours ouvrables.
9.3 Le Fournisseur garantit une disponibilité de la solution de 99,5 % par mois, hors
maintenances planifiées annoncées cinq jours ouvrables à l'avance ; aucune maintenance planifiée
n'a lieu pendant les périodes d'inscription.
9.4 Si la disponibilité mensuelle est inférieure à 99,5 %, la Ville reçoit une note de crédit de
5 % de la redevance mensuelle par tranche entamée de 0,5 % manquante, plafonnée à 30 % de cette
redevance.
9.5 Les mises à jour fonctionnelles et de sécurité sont comprises ; les correctifs de sécurité
critiques sont appliqués dans les 72 heures. Chaque nouvelle version est installée sur un
environnement de test accessible à la Ville dix jours avant sa mise en production.
9.6 Mme Sarah Leclercq est l'interlocutrice dédiée de l'Académie ; elle tient à jour la fiche de
paramétrage de l'Académie, consultable par toute l'équipe de support.

Article 10 - Durée et fin du contrat
10.1 Le contrat prend effet à sa signature. L'abonnement est conclu pour une durée initiale de
36 mois à compter de la mise en service. Il est ensuite reconduit tacitement par périodes d'un
an, au maximum deux fois, sauf dénonciation par lettre recommandée au moins trois mois avant
l'échéance.
10.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie auquel
il n'est pas remédié dans les 30 jours d'une mise en demeure par recommandé.
10.3 À la fin du contrat, quelle qu'en soit la cause, le Fournisseur remet à la Ville, dans les
15 jours et sans frais, un export complet des données (élèves, responsables, inscriptions,
paiements, présences) aux formats CSV et XLSX, avec la description des champs. Les données sont
ensuite effacées dans les 60 jours, ce que le Fournisseur confirme par écrit.
10.4 À la demande de la Ville, le Fournisseur maintient l'accès à la solution aux conditions en
vigueur pendant trois mois au plus après la fin du contrat et répond aux questions du nouveau
prestataire sur la structure des exports.
10.5 En cas de cessation d'activité du Fournisseur, les parties se concerteront pour assurer la
continuité du service.

Article 11 - Propriété intellectuelle
La solution reste la propriété du Fournisseur ; la Ville dispose d'un droit d'usage non exclusif
pour la durée du contrat. Les données encodées dans la solution restent la propriété de la
Ville.

Article 12 - Confidentialité et protection des données
12.1 Chaque partie garde confidentielles les informations de l'autre partie pendant la durée du
contrat et cinq ans après sa fin.
12.2 Le Fournisseur traite les données à caractère personnel des élèves, dont de nombreux
mineurs, et de leurs responsables légaux en qualité de sous-traitant au sens de l'article 28 du
RGPD, conformément à la convention de traitement jointe en annexe 3. Les données sont hébergées
exclusivement dans l'Union européenne.

Article 13 - Responsabilité
La responsabilité du Fournisseur est limitée à 25.000,00 EUR par année contractuelle, sauf dol,
faute grave ou violation de l'article 12. En cas de perte ou d'altération de données imputable
au Fournisseur, celui-ci restaure à ses frais la dernière sauvegarde.

Article 14 - Litiges et droit applicable
Le contrat est régi par le droit belge. En cas de différend, les parties se réunissent à
l'initiative de la partie la plus diligente dans les 15 jours d'une notification écrite ; à
défaut d'accord dans les 30 jours, les tribunaux de l'arrondissement du Brabant wallon sont
seuls compétents.

Fait à Wavre, le 30/11/2026, en deux exemplaires.

Pour PORTÉE NUMÉRIQUE srl              Pour la VILLE DE WAVRE, par le Collège communal
Cédric Jacquemin, gérant               Le directeur général        La bourgmestre
[signature]                            Philippe Gérard             Anne Delvaux
                                       [signature]                 [signature]

Annexes : 1. cahier des charges ACA/2026/03 - 2. tests de validation - 3. convention de
traitement - 4. offre du 22/09/2026
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
        "exit.escrow": "partial",
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
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

FR_T20V_VETERINARY_NETWORK_TELEPHONY_QUOTE = UnseenDocument(
    name="fr_t20v_veterinary_network_telephony_quote",
    text="""De : Dr Caroline Vanderstraeten <caroline@vetvalfleuri.be>
À : Yannick Lemaire <y.lemaire@netalto.be>
Date : 02/12/2026 21:47
Objet : RE: Devis DV-26-0318 - réseau et téléphonie clinique

Bonjour Yannick,

C'est bon pour nous, vous pouvez commander le matériel. On préfère que l'installation se fasse
un dimanche pour ne pas bloquer les consultations, comme vous le proposez.
Je vous envoie demain le mandat de portage signé et la dernière facture Proximus.

Bonne soirée,
Caroline
Clinique vétérinaire du Val Fleuri - avenue de Tervueren 212, 1150 Woluwe-Saint-Pierre

-----Message d'origine-----
De : Yannick Lemaire <y.lemaire@netalto.be>
Envoyé : 27/11/2026 10:12
Objet : Devis DV-26-0318 - réseau et téléphonie clinique

Bonjour Docteur,

Suite à ma visite de mardi, voici notre devis pour remettre à plat le réseau de la clinique et
passer votre téléphonie sur une centrale dans le cloud.

1. Réseau (prix HTVA)
- Firewall Fortinet FortiGate 40F avec licence de sécurité 1 an ........... 1.190,00 EUR
- Switch PoE 24 ports Aruba ........................................... 1.080,00 EUR
- 3 bornes Wi-Fi Aruba Instant On AP22 (réseau du personnel et réseau
  invités séparé pour la salle d'attente) à 245,00 EUR ................... 735,00 EUR
- 6 nouvelles prises RJ45 (radiologie, chenil, consultations 2 et 3)
  à 145,00 EUR ......................................................... 870,00 EUR
- Installation et configuration (1,5 jour) ............................ 1.260,00 EUR

2. Téléphonie
- 8 postes Yealink T54W à 189,00 EUR .................................. 1.512,00 EUR
- 2 combinés DECT Yealink W73P (chenil et labo) à 165,00 EUR .............. 330,00 EUR
- Mise en service : portage de vos deux numéros, menu vocal, renvoi de
  nuit vers le GSM du vétérinaire de garde ............................... 450,00 EUR

Total unique : 7.427,00 EUR HTVA (8.986,67 EUR TVAC)

3. Mensuel
- Centrale cloud 3CX et ligne SIP, appels nationaux illimités,
  8 utilisateurs à 9,50 EUR ........................................ 76,00 EUR/mois
- Supervision du firewall et du Wi-Fi, mises à jour et support à
  distance ......................................................... 65,00 EUR/mois
Total mensuel : 141,00 EUR HTVA

Ne sont pas compris : le PC de l'accueil, votre logiciel vétérinaire et l'imprimante, ainsi que
les travaux de maçonnerie éventuels pour le passage des câbles.

Délais et installation
Le matériel est livré en 2 à 3 semaines après votre accord. Le portage des numéros prend
10 jours ouvrables à partir de la réception du mandat signé. L'installation se fait en une
journée ; un dimanche est possible sans supplément. En fin de journée on fait ensemble le tour
des tests (appels entrants et sortants sur chaque poste, renvoi de garde, Wi-Fi dans chaque
local) et vous signez le procès-verbal de réception.
De votre côté, il nous faut le mandat de portage signé, une copie de votre dernière facture
Proximus et l'accès au local technique le jour de l'installation.
Je passe ensuite une heure avec votre équipe pour montrer les postes (transfert, parcage,
messagerie) et je vous laisse un aide-mémoire plastifié par poste. Vous recevez aussi le
dossier de votre installation (plan du réseau, adresses, accès administrateur).

Support
Notre helpdesk est joignable du lundi au vendredi de 8h00 à 18h00 au 02/669 31 40 ou sur
support@netalto.be. En cas de panne bloquante (plus de téléphone ou plus d'internet), on prend
la main à distance dans les 2 heures ouvrables. Si un équipement réseau est en panne, on le
remplace par un appareil de notre stock au plus tard le jour ouvrable suivant.
Les mises à jour du firewall, des bornes et de la centrale sont comprises dans la supervision.
Votre installation est documentée dans notre outil, donc chaque technicien du helpdesk la
connaît, et c'est moi qui reste votre contact (je suis certifié Fortinet NSE 4 et 3CX).
Tout travail en dehors de ce devis (par exemple une prise supplémentaire) est d'abord chiffré
et soumis à votre accord ; notre taux horaire est de 84,00 EUR HTVA.

Garantie et durée
Le matériel est garanti 2 ans (échange standard). Les abonnements mensuels courent 12 mois à
partir de l'installation, puis se prolongent de mois en mois ; ils peuvent ensuite être arrêtés
à tout moment avec un préavis d'un mois.

Paiement
40 % à la commande, le solde après l'installation, factures payables à 15 jours. Les
abonnements sont facturés chaque mois par domiciliation.

Nos conditions générales de vente, disponibles sur www.netalto.be/cgv, s'appliquent.
Devis valable 30 jours. Un simple retour par e-mail vaut accord.

Bien à vous,
Yannick Lemaire
NetAlto srl - chaussée de Waterloo 1151, 1180 Uccle - BCE BE 0689.402.517
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
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
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
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
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 2,
    },
)

FR_T20V_EV_CHARGING_MAINTENANCE_MUNICIPAL_PARKING = UnseenDocument(
    name="fr_t20v_ev_charging_maintenance_municipal_parking",
    text="""RÉGIE COMMUNALE AUTONOME CINEY PARKINGS
CONTRAT DE MAINTENANCE DES BORNES DE RECHARGE
Parking communal du Marché couvert - Marché n° RCA/2026/07

Entre la Régie communale autonome Ciney Parkings, rue du Centre 35, 5590 Ciney, représentée par
M. Benoît Lambert, président du conseil d'administration, et Mme Véronique Halleux, directrice
(ci-après « la RCA »),
et VOLTWAL sa, rue de l'Espinette 12, 5100 Naninne, BCE BE 0712.664.095, représentée par
M. Stéphane Collin, administrateur délégué (ci-après « le Prestataire »).

1. Objet et documents du marché
1.1 Le Prestataire assure la maintenance préventive et corrective, la supervision et le support
des 12 bornes de recharge du parking du Marché couvert : 10 bornes AC doubles de 22 kW (20 points
de charge) et 2 bornes DC de 50 kW équipées d'un terminal de paiement, installées en 2023 par
un autre fournisseur.
1.2 Le marché est régi par le cahier spécial des charges RCA/2026/07 et par l'offre du
Prestataire du 18/09/2026, qui font partie du contrat. En cas de contradiction, le cahier
spécial des charges prévaut sur l'offre. Les conditions générales du Prestataire ne sont pas
applicables.

2. Reprise du parc et mise en service
2.1 Dans les 15 jours de la notification du marché, le Prestataire réalise un audit de l'état de
chaque borne (état électrique, connecteurs, firmware, communication 4G) et remet un rapport
listant les défauts constatés ; les réparations qui en découlent font l'objet d'un devis.
2.2 Le Prestataire raccorde les bornes à sa plateforme de supervision OCPP 1.6J le 11/01/2027.
Il reprend les 380 badges d'usagers existants et l'historique des sessions de charge depuis
2023, exportés de la plateforme actuelle.
2.3 La bascule est réceptionnée après une session de charge test sur chaque point, une
transaction test par badge et par carte bancaire sur les bornes DC et la vérification de la
remontée des sessions dans la plateforme ; un procès-verbal est signé par les deux parties.
2.4 Si la bascule n'est pas réalisée le 11/01/2027 du fait du Prestataire, une pénalité de
100,00 EUR par jour calendrier de retard est due.
2.5 Le Prestataire forme en deux heures le personnel de la RCA à la plateforme (suivi des
bornes, gestion des badges, tarifs, rapports).

3. Prestations de maintenance
3.1 Maintenance préventive : deux visites par an, en avril et en octobre, comprenant le contrôle
visuel et électrique (différentiels, continuité de terre), le contrôle de l'usure des câbles et
connecteurs, le nettoyage, le test de charge de chaque point et la mise à jour du firmware.
3.2 Maintenance corrective : diagnostic à distance, réinitialisation et intervention sur site,
remplacement des pièces défectueuses.
3.3 Supervision : surveillance permanente des bornes par la plateforme, alertes automatiques et
ligne d'assistance pour les usagers, joignable 24h/24 et 7j/7 au numéro affiché sur les bornes.
La RCA signale ses demandes au 081/40 77 12 ou à service@voltwal.be, les jours ouvrables de 7h30
à 17h00.
3.4 Mises à jour : le Prestataire installe les firmwares validés par le fabricant et les
correctifs de sécurité de la plateforme ; les correctifs critiques sont appliqués dans la
semaine de leur publication.

4. Délais et disponibilité
4.1 Panne critique (plus de la moitié des points hors service, borne DC à l'arrêt ou défaut de
sécurité électrique) : intervention d'un technicien sur place dans les 4 heures, 7 jours sur 7,
et remise en service dans les 24 heures.
4.2 Panne d'un point de charge : intervention dans les 8 heures ouvrables et réparation dans les
3 jours ouvrables ; si une pièce doit être commandée, au plus tard 10 jours ouvrables.
4.3 Le Prestataire garantit une disponibilité de 97 % par point de charge, mesurée chaque mois
par la plateforme, hors dommages causés par des tiers.
4.4 Pénalités : pour chaque point en dessous de 97 % de disponibilité, 5 % de la redevance
trimestrielle par pour cent manquant ; pour une panne critique, 50,00 EUR par heure de retard
d'intervention. Les pénalités sont déduites de la facture suivante.

5. Personnel
M. Julien Rasquin est le responsable du contrat et l'interlocuteur de la RCA. Les interventions
sont réalisées par des techniciens titulaires de la qualification BA5 (RGIE) et formés par le
fabricant des bornes. Le Prestataire tient un registre de chaque borne (numéro de série,
firmware, pièces remplacées, interventions), accessible à la RCA dans la plateforme.

6. Qualité et garantie
Les interventions sont exécutées selon les règles de l'art, le RGIE et les prescriptions du
fabricant. Chaque intervention donne lieu à un bon signé par le technicien et transmis à la RCA
le jour même. Les pièces remplacées et les réparations sont garanties 6 mois.

7. Rapports et suivi
Le Prestataire transmet au plus tard le 10 de chaque mois un rapport reprenant la disponibilité
par point, le nombre de sessions, l'énergie délivrée, les incidents et les délais d'intervention.
Une réunion semestrielle réunit la directrice de la RCA et le responsable du contrat. Les
problèmes non résolus sont portés devant l'administrateur délégué du Prestataire.

8. Obligations de la RCA
La RCA donne accès aux bornes et au tableau électrique, maintient l'alimentation électrique et
veille au marquage des emplacements. Elle signale sans délai les dégradations constatées par
son personnel et communique au Prestataire, avant le 20/12/2026, les accès à l'ancienne
plateforme.

9. Prix
9.1 Reprise du parc (audit, raccordement à la plateforme, reprise des badges et de l'historique,
formation) : forfait unique de 1.450,00 EUR HTVA.
9.2 Redevance annuelle de maintenance, de supervision et de licence de la plateforme :
7.680,00 EUR HTVA (640,00 EUR par borne), facturée par trimestre échu.
9.3 Sont compris : la main-d'œuvre, les déplacements et les pièces d'usure (câbles de charge,
connecteurs, lecteurs de badges). Ne sont pas compris : les dégâts dus au vandalisme ou à un
accident, la consommation d'électricité et les frais de transaction bancaire. Ces réparations
sont exécutées sur devis accepté par écrit par la RCA, au taux horaire de 78,00 EUR HTVA, pièces
au prix catalogue moins 10 %.
9.4 Le montant total du marché sur quatre ans s'élève à 32.170,00 EUR HTVA.
9.5 La redevance est révisée annuellement selon la formule du cahier spécial des charges :
P = P0 x (0,20 + 0,80 x S/S0), S étant l'indice Agoria des salaires.
9.6 Les factures sont payées dans les 30 jours de leur réception.

10. Durée et résiliation
10.1 Le marché est conclu pour quatre ans à compter du 01/01/2027. Il n'est pas reconduit
tacitement.
10.2 Chaque partie peut mettre fin au contrat à la fin de chaque année contractuelle moyennant
un préavis de trois mois notifié par recommandé. La RCA peut en outre appliquer les mesures
d'office prévues par la réglementation des marchés publics en cas de manquement du
Prestataire.
10.3 À la fin du contrat, le Prestataire remet à la RCA, sans frais, l'export des sessions et
des badges au format CSV, le registre des bornes et les accès administrateur des bornes. Il
collabore au raccordement des bornes à la plateforme du nouveau prestataire et maintient la
supervision jusqu'à la bascule, au plus tard deux mois après la fin du contrat.

11. Propriété, données et confidentialité
11.1 La plateforme reste la propriété du Prestataire ; la RCA en a l'usage pendant le contrat.
Les données des sessions et des badges appartiennent à la RCA.
11.2 Le Prestataire traite les données des usagers (nom, numéro de badge, sessions) en qualité
de sous-traitant de la RCA, conformément au RGPD et à la convention de traitement annexée.
11.3 Le Prestataire garde confidentielles les informations de la RCA pendant le contrat et trois
ans après sa fin.

12. Responsabilité
Le Prestataire est responsable des dommages causés par un défaut de maintenance et garantit la
RCA contre tout recours d'usagers à ce titre. Il est assuré en responsabilité civile
professionnelle à concurrence de 2.500.000,00 EUR par sinistre.

13. Droit applicable
Le contrat est soumis au droit belge. Les tribunaux de l'arrondissement de Namur, division
Dinant, sont compétents.

Fait à Ciney, le 01/12/2026, en deux exemplaires.

Pour la RCA Ciney Parkings                          Pour VOLTWAL sa
Véronique Halleux, directrice                       Stéphane Collin, administrateur délégué
Benoît Lambert, président du CA
[signatures]                                        [signature]
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
        "legal.dispute_resolution": "missing",
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
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 97,
    },
)

FR_T20V_MUTUALITY_DEVELOPMENT_TIME_MATERIALS_FRAMEWORK = UnseenDocument(
    name="fr_t20v_mutuality_development_time_materials_framework",
    text="""ACCORD-CADRE DE PRESTATIONS DE DÉVELOPPEMENT INFORMATIQUE EN RÉGIE
Réf. MH-DSI-AC-2027-02

Entre :
la MUTUALITÉ HORIZON, mutualité régie par la loi du 6 août 1990, dont le siège est établi
boulevard Anspach 110, 1000 Bruxelles, BCE 0411.702.385, représentée par M. Thierry Dumont,
secrétaire général, et Mme Isabelle Nguyen, directrice des systèmes d'information,
ci-après « la Mutualité »,
et :
CODELINE CONSULTING SA, dont le siège est établi boulevard du Souverain 280, 1160 Auderghem,
BCE BE 0867.243.159, représentée par M. Laurent Verhaegen, administrateur délégué,
ci-après « le Prestataire ».

Article 1 - Objet
1.1 Le présent accord-cadre fixe les conditions dans lesquelles le Prestataire met à la
disposition de la Mutualité des consultants pour le développement, la maintenance évolutive et
le test de ses applications (portail des membres « MyHorizon », application mobile, gestion des
remboursements, back-office des conseillers), sur la base de bons de commande.
1.2 Chaque bon de commande précise le ou les profils, le nom des consultants, les tâches, la
date de début, la durée prévue, le nombre de jours estimé et le plafond de jours autorisé.

Article 2 - Documents contractuels
Les relations entre les parties sont régies, par ordre de priorité décroissant, par : le présent
accord-cadre ; ses annexes (1. grille tarifaire et profils ; 2. standards de développement ;
3. convention de traitement de données ; 4. charte de sécurité) ; les bons de commande ; l'offre
du Prestataire du 02/10/2026. Les conditions générales du Prestataire sont expressément exclues.

Article 3 - Durée
L'accord-cadre entre en vigueur le 01/01/2027 pour une durée de 24 mois. Il peut être prolongé
une seule fois pour 12 mois par notification écrite de la Mutualité au plus tard deux mois avant
son échéance. Il n'est pas reconduit tacitement.

Article 4 - Volume et budget
Le volume estimé est de 1.400 jours-homme sur la durée de l'accord-cadre, pour un budget
maximal de 1.050.000,00 EUR HTVA. La Mutualité ne s'engage sur aucun volume minimal ; seuls les
bons de commande signés l'engagent.

Article 5 - Tarifs
5.1 Les prestations sont facturées aux taux journaliers HTVA suivants, pour une journée de huit
heures : développeur junior (moins de 3 ans d'expérience) 560,00 EUR ; développeur confirmé
(3 à 7 ans) 690,00 EUR ; développeur senior ou tech lead (plus de 7 ans) 820,00 EUR ; analyste
fonctionnel 740,00 EUR ; testeur 590,00 EUR ; architecte 940,00 EUR.
5.2 Les taux sont fermes pendant les douze premiers mois. Ils peuvent ensuite être révisés une
fois par an, à la demande du Prestataire formulée au moins deux mois à l'avance, selon
l'évolution de l'indice Agoria des salaires, avec un maximum de 2,5 %.
5.3 Les taux comprennent les frais de déplacement en Belgique et l'équipement personnel des
consultants. Ne sont pas compris : les licences logicielles, fournies par la Mutualité, et les
prestations en dehors des jours ouvrables ou après 19h00, qui ne sont effectuées qu'à la demande
écrite de la Mutualité et sont majorées de 50 %.

Article 6 - Bons de commande et dépassements
Le Prestataire ne peut dépasser le plafond de jours d'un bon de commande sans un avenant signé
par la Mutualité. Il informe par écrit le responsable du bon de commande dès que 80 % du plafond
sont consommés, en indiquant le nombre de jours encore nécessaires. Les jours prestés au-delà du
plafond sans avenant ne sont pas facturés.

Article 7 - Facturation et paiement
Le Prestataire facture mensuellement à terme échu, par bon de commande, sur la base des
relevés de prestations validés par le responsable du bon de commande. Les factures sont
payables à 45 jours de leur date.

Article 8 - Consultants
8.1 Le Prestataire propose, dans les 10 jours ouvrables d'une demande de la Mutualité, un ou
plusieurs consultants correspondant au profil demandé, avec leur CV. La Mutualité peut les
rencontrer et les refuser sans motivation.
8.2 Les consultants disposent de l'expérience indiquée à l'annexe 1 pour leur profil et maîtrisent
Java 17, Spring Boot et Angular ; chaque équipe comprend au moins un profil senior ou tech lead.
8.3 Le Prestataire ne remplace un consultant qu'avec l'accord écrit de la Mutualité, moyennant
un préavis d'un mois, sauf maladie de longue durée ou départ du Prestataire. Le remplaçant a un
profil au moins équivalent et bénéficie de cinq jours de recouvrement non facturés. La Mutualité
peut demander le remplacement d'un consultant qui ne donne pas satisfaction ; le Prestataire
propose un remplaçant dans les 10 jours ouvrables.
8.4 Mme Karima Benali, account manager, est l'interlocutrice de la Mutualité pour l'exécution de
l'accord-cadre.

Article 9 - Obligations de la Mutualité
La Mutualité désigne un responsable pour chaque bon de commande. Elle fournit aux consultants,
au plus tard à leur date de début, un poste de travail, un accès VPN et les comptes nécessaires
(GitLab, Jira, Confluence), et valide les relevés de prestations dans les cinq jours ouvrables
de leur réception.

Article 10 - Mode d'exécution
10.1 Les consultants travaillent sous la direction fonctionnelle du responsable du bon de
commande, dans les locaux de la Mutualité trois jours par semaine et à distance les autres jours.
10.2 Sauf stipulation contraire d'un bon de commande, le Prestataire est tenu d'une obligation de
moyens.
10.3 Les consultants respectent les standards de développement de l'annexe 2 : revue de code de
chaque merge request par un second développeur, couverture des tests unitaires d'au moins 70 %,
respect de la quality gate SonarQube de la Mutualité.
10.4 Le code source et la documentation sont déposés au fur et à mesure dans le GitLab et le
Confluence de la Mutualité. À la fin de chaque bon de commande, le consultant consacre au moins
deux jours à un transfert de connaissances vers l'équipe désignée par la Mutualité.
10.5 Si un consultant n'est pas présent à la date de début convenue, le Prestataire est
redevable d'une pénalité de 10 % du taux journalier par jour ouvrable de retard, plafonnée à
vingt jours.

Article 11 - Suivi
11.1 Le Prestataire remet le 5 de chaque mois, pour chaque bon de commande, un rapport
d'activité : jours consommés et restants, tâches réalisées, risques et points d'attention.
11.2 Un comité de suivi trimestriel réunit la directrice des systèmes d'information de la
Mutualité et l'account manager du Prestataire. Les difficultés sont portées successivement
devant le responsable du bon de commande et l'account manager, puis devant le comité de suivi,
puis devant le secrétaire général de la Mutualité et l'administrateur délégué du Prestataire.

Article 12 - Propriété intellectuelle
Les droits patrimoniaux sur tous les développements, documents et livrables réalisés en
exécution de l'accord-cadre sont cédés à la Mutualité, à titre exclusif, pour le monde entier et
pour toute la durée des droits, au fur et à mesure de leur réalisation et moyennant le paiement
des prestations. Les outils préexistants du Prestataire intégrés aux livrables font l'objet
d'une licence gratuite, perpétuelle et non exclusive au profit de la Mutualité.

Article 13 - Confidentialité et protection des données
13.1 Le Prestataire et ses consultants gardent strictement confidentielles toutes les
informations de la Mutualité et de ses membres, pendant l'accord-cadre et dix ans après sa fin.
Chaque consultant signe une déclaration de confidentialité avant son premier jour.
13.2 Les consultants n'ont pas accès aux données de production, sauf autorisation écrite de la
Mutualité pour un incident déterminé ; les environnements de développement et de test ne
contiennent que des données anonymisées. Lorsqu'il traite des données à caractère personnel, y
compris des données relatives à la santé, le Prestataire agit en qualité de sous-traitant
conformément à l'article 28 du RGPD et à la convention de traitement (annexe 3) ; aucune donnée
n'est transférée hors de l'Union européenne.

Article 14 - Responsabilité
La responsabilité du Prestataire est limitée, par bon de commande, au double du montant de ce
bon de commande et, au total, à 500.000,00 EUR par année civile. Ces limites ne s'appliquent pas
en cas de dol, de faute grave, de violation de l'article 13 ou de fuite de données imputable au
Prestataire.

Article 15 - Non-sollicitation
Aucune partie n'engage un membre du personnel de l'autre ayant participé à l'exécution de
l'accord-cadre pendant la durée de celui-ci et douze mois après sa fin.

Article 16 - Résiliation
16.1 Chaque partie peut résilier l'accord-cadre à tout moment moyennant un préavis de deux mois
notifié par lettre recommandée. Les bons de commande en cours se poursuivent jusqu'à leur terme,
sauf décision contraire de la Mutualité.
16.2 En cas de manquement grave, la partie lésée peut résilier l'accord-cadre sans préavis si
le manquement n'est pas réparé dans les 15 jours d'une mise en demeure.

Article 17 - Fin de l'accord-cadre
À la fin de l'accord-cadre, pour quelque cause que ce soit, le Prestataire met à jour la
documentation, restitue tous les documents, codes et données de la Mutualité et en efface les
copies, ce qu'il confirme par écrit. Il assiste la Mutualité ou le prestataire qu'elle désigne
pendant la reprise : cinq jours de transfert non facturés et, si la Mutualité le demande, maintien
des consultants en place pendant un mois au plus aux taux en vigueur.

Article 18 - Droit applicable et litiges
L'accord-cadre est régi par le droit belge. Tout différend est d'abord soumis au comité de suivi,
puis aux signataires du présent accord-cadre, qui se réunissent dans les 15 jours. À défaut
d'accord dans les 30 jours, les tribunaux francophones de Bruxelles sont seuls compétents.

Fait à Bruxelles, le 03/12/2026, en deux exemplaires.

Pour la MUTUALITÉ HORIZON                          Pour CODELINE CONSULTING SA
Thierry Dumont, secrétaire général                 Laurent Verhaegen, administrateur délégué
Isabelle Nguyen, directrice SI
[signatures]                                       [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "missing",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
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
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
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
        "payment_term_days": 45,
    },
)

DOCUMENTS = [
    FR_T20V_MUSIC_ACADEMY_REGISTRATION_SAAS,
    FR_T20V_VETERINARY_NETWORK_TELEPHONY_QUOTE,
    FR_T20V_EV_CHARGING_MAINTENANCE_MUNICIPAL_PARKING,
    FR_T20V_MUTUALITY_DEVELOPMENT_TIME_MATERIALS_FRAMEWORK,
]
