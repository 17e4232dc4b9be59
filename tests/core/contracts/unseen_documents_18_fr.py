"""Held-out batch 18, French documents: a short quote sent by e-mail by a Namur web agency for a
hairdressing salon's showcase site with online booking and a monthly hosting/booking subscription
(empty "bon pour accord" line, acceptance by e-mail), a formal contract by which a Liège supplier
provides a cashless payment system (NFC wristbands, terminals, on-site team) for a summer festival
run by an ASBL (signed by both parties), a convention by which a Walloon commune takes a SaaS
platform for online ordering and payment of school meals after a public procurement (36 months,
signed by both parties), and a service-level annex to a subscription to a teleconsultation
platform for a Brussels medical centre (signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions: months =
30 days for notice and warranty; response time of the highest priority in hours (working hours
counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty client signature line
is a partial signature and raises risk.unsigned.
"""

from .unseen_documents import UnseenDocument

FR_B18_SALON_BOOKING_SITE_QUOTE = UnseenDocument(
    name="fr_b18_salon_booking_site_quote",
    text="""De : Julie Marchal <julie@pixelmeuse.be>
À : Sandrine Collard <contact@atelier-sandrine.be>
Objet : Devis site internet + réservation en ligne - Atelier Sandrine
Date : 02/12/2026

Bonjour Madame Collard,

Merci encore pour votre accueil au salon mardi. Comme promis, voici notre devis pour le nouveau
site de l'Atelier Sandrine avec la prise de rendez-vous en ligne.

DEVIS n° PM-2026-187 (valable 30 jours)

1. Ce que nous réalisons
- un site vitrine de 5 pages (accueil, prestations et tarifs, équipe, galerie, contact),
  adapté aux smartphones, en français ;
- le module de réservation en ligne : vos clientes choisissent la prestation, la coiffeuse et
  le créneau ; l'agenda est consultable sur la tablette du salon ;
- les rappels automatiques par SMS la veille du rendez-vous (200 SMS par mois compris) ;
- l'import de votre fichier clientes actuel (fichier Excel exporté de votre ancien agenda) ;
- la mise en ligne sur votre nom de domaine atelier-sandrine.be.

Ne sont pas compris : les photos professionnelles, la rédaction des textes, le logo, la
traduction en néerlandais et le paiement en ligne des acomptes.

2. Prix (HTVA)
- Création du site : 2.450,00 EUR
- Mise en place du module de réservation et paramétrage de vos prestations : 350,00 EUR
- Abonnement mensuel (hébergement, licence du module, sauvegardes, mises à jour, SMS) :
  39,00 EUR par mois
- SMS au-delà de 200 par mois : 0,09 EUR par SMS

Le prix de l'abonnement peut être adapté par nos soins une fois par an, moyennant information un
mois à l'avance.

Les demandes qui sortent de ce devis (pages en plus, boutique de bons cadeaux...) sont facturées
à 65,00 EUR de l'heure. Je vous envoie toujours un petit devis avant et nous ne commençons
qu'après votre accord.

3. Déroulement
Vous nous envoyez vos textes, photos et la liste de vos prestations (avec durée et prix) dans les
deux semaines de votre accord. Nous mettons le site en ligne au plus tard quatre semaines après
réception de ces éléments. Avant la mise en ligne, vous testez le site et les réservations
pendant une semaine ; nous corrigeons vos remarques et nous ne publions qu'avec votre feu vert.

Je passe ensuite une heure au salon pour vous montrer, à vous et à votre équipe, comment gérer
l'agenda et modifier les tarifs. Vous recevez aussi un petit mode d'emploi en PDF.

Les corrections d'erreurs sur ce que nous avons réalisé sont gratuites pendant 3 mois après la
mise en ligne.

Votre interlocutrice reste moi-même ; le développement est assuré par mon collègue Thomas Renard.

4. Après la mise en ligne
L'abonnement comprend l'hébergement, une sauvegarde chaque nuit, les mises à jour de WordPress,
du module et les correctifs de sécurité. Pour toute question, vous nous joignez par e-mail
(support@pixelmeuse.be) ou au 081/24 67 13 du lundi au vendredi de 9h à 17h. Nous vous répondons
en général dans la journée.

L'abonnement est conclu pour 12 mois à partir de la mise en ligne. Ensuite, il continue de mois
en mois et vous pouvez l'arrêter à tout moment avec un préavis d'un mois, par simple e-mail.
Si vous arrêtez, nous vous envoyons l'export complet de vos clientes et de vos rendez-vous au
format CSV, et nous transférons votre nom de domaine où vous le souhaitez.

Les textes, photos et le contenu du site vous appartiennent. Le thème et le module de réservation
restent sous licence et ne peuvent être utilisés que pendant l'abonnement.

Le module de réservation traite les données de vos clientes (nom, téléphone, e-mail) : vous
trouverez en pièce jointe notre convention de sous-traitance RGPD, que nous signons avec le devis.

Notre responsabilité est limitée au montant facturé au cours des douze derniers mois.

5. Paiement
40 % d'acompte à l'accord, le solde à la mise en ligne. L'abonnement est facturé chaque mois.
Nos factures sont payables à 15 jours.

Nos conditions générales, jointes, s'appliquent à ce devis.

Pour accord, il vous suffit de me répondre par e-mail ou de me renvoyer ce devis signé :

Bon pour accord (date, nom, signature) : ..........................................

Au plaisir de travailler pour vous !

Julie Marchal
PixelMeuse srl - rue de Fer 22, 5000 Namur - BE 0761.402.917
""",
    items={
        "agreement.signed_both": "partial",
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
        "team.seniority": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 90,
    },
)

