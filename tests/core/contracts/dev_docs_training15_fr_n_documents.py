"""Training batch 15 (fr, writer n): four documents as Belgian French-speaking IT suppliers and
their clients write them.

- fr_t15n_managed_firewall_edr_contract: a long formal contract (numbered articles) by which a
  Gosselies managed-security provider runs a rented FortiGate firewall and an EDR with 24/7 SOC
  monitoring for an electrical-installation SME in Anderlecht (set-up fee, monthly fees,
  approval of extra work, SLA with service credits, 36 months with tacit renewal and three
  months' notice, reversibility, mediation, signed by both parties).
- fr_t15n_bakery_click_and_collect_quote: a Liège web studio's quote for a bakery's WordPress site
  and click-and-collect shop with a monthly hosting-and-maintenance package; the studio's
  general terms prevail, indicative deadlines, price of the package adaptable by the studio,
  acceptance by signature of the quote or by a reply e-mail (empty "bon pour accord" line).
- fr_t15n_cpas_case_management_hosting: a public-procurement convention by which a software
  house migrates, hosts and maintains a CPAS's social case-management software (precedence of
  the specifications, public-procurement general rules, revision formula, penalties,
  availability, escrow, four years without tacit renewal, signed by both parties).
- fr_t15n_notary_scanning_offer_letter: a Nivelles scanning bureau's offer letter to a notaries'
  office in Uccle for scanning its closed files (unit prices with an estimated budget and an
  approval step on overrun, batch acceptance, professional secrecy, GDPR, a monthly recurring
  service renewed tacitly with three months' notice); the client signature line is empty.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or
a text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned (an empty "bon pour accord" line for the client is a
partial signature); partial = mentioned but vague, a bare cross-reference without content, a
placeholder, best-efforts only, a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T15N_MANAGED_FIREWALL_EDR_CONTRACT = UnseenDocument(
    name="fr_t15n_managed_firewall_edr_contract",
    text="""CONTRAT DE SERVICES DE SÉCURITÉ GÉRÉS
Pare-feu géré et protection des postes de travail (EDR)
Contrat n° BIT-MSS-2026-042

Entre BASTION IT srl, rue Louis Blériot 5, 6041 Gosselies, BCE BE 0719.284.553, représentée par
M. Damien Couvreur, gérant (« le Prestataire »), et TECHNILUX SA, installations électriques,
chaussée de Mons 412, 1070 Anderlecht, BCE BE 0442.918.307, représentée par Mme Véronique
Pirard, administratrice déléguée (« le Client »).

Article 1 - Objet et documents contractuels
1.1 Le Prestataire fournit au Client un service de pare-feu géré pour son siège d'Anderlecht et
un service de protection et de détection sur les postes de travail et serveurs (EDR), tels que
décrits à l'annexe 1.
1.2 Le contrat se compose, par ordre de priorité décroissant : (a) le présent contrat ; (b)
l'annexe 1 (description des services) ; (c) l'offre du Prestataire n° BIT-2026-311 du
14/10/2026 (annexe 2) ; (d) la convention de traitement des données (annexe 3). Aucunes
conditions générales de l'une ou l'autre partie ne s'appliquent.

Article 2 - Périmètre des services
2.1 Sont compris : la location d'un pare-feu Fortinet FortiGate 100F et d'un boîtier de secours
identique entreposé chez le Client ; la gestion de la configuration, du filtrage web, de la
prévention d'intrusion et de l'accès VPN SSL pour 25 utilisateurs nomades ; jusqu'à six
demandes de modification de règles par mois ; la licence et l'exploitation de l'EDR
SentinelOne sur 52 appareils (48 postes, 4 serveurs) ; la surveillance 24 heures sur 24 et 7
jours sur 7 des alertes par le centre opérationnel de sécurité (SOC) du Prestataire ; l'isolement
à distance d'un appareil compromis et les huit premières heures d'intervention par incident de
sécurité.
2.2 Ne sont pas compris : la sécurité de Microsoft 365, la sauvegarde, le support aux
utilisateurs pour d'autres sujets, l'analyse forensique au-delà de ces huit heures et la
restauration des systèmes après un incident.

