"""Training batch 10 (fr, writer e): four documents as Walloon and Brussels IT suppliers and
their clients write them.

- fr_t10e_veterinary_practice_saas_offer: a Namur-area software house's offer (letter form) for
  its practice-management software in SaaS for a veterinary clinic in Beauraing: monthly
  subscription per vet, one-off set-up, data migration from the old local software, training,
  support hours and a response time, availability as an obligation of means only, 12 months with
  tacit renewal (two months' notice); the supplier's general terms prevail, price changes on
  60 days' notice, liability capped at three months of fees; empty "bon pour accord" line.
- fr_t10e_prepress_workflow_maintenance: a long formal maintenance and support contract (numbered
  articles) by which a Brussels integrator maintains a printing company's prepress workflow
  system (imposition, trapping, CTP RIP, web approval portal): Premium formula, priorities with
  response and restoration times, hourly reductions on missed P1 restoration, named referent
  technician, reports, escalation and mediation, three years with tacit yearly renewal and six
  months' notice, signed by both.
- fr_t10e_municipal_eguichet_convention: a public-procurement convention between a Walloon
  municipality and a Louvain-la-Neuve supplier for a hosted e-guichet (online counter): fixed
  price, planning with penalties, acceptance, warranty, SLA with service credits, escrow,
  reversibility, four years without tacit renewal, signed by both (payment term after a
  verification period, so no payment figure).
- fr_t10e_law_firm_it_move_quote: a Brussels IT company's e-mail and quote for moving a law
  firm's IT equipment and network over a weekend: itemised fixed price, client tasks, 30 days of
  free corrections, extra work in time and materials with no approval step, data loss excluded,
  the supplier's general terms by reference, acceptance by reply e-mail.

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

FR_T10E_VETERINARY_PRACTICE_SAAS_OFFER = UnseenDocument(
    name="fr_t10e_veterinary_practice_saas_offer",
    text="""VETICLOUD srl
Parc Créalys - rue Phocas Lejeune 12, 5032 Isnes - BCE BE 0745.219.803
Tél. 081/40 77 20 - info@veticloud.be - www.veticloud.be

Clinique vétérinaire des Trois Vallées srl
À l'attention du Dr Anne-Sophie Gérard
Rue de Dinant 87
5570 Beauraing

Isnes, le 30 novembre 2026

OFFRE N° VC-2026-0342 - Logiciel de gestion de clinique VetiCloud Praxis (SaaS)
Validité de l'offre : 45 jours

Docteure,

Suite à la démonstration du 19 novembre dans votre clinique, nous avons le plaisir de vous
adresser notre offre pour le remplacement de votre logiciel VetOffice 7, installé sur votre
serveur local, par VetiCloud Praxis, notre logiciel de gestion de clinique en ligne.

1. Votre clinique
4 vétérinaires, 3 auxiliaires (ASV), 1 accueil ; deux salles de consultation, une salle de
chirurgie, un appareil d'analyses sanguines IDEXX ; environ 6.800 clients actifs.

2. Ce que comprend VetiCloud Praxis
- dossiers clients et patients (anamnèse, consultations, vaccinations, poids, ordonnances) ;
- agenda partagé et prise de rendez-vous en ligne par vos clients (module « RDV en ligne ») ;
- facturation, caisse, encaissement Bancontact et suivi des impayés ;
- gestion du stock de la pharmacie et registre des médicaments ;
- rappels de vaccination par SMS et par e-mail ;
- liaison avec l'analyseur IDEXX (résultats intégrés au dossier du patient) ;
- accès depuis tout navigateur, tablette en consultation et application mobile pour les visites
  à la ferme.
Ne sont pas compris : le matériel informatique (PC, tablettes, imprimantes, terminal de
paiement) ; la reprise des images radiographiques, qui restent consultables dans votre système
d'imagerie actuel ; les SMS, facturés 0,09 EUR HTVA par message envoyé.

3. Prix
Abonnement mensuel
  VetiCloud Praxis - 4 licences vétérinaires x 89,00 EUR              356,00 EUR
  (comptes ASV et accueil inclus sans supplément)
  Module RDV en ligne                                                   39,00 EUR
  Total abonnement                                                     395,00 EUR HTVA / mois

Frais uniques de mise en place
  Ouverture du compte et paramétrage (tarifs, protocoles, modèles)     950,00 EUR
  Reprise des données de VetOffice 7                                 1.450,00 EUR
  Formation sur site (2 demi-journées) et présence au démarrage        720,00 EUR
  Total mise en place                                                3.120,00 EUR HTVA