FR_B18_FESTIVAL_CASHLESS_CONTRACT = UnseenDocument(
    name="fr_b18_festival_cashless_contract",
    text="""CONTRAT DE PRESTATION DE SERVICES
Système de paiement cashless - Festival des Hautes Fagnes 2027
Réf. TKP-2027-009

ENTRE
TOKAPAY srl, dont le siège est établi rue Saint-Gilles 58, 4000 Liège, BCE BE 0738.551.206,
représentée par M. Nicolas Thiry, administrateur délégué, ci-après « le Prestataire »,

ET
FESTIVAL DES HAUTES FAGNES asbl, dont le siège est établi route de Botrange 12, 4950 Waimes,
BCE BE 0458.663.019, représentée par Mme Laurence Schmitz, présidente, ci-après « le Client ».

Article 1 - Objet et documents contractuels
1.1 Le Prestataire fournit au Client un système de paiement sans espèces (« cashless ») pour
l'édition 2027 du festival, qui se tient du 9 au 11 juillet 2027 à Waimes.
1.2 Font partie du contrat, par ordre de priorité décroissant : le présent contrat ; l'offre du
Prestataire n° OF-TKP-26-144 du 18/11/2026 (annexe 1) ; le plan d'implantation (annexe 2) ; la
convention de sous-traitance (annexe 3). Les conditions générales du Prestataire ne s'appliquent
pas.

Article 2 - Prestations
2.1 Le forfait comprend :
  a) la location de 60 terminaux de paiement NFC pour les bars et stands, de 8 bornes de
     rechargement (espèces, Bancontact, carte de crédit) et de 3.500 bracelets NFC personnalisés ;
  b) l'accès à la plateforme de gestion (carte des produits, prix, rapports de ventes) ;
  c) le paramétrage de la carte des boissons et de la nourriture ;
  d) la livraison, l'installation et la désinstallation sur le site ;
  e) la présence sur site d'une équipe de quatre techniciens pendant les trois jours du festival ;
  f) la formation des bénévoles affectés aux bars et aux bornes ;
  g) le remboursement en ligne des soldes non utilisés des festivaliers pendant quatre semaines.
2.2 Ne sont pas compris : la connexion internet et l'alimentation électrique du site, les
commissions perçues par l'acquéreur pour les paiements par carte, et le gardiennage du matériel.

Article 3 - Prix
3.1 Le prix forfaitaire total s'élève à 19.050,00 EUR HTVA, soit :
  - frais de mise en place et de paramétrage : 4.800,00 EUR HTVA ;
  - location du matériel, bracelets et équipe sur site : 14.250,00 EUR HTVA.
3.2 L'accès à la plateforme de gestion en dehors de la période du festival (prévente de tickets
boissons, de mars à octobre 2027) est facturé 95,00 EUR HTVA par mois.
3.3 Tout technicien supplémentaire ou toute prestation non prévue à l'article 2 est facturé au
tarif de 480,00 EUR HTVA par jour et par technicien, uniquement sur bon de commande écrit du
Client signé par sa présidente ou son coordinateur.
3.4 Les prix sont fermes pour l'édition 2027.

Article 4 - Facturation et paiement
30 % du prix forfaitaire sont facturés à la signature, 50 % le 15 juin 2027 et le solde après la
désinstallation. Les factures sont payables à 30 jours de la date de facture.

Article 5 - Calendrier
  - réunion de lancement : au plus tard le 1er avril 2027 ;
  - remise par le Client de la liste des points de vente et des prix : au plus tard le 1er juin ;
  - paramétrage validé : au plus tard le 20 juin ;
  - installation sur site : 7 juillet ; test à blanc : 8 juillet ;
  - désinstallation : 12 juillet 2027.

Article 6 - Obligations du Client
Le Client fournit dans les délais de l'article 5 la liste des points de vente et des prix, met à
disposition sur le site une connexion 4G/wifi et l'alimentation électrique de chaque point de
vente conformément à l'annexe 2, un local fermé pour le stockage du matériel, et réunit au moins
quarante bénévoles pour les sessions de formation du 8 juillet.

Article 7 - Retard
7.1 Si le Client remet la liste des points de vente ou des prix après le 1er juin, le Prestataire
n'est plus tenu par le calendrier pour le paramétrage et facture les heures supplémentaires au
tarif de l'article 3.3, après accord du Client.
7.2 Si le système n'est pas opérationnel à l'ouverture des portes le 9 juillet pour une cause
imputable au Prestataire, celui-ci doit une pénalité de 500,00 EUR par heure de retard, plafonnée
à 10 % du prix forfaitaire.

Article 8 - Équipe
8.1 Le chef de projet du Prestataire est Mme Aurélie Jacquet ; le responsable de l'équipe sur site
est M. Kevin Lejeune. Les techniciens sur site ont chacun encadré au moins deux festivals de plus
de 5.000 visiteurs.
8.2 Le Client désigne son coordinateur bars, M. Pierre Heinen, comme interlocuteur unique.

Article 9 - Suivi
9.1 Une réunion de suivi se tient chaque mois d'avril à juin 2027 entre la cheffe de projet et le
coordinateur du Client. Pendant le festival, un point est fait chaque jour à 11h00 ; tout
problème non résolu par le responsable sur site est porté à M. Thiry, joignable en permanence.
9.2 Le Prestataire remet chaque jour du festival, à 10h00, un rapport des ventes de la veille par
point de vente, et, dans les dix jours suivant le festival, un rapport final (ventes, recharges,
incidents, soldes remboursés).

Article 10 - Réception et formation
10.1 Le test à blanc du 8 juillet se fait en présence du Client sur chaque point de vente. Un
procès-verbal de réception est signé par les deux parties ; les réserves éventuelles sont levées
avant l'ouverture des portes.
10.2 Le Prestataire forme les bénévoles en deux sessions d'une heure le 8 juillet et remet à
chaque responsable de bar un aide-mémoire plastifié.

Article 11 - Service pendant le festival
11.1 L'équipe technique est présente sur le site de 10h00 à 03h00 chaque jour du festival et
joignable par radio et au 04/290 11 57.
11.2 Le Prestataire intervient à un point de vente en panne dans les 15 minutes de l'appel et
remplace tout terminal défectueux dans les 30 minutes ; 10 terminaux de réserve sont gardés sur
le site.
11.3 La plateforme de paiement et de rechargement est disponible à 99,5 % pendant les heures
d'ouverture du festival. En dessous de ce taux, le Prestataire accorde une réduction de 10 % du
montant de la location par tranche entamée de 0,5 % en dessous du seuil.

Article 12 - Durée et annulation
12.1 Le contrat prend effet à sa signature et prend fin le 31 décembre 2027. Il n'est pas
reconduit.
12.2 Si le festival est annulé, le Client peut résilier le contrat par lettre recommandée : avant
le 1er mai 2027, moyennant le paiement des frais de mise en place déjà engagés ; après cette date,
moyennant 30 % du prix forfaitaire. En cas d'annulation pour force majeure, seuls les frais
réellement exposés sont dus.
12.3 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie non
réparé dans les quinze jours d'une mise en demeure.

Article 13 - Données
13.1 Dans les trente jours suivant le festival, le Prestataire remet au Client l'export complet des
transactions et des recharges au format CSV, sans frais. Les données sont ensuite supprimées
au plus tard six mois après le festival.
13.2 Pour le remboursement des soldes, le Prestataire traite les données des festivaliers (nom,
e-mail, IBAN) en qualité de sous-traitant du Client, conformément à l'annexe 3 (article 28 RGPD).

Article 14 - Propriété intellectuelle et confidentialité
14.1 La plateforme et le logiciel des terminaux restent la propriété du Prestataire ; le Client en
reçoit un droit d'usage non exclusif pour la durée du contrat. Le logo et la charte graphique du
festival restent la propriété du Client.
14.2 Chaque partie garde confidentielles les informations de l'autre, en particulier les chiffres
de ventes, pendant le contrat et trois ans après sa fin.

Article 15 - Responsabilité
La responsabilité du Prestataire est limitée au prix forfaitaire de l'article 3.1, sauf dol ou
faute grave. Le Prestataire ne répond pas de la perte de chiffre d'affaires due à une panne de la
connexion internet ou de l'alimentation électrique fournies par le Client.

Article 16 - Litiges
Les parties cherchent d'abord une solution amiable par une concertation entre leurs
représentants pendant quinze jours, puis, à défaut, par une médiation auprès d'un médiateur agréé.
Le contrat est soumis au droit belge. À défaut d'accord, les tribunaux de Liège, division
Verviers, sont seuls compétents.

Fait à Waimes, le 04/12/2026, en deux exemplaires.

Pour TOKAPAY srl                              Pour FESTIVAL DES HAUTES FAGNES asbl
Nicolas Thiry, administrateur délégué         Laurence Schmitz, présidente
(signé)                                       (signé)
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.5,
    },
)

FR_B18_SCHOOL_MEAL_ORDERING_CONVENTION = UnseenDocument(
    name="fr_b18_school_meal_ordering_convention",
    text="""COMMUNE DE GEMBLOUX-SUR-ORNEAU
Service de l'Enseignement

CONVENTION D'UTILISATION DE LA PLATEFORME « CANTINET »
Commande et paiement en ligne des repas scolaires

Entre
la Commune de Gembloux-sur-Orneau, représentée par son Collège communal, pour lequel agissent
Mme Anne-Sophie Delvaux, Bourgmestre, et M. Jean-Marc Dufrasne, Directeur général, en exécution
de la délibération du Collège du 24 novembre 2026, ci-après « la Commune »,

et
EDUSOFT WALLONIE sa, rue de l'Industrie 9, 1400 Nivelles, BCE BE 0449.287.630, représentée par
M. François Lambotte, directeur commercial, ci-après « le Prestataire ».

Préambule
La présente convention fait suite au marché public de services passé par procédure négociée sans
publication préalable (cahier spécial des charges n° 2026/ENS/014). Les documents du marché
s'appliquent dans l'ordre suivant : le cahier spécial des charges, la présente convention, l'offre
du Prestataire du 12 septembre 2026. Les conditions générales du Prestataire sont exclues.

Article 1 - Objet
Le Prestataire met à la disposition de la Commune, pour ses sept écoles communales, la plateforme
CantiNet, qui permet aux parents de commander et payer en ligne les repas chauds, potages et
garderies, et aux cuisines de connaître chaque jour le nombre de repas à préparer.

Article 2 - Services compris
L'abonnement comprend l'hébergement de la plateforme, les sauvegardes quotidiennes, la
maintenance corrective, les mises à jour et le support aux secrétariats des écoles et au service
de l'Enseignement. Les mises à jour sont annoncées cinq jours ouvrables à l'avance et ne sont pas
installées pendant les heures de commande (6h00-9h00). Ne sont pas compris : l'assistance
téléphonique directe aux parents (une aide en ligne et une adresse e-mail leur sont offertes) et
les frais de transaction du paiement en ligne, qui sont à charge des parents.

Article 3 - Mise en service
3.1 Le Prestataire importe les listes d'élèves et de classes à partir de l'export du logiciel de
gestion scolaire de la Commune, ainsi que les soldes des cartes repas prépayées en cours.
3.2 La Commune fournit ces fichiers au plus tard le 8 janvier 2027. Elle communique ensuite les
menus de chaque mois au plus tard le 20 du mois précédent.
3.3 Une école pilote utilise la plateforme du 18 au 29 janvier 2027. À la fin de cette période,
la Commune confirme par écrit la mise en production ou communique ses remarques, que le
Prestataire traite avant l'ouverture aux autres écoles.
3.4 L'ouverture aux parents des sept écoles est prévue le 1er février 2027.
3.5 Le Prestataire forme les secrétariats et le personnel des cuisines lors de deux demi-journées
en janvier 2027 et met à la disposition des parents des tutoriels vidéo.

Article 4 - Prix
4.1 Frais de mise en service (paramétrage, import des données, formation) : 2.900,00 EUR HTVA.
4.2 Abonnement annuel pour les sept écoles : 4.380,00 EUR HTVA.
4.3 Le prix de l'abonnement est révisé chaque année au 1er février selon la formule
p = P x (0,20 + 0,80 x S/S0), où S est l'indice Agoria des salaires.
4.4 Les développements spécifiques demandés par la Commune font l'objet d'une offre préalable du
Prestataire et ne sont exécutés qu'après approbation par le Collège communal.

Article 5 - Facturation
Les frais de mise en service sont facturés après la confirmation de mise en production.
L'abonnement est facturé annuellement, par anticipation, au 1er février. Les factures sont
payables dans les 30 jours de leur réception.

Article 6 - Support et disponibilité
6.1 Le support est joignable les jours ouvrables de 8h30 à 16h30 au 067/55 20 80 et par e-mail à
cantinet@edusoft.be.
6.2 Le Prestataire s'efforce de répondre aux demandes dans les meilleurs délais et met tout en
œuvre pour assurer une disponibilité maximale de la plateforme, en particulier pendant les
heures de commande.
6.3 La personne de contact de la Commune au sein du Prestataire est M. Grégory Hennaux, chef de
projet.

Article 7 - Suivi
Une réunion d'évaluation se tient une fois par an, avant la fin de l'année scolaire, entre le
Prestataire, l'Échevine de l'Enseignement et le service de l'Enseignement.

Article 8 - Durée et fin
8.1 La convention est conclue pour une durée de trente-six mois à compter du 1er février 2027.
Elle n'est pas reconduite tacitement ; une éventuelle prolongation fait l'objet d'une décision
écrite du Collège communal.
8.2 La Commune peut mettre fin à la convention à la fin de chaque année scolaire, moyennant un
préavis de trois mois notifié par lettre recommandée.
8.3 À la fin de la convention, le Prestataire remet à la Commune, dans les quinze jours, un export
complet des élèves, commandes, paiements et soldes au format CSV, puis supprime les données. Il
assiste la Commune, aux prix de son offre, pendant trois mois au plus, pour le passage vers une
autre solution et maintient la plateforme accessible pendant cette période.

Article 9 - Données et confidentialité
9.1 Les données encodées restent la propriété de la Commune. Le Prestataire agit en qualité de
sous-traitant au sens de l'article 28 du RGPD, selon la convention de sous-traitance annexée ; les
données sont hébergées dans l'Union européenne.
9.2 Le Prestataire et son personnel gardent strictement confidentielles les informations dont ils
ont connaissance, notamment sur les élèves et leurs familles.
9.3 La Commune reçoit un droit d'utilisation non exclusif de la plateforme pour la durée de la
convention.

Article 10 - Responsabilité
La responsabilité du Prestataire est régie par les règles générales d'exécution des marchés
publics.

Article 11 - Droit applicable
La convention est soumise au droit belge. Les tribunaux de l'arrondissement de Namur sont seuls
compétents.

Fait à Gembloux-sur-Orneau, le 01/12/2026, en deux exemplaires.

Pour la Commune,                                   Pour EDUSOFT WALLONIE sa,
Le Directeur général,     La Bourgmestre,          François Lambotte, directeur commercial
J.-M. Dufrasne            A.-S. Delvaux
(signé)                   (signé)                  (signé)
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
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
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
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "notice_period_days": 90,
        "payment_term_days": 30,
    },
)

