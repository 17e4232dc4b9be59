"""Training batch 14 (fr, writer k): four documents as Belgian French-speaking IT suppliers and
their clients write them.

- fr_t14k_nurse_scheduling_maintenance: a long formal maintenance and support contract (numbered
  articles, public procurement) between a Wavre software house and a regional hospital in Dinant
  for its nurse-scheduling software, including a one-off migration to version 8 (planning,
  acceptance, 3-month warranty, delay reduction), response/workaround times with penalties,
  escrow, 12 months renewed tacitly three times with three months' notice; signed by both.
- fr_t14k_brussels_it_general_terms: the general terms of sale and services of a Brussels IT
  provider (Uccle): supplier terms prevail, obligations de moyens, unilateral price changes,
  régie without approval, tacit renewal with three months' notice, low liability cap with data
  loss excluded, data returned only once invoices are paid; no signatures.
- fr_t14k_garage_tablets_wifi_quote: an informal quote by a one-man IT business in Ciney for
  rugged workshop tablets and Wi-Fi access points for a garage, accepted by a reply e-mail.
- fr_t14k_food_wholesaler_erp_sla_annex: an SLA annex to a hosting framework contract for a
  hosted ERP of a Brussels fresh-food wholesaler (availability, priorities, service credits,
  back-ups, reports and reviews, reversibility); signed by both, duration and liability left to
  the framework contract.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an e-mail acceptance with no signature block,
or general terms with no signature at all, is agreement.signed_both missing); partial =
mentioned but vague, a bare cross-reference without content, a placeholder, best-efforts only,
a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T14K_NURSE_SCHEDULING_MAINTENANCE = UnseenDocument(
    name="fr_t14k_nurse_scheduling_maintenance",
    text="""CONTRAT DE MAINTENANCE ET DE SUPPORT
Logiciel de planification du personnel infirmier Horaria Care
Marché public de services n° CHR-HM/2026/041 - Contrat n° HOR-MT-2026-077

ENTRE
HORARIA SA, dont le siège est établi avenue Einstein 11, 1300 Wavre, BCE BE 0699.214.530,
représentée par M. Benoît Verhaegen, administrateur délégué, ci-après « le Fournisseur »,

ET
CENTRE HOSPITALIER RÉGIONAL HAUTE-MEUSE ASBL, dont le siège est établi rue Saint-Jacques 501,
5500 Dinant, BCE BE 0411.873.652, représentée par M. Philippe Delvaux, directeur général, et
Mme Anne Rasquin, directrice du département infirmier, ci-après « l'Hôpital ».

Article 1 - Objet et documents contractuels
1.1 Le présent contrat a pour objet la maintenance et le support du logiciel Horaria Care,
utilisé par l'Hôpital depuis 2022 pour la planification des horaires, la gestion des absences et
le pointage de ses 1.100 agents infirmiers et soignants, ainsi que la migration vers la
version 8 du logiciel.
1.2 Le contrat se compose, par ordre de priorité décroissant : (a) le présent contrat ; (b) le
cahier spécial des charges CHR-HM/2026/041 ; (c) l'offre du Fournisseur n° OF-2611 du
09/10/2026 ; (d) les annexes. Les conditions générales du Fournisseur ne s'appliquent pas.

Article 2 - Services de maintenance
2.1 La maintenance comprend : la maintenance corrective ; la fourniture et l'installation des
nouvelles versions et des correctifs de sécurité ; la mise à jour des règles de calcul à la
suite des modifications de la réglementation sociale (commission paritaire 330, barèmes IFIC,
jours fériés) au plus tard à leur date d'entrée en vigueur ; le support aux gestionnaires de
planning de l'Hôpital.
2.2 Chaque nouvelle version est d'abord installée sur l'environnement de test de l'Hôpital.
Le Fournisseur la teste au préalable sur une copie anonymisée de la base de l'Hôpital et remet
les notes de version et la documentation utilisateur mise à jour, en français.
2.3 Ne sont pas compris : le matériel, les systèmes d'exploitation et les bases de données de
l'Hôpital ; les interfaces développées par des tiers ; la formation de nouveaux utilisateurs
au-delà de celle prévue à l'article 6.