Article 3 - Prix et paiement
3.1 Frais uniques de mise en place : 3.950,00 EUR HTVA (audit de la configuration existante,
reprise des règles de l'ancien pare-feu SonicWall, installation, déploiement des agents EDR).
3.2 Redevance mensuelle : pare-feu géré 390,00 EUR HTVA ; EDR géré 9,80 EUR HTVA par appareil,
soit 509,60 EUR HTVA pour 52 appareils ; total 899,60 EUR HTVA par mois.
3.3 Les prestations hors forfait sont facturées 105,00 EUR HTVA de l'heure ; les heures de
réponse à incident au-delà du forfait sont facturées 145,00 EUR HTVA de l'heure.
3.4 La redevance et les taux horaires sont indexés chaque 1er janvier selon l'indice Agoria
(salaires, moyenne nationale), sans que la hausse puisse dépasser 4 % par an.
3.5 Les frais de mise en place sont facturés à la signature du procès-verbal de mise en service.
La redevance est facturée trimestriellement à l'avance. Les factures sont payables à 30 jours
de leur date.

Article 4 - Prestations supplémentaires
Toute prestation hors forfait fait l'objet d'un devis transmis par le portail de tickets et
n'est exécutée qu'après acceptation écrite de la personne de contact du Client. En cas
d'incident de sécurité en cours, l'accord peut être donné par téléphone et est confirmé par
e-mail ; il couvre au maximum huit heures, au-delà desquelles un nouvel accord est requis.

Article 5 - Mise en place
5.1 Planning : réunion de lancement le 11/01/2027 ; audit de la configuration existante et
relevé des flux jusqu'au 22/01/2027 ; déploiement des agents EDR par vagues jusqu'au
12/02/2027 ; bascule vers le nouveau pare-feu le samedi 20/02/2027 ; fin de la période
d'accompagnement renforcé le 05/03/2027.
5.2 Le Client : désigne M. Olivier Lemaire, responsable informatique, comme personne de contact ;
fournit au plus tard le 15/01/2027 la liste des applications et des accès extérieurs
nécessaires ; donne au Prestataire un accès administrateur à sa console Intune pour le
déploiement des agents ; assure la présence de M. Lemaire le jour de la bascule.
5.3 Si la bascule est retardée du fait du Prestataire, la redevance n'est due qu'à partir de la
mise en service effective et le Prestataire accorde une réduction de 5 % des frais de mise en
place par semaine de retard, plafonnée à 25 %. Si le retard est imputable au Client, la bascule
est replanifiée au premier samedi disponible et les heures d'attente sont facturées au taux de
l'article 3.3.
5.4 Après la bascule, les parties testent ensemble les flux critiques repris au plan de test
(ERP, VPN, messagerie, téléphonie, accès des fournisseurs) ; la mise en service est constatée par
un procès-verbal signé par les deux parties.
5.5 Pendant 30 jours à compter du procès-verbal, le Prestataire corrige gratuitement toute
anomalie de configuration et adapte sans frais les règles de filtrage, sans limite de nombre.
5.6 Le Prestataire remet aux utilisateurs nomades une notice d'installation du client VPN et
organise une séance d'information en ligne d'une heure ; pendant les deux semaines suivant la
bascule, les utilisateurs peuvent appeler directement le support du Prestataire.

Article 6 - Équipe
6.1 Mme Lucie Renard, ingénieure sécurité, est la gestionnaire technique du compte. Les
interventions sur le pare-feu sont réalisées exclusivement par des ingénieurs certifiés
Fortinet NSE 4 au minimum et disposant d'au moins trois ans d'expérience.
6.2 Le Prestataire informe le Client au moins quinze jours à l'avance de tout changement de
gestionnaire technique et organise, sans frais pour le Client, une réunion de passation avec le
successeur.

Article 7 - Qualité et documentation
7.1 Toute modification de règle est revue par un second ingénieur avant application et
consignée dans le journal des changements. Le SOC du Prestataire est certifié ISO/IEC 27001.
7.2 Le Prestataire remet, au plus tard 15 jours après la mise en service, la documentation de
l'installation (schéma du réseau, règles et objets, politiques EDR, accès d'urgence) et la met
à jour chaque trimestre. Cette documentation, ainsi que l'historique des tickets du Client, est
consultable par tous les ingénieurs du support.

Article 8 - Niveaux de service
8.1 Le support est joignable par le portail de tickets, à support@bastion-it.be et au
071/38 52 90 les jours ouvrables de 8h00 à 18h00. Les incidents de priorité 1 sont signalés
24 heures sur 24 et 7 jours sur 7 au numéro d'urgence 071/38 52 99.
8.2 Délais :
  - priorité 1 (incident de sécurité actif, pare-feu hors service) : prise en charge dans les
    30 minutes, 24h/24 ; isolement de l'appareil compromis dans l'heure ; rétablissement du
    filtrage dans les 4 heures, au besoin par bascule sur le boîtier de secours ;
  - priorité 2 (fonction dégradée, alerte EDR à haut risque) : prise en charge dans les
    2 heures ouvrables, résolution dans les 8 heures ouvrables ;
  - priorité 3 (modification de règle, question) : prise en charge dans le jour ouvrable,
    exécution dans les 3 jours ouvrables.
