"""Held-out batch 19, French documents: a maintenance contract awarded by a Hainaut commune for the
electronic voting and speaking system of its council chamber (public contract, 48 months, signed
by both parties), a short e-mail quote by a one-person Liège web developer for an online
catalogue and live-bidding module for an auction house (accepted by a reply e-mail), a formal
development contract for a web window-frame configurator between a Brussels software company and a
joinery manufacturer in Ath (fixed price, signed by both parties), and an order form with a
service-level annex for an online exam-proctoring SaaS subscribed by a private continuing-education
institute in Namur (24 months, tacit renewal, signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions: months =
30 days for notice and warranty; response time of the highest priority in hours (working hours
counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty client signature line
raises risk.unsigned.
"""

from .unseen_documents import UnseenDocument

FR_B19_COUNCIL_VOTING_MAINTENANCE = UnseenDocument(
    name="fr_b19_council_voting_maintenance",
    text="""COMMUNE DE SAINT-GHISLAIN
Marché public de services - procédure négociée sans publication préalable
Réf. marché : 2026/SG/INF-014

CONTRAT DE MAINTENANCE DU SYSTÈME DE VOTE ÉLECTRONIQUE ET DE GESTION DES PRISES DE PAROLE
DE LA SALLE DU CONSEIL COMMUNAL

ENTRE
La COMMUNE DE SAINT-GHISLAIN, Grand-Place 1, 7330 Saint-Ghislain, représentée par son Collège
communal, pour lequel agissent Mme Florence Deneufbourg, Bourgmestre, et M. Xavier Lebrun,
Directeur général, en exécution de la délibération du Collège du 17/11/2026,
ci-après « le Pouvoir adjudicateur »,

ET
AUDIOCONSEIL srl, rue de la Station 48, 7000 Mons, BCE BE 0819.552.406, représentée par
M. Grégory Stiévenart, administrateur délégué,
ci-après « l'Adjudicataire ».

Article 1 - Objet et documents du marché
1.1 Le présent contrat a pour objet la maintenance préventive et corrective du système de
conférence et de vote électronique installé dans la salle du Conseil en 2021, comprenant :
31 pupitres de délégué avec microphone et boîtier de vote à badge, 2 pupitres de présidence,
l'unité centrale, le PC de gestion et le logiciel de vote VotaSession (version 5), l'écran
d'affichage des résultats et l'interface avec le système de captation vidéo du Conseil.
1.2 Le marché est régi, par ordre de priorité décroissante : par la réglementation relative aux
marchés publics, par le cahier spécial des charges n° 2026/SG/INF-014, par le présent contrat et
par l'offre de l'Adjudicataire du 28/10/2026, jointe en annexe. Les conditions générales de vente
de l'Adjudicataire ne sont pas applicables.
1.3 La captation et la diffusion vidéo des séances ne font pas partie du présent marché.

Article 2 - Prestations comprises
2.1 Maintenance préventive : deux visites par an sur site, en février et en septembre, comprenant
le contrôle de chaque pupitre, le nettoyage des boîtiers, le test des lecteurs de badges, le
contrôle de l'unité centrale, la vérification des sauvegardes du PC de gestion et un vote de
test complet en présence de l'agent désigné par le Pouvoir adjudicateur.
2.2 Maintenance corrective : le diagnostic et la réparation de toute panne du système, pièces et
main-d'œuvre comprises, à l'exception des dommages causés par une mauvaise utilisation, un
liquide renversé ou une surtension, qui sont réparés sur devis préalablement accepté par le
Pouvoir adjudicateur au taux horaire de 78,00 EUR HTVA, pièces au prix catalogue.
2.3 Stock tampon : l'Adjudicataire dépose dans les locaux communaux trois pupitres de délégué et
un pupitre de présidence de réserve, qu'il remplace à ses frais après usage.
2.4 Logiciel : l'installation des mises à jour et correctifs du logiciel VotaSession publiés par
l'éditeur, ainsi que des correctifs de sécurité du système d'exploitation du PC de gestion, après
validation du calendrier par le service informatique communal. Les mises à jour sont installées
en dehors des semaines de séance.
2.5 Assistance aux séances : pour chaque séance du Conseil communal (environ onze par an, le lundi
à 19h30), l'Adjudicataire assure une permanence téléphonique de 19h00 jusqu'à la clôture de la
séance.
2.6 Formation : après l'installation du nouveau Conseil en décembre 2030, ou à la demande en
cours de marché, une séance de formation d'une heure trente pour les conseillers et une séance
de deux heures pour le secrétariat du Conseil, comprises dans le prix.

Article 3 - Délais d'intervention
3.1 Les demandes sont introduites par téléphone au 065/84 27 10 ou par courriel à
support@audioconseil.be, du lundi au vendredi de 8h00 à 17h00, et par le numéro de permanence
0475/39 62 18 pendant les séances.
3.2 Pendant une séance du Conseil, un technicien rappelle dans les 15 minutes de l'appel et guide
le secrétariat à distance ; il se rend sur place si nécessaire dans l'heure.
3.3 En dehors des séances, l'Adjudicataire prend en charge la demande dans les 8 heures ouvrables
et intervient sur site au plus tard le jour ouvrable suivant. Le système est remis en état de
fonctionnement dans les cinq jours ouvrables de la demande ; à défaut, l'Adjudicataire met à
disposition un système de vote de remplacement jusqu'à la réparation.
3.4 Si une séance doit recourir au vote à main levée ou être suspendue du fait d'un défaut de
l'Adjudicataire dans le respect des délais des articles 3.2 et 3.3, une pénalité forfaitaire de
250,00 EUR par séance est appliquée, sans préjudice des autres mesures d'office prévues par la
réglementation des marchés publics.

Article 4 - Interlocuteurs et suivi
4.1 L'Adjudicataire désigne M. Nicolas Hanotiau, technicien référent, formé par le constructeur
du système, et Mme Aurélie Bauduin, chef de projet, comme interlocuteurs du Pouvoir
adjudicateur. Il tient à jour un dossier technique de l'installation (plan de la salle, numéros
de série, configuration, liste des badges, historique des interventions), dont une copie est
remise au service informatique communal après chaque mise à jour.
4.2 Chaque intervention fait l'objet d'un rapport écrit, signé par l'agent communal présent,
mentionnant la panne, les pièces remplacées et la durée de l'intervention.
4.3 Une réunion d'évaluation annuelle a lieu en septembre entre l'Adjudicataire et le Directeur
général ou son délégué. Tout différend relatif à l'exécution est d'abord examiné lors d'une
réunion de concertation convoquée à la demande de la partie la plus diligente, dans les quinze
jours.
4.4 Le Pouvoir adjudicateur désigne le service informatique communal comme point de contact. Il
communique à l'Adjudicataire le calendrier des séances du Conseil au plus tard le 15 décembre
de chaque année et lui donne accès à la salle du Conseil aux dates convenues.

Article 5 - Prix et paiement
5.1 Le prix forfaitaire annuel de la maintenance s'élève à 4.860,00 EUR HTVA, soit 5.880,60 EUR
TVAC, couvrant l'ensemble des prestations de l'article 2.
5.2 Le prix est révisé au 1er janvier de chaque année, à partir du 1er janvier 2028, selon la
formule de révision de l'article 12 du cahier spécial des charges (indice Agoria salaires 80 %,
partie fixe 20 %).
5.3 Le prix est facturé par semestre à terme échu. Les factures sont payées dans les 30 jours de
leur réception, conformément à l'article 127 de l'arrêté royal du 14 janvier 2013.

Article 6 - Durée et fin du contrat
6.1 Le contrat prend cours le 1er janvier 2027 pour une durée de 48 mois. Il prend fin de plein
droit à son échéance, sans reconduction.
6.2 Le Pouvoir adjudicateur peut mettre fin au contrat à la fin de chaque année civile,
moyennant un préavis de trois mois notifié par envoi recommandé, sans indemnité.
6.3 À la fin du contrat, l'Adjudicataire remet au Pouvoir adjudicateur le dossier technique à
jour, la configuration du logiciel, la liste des badges et l'export complet des résultats de
votes et des listes de présence au format CSV et PDF, et restitue les clés d'accès. Il répond
pendant trois mois, sans frais, aux questions du nouveau prestataire désigné par le Pouvoir
adjudicateur.

Article 7 - Données à caractère personnel et confidentialité
7.1 Le système traite les noms des conseillers, leurs badges, leurs votes nominatifs et leurs
temps de parole. Pour les opérations de maintenance au cours desquelles il accède à ces données,
l'Adjudicataire agit comme sous-traitant au sens de l'article 28 du RGPD ; les parties signent la
convention de sous-traitance jointe en annexe 2. Aucune donnée n'est copiée hors des locaux
communaux sans l'accord écrit du délégué à la protection des données de la Commune.
7.2 L'Adjudicataire et son personnel gardent confidentielles les informations dont ils ont
connaissance, notamment le contenu des séances à huis clos, pendant le contrat et sans limite
de durée après celui-ci.

Article 8 - Responsabilité
L'Adjudicataire est responsable des dommages causés par ses prestations. Sa responsabilité est
limitée à 50.000,00 EUR par sinistre, sauf en cas de dol, de faute grave ou de dommage corporel.
Il justifie d'une assurance de responsabilité civile professionnelle couvrant ce montant.

Article 9 - Droit applicable et litiges
Le contrat est régi par le droit belge. À défaut d'accord à l'issue de la concertation prévue à
l'article 4.3, les litiges relèvent de la compétence exclusive des tribunaux de l'arrondissement
judiciaire du Hainaut, division de Mons.

Fait à Saint-Ghislain, le 02/12/2026, en deux exemplaires.

Pour la Commune de Saint-Ghislain                   Pour AUDIOCONSEIL srl
Par le Collège communal,
Xavier Lebrun, Directeur général                    Grégory Stiévenart, administrateur délégué
Florence Deneufbourg, Bourgmestre                   [signature]
[signatures]

Annexe 1 : offre du 28/10/2026 - Annexe 2 : convention de sous-traitance RGPD
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.user_support": "covered",
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
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
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
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
    },
)

FR_B19_AUCTION_BIDDING_QUOTE = UnseenDocument(
    name="fr_b19_auction_bidding_quote",
    text="""De : Maxime Gilson <maxime@pixelmeuse.be>
À : Catherine Renard <c.renard@hdv-mosan.be>
Date : mardi 1 décembre 2026 21:14
Objet : Devis catalogue en ligne + enchères en direct - HDV Mosan

Bonjour Catherine,

Merci pour le café et la visite de la salle de vente samedi ! Comme promis, voici mon devis pour
le module de catalogue en ligne et d'enchères en direct sur votre site actuel (WordPress chez
votre hébergeur). Je fais court, n'hésitez pas à m'appeler au 0487/15 63 02 si quelque chose
n'est pas clair.