Article 3 - Support
3.1 Le service d'assistance est joignable par le portail de tickets et au 010/45 92 30 les
jours ouvrables de 7h30 à 18h00. Les incidents de priorité 1 peuvent être signalés 24 heures
sur 24 et 7 jours sur 7 au numéro de garde 010/45 92 39.
3.2 Le Fournisseur s'engage sur les délais suivants :
  - priorité 1 (logiciel indisponible pour tous les services, impossibilité de publier les
    plannings ou de pointer) : prise en charge en 30 minutes, 24h/24, et solution de
    contournement en 4 heures ;
  - priorité 2 (fonction importante indisponible pour une unité) : prise en charge en 2 heures
    ouvrables, correction en 3 jours ouvrables ;
  - priorité 3 (autres anomalies) : prise en charge en 1 jour ouvrable, correction dans la
    version suivante.
3.3 Si le délai de contournement d'un incident de priorité 1 est dépassé, le Fournisseur est
redevable d'une pénalité de 250,00 EUR par heure de dépassement ; les pénalités d'une année
sont plafonnées à 10 % de la redevance annuelle et sont déduites de la facture suivante.

Article 4 - Connaissance de l'installation et interlocuteurs
4.1 Le Fournisseur tient à jour un dossier d'installation de l'Hôpital (serveurs, version,
interfaces avec le logiciel de paie et les pointeuses, règles de planification propres à chacune
des 34 unités), consultable par tous les agents de son service d'assistance.
4.2 Mme Laetitia Goffin, consultante référente, est l'interlocutrice de l'Hôpital pour toutes
les questions fonctionnelles ; M. Sébastien Colin est le gestionnaire de compte. En cas de
changement de consultante référente, le Fournisseur en informe l'Hôpital au moins un mois à
l'avance et organise à ses frais une réunion de passation avec la nouvelle personne.
4.3 Les demandes non résolues par le service d'assistance sont escaladées au responsable du
support, puis au directeur des opérations du Fournisseur.

Article 5 - Obligations de l'Hôpital
L'Hôpital désigne deux gestionnaires de planning clés, seuls habilités à ouvrir des tickets ;
maintient un accès VPN pour le Fournisseur ; met à disposition l'environnement de test au plus
tard le 01/03/2027 ; teste chaque nouvelle version et communique son accord ou ses remarques
dans les dix jours ouvrables de sa mise à disposition.

Article 6 - Migration vers la version 8
6.1 La migration comprend l'installation de la version 8 sur l'environnement de test puis de
production, la conversion de la base (plannings depuis 2019, compteurs d'heures, soldes de
congés et de récupérations) et la formation des 14 gestionnaires de planning aux nouveautés
(deux demi-journées), ainsi qu'une présence sur site le jour de la bascule.
6.2 Planning : installation en test le 15/03/2027 ; tests par l'Hôpital du 16/03 au
09/04/2027 ; bascule en production le week-end du 17/04/2027.
6.3 L'Hôpital teste la version 8 selon le plan de tests remis par le Fournisseur. La réception
est prononcée par un procès-verbal signé par les deux parties lorsque aucune anomalie de
priorité 1 ou 2 ne subsiste ; les soldes convertis sont contrôlés par échantillonnage sur
trois unités.
6.4 Pendant trois mois suivant la bascule, le Fournisseur corrige gratuitement toute anomalie de
la version 8 et toute erreur de conversion, y compris les ajustements de paramétrage.
6.5 Si la bascule est retardée de plus de deux semaines du fait du Fournisseur, le prix de la
migration est réduit de 5 % par semaine de retard supplémentaire, avec un maximum de 20 %. Un
retard imputable à l'Hôpital entraîne un nouveau planning fixé de commun accord.

