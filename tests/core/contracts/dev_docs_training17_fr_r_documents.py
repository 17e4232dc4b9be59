"""Training batch 17 (fr, writer r): four documents as Belgian French-speaking IT suppliers and
their clients write them.

- fr_t17r_bottling_line_hmi_maintenance: a formal maintenance contract (numbered articles) by
  which a Herstal automation integrator maintains the WinCC supervision (HMI) software of a
  Ciney brewery's bottling line: priorities and delays, seasonal on-call, credits, named
  technicians, 3 years with tacit yearly renewal (6 months' notice), signed by both parties.
- fr_t17r_pharmacy_wifi_cameras_quote: a short informal e-mail quote by a Saint-Gilles one-man
  installer for a pharmacy's Wi-Fi and four cameras, with an optional monthly maintenance
  contract; the installer's general terms apply by reference; accepted by a reply e-mail.
- fr_t17r_school_transport_planning_convention: a convention executing a public services
  contract between a province and a SaaS supplier for planning special-education school
  transport: fixed set-up price, milestones, penalties, availability and credits, 48 months
  without tacit renewal, reversibility, signed by both.
- fr_t17r_telephony_integrator_general_terms: the general terms of sale and service of a
  Brussels business-telephony integrator (IP PBX, hosted telephony, SIP trunks, maintenance
  formulas): supplier-friendly, best-efforts response times, no availability commitment,
  36 months with tacit renewal, no signatures.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty (one year = 360 days); response time of
the highest priority in hours (working hours counted as hours; 30 minutes = 0.5); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned (an e-mail acceptance
with no signature block is agreement.signed_both missing); general terms with no signature
block raise risk.unsigned; partial = mentioned but vague, a bare cross-reference without
content, a placeholder, best-efforts only, a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T17R_BOTTLING_LINE_HMI_MAINTENANCE = UnseenDocument(
    name="fr_t17r_bottling_line_hmi_maintenance",
    text="""CONTRAT DE MAINTENANCE
Logiciel de supervision (IHM) de la ligne d'embouteillage n° 2
Contrat n° MNT-2026-041

ENTRE AUTOMEUSE srl, intégrateur en automatisation industrielle, dont le siège est établi rue de la
Clef 31, 4040 Herstal, BCE BE 0702.518.336, représentée par M. Didier Renard, gérant,
ci-après « le Prestataire »,

ET BRASSERIE DES TROIS VALLÉES SA, dont le siège est établi rue du Moulin 5, 5590 Ciney,
BCE BE 0423.907.115, représentée par Mme Anne-Catherine Lemaire, directrice d'exploitation,
ci-après « la Brasserie ».

Article 1 - Objet et documents contractuels
1.1 Le Prestataire assure la maintenance de l'application de supervision de la ligne
d'embouteillage n° 2 (laveuse, soutireuse-boucheuse, pasteurisateur tunnel, étiqueteuse,
encaisseuse, palettiseur), développée par lui en 2024 sous Siemens WinCC Unified et installée
sur deux postes opérateurs et un serveur de supervision (ci-après « l'Application »).
1.2 L'offre du Prestataire n° OF-26-0312 du 14/10/2026 est annexée au présent contrat et en fait
partie intégrante. En cas de contradiction, le présent contrat prévaut sur l'offre. Les
conditions générales de chacune des parties ne s'appliquent pas.

Article 2 - Prestations comprises et exclues
2.1 La redevance comprend :
  a) la maintenance corrective de l'Application (anomalies des scripts et des vues) ;
  b) le support téléphonique et la télémaintenance des opérateurs et du service technique ;
  c) la validation et l'installation des correctifs de sécurité Windows et des mises à jour
     mineures de WinCC Unified (article 7) ;
  d) deux visites préventives par an (contrôle des journaux, des sauvegardes, de l'espace
     disque et des alarmes, nettoyage des historiques), lors des arrêts techniques de mars et
     d'octobre.