8.3 Le Prestataire garantit une disponibilité du service de pare-feu de 99,8 % par mois
calendrier, hors maintenances planifiées annoncées cinq jours ouvrables à l'avance et
effectuées en dehors des heures de bureau.
8.4 Pour chaque délai de priorité 1 non respecté et pour chaque mois où la disponibilité est
inférieure à 99,8 %, le Client reçoit un crédit de 10 % de la redevance mensuelle, plafonné à
30 % de la redevance du mois concerné.
8.5 Le Prestataire installe les versions du micrologiciel FortiOS recommandées par le fabricant
dans les 30 jours de leur publication, et les correctifs de vulnérabilités critiques dans les
72 heures. Les signatures et les agents EDR sont mis à jour automatiquement.
8.6 Le Prestataire est tenu à une obligation de résultat quant aux délais de prise en charge et
à la disponibilité. Aucune solution ne pouvant garantir la détection de toutes les menaces, il
est tenu d'une obligation de moyens quant à la détection.

Article 9 - Rapports et suivi
9.1 Le Prestataire transmet chaque mois, au plus tard le 10, un rapport de service : menaces
bloquées, alertes EDR et leur traitement, incidents, modifications effectuées, versions
installées, respect des niveaux de service.
9.2 Une réunion de revue trimestrielle réunit M. Lemaire et Mme Renard. Tout différend est
escaladé successivement au directeur des opérations du Prestataire puis aux dirigeants des
deux parties.

Article 10 - Durée et résiliation
10.1 Le contrat est conclu pour 36 mois à compter du procès-verbal de mise en service. Il est
ensuite reconduit tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée au
moins trois mois avant l'échéance.
10.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie non
réparé dans les 30 jours d'une mise en demeure. Le Client peut en outre résilier le contrat
sans indemnité si les crédits de service sont dus trois mois consécutifs.

Article 11 - Fin du contrat
11.1 À la fin du contrat, le Prestataire continue, à la demande du Client, d'assurer les
services aux conditions en vigueur pendant trois mois au maximum et collabore avec le nouveau
prestataire, les heures de passation étant facturées au taux de l'article 3.3.
11.2 Dans les 15 jours de la fin du contrat, le Prestataire remet gratuitement au Client le
fichier complet de configuration du pare-feu, la documentation à jour et les journaux des
12 derniers mois aux formats syslog et CSV. Il désinstalle ensuite les agents EDR à la date
convenue et efface les données du Client, ce qu'il confirme par écrit. Le Client restitue
le matériel loué dans les 30 jours.

Article 12 - Propriété intellectuelle
Les logiciels Fortinet et SentinelOne sont mis à disposition sous la licence de leurs éditeurs
pendant la durée du contrat. La configuration et la documentation réalisées pour le Client
appartiennent à celui-ci, qui peut les utiliser et les modifier librement.

Article 13 - Confidentialité et données personnelles
13.1 Chaque partie garde confidentielles les informations de l'autre, en particulier les
informations relatives à la sécurité du Client, pendant le contrat et cinq ans après sa fin.
13.2 Pour les données personnelles contenues dans les journaux et les alertes, le Prestataire
agit comme sous-traitant au sens de l'article 28 du RGPD, conformément à l'annexe 3. Les données
sont hébergées dans l'Union européenne. Toute violation de données est notifiée au Client dans
les 24 heures de sa découverte.

Article 14 - Responsabilité
La responsabilité du Prestataire est limitée, par année contractuelle, au double des montants
facturés au cours des douze mois précédant le fait dommageable, avec un minimum de
50.000,00 EUR, sauf dol ou faute grave, pour lesquels elle n'est pas limitée. Les dommages
indirects, tels que le manque à gagner, sont exclus. Le Prestataire dispose d'une assurance
responsabilité professionnelle couvrant les risques cyber à concurrence de 1.250.000,00 EUR.

Article 15 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis aux dirigeants des
parties selon l'article 9.2 ; à défaut d'accord dans les 30 jours, les parties recourent à un
médiateur agréé par la Commission fédérale de médiation avant toute action. Les tribunaux de
l'entreprise francophone de Bruxelles sont seuls compétents.

Fait à Anderlecht, le 03/12/2026, en deux exemplaires.

Pour BASTION IT srl                              Pour TECHNILUX SA
Damien Couvreur, gérant                          Véronique Pirard, administratrice déléguée
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
        "team.replacement": "covered",
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
        "warranty_days": 30,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.8,
    },
)

