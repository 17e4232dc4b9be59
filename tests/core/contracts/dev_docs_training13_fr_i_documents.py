"""Training batch 13 (fr, writer i): four documents as Walloon and Brussels IT suppliers and
their clients write them.

- fr_t13i_lab_sample_tracking_contract: a long formal contract (numbered articles) by which a
  Louvain-la-Neuve software house licenses, implements and maintains sample-tracking software
  for a Charleroi hospital laboratory (fixed price, planning, acceptance, 24/7 hotline for
  blocking incidents with penalties, source-code deposit, five years of maintenance with tacit
  renewal and six months' notice, signed by both parties).
- fr_t13i_dental_intraoral_scanner_quote: a Brussels supplier's quote (devis) for the
  acquisition PCs, NAS, network and integration of a dentist's intraoral scanner, with an
  optional maintenance contract; the supplier's general terms prevail, empty "bon pour accord"
  line for the client.
- fr_t13i_commune_ebook_lending_convention: a convention between a Walloon commune and a
  Brussels provider of a white-label e-book lending platform for the communal library (public
  contract, three years without tacit renewal, availability, exit assistance, signed by the
  bourgmestre, the directrice générale and the provider).
- fr_t13i_managed_services_general_terms: the general terms of a Namur managed-services provider
  for SMEs (three service formulas, obligation de moyens, T&M billing without approval,
  retention right on the client's data and back-ups, tacit renewal with three months' notice,
  no signature).

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Ambiguous items, risks and figures are left out.
Never change a rule to fit these texts, nor a label or a text to fit the analyser.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "bon pour accord" line for the client
is a partial signature; general terms with no signature block are missing); partial =
mentioned but vague, a bare cross-reference without content, a placeholder, best-efforts only,
a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T13I_LAB_SAMPLE_TRACKING_CONTRACT = UnseenDocument(
    name="fr_t13i_lab_sample_tracking_contract",
    text="""CONTRAT DE LICENCE, DE MISE EN ŒUVRE ET DE MAINTENANCE
Logiciel de traçabilité des échantillons « TraceLab » - contrat n° CHSH-LAB-2026-041

ENTRE MEDITRACE SRL, rue Jean Monnet 5, 1348 Louvain-la-Neuve, BCE BE 0692.417.380,
représentée par M. Damien Verhaegen, gérant, ci-après « le Fournisseur »,
ET CENTRE HOSPITALIER SAMBRE-HEURE ASBL, dont le siège est établi boulevard Zoé Drion 31,
6000 Charleroi, BCE BE 0421.556.904, représentée par Mme Caroline Delvaux, directrice générale,
et par le Dr Marc Lenoir, directeur médical, ci-après « l'Hôpital ».

Article 1 - Objet
1.1 Le Fournisseur concède à l'Hôpital une licence d'utilisation du logiciel TraceLab, qui
assure la traçabilité des échantillons biologiques depuis la prescription jusqu'à l'archivage
(étiquetage au lit du patient, transport par tube pneumatique et navette, réception au
laboratoire, aliquotage, biothèque), et en réalise la mise en œuvre et la maintenance.
1.2 Le contrat se compose, par ordre de priorité décroissant : le présent contrat ; le cahier
spécial des charges n° CSC-2026-LAB-07 ; l'offre du Fournisseur n° MT-OF-26-112 du 16/09/2026,
annexée. Les conditions générales du Fournisseur ne sont pas applicables.

Article 2 - Périmètre
2.1 Sont compris : la licence pour le laboratoire central et les deux sites de consultation
(Jumet et Montigny-le-Tilleul), sans limitation du nombre d'utilisateurs ; l'interface HL7 avec
le dossier patient informatisé et avec le système de gestion du laboratoire (SGL) ; l'interface
avec les 14 imprimantes d'étiquettes et les 40 douchettes existantes ; l'application mobile de
prélèvement pour les unités de soins ; la reprise des données ; la formation ; la garantie.
2.2 Ne sont pas compris : les serveurs, le système d'exploitation et les licences de base de
données, fournis par l'Hôpital ; le remplacement des douchettes et imprimantes ; les
développements demandés par les éditeurs du dossier patient ou du SGL.

