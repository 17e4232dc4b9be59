"""Training batch 15 (fr, writer o): four documents as Belgian French-speaking IT suppliers and
their clients write them.

- fr_t15o_invoicing_software_general_terms: the general terms of use and sale of a Liège
  publisher of online invoicing software (Solo / Pro / Fiduciaire subscriptions, optional
  start-up pack, Peppol); click-through acceptance with no signatures, the publisher's terms
  prevail, best-efforts availability target, no service credits, prices and terms changeable
  by the publisher, liability capped at three months of fees, access and export suspended on
  non-payment.
- fr_t15o_water_meter_app_maintenance: a long formal public-procurement contract by which a
  Liège software house migrates, hosts and maintains the water-meter reading app of an
  intercommunale in Ciney (SLA per priority, 99,7 % availability, penalties, quarterly steering
  committee, 12 months renewed tacitly up to 48 months with three months' notice, reversibility
  and source code in the client's Git repository), signed by both parties.
- fr_t15o_school_laptops_purchase_order: a Brussels reseller's purchase order for 96 laptops,
  charging carts and a 36-month device-management service for a secondary school, with delivery
  date, reception test, support times, the reseller's general terms on the back (no precedence
  rule), signed by the school and the reseller.
- fr_t15o_volunteer_planning_development: a fixed-price development contract between a Liège
  cooperative and a food-aid ASBL for a volunteer-planning web app (planning, pilot, acceptance,
  three-month warranty, code in the ASBL's repository, mediation before court); delay handling
  and the later maintenance formula are left to be agreed.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or
a text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (general terms accepted by ticking a box, with
no signature block, give agreement.signed_both missing and raise risk.unsigned); partial =
mentioned but vague, a bare cross-reference without content, a placeholder, best-efforts only,
a negation/disclaimer; general terms named as applying without a precedence rule = partial.
"""

from .unseen_documents import UnseenDocument