2.2 Ne sont pas compris : le matériel (automates, postes, écrans, réseau), les licences Siemens,
qui restent à charge de la Brasserie ; les évolutions fonctionnelles (nouveaux formats, nouvelles
recettes d'étiquetage, nouvelles machines) ; le passage à une version majeure de WinCC ; les
interventions rendues nécessaires par une modification faite par un tiers.

Article 3 - Formules de service
3.1 Formule de base : support et interventions les jours ouvrables de 7h00 à 18h00, au
04/264 71 50 ou via support@automeuse.be.
3.2 Astreinte saisonnière : du 1er mai au 30 septembre, période de production en trois
pauses, un technicien d'astreinte est joignable 24 heures sur 24 et 7 jours sur 7 au
0476/38 20 91 pour les incidents de priorité 1.

Article 4 - Priorités et délais
4.1 Priorité 1 (ligne à l'arrêt ou impossible à piloter depuis la supervision) : rappel par un
    technicien dans les 30 minutes ; prise en main à distance dans l'heure ; sur site dans les
    4 heures si nécessaire ; ligne rétablie, au besoin par contournement, dans les 8 heures.
4.2 Priorité 2 : une fonction est dégradée mais la production continue (historiques, rapports
    de rendement, une alarme). Rappel dans les 4 heures ouvrables ; correction dans les 3 jours
    ouvrables.
4.3 Priorité 3 : demande d'information ou anomalie mineure. Réponse le jour ouvrable suivant ;
    correction lors de la visite préventive suivante.
4.4 Les délais courent à partir de l'appel téléphonique (priorité 1) ou de l'enregistrement du
ticket. Ils sont suspendus tant que l'accès à distance n'est pas disponible du fait de la
Brasserie.
4.5 Si un délai de priorité 1 n'est pas respecté, le Prestataire accorde un avoir de 10 % de la
redevance trimestrielle par manquement, plafonné à 30 % de cette redevance par trimestre.

Article 5 - Obligations de la Brasserie
La Brasserie :
- maintient l'accès à distance sécurisé (passerelle eWON) et informe le Prestataire de toute
  modification du réseau de production au moins 5 jours ouvrables à l'avance ;
- signale les incidents de priorité 1 exclusivement par téléphone ;
- communique le calendrier des arrêts techniques au plus tard le 15 janvier de chaque année ;
- désigne un responsable technique (M. Jérôme Collignon, responsable maintenance) et donne
  accès au site dans le respect de ses règles d'hygiène et de sécurité alimentaire.

Article 6 - Équipe et connaissance de l'installation
6.1 Le technicien référent de la Brasserie est M. Julien Marchal, assisté de Mme Sophie Wéry,
qui le remplace en son absence. Tous deux sont certifiés Siemens TIA Portal / WinCC et
comptent au moins cinq ans d'expérience sur des lignes de conditionnement agroalimentaires.
6.2 Le Prestataire informe la Brasserie au moins un mois à l'avance de tout changement de
technicien référent et organise à ses frais une journée de passation sur site avec le
successeur.
6.3 Le Prestataire tient à jour un dossier d'installation (architecture, versions, adresses des
automates, liste des variables, historique des interventions), accessible à tous ses
techniciens et dont une copie est remise à la Brasserie après chaque visite préventive.

Article 7 - Mises à jour et mise en production des modifications
7.1 Les correctifs de sécurité Windows et les mises à jour mineures de WinCC Unified sont
d'abord validés par le Prestataire sur une machine virtuelle de test reproduisant l'Application,
puis installés chaque trimestre lors d'un arrêt planifié convenu avec la Brasserie. Les
correctifs critiques sont installés dans les 10 jours ouvrables de leur publication.
7.2 Toute modification de l'Application est mise en production pendant un arrêt de ligne, en
présence du responsable technique, après sauvegarde complète du projet. Le Prestataire reste sur
place jusqu'au redémarrage de la ligne.
7.3 Avant sa mise en production, chaque modification est testée sur la machine virtuelle puis
validée par un essai de la ligne à vide ; la Brasserie la réceptionne en signant le rapport
d'intervention.
7.4 Les anomalies causées par une intervention du Prestataire sont corrigées gratuitement
pendant trois mois à compter de cette intervention.

Article 8 - Qualité
Le Prestataire exécute ses prestations selon les règles de l'art et les standards de
programmation ISA-101 pour les IHM. Chaque modification est consignée dans le journal des
modifications de l'Application avec sa date, son auteur et le résultat des tests.

Article 9 - Rapports et suivi
9.1 Un rapport d'intervention est transmis dans les 2 jours ouvrables de chaque intervention
(cause, actions, durée, suites à donner).
9.2 Deux fois par an, après chaque visite préventive, une revue de service réunit le responsable
technique de la Brasserie et le technicien référent : tickets de la période, délais respectés,
état de l'installation, recommandations.
9.3 Escalade : technicien référent, puis M. Didier Renard, gérant du Prestataire, qui répond
dans les 24 heures à toute réclamation de la directrice d'exploitation.

Article 10 - Prix et paiement
10.1 Redevance annuelle (formule de base) : 9.600,00 EUR HTVA, facturée trimestriellement à
l'avance (2.400,00 EUR HTVA par trimestre).
10.2 Astreinte saisonnière : 1.850,00 EUR HTVA par saison, facturés le 1er mai.
10.3 Frais uniques de prise en charge (inventaire de l'installation, constitution du dossier
d'installation et de la machine virtuelle de test) : 1.200,00 EUR HTVA, facturés à la
signature.
10.4 Prestations hors redevance : 98,00 EUR HTVA de l'heure, majoration de 50 % les samedis,
dimanches et jours fériés ; déplacement forfaitaire 65,00 EUR HTVA. Elles font l'objet d'une
estimation écrite préalable acceptée par le responsable technique de la Brasserie ; en priorité 1,
l'accord peut être donné par téléphone et est confirmé par e-mail le jour même.
10.5 La redevance et les tarifs sont indexés le 1er janvier de chaque année selon la formule
P = P0 x (0,2 + 0,8 x S/S0), S étant l'indice Agoria des salaires.
10.6 Les factures sont payables à 30 jours de leur date.

Article 11 - Durée et résiliation
11.1 Le contrat prend effet le 01/01/2027 pour une durée de trois ans. La prise en charge
(article 10.3) est terminée au plus tard le 31/01/2027. Le contrat est ensuite reconduit
tacitement par périodes d'un an, sauf résiliation par lettre recommandée au moins six mois avant
l'échéance.
11.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre non réparé
dans les 30 jours d'une mise en demeure. La Brasserie peut en outre résilier le contrat
moyennant un préavis de trois mois en cas de mise hors service de la ligne n° 2.

Article 12 - Fin du contrat
À la fin du contrat, le Prestataire remet à la Brasserie, dans les 15 jours et sans frais, la
dernière version du projet WinCC (archive du projet et sources des scripts), le dossier
d'installation, les identifiants et mots de passe, puis efface ses copies. À la demande de la
Brasserie, il assiste le nouveau prestataire pendant trois mois au maximum, au tarif de
l'article 10.4, et continue d'assurer la formule de base pendant cette période.

Article 13 - Propriété intellectuelle et continuité
13.1 Le projet de supervision développé pour la ligne n° 2 appartient à la Brasserie. Les
bibliothèques de blocs standard du Prestataire restent sa propriété et sont concédées à la
Brasserie en licence perpétuelle et non exclusive pour ses propres sites.
13.2 Après chaque visite préventive, le Prestataire remet à la Brasserie une copie à jour et
complète du projet et des sources sur support chiffré, que la Brasserie conserve dans son coffre.

Article 14 - Confidentialité et données personnelles
14.1 Le Prestataire garde confidentielles les recettes, paramètres de process et données de
production de la Brasserie, pendant le contrat et cinq ans après sa fin.
14.2 Les seules données personnelles traitées sont les identifiants des opérateurs et le
journal de leurs actions. Le Prestataire les traite en qualité de sous-traitant conformément à
l'article 28 du RGPD et à la convention de traitement jointe en annexe 2.

Article 15 - Responsabilité
La responsabilité du Prestataire est limitée à 100.000,00 EUR par année contractuelle, montant
couvert par son assurance de responsabilité civile professionnelle. Les dommages indirects
sont exclus, sauf dol ou faute grave.

Article 16 - Litiges
Tout différend est d'abord examiné lors d'une réunion entre la directrice d'exploitation et le
gérant du Prestataire dans les 10 jours de la demande de l'une des parties. À défaut d'accord
dans les 30 jours, les parties recourent à un médiateur agréé par la Commission fédérale de
médiation avant toute action judiciaire. Le contrat est régi par le droit belge ; les
tribunaux de Namur, division Dinant, sont compétents.

Fait à Ciney, le 03/12/2026, en deux exemplaires. Annexes : 1. offre - 2. convention de traitement

Pour AUTOMEUSE srl                               Pour BRASSERIE DES TROIS VALLÉES SA
Didier Renard, gérant                            Anne-Catherine Lemaire, directrice d'exploitation
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
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
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
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
    },
)