Article 3 - Prix
3.1 Le prix forfaitaire de la mise en œuvre s'élève à 124.600,00 EUR HTVA, réparti comme suit :
licence perpétuelle 52.000,00 EUR ; paramétrage et interfaces 54.300,00 EUR ; reprise des
données 6.800,00 EUR ; formation et démarrage 11.500,00 EUR.
3.2 La redevance annuelle de maintenance s'élève à 11.440,00 EUR HTVA ; elle est facturée
annuellement à l'avance, la première fois à la réception provisoire.
3.3 Les prestations complémentaires sont facturées au taux journalier de 890,00 EUR HTVA.
3.4 La redevance et le taux journalier sont révisés le 1er janvier de chaque année selon la
formule de révision du cahier spécial des charges (P = P0 x (0,2 + 0,8 S/S0), S étant l'indice
Agoria des salaires), la hausse étant limitée à 3,5 % par an.

Article 4 - Facturation et paiement
Le prix forfaitaire est facturé à raison de 20 % à la notification du marché, 50 % à la
réception provisoire et 30 % à la réception définitive. Les factures sont payables dans les
30 jours de leur réception par le service comptabilité de l'Hôpital.

Article 5 - Modifications
Toute modification du périmètre fait l'objet d'une demande écrite. Dans les cinq jours
ouvrables, le Fournisseur remet une estimation chiffrée (jours, coût, impact sur le planning).
Aucune prestation complémentaire n'est exécutée ni facturée sans bon de commande préalable du
service des achats de l'Hôpital.

Article 6 - Planning
6.1 Les phases sont les suivantes : lancement le 18/01/2027 ; analyse détaillée et
paramétrage jusqu'au 26/03/2027 ; interfaces HL7 testées au 30/04/2027 ; tests de réception du
17/05 au 04/06/2027 ; démarrage au laboratoire central le 14/06/2027 ; extension aux unités de
soins et aux sites de consultation au plus tard le 13/09/2027.
6.2 En cas de retard, quelle qu'en soit la cause, les chefs de projet se concertent en vue
d'établir un planning adapté, soumis au comité de pilotage.

Article 7 - Obligations de l'Hôpital
L'Hôpital :
- met à disposition, au plus tard le 11/01/2027, deux serveurs virtuels (production et test)
  et un accès à distance sécurisé pour le Fournisseur ;
- désigne un chef de projet (Mme Ingrid Schoonbroodt, biologiste clinicienne) et un référent
  par unité de soins ;
- obtient de l'éditeur du dossier patient et du SGL l'ouverture des flux HL7 au plus tard le
  15/03/2027 ;
- remet les exports de l'application actuelle de biothèque au plus tard le 26/02/2027.

Article 8 - Équipe et qualité
8.1 Le Fournisseur affecte au projet M. Kevin Mahieu, chef de projet, ingénieur biomédical
comptant dix ans d'expérience de projets en laboratoires hospitaliers accrédités selon la norme
ISO 15189, Mme Laura Petit, consultante applicative, et M. Jonas De Smet, développeur
d'interfaces certifié HL7 v2.
8.2 Le Fournisseur travaille selon un système qualité certifié ISO 9001 et ISO 13485. Chaque
version est testée sur l'environnement de test de l'Hôpital avant toute mise en production ;
le Fournisseur remet un dossier de validation (QI/QO) utilisable lors des audits BELAC.

Article 9 - Suivi du projet
9.1 Le chef de projet du Fournisseur transmet toutes les deux semaines un rapport
d'avancement (réalisations, écarts par rapport au planning, risques, décisions attendues).
9.2 Un comité de pilotage composé du chef du service de biologie clinique, du chef de projet de
l'Hôpital, du responsable informatique et du chef de projet et du gérant du Fournisseur se
réunit une fois par mois pendant la mise en œuvre, puis deux fois par an.

Article 10 - Reprise des données
Le Fournisseur reprend les données de la biothèque (environ 210.000 aliquotes avec leur
position, leur statut et leur historique) et les tables de correspondance des analyses. Une
reprise d'essai est réalisée sur l'environnement de test ; la reprise définitive est contrôlée
contradictoirement sur un échantillon de 500 aliquotes.

Article 11 - Installation, réception et démarrage
11.1 Le Fournisseur installe TraceLab sur les serveurs de l'Hôpital et assure le démarrage
aux dates prévues, avec une présence sur site de deux personnes pendant les cinq premiers
jours ouvrables de chaque démarrage.
11.2 Les tests de réception sont exécutés par l'Hôpital selon un plan de tests établi par le
Fournisseur et approuvé par l'Hôpital. La réception provisoire est prononcée par écrit en
l'absence d'anomalie bloquante ; la réception définitive intervient trois mois après la
réception provisoire en l'absence d'anomalie bloquante ou majeure.