FR_T15N_BAKERY_CLICK_AND_COLLECT_QUOTE = UnseenDocument(
    name="fr_t15n_bakery_click_and_collect_quote",
    text="""STUDIO MOSAN srl - création de sites web et boutiques en ligne
Rue Saint-Gilles 112, 4000 Liège - BE 0786.330.914 - 04/268 71 35 - hello@studiomosan.be

DEVIS N° SM-2026-204
Date : 01/12/2026 - valable 30 jours

Client : Boulangerie-Pâtisserie Lambert - Mme Aline Lambert
Place du Marché 3, 4800 Verviers (magasins de Verviers et de Dison)

Objet : nouveau site web et commande en ligne avec retrait en magasin (click & collect)

Bonjour Madame Lambert,

Suite à notre rencontre du 26 novembre au magasin, voici notre proposition pour votre nouveau
site et la commande en ligne de vos pains, viennoiseries et gâteaux.

1. Ce que nous réalisons
- Site vitrine sous WordPress : accueil, la maison, nos produits, horaires des deux magasins,
  contact, page « gâteaux sur commande », adapté aux smartphones.
- Boutique click & collect (WooCommerce) : choix du magasin et du créneau de retrait, heure
  limite de commande à 16h00 pour le lendemain, jours de fermeture paramétrables, paiement en
  ligne par Bancontact et carte via Mollie.
- Chaque matin à 5h00, une liste de production par magasin (quantités par produit) envoyée par
  e-mail et imprimable, et un e-mail de confirmation au client à chaque commande.
- Encodage de vos 80 premiers produits (photos, descriptions, prix, allergènes) à partir du
  fichier que vous nous transmettez.
- Bandeau cookies, politique de confidentialité et conditions de vente de la boutique (modèles
  à compléter par vous).

2. Prix (HTVA)
Analyse et maquettes (2 propositions graphiques, 2 séries de corrections)          1.200,00
Site vitrine                                                                        2.400,00
Module click & collect et liste de production                                      2.850,00
Encodage des 80 produits                                                              640,00
Mise en ligne, configuration de l'hébergement et du compte Mollie                    290,00
Formation (2 heures au magasin de Verviers)                                           180,00
TOTAL HTVA                                                                          7.560,00 EUR
TVA 21 %                                                                            1.587,60 EUR
TOTAL TVAC                                                                          9.147,60 EUR

Non compris : les photos (nous pouvons vous mettre en contact avec un photographe), la
rédaction des textes, les traductions, la liaison avec votre caisse enregistreuse, la
publicité en ligne, le nom de domaine (15,00 EUR HTVA par an) et les frais de transaction
Mollie, facturés directement par Mollie.
Toute demande en dehors de ce devis fait l'objet d'un devis complémentaire que vous acceptez
avant que nous commencions ; notre tarif horaire est de 70,00 EUR HTVA.

3. Planning
- Démarrage la semaine du 11 janvier 2027, maquettes pour le 22 janvier.
- Site de test à votre disposition le 15 février.
- Mise en ligne visée pour le 1er mars 2027, avant les commandes de Pâques.
Pour tenir ce planning, nous avons besoin de vos textes, de vos photos et du fichier des
produits (avec prix et allergènes) au plus tard le 25 janvier, et de vos remarques sur les
maquettes dans la semaine. Les délais sont donnés à titre indicatif et un retard ne donne pas
droit à une indemnité.

4. Tests, mise en ligne et formation
Avant la mise en ligne, nous testons le site sur smartphones (iOS et Android) et sur les
navigateurs Chrome, Safari, Firefox et Edge, et passons des commandes réelles de bout en bout.
Vous testez ensuite vous-même le site de test pendant une semaine ; la mise en ligne sur
boulangerie-lambert.be a lieu après votre validation par e-mail.
La formation de 2 heures s'adresse à vous et à vos vendeuses (gestion des produits, des
créneaux et des commandes) ; vous recevez aussi un petit guide PDF illustré.
Les bugs que vous nous signalez dans les 3 mois qui suivent la mise en ligne sont corrigés
gratuitement.

5. Après la mise en ligne : forfait « Sérénité Web » - 39,00 EUR HTVA par mois
Hébergement sur nos serveurs à Liège, sauvegardes quotidiennes conservées 30 jours, certificat
SSL, mises à jour mensuelles de WordPress, de WooCommerce et des extensions (les correctifs de
sécurité urgents sont installés dans la semaine), et 1 heure de petites modifications par
trimestre.
Support par e-mail à support@studiomosan.be ou au 04/268 71 35, du lundi au vendredi de 9h00 à
17h00. Nous répondons à vos demandes dans un délai d'un jour ouvrable ; si le site ou la prise de
commande est hors service, nous intervenons dans les 4 heures ouvrables.
Le forfait est conclu pour 12 mois à partir de la mise en ligne et se renouvelle tacitement
d'année en année ; vous pouvez y mettre fin par simple e-mail au plus tard un mois avant
l'échéance. Le tarif du forfait peut être adapté chaque 1er janvier ; nous vous prévenons par
e-mail au moins un mois à l'avance.

6. Paiement
Acompte de 40 % à l'acceptation du devis, solde de 60 % à la mise en ligne. Le forfait est
prélevé mensuellement par domiciliation. Factures payables à 15 jours.

7. Votre site vous appartient
Une fois la facture finale payée, le site, ses contenus et son design vous appartiennent ;
WordPress, WooCommerce et les extensions restent sous leurs propres licences. Si vous quittez
notre hébergement, nous vous remettons gratuitement une copie complète du site (fichiers et base
de données, y compris les commandes et les comptes clients) et transférons le nom de domaine à
votre nouveau prestataire.
Nous hébergeons les données de vos clients (nom, e-mail, téléphone, commandes) en tant que
sous-traitant au sens du RGPD ; notre contrat de sous-traitance vous est envoyé avec la facture
d'acompte.

Votre interlocutrice pour tout le projet est Julie Marchal, cheffe de projet ; le développement
est assuré par Kevin Dethier.
Nos conditions générales de vente, disponibles sur studiomosan.be/cgv, font partie intégrante
du présent devis et prévalent sur toutes autres conditions.

Pour accepter ce devis, renvoyez-le signé ou répondez simplement « bon pour accord » à cet
e-mail.

Pour Studio Mosan srl                            Bon pour accord - Boulangerie Lambert
Julie Marchal                                    Date : ............ Signature : ............
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T15N_CPAS_CASE_MANAGEMENT_HOSTING = UnseenDocument(
    name="fr_t15n_cpas_case_management_hosting",
    text="""CONVENTION D'HÉBERGEMENT ET DE MAINTENANCE
du logiciel de gestion des dossiers sociaux SocialDesk
Marché public de services - cahier spécial des charges n° CPAS/2026/014

ENTRE
Le CENTRE PUBLIC D'ACTION SOCIALE DE SAMBREVILLE, rue de la Station 36, 5060 Sambreville,
représenté par M. Jean-Marc Hubert, président, et Mme Carine Delforge, directrice générale,
agissant en exécution de la décision du Conseil de l'action sociale du 24/11/2026,
ci-après « le CPAS »,

ET
AXIOSOC SA, Axisparc, rue Émile Francqui 6, 1435 Mont-Saint-Guibert, BCE BE 0467.205.831,
représentée par M. Thierry Vanbelle, administrateur délégué, ci-après « l'Adjudicataire ».

Article 1 - Objet
Le CPAS utilise depuis 2014 le logiciel SocialDesk de l'Adjudicataire, installé sur ses propres
serveurs. La présente convention a pour objet la migration de SocialDesk et de ses données vers
l'infrastructure d'hébergement de l'Adjudicataire, l'hébergement et l'exploitation de
l'application pour 38 utilisateurs (service social, service de médiation de dettes, insertion
socioprofessionnelle, comptabilité), ainsi que sa maintenance.

