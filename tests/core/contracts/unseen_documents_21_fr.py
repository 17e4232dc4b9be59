"""Held-out batch 21, French documents: an e-mail quote from a small Liège web agency for a riding
school's website with online booking of lessons and holiday courses, accepted by the client's
e-mail reply; a long formal maintenance contract for a sawmill's production-tracking software in
the province of Luxembourg (36 months, tacit renewal, escrow, signed by both parties); special
conditions for renting IT equipment and a temporary Wi-Fi network for a medical congress at Namur
Expo (supplier's general terms prevail, signed by both parties); and a Brussels agency's engagement
letter for SEO and Google Ads management for an Ardennes campsite (12 months, tacit renewal, empty
"bon pour accord" line for the client).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions: months =
30 days for notice and warranty; response time of the highest priority in hours (working hours
counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty client signature line
raises risk.unsigned (an empty "bon pour accord" line for the client is a partial signature).
"""

from .unseen_documents import UnseenDocument

FR_B21_RIDING_SCHOOL_BOOKING_SITE_QUOTE = UnseenDocument(
    name="fr_b21_riding_school_booking_site_quote",
    text="""De : Isabelle Gérard <contact@manege-des-tilleuls.be>
À : Manon Delvaux <manon@pixelmeuse.be>
Date : vendredi 20 novembre 2026 21:07
Objet : RE: Devis site + réservations Manège des Tilleuls - DV-2026-118

Bonjour Manon,

On en a parlé avec Jean-Marc ce soir : c'est ok pour nous, on part sur votre devis DV-2026-118 tel
quel. Vous pouvez envoyer la facture d'acompte. Je vous prépare les textes et les photos.

Belle soirée,
Isabelle
Manège des Tilleuls - Chemin du Tilleul 4, 4130 Esneux - 0475/61 28 90

-----Message d'origine-----
De : Manon Delvaux <manon@pixelmeuse.be>
Envoyé : mardi 17 novembre 2026 10:14
À : Isabelle Gérard <contact@manege-des-tilleuls.be>
Objet : Devis site + réservations Manège des Tilleuls - DV-2026-118

Bonjour Isabelle,

Merci encore pour l'accueil samedi au manège (et pour le café !). Comme promis, voici notre devis
pour le nouveau site avec la réservation des cours et des stages en ligne.

Ce qu'on vous propose
- un site WordPress responsive de 6 pages (accueil, le manège, cours, stages, pension, contact),
  sur la base d'un thème existant adapté à vos couleurs et à votre logo ;
- un module de réservation des cours collectifs et des stages de vacances : calendrier des
  reprises, nombre de places par reprise et par niveau, inscription en ligne avec paiement par
  Bancontact (via Mollie), cartes de 10 leçons, e-mail de confirmation et rappel la veille ;
- un espace "admin" pour vous et les monitrices : liste des inscrits par reprise, annulations,
  export Excel ;
- la reprise de vos 140 cavaliers actuels depuis votre fichier Excel (nom, niveau, cartes en
  cours), qu'on importe et qu'on vérifie avec vous ;
- une demi-journée de formation chez vous pour vous et deux monitrices, avec un petit mode
  d'emploi PDF de l'espace admin.

Pas compris : les textes et les photos (c'est vous qui les fournissez, on peut vous recommander un
photographe), les frais Mollie (environ 0,39 EUR par paiement Bancontact, facturés directement par
Mollie), la gestion des pensionnaires et la facturation des pensions, qu'on pourra voir plus tard.

Prix (HTVA)
Création du site et intégration du thème ............... 2.400,00 EUR
Module de réservation et paiement en ligne .............. 1.850,00 EUR
Reprise des cavaliers (import Excel) ....................   250,00 EUR
Formation (1/2 jour) et mode d'emploi ...................   300,00 EUR
Total ................................................... 4.800,00 EUR HTVA

Hébergement, nom de domaine, certificat SSL, sauvegarde quotidienne et mises à jour de WordPress,
du thème et des plugins (y compris les correctifs de sécurité) : 35,00 EUR HTVA par mois, facturés
par an (420,00 EUR). Ce forfait court pour 12 mois à partir de la mise en ligne et se prolonge
ensuite d'année en année ; vous pouvez l'arrêter quand vous voulez par un simple mail au moins un
mois avant la date anniversaire.

Les modifs en dehors de ce devis sont facturées 65,00 EUR HTVA de l'heure : on vous envoie d'abord
une estimation par mail et on ne commence qu'après votre accord.

Planning
Si vous validez avant le 27/11, on démarre la première semaine de décembre : maquette de la page
d'accueil pour le 11/12, site complet sur notre serveur de test pour le 15/01, mise en ligne fin
janvier, à temps pour les inscriptions aux stages de Carnaval. Pour tenir ce planning, on a besoin
de vos textes, de vos photos, de la liste des reprises et de vos tarifs pour le 18/12 au plus
tard ; sinon la mise en ligne glisse d'autant.

Vous testez le site pendant une semaine (inscriptions et paiements de test compris) et vous nous
renvoyez vos remarques ; on corrige, et la mise en ligne se fait seulement avec votre feu vert.
Après la mise en ligne, on corrige gratuitement pendant 3 mois tout ce qui ne fonctionne pas comme
prévu dans ce devis.

Je reste votre interlocutrice pour tout le projet ; c'est Hugo, notre développeur, qui réalise le
module de réservation. Pour le support : un mail à support@pixelmeuse.be ou un coup de fil au
04/250 71 36, en semaine de 9h à 17h. On répond en principe le jour même.

Paiement : 40 % à l'acceptation du devis, 60 % à la mise en ligne, factures à 15 jours.

Le site et ses contenus vous appartiennent une fois la facture finale payée (le thème et le plugin
de réservation restent sous leur licence GPL). Si un jour vous changez de prestataire, on vous
remet gratuitement une copie complète du site et de la base de données (fichiers et export SQL),
ainsi que la liste des cavaliers et des réservations au format Excel.

Les données de vos cavaliers (dont beaucoup de mineurs) restent les vôtres ; elles sont hébergées
chez OVH en France. On vous enverra avec la facture d'acompte notre convention de sous-traitance
RGPD (article 28), à nous renvoyer signée avant l'import du fichier.

Au plaisir de galoper sur ce projet avec vous !

Manon Delvaux
PixelMeuse - atelier web
Rue Saint-Gilles 58, 4000 Liège - BE 0791.334.520
""",
    items={
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.knowledge_transfer": "covered",
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
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 90,
    },
)

