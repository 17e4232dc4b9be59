"""Held-out batch 13, French documents: a formal public-procurement convention by which a Walloon
commune (Fléron) orders a cemetery-management software in SaaS mode, with the take-over of its
concession registers and the digitisation of its cemetery plans (48 months, not renewable, signed
by both parties), a short e-mail quote by a freelance web consultant from Verviers for setting up
an online agenda and booking tool for a physiotherapy practice (accepted by a reply e-mail, no
signatures), and "conditions particulières" of a supplier of queue-management systems (ticket
kiosks, counter displays and a hosted platform) for three offices of a mutual health insurer in
Hainaut (36 months, tacit renewal, supplier terms prevail, signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail or an
empty client signature line raises risk.unsigned; partial = mentioned but vague, a bare
cross-reference, a placeholder, best efforts only, or a negation/disclaimer).
"""

from .unseen_documents import UnseenDocument

FR_CEMETERY_MANAGEMENT_SAAS_CONVENTION = UnseenDocument(
    name="fr_cemetery_management_saas_convention",
    text="""CONVENTION DE SERVICES
Mise à disposition, paramétrage et maintenance d'un logiciel de gestion des cimetières (SaaS)
Marché public de services - procédure négociée sans publication préalable - CSC n° 2026/047

ENTRE
La COMMUNE DE FLÉRON, rue François Lapierre 19, 4620 Fléron, représentée par son Collège,
pour lequel agissent M. Jean-Luc Dessart, Bourgmestre, et Mme Anne-Sophie Grignard, Directrice
générale, en exécution de la délibération du Collège du 17/11/2026, ci-après « la Commune »,
ET
GESTIVIA srl, avenue Prince de Liège 91, 5100 Jambes, BCE BE 0712.884.365, représentée par
M. Frédéric Wauthier, gérant, ci-après « le Prestataire ».

Article 1 - Objet
Le Prestataire met à la disposition de la Commune, en mode SaaS, son logiciel CIMETIS pour la
gestion de ses sept cimetières (concessions, inhumations, exhumations, fins de concession, plans,
redevances). Il en assure le paramétrage, la reprise des données, la formation et la maintenance.

Article 2 - Documents contractuels
Le marché est régi, par ordre de priorité décroissant : (1) la présente convention ; (2) le cahier
spécial des charges n° 2026/047 ; (3) l'offre du Prestataire n° GV-26-118 du 28/10/2026, jointe en
annexe 1. Les conditions générales du Prestataire sont expressément exclues, même si elles sont
jointes à l'offre ou reproduites sur ses factures.

Article 3 - Périmètre
3.1 Sont compris : CIMETIS pour six utilisateurs et un accès en consultation pour les fossoyeurs ;
le paramétrage ; la reprise des quelque 4.200 concessions du fichier Excel actuel et la
numérisation des 38 registres papier (1921-1998), liés aux fiches ; la digitalisation des plans
des sept cimetières sur fond PICC ; la formation ; la maintenance, l'hébergement et le support.
3.2 Ne sont pas compris : le relevé topographique, le matériel et les tablettes, l'interface avec
le logiciel comptable (option à 2.400,00 EUR HTVA, non commandée).

Article 4 - Prix
4.1 Mise en place (paramétrage, cartographie, formation) : forfait de 9.850,00 EUR HTVA.
4.2 Reprise des données et numérisation des registres : forfait de 6.300,00 EUR HTVA.
4.3 Redevance annuelle (licences, hébergement, maintenance, support) : 4.920,00 EUR HTVA par an.
4.4 Le montant total du marché sur 48 mois s'élève à 35.830,00 EUR HTVA.
4.5 Toute prestation complémentaire fait l'objet d'un devis détaillé du Prestataire, au taux de
690,00 EUR HTVA par jour de consultant, et n'est exécutée qu'après un bon de commande signé par le
Collège communal. Aucune prestation non commandée de cette manière n'est due.
4.6 La redevance est révisée chaque 1er janvier selon P = P0 x (0,20 + 0,80 x S/S0), S étant
l'indice Agoria des salaires. Toute autre modification de prix requiert un avenant signé.

Article 5 - Facturation et paiement
La mise en place est facturée après la réception (article 12), la reprise des données à la fin de
la phase 3, la redevance annuellement et anticipativement dès la mise en production. Les factures
sont payées dans les 30 jours de leur réception.

Article 6 - Planning
Phase 1 - réunion de lancement et analyse : semaine du 11/01/2027.
Phase 2 - paramétrage, mise à disposition de l'environnement de test : au plus tard le 12/02/2027.
Phase 3 - reprise des données, numérisation et cartographie : au plus tard le 26/03/2027.
Phase 4 - recette par la Commune : du 29/03/2027 au 16/04/2027.
Phase 5 - formation et mise en production : le 03/05/2027.

Article 7 - Obligations de la Commune
La Commune désigne comme référente Mme Nadia Collignon (population - état civil). Elle remet au
plus tard le 22/01/2027 l'export Excel des concessions, les plans existants et les 38 registres,
que le Prestataire enlève et restitue à ses frais. Elle valide l'analyse dans les dix jours
ouvrables de sa remise et mobilise deux agents pour la recette.

Article 8 - Retards
8.1 Tout retard imputable au Prestataire sur les dates des phases 2, 3 et 5 donne lieu à une
pénalité de 40,00 EUR par jour calendrier, plafonnée à 5 % du montant de la mise en place.
8.2 Si la Commune ne respecte pas ses propres délais, les dates suivantes sont reportées d'autant,
sans pénalité ni frais, et le comité de pilotage arrête un planning révisé.

Article 9 - Équipe
9.1 Le projet est dirigé par M. Damien Lekeux, chef de projet, qui justifie de sept ans
d'expérience dans l'implémentation de logiciels pour les pouvoirs locaux. La cartographie est
réalisée par Mme Inès Radoux, géomaticienne.
9.2 Le Prestataire ne peut remplacer ces personnes qu'avec l'accord écrit préalable de la Commune,
par une personne de qualification équivalente, sans frais, et en assurant le transfert complet
des informations du projet à son successeur.

Article 10 - Qualité
Le Prestataire travaille selon les règles de l'art. La reprise des données est contrôlée sur un
échantillon de 5 % des concessions ; si le taux d'erreur dépasse 1 %, le lot est réencodé à ses
frais. Chaque nouvelle version est testée sur l'environnement de test avant sa mise en production.

Article 11 - Suivi et concertation
11.1 Pendant la mise en place, le chef de projet adresse toutes les deux semaines un rapport
d'avancement (tâches réalisées, écarts, risques, actions attendues de la Commune).
11.2 Un comité de pilotage (chef de projet, référente, Directrice générale ou son délégué) se
réunit chaque mois jusqu'à la mise en production, puis une fois par an. Le Prestataire y présente
un rapport annuel de service : demandes traitées, délais respectés, disponibilité mesurée.
11.3 Escalade : référente et chef de projet, puis Directrice générale et gérant du Prestataire.

Article 12 - Recette et réception
La Commune dispose de quinze jours ouvrables pour tester l'environnement de test sur la base des
scénarios fournis par le Prestataire. Les anomalies bloquantes sont corrigées avant la mise en
production. La réception est constatée par un procès-verbal signé par les deux parties.

Article 13 - Garantie
Pendant six mois à compter de la mise en production, le Prestataire corrige gratuitement toute
erreur de paramétrage ou de reprise des données, indépendamment de la maintenance.

Article 14 - Formation et documentation
Deux demi-journées de formation sont données aux agents administratifs et une aux fossoyeurs. Le
Prestataire remet un manuel utilisateur et un guide d'administration (PDF), tenus à jour.

Article 15 - Maintenance et niveaux de service
15.1 La maintenance comprend la correction des anomalies, les adaptations légales, les correctifs
de sécurité, l'hébergement et une sauvegarde quotidienne conservée 30 jours. Les nouvelles versions
sont installées hors heures de bureau, notes de version communiquées cinq jours ouvrables avant.
15.2 Le support est joignable du lundi au vendredi, de 8h30 à 12h30 et de 13h30 à 17h00 (hors
jours fériés), au 081/32 57 40, par e-mail (support@gestivia.be) ou via le portail de tickets.
15.3 Délais, en heures ou jours ouvrables :
   Priorité 1 - bloquante (application inaccessible, impossible d'enregistrer une inhumation) :
   prise en charge 2 heures ; solution de contournement 8 heures ; correction 5 jours.
   Priorité 2 - majeure : prise en charge 4 heures ; correction 3 jours.
   Priorité 3 - mineure : prise en charge 2 jours ; correction dans la version suivante.
15.4 CIMETIS est disponible 99,5 % du temps, mesuré par mois civil, hors maintenances planifiées
annoncées cinq jours ouvrables à l'avance et effectuées entre 19h00 et 7h00.
15.5 Si la disponibilité mensuelle est inférieure à 99,5 %, la Commune reçoit un crédit de 5 % de
la redevance mensuelle par tranche de 0,5 % manquante, plafonné à 30 % et déduit de la facture
suivante. Chaque dépassement du délai de prise en charge en priorité 1 : crédit de 50,00 EUR.
15.6 Le support dispose d'une fiche de configuration de la Commune ; M. Lekeux reste son
consultant référent après la mise en production.
15.7 Les délais de prise en charge et la disponibilité sont des obligations de résultat.

Article 16 - Durée et résiliation
16.1 La convention prend cours à sa signature pour une durée de 48 mois, non reconductible.
16.2 La Commune peut y mettre fin à l'issue de chaque année contractuelle par lettre recommandée
adressée au moins trois mois à l'avance, sans indemnité. Chaque partie peut la résilier pour
manquement grave de l'autre non réparé dans les 30 jours d'une mise en demeure.

Article 17 - Fin de la convention et réversibilité
17.1 Le Prestataire remet gratuitement à la Commune, dans les quinze jours de sa demande et au plus
tard à la fin de la convention, toutes ses données en CSV ou XLSX avec la description de leur
structure, les plans en GeoJSON et les registres numérisés en PDF/A.
17.2 À la demande de la Commune, il maintient le service jusqu'à trois mois au-delà du terme, au
prorata de la redevance, et répond aux questions du nouveau prestataire (deux jours inclus). Il
supprime ensuite les données et en délivre une attestation.

Article 18 - Propriété
La Commune reste propriétaire de ses données, plans et registres numérisés. Le Prestataire reste
propriétaire du logiciel et concède un droit d'utilisation non exclusif pour la durée du contrat.

Article 19 - Confidentialité et protection des données
19.1 Le Prestataire et son personnel gardent confidentielles les informations de la Commune,
pendant la convention et cinq ans après sa fin.
19.2 Le Prestataire agit en qualité de sous-traitant (article 28 du RGPD) selon la convention
jointe en annexe 2. Les données sont hébergées en Belgique ; toute violation est notifiée dans
les 24 heures.

Article 20 - Responsabilité
La responsabilité du Prestataire est limitée au montant total du marché HTVA, à l'exclusion des
dommages indirects. Cette limite ne s'applique pas en cas de dol, de faute grave, de perte ou
d'altération de données imputable au Prestataire, ni de manquement à l'article 19.

Article 21 - Litiges
La convention est régie par le droit belge. Tout différend est d'abord soumis au comité de
pilotage, réuni dans les quinze jours, puis à la Directrice générale et au gérant. À défaut
d'accord dans les 30 jours, les tribunaux de l'arrondissement judiciaire de Liège sont compétents.

Fait à Fléron, le 04/12/2026, en deux exemplaires originaux.

Pour la Commune de Fléron                          Pour GESTIVIA srl
La Directrice générale, A.-S. Grignard (signé)     Frédéric Wauthier, gérant (signé)
Le Bourgmestre, J.-L. Dessart (signé)

Annexe 1 : offre GV-26-118 - Annexe 2 : convention de sous-traitance
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
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

FR_PHYSIO_ONLINE_BOOKING_EMAIL_QUOTE = UnseenDocument(
    name="fr_physio_online_booking_email_quote",
    text="""De : Camille Dethier <cabinet@kine-dethier.be>
À : Maxime Renard <maxime@renard-digital.be>
Date : jeudi 3 décembre 2026 07:52
Objet : RE: Devis agenda en ligne + prise de rendez-vous - cabinet Dethier

Bonjour Maxime,

C'est ok pour nous, on lance ! Je vous envoie l'export des patients ce week-end via votre lien.
Bonne journée,
Camille

-----Message d'origine-----
De : Maxime Renard <maxime@renard-digital.be>
Envoyé : mercredi 2 décembre 2026 21:14
À : Camille Dethier <cabinet@kine-dethier.be>
Objet : Devis agenda en ligne + prise de rendez-vous - cabinet Dethier

Bonjour Madame Dethier,

Merci pour votre appel de lundi. Comme promis, voici ma proposition pour passer à l'agenda en
ligne Planikiné avec prise de rendez-vous par vos patients.

Ce que je fais :
1. Création et paramétrage du compte du cabinet pour vos deux praticiennes (vous et Élodie) :
   horaires, types de séances (séance 30 min, bilan 45 min, visite à domicile), pauses, salle.
2. Import de vos patients à partir de l'export Excel de votre logiciel actuel (environ 650
   fiches : nom, prénom, téléphone, e-mail, mutuelle). Je nettoie les doublons et les numéros
   mal encodés. L'historique des séances reste dans votre ancien logiciel.