Ce que je fais :
- un catalogue en ligne par vente (lots, photos, estimations, recherche par catégorie) ;
- l'inscription des enchérisseurs avec vérification de la carte d'identité et de la carte de
  crédit via votre compte Stripe ;
- les ordres d'achat écrits déposés avant la vente ;
- les enchères en direct par internet pendant la vente, avec un écran pour le clerc en salle
  qui relaie les offres au commissaire-priseur ;
- l'import de votre catalogue à partir du fichier Excel que vous utilisez déjà pour l'impression
  (pour la vente de février, environ 450 lots), avec les photos par numéro de lot ;
- la mise en ligne sur votre hébergement, puis une séance de prise en main d'une heure en
  visio avec vous et Thomas, et un petit guide PDF.

Ce qui n'est pas compris : l'application mobile, la traduction en néerlandais et en anglais, la
prise de vue des lots, les frais Stripe et l'éventuel passage à une formule d'hébergement plus
puissante chez votre hébergeur si le trafic les jours de vente l'exige.

Prix : 4.200,00 EUR HTVA, forfait. 40 % à la commande, le solde à la mise en ligne, factures à
15 jours.

Délai : 6 semaines à partir de l'acompte et de la réception du fichier Excel et des photos, donc
largement dans les temps pour la vente du 20 février si vous me confirmez avant Noël. Je vous
envoie un petit point d'avancement chaque vendredi par mail.