FR_B18_TELECONSULTATION_SLA_ANNEX = UnseenDocument(
    name="fr_b18_teleconsultation_sla_annex",
    text="""ANNEXE 2 - NIVEAUX DE SERVICE (SLA)
au contrat d'abonnement n° MDL-2026-118 entre MEDILINK srl (« le Prestataire ») et
MAISON MÉDICALE DU PARVIS asbl, parvis de Saint-Gilles 31, 1060 Bruxelles (« le Client »)

1. Services couverts
1.1 La présente annexe s'applique à la plateforme MediLink : téléconsultation vidéo, agenda en
ligne des praticiens et messagerie sécurisée avec les patients.
1.2 Le Prestataire propose deux formules de support : « Essentiel » (support par portail, jours
ouvrables) et « Plus » (support étendu, gestionnaire de compte, formation continue). Le Client a
souscrit la formule Plus pour 12 praticiens, au prix de 249,00 EUR HTVA par mois.
1.3 La formule Plus comprend une session de formation en ligne d'une heure par mois pour les
nouveaux praticiens et le personnel d'accueil.

2. Heures et canaux de support
Le support est joignable du lundi au vendredi de 8h00 à 19h00 et le samedi de 9h00 à 13h00, hors
jours fériés, par téléphone au 02/808 41 20 et par le portail support.medilink.be. Les incidents
de priorité 1 sont signalés par téléphone.

3. Priorités, délais de réponse et de résolution
| Priorité | Définition                                          | Réponse       | Résolution ou contournement |
| P1       | plateforme indisponible pour tous les utilisateurs  | 30 minutes    | 4 heures                    |
| P2       | fonction majeure indisponible (vidéo, agenda)       | 2 heures      | 1 jour ouvrable             |
| P3       | autre anomalie, question                            | 1 jour ouvrable | version suivante          |
Les délais courent pendant les heures de support, sauf pour la priorité 1, dont les délais
courent 24 heures sur 24, 7 jours sur 7.

4. Disponibilité
4.1 Le Prestataire garantit une disponibilité de la plateforme de 99,7 % par mois calendrier,
hors maintenance planifiée.
4.2 La maintenance planifiée est limitée à quatre heures par mois, annoncée cinq jours ouvrables
à l'avance et réalisée entre 22h00 et 6h00. Les correctifs de sécurité critiques sont installés
dans les 72 heures de leur publication ; les nouvelles versions sont décrites dans des notes de
version envoyées au Client.

5. Crédits de service
Si la disponibilité mensuelle est inférieure à 99,7 %, le Prestataire accorde un crédit de 10 %
de la redevance du mois concerné ; en dessous de 99,0 %, 25 % ; en dessous de 97,0 %, 50 %. Le
crédit est déduit de la facture suivante sans que le Client doive le demander. Si la
disponibilité est inférieure à 97,0 % pendant deux mois consécutifs, le Client peut résilier le
contrat d'abonnement sans indemnité, moyennant un préavis de trente jours.

6. Rapports et suivi
6.1 Le Prestataire envoie avant le 10 de chaque mois un rapport de service : disponibilité
mesurée, incidents par priorité, délais de réponse et de résolution réalisés, crédits accordés.
6.2 Une revue de service se tient tous les six mois entre le gestionnaire de compte et la
coordinatrice de la maison médicale.
6.3 Escalade : niveau 1, helpdesk ; niveau 2, Mme Nathalie Verbeke, responsable du service
client (0475/61 22 09) ; niveau 3, M. Bart De Smedt, directeur.

7. Connaissance du Client
Un gestionnaire de compte dédié, M. Youssef Amrani, suit le Client. Le Prestataire tient à jour
une fiche de configuration du Client (praticiens, postes d'accueil, lien avec le logiciel de
dossier médical, paramètres de l'agenda), consultée à chaque appel.

8. Obligations du Client
Le Client désigne une personne de contact pour le support, signale les incidents via les canaux
de l'article 2, et utilise des postes et navigateurs figurant dans la liste des configurations
supportées, mise à jour chaque trimestre par le Prestataire.

9. Interventions hors périmètre
Les interventions qui ne relèvent pas de la présente annexe (par exemple la configuration des
postes du Client) sont facturées à 95,00 EUR HTVA de l'heure, après accord écrit du Client sur un
devis.

10. Sécurité et données
10.1 Les données (dont des données de santé) sont hébergées en Belgique, dans un centre certifié
ISO 27001, chiffrées au repos et en transit. Les accès du personnel du Prestataire sont
journalisés. Une sauvegarde est réalisée chaque nuit et conservée 30 jours.
10.2 Le Prestataire traite ces données en qualité de sous-traitant, conformément à la convention
de traitement (annexe 3) : il n'agit que sur instruction du Client, notifie toute violation dans
les 24 heures et n'a recours à aucun sous-traitant ultérieur hors de l'Union européenne.
10.3 Le personnel du Prestataire est tenu à la confidentialité sur toutes les informations
relatives aux patients et au Client.

11. Durée
La présente annexe suit la durée du contrat d'abonnement. En fin de contrat, les données du
Client sont traitées conformément à l'article 12 du contrat d'abonnement.

Fait à Bruxelles, le 27/11/2026.

Pour MEDILINK srl                         Pour la MAISON MÉDICALE DU PARVIS asbl
Bart De Smedt, directeur                  Dr Hélène Moreau, coordinatrice médicale
(signé)                                   (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "timing.planning": "missing",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.transition": "missing",
        "exit.data_return": "partial",
        "exit.escrow": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
    },
    figures={
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

FR_DOCUMENTS = [
    FR_B18_SALON_BOOKING_SITE_QUOTE,
    FR_B18_FESTIVAL_CASHLESS_CONTRACT,
    FR_B18_SCHOOL_MEAL_ORDERING_CONVENTION,
    FR_B18_TELECONSULTATION_SLA_ANNEX,
]