FR_T15O_INVOICING_SOFTWARE_GENERAL_TERMS = UnseenDocument(
    name="fr_t15o_invoicing_software_general_terms",
    text="""CONDITIONS GÉNÉRALES D'UTILISATION ET DE VENTE
FACTURIO srl - logiciel de facturation en ligne
Version 4.1 - en vigueur à partir du 01/01/2027

FACTURIO srl, dont le siège est établi rue Saint-Gilles 120, 4000 Liège, BCE BE 0789.214.563,
ci-après « Facturio ».

Article 1 - Définitions
« Logiciel » : l'application en ligne Facturio permettant d'établir des devis, des factures et
des notes de crédit, de les envoyer par e-mail ou via le réseau Peppol et de suivre les
paiements.

Article 2 - Champ d'application et documents contractuels
2.1 Les présentes conditions générales s'appliquent à toute offre, commande et abonnement portant
sur le Logiciel, à l'exclusion des conditions générales ou d'achat du Client, même communiquées
ultérieurement.
2.2 Le contrat est constitué, le cas échéant, de l'offre acceptée par le Client, de la commande
en ligne ou du bon de commande, et des présentes conditions générales. En cas de contradiction,
les présentes conditions générales prévalent, sauf dérogation expresse écrite et signée par un
gérant de Facturio.

Article 3 - Conclusion du contrat
3.1 L'abonnement est souscrit en ligne sur www.facturio.be. Le Client accepte les présentes
conditions en cochant la case prévue à cet effet avant de valider sa commande. Le contrat est
conclu à l'envoi par Facturio de l'e-mail de confirmation.
3.2 Les offres de Facturio sont valables 30 jours. Elles sont acceptées par une commande en ligne
ou par simple retour d'e-mail.

Article 4 - Formules et prix
4.1 Les Formules sont proposées aux prix mensuels suivants (hors TVA) :
- Solo : 14,00 EUR - 1 utilisateur, 50 factures par mois, envoi par e-mail et via Peppol,
  support par e-mail ;
- Pro : 29,00 EUR - 3 utilisateurs, factures illimitées, rappels automatiques, synchronisation
  bancaire (CODA), support par e-mail, chat et téléphone ;
- Fiduciaire : 89,00 EUR - jusqu'à 25 dossiers, export vers BOB, Winbooks et Exact Online,
  gestionnaire de compte dédié.
Chaque utilisateur supplémentaire est facturé 6,00 EUR HTVA par mois.
4.2 Pack de démarrage (optionnel) : 290,00 EUR HTVA forfaitaire. Il comprend le paramétrage du
compte (mentions légales, modèles de documents, logo), l'import des fichiers des clients, des
articles et des factures ouvertes fournis par le Client, et une séance de prise en main à
distance d'une heure.
4.3 Ne sont pas compris : la formation sur site, les développements spécifiques, les interfaces
avec d'autres logiciels que ceux cités à l'article 4.1, la reprise de l'historique des factures
autres que les factures ouvertes, ainsi que le matériel et la connexion internet du Client.
4.4 Les prestations supplémentaires sont facturées 95,00 EUR HTVA de l'heure, plus un forfait de
déplacement de 45,00 EUR HTVA en cas d'intervention sur site. Elles ne sont exécutées que sur
devis préalable accepté par écrit par le Client ; toute prestation non prévue au devis fait
l'objet d'un devis complémentaire.
4.5 Facturio peut modifier ses prix et le contenu des Formules à tout moment. Les nouveaux prix
sont communiqués par e-mail au moins 30 jours avant leur entrée en vigueur et s'appliquent à
partir de la période d'abonnement suivante ; le Client qui ne les accepte pas peut résilier son
abonnement avant cette date.

Article 5 - Facturation et paiement
5.1 La formule mensuelle est facturée le 1er de chaque mois, à l'avance, et payée par
domiciliation SEPA ou par carte. La formule annuelle est facturée à l'avance pour douze mois,
moyennant une remise équivalente à deux mois d'abonnement.
5.2 Le pack de démarrage et les prestations supplémentaires sont facturés après leur exécution.
5.3 Les factures sont payables dans les 15 jours de leur date. Tout montant impayé à l'échéance
porte de plein droit et sans mise en demeure un intérêt de retard au taux prévu par la loi du
2 août 2002 ainsi qu'une indemnité forfaitaire de 10 %, avec un minimum de 40,00 EUR.
5.4 En cas de non-paiement 15 jours après un rappel, Facturio peut suspendre l'accès au
Logiciel, y compris la consultation et l'export des données du Client, jusqu'au paiement
intégral des sommes dues.

Article 6 - Mise en service et prise en main
6.1 Le compte est activé dès l'envoi de l'e-mail de confirmation. Lorsque le Client a commandé le
pack de démarrage, Facturio réalise le paramétrage et l'import dans les 10 jours ouvrables
suivant la réception de fichiers complets.
6.2 Les délais de mise en service sont indicatifs. Leur dépassement ne peut donner lieu à aucune
indemnité ni à la résolution du contrat.
6.3 Le Client dispose d'un centre d'aide en ligne (guides et vidéos) et peut participer
gratuitement aux webinaires de prise en main organisés chaque mois. Les Clients des formules
Pro et Fiduciaire bénéficient d'un appel d'accueil de 30 minutes avec un conseiller.

Article 7 - Obligations du Client
Le Client :
- est seul responsable de l'exactitude des données qu'il encode, du choix des taux de TVA et des
  mentions figurant sur ses factures, et vérifie chaque document avant son envoi ;
- transmet les fichiers d'import, selon le modèle Excel fourni par Facturio, dans les 15 jours
  suivant la commande du pack de démarrage ;
- assure la conservation de ses factures pendant le délai légal au-delà de la durée de son
  abonnement.

Article 8 - Support
8.1 Le centre d'aide est accessible en permanence. Le support est joignable par e-mail à
support@facturio.be (toutes Formules) et, pour les formules Pro et Fiduciaire, par chat et au
04/220 17 40, les jours ouvrables de 9h00 à 12h30 et de 13h30 à 17h00.
8.2 Facturio s'efforce de répondre aux demandes dans un délai d'un jour ouvrable. Les anomalies
bloquantes (impossibilité d'émettre ou d'envoyer des factures) sont traitées en priorité et
corrigées dans les meilleurs délais.
8.3 Dans la formule Fiduciaire, un gestionnaire de compte dédié connaît la configuration des
dossiers du Client et assure le suivi de ses demandes.

Article 9 - Disponibilité, mises à jour et garantie
9.1 Facturio met tout en œuvre pour assurer l'accès au Logiciel 24 heures sur 24 et 7 jours sur
7 et vise une disponibilité annuelle de 99,5 %. Il s'agit d'une obligation de moyens. Des
opérations de maintenance peuvent interrompre l'accès, de préférence entre 22h00 et 6h00.
9.2 Les interruptions, quelle qu'en soit la durée, ne donnent droit à aucune indemnité,
réduction de prix ou remboursement.
9.3 Le Logiciel est mis à jour en continu. Les adaptations nécessaires au respect de la
réglementation belge (mentions obligatoires, taux de TVA, facturation électronique structurée
via Peppol) et les correctifs de sécurité sont inclus dans toutes les Formules, sans supplément.
Facturio peut modifier, remplacer ou supprimer des fonctionnalités ; la suppression d'une
fonctionnalité essentielle est annoncée 30 jours à l'avance.
9.4 Le Logiciel est fourni en l'état. Facturio ne garantit pas qu'il soit exempt d'erreurs ni
qu'il convienne à un usage particulier du Client.

Article 10 - Durée et résiliation
10.1 La formule mensuelle est conclue pour un mois et se renouvelle tacitement de mois en mois.
La formule annuelle est conclue pour un an et se renouvelle tacitement pour un an.
10.2 Le Client peut résilier son abonnement à tout moment depuis son espace client ; la
résiliation prend effet à la fin de la période en cours. Aucun remboursement au prorata n'est
effectué.
10.3 Facturio peut résilier un abonnement moyennant un préavis de 30 jours notifié par e-mail,
ou sans préavis en cas de manquement grave du Client, notamment en cas de non-paiement
persistant ou d'usage frauduleux du Logiciel.

Article 11 - données du Client
11.1 Le Client reste propriétaire de ses données. Il peut à tout moment exporter ses clients et
articles au format CSV, ses factures aux formats PDF et UBL (Peppol BIS Billing 3.0) et son
journal des ventes au format Excel.
11.2 Après la fin de l'abonnement, le compte reste accessible en lecture seule pendant 90 jours
pour permettre l'export. Les données sont ensuite supprimées définitivement, sous réserve de
l'article 5.4.

Article 12 - Protection des données à caractère personnel
Pour les données personnelles des clients et contacts du Client contenues dans le Logiciel,
Facturio agit en qualité de sous-traitant au sens de l'article 28 du RGPD, conformément à
l'accord de traitement figurant en annexe 1. La liste des sous-traitants ultérieurs est publiée
sur www.facturio.be/rgpd ; tout changement est annoncé 30 jours à l'avance. Pour les données
relatives à la gestion de l'abonnement, Facturio est responsable du traitement.

Article 13 - Propriété intellectuelle
Le Logiciel, sa documentation et les modèles de documents restent la propriété exclusive de
Facturio. Le Client dispose, pendant la durée de son abonnement, d'un droit d'utilisation non
exclusif et non cessible, limité à ses besoins professionnels et au nombre d'utilisateurs de sa
Formule.

Article 14 - Confidentialité
Chaque partie garde confidentielles les informations de l'autre partie dont elle a connaissance
dans le cadre du contrat, pendant sa durée et trois ans après sa fin.

Article 15 - Responsabilité
15.1 Facturio est tenue d'une obligation de moyens.
15.2 Facturio n'est pas responsable du contenu des factures établies par le Client, des erreurs
de TVA, des amendes ou majorations fiscales, ni des dommages indirects tels que la perte de
chiffre d'affaires, de clientèle ou de données.
15.3 En tout état de cause, la responsabilité totale de Facturio est limitée au montant des
redevances payées par le Client au cours des trois mois précédant le fait générateur.

Article 16 - Modification des conditions générales
Facturio peut modifier les présentes conditions générales. Les modifications sont notifiées par
e-mail et dans le Logiciel 30 jours avant leur entrée en vigueur. La poursuite de l'utilisation
du Logiciel après cette date vaut acceptation des nouvelles conditions.

Article 17 - Réclamations, droit applicable et juridiction
17.1 Toute réclamation est adressée par écrit à reclamations@facturio.be ; Facturio y répond dans
les 10 jours ouvrables. Si la réponse ne satisfait pas le Client, la réclamation est examinée
par un gérant de Facturio, qui propose une rencontre, le cas échéant à distance, dans les
15 jours. Aucune action en justice ne peut être introduite avant l'expiration d'un délai de
30 jours à compter de la réclamation écrite.
17.2 Le contrat est régi par le droit belge. Les tribunaux de l'arrondissement de Liège,
division Liège, sont seuls compétents.

Annexe 1 : accord de traitement des données à caractère personnel (www.facturio.be/dpa)
""",
    items={
        "agreement.signed_both": "missing",
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
        "timing.delay": "partial",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "partial",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 15,
    },
)