De votre côté, j'aurai besoin : du fichier Excel et des photos de la vente de février, des accès
administrateur WordPress et hébergeur, de votre compte Stripe activé et de vos conditions de
vente à jour pour la page d'inscription, au plus tard le 8 janvier.

Avant la mise en ligne, tout tourne sur un site de test : vous faites une vente fictive avec
Thomas et deux ou trois clients de confiance, je corrige ce qui cloche et je ne mets en ligne
qu'après votre feu vert écrit. Ensuite, je corrige gratuitement pendant 3 mois tout bug du
module.

Tout ce qui n'est pas dans la liste ci-dessus, je le fais à 75 EUR HTVA de l'heure, mais je vous
donne toujours une estimation avant et je n'attaque qu'après votre OK.

Le code du module reste ma propriété ; vous avez une licence d'utilisation illimitée et gratuite
pour vos propres sites. C'est moi qui développe, Lucie Wathelet (graphiste indépendante) fait la
mise en page du catalogue.

Après les 3 mois, je vous propose en option un suivi à 45 EUR HTVA par mois : mises à jour de
WordPress, des extensions et du module, sauvegarde hebdomadaire, et je réponds à vos questions
par mail ou téléphone du lundi au vendredi de 9 h à 17 h. Sans durée minimale, résiliable à la
fin de chaque mois avec un mois de préavis.