FR_T17R_PHARMACY_WIFI_CAMERAS_QUOTE = UnseenDocument(
    name="fr_t17r_pharmacy_wifi_cameras_quote",
    text="""De : Pharmacie du Parvis <info@pharmacieduparvis.be>
À : Karim Benali <karim@kbnet.be>
Objet : RE: Devis Wi-Fi + caméras - Pharmacie du Parvis (D-2026-0187)

Bonjour Karim,

C'est ok pour moi, vous pouvez commander le matériel. Le lundi 14 décembre au matin nous
convient très bien, la pharmacie n'ouvre qu'à 13h ce jour-là. Je prends aussi le petit contrat
d'entretien.

Bonne journée,
Valérie Dethier
Pharmacienne titulaire

-----Message d'origine-----
De : Karim Benali <karim@kbnet.be>
Envoyé : mercredi 2 décembre 2026 18:42
À : Pharmacie du Parvis <info@pharmacieduparvis.be>
Objet : Devis Wi-Fi + caméras - Pharmacie du Parvis (D-2026-0187)

Bonjour Madame Dethier,

Suite à mon passage de lundi, voici comme promis le devis pour le Wi-Fi et les caméras.

Ce que je propose
- Wi-Fi : 2 bornes Ubiquiti U7 Pro (une dans l'officine, une dans la réserve/bureau) et un
  petit switch PoE 8 ports. Deux réseaux séparés : un pour la pharmacie (PC, terminal de
  paiement, robot) et un réseau invités pour les clients, isolé du reste et limité en débit.
- Caméras : 4 caméras dôme 4 MP (entrée, comptoir, réserve, porte arrière) et un enregistreur
  avec disque de 2 To, installé dans l'armoire technique. Consultation des images sur place et
  sur votre smartphone via l'application.
- Installation, câblage (jusqu'à 10 m par caméra, en goulotte), configuration et tests.

Montants (HTVA)
  2 bornes Wi-Fi U7 Pro                        2 x 219,00      438,00
  Switch PoE 8 ports                                           189,00
  4 caméras dôme 4 MP                          4 x 245,00      980,00
  Enregistreur 8 canaux + disque 2 To                          689,00
  Petit matériel (goulottes, câble, connecteurs)               210,00
  Installation et configuration (forfait)                      690,00
  Total                                                      3.196,00 EUR HTVA (TVA 21 %)

Ce qui n'est pas compris : les travaux électriques, le perçage dans le mur porteur côté rue
(si besoin, je vous mets en contact avec un électricien) et un écran de visualisation. S'il
faut plus de câble que prévu une fois sur place, je vous préviens avant et je ne le fais
qu'avec votre accord ; c'est facturé 65,00 EUR HTVA de l'heure.

Paiement : 50 % à la commande, le solde à la fin de l'installation, factures payables à
8 jours.

Planning : le matériel est disponible chez mon grossiste, je peux installer le lundi 14 ou le
lundi 21 décembre au matin (une demi-journée). Je passe avec mon collègue Mehdi pour le câblage.

De votre côté
- une prise électrique libre dans l'armoire technique ;
- l'accès à l'interface du modem Proximus (ou le code, je peux aussi appeler Proximus avec
  vous) ;
- pour les caméras, c'est vous qui êtes responsable du traitement : il faut faire la
  déclaration sur declarationcamera.be avant la mise en service et apposer le pictogramme à
  l'entrée (je vous l'apporte). Les images sont conservées 30 jours maximum puis écrasées
  automatiquement, et elles restent uniquement sur l'enregistreur chez vous. Je n'y ai accès
  qu'avec votre accord, lors d'une intervention, et je n'en garde aucune copie.

À la fin de l'installation, je vous montre, à vous et à votre équipe, comment utiliser
l'application et retrouver une séquence, et je vous laisse une fiche avec les mots de passe,
le plan des caméras et les réglages. Je garde une copie de la configuration chez moi, ça
permet de tout remettre en route rapidement en cas de souci.

Garantie : matériel et installation garantis un an. S'il y a un problème pendant cette année,
je reviens gratuitement.

Contrat d'entretien (en option) : 25,00 EUR HTVA par mois, facturés par trimestre.
- surveillance à distance des bornes et de l'enregistreur (alerte si une caméra ne filme
  plus) ;
- mises à jour des firmwares tous les trois mois ;
- joignable par téléphone ou WhatsApp au 0486/71 25 09, du lundi au samedi de 9h à 18h ;
- en cas de panne, je vous rappelle dans les 4 heures et je passe dans les 2 jours ouvrables
  si ça ne se règle pas à distance ; les déplacements sont compris.
Le contrat est mensuel et se prolonge de mois en mois ; vous pouvez l'arrêter quand vous voulez
par simple e-mail, avec un mois de préavis.

Le devis est valable 15 jours. Mes conditions générales sont sur www.kbnet.be/cg et
s'appliquent. Si c'est bon pour vous, un petit mail de confirmation suffit et je commande le
matériel.

Bien à vous,
Karim Benali
KB Net - installation réseaux et vidéosurveillance
chaussée de Waterloo 212, 1060 Saint-Gilles - BE 0756.204.811 - 0486/71 25 09
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
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
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 8,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T17R_SCHOOL_TRANSPORT_PLANNING_CONVENTION = UnseenDocument(
    name="fr_t17r_school_transport_planning_convention",
    text="""PROVINCE DE HAINAUT
Direction générale de l'Enseignement provincial - Service du transport scolaire

CONVENTION D'EXÉCUTION DU MARCHÉ PUBLIC DE SERVICES N° DGEP/2026/TS-07
Mise à disposition d'une solution en ligne (SaaS) de planification du transport scolaire

Entre la PROVINCE DE HAINAUT, rue Verte 13, 7000 Mons, représentée par son Collège provincial, pour
lequel agissent M. Xavier Dumont, Député provincial en charge de l'Enseignement, et
Mme Isabelle Moreau, Directrice générale provinciale, ci-après « la Province »,
et ITINERA SOLUTIONS SA, avenue Albert Einstein 2, 1348 Louvain-la-Neuve, BCE BE 0689.240.517,
représentée par M. Thomas Verhaegen, administrateur délégué, ci-après « l'Adjudicataire »,

Vu la décision du Collège provincial du 19/11/2026 attribuant le marché, il est convenu :

Article 1 - Objet
L'Adjudicataire met à la disposition de la Province, en mode SaaS, sa solution Itinera
Scolaire pour la planification des circuits de transport des élèves des neuf écoles
d'enseignement spécialisé de la Province (environ 2.300 élèves, 85 circuits), comprenant le
module de planification, le portail d'information des parents et l'application mobile des
chauffeurs et accompagnateurs.

Article 2 - Documents du marché
Le marché est régi, dans l'ordre de priorité suivant, par : (1) la présente convention ; (2) le
cahier spécial des charges n° DGEP/2026/TS-07 ; (3) l'offre de l'Adjudicataire du 02/10/2026,
annexée ; (4) l'arrêté royal du 14 janvier 2013 établissant les règles générales d'exécution des
marchés publics. Les conditions générales de l'Adjudicataire ne sont pas applicables.

Article 3 - Prix
3.1 Mise en place (forfait) : paramétrage, import des données, intégrations, pilote et
formation : 38.500,00 EUR HTVA.
3.2 Abonnement : 2.150,00 EUR HTVA par mois, incluant l'hébergement, la maintenance, les mises à
jour, le support et l'envoi de 20.000 SMS par an aux parents ; les SMS au-delà sont facturés
0,06 EUR HTVA pièce.
3.3 Montant total du marché (mise en place et 48 mois d'abonnement) : 141.700,00 EUR HTVA.
3.4 Ne sont pas compris : les smartphones des chauffeurs, fournis par les transporteurs, et les
interfaces avec d'autres logiciels que celui de gestion des élèves (article 7).
3.5 Les prestations complémentaires sont rémunérées au prix journalier de 850,00 EUR HTVA.
Elles ne sont exécutées qu'après un devis de l'Adjudicataire et un bon de commande signé par la
Province. Aucune prestation exécutée sans bon de commande n'est payée.
3.6 L'abonnement et le prix journalier sont révisés au 1er janvier de chaque année selon la
formule P = P0 x (0,2 + 0,8 x S/S0) du cahier spécial des charges, S étant l'indice Agoria.

Article 4 - Facturation et paiement
Le forfait de mise en place est facturé pour 50 % après la réception du pilote et pour 50 %
après la réception provisoire. L'abonnement est facturé trimestriellement à terme échu à partir
de la mise en production. Les factures sont payées dans les 30 jours de leur réception, sous
réserve de la vérification des services prestés.

Article 5 - Planning
- réunion de lancement : 15/02/2027 ;
- paramétrage des écoles, arrêts, véhicules et contraintes horaires : au plus tard le 30/04/2027 ;
- import des données élèves et génération des premiers circuits : au plus tard le 31/05/2027 ;
- pilote sur deux écoles (Mons et Charleroi) : du 01/06 au 25/06/2027 ;
- formation des agents et des écoles : au plus tard le 09/07/2027 ;
- mise en production : le 23/08/2027, avant la rentrée scolaire.

Article 6 - Obligations de la Province
La Province désigne une cheffe de projet (Mme Laurence Piette, responsable du service du
transport scolaire), transmet au plus tard le 15/05/2027 l'export des élèves transportés au
format CSV, fournit la liste des écoles, des horaires et des contraintes médicales de transport
avant le 15/03/2027, et valide ou commente les circuits proposés dans les 10 jours ouvrables.

Article 7 - Reprise des données et intégration
L'Adjudicataire importe les données des élèves transportés depuis le logiciel de gestion des
élèves de la Province, ainsi que les circuits 2026-2027 tenus dans des fichiers Excel. Un import
automatique quotidien est mis en place. Les anomalies d'import sont listées dans un rapport que
la Province valide avant la génération des circuits.

Article 8 - Équipe
8.1 L'équipe de l'Adjudicataire est composée de M. Pierre Lenoir, chef de projet, qui compte
huit ans d'expérience en planification de transport public et scolaire, de Mme Inès Haddad,
consultante fonctionnelle, et de M. Bart Claes, ingénieur intégration.
8.2 Toute modification de l'équipe est soumise à l'accord préalable écrit de la Province ; le
remplaçant doit présenter un profil au moins équivalent et la passation se fait sans frais pour
la Province.

Article 9 - Suivi et gouvernance
9.1 Pendant la mise en place, le chef de projet transmet un rapport d'avancement toutes les deux
semaines (avancement, planning, risques, décisions attendues).
9.2 Un comité de suivi réunit les chefs de projet des deux parties et la Directrice générale
provinciale ou son délégué, chaque mois pendant la mise en place, puis chaque trimestre. Les
points non résolus par les chefs de projet lui sont soumis.
9.3 Un rapport mensuel de service (disponibilité, incidents, tickets, délais, SMS envoyés) est
transmis à la Province dès la mise en production.

Article 10 - Réception et retards
10.1 Le pilote fait l'objet d'une réception constatée par procès-verbal sur la base des
scénarios de test du cahier spécial des charges. La réception provisoire est prononcée après
quatre semaines de production sans anomalie bloquante ; la réception définitive, six mois après
la réception provisoire.
10.2 Tout retard imputable à l'Adjudicataire sur la date de mise en production donne lieu à une
amende de 250,00 EUR par jour calendrier, plafonnée à 5 % du montant total du marché. Un retard
imputable à la Province reporte les échéances d'autant.

Article 11 - Qualité et sécurité
L'Adjudicataire exécute le marché selon les règles de l'art. La solution est hébergée en
Belgique dans un centre de données certifié ISO/IEC 27001, et le portail des parents respecte le
niveau AA des WCAG 2.1. Chaque nouvelle version est testée sur un environnement de recette mis
à la disposition de la Province.

Article 12 - Formation et accompagnement
L'Adjudicataire forme les douze agents du service du transport scolaire (trois jours) et les
secrétariats des écoles (une demi-journée par école), fournit des vidéos de prise en main pour
les chauffeurs et assure une présence sur place les deux premières semaines de la rentrée. Il
remet un manuel d'administration et un manuel utilisateur en français.

Article 13 - Niveaux de service
13.1 Le support est joignable au 010/88 42 10 et via le portail de tickets, les jours ouvrables
de 7h00 à 18h00 ; pendant les jours de classe, la ligne prioritaire est ouverte dès 6h00.
13.2 Incident critique (planification ou application des chauffeurs indisponible pendant les
circuits) : prise en charge dans les 30 minutes, rétablissement dans les 4 heures. Incident
majeur : prise en charge dans les 4 heures ouvrables, correction dans les 2 jours ouvrables.
Autres demandes : prise en charge le jour ouvrable suivant.
13.3 La disponibilité de la solution est d'au moins 99,5 % par mois, hors maintenances
planifiées, qui ont lieu le week-end ou pendant les vacances scolaires.
13.4 Si la disponibilité mensuelle est inférieure à 99,5 %, l'abonnement du mois est réduit de
5 % par tranche de 0,5 % manquante, avec un maximum de 30 %. Chaque dépassement du délai de
rétablissement d'un incident critique donne lieu à une réduction supplémentaire de 2 %.
13.5 Les corrections d'anomalies sont comprises dans l'abonnement pendant toute la durée du
marché.
13.6 Les nouvelles versions sont annoncées 10 jours ouvrables à l'avance et ne sont pas
installées pendant les deux premières semaines de septembre. Les correctifs de sécurité
critiques sont appliqués dans les 72 heures.
13.7 Mme Inès Haddad reste l'interlocutrice attitrée de la Province après la mise en production ;
l'Adjudicataire tient à jour la documentation du paramétrage propre à la Province.

Article 14 - Durée et résiliation
14.1 Le marché prend cours à la date de sa notification. L'abonnement est conclu pour 48 mois
à compter de la mise en production, sans reconduction tacite. Le Collège provincial peut
décider, au plus tard six mois avant l'échéance, de le prolonger une fois pour 12 mois aux mêmes
conditions.
14.2 La Province peut mettre fin à l'abonnement à la fin de chaque année scolaire moyennant un
préavis de six mois, ainsi qu'appliquer les mesures d'office prévues par l'arrêté royal du
14 janvier 2013 en cas de manquement de l'Adjudicataire.

Article 15 - Fin du marché
15.1 Dans les 15 jours de la fin du marché, l'Adjudicataire remet à la Province un export
complet des données (élèves, arrêts, circuits, historiques) aux formats CSV et JSON, accompagné
de leur description. Il supprime ensuite les données et en remet une attestation.
15.2 À la demande de la Province, il continue le service aux mêmes conditions pendant six mois
au maximum et collabore avec le nouveau prestataire.

Article 16 - Propriété intellectuelle et confidentialité
La solution reste la propriété de l'Adjudicataire ; la Province en a l'usage pendant la durée du
marché. Les données et les paramétrages propres à la Province lui appartiennent. L'Adjudicataire
et son personnel sont tenus à la confidentialité sur toutes les informations reçues, pendant le
marché et sans limite de durée pour les données des élèves.

Article 17 - Protection des données
L'Adjudicataire traite les données des élèves, y compris des données relatives à leur santé,
en qualité de sous-traitant au sens de l'article 28 du RGPD, selon l'accord de traitement joint
en annexe 2, qui énumère ses sous-traitants ultérieurs. Les données sont hébergées dans l'Union
européenne. Il assiste la Province pour son analyse d'impact.

Article 18 - Responsabilité
L'Adjudicataire est responsable des dommages causés par ses manquements, à concurrence du
montant total du marché, sauf faute grave ou intentionnelle ; il justifie d'une assurance
couvrant ce montant.

Article 19 - Litiges
Les différends sont d'abord soumis au comité de suivi, qui se réunit dans les 15 jours. À défaut
de solution, le droit belge est applicable et les tribunaux de Mons sont seuls compétents.

Fait à Mons, le 04/12/2026, en deux exemplaires.

Pour la Province de Hainaut,                      Pour ITINERA SOLUTIONS SA
La Directrice générale provinciale, Le Député    Thomas Verhaegen, administrateur délégué
I. Moreau [signature]  X. Dumont [signature]      [signature]
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
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.5,
    },
)

