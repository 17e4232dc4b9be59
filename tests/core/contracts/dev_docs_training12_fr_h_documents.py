"""Training batch 12 (fr, writer h): four documents as Belgian IT suppliers and their clients
write them.

- fr_t12h_bakery_cloud_pos_contract: a long formal contract (numbered articles) by which a Namur
  supplier provides a cloud cash-register system (terminals, platform, loyalty file) to a bakery
  chain with nine shops: set-up fees, per-terminal subscription, pilot and rollout planning,
  service levels with credits, 36 months with tacit renewal, signed by both parties.
- fr_t12h_school_interactive_screens_quote: a Liège integrator's quote (devis) to a secondary
  school in Ciney for interactive screens and laser projectors, with an optional 3-year
  maintenance contract; the supplier's general terms apply, empty "bon pour accord" line.
- fr_t12h_cpas_social_file_migration: a convention under public procurement by which a software
  house migrates a CPAS's social-file software to its hosted solution and maintains it for four
  years (penalties, reconciliation of test migrations, escrow, professional secrecy), signed by
  both parties.
- fr_t12h_cat_server_hosting_offer: a short informal e-mail offer by a Brussels hosting company
  to move a translation agency's memoQ server to a hosted virtual machine, monthly, with
  best-efforts availability; acceptance by a reply e-mail.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "bon pour accord" line for the client
is a partial signature, an e-mail acceptance with no signature block is missing); partial =
mentioned but vague, a bare cross-reference without content, a placeholder, best-efforts only,
a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T12H_BAKERY_CLOUD_POS_CONTRACT = UnseenDocument(
    name="fr_t12h_bakery_cloud_pos_contract",
    text="""CONTRAT D'ABONNEMENT - SYSTÈME DE CAISSE EN NUAGE
Contrat n° CSL-2026-0311

ENTRE
CAISSALIS srl, dont le siège est établi chaussée de Marche 602, 5101 Erpent (Namur),
BCE BE 0712.448.093, représentée par M. Damien Hubert, gérant,
ci-après « le Prestataire »,

ET
BOULANGERIES DELVAUX SA, dont le siège est établi rue des Fours 21, 5100 Jambes,
BCE BE 0422.917.356, représentée par Mme Isabelle Delvaux, administratrice déléguée,
ci-après « le Client ».

Article 1 - Objet et documents contractuels
1.1 Le Prestataire fournit au Client, pour ses neuf points de vente (Jambes, Namur-Gare,
Bouge, Salzinnes, Wépion, Gembloux, Andenne, Ciney et Dinant), un système de caisse composé de
terminaux tactiles, d'imprimantes de tickets, de tiroirs-caisses et de l'accès à la plateforme
en ligne CaisseCloud (gestion des articles, des prix, des ventes, des commandes de gâteaux et
de la carte de fidélité).
1.2 Le contrat comprend, par ordre de priorité : (a) le présent contrat ; (b) l'annexe 1
(liste du matériel et des sites) ; (c) l'offre du Prestataire n° OF-26-1187 du 22/10/2026.
Les conditions générales du Prestataire ne s'appliquent que pour les points non réglés par ces
documents ; en cas de contradiction, le présent contrat prévaut.

Article 2 - Périmètre
2.1 Sont compris : quatorze terminaux de caisse avec imprimante et tiroir, deux balances
connectées, l'installation dans les neuf magasins, le paramétrage de la plateforme, la reprise
du fichier articles et du fichier fidélité, la formation, l'abonnement CaisseCloud (hébergement,
mises à jour, support) et le remplacement du matériel défectueux pendant la durée du contrat.
2.2 Ne sont pas compris : le câblage réseau des magasins, les connexions internet, les
terminaux de paiement (fournis par le prestataire de paiement du Client) et l'interface avec le
logiciel comptable, qui pourra faire l'objet d'une offre séparée.