Mes conditions générales (pixelmeuse.be/cg) s'appliquent et priment sur les vôtres.

Si ça vous va, un simple « OK » par retour de mail suffit et je vous envoie la facture d'acompte.

Belle soirée,
Maxime

--
Maxime Gilson - Pixelmeuse, développement web
Quai de la Boverie 3/12, 4020 Liège - BCE BE 0712.884.519

-----
De : Catherine Renard <c.renard@hdv-mosan.be>
Date : jeudi 3 décembre 2026 09:02
Objet : RE: Devis catalogue en ligne + enchères en direct - HDV Mosan

OK pour nous, on y va ! Je vous transfère le fichier Excel dès qu'il est finalisé.
Catherine
""",
    items={
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 90,
    },
)

FR_B19_WINDOW_CONFIGURATOR_DEVELOPMENT = UnseenDocument(
    name="fr_b19_window_configurator_development",
    text="""CONTRAT DE DÉVELOPPEMENT LOGICIEL À PRIX FORFAITAIRE
Configurateur en ligne de châssis et calcul de prix - Projet « CONFIGO »
Réf. CDX-2026-118

ENTRE
CODEXIA srl, rue du Page 69, 1050 Ixelles, BCE BE 0651.327.884, représentée par M. Bruno
Vanhoutte, administrateur, ci-après « le Prestataire »,

ET
MENUISERIES DELVAUX sa, Zoning industriel de Ghislenghien, rue de l'Industrie 14, 7822 Ath,
BCE BE 0429.116.073, représentée par Mme Isabelle Delvaux, administratrice déléguée,
ci-après « le Client ».

Article 1 - Objet
1.1 Le Prestataire développe pour le Client une application web (« le Configurateur ») permettant
aux revendeurs et aux particuliers de configurer des châssis en PVC et en aluminium (dimensions,
profilés, vitrages, couleurs, quincailleries, options), d'obtenir un prix calculé selon les
tarifs du Client, de télécharger un devis PDF et de transmettre la demande au service commercial.
1.2 Le périmètre fonctionnel est décrit dans l'analyse fonctionnelle v1.3 du 06/11/2026
(annexe 1). L'offre du Prestataire n° OF-26-0457 du 13/11/2026 (annexe 2) fait partie intégrante
du contrat.
1.3 En cas de contradiction, le présent contrat prévaut sur ses annexes, et l'annexe 1 sur
l'annexe 2. Les conditions générales du Prestataire et les conditions d'achat du Client ne sont
pas applicables.

Article 2 - Exclusions
Ne sont pas compris dans le prix : l'interface avec le logiciel de production du Client (prévue
dans une phase ultérieure), les frais d'hébergement Microsoft Azure, facturés directement au
Client par Microsoft, la création des visuels 3D des profilés, fournis par le Client, et la
maintenance après la période de garantie.