Article 2 - Documents du marché
Le marché est régi, par ordre de priorité décroissant, par : (a) le cahier spécial des charges
n° CPAS/2026/014 et ses annexes ; (b) la présente convention ; (c) l'offre de l'Adjudicataire du
18/09/2026, qui fait partie intégrante du marché. Les règles générales d'exécution des marchés
publics (arrêté royal du 14 janvier 2013) s'appliquent. Les conditions générales de
l'Adjudicataire sont expressément exclues.

Article 3 - Périmètre
3.1 Sont compris : la migration de la base de données et des 410.000 documents scannés des
dossiers ; l'hébergement dans deux centres de données situés en Belgique ; l'accès sécurisé des
utilisateurs par navigateur avec authentification forte ; les flux avec la Banque Carrefour de
la Sécurité Sociale (BCSS) ; les sauvegardes ; la maintenance corrective, légale et évolutive ;
le support aux utilisateurs.
3.2 Ne sont pas compris : les postes de travail et la connexion internet du CPAS, les modules
non commandés (gestion des maisons de repos, comptabilité générale) et la reprise de données
d'autres logiciels.

Article 4 - Prix
4.1 Migration (forfait) : 6.800,00 EUR HTVA, facturés après la réception visée à l'article 9.
4.2 Redevance annuelle d'hébergement et de maintenance : 21.480,00 EUR HTVA, facturée par
trimestre échu.
4.3 Le montant total du marché sur la durée initiale s'élève à 92.720,00 EUR HTVA.
4.4 Les prestations complémentaires commandées par le CPAS (paramétrages spécifiques, modèles de
documents, formations supplémentaires) sont facturées au taux de 98,00 EUR HTVA de l'heure, sur
la base d'un devis approuvé préalablement par bon de commande signé par la directrice générale.
Aucune prestation n'est payée sans bon de commande.
4.5 La redevance et le taux horaire sont révisés à chaque date anniversaire selon la formule
P = P0 x (0,20 + 0,80 x S/S0), S étant l'indice Agoria des salaires, conformément au cahier
spécial des charges.
4.6 Les factures sont payées dans les 30 jours de leur réception, pour autant que la prestation
ait été vérifiée.

Article 5 - Planning et obligations des parties
5.1 Migration d'essai le 15/02/2027 ; vérification par le CPAS jusqu'au 26/02/2027 ; formation
des utilisateurs du 01/03 au 05/03/2027 ; migration définitive le week-end des 13 et
14/03/2027 ; mise en production sur l'hébergement le lundi 15/03/2027.
5.2 Le CPAS désigne Mme Nadia Boukhari, responsable informatique, comme référente ; donne à
l'Adjudicataire l'accès à son serveur actuel au plus tard le 01/02/2027 ; vérifie la migration
d'essai dans les dix jours ouvrables ; libère les utilisateurs pour la formation.
5.3 En cas de retard de la mise en production imputable à l'Adjudicataire, une amende de 0,1 %
du montant de la migration par jour calendrier de retard est appliquée, plafonnée à 5 % du
montant du marché. Un retard imputable au CPAS décale le planning d'autant, sans frais.