Article 3 - Prix
3.1 Frais uniques de mise en place : 11.760,00 EUR HTVA, soit matériel 8.940,00 EUR,
installation et paramétrage 2.070,00 EUR, reprise des données et formation 750,00 EUR.
3.2 Abonnement : 69,00 EUR HTVA par terminal et par mois, soit 966,00 EUR HTVA par mois pour
quatorze terminaux. Chaque terminal supplémentaire est facturé au même prix.
3.3 Les prestations non comprises dans le contrat sont facturées 92,00 EUR HTVA de l'heure.
Elles ne sont exécutées qu'après acceptation écrite par le Client d'un devis indiquant le
nombre d'heures et le délai.
3.4 L'abonnement et le taux horaire sont indexés le 1er janvier de chaque année selon l'indice
santé, l'augmentation ne pouvant dépasser 3 % par an.
3.5 Les frais de mise en place sont facturés pour moitié à la signature et pour moitié à la
réception du dernier magasin. L'abonnement est facturé mensuellement à partir de la mise en
service de chaque magasin. Les factures sont payables à 30 jours date de facture.

Article 4 - Planning
4.1 Le magasin pilote de Jambes est équipé le lundi 1er février 2027. Après deux semaines de
fonctionnement, les huit autres magasins sont équipés à raison de deux magasins par semaine,
le lundi, jour de fermeture, l'ensemble devant être terminé le 19 mars 2027.
4.2 Le Client transmet au plus tard le 15 janvier 2027 l'export de son fichier articles
(références, prix, TVA, allergènes) et de son fichier fidélité, veille à ce que chaque magasin
dispose d'une connexion internet et d'une prise réseau à chaque caisse une semaine avant
l'installation, et libère la responsable de chaque magasin pour la formation.
4.3 Si l'installation d'un magasin est retardée du fait du Prestataire, l'abonnement de ce
magasin n'est dû qu'à partir de sa mise en service effective et le Prestataire met à
disposition, sans frais, une caisse de remplacement. Si le retard est dû au Client, le
magasin est replanifié à la première date libre et le déplacement inutile est facturé
150,00 EUR HTVA.

Article 5 - Reprise des données, installation et réception
5.1 Le Prestataire importe le fichier articles (environ 640 articles) et le fichier fidélité
(environ 5.800 clients) et remet au Client une liste de contrôle qu'il valide avant le pilote.
5.2 Le Prestataire installe et teste le matériel dans chaque magasin. Chaque magasin fait
l'objet d'un procès-verbal de mise en service. Au terme des deux semaines du pilote, le Client
vérifie les ventes, les clôtures journalières et les rapports ; la réception est prononcée par
écrit si aucune anomalie bloquante ne subsiste.
5.3 Les anomalies constatées pendant les trois mois qui suivent la réception sont corrigées
sans frais, dans les délais de l'article 7.

Article 6 - Formation et interlocuteurs
6.1 Le Prestataire forme la responsable de chaque magasin sur place (deux heures) le jour de
l'installation et donne une formation d'une demi-journée au siège pour la gestion des articles
et des rapports. Un technicien reste présent le premier jour d'ouverture de chaque magasin.
6.2 M. Kevin Lallemand, chef de projet, est l'interlocuteur du Client pendant le déploiement,
puis Mme Julie Gobert, gestionnaire de compte, qui connaît la configuration des neuf magasins et
tient à jour la fiche de configuration.
6.3 Le Prestataire remet au Client un manuel d'utilisation en français et une fiche de
dépannage plastifiée pour chaque caisse.

Article 7 - Niveaux de service
7.1 Le support est joignable 7 jours sur 7 de 6h00 à 20h00 au 081/40 22 17 et, en dehors de
ces heures, par le portail de tickets.
7.2 Le Prestataire s'engage sur les délais suivants :
  - priorité 1 (une caisse ne peut plus encaisser) : rappel dans les 30 minutes, dépannage à
    distance ou livraison d'un terminal de remplacement dans les 4 heures pendant les heures
    de support ;
  - priorité 2 (fonction dégradée, rapports indisponibles) : rappel dans les 4 heures,
    correction le jour ouvrable suivant ;
  - priorité 3 (question, demande de modification) : réponse dans les 2 jours ouvrables.