Article 3 - Prix et conditions de paiement
3.1 Le prix forfaitaire et ferme du projet s'élève à 68.400,00 EUR HTVA. Il n'est pas révisable
pendant la durée du projet.
3.2 Il est facturé comme suit : 30 % à la signature, 40 % à la livraison de la version de recette
(jalon J3), 30 % à la réception définitive (jalon J5). Les factures sont payables à 30 jours
date de facture. Tout retard de paiement donne lieu à l'intérêt prévu par la loi du 2 août 2002.

Article 4 - Planning
Le projet se déroule selon le planning suivant, à compter de la réunion de lancement prévue le
11/01/2027 :
  J1 - ateliers et maquettes validés : semaine 4 de 2027 ;
  J2 - moteur de règles et de prix, import des tarifs : semaine 10 ;
  J3 - livraison de la version de recette complète : semaine 15 ;
  J4 - fin de la recette et corrections : semaine 18 ;
  J5 - mise en production sur l'environnement Azure du Client : semaine 19 (mi-mai 2027).

Article 5 - Obligations du Client
Le Client s'engage à :
  a) fournir, au plus tard le 29/01/2027, les grilles tarifaires de la saison 2027 au format
     Excel, les règles techniques de fabrication (dimensions minimales et maximales, combinaisons
     interdites) et les visuels des profilés ;
  b) valider chaque livrable dans les cinq jours ouvrables de sa remise ;
  c) désigner un chef de projet disposant d'un pouvoir de décision, M. Jérôme Dufrasne,
     responsable commercial, et mettre à disposition deux utilisateurs clés pour la recette ;
  d) créer l'abonnement Azure et donner au Prestataire les droits nécessaires au déploiement
     avant le jalon J3.

Article 6 - Retards
6.1 Si le Prestataire ne respecte pas la date du jalon J5 pour une cause qui lui est imputable, il
est redevable d'une pénalité de 0,5 % du prix forfaitaire par semaine calendrier de retard,
plafonnée à 5 % du prix, sans préjudice du droit du Client de résilier le contrat conformément à
l'article 14.2 si le retard dépasse huit semaines.
6.2 Tout retard du Client dans l'exécution de ses obligations de l'article 5 reporte les jalons
suivants d'une durée égale. Si ce report dépasse quatre semaines, les parties arrêtent un
nouveau planning et le Prestataire peut facturer, sur justificatifs, les jours de prestations
rendus inutiles, au tarif de l'article 7.3.

Article 7 - Modifications du périmètre
7.1 Toute demande de modification est formulée par écrit. Le Prestataire remet dans les cinq
jours ouvrables une analyse d'impact indiquant le nombre de jours, le prix et l'effet sur le
planning.
7.2 Aucune modification n'est exécutée ni facturée sans un avenant signé par les deux chefs de
projet. Le Comité de pilotage tranche en cas de désaccord.
7.3 Les modifications sont facturées au tarif journalier de 780,00 EUR HTVA (développeur) ou
890,00 EUR HTVA (architecte, chef de projet), ou sur une base forfaitaire convenue dans
l'avenant, avec les tranches de paiement qui y sont prévues.

Article 8 - Équipe du Prestataire
8.1 L'équipe du Prestataire se compose de Mme Laura Cornet, chef de projet (certifiée PMP,
dix ans d'expérience), de M. Samir El Amrani, architecte logiciel senior (douze ans
d'expérience, .NET et Azure), de deux développeurs confirmés ayant au moins quatre ans
d'expérience et d'une analyste testeuse certifiée ISTQB.
8.2 Le Prestataire ne remplace Mme Cornet ou M. El Amrani qu'avec l'accord préalable écrit du
Client, par une personne de compétence au moins équivalente ; la mise au courant du remplaçant
est à charge du Prestataire et ne peut être facturée.

Article 9 - Qualité
Le Prestataire développe selon les règles de l'art. Tout le code fait l'objet d'une revue par un
second développeur avant intégration ; le moteur de prix est couvert par des tests automatisés à
au moins 80 %. Le Configurateur est testé sur les trois dernières versions de Chrome, Edge,
Firefox et Safari, sur ordinateur et sur mobile, et respecte les recommandations OWASP Top 10.