FR_B21_SAWMILL_PRODUCTION_TRACKING_MAINTENANCE = UnseenDocument(
    name="fr_b21_sawmill_production_tracking_maintenance",
    text="""CONTRAT DE MAINTENANCE ET D'ASSISTANCE
Logiciel de suivi de production TracBois - Réf. SYL-MNT-2026-014

ENTRE
SYLVASOFT srl, éditeur de logiciels pour la filière bois, rue de la Scierie 3, 6900
Marche-en-Famenne, BCE BE 0654.880.217, représentée par M. Grégory Collignon, administrateur
délégué, ci-après « le Prestataire »,

ET
SCIERIE LAMBERT & FILS sa, Zoning de Burtonville 12, 6690 Vielsalm, BCE BE 0428.113.906,
représentée par M. Pierre Lambert, administrateur délégué, ci-après « le Client ».

PRÉAMBULE
Le Client utilise depuis 2021 le logiciel TracBois, sous licence perpétuelle concédée par le
Prestataire, pour le suivi de sa production : réception et cubage des grumes, affectation aux
lignes de sciage, séchoirs, étiquetage des colis, traçabilité PEFC/FSC et expéditions. Le présent
contrat remplace le contrat de maintenance SYL-MNT-2021-006 qui prend fin le 31/12/2026.

Article 1 - Documents contractuels
1.1 Le contrat comprend le présent document, l'annexe 1 (description de l'installation : serveur,
douze postes, quatre terminaux de scannage et deux imprimantes d'étiquettes), l'offre du
Prestataire n° SY-26-077 du 02/11/2026 (annexe 2) et la convention de sous-traitance (annexe 3).
1.2 En cas de contradiction, le présent document prévaut sur ses annexes, puis sur les conditions
générales du Prestataire. Les conditions générales d'achat du Client ne s'appliquent pas.

Article 2 - Objet et périmètre
2.1 La maintenance comprend : (a) la maintenance corrective du logiciel TracBois et de ses
interfaces avec le scanner de grumes et le logiciel comptable du Client ; (b) la fourniture et
l'installation des nouvelles versions, mineures et majeures, et des correctifs de sécurité ;
(c) l'assistance téléphonique et à distance aux utilisateurs ; (d) deux visites préventives par an
sur site (contrôle des bases de données, des journaux et des sauvegardes, nettoyage des index).
2.2 Sont exclus : le matériel (serveur, terminaux, imprimantes) et sa réparation, le réseau et le
système d'exploitation, la formation de nouveaux opérateurs, les développements spécifiques et
les interventions rendues nécessaires par une modification du système faite par le Client ou un
tiers. Ces prestations peuvent être commandées séparément selon l'article 9.3.

Article 3 - Démarrage
Le Prestataire réalise au plus tard le 29/01/2027 un état des lieux de l'installation (versions,
paramétrage, sauvegardes, performances des postes de scannage) et remet au Client un rapport
dans les quinze jours qui suivent, avec ses recommandations. La mise à niveau vers la version 6 de
TracBois est planifiée d'un commun accord au cours du premier semestre 2027.

Article 4 - Assistance
4.1 Le service d'assistance est joignable du lundi au vendredi de 7h00 à 17h00 et le samedi de
7h00 à 12h00, hors jours fériés, au 084/37 52 10, par e-mail à support@sylvasoft.be ou via le
portail client. En dehors de ces heures, un numéro de garde (0497/82 14 66) est réservé aux
incidents de priorité 1.
4.2 Les demandes sont classées comme suit :
  - Priorité 1 : arrêt de la réception des grumes, de l'étiquetage ou des expéditions ;
    prise en charge dans l'heure, solution de contournement dans les 4 heures, correction
    définitive dans les 5 jours ouvrables.
  - Priorité 2 : fonction importante perturbée sans arrêt de la production ; prise en charge
    dans les 4 heures ouvrables, correction dans les 3 jours ouvrables.
  - Priorité 3 : question, anomalie mineure ; réponse le jour ouvrable suivant, correction dans
    la version suivante.
4.3 Les délais courent à partir de l'appel ou de l'enregistrement de la demande sur le portail.
Le Prestataire intervient à distance via l'accès VPN mis à sa disposition ; si nécessaire, un
technicien se déplace sur site dans les huit heures ouvrables pour une priorité 1.

Article 5 - Compensations
Si la solution de contournement d'un incident de priorité 1 n'est pas fournie dans le délai de
4 heures, le Client obtient un avoir de 5 % de la redevance mensuelle par tranche de 4 heures de
dépassement commencée, plafonné à 25 % de la redevance du mois concerné. L'avoir est imputé sur
la facture trimestrielle suivante.

Article 6 - Nouvelles versions et qualité
Chaque nouvelle version est d'abord installée sur l'environnement de test du Client et testée par
le Prestataire selon son plan de tests de non-régression ; elle n'est installée en production
qu'après validation écrite du Client, en dehors des heures de sciage. Le Prestataire fournit pour
chaque version les notes de version et met à jour la documentation utilisateur.

Article 7 - Interlocuteurs et connaissance de l'installation
7.1 Le Prestataire désigne Mme Aurélie Guillaume comme gestionnaire du compte et M. Thibaut
Renard comme référent technique. Le Client désigne M. Olivier Lambert, responsable de production,
comme utilisateur-clé.
7.2 Le Prestataire tient à jour un dossier technique de l'installation du Client (annexe 1,
paramétrages, interfaces, historique des interventions), accessible au Client sur le portail.

Article 8 - Obligations du Client
Le Client maintient un accès VPN au serveur pour le Prestataire, signale les incidents sans délai
en précisant les circonstances, effectue les sauvegardes quotidiennes selon la procédure décrite à
l'annexe 1 et donne accès au site lors des visites préventives, planifiées au moins deux semaines
à l'avance.

Article 9 - Prix et paiement
9.1 Redevance de maintenance : 640,00 EUR HTVA par mois, facturée trimestriellement et
anticipativement. L'état des lieux visé à l'article 3 est facturé une seule fois 980,00 EUR HTVA.
9.2 La redevance est indexée le 1er janvier de chaque année selon la formule
P = P0 x (0,2 + 0,8 x S/S0), où S est l'indice des salaires Agoria (moyenne nationale) de décembre
de l'année écoulée et S0 celui de décembre 2026.
9.3 Les prestations hors périmètre sont facturées 98,00 EUR HTVA de l'heure, déplacement compris,
sur la base d'un devis écrit accepté préalablement par le Client.
9.4 Les factures sont payables à 30 jours date de facture.

Article 10 - Rapports et réunions
Le Prestataire envoie chaque mois un relevé des demandes (nombre, priorité, délais de prise en
charge et de résolution, demandes en cours). Une réunion annuelle de suivi réunit les
interlocuteurs de l'article 7. Tout incident de priorité 1 non résolu dans les délais est signalé
par le Client à M. Collignon, qui le prend en charge personnellement.

Article 11 - Durée et résiliation
11.1 Le contrat prend effet le 01/01/2027 pour une durée de trente-six mois. Il est ensuite
reconduit tacitement par périodes de douze mois, sauf résiliation par lettre recommandée au moins
six mois avant l'échéance.
11.2 Chaque partie peut résilier le contrat sans préavis ni indemnité si l'autre partie ne remédie
pas à un manquement grave dans les trente jours d'une mise en demeure, ou en cas de faillite.

Article 12 - Fin du contrat et réversibilité
12.1 À la fin du contrat, pour quelque cause que ce soit, le Prestataire continue, à la demande du
Client, d'assurer la maintenance aux conditions en vigueur pendant une période de six mois au
maximum, et collabore avec le nouveau prestataire désigné par le Client.
12.2 Le Prestataire remet au Client, dans les quinze jours de sa demande, une extraction complète
de la base de données TracBois aux formats SQL et CSV, accompagnée du dictionnaire des données,
ainsi que le dossier technique de l'article 7.2.

Article 13 - Dépôt du code source
Le code source de TracBois et sa documentation de compilation sont déposés auprès de Maître
Valérie Hansen, notaire à Marche-en-Famenne, et mis à jour à chaque version majeure. Le Client y a
accès en cas de faillite du Prestataire, de cessation de son activité ou d'arrêt de la maintenance
de TracBois, pour le seul usage de la maintenance de son installation.

Article 14 - Propriété intellectuelle
Le Prestataire reste titulaire des droits sur TracBois. Les nouvelles versions et correctifs
fournis sont couverts par la licence perpétuelle du Client aux mêmes conditions.

Article 15 - Confidentialité et données personnelles
15.1 Chaque partie garde confidentielles les informations de l'autre partie (volumes, prix,
clients, paramétrages) pendant le contrat et trois ans après sa fin.
15.2 Le Prestataire accède, à l'occasion de la maintenance, aux données personnelles des
opérateurs et des chauffeurs enregistrées dans TracBois ; il agit en qualité de sous-traitant du
Client conformément à la convention jointe en annexe 3 (article 28 RGPD).

Article 16 - Responsabilité
La responsabilité du Prestataire est limitée à 50.000 EUR par sinistre. Cette limite ne
s'applique pas en cas de dol ou de faute grave. Les frais de reconstitution des données perdues
ou altérées à la suite d'un manquement du Prestataire sont à sa charge.

Article 17 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis aux administrateurs
délégués des deux parties, qui se réunissent dans les quinze jours de la demande écrite de l'une
d'elles. À défaut d'accord dans les trente jours de cette réunion, le tribunal de l'entreprise de
Liège, division Marche-en-Famenne, est seul compétent.

Fait à Vielsalm, le 04/12/2026, en deux exemplaires originaux.

Pour SYLVASOFT srl                              Pour SCIERIE LAMBERT & FILS sa
Grégory Collignon, administrateur délégué       Pierre Lambert, administrateur délégué
(signé)                                         (signé)
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
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
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)

FR_B21_CONGRESS_IT_EQUIPMENT_RENTAL = UnseenDocument(
    name="fr_b21_congress_it_equipment_rental",
    text="""LOCATECH EVENTS srl
Location de matériel informatique et réseaux temporaires pour événements
Avenue des Croix de Guerre 118, 1120 Bruxelles - BCE BE 0817.559.042 - events@locatech.be

CONDITIONS PARTICULIÈRES DE LOCATION N° LT-CP-2026-0412

Client : SOCIÉTÉ BELGE DE PNEUMOLOGIE asbl, rue de la Loi 81, 1040 Bruxelles,
représentée par le Dr Anne-Sophie Rigaux, secrétaire générale.
Événement : Congrès annuel 2027, Namur Expo, avenue Sergent Vrithoff 2, 5000 Namur,
du jeudi 11 au samedi 13 mars 2027 (environ 900 participants).

1. Documents
Les présentes conditions particulières reprennent l'offre LT-2026-0412 du 16/11/2026, qui y est
annexée. Les conditions générales de location de LocaTech Events (annexe B), dont le Client
reconnaît avoir pris connaissance, s'appliquent et priment sur tout autre document, y compris les
présentes conditions particulières et les conditions du Client.

2. Matériel et services loués
- 4 bornes d'enregistrement avec imprimante de badges et lecteur de codes QR ;
- 30 tablettes iPad 10,9" avec application de vote et de questions du public ;
- 12 ordinateurs portables pour la salle des orateurs et les régies (PowerPoint, lecteur vidéo) ;
- 8 scanners de badges pour le contrôle d'accès des ateliers ;
- un réseau Wi-Fi temporaire (18 bornes) pour 600 connexions simultanées, avec accès Internet par
  une ligne fibre 1 Gbit/s de Namur Expo et une liaison 5G de secours ;
- un technicien sur place pendant tout l'événement et un chef de projet.
Ne sont pas compris : la ligne fibre de Namur Expo (commandée par le Client auprès de Namur Expo),
le logiciel d'inscription en ligne du Client, les vidéoprojecteurs et la sonorisation, les
assurances propres du Client. Un stock de réserve de 10 % de chaque type d'appareil est présent
sur place.

3. Prix (HTVA)
Location du matériel pour la durée de l'événement .................. 8.960,00 EUR
Réseau Wi-Fi temporaire et liaison 5G de secours ................... 3.450,00 EUR
Livraison, installation, configuration et reprise (forfait) ........ 1.780,00 EUR
Technicien sur place, 3 jours x 560,00 EUR ......................... 1.680,00 EUR
Chef de projet (préparation et présence le 11/03) ..................   740,00 EUR
Total ............................................................. 15.610,00 EUR HTVA
Les heures de technicien au-delà de 19h00, prestées à la demande de la personne de contact du
Client, sont facturées 85,00 EUR HTVA de l'heure. Tout matériel ou service supplémentaire demandé
sur place est facturé selon la liste de prix de l'annexe A, uniquement sur bon de commande signé
par la personne de contact du Client. Le matériel perdu ou
endommagé est facturé à sa valeur de remplacement indiquée dans l'annexe A.

4. Paiement
50 % à la signature des présentes, le solde à la facture de clôture émise après l'événement.
Les factures sont payables dans les 15 jours de leur date.

5. Planning
- 26/02/2027 : réunion de préparation (plan des salles, emplacements des bornes Wi-Fi) ;
- 05/03/2027 : remise par le Client du fichier des inscrits (format CSV, modèle LocaTech) et des
  questions de vote ; LocaTech les importe dans les bornes et les tablettes ;
- 10/03/2027 à partir de 8h00 : livraison et installation ; à 16h00, test commun du réseau, des
  bornes et des tablettes, clôturé par un procès-verbal de mise à disposition signé par les deux
  parties ; les réserves éventuelles sont levées avant l'ouverture du congrès ;
- 13/03/2027 après 18h00 : démontage et reprise du matériel.

6. Obligations du Client
Le Client assure l'accès au hall la veille dès 8h00, l'alimentation électrique des bornes et
tablettes, la disponibilité de la ligne fibre de Namur Expo, et la garde du matériel en dehors
des heures d'ouverture. Il désigne une personne de contact présente sur place pendant tout
l'événement. Si le fichier des inscrits est remis après le 05/03/2027, les badges ne sont pas
pré-imprimés et sont imprimés à l'accueil ; le temps de préparation supplémentaire est facturé au
taux horaire de l'article 3.
Si la livraison et l'installation ne sont pas terminées le 10/03/2027 à 16h00 par le fait de
LocaTech, le Client bénéficie d'une remise de 10 % du prix de location par heure de retard, avec
un maximum de 50 %.

7. Équipe et contacts
Chef de projet : M. Maxime Dupont (0486/31 77 52). Technicien sur place : M. Yassine El Amrani.
Personne de contact du Client : Mme Laura Piette, coordinatrice du congrès. Tout problème non
réglé par le technicien est remonté au chef de projet, puis au gérant de LocaTech, M. Bruno
Heylen.
Le matin du 11/03, le technicien donne aux hôtesses d'accueil une courte formation (30 minutes)
à l'utilisation des bornes et des scanners.

8. Assistance pendant l'événement
Le technicien est présent de 7h30 à 19h00 les jours du congrès ; il est joignable au
0486/31 77 60. Il intervient dans les 15 minutes de l'appel. Un appareil défectueux est remplacé
par un appareil du stock de réserve dans les 30 minutes. LocaTech met tout en œuvre pour assurer
la continuité du réseau Wi-Fi et de l'accès Internet ; il s'agit d'une obligation de moyens.

9. Données
Le fichier des inscrits et les données de scannage sont traités par LocaTech en qualité de
sous-traitant du Client, selon la convention de sous-traitance RGPD jointe en annexe C, pour la
seule exécution du présent contrat. Le lundi qui suit l'événement, LocaTech remet au Client la
liste des présences et les résultats des votes au format CSV, puis efface toutes les données
des appareils et remet un certificat d'effacement. LocaTech et son personnel gardent
confidentielles toutes les informations relatives au congrès et aux participants.

10. Annulation
En cas d'annulation par le Client, les montants suivants restent dus : 20 % du total plus de
60 jours avant l'événement, 50 % entre 60 et 15 jours, 100 % moins de 15 jours avant l'événement.

11. Responsabilité
La responsabilité de LocaTech est limitée au montant de la location. LocaTech n'est pas
responsable des interruptions du réseau ou de l'accès Internet, de la perte de données encodées
sur les appareils, ni des conséquences d'un retard de l'accueil des participants.

12. Droit applicable
Droit belge. Les tribunaux de l'arrondissement judiciaire de Bruxelles sont seuls compétents.

Fait à Bruxelles, le 30/11/2026, en deux exemplaires.

Pour LOCATECH EVENTS srl                   Pour la SOCIÉTÉ BELGE DE PNEUMOLOGIE asbl
Bruno Heylen, gérant                       Dr Anne-Sophie Rigaux, secrétaire générale
(signé)                                    (signé, précédé de la mention « lu et approuvé »)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "exit.termination": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 0.25,
    },
)