Les prestations non comprises dans la présente offre (paramétrages ou formations
complémentaires, exports particuliers) sont facturées 95,00 EUR HTVA de l'heure, uniquement sur
la base d'un devis que vous aurez accepté par écrit au préalable.
VetiCloud peut adapter les tarifs de l'abonnement une fois par an, au 1er janvier ; la nouvelle
grille vous est communiquée au moins 60 jours à l'avance.

4. Mise en place
Délai : mise en production dans les 6 semaines suivant la réception de l'offre signée.
- Semaine 1 : réunion de lancement, récupération de l'export VetOffice et de vos tarifs.
- Semaine 3 : reprise de test ; vous contrôlez 20 dossiers choisis par vous.
- Semaine 5 : formation des vétérinaires et des ASV (deux demi-journées à la clinique).
- Semaine 6 : reprise définitive le samedi après la fermeture et démarrage le lundi, avec notre
  consultante présente à la clinique toute la matinée.
De votre côté, nous avons besoin : d'un accès à distance à votre serveur actuel dans la
semaine 1 pour réaliser l'export, de votre liste de tarifs et de protocoles de vaccination à
jour avant la fin de la semaine 2, d'une connexion internet d'au moins 30 Mbit/s et d'une
personne de référence à la clinique (vous nous avez indiqué Mme Julie Colin, ASV principale).

5. Reprise des données
Nous reprenons les clients, les patients, l'historique médical et vaccinal depuis 2014, les
factures ouvertes et le stock de la pharmacie. La reprise de test est corrigée selon vos
remarques avant la reprise définitive.

6. Votre interlocutrice
Mme Charlotte Renard, consultante d'implémentation, accompagne votre mise en place. Ancienne
ASV, elle a dix ans d'expérience en clinique et a déjà accompagné plus de 60 cliniques dans
leur passage à VetiCloud. Après le démarrage, M. Thomas Baudoux, gestionnaire de compte pour
la province de Namur, devient votre interlocuteur ; il connaît votre paramétrage et vous
contacte après le premier mois d'utilisation.
Vous recevez un document de paramétrage propre à votre clinique (tarifs, protocoles, modèles de
documents) et l'accès à notre centre d'aide en ligne (guides et vidéos).