Article 6 - Équipe
6.1 Le projet est dirigé par M. Sébastien Gillard, chef de projet, qui compte huit ans
d'expérience dans l'implémentation de SocialDesk en CPAS et maîtrise la loi organique du
8 juillet 1976 et les flux BCSS. Après la mise en production, Mme Estelle Moreau, gestionnaire
de compte, est l'interlocutrice du CPAS.
6.2 Tout remplacement du chef de projet ou de la gestionnaire de compte est notifié au CPAS et
soumis à son accord écrit ; le remplaçant possède une qualification au moins équivalente.

Article 7 - Qualité et sécurité
Les centres de données sont certifiés ISO/IEC 27001. L'Adjudicataire respecte les normes
minimales de sécurité de la BCSS. Les sauvegardes sont quotidiennes, conservées 30 jours et
répliquées dans le second centre de données ; un test de restauration complète est réalisé
chaque année en présence de la référente du CPAS.

Article 8 - Documentation
L'Adjudicataire remet, au plus tard le jour de la mise en production, le dossier d'exploitation
(architecture, accès, procédure de sauvegarde et de restauration, plan de continuité) et le
tient à jour.

Article 9 - Migration et réception
9.1 L'Adjudicataire migre l'intégralité des dossiers sociaux, de l'historique des aides et des
documents scannés. Chaque migration fait l'objet d'un contrôle de concordance (nombre de
dossiers, de décisions et de documents ; échantillon de 50 dossiers contrôlés par le CPAS).
9.2 La réception est prononcée par procès-verbal lorsque le contrôle de concordance est conforme
et que la mise en production s'est déroulée sans anomalie bloquante pendant dix jours ouvrables.
9.3 Pendant trois mois à compter de la réception, toute anomalie résultant de la migration est
corrigée sans frais.
9.4 L'Adjudicataire forme les 38 utilisateurs au nouvel accès en quatre sessions d'une
demi-journée et assure une permanence téléphonique renforcée pendant la première semaine de
production.

Article 10 - Maintenance et niveaux de service
10.1 La maintenance comprend la correction des anomalies, les adaptations aux modifications
légales et réglementaires (montants du revenu d'intégration, flux BCSS, rapports au SPP
Intégration sociale), les nouvelles versions et les correctifs de sécurité, installés par
l'Adjudicataire en dehors des heures de service après information du CPAS.
10.2 Le support est joignable par le portail de support et au 010/45 19 70, les jours ouvrables
de 8h00 à 17h00.
10.3 Délais, comptés en heures ouvrables :
  - incident critique (application inaccessible pour tous les utilisateurs, flux BCSS
    bloqués) : prise en charge dans l'heure, rétablissement dans les 4 heures ;
  - incident majeur (fonction importante indisponible) : prise en charge dans les 4 heures,
    correction dans les 2 jours ouvrables ;
  - incident mineur : prise en charge dans le jour ouvrable, correction dans la version
    suivante.
10.4 L'Adjudicataire garantit une disponibilité de l'application de 99,7 % par mois, mesurée les
jours ouvrables de 7h00 à 19h00.
10.5 Si la disponibilité mensuelle est inférieure à 99,7 %, une pénalité de 2 % de la redevance
trimestrielle par tranche de 0,1 % manquante est déduite de la facture suivante, plafonnée à
20 % de cette redevance.
10.6 La gestionnaire de compte tient à jour la fiche du CPAS (paramétrages, modèles,
utilisateurs, historique des demandes), accessible à tous les agents du support.
10.7 L'Adjudicataire transmet chaque mois un rapport de service (disponibilité, incidents et
délais, sauvegardes, flux BCSS). Un comité de suivi réunit le CPAS et l'Adjudicataire chaque
semestre. Les points non résolus sont portés par la référente du CPAS devant la gestionnaire de
compte, puis devant la directrice générale et l'administrateur délégué.

Article 11 - Durée et fin
11.1 La convention est conclue pour quatre ans à compter de la mise en production. Elle prend fin
de plein droit à son terme, sans reconduction tacite.
11.2 Le CPAS peut mettre fin à la convention à chaque date anniversaire moyennant un préavis de
six mois notifié par lettre recommandée. Les mesures d'office prévues par les règles générales
d'exécution s'appliquent en cas de manquement de l'Adjudicataire.
11.3 À la fin de la convention, pour quelque cause que ce soit, l'Adjudicataire remet au CPAS,
dans les 30 jours et sans frais, un export complet de la base de données (format SQL et CSV, avec
le dictionnaire des données) et l'ensemble des documents dans leur format d'origine, classés par
dossier. Il détruit ensuite toutes les copies et en remet une attestation.
11.4 L'Adjudicataire poursuit l'hébergement aux conditions en vigueur pendant une période de
transition de six mois au maximum et collabore avec le nouveau prestataire.
11.5 Le code source de SocialDesk est déposé auprès d'un agent de dépôt indépendant et mis à
jour à chaque version majeure ; le CPAS y a accès en cas de faillite de l'Adjudicataire ou
d'arrêt de la maintenance du logiciel.