3. Rappels par SMS 24 h avant le rendez-vous et e-mail de confirmation.
4. Bouton « Prendre rendez-vous » sur votre site WordPress (accueil + contact) et sur votre
   fiche Google.
5. Une formation d'une heure au cabinet pour vous deux et Sophie (secrétariat), et un petit mode
   d'emploi PDF de deux pages pour le secrétariat.

Prix : forfait de 520,00 € HTVA (629,20 € TVAC).
Pas compris : le paiement en ligne ou les acomptes, la liaison avec votre logiciel de facturation
(eAttest), les modifications de votre site au-delà du bouton.

L'abonnement Planikiné est facturé directement par l'éditeur : 32,00 € HTVA par mois et par
praticien, plus 0,09 € par SMS. Il est mensuel, sans durée minimale, et résiliable à tout moment
depuis votre compte. Vous pouvez exporter vos patients et vos rendez-vous en Excel quand vous le
souhaitez.

Planning : envoyez-moi d'ici le mercredi 9 décembre l'export Excel, vos horaires et vos types de
séances, ainsi qu'un accès administrateur à WordPress. Je configure tout la semaine du 14 et vous
envoie le 16 un lien de test. Vous prenez deux ou trois faux rendez-vous et me confirmez par
e-mail que tout est correct ; ce n'est qu'à ce moment que je mets le bouton en ligne, au plus
tard le lundi 21 décembre, avant les congés.