Article 7 - Prix et paiement
7.1 La redevance annuelle de maintenance s'élève à 24.600,00 EUR HTVA. Elle est facturée en
janvier pour l'année civile et payable à 45 jours de la date de la facture.
7.2 La migration vers la version 8 est réalisée pour un prix forfaitaire unique de 6.200,00 EUR
HTVA, facturé après la signature du procès-verbal de réception.
7.3 La redevance est révisée le 1er janvier de chaque année selon la formule de l'annexe 2
(indice Agoria des salaires), avec un maximum de 3 % par an.
7.4 Toute prestation hors maintenance fait l'objet d'un devis préalable au taux journalier de
880,00 EUR HTVA ; elle n'est exécutée qu'après réception d'un bon de commande signé par le
service des achats de l'Hôpital.

Article 8 - Suivi
Le Fournisseur transmet chaque trimestre un rapport de service (tickets par priorité, délais
respectés, pénalités, versions installées). Un comité de suivi réunit tous les six mois la
directrice du département infirmier, le responsable informatique de l'Hôpital, la consultante
référente et le gestionnaire de compte.

Article 9 - Durée et résiliation
9.1 Le contrat prend cours le 01/01/2027 pour une durée de douze mois. Il est reconduit
tacitement trois fois pour une période de douze mois, sauf notification par lettre recommandée
par l'une des parties au moins trois mois avant l'échéance. Sa durée totale ne peut excéder
quarante-huit mois.
9.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie auquel
il n'est pas remédié dans les 30 jours d'une mise en demeure.

Article 10 - Fin du contrat
10.1 À la fin du contrat, pour quelque cause que ce soit, le Fournisseur remet à l'Hôpital, dans
les 30 jours et sans frais, un export complet des données (agents, plannings, pointages,
compteurs, absences) aux formats CSV et SQL, avec la description des tables.
10.2 Le Fournisseur poursuit la maintenance aux conditions en vigueur pendant une période de
transition de six mois au maximum et collabore avec le prestataire désigné par l'Hôpital.
10.3 Le code source d'Horaria Care est déposé auprès d'un agent de dépôt indépendant selon la
convention tripartite de l'annexe 4 ; il est mis à jour à chaque version majeure et remis à
l'Hôpital en cas de faillite du Fournisseur ou d'arrêt de la maintenance du logiciel.

Article 11 - Propriété intellectuelle
Les nouvelles versions sont couvertes par la licence d'utilisation non exclusive et perpétuelle
concédée à l'Hôpital par le contrat de licence du 14/02/2022. Les paramétrages réalisés pour
l'Hôpital peuvent être librement utilisés et modifiés par celui-ci.

Article 12 - Confidentialité et protection des données
12.1 Chaque partie garde confidentielles les informations de l'autre pendant le contrat et cinq
ans après sa fin.
12.2 Le Fournisseur traite les données personnelles des agents de l'Hôpital, y compris les
données relatives aux absences pour maladie, en qualité de sous-traitant au sens de l'article 28
du RGPD, conformément à la convention de traitement de l'annexe 5. Les accès à distance sont
journalisés et la journalisation est communiquée à l'Hôpital sur demande.

Article 13 - Responsabilité
La responsabilité du Fournisseur est limitée, par année contractuelle, à deux fois le montant de
la redevance annuelle, sauf en cas de dol, de faute grave ou de violation de la convention de
traitement. Les dommages indirects sont exclus.

Article 14 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord examiné par le comité de
suivi, puis par les directeurs généraux des deux parties dans les 15 jours. À défaut d'accord
dans les 30 jours, les tribunaux de Namur, division Dinant, sont seuls compétents.

Fait à Dinant, le 30/11/2026, en deux exemplaires.

Pour HORARIA SA                          Pour le CHR HAUTE-MEUSE ASBL
Benoît Verhaegen                         Philippe Delvaux              Anne Rasquin
administrateur délégué                   directeur général             directrice du
[signature]                              [signature]                   département infirmier
                                                                       [signature]
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
        "team.seniority": "missing",
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
        "payment_term_days": 45,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
    },
)