7.3 Les terminaux continuent d'encaisser hors connexion pendant au moins 72 heures. La
plateforme CaisseCloud est disponible à 99,7 % par mois, hors maintenances planifiées entre
0h00 et 5h00.
7.4 Si la disponibilité mensuelle descend sous 99,7 %, ou si un délai de priorité 1 n'est pas
respecté, le Client reçoit un avoir de 10 % de l'abonnement mensuel par manquement, plafonné à
50 % de l'abonnement du mois.
7.5 Les mises à jour du logiciel de caisse et de la plateforme, y compris les adaptations
rendues nécessaires par la réglementation fiscale et les correctifs de sécurité, sont
installées à distance pendant la nuit, sans frais.
7.6 Le Prestataire envoie chaque mois un rapport de service (disponibilité, tickets, délais
respectés). Une réunion de suivi a lieu chaque trimestre entre la gestionnaire de compte et la
responsable administrative du Client ; les points non résolus sont portés au gérant du
Prestataire et à l'administratrice déléguée du Client.

Article 8 - Durée et résiliation
8.1 Le contrat est conclu pour 36 mois à compter de la réception. Il est ensuite reconduit
tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée au moins trois
mois avant l'échéance.
8.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie auquel
il n'est pas remédié dans les 30 jours d'une mise en demeure. En cas de fermeture d'un magasin,
le Client peut résilier l'abonnement des terminaux concernés moyennant un préavis d'un mois.

Article 9 - Fin du contrat
9.1 À la fin du contrat, le Prestataire remet au Client, dans les 15 jours et sans frais, un
export complet des articles, des ventes des cinq dernières années et du fichier fidélité aux
formats CSV et Excel.
9.2 À la demande du Client, le Prestataire maintient le service aux conditions en vigueur
pendant trois mois au plus après la fin du contrat, le temps de la mise en place d'un autre
système. Le matériel payé par le Client lui reste acquis.

Article 10 - Propriété, confidentialité et données personnelles
10.1 Le logiciel et la plateforme restent la propriété du Prestataire ; le Client dispose d'un
droit d'usage non exclusif pendant la durée du contrat. Les données du Client lui appartiennent.
10.2 Chaque partie garde confidentielles les informations de l'autre, notamment les chiffres de
vente, pendant le contrat et trois ans après.
10.3 Pour les données des clients fidélité, le Prestataire agit comme sous-traitant au sens de
l'article 28 du RGPD, conformément à la convention de traitement jointe en annexe 2. Les
données sont hébergées dans un centre de données en Belgique.

Article 11 - Responsabilité
La responsabilité du Prestataire est limitée à 25.000,00 EUR par année contractuelle, sauf dol,
faute grave ou manquement aux obligations de l'article 10. Les dommages indirects sont exclus,
à l'exception des frais de reconstitution des données perdues par la faute du Prestataire.

Article 12 - Droit applicable et litiges
Le contrat est régi par le droit belge. Les parties s'efforcent de régler tout différend à
l'amiable ; à défaut d'accord entre le gérant et l'administratrice déléguée dans les 30 jours,
le litige est soumis aux tribunaux de Namur.

Fait à Jambes, le 30/11/2026, en deux exemplaires.

Pour CAISSALIS srl                               Pour BOULANGERIES DELVAUX SA
Damien Hubert, gérant                            Isabelle Delvaux, administratrice déléguée
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