Article 12 - Formation et documentation
Le Fournisseur forme six utilisateurs clés (trois jours) et le personnel infirmier de chaque
unité de soins (sessions d'une heure). Il remet les manuels d'utilisation en français, la
documentation technique des interfaces et un manuel d'exploitation pour le service informatique.

Article 13 - Garantie
Pendant trois mois à compter de la réception provisoire, le Fournisseur corrige gratuitement
toute anomalie et toute non-conformité au cahier spécial des charges.

Article 14 - Maintenance
14.1 La maintenance comprend la maintenance corrective, la maintenance légale et
réglementaire, la fourniture et l'installation, en accord avec l'Hôpital, des nouvelles
versions et des correctifs de sécurité, et l'assistance aux utilisateurs clés.
14.2 Le support est joignable par le portail de tickets et au 010/45 72 90 les jours ouvrables
de 7h30 à 18h00 ; les incidents bloquants sont pris en charge 24 heures sur 24 et 7 jours sur 7
via le numéro de garde 0478/31 90 22.
14.3 Délais :
  - bloquant (réception des échantillons ou étiquetage impossible sur un site) : prise en
    charge en 30 minutes, solution de contournement en 4 heures ;
  - majeur (fonction dégradée sans arrêt de la chaîne) : prise en charge en 4 heures ouvrables,
    correction en 5 jours ouvrables ;
  - mineur : prise en charge en 2 jours ouvrables, correction dans la version suivante.
14.4 Pour chaque heure de dépassement du délai de prise en charge ou de contournement d'un
incident bloquant, le Fournisseur est redevable d'une pénalité de 250,00 EUR, déduite de la
facture de maintenance suivante, plafonnée à 15 % de la redevance annuelle.
14.5 Mme Laura Petit est la gestionnaire de compte de l'Hôpital ; le Fournisseur tient à jour
une fiche de configuration (version, paramétrage, interfaces, postes) accessible à tous les
agents du support.

Article 15 - Durée et résiliation
15.1 La maintenance est conclue pour une durée de cinq ans à compter de la réception
provisoire. Elle est ensuite reconduite tacitement par périodes d'un an, sauf résiliation par
lettre recommandée au moins six mois avant l'échéance.
15.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie
auquel il n'est pas remédié dans les 30 jours d'une mise en demeure par lettre recommandée.

Article 16 - Fin du contrat
16.1 À la fin du contrat, le Fournisseur remet à l'Hôpital, dans les 30 jours et sans frais,
un export complet des données (échantillons, aliquotes, positions, traçabilité) aux formats CSV
et HL7, accompagné d'un dictionnaire des données.
16.2 Si l'Hôpital le demande, le Fournisseur apporte son assistance à la reprise par un autre
prestataire, selon des modalités à convenir.
16.3 Les sources de TraceLab et leur documentation sont déposées auprès d'un agent de dépôt
indépendant et mises à jour à chaque version majeure. Elles sont remises à l'Hôpital en cas
de faillite ou de cessation d'activité du Fournisseur ou d'arrêt de la maintenance du logiciel.

Article 17 - Propriété intellectuelle
TraceLab reste la propriété du Fournisseur. L'Hôpital reçoit une licence non exclusive,
perpétuelle et incessible pour ses sites. Les paramétrages et les modèles d'étiquettes
réalisés pour l'Hôpital lui appartiennent.

Article 18 - Confidentialité et données personnelles
18.1 Le Fournisseur et son personnel sont tenus au secret sur toutes les informations
médicales et autres informations de l'Hôpital, pendant le contrat et sans limite de durée
après celui-ci.
18.2 Pour les accès aux données des patients dans le cadre de la mise en œuvre et du support,
le Fournisseur agit comme sous-traitant au sens de l'article 28 du RGPD. La convention de
traitement jointe en annexe 3 précise les mesures de sécurité, la journalisation des accès,
l'absence de transfert hors de l'Union européenne et la notification des violations dans les
24 heures.

Article 19 - Responsabilité
La responsabilité du Fournisseur est limitée, par année contractuelle, au prix forfaitaire de
l'article 3.1, sauf faute grave, dol ou dommage corporel.

Article 20 - Litiges
Le contrat est régi par le droit belge. Tout différend est d'abord examiné par le comité de
pilotage ; à défaut d'accord dans les 30 jours, les parties recourent à une médiation auprès
d'un médiateur agréé. Si la médiation échoue, les tribunaux de l'arrondissement du Hainaut,
division Charleroi, sont seuls compétents.

Fait à Charleroi, le 01/12/2026, en deux exemplaires.

Pour MEDITRACE SRL                   Pour le CENTRE HOSPITALIER SAMBRE-HEURE ASBL
Damien Verhaegen, gérant             Caroline Delvaux, directrice générale
[signature]                          [signature]
                                     Dr Marc Lenoir, directeur médical
                                     [signature]
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "partial",
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
        "contract_term_months": 60,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
    },
)