Article 12 - Propriété intellectuelle
SocialDesk reste la propriété de l'Adjudicataire ; le CPAS dispose d'un droit d'utilisation non
exclusif pendant la durée de la convention. Les données et les documents restent la propriété
exclusive du CPAS.

Article 13 - Confidentialité et protection des données
13.1 L'Adjudicataire et son personnel sont tenus au secret professionnel visé à l'article 36 de
la loi organique des CPAS. Chaque membre du personnel ayant accès aux données signe un
engagement de confidentialité.
13.2 L'Adjudicataire agit comme sous-traitant au sens de l'article 28 du RGPD, conformément à la
convention de sous-traitance jointe au cahier spécial des charges. Les données sont hébergées
exclusivement en Belgique ; aucun transfert hors de l'Union européenne n'est autorisé. Toute
violation de données est notifiée au délégué à la protection des données du CPAS dans les
24 heures.

Article 14 - Responsabilité
L'Adjudicataire est responsable des dommages causés par ses fautes, y compris la perte de
données due à un défaut de sauvegarde, à concurrence de 250.000,00 EUR par sinistre, sauf faute
grave ou dol. Il justifie d'une assurance couvrant ce montant.

Article 15 - Litiges
Le droit belge est applicable. Tout différend est d'abord examiné par le comité de suivi ; à
défaut d'accord dans les 30 jours, les tribunaux de l'arrondissement de Namur sont seuls
compétents.

Fait à Sambreville, le 01/12/2026, en deux exemplaires.

Pour le CPAS de Sambreville                      Pour AXIOSOC SA
Carine Delforge         Jean-Marc Hubert         Thierry Vanbelle
Directrice générale     Président                Administrateur délégué
[signature]             [signature]              [signature]
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