7. Support et mises à jour (inclus dans l'abonnement)
- Support par téléphone (081/40 77 22), chat intégré au logiciel et e-mail, du lundi au
  vendredi de 8h00 à 18h30 et le samedi de 9h00 à 12h00.
- Incident bloquant (impossible d'ouvrir les dossiers ou de facturer) : prise en charge dans
  l'heure pendant les heures de support. Autres demandes : réponse le jour ouvrable suivant.
- Les mises à jour et nouvelles fonctionnalités sont incluses ; elles sont installées la nuit
  par nos soins et annoncées dans les notes de version. Les correctifs de sécurité sont
  appliqués sans délai.

8. Hébergement, disponibilité et données
La plateforme est hébergée dans deux centres de données situés en Belgique et aux Pays-Bas.
Les données sont sauvegardées chaque nuit et les sauvegardes conservées 30 jours.
VetiCloud vise une disponibilité de 99,7 % par mois, hors maintenances annoncées ; il s'agit
d'une obligation de moyens.
Vos données restent votre propriété. Vous pouvez à tout moment les exporter en CSV depuis le
menu « Administration ». À la fin de l'abonnement, nous vous remettons sans frais, dans les
15 jours, un export complet (CSV et dossiers patients en PDF), puis les données sont effacées
après 90 jours. Pour les données personnelles de vos clients, VetiCloud agit comme sous-traitant
au sens du RGPD ; le contrat de sous-traitance est joint à la présente offre.

9. Durée et résiliation
L'abonnement est conclu pour 12 mois à compter de la mise en production. Il se renouvelle
ensuite tacitement par périodes de 12 mois, sauf résiliation par écrit au moins deux mois avant
l'échéance. Chaque partie peut mettre fin à l'abonnement en cas de manquement grave de l'autre
partie auquel il n'est pas remédié dans les 30 jours d'une mise en demeure.

10. Facturation
Frais de mise en place : 50 % à la signature, 50 % après la mise en production. Abonnement :
facturé mensuellement à partir de la mise en production. Nos factures sont payables à 15 jours
date de facture.

11. Conditions
Le logiciel VetiCloud Praxis reste la propriété de VetiCloud ; vous disposez d'un droit
d'utilisation non exclusif pendant la durée de l'abonnement. Nos conditions générales
d'abonnement (version 2026-03), jointes à la présente offre, s'appliquent et priment sur tout
autre document, y compris vos éventuelles conditions d'achat. Notre responsabilité est limitée
au montant de l'abonnement payé au cours des trois derniers mois ; nous ne répondons ni des
dommages indirects ni de la perte de données. Droit belge ; les tribunaux de Namur sont seuls
compétents.

Nous restons à votre disposition pour toute question.
Charlotte Renard, pour VetiCloud srl

Bon pour accord - Clinique vétérinaire des Trois Vallées srl
Nom et qualité : ...........................................
Date : ....................   Signature : ..........................
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
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
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
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
        "notice_period_days": 60,
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

FR_T10E_PREPRESS_WORKFLOW_MAINTENANCE = UnseenDocument(
    name="fr_t10e_prepress_workflow_maintenance",
    text="""CONTRAT DE MAINTENANCE ET DE SUPPORT
Système de prépresse PrepaFlow Workflow
Contrat n° GL-MNT-2026-031

ENTRE
GRAPHILINK SA, dont le siège est établi boulevard Industriel 61, 1070 Anderlecht,
BCE BE 0462.381.955, partenaire certifié « Gold » de l'éditeur PrepaFlow GmbH, représentée par
M. Marc Vandenbroucke, administrateur délégué, ci-après « GraphiLink »,

ET
IMPRIMERIE DELVAUX & FILS SA, dont le siège est établi rue du Commerce 22, 5590 Ciney,
BCE BE 0418.774.306, représentée par M. Benoît Delvaux, administrateur délégué,
ci-après « le Client ».

Article 1 - Objet
1.1 GraphiLink assure la maintenance et le support du système de prépresse du Client, décrit à
l'annexe 1 (inventaire) : serveur PrepaFlow Workflow version 11 et ses modules d'imposition, de
défonce (trapping), de RIP pour la flasheuse de plaques (CTP) et d'épreuvage écran ; portail
d'approbation en ligne WebApprove ; interfaces avec le logiciel de gestion MIS du Client et avec
la flasheuse de plaques.
1.2 Le Client a choisi la formule « Premium » décrite à l'article 4.

Article 2 - Documents contractuels
Le contrat se compose du présent document, de l'annexe 1 (inventaire), de l'offre de GraphiLink
n° GL-OF-2026-077 du 14/10/2026 (annexe 2) et de la convention de sous-traitance (annexe 3). En
cas de contradiction, le présent document prévaut sur ses annexes. Les conditions générales de
GraphiLink et les conditions d'achat du Client ne s'appliquent pas.

Article 3 - Prise d'effet et calendrier
3.1 Le contrat prend effet le 1er janvier 2027.
3.2 GraphiLink réalise un audit initial de l'installation (configuration, flux, sauvegardes,
espace disque) au plus tard le 29 janvier 2027 et remet son rapport dans les dix jours
ouvrables.
3.3 Les visites de maintenance préventive ont lieu en mars et en septembre de chaque année, à
une date fixée d'un commun accord au moins deux semaines à l'avance.

Article 4 - Prestations
4.1 Formule Standard (pour mémoire) : support téléphonique et à distance aux heures de bureau,
maintenance corrective, accès aux nouvelles versions de l'éditeur.
4.2 Formule Premium (retenue) : les prestations de la formule Standard ; la plage de support
étendue ; l'astreinte du samedi ; deux visites préventives par an ; l'installation des nouvelles
versions ; les délais de l'article 6 et les compensations de l'article 7.
4.3 La maintenance corrective comprend le diagnostic et la correction des dysfonctionnements du
logiciel, de sa configuration et des interfaces, à distance ou sur site.

Article 5 - Accès au support
5.1 Le support est joignable au 02/526 41 90, par le portail support.graphilink.be et par
e-mail à prepress@graphilink.be, du lundi au vendredi de 7h00 à 19h00.
5.2 Une astreinte téléphonique est assurée le samedi de 8h00 à 14h00 pour les incidents de
priorité 1.

Article 6 - Délais d'intervention
Les délais courent pendant les plages de l'article 5, à partir de l'appel ou du ticket.
- Priorité 1 : plus aucune plaque ne peut être produite ou le serveur est à l'arrêt.
  Prise en charge par un technicien en 1 heure ; solution de contournement ou rétablissement
  en 4 heures, au besoin par une intervention sur site.
- Priorité 2 : un module ou une interface est hors service, la production continue en mode
  dégradé. Prise en charge en 2 heures ; correction dans le jour ouvrable suivant.
- Priorité 3 : question, demande de paramétrage, anomalie mineure. Prise en charge le jour
  ouvrable suivant ; correction lors de la visite préventive ou de la version suivante.

Article 7 - Compensations
Si le délai de rétablissement d'un incident de priorité 1 est dépassé pour une cause imputable
à GraphiLink, le Client a droit à une réduction de 150,00 EUR par heure de dépassement entamée,
imputée sur la facture suivante. Le total des réductions est plafonné à 20 % de la redevance
annuelle.

Article 8 - Nouvelles versions et correctifs
8.1 Les nouvelles versions de PrepaFlow publiées par l'éditeur sont comprises dans la
redevance. GraphiLink installe une version majeure par an, en dehors des heures de production,
après l'avoir validée sur l'environnement de test du Client avec un jeu de fichiers de référence
(PDF/X-4, tons directs, vernis sélectif).
8.2 Les correctifs de sécurité du système d'exploitation du serveur sont installés chaque mois
par GraphiLink dans la fenêtre convenue avec le Client.
8.3 GraphiLink exécute ses prestations selon les règles de l'art et les procédures de l'éditeur.
Chaque intervention fait l'objet d'un rapport écrit (constat, actions, état final).

Article 9 - Interlocuteurs
9.1 M. Kevin Lemmens, technicien certifié PrepaFlow niveau 3 et fort de huit ans d'expérience en
prépresse, est le technicien référent du Client ; M. Samuel Dupont, également certifié, le
remplace en son absence.
9.2 GraphiLink tient à jour un dossier technique de l'installation (versions, hot folders,
tickets de travail, profils ICC, courbes de plaques, scripts), accessible à tous ses
techniciens.
9.3 En cas de changement de technicien référent, GraphiLink en informe le Client au moins un
mois à l'avance et organise, à ses frais, une passation d'au moins deux jours avec le nouveau
référent, qui doit disposer de la même certification.
9.4 Le Client désigne Mme Isabelle Gobert, responsable prépresse, comme interlocutrice.

Article 10 - Rapports et concertation
10.1 GraphiLink remet chaque semestre un rapport de service : tickets par priorité, délais
réalisés, interventions, état du serveur, recommandations.
10.2 Une revue annuelle réunit la responsable prépresse et le directeur de production du Client,
le technicien référent et le responsable support de GraphiLink.
10.3 Escalade : technicien référent, puis M. Olivier Claes, responsable support
(0475/62 18 33), puis le directeur technique de GraphiLink.

Article 11 - Obligations du Client
Le Client :
- maintient un accès VPN permanent au serveur et un environnement de test (machine virtuelle) ;
- effectue la sauvegarde quotidienne des travaux selon la procédure décrite dans le rapport
  d'audit ;
- signale les incidents avec une description et le numéro du travail concerné ;
- ne modifie pas la configuration sans en informer GraphiLink au préalable ;
- maintient la maintenance matérielle du serveur et de la flasheuse auprès des fabricants.

Article 12 - Prix
12.1 La redevance annuelle de la formule Premium s'élève à 14.880,00 EUR HTVA, dont
9.200,00 EUR de maintenance éditeur et 5.680,00 EUR de services GraphiLink.
12.2 L'audit initial est facturé une seule fois 1.200,00 EUR HTVA.
12.3 Ne sont pas compris : le matériel et sa réparation, les interventions rendues nécessaires
par une modification faite par le Client ou par un tiers, la création de nouveaux flux, de
nouvelles interfaces et les formations. Ces prestations sont facturées 105,00 EUR HTVA de
l'heure, plus un forfait de déplacement de 65,00 EUR, sur la base d'un devis accepté par écrit
par le Client avant toute exécution.
12.4 La part « services GraphiLink » et le taux horaire sont indexés au 1er janvier selon la
formule P = P0 x (0,2 + 0,8 x S/S0), S étant l'indice Agoria des salaires. La part « maintenance
éditeur » suit le tarif de l'éditeur, dans la limite d'une hausse de 5 % par an.
12.5 La redevance est facturée annuellement à l'avance en janvier ; l'audit initial est facturé
après la remise du rapport. Les factures sont payables à 30 jours de la date de facture.

Article 13 - Durée et résiliation
13.1 Le contrat est conclu pour une durée de trois ans à compter du 1er janvier 2027. Il est
ensuite reconduit tacitement par périodes d'un an, sauf résiliation par lettre recommandée au
moins six mois avant l'échéance.
13.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie auquel
il n'est pas remédié dans les 30 jours d'une mise en demeure.
13.3 Le Client peut résilier le contrat moyennant un préavis de trois mois si l'éditeur cesse
le support de la version installée sans proposer de migration.

Article 14 - Fin du contrat
14.1 À la fin du contrat, pour quelque cause que ce soit, GraphiLink remet au Client, sans frais
et dans les 15 jours, le dossier technique à jour ainsi qu'une copie de l'ensemble des scripts,
modèles d'imposition, hot folders et paramétrages, au format natif PrepaFlow et en export XML.
14.2 À la demande du Client, GraphiLink continue d'assurer la maintenance aux conditions en
vigueur pendant trois mois au maximum et collabore avec le nouveau prestataire, notamment par
une journée de transfert de connaissances sur site.

Article 15 - Propriété intellectuelle
Le logiciel PrepaFlow est la propriété de l'éditeur et fait l'objet de la licence accordée au
Client par celui-ci. Les scripts et modèles développés par GraphiLink pour le Client
appartiennent au Client.

Article 16 - Confidentialité et données personnelles
16.1 Les fichiers traités par le système comprennent des travaux non publiés des clients de
l'imprimerie (rapports annuels, emballages avant lancement). GraphiLink et ses techniciens les
tiennent strictement confidentiels pendant le contrat et cinq ans après sa fin.
16.2 Lorsque GraphiLink accède à des fichiers de données variables contenant des données
personnelles (publipostages), elle agit comme sous-traitant au sens de l'article 28 du RGPD,
conformément à l'annexe 3.

Article 17 - Responsabilité
La responsabilité de GraphiLink est limitée, par année contractuelle, à deux fois la redevance
annuelle, sauf dol ou faute grave. Les dommages indirects, tels que la perte de commandes, ne
sont pas indemnisés.

Article 18 - Droit applicable et litiges
Le contrat est régi par le droit belge. En cas de différend, les administrateurs délégués des
parties se réunissent dans les 15 jours de la demande écrite de l'une d'elles. À défaut
d'accord, les parties recourent à un médiateur agréé par la Commission fédérale de médiation
avant toute action judiciaire. Les tribunaux francophones de Bruxelles sont seuls compétents.

Fait à Ciney, le 1er décembre 2026, en deux exemplaires.

Pour GRAPHILINK SA                               Pour IMPRIMERIE DELVAUX & FILS SA
Marc Vandenbroucke                               Benoît Delvaux
administrateur délégué                           administrateur délégué
(signé)                                          (signé)

Annexes : 1. inventaire - 2. offre GL-OF-2026-077 - 3. convention de sous-traitance
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
        "rollout.data_migration": "missing",
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
        "response_time_hours_highest_priority": 1,
    },
)

FR_T10E_MUNICIPAL_EGUICHET_CONVENTION = UnseenDocument(
    name="fr_t10e_municipal_eguichet_convention",
    text="""CONVENTION RELATIVE À LA MISE EN PLACE ET À L'EXPLOITATION DU GUICHET ÉLECTRONIQUE COMMUNAL
Marché public de services - cahier spécial des charges n° 2026/INF/07

ENTRE
LA COMMUNE DE CHASTRE, place de l'Église 1, 1450 Chastre, représentée par son Collège communal,
pour lequel agissent M. Philippe Demaret, Bourgmestre, et Mme Valérie Hubin, Directrice
générale, en exécution de la délibération du Collège du 24/11/2026, ci-après « la Commune »,

ET
CIVIDESK srl, rue du Bosquet 7, 1348 Louvain-la-Neuve, BCE BE 0702.556.418, représentée par
M. Nicolas Warnier, gérant, ci-après « le Prestataire ».

Article 1 - Objet
Le Prestataire met à la disposition de la Commune, en mode hébergé, sa plateforme de guichet
électronique « CiviDesk e-Guichet » et en assure la mise en place et l'exploitation : demandes
en ligne de documents (composition de ménage, certificats de résidence, extraits d'actes de
l'état civil), prise de rendez-vous aux guichets Population et Urbanisme, paiement en ligne des
redevances, authentification des citoyens par eID et itsme via le service CSAM, échange des
données avec le logiciel de population de la Commune.

Article 2 - Documents contractuels
Le marché est régi, par ordre de priorité décroissant, par : la présente convention ; le cahier
spécial des charges n° 2026/INF/07 ; l'offre du Prestataire du 02/10/2026, telle que complétée
le 28/10/2026 ; les règles générales d'exécution des marchés publics (arrêté royal du
14 janvier 2013). Les conditions générales du Prestataire ne sont pas applicables.

Article 3 - Prix
3.1 La mise en place est réalisée pour un prix global forfaitaire de 18.750,00 EUR HTVA
(paramétrage de douze démarches, intégration CSAM et paiement en ligne, connecteur population,
reprise des rendez-vous, formation).
3.2 La redevance annuelle d'exploitation (hébergement, maintenance, support, nouvelles
versions) s'élève à 9.600,00 EUR HTVA. Les frais du prestataire de paiement en ligne sont
refacturés au coût réel (0,25 EUR HTVA par transaction).
3.3 Les prestations complémentaires sont facturées au taux horaire de 92,00 EUR HTVA. Elles ne
sont exécutées qu'après un devis détaillé et un bon de commande du Collège communal.
3.4 La redevance et le taux horaire sont révisés au 1er janvier de chaque année selon la formule
p = P x (0,2 + 0,8 x S/S0), S étant l'indice Agoria des salaires.
3.5 Facturation : 50 % du prix forfaitaire après la réception provisoire, 50 % après la
réception définitive ; la redevance annuelle est facturée à l'avance à partir de la réception
provisoire. Le paiement intervient dans les 30 jours de la fin de la vérification, laquelle est
clôturée dans les 30 jours de la réception de la facture.
3.6 Ne sont pas compris : les postes de travail des agents, les frais d'accès au Registre
national et les développements propres au logiciel de population, à charge de son éditeur.

Article 4 - Planning et retards
4.1 Le planning est le suivant : réunion de lancement le 12/01/2027 ; analyse des démarches
jusqu'au 12/02/2027 ; paramétrage et intégrations jusqu'au 19/03/2027 ; tests de réception du
29/03 au 16/04/2027 ; formation des agents du 20 au 22/04/2027 ; mise en ligne le 03/05/2027.
4.2 En cas de retard imputable au Prestataire dans la mise en ligne, une pénalité de 0,07 % du
prix forfaitaire est due par jour calendrier de retard, plafonnée à 5 % de ce prix.
4.3 Si le retard résulte de la Commune ou de l'éditeur du logiciel de population, le planning
est adapté d'un commun accord par le comité de pilotage, sans pénalité ni supplément de prix.

Article 5 - Obligations de la Commune
La Commune :
- désigne Mme Catherine Lemaire, cheffe du service Population, comme cheffe de projet, et
  M. Jérôme Pirotte, conseiller en informatique, comme interlocuteur technique ;
- met à disposition au plus tard le 29/01/2027 un accès à l'environnement de test du logiciel
  de population ;
- introduit, au plus tard le 15/02/2027, les demandes d'autorisation nécessaires à l'accès aux
  données du Registre national ;
- valide les formulaires paramétrés dans les dix jours ouvrables de leur présentation ;
- fournit l'export des rendez-vous déjà planifiés, au plus tard la veille de la mise en ligne.

Article 6 - Équipe du Prestataire
6.1 Le projet est conduit par M. Arnaud Jacquet, chef de projet, qui justifie de huit ans
d'expérience dans des projets d'administration électronique pour des pouvoirs locaux, assisté de
Mme Laura Smets, développeuse chargée des intégrations.
6.2 Le remplacement d'un membre de l'équipe est soumis à l'accord préalable de la Commune ; le
remplaçant présente une expérience au moins équivalente, et la passation se fait sans frais
pour la Commune.

Article 7 - Suivi du projet et de l'exploitation
7.1 Pendant la mise en place, le chef de projet transmet toutes les deux semaines un rapport
d'avancement écrit et un comité de pilotage se réunit chaque mois.
7.2 Après la mise en ligne, le Prestataire transmet chaque trimestre un rapport d'exploitation
(disponibilité, incidents, demandes traitées, versions) ; une réunion d'évaluation est tenue
chaque année.

Article 8 - Mise en ligne, reprise et réception
8.1 Le Prestataire reprend les rendez-vous déjà planifiés à partir de l'export fourni par la
Commune, la veille de la mise en ligne, et en vérifie l'exhaustivité avec la cheffe de projet.
8.2 Les tests de réception sont exécutés par la Commune selon un cahier de tests rédigé par le
Prestataire et approuvé par la Commune. La réception provisoire est constatée par procès-verbal
lorsqu'aucune anomalie bloquante ne subsiste. La réception définitive intervient trois mois après
la mise en ligne en l'absence d'incident critique non résolu.
8.3 Pendant ce délai de garantie de trois mois, le Prestataire corrige gratuitement toute
anomalie de paramétrage ou d'intégration.

Article 9 - Formation et documentation
Le Prestataire forme les agents des services Population et Urbanisme (deux sessions de trois
heures) et remet un guide de l'agent et la documentation d'administration de la plateforme. Il
fournit une foire aux questions et un tutoriel vidéo destinés aux citoyens, publiés sur le site
de la Commune.

Article 10 - Niveaux de service
10.1 Le Prestataire garantit une disponibilité de 99,6 % par mois calendrier, hors maintenances
planifiées annoncées cinq jours ouvrables à l'avance et réalisées entre 22h00 et 7h00.
10.2 Le support aux agents est joignable par téléphone et par le portail de tickets, les jours
ouvrables de 8h00 à 17h00. Les citoyens s'adressent à la Commune.
10.3 Délais, comptés en heures ouvrables :
  - critique (e-guichet inaccessible ou paiement impossible) : prise en charge 1 heure,
    rétablissement 4 heures ;
  - majeur (une démarche ou le connecteur population hors service) : prise en charge 4 heures,
    correction 2 jours ouvrables ;
  - mineur : prise en charge 1 jour ouvrable, correction dans la version suivante.
10.4 Si la disponibilité mensuelle est inférieure à 99,6 %, la Commune bénéficie d'une note de
crédit de 5 % de la redevance mensuelle par tranche de 0,5 % manquante, plafonnée à 30 %.
10.5 Les nouvelles versions sont déployées après information de la Commune dix jours ouvrables
à l'avance ; les failles de sécurité critiques sont corrigées dans les 72 heures.
10.6 M. Arnaud Jacquet reste le gestionnaire de compte de la Commune après la mise en ligne ; le
Prestataire tient à jour une fiche de configuration des démarches et des intégrations.

Article 11 - Hébergement et qualité
La plateforme est hébergée en Belgique dans un centre de données certifié ISO/IEC 27001. Les
formulaires respectent la norme d'accessibilité WCAG 2.1 niveau AA. Chaque version est testée
sur un environnement de préproduction avant sa mise en production.

Article 12 - Protection des données
La Commune est responsable du traitement ; le Prestataire agit comme sous-traitant au sens de
l'article 28 du RGPD, conformément à l'accord de traitement joint en annexe 3. Les données ne
quittent pas l'Union européenne. Toute violation de données est notifiée au délégué à la
protection des données de la Commune dans les 24 heures de sa découverte.

Article 13 - Confidentialité
Le Prestataire et son personnel sont tenus au secret à l'égard de toutes les informations dont
ils ont connaissance dans l'exécution du marché, pendant la convention et sans limite de durée
après sa fin.

Article 14 - Propriété intellectuelle
La plateforme reste la propriété du Prestataire, qui concède à la Commune un droit d'utilisation
pour la durée de la convention. Les formulaires, textes et contenus créés pour la Commune lui
appartiennent.

Article 15 - Durée et résiliation
15.1 La convention est conclue pour quatre ans à compter de la réception provisoire. Elle prend
fin de plein droit à son terme, sans reconduction tacite.
15.2 La Commune peut mettre fin à la convention à la fin de chaque année d'exploitation
moyennant un préavis de six mois notifié par envoi recommandé, sans indemnité.
15.3 Les mesures d'office prévues aux articles 44 à 51 de l'arrêté royal du 14 janvier 2013 sont
applicables en cas de manquement du Prestataire.

Article 16 - Réversibilité et continuité
16.1 À la fin de la convention, le Prestataire remet à la Commune, dans les 30 jours et sans
frais, l'ensemble des données (demandes, pièces jointes, rendez-vous, paiements) aux formats
CSV et JSON, les pièces jointes dans leur format d'origine, avec la description des fichiers.
16.2 Il poursuit l'exploitation aux mêmes conditions pendant une période de transition de six
mois au maximum et apporte au nouveau prestataire une assistance de cinq jours sans frais.
16.3 Le code source de la plateforme est déposé auprès d'un agent de dépôt indépendant et mis à
jour à chaque version majeure ; il est remis à la Commune en cas de faillite du Prestataire ou
d'arrêt de la plateforme.

Article 17 - Responsabilité
La responsabilité du Prestataire est limitée au montant total de la convention (mise en place
et quatre années de redevance), sauf dol, faute grave ou violation de l'article 12.

Article 18 - Litiges
La convention est régie par le droit belge. Les parties s'efforcent de régler tout différend par
la concertation au sein du comité de pilotage, puis entre le Collège communal et le gérant du
Prestataire. À défaut d'accord dans les 30 jours, les tribunaux de l'arrondissement judiciaire
du Brabant wallon sont seuls compétents.

Fait à Chastre, le 3 décembre 2026, en deux exemplaires.

Pour la Commune de Chastre                       Pour CIVIDESK srl
La Directrice générale,      Le Bourgmestre,     Nicolas Warnier, gérant
Valérie Hubin                Philippe Demaret
(signé)                      (signé)             (signé)
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.6,
    },
)