Article 10 - Suivi du projet
10.1 Le chef de projet du Prestataire envoie chaque lundi un rapport d'avancement écrit
(tâches réalisées, tâches prévues, risques, consommation du budget des modifications).
10.2 Un Comité de pilotage, composé de Mme Delvaux, M. Dufrasne, M. Vanhoutte et Mme Cornet, se
réunit toutes les quatre semaines. Les points non résolus entre chefs de projet lui sont soumis ;
à défaut de solution, ils sont portés devant les administrateurs des deux parties.

Article 11 - Reprise des données, mise en production et formation
11.1 Le Prestataire importe les grilles tarifaires et les règles fournies par le Client, contrôle
leur cohérence et remet un rapport d'import signalant les anomalies. Il développe en outre un
outil d'import permettant au Client de charger lui-même les tarifs des saisons suivantes.
11.2 Le Prestataire déploie le Configurateur sur l'environnement Azure du Client (recette puis
production) à l'aide d'une chaîne de déploiement automatisée qu'il documente.
11.3 Le Prestataire forme trois administrateurs du Client (une journée) et les six membres du
service commercial (une demi-journée) ; il fournit un manuel d'administration et un guide de
l'utilisateur en français et en néerlandais.

Article 12 - Recette et réception
12.1 Le Client dispose de quinze jours ouvrables à compter de la livraison de la version de
recette pour exécuter les scénarios de test de l'annexe 3 et notifier les anomalies, classées
en bloquantes, majeures et mineures.
12.2 La réception est prononcée par écrit lorsque aucune anomalie bloquante ou majeure ne
subsiste. Les anomalies mineures sont corrigées dans le mois de la réception. La mise en
production par le Client sans réserve écrite vaut réception.

Article 13 - Garantie
Pendant six mois à compter de la réception, le Prestataire corrige gratuitement toute anomalie
du Configurateur par rapport à l'annexe 1 : les anomalies bloquantes dans les deux jours
ouvrables, les autres dans les dix jours ouvrables. Un contrat de maintenance pourra être
conclu à l'issue de la garantie ; l'offre en est jointe à titre indicatif en annexe 4.

Article 14 - Propriété intellectuelle, documentation et fin du contrat
14.1 Dès le paiement complet de chaque tranche, le Client devient titulaire de tous les droits
patrimoniaux sur les développements spécifiques correspondants. Le code source est hébergé dès
le premier jour dans un dépôt Git appartenant au Client, avec la documentation technique et
d'architecture tenue à jour. Les composants open source restent soumis à leur licence.
14.2 Chaque partie peut résilier le contrat par envoi recommandé si l'autre partie ne remédie
pas à un manquement grave dans les trente jours d'une mise en demeure. Le Client peut en outre
mettre fin au projet à tout moment, moyennant le paiement des prestations réalisées et d'une
indemnité de 10 % du solde restant dû.
14.3 En fin de contrat, pour quelque cause que ce soit, le Prestataire remet au Client toutes les
données, tous les paramétrages et tous les livrables en cours, et consacre deux demi-journées,
sans frais, au transfert de connaissances vers l'équipe désignée par le Client.

Article 15 - Confidentialité et données personnelles
15.1 Chaque partie garde confidentielles les informations de l'autre partie, notamment les
tarifs et les marges du Client, pendant le contrat et cinq ans après sa fin.
15.2 Le Configurateur collecte les coordonnées des particuliers qui demandent un devis. Pendant
la recette et la garantie, le Prestataire y accède en qualité de sous-traitant du Client ;
l'accord de traitement des données de l'annexe 5 s'applique.

Article 16 - Responsabilité
La responsabilité totale du Prestataire est limitée au prix forfaitaire de l'article 3.1, sauf
en cas de dol, de faute grave ou de violation de l'article 15. Aucune partie ne répond des
dommages indirects.