Données : comme il s'agit de données de santé, merci de ne pas m'envoyer le fichier par e-mail
mais via le lien de dépôt sécurisé que je vous enverrai. Je supprime ma copie une fois l'import
vérifié. Planikiné est hébergé en Belgique ; à la création du compte, vous acceptez en ligne son
contrat de sous-traitance RGPD (c'est vous qui restez responsable du traitement).

Après la mise en ligne : pendant un mois, je corrige gratuitement tout ce qui ne fonctionnerait
pas dans ce que j'ai configuré. Ensuite, les petites adaptations sont à 65,00 € HTVA de l'heure,
facturées par quart d'heure, et je vous envoie toujours une estimation avant de commencer. Pour
l'utilisation courante, le chat d'aide de Planikiné est dans l'application ; pour le reste,
vous me joignez par e-mail ou au 0475/61 28 04, je réponds en général dans la journée.

Facture à la mise en ligne, payable à 15 jours.

Si tout vous convient, répondez simplement « ok » à ce mail et je bloque la semaine du 14.

Bonne soirée,

Maxime Renard
Renard Digital - consultant web indépendant
Rue de la Station 12, 4800 Verviers - BCE BE 0789.412.557
""",
    items={
        "agreement.general_terms": "missing",
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
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.transition": "missing",
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
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 30,
    },
)

FR_QUEUE_MANAGEMENT_SYSTEM_CONTRACT = UnseenDocument(
    name="fr_queue_management_system_contract",
    text="""CONTRAT DE FOURNITURE, DE LICENCE ET DE MAINTENANCE
Système de gestion de l'accueil et des files d'attente
Conditions particulières n° FLX-CP-26-0392

Entre
FLUXIA sa, avenue Lavoisier 14, 1300 Wavre, BCE BE 0651.370.218, représentée par M. Gauthier
Mahieu, directeur commercial, ci-après « FLUXIA »,
et
MUTUALITÉ ENTRAIDE HAINAUT, rue de Nimy 52, 7000 Mons, BCE BE 0411.902.673, représentée par
Mme Véronique Despret, directrice des services aux membres, ci-après « le Client ».

1. Documents contractuels
Le contrat se compose des présentes conditions particulières, de l'offre FLX-26-0518 du 06/11/2026
(annexe 1), des conditions générales de vente, de licence et de maintenance de FLUXIA (annexe 2) et
de la convention de sous-traitance (annexe 3). Les conditions générales de FLUXIA s'appliquent à
l'exclusion de toutes conditions du Client, y compris celles figurant sur ses bons de commande ;
en cas de contradiction, elles prévalent sur les conditions particulières et sur l'offre.

2. Objet
FLUXIA fournit, installe et entretient un système de gestion des files d'attente pour les agences
du Client à Mons, Saint-Ghislain et Binche : bornes de tickets, afficheurs de guichet, écrans
d'appel et la plateforme hébergée FluxiaCloud (appel des visiteurs, annonces vocales,
statistiques d'affluence et de temps d'attente).