FR_T13I_DENTAL_INTRAORAL_SCANNER_QUOTE = UnseenDocument(
    name="fr_t13i_dental_intraoral_scanner_quote",
    text="""DENTANET SRL - Informatique pour cabinets dentaires
Chaussée d'Alsemberg 842, 1180 Uccle - BE 0745.208.613 - 02/376 41 90 - info@dentanet.be

DEVIS N° DN-2026-0318                                   Uccle, le 30/11/2026
Valable 30 jours

Cabinet dentaire Dr Sarah Benali
Rue du Bailli 57, 1050 Ixelles

Objet : scanner intra-oral - poste d'acquisition, logiciel et réseau du cabinet

Chère Docteure,

Suite à notre visite du 24 novembre, voici notre proposition pour l'intégration de votre
nouveau scanner intra-oral dans les deux salles de soins et la mise à niveau du réseau du
cabinet.

1. Matériel
  2 x PC d'acquisition (i7, 32 Go, carte graphique RTX 4060, écran 27")   2 x 1.890,00   3.780,00
  1 x NAS Synology 4 baies + 2 disques 8 To (RAID 1)                                  1.140,00
  1 x switch 16 ports PoE administrable                                                 465,00
  1 x onduleur 1.500 VA pour la baie réseau                                             390,00
  Câblage : 4 prises réseau cat. 6A (2 par salle), raccordées à la baie                 880,00
                                                                    Sous-total       6.655,00

2. Logiciel et intégration
  Installation et configuration du logiciel d'acquisition du scanner sur les deux PC,
  calibration du scanner, liaison avec votre logiciel de gestion de cabinet (fiche patient
  ouverte automatiquement), envoi des empreintes vers votre laboratoire de prothèse     720,00
  Reprise des 3.200 dossiers d'images de l'ancien PC de la salle 1 vers le NAS            280,00
  Sauvegarde : configuration des instantanés quotidiens du NAS et d'une copie
  chiffrée hebdomadaire vers un disque externe que vous emportez                         240,00
                                                                    Sous-total       1.240,00

3. Installation et prise en main (forfait)                                            560,00
  Une journée d'installation un samedi, tests de scan dans chaque salle, prise en main
  d'1h30 pour vous et vos deux assistantes.

TOTAL HTVA                                                                           8.455,00 EUR
TVA 21 %                                                                             1.775,55 EUR
TOTAL TVAC                                                                          10.230,55 EUR

Non compris : le scanner intra-oral lui-même (acheté par vos soins auprès de votre dépôt
dentaire), la licence du logiciel de gestion de cabinet et les éventuels frais de son éditeur
pour activer la liaison, les travaux d'électricité.

Contrat d'entretien « DentaCare » (optionnel) : 59,00 EUR HTVA par mois pour les deux postes
et le NAS - support par téléphone et prise en main à distance du lundi au vendredi de 8h00 à
18h00, intervention à distance dans les 4 heures ouvrables, installation mensuelle des mises à
jour Windows et du logiciel d'acquisition, contrôle hebdomadaire des sauvegardes. Conclu pour
12 mois à partir de l'installation, renouvelable tacitement par périodes de 12 mois, sauf
résiliation par écrit un mois avant l'échéance.

Délais : installation dans les deux semaines suivant votre accord, à une date à convenir ;
nous vous proposons le samedi 9 janvier 2027. Les délais sont indicatifs et un retard de
livraison du matériel ne peut donner lieu à aucune indemnité.
À prévoir de votre côté avant l'installation : une connexion internet d'au moins 100 Mbit/s,
les codes d'accès administrateur de votre logiciel de gestion, l'accord de son éditeur pour la
liaison et la présence du scanner au cabinet.

Votre technicien : Youssef Amrani, certifié par le fabricant du scanner pour l'installation et
la calibration. À la fin de l'installation, un scan de test est réalisé dans chaque salle en
votre présence ; la signature du bon d'intervention vaut réception. Nous vous remettons un
dossier technique (plan du réseau, adresses IP, mots de passe, numéros de série), dont nous
gardons une copie dans notre système de support.

Garantie : 24 mois pièces et main-d'œuvre sur le matériel ; les défauts de configuration
signalés pendant cette période sont corrigés gratuitement.

Travaux supplémentaires : si des travaux non prévus s'avèrent nécessaires, nous vous les
signalons et ne les exécutons qu'après votre accord écrit ; ils sont facturés 78,00 EUR HTVA
de l'heure, déplacement compris.

Paiement : acompte de 40 % à la commande, solde à l'installation. Factures payables à 15 jours.
Les prix du matériel peuvent être adaptés si le prix de notre fournisseur augmente avant la
livraison.

Nos conditions générales de vente, jointes au présent devis, s'appliquent ; en cas de
contradiction, elles prévalent sur toute condition du client. Notre responsabilité est limitée
au montant de la facture concernée ; nous ne répondons pas de la perte de données ni des
pertes d'exploitation. Tout litige relève des tribunaux de Bruxelles, droit belge.

Bien cordialement,
Youssef Amrani - DentaNet SRL

Bon pour accord (date, nom et signature précédés de la mention « lu et approuvé ») :

...........................................................
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
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
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
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 4,
    },
)


FR_T13I_COMMUNE_EBOOK_LENDING_CONVENTION = UnseenDocument(
    name="fr_t13i_commune_ebook_lending_convention",
    text="""CONVENTION DE MISE À DISPOSITION D'UNE PLATEFORME DE PRÊT NUMÉRIQUE
Bibliothèque communale de Chaudfontaine - marché public de services n° 2026/BIB/03

Entre
la COMMUNE DE CHAUDFONTAINE, avenue du Centre 12, 4050 Chaudfontaine, représentée par son
Collège communal, pour lequel agissent M. Philippe Gérard, bourgmestre, et Mme Anne Collignon,
directrice générale, en exécution de la délibération du Collège du 17/11/2026,
ci-après « la Commune »,
et
LIRENLIGNE SRL, rue de la Loi 221, 1040 Etterbeek, BCE BE 0823.540.196, représentée par
Mme Nadia Vanderstraeten, administratrice, ci-après « le Prestataire ».

Article 1er - Objet et documents applicables
Le Prestataire met à la disposition de la bibliothèque communale sa plateforme de prêt de
livres numériques et de livres audio « Lirenligne », en marque blanche, accessible aux lecteurs
inscrits depuis le site de la bibliothèque et depuis l'application mobile du Prestataire.
La convention est régie par le cahier spécial des charges n° 2026/BIB/03 et l'offre du
Prestataire du 02/10/2026, qui y sont annexés. En cas de contradiction, la présente convention
prévaut sur le cahier spécial des charges, qui prévaut sur l'offre. Les conditions générales
du Prestataire ne sont pas applicables.

Article 2 - Services compris
Sont compris : l'hébergement et l'exploitation de la plateforme ; le portail aux couleurs de la
bibliothèque ; la connexion des lecteurs avec leur numéro de carte de bibliothèque ; la
liaison quotidienne avec le système de gestion de la bibliothèque (SIGB) ; le module
d'acquisition de titres auprès des distributeurs ; les statistiques ; le support aux
bibliothécaires. Ne sont pas compris : l'achat des licences de prêt des titres, facturées par
les distributeurs selon les conditions des éditeurs sur la base des commandes de la
bibliothèque, et le support direct aux lecteurs, assuré par la bibliothèque.

Article 3 - Prix
3.1 Frais de mise en service : 750,00 EUR HTVA, facturés à la mise en service.
3.2 Abonnement annuel : 3.900,00 EUR HTVA, facturé au début de chaque année de service.
3.3 Le montant total du marché pour la durée de la convention s'élève à 12.450,00 EUR HTVA,
hors licences de prêt.
3.4 L'abonnement est révisé à chaque date anniversaire selon l'indice santé, avec un maximum
de 3 % par an.
3.5 Les prestations complémentaires (développements, formations supplémentaires) ne sont
exécutées que sur bon de commande préalable signé par le Collège communal ou son délégué, sur
la base d'un devis du Prestataire au taux horaire de 95,00 EUR HTVA.
3.6 Les factures sont adressées au service des finances et payées dans les 30 jours de leur
réception.

Article 4 - Mise en service
4.1 Le Prestataire configure la plateforme et met en service le portail au plus tard le
01/03/2027. Pour chaque jour calendrier de retard imputable au Prestataire, une pénalité de
25,00 EUR est appliquée, plafonnée à 5 % du montant du marché.
4.2 La Commune remet au Prestataire, au plus tard le 15/01/2027, le logo et la charte
graphique de la bibliothèque, les paramètres d'accès au SIGB et l'export des lecteurs actifs,
et désigne une bibliothécaire référente (Mme Julie Thonon).
4.3 Le Prestataire importe les comptes des quelque 2.800 lecteurs actifs à partir de l'export
du SIGB et contrôle avec la référente un échantillon de 50 comptes.
4.4 La mise en service est constatée par un procès-verbal signé par la référente et le
Prestataire après un test de prêt complet sur liseuse, tablette et smartphone.
4.5 Le Prestataire forme l'équipe de la bibliothèque lors de deux sessions de trois heures sur
place et fournit un guide illustré pour les lecteurs ainsi que des affiches de lancement.

Article 5 - Niveaux de service
5.1 Le Prestataire garantit une disponibilité de la plateforme de 99,5 % par mois, hors
maintenances programmées annoncées cinq jours ouvrables à l'avance et réalisées entre 22h00
et 6h00.
5.2 Le support aux bibliothécaires est assuré par e-mail (support@lirenligne.be) et par
téléphone au 02/511 38 47, du lundi au vendredi de 9h00 à 17h00.
5.3 En cas d'indisponibilité totale de la plateforme, le Prestataire prend en charge l'incident
dans les 4 heures ouvrables ; les autres demandes reçoivent une réponse dans un délai de deux
jours ouvrables. Le Prestataire s'efforce de rétablir le service dans les meilleurs délais.
5.4 Les nouvelles versions de la plateforme et les correctifs de sécurité sont déployés par le
Prestataire sans frais supplémentaires ; les évolutions significatives de l'interface sont
annoncées à la bibliothèque un mois à l'avance.
5.5 Mme Sophie Lambert, chargée de clientèle, est l'interlocutrice de la Commune ; elle connaît
la configuration de la bibliothèque et son historique de demandes.

Article 6 - Rapports et suivi
Le Prestataire met à disposition chaque mois un rapport statistique (prêts par titre et par
catégorie, nouveaux lecteurs, disponibilité du mois, incidents). Une réunion d'évaluation
annuelle réunit la chargée de clientèle, la référente et l'échevine de la Culture.

Article 7 - Durée et fin de la convention
7.1 La convention est conclue pour trois ans à compter de la mise en service. Elle prend fin
de plein droit à son échéance, sans reconduction tacite.
7.2 La Commune peut mettre fin à la convention à chaque date anniversaire moyennant un préavis
de trois mois notifié par lettre recommandée. Chaque partie peut résilier la convention en cas
de manquement grave de l'autre partie non réparé dans les 30 jours d'une mise en demeure.
7.3 À la fin de la convention, le Prestataire remet à la Commune, dans les 15 jours et sans
frais, un export des comptes lecteurs, de l'historique des prêts et des statistiques au format
CSV, puis supprime les données personnelles des lecteurs dans les 30 jours.
7.4 Pendant les trois mois suivant la fin de la convention, à la demande de la Commune, le
Prestataire maintient la plateforme en service aux conditions en vigueur et collabore avec le
nouveau prestataire au transfert des comptes lecteurs.

Article 8 - Propriété intellectuelle
La plateforme reste la propriété du Prestataire ; la Commune en dispose d'un droit d'usage pour
la durée de la convention. Les droits sur les titres sont régis par les licences consenties
par les éditeurs. Les textes et visuels fournis par la bibliothèque restent sa propriété.

Article 9 - Protection des données et confidentialité
9.1 Pour la gestion des comptes et des prêts, le Prestataire agit comme sous-traitant de la
Commune au sens du RGPD. Les données sont hébergées en Belgique, aucun historique de lecture
nominatif n'est transmis aux distributeurs ni aux éditeurs, et les violations de données sont
notifiées à la Commune dans les 48 heures. La convention de sous-traitance figure en annexe 3.
9.2 Chaque partie garde confidentielles les informations de l'autre, pendant la convention et
trois ans après sa fin.

Article 10 - Responsabilité
La responsabilité du Prestataire est limitée à deux fois le montant annuel de l'abonnement,
sauf faute grave ou intentionnelle.

Article 11 - Litiges
Tout différend est d'abord examiné lors d'une réunion de concertation entre la directrice
générale et l'administratrice du Prestataire, organisée dans les 15 jours de la demande de
l'une des parties. À défaut d'accord, le droit belge est applicable et les tribunaux de Liège,
division Liège, sont compétents.

Fait à Chaudfontaine, le 03/12/2026, en deux exemplaires.

Pour la Commune,                                     Pour LIRENLIGNE SRL,
La directrice générale,       Le bourgmestre,        Nadia Vanderstraeten, administratrice
Anne Collignon                Philippe Gérard
[signature]                   [signature]            [signature]

Annexes : 1. cahier spécial des charges - 2. offre du 02/10/2026 - 3. convention de
sous-traitance
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
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "missing",
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
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)