FR_T14K_BRUSSELS_IT_GENERAL_TERMS = UnseenDocument(
    name="fr_t14k_brussels_it_general_terms",
    text="""CITADEL IT srl
Chaussée de Waterloo 1151 - 1180 Uccle - BCE BE 0745.308.126
info@citadel-it.brussels - 02/374 18 60

CONDITIONS GÉNÉRALES DE VENTE ET DE PRESTATION DE SERVICES
(version du 1er septembre 2026)

1. Champ d'application
1.1 Les présentes conditions générales s'appliquent à toutes les offres, ventes de matériel et
de logiciels, prestations de services, contrats de maintenance et d'hébergement de Citadel IT
srl (« le Prestataire »). Le contrat est formé par l'offre acceptée par le client et les
présentes conditions générales.
1.2 Toute commande implique l'acceptation sans réserve des présentes conditions générales, à
l'exclusion des conditions générales ou d'achat du client, même si celles-ci prévoient
qu'elles sont seules applicables. Les conditions particulières figurant dans l'offre ne
prévalent sur les présentes que si elles ont été expressément confirmées par écrit par le
Prestataire.

2. Offres et prix
2.1 Les offres sont valables 30 jours. Seules les prestations et le matériel expressément
décrits dans l'offre sont compris dans le prix.
2.2 Sauf mention contraire dans l'offre, les prestations sont facturées en régie au tarif
horaire en vigueur : technicien 85,00 EUR HTVA, ingénieur système 115,00 EUR HTVA, par
tranche entamée de 30 minutes, avec un forfait de déplacement de 45,00 EUR HTVA dans la Région
de Bruxelles-Capitale. Les interventions en dehors des heures de bureau sont majorées de 50 %.
2.3 Toute prestation non prévue dans l'offre, y compris les prestations rendues nécessaires par
l'état de l'installation du client, est facturée en régie au tarif en vigueur.
2.4 Le Prestataire peut adapter ses tarifs au 1er janvier de chaque année, ainsi qu'à tout
moment en cas de hausse des prix de ses fournisseurs ou des éditeurs de logiciels. Les
nouveaux tarifs sont publiés sur le site du Prestataire et s'appliquent dès leur publication.
2.5 Les redevances de maintenance, d'hébergement et de licences sont facturées annuellement à
l'avance.

3. Délais
Les délais de livraison et d'exécution sont donnés à titre indicatif. Un retard ne peut donner
lieu ni à une indemnité, ni à la résolution de la commande.

4. Obligations du client
Le client donne au Prestataire, au plus tard à la date d'intervention convenue, l'accès à ses
locaux et à ses systèmes, les identifiants administrateur nécessaires et les informations
utiles sur son environnement. Il réalise une sauvegarde complète de ses données avant toute
intervention. Le temps perdu du fait du client est facturé en régie.

5. Exécution des prestations
5.1 Les prestations sont exécutées par du personnel qualifié. Le Prestataire choisit librement
les membres de son personnel affectés aux prestations et peut les remplacer à tout moment.
5.2 Les obligations du Prestataire sont des obligations de moyens.
5.3 À la fin de l'intervention, le Prestataire remet au client la documentation des
installations réalisées (schéma réseau, configuration, comptes administrateur).

6. Matériel et garantie
6.1 Le matériel reste la propriété du Prestataire jusqu'au paiement intégral du prix.
6.2 Le matériel bénéficie uniquement de la garantie du constructeur. Le Prestataire corrige
gratuitement les erreurs de configuration qui lui sont imputables lorsqu'elles lui sont
signalées par écrit dans les 30 jours de l'intervention.

7. Maintenance et support
7.1 Les formules de maintenance (Essentiel, Confort et Premium) sont décrites dans l'offre.
7.2 Le service d'assistance est joignable du lundi au vendredi de 8h30 à 17h30, hors jours
fériés, au 02/374 18 60 et à support@citadel-it.brussels.
7.3 Les délais d'intervention mentionnés dans l'offre sont indicatifs. Le Prestataire ne
garantit aucun délai de résolution.
7.4 Le Prestataire ne garantit pas une disponibilité ininterrompue des services hébergés. Les
interruptions ne donnent droit à aucune indemnité ni réduction de prix.

8. Durée et résiliation
8.1 Les contrats de maintenance et d'hébergement sont conclus pour une durée de douze mois. Ils
sont renouvelés tacitement pour des périodes successives de douze mois, sauf résiliation par
lettre recommandée au moins trois mois avant l'échéance.
8.2 En cas de non-paiement d'une facture à son échéance, le Prestataire peut suspendre ses
prestations huit jours après un rappel resté sans effet, ou résilier le contrat aux torts du
client, les redevances restant dues jusqu'à l'échéance étant alors immédiatement exigibles.
8.3 À la fin du contrat, le Prestataire peut, à la demande du client, assister le nouveau
prestataire en régie au tarif en vigueur.
8.4 Les données hébergées sont restituées au client à sa demande, à condition que toutes les
factures aient été intégralement payées. À défaut de demande dans les 30 jours de la fin du
contrat, elles sont supprimées.

9. Paiement
Les factures sont payables à 15 jours de leur date. Tout montant impayé à l'échéance porte de
plein droit et sans mise en demeure un intérêt de 10 % l'an ainsi qu'une indemnité forfaitaire
de 10 % du montant dû, avec un minimum de 125,00 EUR.

10. Responsabilité
10.1 La responsabilité du Prestataire est limitée au montant HTVA facturé pour la prestation
concernée ou, pour les contrats de maintenance et d'hébergement, au montant des redevances des
trois derniers mois.
10.2 Le Prestataire ne répond en aucun cas des dommages indirects, du manque à gagner, de la
perte ou de la corruption de données, ni des conséquences d'attaques informatiques. Le client
est seul responsable de la sauvegarde de ses données.

11. Propriété intellectuelle
Les logiciels de tiers sont soumis aux conditions de licence de leurs éditeurs. Les scripts,
outils et développements du Prestataire restent sa propriété ; le client reçoit un droit
d'usage non exclusif pour ses besoins internes.

12. Confidentialité
Chaque partie traite comme confidentielles les informations de l'autre partie dont elle a
connaissance à l'occasion du contrat, pendant sa durée et deux ans après sa fin.

13. Protection des données
Lorsque le Prestataire traite des données à caractère personnel pour le compte du client, il
agit en qualité de sous-traitant au sens de l'article 28 du RGPD : il ne traite les données que
sur instruction documentée du client, soumet son personnel à une obligation de confidentialité
et notifie au client toute violation de données dans les 48 heures. L'accord de traitement
joint en annexe aux présentes conditions générales s'applique.

14. Droit applicable
Les présentes conditions sont régies par le droit belge. Tout litige relève de la compétence
exclusive des tribunaux francophones de l'arrondissement judiciaire de Bruxelles.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "partial",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "missing",
        "team.replacement": "partial",
        "team.seniority": "partial",
        "team.knowledge_transfer": "covered",
        "reporting.governance": "missing",
        "reporting.progress": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "missing",
        "maintenance.services": "partial",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "partial",
        "exit.data_return": "partial",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
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
        "warranty_days": 30,
    },
)

FR_T14K_GARAGE_TABLETS_WIFI_QUOTE = UnseenDocument(
    name="fr_t14k_garage_tablets_wifi_quote",
    text="""De : Vincent Lemaire <vincent@garagelemaire.be>
À : Julien Hautot <julien@hautot-informatique.be>
Date : mercredi 2 décembre 2026 18:47
Objet : RE: Devis tablettes atelier + Wi-Fi - D-2026-214

Bonjour Julien,

C'est bon pour nous, vous pouvez commander. Le samedi 16 janvier au matin, ça nous va pour
l'installation ; Marc (chef d'atelier) sera là dès 7h30.