FR_T15O_WATER_METER_APP_MAINTENANCE = UnseenDocument(
    name="fr_t15o_water_meter_app_maintenance",
    text="""CONTRAT DE MAINTENANCE, DE SUPPORT ET D'HÉBERGEMENT
Application mobile de relevé des index de compteurs d'eau « RelevEau »
Marché public de services n° IECF/SI/2026-14 - lot unique

ENTRE
L'INTERCOMMUNALE DES EAUX DU CONDROZ ET DE LA FAMENNE (IECF), société coopérative
intercommunale, dont le siège est établi rue du Parc 12, 5590 Ciney, BCE BE 0207.418.552,
représentée par M. Bernard Collignon, directeur général, et Mme Anne-Sophie Gérard, présidente
du conseil d'administration, ci-après « l'IECF »,
ET
GEOMATIX SA, dont le siège est établi avenue du Pré-Aily 14, 4031 Angleur, BCE BE 0642.903.118,
représentée par Mme Caroline Warnier, administratrice déléguée, ci-après « l'Adjudicataire ».

Article 1 - Objet
L'application RelevEau, développée en 2021 par l'Adjudicataire, est utilisée par 38 releveurs
sur des terminaux Android durcis (environ 96.000 compteurs) avec un back-office web et une
interface vers SAP IS-U. Le contrat porte sur la migration du back-office vers le cloud de
l'Adjudicataire en Belgique, son hébergement, la maintenance et le support.

Article 2 - Documents contractuels
Le marché est régi, par ordre de priorité décroissant, par : le présent contrat et ses annexes ;
le cahier spécial des charges IECF/SI/2026-14 ; l'offre de l'Adjudicataire GX-OF-26-311 du
30/09/2026. Les conditions générales de l'Adjudicataire ne sont pas applicables. Pour le
surplus, la loi du 17 juin 2016 relative aux marchés publics et l'arrêté royal du 14 janvier
2013 établissant les règles générales d'exécution s'appliquent.

Article 3 - Périmètre
3.1 Sont compris dans le forfait annuel : la maintenance corrective ; l'adaptation aux nouvelles
versions d'Android des terminaux en service et aux mises à jour de SAP IS-U annoncées au moins
deux mois à l'avance ; l'hébergement, la surveillance et la sauvegarde quotidienne du
back-office ; le support ; deux sessions de formation par an.
3.2 Ne sont pas compris : les terminaux et leur réparation ; la gestion de flotte (MDM), assurée
par l'IECF ; les modifications côté SAP ; les développements évolutifs, commandés selon
l'article 5.3.

Article 4 - Migration de l'hébergement
4.1 L'Adjudicataire migre la base de données du back-office (historique des index depuis 2016,
soit environ 1,1 million de relevés et 420.000 photos d'index) vers son infrastructure.
4.2 Planning : plan de migration remis le 15/01/2027 ; migration à blanc le 08/02/2027 ;
bascule en production le week-end du 27/02/2027 ; début des services le 01/03/2027.
4.3 Après la migration à blanc puis après la bascule, l'IECF contrôle le nombre de compteurs, de
relevés et de photos, la synchronisation de trois terminaux et un export de test vers SAP. La
bascule n'a lieu qu'après l'accord écrit de l'IECF sur la migration à blanc ; la migration est
réceptionnée par un procès-verbal signé par les deux parties.
4.4 L'IECF donne accès au serveur actuel et remet une copie de la base au plus tard le
22/01/2027, ouvre un accès VPN à l'environnement de test SAP, désigne trois releveurs pour les
tests, rend son avis sur la migration à blanc dans les 5 jours ouvrables et suspend les
relevés pendant le week-end de bascule.
4.5 Si la bascule n'est pas réalisée le 01/03/2027 pour une raison imputable à l'Adjudicataire,
celui-ci est redevable d'une pénalité de 150,00 EUR par jour calendrier de retard, plafonnée à
5 % du montant total du marché. Si le retard est imputable à l'IECF, le planning est décalé
d'autant, sans pénalité ni frais supplémentaires.

Article 5 - Prix et paiement
5.1 Migration : forfait de 3.900,00 EUR HTVA, facturé après signature du procès-verbal.
5.2 Maintenance, support et hébergement : forfait annuel de 27.600,00 EUR HTVA (maintenance et
support 19.200,00 EUR ; hébergement 8.400,00 EUR), facturé trimestriellement à terme échu par
tranches de 6.900,00 EUR HTVA.
5.3 Développements évolutifs : 780,00 EUR HTVA par jour, dans la limite estimée de 20 jours par
an. Pour chaque demande, l'Adjudicataire remet dans les 10 jours ouvrables une estimation écrite
(nombre de jours, planning) ; les travaux ne commencent qu'après l'envoi d'un bon de commande
signé par le responsable du service informatique de l'IECF. Aucun jour au-delà de l'estimation
n'est facturé sans nouveau bon de commande.
5.4 Le montant total estimé du marché pour 48 mois s'élève à 176.700,00 EUR HTVA.
5.5 Les prix des articles 5.2 et 5.3 sont révisés chaque 1er mars, pour la première fois le
01/03/2028, selon la formule P = P0 x (0,20 + 0,80 x S/S0), S étant l'indice Agoria des salaires.
5.6 Le paiement intervient dans les 30 jours de la réception de la facture.

Article 6 - Maintenance
6.1 L'application est rendue compatible avec chaque nouvelle version majeure d'Android dans les
trois mois de sa disponibilité sur les terminaux de l'IECF.
6.2 Les correctifs de sécurité des composants logiciels et des serveurs sont appliqués dans les
30 jours ; les vulnérabilités critiques (CVSS 9 ou plus) dans les 72 heures.
6.3 L'Adjudicataire livre au maximum quatre versions planifiées par an. Chaque version est
d'abord installée en environnement de recette ; l'IECF dispose de 10 jours ouvrables pour la
tester et la mise en production n'a lieu qu'après son accord écrit. Aucune version n'est
déployée pendant la campagne de relevé (du 1er septembre au 15 décembre), sauf correctif P1 ou
P2.
6.4 Chaque version fait l'objet de tests automatisés (unitaires et d'intégration) et d'une revue
de code par un second développeur ; les notes de version sont jointes à chaque livraison.
6.5 L'Adjudicataire tient à jour, dans l'espace partagé de l'IECF, la documentation
d'architecture, le manuel de déploiement, le modèle de données, la documentation de l'API et le
manuel des releveurs, à chaque nouvelle version.
6.6 Les développements évolutifs sont garantis pendant six mois après leur mise en production :
toute anomalie est corrigée gratuitement.

Article 7 - Support et niveaux de service
7.1 Le support est joignable via le portail de tickets et au 04/361 22 80, les jours ouvrables
de 7h00 à 17h00 et, pendant la campagne de relevé, également le samedi de 8h00 à 13h00.
7.2 Délais, comptés dans les heures de support :
  - P1 (application inutilisable pour tous les releveurs, synchronisation ou export SAP
    bloqué) : prise en charge en 1 heure, solution de contournement en 4 heures ;
  - P2 (fonction indisponible pour une partie des releveurs, lenteurs importantes) : prise en
    charge en 4 heures, correction en 2 jours ouvrables ;
  - P3 (autres demandes) : prise en charge le jour ouvrable suivant, correction dans la
    prochaine version planifiée.
7.3 Le back-office et l'API de synchronisation sont disponibles 99,7 % du temps par mois, mesuré
24 heures sur 24 par la supervision de l'Adjudicataire, hors maintenances planifiées annoncées
5 jours ouvrables à l'avance, effectuées en dehors des heures de support et de la campagne de
relevé (8 heures par mois au maximum).
7.4 Pénalités : si la disponibilité mensuelle est inférieure à 99,7 %, 5 % de la part mensuelle
du forfait par tranche entamée de 0,5 % manquante, plafonnée à 30 % ; pour chaque heure de
dépassement d'un délai P1, 100,00 EUR, plafonné à 2.000,00 EUR par incident. Les pénalités sont
déduites de la facture suivante.
7.5 L'Adjudicataire tient une fiche d'environnement (modèles de terminaux et versions
d'Android, configuration MDM, paramètres de l'interface SAP, architecture, contacts), consultable
par tous les agents du support et revue à chaque comité de suivi.
7.6 Avant le 10 de chaque mois, l'Adjudicataire remet un rapport de service : tickets par
priorité, respect des délais, disponibilité, synchronisations, versions et correctifs appliqués.

Article 8 - Équipe et gouvernance
8.1 M. Kevin Thiry, chef de projet (dix ans d'expérience dans le secteur de l'eau), est le point
de contact unique de l'IECF. Il est assisté de Mme Laura Pirotte, développeuse Android, et de
M. Nicolas Dumont, développeur back-end, qui comptent chacun au moins cinq ans d'expérience.
8.2 Un membre de l'équipe ne peut être remplacé que moyennant un préavis écrit d'un mois, par une
personne d'expérience équivalente agréée par l'IECF ; une semaine de recouvrement est assurée
aux frais de l'Adjudicataire.
8.3 Un comité de suivi se réunit chaque trimestre (IECF : responsable informatique, chef
d'équipe des releveurs ; Adjudicataire : chef de projet, administratrice déléguée). Le
procès-verbal est établi par l'Adjudicataire dans les 5 jours ouvrables. Les points non résolus
sont portés devant le directeur général de l'IECF et l'administratrice déléguée.

Article 9 - Formation
L'Adjudicataire donne chaque année deux sessions d'une demi-journée à Ciney pour les nouveaux
releveurs, ainsi qu'une session pour les utilisateurs clés à chaque version majeure.

Article 10 - Durée et résiliation
10.1 Le contrat prend cours le 01/03/2027 pour une durée de 12 mois. Il est reconduit tacitement
trois fois pour des périodes de 12 mois, sans pouvoir dépasser 48 mois au total.
10.2 L'IECF peut s'opposer à la reconduction par lettre recommandée envoyée au moins trois mois
avant l'échéance annuelle. L'Adjudicataire ne peut pas refuser la reconduction.
10.3 En cas de manquement de l'Adjudicataire constaté par procès-verbal et non réparé dans les
15 jours, l'IECF peut appliquer les mesures d'office prévues par l'arrêté royal du 14 janvier
2013, dont la résiliation unilatérale du marché.

Article 11 - Fin du contrat et réversibilité
11.1 Dans les 15 jours suivant la fin du contrat, l'Adjudicataire remet gratuitement un export
complet de la base (compteurs, adresses, relevés, photos, journaux) aux formats CSV documenté et
JPEG, ainsi qu'une copie PostgreSQL. Il supprime ensuite les données et en remet une attestation.
11.2 À la demande de l'IECF, l'Adjudicataire poursuit les services aux mêmes conditions pendant
trois mois au maximum après la fin du contrat et assiste le nouveau prestataire (réunions,
documentation, aide à la migration) au taux de l'article 5.3, dans la limite de 10 jours.
11.3 Le code source complet de l'application et du back-office, y compris les scripts de
déploiement, est déposé à chaque version dans le dépôt Git de l'IECF, afin que celle-ci puisse
en poursuivre la maintenance elle-même ou par un tiers.

Article 12 - Propriété intellectuelle
Les droits sur les développements spécifiques réalisés pour l'IECF appartiennent à l'IECF.
L'Adjudicataire conserve sa bibliothèque générique GX-Sync, sur laquelle l'IECF reçoit une
licence gratuite, perpétuelle et non exclusive, avec le droit de la modifier pour ses besoins.

Article 13 - Confidentialité et protection des données
13.1 L'Adjudicataire garde strictement secrètes toutes les informations de l'IECF et de ses
abonnés, pendant le contrat et cinq ans après sa fin.
13.2 Pour les données des abonnés (nom, adresse, numéro de compteur, index, photos) et la
géolocalisation des releveurs, l'Adjudicataire agit comme sous-traitant au sens de l'article 28
du RGPD, conformément à la convention de traitement en annexe 3. Les données sont hébergées
exclusivement en Belgique ; toute violation de données est notifiée à l'IECF dans les 24 heures.

Article 14 - Responsabilité
La responsabilité de l'Adjudicataire est limitée, par année contractuelle, à deux fois le
forfait annuel, soit 55.200,00 EUR, sauf dol, faute grave, violation de l'article 13 ou dommage
corporel. Les dommages indirects sont exclus, à l'exception des frais de reconstitution de
données perdues par la faute de l'Adjudicataire.

Article 15 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis au comité de suivi,
puis au directeur général de l'IECF et à l'administratrice déléguée, qui se réunissent dans les
15 jours. À défaut d'accord dans les 30 jours, les tribunaux de Namur, division Dinant, sont
seuls compétents.

Fait à Ciney, le 25/11/2026, en deux exemplaires.

Pour l'IECF                                           Pour GEOMATIX SA
Bernard Collignon, directeur général                 Caroline Warnier, administratrice déléguée
Anne-Sophie Gérard, présidente du CA
[signatures]                                          [signature]
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

FR_T15O_SCHOOL_LAPTOPS_PURCHASE_ORDER = UnseenDocument(
    name="fr_t15o_school_laptops_purchase_order",
    text="""EDUTECH SOLUTIONS srl
Rue Colonel Bourg 105, 1140 Evere - BCE BE 0563.287.940 - 02/705 41 80 - ecoles@edutech-solutions.be

BON DE COMMANDE N° BC-2026-1184                                        Date : 01/12/2026

Client : Pouvoir organisateur de l'Institut Saint-Vincent ASBL, rue Josaphat 212,
         1030 Schaerbeek - BCE BE 0410.336.874
Contact : M. Yannick Bertrand, référent numérique - y.bertrand@saint-vincent.be
Référence : notre offre OF-26-0932 du 12/11/2026, qui fait partie intégrante de la présente
            commande

Qté  Désignation                                                     P.U. HTVA    Total HTVA
96   PC portable Dell Latitude 3140 Education (Intel N200, 8 Go,
     SSD 128 Go, écran tactile 11,6", Windows 11 Pro Éducation),
     garantie Dell 3 ans sur site, intervention J+1                     689,00     66.144,00
3    Chariot de rangement et de recharge sécurisé, 32 places           1.450,00      4.350,00
96   Préparation : enrôlement Windows Autopilot / Intune,
     étiquette d'inventaire, installation des applications de l'école   18,00      1.728,00
1    Livraison, mise en place dans les chariots et prise en main
     (forfait)                                                          450,00        450,00
                                                          Total HTVA              72.672,00
                                                          TVA 21 %                15.261,12
                                                          Total TVAC              87.933,12

Service de gestion « ÉduParc » : 96 appareils x 3,50 EUR HTVA par appareil et par mois, soit
336,00 EUR HTVA par mois (4.032,00 EUR HTVA par an), pendant 36 mois.

CONDITIONS PARTICULIÈRES

1. Livraison. Livraison et installation le mercredi 27/01/2027, avant le congé de détente.
Chaque appareil est démarré et contrôlé avant livraison (enrôlement, applications, charge de la
batterie). En cas de retard de livraison de plus de 10 jours ouvrables imputable à Edutech,
l'école peut annuler sans frais la commande du matériel non livré. Si les locaux ne sont pas
accessibles à la date convenue, un nouveau passage est facturé 95,00 EUR HTVA.

2. À fournir par l'école au plus tard le 15/01/2027 : un accès administrateur délégué au tenant
Microsoft 365 Éducation, la liste des classes et des élèves, les paramètres du réseau Wi-Fi et
un local équipé de prises 16 A pour les chariots.

3. Réception. À la livraison, le référent numérique contrôle dix appareils de son choix
(démarrage, connexion Wi-Fi, session élève, applications). La signature du procès-verbal de
réception vaut acceptation ; les défauts constatés ensuite sont signalés par écrit dans les
8 jours et les appareils concernés sont remplacés dans les 5 jours ouvrables.

4. Prise en main. Deux séances d'une heure pour les enseignants le 27/01/2027 (après les cours),
une fiche d'utilisation d'une page pour les élèves, et une séance à distance pour le référent
numérique sur la console Intune.

5. Service ÉduParc. Il comprend : la gestion des appareils dans Intune ; le déploiement et la
mise à jour des applications à la demande du référent (10 changements par mois au maximum) ;
l'installation mensuelle des mises à jour Windows et la mise à jour annuelle de version en
juillet ; la politique antivirus Defender ; le verrouillage et l'effacement à distance des appareils
perdus ; le helpdesk pour le référent numérique ; la gestion d'un stock de réserve de quatre
appareils (compris dans les 96). Ne sont pas compris : la casse, le vol et les dégâts liés aux
liquides, le support aux élèves et aux parents, les licences Microsoft 365 et le réseau Wi-Fi.
Les réparations non couvertes sont facturées 75,00 EUR HTVA de l'heure plus les pièces, sur devis
préalable accepté par écrit par le référent numérique.

6. Support. Portail support.edutech-solutions.be et 02/705 41 80, du lundi au vendredi de 8h00
à 16h30. Incident bloquant (une classe entière ne peut pas travailler) : prise en charge dans
les 2 heures ouvrables ; autres demandes : le jour ouvrable suivant. Un appareil en panne est
remplacé par un appareil de réserve dans les 2 jours ouvrables, puis réparé sous garantie Dell.

7. Interlocuteurs. Votre gestionnaire de compte est Mme Laura Vanhecke. Nos techniciens sont
certifiés Microsoft 365 Endpoint Administrator. Edutech tient à jour l'inventaire du parc et la
documentation de configuration de l'école, remis au référent numérique à la fin de chaque
année scolaire. Un rapport trimestriel (appareils conformes, mises à jour, tickets, appareils
en réparation) est envoyé au référent et à la direction ; une réunion de bilan a lieu chaque
année en juin avec la direction.

8. Facturation. Le matériel, la préparation et l'installation sont facturés après signature du
procès-verbal de réception. ÉduParc est facturé annuellement à l'avance à partir de la
livraison. Factures payables à 30 jours. Le prix d'ÉduParc est fixe pendant 36 mois.

9. Durée. ÉduParc est conclu pour 36 mois à compter de la livraison et prend fin à son terme,
sans reconduction tacite. L'école peut y mettre fin au 31 août de chaque année moyennant un
préavis écrit de trois mois. À la fin du service, Edutech remet l'export des profils et
configurations Intune (JSON) et l'inventaire des appareils (CSV), et supprime ses accès
administrateur dans les 10 jours ouvrables.

10. Vie privée. Edutech n'accède aux comptes et aux appareils des élèves que pour exécuter le
service et agit comme sous-traitant selon la convention de traitement des données signée le
01/12/2026. Edutech et son personnel sont tenus au secret pour toute information relative aux
élèves et au personnel de l'école.

11. Nos conditions générales de vente, imprimées au verso, s'appliquent à la présente commande.
Droit belge ; tribunaux francophones de Bruxelles.

Pour le pouvoir organisateur                          Pour accord, Edutech Solutions srl
Philippe Lemaire, administrateur délégué              Laura Vanhecke, gestionnaire de compte
Nadia El Amrani, directrice                           Date : 02/12/2026
[signatures et cachet de l'école]                     [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "partial",
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
        "legal.liability": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
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
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 1080,
        "response_time_hours_highest_priority": 2,
    },
)

FR_T15O_VOLUNTEER_PLANNING_DEVELOPMENT = UnseenDocument(
    name="fr_t15o_volunteer_planning_development",
    text="""CONTRAT DE DÉVELOPPEMENT D'UNE APPLICATION WEB
« Planibène » - planification des bénévoles

Entre :
l'ASBL ENTRAIDE MOSANE, rue Pierreuse 41, 4000 Liège, BCE 0445.672.019, représentée par
Mme Monique Dethier, présidente, et M. Jean-Luc Hardy, trésorier, conformément à l'article 14
de ses statuts, ci-après « l'ASBL » ;
et :
CODELIBRE SC, rue Saint-Léonard 180, 4000 Liège, BCE BE 0738.551.604, représentée par
Mme Julie Renard, administratrice, ci-après « Codelibre ».

Contexte
L'ASBL distribue des colis alimentaires dans cinq points (Liège-centre, Seraing, Herstal, Ans et
Flémalle) avec environ 240 bénévoles. Les plannings sont aujourd'hui tenus dans des fichiers
Excel et des groupes WhatsApp. Le projet est cofinancé par un appel à projets qui impose une
mise en service avant le 30/06/2027.

1. Objet et documents
Codelibre développe et met en production pour l'ASBL une application web adaptée aux
smartphones, « Planibène ». Les fonctionnalités sont décrites dans la proposition de Codelibre
du 04/11/2026 (annexe 1), qui fait partie du contrat ; en cas de contradiction, le présent
contrat prévaut. Aucune condition générale de l'une ou l'autre partie ne s'applique.

2. Ce qui est compris et ce qui ne l'est pas
Compris : les fiches des bénévoles (coordonnées, compétences telles que permis C, formation
HACCP, langues) ; l'encodage des disponibilités par les bénévoles ; le planning des permanences
par point et par semaine pour les coordinateurs ; les rappels par e-mail et SMS 48 heures avant
chaque permanence ; les demandes d'échange ; les statistiques d'heures et l'export annuel pour
l'assurance des volontaires ; l'administration des comptes.
Pas compris : des applications mobiles natives, la traduction en néerlandais, le lien avec la
comptabilité de l'ASBL, le coût des SMS (compte de l'ASBL chez son fournisseur) et
l'hébergement, souscrit et payé directement par l'ASBL.

3. Prix et paiement
Le prix forfaitaire est de 18.900,00 EUR HTVA (22.869,00 EUR TVAC), tarif associatif compris.
Il est facturé en trois tranches : 30 % à la signature, 40 % à la livraison de la version bêta
et 30 % à la signature du procès-verbal de réception. Les factures sont payables à 30 jours.
Toute demande qui ne figure pas à l'annexe 1 est chiffrée par Codelibre dans les 5 jours
ouvrables, au tarif associatif de 680,00 EUR HTVA par jour, et n'est réalisée qu'après l'accord
écrit de la coordinatrice et du trésorier de l'ASBL.

4. Planning
- atelier de lancement le 11/01/2027 dans les locaux de l'ASBL ;
- maquettes le 29/01/2027 ;
- version bêta le 15/03/2027 ;
- pilote dans les points de Seraing et d'Herstal du 22/03 au 16/04/2027 ;
- tests de réception du 19/04 au 30/04/2027 ;
- mise en production le 03/05/2027.
Si l'une des parties prend du retard, elles se concertent pour adapter le planning, en tenant
compte de l'échéance du 30/06/2027.

5. Engagements de l'ASBL
L'ASBL désigne Mme Sarah Lejeune, coordinatrice des bénévoles, comme interlocutrice, disponible
une demi-journée par semaine. Elle remet la liste des bénévoles et les plannings en cours
(fichiers Excel) au plus tard le 29/01/2027, valide les maquettes dans les 5 jours ouvrables,
mobilise au moins six bénévoles et coordinateurs pour le pilote, et souscrit l'hébergement
(serveur virtuel chez un hébergeur belge) et le nom de domaine avant le 01/03/2027.

6. Équipe et suivi
Le projet est réalisé par Julie Renard, développeuse principale (neuf ans d'expérience en
PHP/Laravel, trois projets similaires pour des associations), et Hugo Massart, designer
spécialisé en accessibilité. Une démonstration de 30 minutes en visio a lieu toutes les deux
semaines, suivie d'un compte rendu par e-mail (fait, à venir, points ouverts). Les problèmes
non résolus entre Sarah Lejeune et Julie Renard sont portés devant la présidente de l'ASBL et
l'administratrice de Codelibre.

7. Qualité
Le code est versionné et les règles de planning (pas de double réservation, nombre maximal de
permanences) sont couvertes par des tests automatisés. Chaque fonctionnalité est relue par un
second développeur. L'application respecte le niveau AA des WCAG 2.1 (de nombreux bénévoles sont
âgés) et est testée sur les smartphones Android et iPhone des cinq dernières années.

8. Reprise des données et mise en production
Codelibre importe les fiches des bénévoles et les plannings du trimestre en cours à partir des
fichiers Excel de l'ASBL, après dédoublonnage, et remet la liste des lignes rejetées.
Codelibre installe l'application sur le serveur de l'ASBL, configure les sauvegardes
quotidiennes (conservées 30 jours) et le certificat SSL, et la met en production le 03/05/2027.

9. Réception
L'ASBL exécute les scénarios de test de l'annexe 2 pendant la période de réception. Les
anomalies bloquantes sont corrigées avant la mise en production. Le procès-verbal de réception
est signé lorsque tous les scénarios passent sans anomalie bloquante.

10. Formation
Codelibre donne deux sessions de deux heures aux cinq coordinateurs de point et une session au
conseil d'administration, et réalise de courts tutoriels vidéo pour les bénévoles ainsi qu'un
guide d'administration.

11. Garantie et suite
Pendant trois mois après la mise en production, Codelibre corrige gratuitement toute anomalie
signalée à support@codelibre.be : les anomalies bloquantes dans les 2 jours ouvrables, les
autres dans les 15 jours ouvrables. Pendant cette période, Codelibre applique aussi les mises à
jour de sécurité de Laravel et du serveur.
Après la garantie, Codelibre proposera une formule de maintenance (suivi de l'hébergement, mises
à jour, petites évolutions), dont le contenu et le prix seront fixés de commun accord.

12. Propriété et code source
Le code source est déposé dès le premier jour dans le dépôt GitHub de l'ASBL, avec la
documentation technique (installation, modèle de données), afin que l'ASBL puisse faire appel à
un autre prestataire si elle le souhaite. Au paiement de la dernière tranche, les droits
patrimoniaux sur le code spécifique sont cédés à l'ASBL, qui peut le publier sous licence libre.
Codelibre conserve ses composants génériques, publiés sous licence MIT.

13. Données personnelles et confidentialité
L'ASBL est responsable du traitement des données des bénévoles ; Codelibre agit comme
sous-traitant selon la convention de traitement de l'annexe 3. Codelibre n'accède aux données
que pour l'import, la mise en production et la garantie, et supprime les fichiers d'import après
la mise en production. Aucune donnée relative aux bénéficiaires de l'aide alimentaire n'est
traitée. Chaque partie garde confidentielles les informations de l'autre.

14. Responsabilité
La responsabilité de Codelibre est limitée au prix du contrat (18.900,00 EUR HTVA), sauf dol ou
faute grave. Les dommages indirects sont exclus.

15. Fin anticipée
L'ASBL peut mettre fin au contrat à tout moment par écrit, en payant les prestations réalisées
à cette date, évaluées ensemble selon l'avancement. Chaque partie peut résilier le contrat si
l'autre commet un manquement grave non réparé dans les 15 jours d'une mise en demeure.

16. Litiges
Le contrat est régi par le droit belge. En cas de différend, les parties se rencontrent ; à
défaut d'accord dans les 30 jours, elles font appel à un médiateur agréé par la Commission
fédérale de médiation avant toute action en justice. Si la médiation échoue, les tribunaux de
Liège, division Liège, sont compétents.

Fait à Liège, le 03/12/2026, en deux exemplaires.

Pour l'ASBL Entraide Mosane                         Pour Codelibre SC
Monique Dethier, présidente                         Julie Renard, administratrice
Jean-Luc Hardy, trésorier
[signatures]                                        [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
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
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "partial",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.termination": "covered",
        "exit.transition": "missing",
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
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)

DOCUMENTS = [
    FR_T15O_INVOICING_SOFTWARE_GENERAL_TERMS,
    FR_T15O_WATER_METER_APP_MAINTENANCE,
    FR_T15O_SCHOOL_LAPTOPS_PURCHASE_ORDER,
    FR_T15O_VOLUNTEER_PLANNING_DEVELOPMENT,
]