FR_T13I_MANAGED_SERVICES_GENERAL_TERMS = UnseenDocument(
    name="fr_t13i_managed_services_general_terms",
    text="""CONDITIONS GÉNÉRALES DE SERVICES INFORMATIQUES GÉRÉS
WALTECH SERVICES SRL - rue des Phlox 18, 5100 Jambes (Namur) - BCE BE 0559.731.024
Version 2026.2 - en vigueur au 1er octobre 2026

1. Champ d'application
1.1 Les présentes conditions générales s'appliquent à toutes les offres de WalTech Services
SRL (« WalTech ») et à tous les contrats de services informatiques gérés conclus avec ses
clients professionnels (« le Client »). Le contrat est constitué de l'offre acceptée par le
Client et des présentes conditions générales.
1.2 Elles prévalent sur les conditions générales ou d'achat du Client, même si celles-ci
prévoient le contraire. Il ne peut y être dérogé que par écrit, dans l'offre acceptée.
1.3 L'offre est valable 30 jours. Le contrat est formé par la signature de l'offre, par son
acceptation par e-mail ou par le début d'exécution des services à la demande du Client.

2. Formules de services
2.1 WalTech propose trois formules, facturées par poste de travail ou par serveur et par mois :
- « Essentiel » : surveillance des postes et serveurs, antivirus géré, installation des
  correctifs, contrôle quotidien des sauvegardes ;
- « Confort » : Essentiel + helpdesk à distance illimité pour les utilisateurs ;
- « Premium » : Confort + interventions sur site comprises (maximum quatre heures par mois)
  et gestion des comptes Microsoft 365.
2.2 Ne sont pas compris dans les formules : le matériel et les licences de tiers, les projets
(migrations, nouveaux serveurs, déménagements), la formation des utilisateurs, la récupération
de données sur un support endommagé et les interventions dues à une faute du Client.
2.3 WalTech installe mensuellement les correctifs de sécurité des systèmes Windows et des
applications courantes. Les mises à niveau majeures (nouvelle version de Windows ou de
serveur) sont des projets facturés séparément.

3. Mise en place
Au début du contrat, WalTech réalise un inventaire de l'environnement du Client, installe ses
agents de surveillance et établit la documentation de l'infrastructure. Ce forfait de mise en
place est facturé 45,00 EUR HTVA par poste et 180,00 EUR HTVA par serveur, avec un minimum de
450,00 EUR HTVA. Les délais de mise en place mentionnés dans l'offre sont indicatifs.

4. Obligations du Client
Le Client désigne un interlocuteur unique ; il donne à WalTech un accès administrateur à
distance à ses systèmes ; il maintient ses postes et logiciels dans des versions supportées par
leur éditeur ; il informe WalTech par écrit, dans les cinq jours ouvrables, de tout changement
de matériel, de logiciel ou de personnel ayant un accès administrateur.

5. Support
5.1 Le helpdesk est joignable via le portail client, par e-mail à support@waltech.be et au
081/22 64 15, du lundi au vendredi de 8h00 à 17h30, hors jours fériés.
5.2 Délais de prise en charge (formules Confort et Premium) : priorité 1 (arrêt complet de
l'activité) 2 heures ouvrables ; priorité 2 (utilisateur ou fonction bloqué) 4 heures
ouvrables ; priorité 3 : jour ouvrable suivant.
5.3 Les services de WalTech constituent une obligation de moyens. WalTech ne s'engage sur
aucun délai de résolution et ne garantit pas la disponibilité des services de tiers
(Microsoft 365, fournisseurs d'accès internet, hébergeurs). Le dépassement d'un délai de prise
en charge ne donne droit à aucune indemnité, réduction de prix ni remboursement.
5.4 Pour les formules Confort et Premium, un gestionnaire de compte est désigné. WalTech tient
à jour la documentation de l'environnement du Client, consultable par tous ses techniciens, et
envoie chaque mois un rapport (tickets, état des correctifs, alertes, sauvegardes). Une revue
semestrielle est organisée avec le Client.

6. Prix et facturation
6.1 Les redevances mensuelles des formules sont facturées trimestriellement à l'avance selon
le nombre de postes et de serveurs relevé par les agents de surveillance.
6.2 Les interventions hors formule demandées par le Client ou rendues nécessaires pour
rétablir le fonctionnement de ses systèmes sont facturées en régie au tarif horaire de
89,00 EUR HTVA (98,00 EUR HTVA sur site, plus 0,45 EUR par kilomètre), par quart d'heure
entamé avec un minimum d'une demi-heure.
6.3 Les prix sont indexés le 1er janvier de chaque année selon l'évolution de l'indice Agoria
des salaires (national).
6.4 Les factures sont payables à 15 jours de leur date. Tout montant impayé à l'échéance porte
de plein droit un intérêt de 10 % l'an et une indemnité forfaitaire de 10 %, avec un minimum de
50,00 EUR. WalTech peut suspendre ses services après une mise en demeure restée sans effet
pendant huit jours.

7. Durée et résiliation
7.1 Le contrat est conclu pour une durée initiale de 12 mois. Il est reconduit tacitement par
périodes de 12 mois, sauf résiliation par lettre recommandée au moins trois mois avant
l'échéance.
7.2 Chaque partie peut résilier le contrat sans préavis en cas de manquement grave de l'autre
partie non réparé dans les 15 jours d'une mise en demeure, ou en cas de faillite.

8. Fin du contrat
8.1 À la fin du contrat, WalTech remet au Client les mots de passe administrateur, la
documentation de son environnement et, à sa demande, une copie de ses sauvegardes sur un
support fourni par le Client. WalTech peut retenir cette remise jusqu'au paiement complet de
toutes les factures échues.
8.2 WalTech collabore avec le nouveau prestataire désigné par le Client pendant un mois au
maximum après la fin du contrat ; cette assistance est facturée au tarif de l'article 6.2.
8.3 WalTech désinstalle ses agents et supprime les données du Client en sa possession dans les
60 jours de la fin du contrat.

9. Propriété intellectuelle
Les scripts, outils, modèles et la plateforme de surveillance de WalTech restent sa propriété.
Le Client dispose d'un droit d'usage non exclusif pendant la durée du contrat ; la
documentation de son environnement lui appartient.

10. Confidentialité et protection des données
10.1 WalTech et ses techniciens gardent confidentielles toutes les informations du Client
dont ils ont connaissance, pendant le contrat et deux ans après sa fin.
10.2 Lorsque WalTech accède à des données à caractère personnel du Client, il agit comme
sous-traitant au sens de l'article 28 du RGPD : il ne traite les données que sur instruction
du Client, fait appel aux seuls sous-traitants ultérieurs listés sur www.waltech.be/rgpd
(hébergés dans l'Union européenne) et notifie toute violation de données dans les 48 heures.

11. Responsabilité
La responsabilité de WalTech est limitée aux dommages directs et, en tout état de cause, au
montant des redevances payées par le Client au cours des trois mois précédant le fait
dommageable. WalTech n'est pas responsable de la perte ou de la corruption de données, du
manque à gagner, ni des dommages causés par un virus ou une attaque informatique.

12. Réclamations et litiges
12.1 Toute réclamation est adressée par écrit au gérant de WalTech. Les parties se rencontrent
dans les 15 jours de sa réception ; à défaut d'accord dans les 30 jours, chaque partie peut
saisir les tribunaux.
12.2 Le droit belge est applicable. Les tribunaux de l'arrondissement de Namur, division Namur,
sont seuls compétents.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 2,
    },
)


DOCUMENTS = [
    FR_T13I_LAB_SAMPLE_TRACKING_CONTRACT,
    FR_T13I_DENTAL_INTRAORAL_SCANNER_QUOTE,
    FR_T13I_COMMUNE_EBOOK_LENDING_CONVENTION,
    FR_T13I_MANAGED_SERVICES_GENERAL_TERMS,
]