FR_T10E_LAW_FIRM_IT_MOVE_QUOTE = UnseenDocument(
    name="fr_t10e_law_firm_it_move_quote",
    text="""De : Karim Benali <karim@bruxit.be>
À : Me Hélène Van Damme <h.vandamme@vdl-avocats.be>
Cc : Sophie Mertens <s.mertens@vdl-avocats.be>
Objet : Déménagement de votre cabinet - devis D-2026-1187

Bonjour Maître,

Merci pour la visite des nouveaux locaux du boulevard du Souverain mardi. Comme convenu, vous
trouverez ci-dessous notre devis pour le déménagement de votre informatique et la mise en
place du réseau à Auderghem, le week-end du 16 et 17 janvier.
Si le devis vous convient, un simple « bon pour accord » par retour de mail suffit ; nous
réservons alors l'équipe et le déménageur.

Bien cordialement,
Karim Benali
Bruxit srl

------------------------------------------------------------------------------------------
BRUXIT srl - rue de Mérode 142, 1060 Saint-Gilles - BE 0689.304.127 - 02/534 18 70

DEVIS N° D-2026-1187 du 02/12/2026 - valable 30 jours
Client : Van Damme & Lefèvre, association d'avocats, avenue Louise 231, 1050 Ixelles
Objet : transfert de l'infrastructure informatique vers le boulevard du Souverain 280,
1160 Auderghem

A. Préparation - vendredi 15/01                                               1.240,00
   Inventaire et étiquetage des 22 postes, 3 imprimantes multifonctions, 18 téléphones IP,
   du serveur et du NAS ; sauvegarde complète du serveur et du NAS sur disque externe ;
   arrêt des systèmes à 16h00.
B. Démontage, transport et remontage - samedi 16/01                          2.380,00
   Démontage de la baie, emballage, transport par notre partenaire Déménagements Sablon
   (assurance à la valeur déclarée), remontage dans la baie du local technique.
C. Matériel réseau
   Switch Aruba 2930F 48 ports PoE+                                          2.890,00
   3 bornes Wi-Fi Aruba AP-505 (3 x 390,00)                                  1.170,00
   Câbles de brassage                                                          180,00
D. Configuration réseau                                                      1.480,00
   Brassage des 30 prises, VLAN données / téléphonie / invités, déplacement du pare-feu,
   bascule sur la nouvelle ligne fibre, Wi-Fi invités pour les clients du cabinet.
E. Remise en service - dimanche 17/01 et lundi 18/01                          1.650,00
   Réinstallation et test de chaque poste, imprimante et téléphone ; présence d'un technicien
   le lundi de 7h30 à 12h00 pour aider vos collaborateurs à la reprise.

TOTAL HTVA                                                                  10.990,00 EUR
TVA 21 %                                                                     2.307,90 EUR
TOTAL TVAC                                                                  13.297,90 EUR

Les suppléments pour le travail du week-end sont compris dans les prix ci-dessus.

Non compris
Le câblage structuré des nouveaux locaux (réalisé par le propriétaire), les travaux
électriques, les frais de Proximus et la réparation d'appareils qui ne redémarreraient pas
après le transport. Toute prestation non prévue au présent devis est facturée en régie au tarif
de 85,00 EUR HTVA de l'heure (week-end : + 50 %).

À prévoir de votre côté
- la ligne fibre commandée chez Proximus et activée au plus tard le 11/01 ;
- le câblage des nouveaux locaux terminé et certifié au plus tard le 13/01 (rapport de mesure
  à nous transmettre) ;
- les bureaux débarrassés et les postes éteints le vendredi à 16h00 ;
- deux badges d'accès et une place de parking pour la camionnette le week-end.

Équipe
Karim Benali (chef d'équipe et votre interlocuteur pour le projet), avec deux techniciens.
Nos techniciens sont liés par un engagement de confidentialité : ils n'ouvrent aucun document
et n'accèdent à aucun dossier du cabinet.

Fin de chantier
Le lundi à midi, nous parcourons avec Mme Mertens la liste de contrôle (chaque poste, chaque
imprimante, chaque téléphone, le Wi-Fi) et elle signe le rapport d'intervention. Nous vous
remettons ensuite la documentation réseau à jour : plan des prises, schéma de la baie,
adresses IP et mots de passe des équipements.
Pendant 30 jours après le déménagement, nous corrigeons gratuitement tout problème lié à notre
intervention (brassage, configuration).

Conditions
Acompte de 30 % à l'acceptation du devis, solde après l'intervention ; factures payables à
15 jours. Les prix du matériel peuvent être adaptés en fonction des prix de nos fournisseurs au
moment de la commande. Le transport est couvert par l'assurance du déménageur ; nous ne pouvons
être tenus responsables d'une perte de données, une sauvegarde complète étant réalisée avant le
démontage. Nos conditions générales, disponibles sur www.bruxit.be/cgv, sont d'application.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "missing",
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
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "missing",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 30,
    },
)

DOCUMENTS = [
    FR_T10E_VETERINARY_PRACTICE_SAAS_OFFER,
    FR_T10E_PREPRESS_WORKFLOW_MAINTENANCE,
    FR_T10E_MUNICIPAL_EGUICHET_CONVENTION,
    FR_T10E_LAW_FIRM_IT_MOVE_QUOTE,
]