3. Prix
Désignation                                              Qté    P.U. HTVA      Total HTVA
Borne tactile 21,5" avec imprimante thermique              3    3.450,00 €     10.350,00 €
Afficheur LED de guichet                                  14      285,00 €      3.990,00 €
Écran d'appel 43" avec lecteur multimédia                  4    1.190,00 €      4.760,00 €
Installation et câblage basse tension (3 agences)          1    2.880,00 €      2.880,00 €
Paramétrage (services, scénarios, annonces en français)    1    1.450,00 €      1.450,00 €
Formation (3 sessions de 2 h et 1/2 jour administrateur)   1      980,00 €        980,00 €
                                                   Total unique HTVA           24.410,00 €
Abonnement FluxiaCloud par agence et par mois              3      145,00 €        435,00 €/mois
L'abonnement comprend la licence pour 14 guichets, l'hébergement, les statistiques, la maintenance
logicielle, les mises à jour, le support et la main-d'œuvre et le déplacement pour la maintenance
du matériel sur site.
Ne sont pas compris : le réseau informatique, les prises électriques, les rouleaux de papier
thermique (4,20 € HTVA pièce) et les pièces de rechange après la période de garantie.
Toute autre intervention est facturée au tarif de 98,00 € HTVA de l'heure, plus un déplacement
forfaitaire de 65,00 € HTVA, sur devis préalablement accepté par écrit par le Client.
FLUXIA peut adapter les tarifs de l'abonnement et de ses prestations au 1er janvier de chaque
année, moyennant notification au Client un mois à l'avance.