FR_T12H_SCHOOL_INTERACTIVE_SCREENS_QUOTE = UnseenDocument(
    name="fr_t12h_school_interactive_screens_quote",
    text="""EDUSCREEN srl
Rue de Hermée 245 - 4040 Herstal - TVA BE 0746.219.580
04/265 31 90 - info@eduscreen.be - www.eduscreen.be

DEVIS N° D-2026-0642                                  Herstal, le 1er décembre 2026
Validité : 60 jours

Institut Saint-Joseph - Enseignement secondaire
À l'attention de M. Philippe Rasquin, directeur
Rue de la Station 18
5590 Ciney

Objet : équipement de 14 classes en écrans interactifs, vidéoprojecteurs pour la salle de
gymnastique et le réfectoire, contrat de maintenance

Monsieur le Directeur,

Suite à la visite de l'école du 19 novembre avec M. Hardy, votre coordinateur informatique,
nous avons le plaisir de vous remettre notre meilleure offre.

1. MATÉRIEL                                            Qté    Prix unit.        Total HTVA
Écran interactif Promethean ActivPanel 9 Premium 75"    14     3.190,00        44.660,00
Support mural fixe certifié VESA                        14       145,00         2.030,00
Vidéoprojecteur laser Epson EB-L690U (6.000 lm)          2     3.480,00         6.960,00
Écran de projection motorisé 300 x 188 cm                2       980,00         1.960,00
Kit HDMI/USB-C au bureau du professeur                  16        85,00         1.360,00
                                                                 Sous-total     56.970,00

2. INSTALLATION
Dépose des anciens tableaux blancs et TBI, fixation murale, raccordement, configuration
réseau (Wi-Fi élèves et professeurs), inscription des écrans sur la console de gestion,
évacuation des emballages et des anciens appareils vers un centre agréé.
Forfait installation                                                              6.840,00

TOTAL DEVIS HTVA                                                                 63.810,00
TVA 21 %                                                                         13.400,10
TOTAL TVAC                                                                       77.210,10

Non compris : travaux électriques et pose de prises supplémentaires, câblage réseau,
peinture et rebouchage des murs après dépose des anciens tableaux, ordinateurs portables des
professeurs.

3. DÉLAIS ET ORGANISATION
Livraison et installation pendant le congé de printemps, du 26 avril au 7 mai 2027, afin de
ne pas perturber les cours. Nous vous confirmerons le planning définitif trois semaines à
l'avance. Les délais de livraison sont donnés à titre indicatif et ne peuvent donner lieu à
aucune pénalité.
L'école veille à ce qu'une prise électrique et une prise réseau soient disponibles à côté de
chaque emplacement avant le 23 avril 2027 et donne accès aux locaux pendant le congé.
Votre interlocuteur est M. Sébastien Collignon, conseiller éducation ; l'installation est
réalisée par deux de nos techniciens certifiés Promethean et Epson.

4. RÉCEPTION ET FORMATION
À la fin de l'installation, chaque écran et chaque projecteur est testé en présence de
M. Hardy et un procès-verbal de réception est signé. Nous remettons à l'école un dossier
technique (plan d'implantation, numéros de série, paramètres réseau, comptes de la console de
gestion).
Deux séances de formation de deux heures pour les enseignants sont organisées à l'école à la
rentrée des vacances (prise en main, logiciel Promethean Explain Everything, bonnes pratiques
en classe). Une séance supplémentaire pour les nouveaux enseignants est offerte en septembre.

5. GARANTIE
Écrans ActivPanel : garantie constructeur de 5 ans sur site, pièces et main-d'œuvre.
Vidéoprojecteurs : 3 ans ou 20.000 heures, échange standard.

6. CONTRAT DE MAINTENANCE « SÉRÉNITÉ ÉCOLE » (optionnel)
- Helpdesk par téléphone et e-mail les jours scolaires de 8h00 à 16h30.
- Prise en charge à distance dans les 4 heures ouvrables ; intervention sur site le jour
  ouvrable suivant si le problème ne peut être résolu à distance.
- Mise à disposition d'un écran de prêt dans les 3 jours ouvrables si un écran doit être
  réparé en atelier.
- Installation des mises à jour de firmware et de sécurité des écrans deux fois par an, ainsi
  qu'une visite de contrôle annuelle (nettoyage des filtres des projecteurs, vérification des
  fixations).
- Inventaire du parc tenu à jour et consultable par l'école.
Prix : 2.280,00 EUR HTVA par an, facturé en septembre. Prix fermes pendant toute la durée du
contrat.
Durée : 3 années scolaires, du 1er septembre 2027 au 31 août 2030. Le contrat prend fin
automatiquement à son terme. L'école peut y mettre fin à la fin de chaque année scolaire,
moyennant un préavis de 3 mois par courrier.
Les interventions non couvertes (casse, vandalisme, déplacement de matériel) font l'objet d'un
devis complémentaire soumis à l'accord préalable de la direction et sont facturées à 78,00 EUR
HTVA de l'heure, plus 45,00 EUR de déplacement.

7. CONDITIONS DE PAIEMENT
Matériel et installation : facturés après la signature du procès-verbal de réception, payables
à 30 jours. Nos conditions générales de vente, disponibles sur www.eduscreen.be, sont
d'application. Notre responsabilité est limitée à la réparation ou au remplacement du matériel
défectueux. Droit belge ; les tribunaux de Liège sont seuls compétents.

Nous restons à votre disposition pour toute information complémentaire.

Sébastien Collignon
Conseiller éducation - EduScreen srl

Bon pour accord, avec / sans (*) contrat de maintenance
Pour l'Institut Saint-Joseph : ...................................
Date : .................    Signature : ............................
(*) biffer la mention inutile
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
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
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
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T12H_CPAS_SOCIAL_FILE_MIGRATION = UnseenDocument(
    name="fr_t12h_cpas_social_file_migration",
    text="""CPAS DE SAMBREVILLE
Convention relative à la migration du logiciel de gestion des dossiers sociaux et à sa
maintenance
Marché public de services - procédure négociée directe avec publication préalable
Cahier spécial des charges n° CPAS/INFO/2026-04

ENTRE
Le Centre public d'action sociale de Sambreville, place Albert Ier 2, 5060 Tamines,
représenté par Mme Anne Mathot, présidente, et M. Marc Lizin, directeur général, agissant en
exécution de la décision du Conseil de l'action sociale du 17/11/2026,
ci-après « le CPAS »,

ET
SOCIALSOFT scrl, avenue Jean Mermoz 30, 6041 Gosselies, BCE BE 0455.302.871, représentée par
M. Vincent Carlier, administrateur délégué, ci-après « l'adjudicataire ».

Article 1 - Objet
L'adjudicataire remplace le logiciel de gestion des dossiers sociaux actuellement utilisé par le
CPAS (revenu d'intégration, aide sociale, médiation de dettes, aide aux personnes âgées) par sa
solution SocialDossier, hébergée dans son centre de données à Charleroi, reprend les données
existantes, forme le personnel et assure la maintenance et l'hébergement de la solution.

Article 2 - Documents applicables
Le marché est régi, par ordre de priorité décroissant, par : la loi du 17 juin 2016 relative aux
marchés publics et ses arrêtés d'exécution, dont l'arrêté royal du 14 janvier 2013 établissant
les règles générales d'exécution ; le cahier spécial des charges n° CPAS/INFO/2026-04 ; la
présente convention ; l'offre de l'adjudicataire du 02/10/2026. Les conditions générales de
l'adjudicataire sont expressément exclues.

Article 3 - Prix
3.1 Migration et mise en œuvre (forfait) : 42.600,00 EUR HTVA, comprenant l'analyse, le
paramétrage des modèles de rapports sociaux et de décisions, les connexions à la Banque
Carrefour de la Sécurité Sociale et au SPP Intégration sociale, la reprise des données et la
formation.
Ne sont pas compris : les postes de travail et scanners du CPAS, ni l'extraction des données
auprès du fournisseur actuel, qui reste à charge du CPAS.
3.2 Abonnement annuel (licences pour 60 utilisateurs, hébergement, maintenance et support) :
28.800,00 EUR HTVA par an.
3.3 Le montant total du marché pour quatre ans s'élève à 157.800,00 EUR HTVA.
3.4 Les prestations complémentaires sont facturées au prix journalier de 760,00 EUR HTVA. Elles
font l'objet d'une offre de l'adjudicataire et d'un bon de commande signé par le directeur
général ; aucune prestation n'est payée sans bon de commande préalable.
3.5 L'abonnement et le prix journalier sont révisés le 1er janvier de chaque année selon la
formule p = P x (0,2 + 0,8 x S/S0), S étant l'indice Agoria des salaires.
3.6 Le forfait de migration est facturé à 40 % à la réception de la première migration d'essai
et à 60 % à la réception provisoire. L'abonnement est facturé annuellement à partir de la mise
en production. Les factures sont payées dans les 30 jours de leur réception.

Article 4 - Planning
4.1 Réunion de lancement : 11/01/2027. Analyse et paramétrage : jusqu'au 12/03/2027. Première
migration d'essai : 22/03/2027. Seconde migration d'essai : 26/04/2027. Formation : du 10 au
21/05/2027. Migration définitive : week-end du 29-30/05/2027. Mise en production :
31/05/2027.
4.2 Le CPAS remet, au plus tard le 01/02/2027, les exports complets de l'application actuelle,
obtenus auprès de son fournisseur actuel, désigne un responsable de projet et quatre
utilisateurs clés (un par service), disponibles deux demi-journées par semaine durant
l'analyse, et valide les documents remis par l'adjudicataire dans les dix jours ouvrables.
4.3 En cas de retard imputable à l'adjudicataire dans la mise en production, une amende de
0,07 % du forfait de migration par jour calendrier de retard est appliquée, plafonnée à 5 % de
ce forfait. Tout retard imputable au CPAS entraîne un report équivalent du planning, sans
amende.

Article 5 - Équipe
5.1 Le projet est conduit par Mme Laura Dethier, cheffe de projet, qui justifie de huit ans
d'expérience dans la mise en œuvre de logiciels pour les CPAS wallons et bruxellois, assistée
de M. Hugo Remacle, consultant en migration de données, et de Mme Céline Jadot, formatrice.
5.2 Toute modification de l'équipe est soumise à l'accord préalable écrit du CPAS ; le
remplaçant dispose d'une qualification au moins équivalente et la mise au courant est à charge
de l'adjudicataire.
5.3 L'adjudicataire exécute ses prestations selon les règles de l'art. Chaque version livrée au
CPAS a passé au préalable ses tests internes de non-régression, dont le rapport est joint.

Article 6 - Suivi du marché
6.1 La cheffe de projet transmet un rapport d'avancement toutes les deux semaines (tâches
réalisées, planning, risques, décisions attendues du CPAS).
6.2 Un comité d'accompagnement composé du directeur général, du responsable de projet du CPAS,
de la cheffe de projet et de l'administrateur délégué de l'adjudicataire se réunit chaque mois
jusqu'à la réception définitive, puis deux fois par an.

Article 7 - Reprise des données
7.1 L'adjudicataire reprend l'ensemble des dossiers actifs (environ 3.900) et des dossiers
clôturés depuis 2015 (environ 21.000), avec les enquêtes sociales, les décisions, les pièces
jointes scannées et l'historique des paiements.
7.2 Chaque migration d'essai fait l'objet d'un rapport de réconciliation (nombre de dossiers,
montants, pièces jointes) et d'un contrôle par échantillonnage de 100 dossiers par les
utilisateurs clés. La migration définitive n'a lieu qu'après validation écrite de la seconde
migration d'essai par le CPAS.