Bonne soirée,
Vincent Lemaire
Garage Lemaire & Fils srl - route de Dinant 88, 5590 Ciney

-----Message d'origine-----
De : Julien Hautot <julien@hautot-informatique.be>
Envoyé : lundi 30 novembre 2026 16:12
Objet : Devis tablettes atelier + Wi-Fi - D-2026-214

Bonjour Monsieur Lemaire,

Suite à mon passage de jeudi, voici le devis pour les tablettes de l'atelier et le Wi-Fi. J'ai
tenu compte de ce qu'on a vu sur place : le signal actuel ne passe pas au fond de l'atelier ni
près de la carrosserie, et vos mécaniciens doivent pouvoir ouvrir les ordres de réparation et la
documentation technique des constructeurs depuis les ponts.

Devis D-2026-214 (prix HTVA)
  4 tablettes durcies Samsung Galaxy Tab Active5 (5G, 128 Go)
  avec coque de protection et dragonne                          4 x 689,00 =   2.756,00
  4 supports muraux avec charge (un par pont)                   4 x  74,00 =     296,00
  2 bornes Wi-Fi UniFi U6 Enterprise (atelier et carrosserie)   2 x 312,00 =     624,00
  1 borne Wi-Fi UniFi U6 Lite (accueil et salle d'attente)                       129,00
  1 switch PoE UniFi 8 ports                                                     198,00
  Câbles réseau, goulottes et petit matériel (forfait)                           145,00
  Installation et configuration (forfait une journée)                            640,00
  TOTAL HTVA                                                                   4.788,00
  TVA 21 %                                                                     1.005,48
  TOTAL TVAC                                                                   5.793,48

L'installation comprend :
- la pose des bornes et du switch et le tirage des câbles depuis votre armoire réseau (jusqu'à
  30 mètres par borne) ;
- deux réseaux séparés : « Atelier » pour les tablettes et les PC, « Clients » pour la salle
  d'attente, isolé de votre réseau et limité en débit ;
- la configuration des tablettes : comptes, accès à votre logiciel d'atelier et aux portails
  de documentation des constructeurs, verrouillage en cas de perte ;
- une prise en main d'une demi-heure avec vos mécaniciens.

Pas compris : les travaux électriques (il faut une prise à côté de chaque pont pour les
supports), les licences de votre logiciel d'atelier et les abonnements aux portails des
constructeurs, que vous gardez chez vos fournisseurs actuels.

Délai : le matériel arrive en 5 à 8 jours ouvrables après votre accord. L'installation prend
une journée, de préférence un samedi pour ne pas bloquer l'atelier.
De votre côté, il me faut : les prises électriques près des ponts avant l'installation, le mot
de passe de votre modem Proximus et les identifiants de votre logiciel d'atelier.

Si sur place il faut plus de câble ou une borne en plus (par exemple pour le parking des
véhicules d'occasion), je vous appelle avant avec le prix et je ne le fais qu'avec votre accord.

En fin de journée, je mesure le signal dans tout l'atelier, sous chaque pont et dans la
carrosserie, et je vous envoie le relevé. Je vous laisse aussi une fiche avec les noms des
réseaux, les mots de passe et les accès administrateur ; j'en garde une copie, avec la
configuration, dans votre dossier client.

Les bornes se mettent à jour automatiquement via le contrôleur UniFi, et les mises à jour
Android et Samsung sont activées sur les tablettes.

Garantie : 2 ans sur tout le matériel (échange via le fournisseur). Pour le reste, je n'ai
pas de contrat de maintenance : si vous avez un souci, vous m'appelez au 0476/28 51 93 du lundi
au vendredi de 8h à 18h, et je passe en général dans la journée. Le dépannage est facturé
65,00 EUR HTVA de l'heure, par quart d'heure, sans frais de déplacement à Ciney.

Facture à l'installation, payable à 15 jours. Offre valable 15 jours.
Si c'est d'accord pour vous, une réponse à ce mail suffit et je commande le matériel.

Bien à vous,
Julien Hautot
Hautot Informatique - rue du Condroz 12, 5590 Ciney - BE 0862.417.905 - 0476/28 51 93
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
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
        "risk.supplier_terms_prevail": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 720,
    },
)