4. Délais
La livraison et l'installation ont lieu dans les huit semaines suivant la signature du présent
contrat, à raison d'une journée par agence, à des dates convenues avec le Client. Les délais sont
donnés à titre indicatif ; un retard ne peut donner lieu à aucune indemnité ni à la résiliation
du contrat.

5. Obligations du Client
Au plus tard dix jours ouvrables avant la date d'installation de chaque agence, le Client fait
installer à chaque emplacement de borne, d'afficheur et d'écran une prise 230 V et une prise
réseau RJ45, configure un VLAN disposant d'un accès internet (port 443 sortant) et désigne un
responsable par agence, présent le jour de l'installation.

6. Interlocuteurs
Gestionnaire de compte : Mme Aurélie Baudoux (0472/83 15 60). Chef de projet installation :
M. Cédric Hanon.

7. Mise en service et réception
À la fin de l'installation de chaque agence, FLUXIA teste le système avec le responsable de
l'agence et un procès-verbal de mise en service est signé. Les remarques éventuelles sont
communiquées par écrit dans les cinq jours ouvrables ; à défaut, l'installation est réputée
acceptée.

8. Formation et documentation
Une session de formation de deux heures est donnée aux agents d'accueil de chaque agence le jour
de la mise en service, et une demi-journée aux deux administrateurs désignés par le Client. Le
manuel administrateur (PDF) est remis à la première mise en service.

9. Garantie
Le matériel est garanti douze mois à compter de la mise en service, pièces comprises. Les
anomalies du logiciel sont corrigées dans le cadre de la maintenance.