Article 8 - Réception
8.1 La réception provisoire est prononcée lorsque la solution est en production, que les
données sont reprises et que les scénarios de test du cahier spécial des charges (annexe C) ont
été exécutés sans anomalie bloquante. La réception définitive intervient six mois après la
réception provisoire.
8.2 Pendant ce délai de garantie de six mois, l'adjudicataire corrige gratuitement toute
anomalie et toute erreur de reprise des données.

Article 9 - Formation
L'adjudicataire forme les 48 travailleurs sociaux et agents administratifs en quatre groupes
(deux journées par groupe) et les utilisateurs clés (trois journées). Il remet les manuels
utilisateur et assure une permanence sur place pendant la première semaine de production.

Article 10 - Maintenance, support et hébergement
10.1 L'abonnement comprend la maintenance corrective, les mises à jour et correctifs de
sécurité, les adaptations aux modifications légales et réglementaires (barèmes du revenu
d'intégration, flux BCSS), l'hébergement, les sauvegardes quotidiennes et le support.
10.2 Le support est joignable les jours ouvrables de 8h00 à 17h00 par téléphone au
071/91 40 60 et par le portail de tickets.
10.3 Délais : incident bloquant (application indisponible, impossibilité d'encoder une
décision ou de transmettre un flux) : prise en charge dans l'heure, rétablissement ou solution
de contournement dans les 8 heures ouvrables ; incident majeur : prise en charge dans les
4 heures ouvrables, correction dans les 3 jours ouvrables ; autres : prise en charge le jour
ouvrable suivant.
10.4 La disponibilité de l'application est d'au moins 99,5 % par mois pendant les heures de
support.
10.5 En cas de non-respect répété des niveaux de service, les parties se concertent au sein du
comité d'accompagnement sur les mesures à prendre, le cas échéant sur une compensation.
10.6 Un rapport trimestriel de service (disponibilité, incidents, délais) est transmis au CPAS.

Article 11 - Durée et fin
11.1 La convention prend cours à sa signature. La partie maintenance et hébergement est
conclue pour quatre ans à compter de la réception provisoire, sans reconduction tacite.
11.2 Le CPAS peut mettre fin à l'abonnement au terme de chaque année moyennant un préavis de
six mois notifié par recommandé. Le marché peut en outre être résilié conformément aux
articles 44 à 51 de l'arrêté royal du 14 janvier 2013.
11.3 À la fin de la convention, l'adjudicataire remet au CPAS, dans les 30 jours et sans
frais, l'ensemble des données et des pièces jointes dans un format ouvert (XML et PDF),
accompagné d'un dictionnaire des données, et collabore avec le nouveau prestataire, au prix
journalier, pendant six mois au plus, en maintenant le service pendant cette période.
11.4 Le code source de SocialDossier et sa documentation technique sont déposés auprès de
Escrow Europe BV ; le dépôt est mis à jour à chaque version majeure. Le CPAS peut obtenir la
remise des sources en cas de faillite de l'adjudicataire ou d'arrêt de la maintenance.

Article 12 - Propriété intellectuelle
SocialDossier reste la propriété de l'adjudicataire ; le CPAS dispose d'un droit d'usage non
exclusif pendant la durée du marché. Les modèles de documents développés pour le CPAS lui
appartiennent.

Article 13 - Secret professionnel et protection des données
13.1 L'adjudicataire et son personnel sont tenus au secret professionnel à l'égard de toutes
les informations relatives aux bénéficiaires, conformément à l'article 36 de la loi organique
des CPAS et à l'article 458 du Code pénal.
13.2 L'adjudicataire traite les données à caractère personnel en qualité de sous-traitant au
sens de l'article 28 du RGPD, selon la convention de traitement en annexe D ; les données sont
hébergées exclusivement en Belgique et l'adjudicataire respecte les normes minimales de
sécurité de la BCSS.

Article 14 - Responsabilité
La responsabilité de l'adjudicataire est limitée au double du montant total du marché, sauf
dol, faute grave ou violation des articles 13.1 et 13.2.

Article 15 - Litiges
Les parties recherchent d'abord une solution amiable au sein du comité d'accompagnement. À
défaut d'accord dans les 30 jours, tout litige relève du droit belge et de la compétence des
tribunaux de l'arrondissement judiciaire de Namur.

Fait à Tamines, le 04/12/2026, en deux exemplaires.

Pour le CPAS de Sambreville                      Pour SocialSoft scrl
Marc Lizin, directeur général                    Vincent Carlier, administrateur délégué
Anne Mathot, présidente
[signatures]                                     [signature]
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
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 48,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

FR_T12H_CAT_SERVER_HOSTING_OFFER = UnseenDocument(
    name="fr_t12h_cat_server_hosting_offer",
    text="""De : Karim Benali <karim@nuagebleu.brussels>
À : Hélène Verhaegen <helene@verhaegen-translations.be>
Cc : Thomas Piron <thomas@nuagebleu.brussels>
Objet : Hébergement de votre serveur memoQ - notre offre

Bonjour Madame Verhaegen,

Merci pour votre appel de jeudi. Comme convenu, voici notre offre pour sortir votre serveur
memoQ du placard de votre bureau de la rue du Trône et l'héberger chez nous.

Ce que nous proposons
- Une machine virtuelle dédiée (8 vCPU, 32 Go de RAM, 500 Go SSD) sous Windows Server 2022,
  dans notre baie du centre de données de Diegem, avec accès sécurisé pour vos 11 traducteurs
  internes et vos indépendants.
- La migration de votre memoQ Server actuel : mémoires de traduction, bases terminologiques,
  projets en cours et comptes utilisateurs. On fait ça un samedi, dans les deux semaines qui
  suivent votre accord ; le serveur est coupé environ 4 heures.
- Sauvegarde quotidienne de la VM, conservée 30 jours, dont une copie hors site.
- Supervision 24h/24 et installation des mises à jour Windows chaque mois. Les mises à jour de
  memoQ Server, c'est vous qui décidez : on les installe à votre demande (quatre par an
  comprises).
- Le lundi qui suit la migration, Thomas est chez vous de 8h30 à 12h00 pour aider vos
  traducteurs à se reconnecter (nouvelle adresse du serveur).
- Après la migration, on vous envoie une note avec les accès, la configuration et la procédure
  de restauration, et chaque mois un petit rapport (sauvegardes réussies, disponibilité,
  interventions).
Non compris : les licences memoQ (vous gardez les vôtres) et le support aux traducteurs
indépendants pour leur propre poste.

Prix
- Mise en place et migration : 650,00 EUR HTVA (une fois).
- Hébergement, sauvegarde et gestion : 289,00 EUR HTVA par mois.
- Interventions en dehors de ce cadre : en régie, 90,00 EUR HTVA de l'heure, par quart d'heure
  entamé, reprises sur la facture du mois suivant.
On facture au début de chaque mois, paiement à 14 jours. Nos tarifs peuvent être adaptés
moyennant un préavis d'un mois par e-mail.

De votre côté, il nous faut avant la migration : un accès administrateur au serveur actuel, vos
clés de licence memoQ et la liste des utilisateurs, et que vos traducteurs aient terminé leurs
projets en ligne le vendredi soir.

Support et disponibilité
Support par e-mail (support@nuagebleu.brussels) et par téléphone au 02/899 14 60, du lundi au
vendredi de 9h00 à 17h30. On répond en général dans l'heure. Nous visons une disponibilité de
99,9 % et nous faisons le maximum pour y arriver, mais comme tout hébergeur nous ne pouvons pas
la garantir.
C'est moi qui m'occupe de votre migration et je reste votre contact par la suite.

Vos données
Vos mémoires et les textes de vos clients restent en Belgique (Diegem) et vous appartiennent. Nos
administrateurs sont tenus à la confidentialité et n'ouvrent jamais vos projets, sauf à votre
demande pour résoudre un incident. Je joins notre convention de sous-traitance RGPD, à nous
renvoyer signée avant la migration.

Durée
L'abonnement court par mois et se renouvelle automatiquement chaque mois ; vous pouvez l'arrêter
à tout moment avec un mois de préavis. À la fin, on vous remet une copie complète de la VM ou,
si vous préférez, un export de vos mémoires (TMX), de vos bases terminologiques (TBX) et de vos
projets, puis on efface tout.

Notre responsabilité est limitée au montant d'un mois d'abonnement. Pour le reste, ce sont nos
conditions générales (www.nuagebleu.brussels/cg) qui s'appliquent.

Si ça vous convient, répondez simplement à ce mail et on fixe la date de la migration.

Bien à vous,
Karim Benali
Nuage Bleu srl - rue Gray 74, 1040 Etterbeek - BE 0789.661.024 - 02/899 14 60
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
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
        "team.quality": "missing",
        "reporting.progress": "covered",
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
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 14,
    },
)

DOCUMENTS = [
    FR_T12H_BAKERY_CLOUD_POS_CONTRACT,
    FR_T12H_SCHOOL_INTERACTIVE_SCREENS_QUOTE,
    FR_T12H_CPAS_SOCIAL_FILE_MIGRATION,
    FR_T12H_CAT_SERVER_HOSTING_OFFER,
]