FR_B21_CAMPSITE_SEO_ADS_ENGAGEMENT_LETTER = UnseenDocument(
    name="fr_b21_campsite_seo_ads_engagement_letter",
    text="""CLICFOLK srl - Agence de marketing digital
Rue de l'Aqueduc 41, 1050 Ixelles - BCE BE 0712.604.395 - www.clicfolk.be

Camping du Val de l'Ourthe srl
À l'attention de Mme et M. Delhaye
Rue de la Fontaine 9, 6990 Hotton

Bruxelles, le 24 novembre 2026

LETTRE DE MISSION - Référencement naturel (SEO) et gestion de campagnes Google Ads
Réf. CF-LM-2026-057

Chère Madame, cher Monsieur,

Suite à notre rendez-vous du 13 novembre, nous avons le plaisir de vous confirmer les conditions
de notre mission. Objectif convenu : augmenter les réservations directes sur votre site (moteur
de réservation intégré) pour la saison 2027 et réduire la part des plateformes de réservation.

1. Démarrage (décembre 2026 - janvier 2027)
- audit SEO technique et sémantique du site et de la concurrence (Ardennes, Durbuy, La Roche) ;
- correction des erreurs techniques relevées (balises, vitesse, données structurées), dans la
  limite de 10 heures ;
- configuration de Google Analytics 4, de Google Tag Manager et du suivi des réservations du
  moteur de réservation, avec bandeau de consentement aux cookies ;
- création du compte Google Ads au nom du Camping et des campagnes de lancement (recherche,
  Performance Max) ;
- optimisation de la fiche Google Business Profile.
Forfait de démarrage : 1.650,00 EUR HTVA, facturé à la signature.

2. Suivi mensuel (à partir de février 2027)
- SEO : 8 heures par mois (optimisation des pages, rédaction de deux contenus par mois en français
  et en néerlandais, suivi des positions sur 40 mots-clés) ;
- Google Ads : gestion et optimisation des campagnes pour un budget publicitaire jusqu'à
  3.000,00 EUR par mois.
Honoraires : 890,00 EUR HTVA par mois. Le budget publicitaire n'est pas compris : il est payé
directement par le Camping à Google par carte de crédit. La refonte du site, les photos, les
traductions autres que les contenus mentionnés et la gestion des réseaux sociaux ne sont pas
comprises.
Les prestations supplémentaires sont facturées 95,00 EUR HTVA de l'heure, sur la base d'une
estimation acceptée par e-mail avant le début du travail.
Clicfolk peut revoir ses honoraires une fois par an, moyennant un préavis de deux mois.

3. Calendrier
L'audit vous est présenté au plus tard le 18 décembre 2026. Les campagnes de lancement sont
actives dans les trois semaines qui suivent la réception de vos accès, et en tout cas pour
l'ouverture des réservations de printemps le 15 janvier 2027.

4. Ce que nous attendons de vous
Dans les cinq jours ouvrables de la signature : les accès administrateur au site et au moteur de
réservation, l'accès à votre Google Business Profile et vos tarifs 2027. Vous validez les
annonces et les contenus dans les cinq jours ouvrables de leur envoi ; sans réponse, ils sont
considérés comme approuvés.

5. Votre équipe
Votre interlocutrice est Mme Élodie Marchal, consultante SEA certifiée Google Ads, six ans
d'expérience dans le tourisme. Le SEO est assuré par M. Kevin Dufour, consultant SEO senior.
Mme Marchal connaît votre dossier et reste votre personne de contact pour toute la mission.

6. Rapports et réunions
Vous recevez avant le 10 de chaque mois un rapport : trafic, positions, coûts Google Ads,
réservations et chiffre d'affaires générés, coût par réservation, actions du mois suivant. Un
appel mensuel de 30 minutes suit le rapport ; une réunion de bilan a lieu chaque trimestre au
camping ou en visioconférence.

7. Joignabilité
Nous sommes joignables du lundi au vendredi de 9h00 à 17h30 au 02/318 44 70 ou par e-mail à
elodie@clicfolk.be. Nous répondons dans les 4 heures ouvrables ; en cas d'urgence (campagne
qui dépense anormalement, annonce refusée, site hors ligne), dans l'heure.

8. Résultats
Le référencement dépend des algorithmes de Google et de la concurrence. Clicfolk s'engage à
mettre en œuvre tous les moyens raisonnables, mais ne garantit ni un positionnement, ni un volume
de trafic, ni un nombre de réservations. Ses engagements sont des obligations de moyens.

9. Durée
La mission prend cours le 1er décembre 2026 pour une durée minimale de douze mois. Elle est
ensuite reconduite tacitement par périodes de douze mois, sauf résiliation par écrit au moins
trois mois avant l'échéance. Chaque partie peut mettre fin à la mission sans préavis en cas de
manquement grave de l'autre partie resté sans suite quinze jours après une mise en demeure.

10. Fin de la mission
Le compte Google Ads, la propriété Google Analytics et le Google Business Profile sont et restent
au nom du Camping. À la fin de la mission, nous vous transmettons un document de passation
(structure des campagnes, mots-clés, réglages de suivi) et un export Excel de l'historique des
positions et des rapports mensuels, puis nous retirons nos accès. Les contenus rédigés restent
votre propriété dès leur paiement.

11. Facturation
Les honoraires mensuels sont facturés au début de chaque mois. Nos factures sont payables à
30 jours date de facture.

12. Confidentialité et données
Nous gardons confidentielles les informations commerciales du Camping (chiffres de réservation,
tarifs, marges). Pour l'accès aux données de Google Analytics et du moteur de réservation, nous
agissons comme sous-traitant au sens du RGPD ; la convention de sous-traitance est jointe en
annexe 2.

13. Responsabilité
Notre responsabilité est limitée au montant des honoraires des trois derniers mois. Nous ne
sommes pas responsables de la suspension d'un compte par Google, des changements d'algorithme ni
des dépenses publicitaires engagées.

14. Conditions et litiges
Nos conditions générales (annexe 1) s'appliquent à la mission ; en cas de contradiction, la
présente lettre prévaut. Tout différend est d'abord discuté lors d'une réunion entre les gérants
des deux sociétés, dans les quinze jours de la demande de l'une d'elles. À défaut d'accord, il
relève du droit belge et des tribunaux francophones de Bruxelles.

Nous vous remercions de votre confiance et vous prions de nous retourner un exemplaire signé.

Pour Clicfolk srl                              Pour accord, Camping du Val de l'Ourthe srl
Simon Leclercq, gérant                         (date, nom et signature)
[signé]
                                               ...............................................

Annexes : 1. Conditions générales Clicfolk - 2. Convention de sous-traitance RGPD
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
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
        "risk.unsigned": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
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
        "response_time_hours_highest_priority": 1,
    },
)

FR_DOCUMENTS = [
    FR_B21_RIDING_SCHOOL_BOOKING_SITE_QUOTE,
    FR_B21_SAWMILL_PRODUCTION_TRACKING_MAINTENANCE,
    FR_B21_CONGRESS_IT_EQUIPMENT_RENTAL,
    FR_B21_CAMPSITE_SEO_ADS_ENGAGEMENT_LETTER,
]