FR_T15N_NOTARY_SCANNING_OFFER_LETTER = UnseenDocument(
    name="fr_t15n_notary_scanning_offer_letter",
    text="""ARCHIMÈDE DIGITALISATION srl
Rue de l'Industrie 18, 1400 Nivelles - BCE BE 0538.742.106 - 067/84 20 51

                                   Étude des notaires associés Vanderlinden & Mertens
                                   À l'attention de Maître Sophie Mertens
                                   Avenue Brugmann 210
                                   1180 Uccle

Nivelles, le 2 décembre 2026
Notre réf. : AD/OF/26-0917

Objet : numérisation de vos dossiers clôturés - offre de services

Maître,

Nous vous remercions de l'accueil réservé à notre responsable de production lors de sa visite
de vos archives du 19 novembre. Comme convenu, nous avons le plaisir de vous soumettre notre
offre pour la numérisation de vos dossiers clôturés de 1995 à 2025, ainsi que pour le
traitement régulier des dossiers qui seront clôturés à l'avenir.

1. Les prestations
Reprise du fonds : environ 320 boîtes d'archives, soit quelque 9.600 dossiers et 600.000 pages
selon notre comptage par échantillonnage. Nous enlevons les boîtes dans votre étude en bacs
scellés, par notre propre véhicule et notre personnel, les préparons (retrait des agrafes et
trombones, redressement des pages), les numérisons en 300 dpi, couleur, au format PDF/A-2b avec
reconnaissance de caractères (OCR), et indexons chaque dossier selon le numéro de répertoire, le
nom des parties, la nature et la date de l'acte. Les originaux vous sont restitués dans leurs
boîtes d'origine. Les minutes des actes ne sont pas concernées et restent dans votre étude.
Traitement récurrent : un enlèvement mensuel des dossiers clôturés le mois précédent, jusqu'à
3.000 pages par mois, selon les mêmes modalités.
Ne sont pas compris : les documents de format supérieur à A3 (plans), les documents reliés ou
très abîmés, et l'import des fichiers dans votre logiciel de gestion d'étude, que votre éditeur
réalise sur la base de notre index au format CSV. Les documents hors normes rencontrés sont mis
de côté et vous sont signalés avec un prix ; ils ne sont numérisés qu'après votre accord écrit.

2. Prix (HTVA)
- Mise en place (plan d'indexation, test sur un échantillon de 5 boîtes) : 650,00 EUR, forfait.
- Numérisation format A4 : 0,062 EUR par page ; format A3 : 0,12 EUR par page.
- Indexation : 0,45 EUR par dossier.
- Enlèvement et retour : 185,00 EUR par enlèvement (40 boîtes au maximum).
- Recherche urgente d'un dossier en cours de traitement : 65,00 EUR de l'heure.
Sur la base de notre comptage, le budget de la reprise du fonds est estimé à 43.650,00 EUR HTVA
(650,00 + 37.200,00 + 4.320,00 + 8 enlèvements à 185,00 EUR = 1.480,00 ; le supplément A3 est
négligeable). La facturation se fait sur le volume réellement traité ; si celui-ci devait
dépasser l'estimation de plus de 10 %, nous vous en informons et attendons votre accord avant de
poursuivre.
Traitement récurrent : 290,00 EUR HTVA par mois, enlèvement compris, jusqu'à 3.000 pages ; les
pages au-delà sont facturées au prix unitaire ci-dessus.
Nos prix sont fixes jusqu'au 31/12/2027, puis indexés chaque 1er janvier selon l'indice santé.
Nous facturons chaque lot après votre acceptation, et le traitement récurrent mensuellement ;
nos factures sont payables à 30 jours.

3. Planning
Test sur échantillon et validation du plan d'indexation en janvier 2027 ; ensuite un lot de
40 boîtes toutes les deux semaines à partir du 1er février, pour terminer la reprise du fonds
fin mai 2027. Chaque lot vous est livré sous forme numérique dans les 10 jours ouvrables de son
enlèvement. Le traitement récurrent démarre en juin 2027.
De votre côté, nous vous demandons de préparer les boîtes de chaque lot avec leur liste
d'inventaire, de désigner une personne de contact dans l'étude et de valider l'index de
l'échantillon dans les cinq jours ouvrables.

4. Qualité, contrôle et livraison
Chaque image est contrôlée visuellement à l'écran par l'opérateur ; un second contrôleur
vérifie en outre un échantillon de 5 % des dossiers de chaque lot et le nombre de pages par
dossier. Après chaque lot, nous vous remettons un bordereau de traitement (boîtes, dossiers,
pages, anomalies constatées). Les fichiers et l'index sont déposés sur votre serveur SFTP.
Vous disposez de 15 jours pour contrôler chaque lot ; à défaut de remarque, le lot est accepté.
Toute image illisible ou manquante signalée dans les six mois de la livraison du lot est
renumérisée gratuitement. Nous présentons à votre personnel, lors d'une séance d'une heure dans
votre étude, la recherche dans les fichiers et l'index.
Votre interlocuteur est M. Karim Benali, responsable de production (0475/62 18 90).

5. Secret professionnel et données personnelles
Vos dossiers sont traités exclusivement par nos employés, dans notre atelier sécurisé de
Nivelles (accès par badge, vidéosurveillance), sans sous-traitance. Chaque collaborateur a
signé un engagement de confidentialité et fourni un extrait de casier judiciaire ; nous
respectons le secret professionnel qui s'attache à vos dossiers, pendant et après notre
collaboration. Nous agissons en qualité de sous-traitant au sens de l'article 28 du RGPD
conformément à la convention de traitement jointe ; les données ne quittent pas la Belgique.
Les images et l'index sont votre propriété exclusive ; nous ne les conservons que jusqu'à
l'acceptation de chaque lot, puis les effaçons de nos systèmes et vous en remettons une
attestation.

6. Responsabilité
Pendant le transport et le séjour dans nos locaux, vos documents sont couverts par notre
assurance « tous risques documents » à concurrence de 250.000,00 EUR. Notre responsabilité est
limitée aux frais de reconstitution des documents perdus ou endommagés ; le manque à gagner
est exclu.

7. Durée
Le traitement récurrent est conclu pour douze mois à compter de juin 2027 et se renouvelle
tacitement d'année en année, sauf résiliation par lettre recommandée au moins trois mois avant
l'échéance. Vous pouvez interrompre la reprise du fonds à tout moment, moyennant paiement des
lots déjà enlevés.

Nos conditions générales de prestation, jointes, s'appliquent pour autant que la présente offre
n'y déroge pas ; en cas de contradiction, la présente offre prévaut. Droit belge ; les
tribunaux de Bruxelles sont compétents.

Cette offre est valable jusqu'au 31 janvier 2027. Pour marquer votre accord, nous vous
remercions de nous retourner un exemplaire signé, précédé de la mention « lu et approuvé ».

Nous vous prions d'agréer, Maître, l'expression de nos sentiments distingués.

Pierre Vandermeulen
Gérant, Archimède Digitalisation srl

Pour accord, pour l'Étude Vanderlinden & Mertens
Nom : ................................ Date : ............ Signature : ....................
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
        "team.quality": "covered",
        "reporting.progress": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 180,
    },
)

DOCUMENTS = [
    FR_T15N_MANAGED_FIREWALL_EDR_CONTRACT,
    FR_T15N_BAKERY_CLICK_AND_COLLECT_QUOTE,
    FR_T15N_CPAS_CASE_MANAGEMENT_HOSTING,
    FR_T15N_NOTARY_SCANNING_OFFER_LETTER,
]