10. Maintenance et support
10.1 Le support est joignable du lundi au vendredi de 8h00 à 17h00, au 010/48 92 20 ou via le
portail support.fluxia.be.
10.2 FLUXIA intervient dans les délais suivants, calculés en heures ouvrables :
   Priorité 1 - système à l'arrêt dans une agence (plus aucun ticket distribué) : intervention à
   distance dans les 4 heures et, si nécessaire, sur site le jour ouvrable suivant ;
   Priorité 2 - dysfonctionnement partiel (un afficheur, une des bornes) : 1 jour ouvrable ;
   Priorité 3 - autres demandes : 5 jours ouvrables.
FLUXIA met tout en œuvre pour rétablir le fonctionnement dans les meilleurs délais, dans le cadre
d'une obligation de moyens.
10.3 FluxiaCloud est disponible 99,0 % du temps par mois civil, hors maintenances planifiées
annoncées 72 heures à l'avance et réalisées en dehors des heures d'ouverture des agences. Le
non-respect de ce niveau ne donne droit à aucune indemnité, pénalité ou réduction de prix.
10.4 FLUXIA tient à jour une fiche de configuration par agence (plan des guichets, services,
scénarios d'appel, adresses réseau).
10.5 Les mises à jour du logiciel et du microprogramme des bornes sont installées à distance par
FLUXIA, en dehors des heures d'ouverture.
10.6 Une fois par an, la gestionnaire de compte rencontre le Client pour une revue du service.

11. Facturation et paiement
Le matériel, l'installation, le paramétrage et la formation sont facturés à raison de 40 % à la
signature et de 60 % à la mise en service de la dernière agence. L'abonnement est facturé
trimestriellement et anticipativement à partir de la première mise en service. Les factures sont
payables à 30 jours date de facture. En cas de défaut de paiement, FLUXIA peut suspendre l'accès à
FluxiaCloud et conserver les données et statistiques du Client jusqu'au paiement intégral.

12. Durée et résiliation
L'abonnement est conclu pour une durée de 36 mois à compter de la première mise en service. Il est
renouvelé tacitement pour des périodes successives de 36 mois, sauf résiliation par lettre
recommandée au moins six mois avant l'échéance. En cas de résiliation anticipée par le Client, les
redevances restant dues jusqu'à l'échéance deviennent immédiatement exigibles.

13. Fin du contrat
Les données et statistiques du Client sont supprimées 30 jours après la fin de l'abonnement. Avant
cette date, le Client peut en demander l'export au format CSV.

14. Propriété et licence
Le matériel devient la propriété du Client après paiement intégral. FLUXIA concède au Client une
licence non exclusive et non cessible d'utilisation du logiciel pour la durée de l'abonnement.

15. Confidentialité
Chaque partie garde confidentielles les informations de l'autre partie dont elle a connaissance,
pendant le contrat et trois ans après sa fin.

16. Données personnelles
Le système n'enregistre aucune donnée nominative des visiteurs. Les données des agents du Client
(nom, identifiant, statistiques par guichet) sont traitées par FLUXIA en qualité de sous-traitant,
conformément à la convention de sous-traitance (annexe 3), et hébergées dans l'Union européenne.

17. Responsabilité
La responsabilité de FLUXIA est limitée au montant de l'abonnement facturé au cours des trois mois
précédant le dommage. FLUXIA n'est pas responsable des dommages indirects, de la perte de données
ou de statistiques, ni de l'interruption de l'accueil dans les agences.

18. Droit applicable
Le contrat est soumis au droit belge. Les tribunaux de l'arrondissement judiciaire du Brabant
wallon sont seuls compétents.

Fait à Wavre, le 27/11/2026, en deux exemplaires.

Pour FLUXIA sa                                   Pour MUTUALITÉ ENTRAIDE HAINAUT
Gauthier Mahieu, directeur commercial            Véronique Despret, directrice
(signé)                                          Lu et approuvé (signé)
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
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
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
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 36,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.0,
    },
)

FR_DOCUMENTS = [
    FR_CEMETERY_MANAGEMENT_SAAS_CONVENTION,
    FR_PHYSIO_ONLINE_BOOKING_EMAIL_QUOTE,
    FR_QUEUE_MANAGEMENT_SYSTEM_CONTRACT,
]