FR_T17R_TELEPHONY_INTEGRATOR_GENERAL_TERMS = UnseenDocument(
    name="fr_t17r_telephony_integrator_general_terms",
    text="""BRUXTEL srl - CONDITIONS GÉNÉRALES DE VENTE ET DE SERVICE
Intégration de téléphonie d'entreprise (centraux IP, téléphonie hébergée, trunks SIP,
postes, maintenance)
Boulevard Industriel 48, 1070 Anderlecht - BCE BE 0545.118.902 - 02/526 40 00
Version 2026-03

Article 1 - Champ d'application
1.1 Les présentes conditions générales s'appliquent à toutes les offres, ventes, installations,
abonnements et prestations de Bruxtel srl (« Bruxtel ») à des clients professionnels
(« le Client »). Elles prévalent sur les conditions générales ou d'achat du Client, même si
celles-ci prévoient qu'elles sont seules applicables.
1.2 Le contrat est formé par l'offre de Bruxtel acceptée par le Client (signature de l'offre
ou du bon de commande, ou confirmation par e-mail), les éventuelles conditions particulières et
les présentes conditions générales. En cas de contradiction, les conditions particulières
prévalent sur l'offre, et l'offre sur les présentes conditions générales.
1.3 Toute commande emporte acceptation des présentes conditions générales, que le Client
reconnaît avoir reçues et lues.

Article 2 - Offres et prix
2.1 Les offres sont valables 30 jours. Les prix du matériel, de l'installation et des
abonnements sont ceux mentionnés dans l'offre ; ils s'entendent hors TVA, hors frais de
déplacement et hors redevances des opérateurs tiers.
2.2 Les prestations non prévues dans l'offre (câblage, déplacement de postes, paramétrages
supplémentaires, interventions causées par le Client ou un tiers) sont facturées en régie au
tarif horaire en vigueur : 95,00 EUR HTVA pour un technicien et 120,00 EUR HTVA pour un
ingénieur, par quart d'heure entamé, plus un forfait de déplacement de 55,00 EUR HTVA en Région
de Bruxelles-Capitale.
2.3 Les tarifs des abonnements et de la maintenance sont indexés chaque 1er janvier. Bruxtel
peut en outre adapter à tout moment les tarifs des communications et des numéros, ainsi que le
contenu de ses formules de service, moyennant une information du Client 30 jours à l'avance.

Article 3 - Facturation et paiement
3.1 Le matériel et l'installation sont facturés pour 50 % à la commande et pour le solde à la
mise en service. Les abonnements et la maintenance sont facturés mensuellement à l'avance ; les
communications, mensuellement à terme échu.
3.2 Les factures sont payables à 15 jours de leur date. Tout montant impayé à l'échéance porte
de plein droit un intérêt de 10 % l'an et une indemnité forfaitaire de 15 %, avec un minimum de
50,00 EUR. Après un rappel resté sans effet pendant 8 jours, Bruxtel peut suspendre les
services, y compris les appels sortants.

Article 4 - Délais et obligations du Client
4.1 Les délais de livraison et d'installation sont donnés à titre indicatif. Un retard ne peut
donner lieu à aucune indemnité, pénalité ni résiliation de la commande.
4.2 Le Client met à disposition, au plus tard cinq jours ouvrables avant l'installation, un
réseau conforme aux prérequis remis avec l'offre (commutateurs PoE, VLAN voix, qualité de
service, accès Internet dédié), l'alimentation électrique et l'accès aux locaux. Il signe le
mandat de portage de ses numéros au moins 15 jours ouvrables avant la date de portage
souhaitée.

Article 5 - Installation et mise en service
5.1 Bruxtel installe et configure le matériel et le service selon l'offre, effectue des appels
de test entrants et sortants et porte les numéros du Client à la date convenue avec
l'opérateur cédant.
5.2 La mise en service est constatée par la signature du bon d'intervention. À défaut de
remarques écrites dans les cinq jours ouvrables suivant la mise en service, ou dès la première
utilisation, l'installation est réputée acceptée.
5.3 À la mise en service, le technicien assure une prise en main de 30 minutes pour les
utilisateurs et une séance d'une heure pour le ou les standardistes. Les formations
complémentaires sont facturées au tarif de l'article 2.2.

Article 6 - Garantie
Le matériel vendu bénéficie de la garantie du constructeur, d'une durée de 12 mois, en retour
atelier. Les erreurs de configuration signalées par écrit dans les 30 jours suivant la mise en
service sont corrigées gratuitement. Sont exclus de la garantie les dommages dus à la foudre, à
une surtension, à une mauvaise utilisation ou à une intervention d'un tiers.

Article 7 - Formules de maintenance
7.1 Formule « Essentiel » : support téléphonique et prise en main à distance, mises à jour du
firmware des postes et des versions mineures du central, sauvegarde mensuelle de la
configuration.
7.2 Formule « Premium » : la formule Essentiel, plus les interventions sur site, le remplacement
des postes défectueux par des postes de remplacement et une astreinte téléphonique les soirs et
week-ends.
7.3 Le support est joignable au 02/526 40 40 et via support@bruxtel.be, les jours ouvrables de
8h30 à 17h30 ; l'astreinte de la formule Premium, de 17h30 à 22h00 et le samedi de 9h00 à
13h00, au même numéro.
7.4 Bruxtel s'efforce d'intervenir, en cas de panne bloquante (plus aucun appel possible), dans
les 4 heures ouvrables pour la formule Premium et dans les 8 heures ouvrables pour la formule
Essentiel. Ces délais constituent une obligation de moyens.
7.5 Les mises à niveau vers une nouvelle version majeure du central font l'objet d'une offre
séparée.

Article 8 - Services hébergés et trunks SIP
Les services de téléphonie hébergée et les trunks SIP dépendent de la connexion Internet du
Client et des réseaux des opérateurs. Bruxtel ne garantit aucun niveau de disponibilité de ces
services. Les interruptions, quelle qu'en soit la durée, ne donnent droit à aucune réduction de
prix ni indemnité.

Article 9 - Durée et résiliation
9.1 Les contrats d'abonnement et de maintenance sont conclus pour une durée initiale de
36 mois à compter de la mise en service. Ils sont ensuite reconduits tacitement par périodes de
12 mois, sauf résiliation par lettre recommandée au moins trois mois avant l'échéance.
9.2 En cas de résiliation anticipée par le Client, celui-ci est redevable d'une indemnité égale
aux redevances restant dues jusqu'à la fin de la période en cours.
9.3 Chaque partie peut résilier le contrat par lettre recommandée en cas de manquement grave de
l'autre partie non réparé dans les 15 jours d'une mise en demeure.

Article 10 - Fin du contrat
10.1 Bruxtel donne suite aux demandes de portage sortant des numéros dans les délais légaux.
Une assistance à la migration vers un autre prestataire peut être fournie au tarif de
l'article 2.2.
10.2 Jusqu'à la date de fin du contrat, le Client peut exporter depuis le portail client ses
enregistrements d'appels et messages vocaux (format MP3) et son annuaire (format CSV). Ces
données sont supprimées 30 jours après la fin du contrat.

Article 11 - Propriété et licences
Le matériel vendu reste la propriété de Bruxtel jusqu'au paiement complet du prix. Les
logiciels des centraux et des applications sont concédés au Client en licence d'utilisation
non exclusive et non cessible, selon les conditions de leur éditeur, pour la durée du contrat.

Article 12 - Responsabilité
12.1 La responsabilité de Bruxtel, toutes causes confondues, est limitée au montant facturé pour
la prestation concernée ou, pour les abonnements, à trois mois de redevance.
12.2 Bruxtel n'est pas responsable des dommages indirects, notamment la perte de chiffre
d'affaires, d'appels ou de clientèle, ni de la perte de données ou d'enregistrements.
12.3 Le Client est seul responsable de la confidentialité de ses mots de passe et supporte le
coût des communications frauduleuses passées depuis ses installations.

Article 13 - Confidentialité et données personnelles
13.1 Chaque partie garde confidentielles les informations techniques et commerciales de l'autre
partie dont elle a connaissance, pendant le contrat et deux ans après.
13.2 Pour les enregistrements d'appels, les messages vocaux et l'annuaire, Bruxtel agit en
qualité de sous-traitant au sens de l'article 28 du RGPD, conformément à l'accord de traitement
joint en annexe aux présentes conditions.

Article 14 - Litiges
En cas de différend, les parties s'efforceront de trouver une solution amiable. Les contrats
sont régis par le droit belge ; seuls les tribunaux francophones de Bruxelles sont compétents.
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.extra_costs": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "partial",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "partial",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
    },
)

DOCUMENTS = [
    FR_T17R_BOTTLING_LINE_HMI_MAINTENANCE,
    FR_T17R_PHARMACY_WIFI_CAMERAS_QUOTE,
    FR_T17R_SCHOOL_TRANSPORT_PLANNING_CONVENTION,
    FR_T17R_TELEPHONY_INTEGRATOR_GENERAL_TERMS,
]