Article 17 - Droit applicable et litiges
Le contrat est soumis au droit belge. Les parties tentent de résoudre tout différend à l'amiable
par la procédure d'escalade de l'article 10.2, puis par une médiation auprès du CEPANI. À défaut
d'accord dans les quarante-cinq jours du début de la médiation, les tribunaux de l'entreprise
francophone de Bruxelles sont seuls compétents.

Fait à Bruxelles, le 04/12/2026, en deux exemplaires originaux.

Pour CODEXIA srl                                Pour MENUISERIES DELVAUX sa
Bruno Vanhoutte, administrateur                 Isabelle Delvaux, administratrice déléguée
(signé)                                         (signé)

Annexes : 1. analyse fonctionnelle v1.3 - 2. offre OF-26-0457 - 3. scénarios de recette -
4. offre de maintenance (indicative) - 5. accord de traitement des données
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "exit.termination": "covered",
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
        "payment_term_days": 30,
        "warranty_days": 180,
    },
)

FR_B19_EXAM_PROCTORING_SAAS_ORDER = UnseenDocument(
    name="fr_b19_exam_proctoring_saas_order",
    text="""EXAMIA srl - Surveillance d'examens en ligne
Rue Saint-Gilles 102, 4000 Liège - BCE BE 0764.390.215 - www.examia.be

BON DE COMMANDE N° BC-2026-0392

Client : INSTITUT MEURICE-LAPLACE asbl (formation continue en gestion et en comptabilité)
Rue de Fer 27, 5000 Namur - BCE BE 0417.268.943
Contact Client : M. Didier Lecocq, responsable des examens - d.lecocq@meurice-laplace.be

1. Services commandés
Abonnement à la plateforme Examia Proctor, module de surveillance d'examens à distance intégré à
la plateforme Moodle du Client : vérification d'identité des candidats (photo et pièce
d'identité), enregistrement de la webcam, du micro et de l'écran pendant l'examen, verrouillage
du navigateur, signalement automatique des comportements suspects et revue des signalements par
les surveillants du Client.
Ne sont pas compris : la surveillance humaine en direct par le personnel d'Examia (disponible
sur devis), l'administration de la plateforme Moodle du Client et le support technique direct
aux candidats, qui reste assuré par le secrétariat du Client sur la base des fiches fournies
par Examia.

2. Prix (HTVA)
Mise en service (intégration Moodle, authentification unique Microsoft Entra ID,
paramétrage des profils d'examen, examen pilote)                   forfait unique   2.450,00 EUR
Abonnement annuel - forfait de 5.000 examens surveillés par an            par an   17.000,00 EUR
Examens au-delà du forfait                                          par examen       3,60 EUR
Le nombre d'examens est relevé à la fin de chaque année contractuelle ; les examens au-delà du
forfait sont facturés à terme échu. Examia informe le Client par e-mail lorsque 80 % du forfait
est atteint.

3. Durée
Le présent bon de commande prend effet à la date de sa signature. L'abonnement court à partir
du 01/01/2027 pour une durée initiale de 24 mois. Il est ensuite reconduit tacitement par
périodes de 12 mois, sauf résiliation par l'une des parties par lettre recommandée au moins trois
mois avant l'échéance.

4. Facturation et paiement
Mise en service : à la signature. Abonnement : annuellement et anticipativement, au 1er janvier.
Factures payables à 30 jours date de facture. Examia peut adapter ses tarifs au 1er janvier de
chaque année en avertissant le Client deux mois à l'avance ; le Client qui n'accepte pas la
hausse peut résilier l'abonnement à la date de celle-ci.

5. Mise en service
Examia réalise l'intégration et le paramétrage dans les six semaines de la signature, de
manière à ce que la plateforme soit opérationnelle pour la session d'examens de janvier 2027.
Un examen pilote avec au moins vingt candidats volontaires est organisé avant la première
session. Examia forme, en deux séances à distance de deux heures, les dix surveillants et le
secrétariat désignés par le Client, et fournit un guide pour les candidats.
Le Client donne à Examia un accès administrateur à son Moodle de test et de production dans la
semaine de la signature et communique le calendrier de chaque session d'examens au plus tard
dix jours ouvrables avant son début.

6. Interlocuteurs
Mme Hélène Wéry, gestionnaire de compte, est l'interlocutrice du Client pour toute question
contractuelle ; elle connaît l'installation et le calendrier du Client et organise après chaque
session d'examens une réunion d'évaluation avec le responsable des examens. En cas de difficulté
non résolue, le Client peut s'adresser au directeur des opérations d'Examia, M. Pierre Lhoest.

7. Conditions
Le présent bon de commande, l'annexe SLA ci-dessous et les conditions générales d'abonnement
d'Examia (version 2026-2, jointes) forment le contrat. En cas de contradiction, les conditions
générales d'Examia prévalent. Droit belge ; tribunaux de Liège, division Liège.

ANNEXE - ENGAGEMENTS DE SERVICE (SLA)

A. Disponibilité
La plateforme est disponible 99,7 % du temps, mesuré par mois civil. Les maintenances planifiées
sont annoncées au moins sept jours à l'avance et ne sont jamais programmées pendant une session
d'examens déclarée par le Client.

B. Support
Support par le portail support.examia.be, par e-mail (support@examia.be) et par téléphone
(04/279 51 60), du lundi au vendredi de 8h00 à 18h00. Pendant les sessions d'examens déclarées,
une permanence téléphonique est assurée de 7h00 à 22h00, y compris le samedi.

Priorité      Définition                                        Réponse     Solution de
                                                                             contournement
P1 critique   examens impossibles pendant une session           30 minutes  2 heures
P2 majeure    fonction importante dégradée                      4 heures    1 jour ouvrable
P3 mineure    autre anomalie, question                          1 jour      10 jours ouvrables
                                                                ouvrable

C. Crédits de service
Si la disponibilité mensuelle est inférieure à 99,7 %, le Client reçoit un crédit de 5 % de la
redevance mensualisée par tranche entamée de 0,5 % sous l'engagement, plafonné à 25 %. Le
crédit est imputé sur la facture suivante, à la demande du Client introduite dans les trente
jours. Ce crédit constitue l'unique compensation due par Examia pour l'indisponibilité.

D. Mises à jour
La plateforme est mise à jour en continu ; les nouvelles versions sont annoncées par e-mail au
moins sept jours à l'avance et aucune mise à jour n'est déployée pendant une session déclarée.
Les correctifs de sécurité critiques sont appliqués dans les 72 heures.

E. Rapports
Examia remet au Client un rapport mensuel (disponibilité, incidents, demandes de support) et,
après chaque session, un rapport de session (nombre d'examens, signalements, incidents).

F. Données
Examia traite les données des candidats (identité, images, enregistrements) en qualité de
sous-traitant du Client, selon l'accord de traitement annexé aux conditions générales. Les
données sont hébergées en Belgique et aux Pays-Bas. Les enregistrements sont supprimés 90 jours
après l'examen, sauf demande motivée du Client en cas de recours. À la fin de l'abonnement, le
Client peut exporter pendant 30 jours les résultats, les journaux et les rapports de
signalement au format CSV et PDF ; les données sont ensuite supprimées. Les deux parties
respectent la confidentialité des examens et des données échangées.

G. Responsabilité
La responsabilité d'Examia est limitée aux montants payés par le Client au cours des trois mois
précédant l'incident. Examia ne répond pas de la perte de données, ni des conséquences d'une
fraude non détectée ou d'un examen annulé.

H. Propriété
La plateforme et ses algorithmes restent la propriété d'Examia ; le Client reçoit un droit
d'utilisation non exclusif pour la durée de l'abonnement. Les questions d'examen et les
résultats restent la propriété du Client.

Fait à Liège, le 30/11/2026.

Pour EXAMIA srl                                 Pour l'INSTITUT MEURICE-LAPLACE asbl
Pierre Lhoest, directeur des opérations          Anne-Sophie Gérard, directrice
(signé)                                          (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
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
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

FR_DOCUMENTS = [
    FR_B19_COUNCIL_VOTING_MAINTENANCE,
    FR_B19_AUCTION_BIDDING_QUOTE,
    FR_B19_WINDOW_CONFIGURATOR_DEVELOPMENT,
    FR_B19_EXAM_PROCTORING_SAAS_ORDER,
]