FR_T14K_FOOD_WHOLESALER_ERP_SLA_ANNEX = UnseenDocument(
    name="fr_t14k_food_wholesaler_erp_sla_annex",
    text="""ANNEXE 2 AU CONTRAT-CADRE D'HÉBERGEMENT ET DE SUPPORT N° ERP-H-2026-019
ACCORD SUR LES NIVEAUX DE SERVICE (SLA) - ERP FRESCALIS HÉBERGÉ

Parties : ERPILOT SA, rue des Phlox 22, 5032 Isnes, BCE BE 0823.661.470 (« Erpilot »)
et DISTRIFRAIS SA, grossiste en produits frais, rue de la Petite-Île 3, 1070 Anderlecht,
BCE BE 0447.105.289 (« le Client »).

1. Objet et hiérarchie
1.1 La présente annexe fixe les niveaux de service applicables à l'hébergement et au support de
l'ERP Frescalis utilisé par le Client (commandes, stocks FEFO, traçabilité des lots,
préparation, facturation, interfaces EDI avec les centrales d'achat).
1.2 En cas de contradiction, la présente annexe prévaut sur le contrat-cadre pour tout ce qui
concerne les niveaux de service. Les conditions générales d'Erpilot ne s'appliquent pas.

2. Périmètre du service
2.1 La redevance mensuelle de 3.450,00 EUR HTVA fixée à l'article 5 du contrat-cadre comprend :
l'hébergement dans deux centres de données situés en Belgique, la supervision 24h/24, les
sauvegardes, le support de niveaux 1 et 2, les mises à jour de l'ERP et de l'infrastructure et
jusqu'à 4 heures par mois de petites demandes de paramétrage.
2.2 Ne sont pas compris : les développements spécifiques, les nouvelles interfaces, la
formation de nouveaux utilisateurs, le réseau local, les terminaux de préparation et les
balances du Client.
2.3 Les demandes au-delà de ce forfait sont facturées 105,00 EUR HTVA de l'heure, sur devis
préalablement accepté par écrit par le Client, avec la redevance du mois suivant. Les factures
sont payables à 30 jours de leur date.

3. Disponibilité
3.1 Erpilot garantit une disponibilité de l'ERP de 99,7 % par mois calendrier, mesurée 24h/24
par sa sonde de supervision depuis l'extérieur, hors maintenances planifiées.
3.2 Les maintenances planifiées ont lieu le dimanche entre 14h00 et 18h00, sont annoncées au
moins 5 jours ouvrables à l'avance et ne dépassent pas 4 heures par mois. Aucune maintenance
planifiée n'a lieu du 15 décembre au 5 janvier.

4. Support et délais
4.1 Le service d'assistance est joignable par le portail support.erpilot.be et au
081/71 40 55 du lundi au samedi de 5h00 à 20h00. En dehors de ces heures, les incidents de
priorité 1 sont signalés au numéro de garde 081/71 40 99, 7 jours sur 7.
4.2 Délais de prise en charge et de rétablissement :
  Priorité 1 - ERP indisponible, ou impossible de prendre des commandes, de préparer ou de
  facturer : prise en charge 15 minutes (24h/24) ; rétablissement ou contournement 4 heures.
  Priorité 2 - fonction importante indisponible (une interface EDI, l'impression des
  étiquettes) : prise en charge 1 heure ; rétablissement 8 heures.
  Priorité 3 - anomalie sans blocage : prise en charge 4 heures ouvrables ; correction
  5 jours ouvrables.
  Priorité 4 - demande ou question : réponse dans les 2 jours ouvrables.
4.3 Les délais courent à partir de l'appel ou de l'enregistrement du ticket.

5. Sauvegardes et reprise
Les bases de données sont sauvegardées toutes les 4 heures et répliquées sur le second centre
de données ; les sauvegardes sont conservées 30 jours. En cas de sinistre, l'ERP est rétabli
sur le second site en 4 heures au plus, avec une perte de données de 4 heures au plus. Un test
de restauration est réalisé chaque année en présence du Client.

6. Mises à jour
Les correctifs de sécurité sont installés chaque mois pendant la fenêtre de maintenance ; les
correctifs critiques dans les 72 heures de leur publication. Les nouvelles versions de l'ERP
(avril et octobre) sont d'abord installées sur l'environnement d'acceptation du Client, qui
dispose de 10 jours ouvrables pour les valider avant leur mise en production.

7. Crédits de service
7.1 Si la disponibilité mensuelle est inférieure à 99,7 %, le Client reçoit un crédit sur la
redevance mensuelle de : 10 % entre 99,0 % et 99,7 % ; 20 % entre 98,0 % et 99,0 % ; 30 % en
dessous de 98,0 %.
7.2 Chaque heure de dépassement du délai de rétablissement d'un incident de priorité 1 donne
droit à un crédit supplémentaire de 2 % de la redevance mensuelle.
7.3 Le total des crédits est plafonné à 40 % de la redevance du mois concerné. Les crédits sont
déduits de la facture suivante sur demande du Client introduite dans les 30 jours.
7.4 Si la disponibilité est inférieure à 98,0 % pendant deux mois consécutifs ou trois mois sur
douze, le Client peut résilier le contrat-cadre moyennant un préavis de 30 jours, sans
indemnité.
7.5 Pour le surplus, la responsabilité d'Erpilot reste régie par l'article 12 du
contrat-cadre.

8. Équipe, connaissance du Client et qualité
8.1 M. Karim Bensaïd, service delivery manager, est l'interlocuteur du Client pour le suivi du
service. En cas de remplacement, Erpilot en informe le Client au moins un mois à l'avance et
organise une réunion de passation avec son successeur.
8.2 Erpilot tient à jour un dossier d'exploitation du Client (architecture, interfaces EDI,
balances et terminaux raccordés, pics d'activité, contacts), consultable par tout le service
d'assistance.
8.3 Erpilot est certifiée ISO/IEC 27001 pour ses activités d'hébergement et maintient cette
certification pendant toute la durée du contrat.

9. Obligations du Client
Le Client désigne deux utilisateurs clés habilités à ouvrir des tickets ; décrit chaque incident
(écran, message, nombre d'utilisateurs touchés) ; valide les nouvelles versions dans le délai de
l'article 6 ; annonce à Erpilot au plus tard le 15 novembre les volumes attendus pour les fêtes
de fin d'année.

10. Rapports et revues
10.1 Au plus tard le 10 de chaque mois, Erpilot envoie un rapport de service : disponibilité
mesurée, incidents par priorité, respect des délais, crédits dus, sauvegardes et tests.
10.2 Une revue de service mensuelle (visioconférence) et un comité trimestriel réunissant le
directeur logistique du Client et le directeur des opérations d'Erpilot sont organisés.
10.3 Escalade : 1) service d'assistance ; 2) service delivery manager ; 3) directeur des
opérations d'Erpilot, Mme Valérie Thiry.

11. Protection des données
Les données sont hébergées exclusivement en Belgique. Erpilot traite les données personnelles
contenues dans l'ERP (contacts des clients, chauffeurs, utilisateurs) en qualité de
sous-traitant au sens de l'article 28 du RGPD, conformément à la convention de traitement
figurant en annexe 3 du contrat-cadre.

12. Réversibilité
12.1 À la fin du contrat-cadre, pour quelque cause que ce soit, Erpilot remet au Client dans les
15 jours un export complet de la base (articles, clients, fournisseurs, lots, stocks, historique
des ventes) au format SQL et en fichiers CSV, accompagné de la documentation du modèle de
données, et organise deux journées de passation avec le nouveau prestataire.
12.2 Pendant la migration, Erpilot maintient le service aux conditions de la présente annexe
pendant six mois au maximum.

13. Durée et révision
La présente annexe suit la durée du contrat-cadre. Les niveaux de service sont revus chaque
année lors du comité du premier trimestre ; toute modification requiert l'accord écrit des deux
parties.

14. Différends
Tout désaccord sur la mesure de la disponibilité ou le calcul des crédits est d'abord examiné
lors de la revue mensuelle, puis soumis au comité trimestriel. À défaut d'accord dans les
30 jours, l'article 18 du contrat-cadre (droit belge, tribunaux de Bruxelles) s'applique.

Fait à Anderlecht, le 01/12/2026, en deux exemplaires, comme annexe au contrat-cadre.

Pour Erpilot SA                                  Pour Distrifrais SA
Valérie Thiry, directrice des opérations         Tom Vandevelde, administrateur délégué
[signature]                                      [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.7,
    },
)

DOCUMENTS = [
    FR_T14K_NURSE_SCHEDULING_MAINTENANCE,
    FR_T14K_BRUSSELS_IT_GENERAL_TERMS,
    FR_T14K_GARAGE_TABLETS_WIFI_QUOTE,
    FR_T14K_FOOD_WHOLESALER_ERP_SLA_ANNEX,
]
