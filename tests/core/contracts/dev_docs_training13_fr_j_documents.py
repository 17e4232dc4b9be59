"""Training batch 13 (fr, writer j): four documents as Belgian IT suppliers and their clients
write them (Namur, Liège, Brussels, province of Luxembourg).

- fr_t13j_fiduciary_document_portal_offer: a Namur software house's offer for a white-label
  document-exchange portal (SaaS) for a fiduciary in Arlon: set-up fee, per-file subscription,
  planning, test period, support hours and a 2-hour take-over time, an availability target
  without obligation of result and without compensation, 12 months with tacit renewal, the
  supplier's general terms prevail, liability capped at three months and data loss excluded,
  an empty "bon pour accord" line for the client.
- fr_t13j_bakery_labelling_line_maintenance: a long formal maintenance contract (numbered
  articles) for the labelling-line software of an industrial bakery in Marche-en-Famenne:
  priorities with call-back, on-site and restore times, penalties, named technicians,
  monthly reports, escrow, transition, three years with tacit renewal and six months'
  notice, mediation before court, signed by both parties.
- fr_t13j_cultural_centre_ticketing_order_form: a Brussels start-up's bon de commande for an
  event-ticketing SaaS for a cultural centre in Etterbeek: set-up fee, yearly subscription and
  per-ticket commission, import of subscribers, 99,8 % availability, 15-minute call-back on show
  nights, the supplier's terms of use prevail over the client's and may be changed by the
  supplier, signed electronically by both.
- fr_t13j_firewall_vpn_email_offer: a short informal e-mail offer by an Arlon IT company to
  replace a haulier's firewall and VPN (FortiGate, MFA), with a total price, an optional
  monthly follow-up formula, best efforts for interventions, exclusion of liability for
  cyber-attacks, general terms by bare reference, accepted by a reply e-mail.

Written on 2026-12-05 by a helper session acting as training documents for the checklist
model, without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or
a text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "bon pour accord" line for the client
is a partial signature, an e-mail acceptance with no signature block is missing); partial =
mentioned but vague, a bare cross-reference without content, a placeholder, best-efforts only,
a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T13J_FIDUCIARY_DOCUMENT_PORTAL_OFFER = UnseenDocument(
    name="fr_t13j_fiduciary_document_portal_offer",
    text="""DOCULIEN srl - Portails documentaires pour professions du chiffre
Rue des Phlox 22, 5100 Jambes (Namur) - BCE BE 0728.514.063 - 081/30 77 45 - www.doculien.be

OFFRE N° DL-2026-0193 du 01/12/2026 - valable 45 jours

Client : FIDUCIAIRE LAMBERT & ASSOCIÉS srl
Avenue de Longwy 118, 6700 Arlon
À l'attention de M. Philippe Lambert, associé gérant

Objet : portail sécurisé d'échange de documents avec vos clients

Monsieur Lambert,

Suite à notre démonstration du 24 novembre dans vos bureaux, nous avons le plaisir de vous
remettre notre offre pour la mise en place du portail DocuLien aux couleurs de votre
fiduciaire.

1. Ce que comprend la solution
- Un portail web et une application mobile (iOS/Android) à votre logo, accessibles à l'adresse
  documents.fiduciaire-lambert.be, permettant à vos clients de déposer leurs factures
  d'achat et de vente, extraits et justificatifs, par photo ou par glisser-déposer.
- Un espace par dossier client où vos collaborateurs publient les comptes annuels, les
  déclarations TVA et IPP et les documents à signer, avec signature électronique (itsme).
- La transmission automatique des pièces déposées vers votre logiciel comptable Winbooks via
  le connecteur standard.
- L'hébergement en Belgique, les sauvegardes quotidiennes, la maintenance et les mises à jour
  de la plateforme, ainsi que le support décrit au point 6.

Ne sont pas compris : la numérisation de vos archives papier, la reprise des documents
existants (seuls les dossiers et contacts sont importés, voir point 3), les connecteurs vers
d'autres logiciels que Winbooks et les envois de SMS au-delà de 500 par mois.

2. Prix
Frais uniques de mise en place (paramétrage, habillage graphique,
création des dossiers, formation)                                        2.950,00 EUR HTVA
Abonnement mensuel : 4,20 EUR HTVA par dossier client actif,
avec un minimum de 250,00 EUR HTVA par mois
(sur la base de vos 380 dossiers actuels : 1.596,00 EUR HTVA par mois)

Les frais de mise en place sont facturés pour moitié à la commande et pour moitié à la mise en
ligne. L'abonnement est facturé trimestriellement à l'avance, sur la base du nombre de dossiers
actifs au premier jour du trimestre. Nos factures sont payables à 30 jours date de facture.
Les prix de l'abonnement sont indexés le 1er janvier de chaque année selon l'indice Agoria
« salaires de référence », avec un maximum de 3 % par an.

Les demandes particulières (connecteur supplémentaire, développement d'un rapport, import de
documents historiques) font l'objet d'un devis séparé au tarif de 98,00 EUR HTVA de l'heure et
ne sont réalisées qu'après votre acceptation écrite de ce devis.

3. Mise en place
Semaine 1 : réunion de lancement, remise de votre logo et de vos modèles de courrier.
Semaines 2-3 : paramétrage, import de la liste de vos dossiers clients et de leurs contacts
(fichier Excel exporté de Winbooks), création des accès de vos collaborateurs.
Semaine 4 : période de test sur l'environnement de validation.
Semaine 5 : mise en ligne et envoi des invitations à vos clients.
La mise en ligne intervient donc au plus tard cinq semaines après réception de votre commande.

De votre côté, nous avons besoin, au plus tard à la fin de la semaine 1, de l'export Excel de
vos dossiers et contacts, de votre logo en format vectoriel et de la désignation d'un
administrateur interne ; pendant la semaine 4, vos collaborateurs testent le portail sur au
moins dix dossiers réels.

Vous disposez de cinq jours ouvrables de test. La mise en ligne n'a lieu qu'après votre
validation écrite (un e-mail suffit) ; les remarques bloquantes formulées pendant cette période
sont corrigées avant la mise en ligne.

4. Formation et accompagnement
Deux sessions de formation de deux heures dans vos bureaux pour vos collaborateurs ; un guide
administrateur en PDF ; pour vos clients, des tutoriels vidéo et une FAQ intégrés au portail et
un modèle d'e-mail d'invitation que nous adaptons à votre ton.

5. Votre interlocutrice
Mme Camille Renard, chargée de clientèle, est votre interlocutrice pour la mise en place et
pendant toute la durée de l'abonnement. Elle tient à jour la fiche de votre installation
(paramétrages, connecteur, utilisateurs). Une revue annuelle d'utilisation est organisée avec
vous à la date anniversaire de la mise en ligne.

6. Support et niveau de service
Le support est joignable du lundi au vendredi de 8h30 à 17h00 par e-mail
(support@doculien.be) et par téléphone au 081/30 77 45. Un incident bloquant (portail
inaccessible, dépôt impossible pour tous les utilisateurs) est pris en charge dans les
2 heures ouvrables ; les autres demandes sont traitées dans le jour ouvrable suivant.
Les mises à jour et correctifs de sécurité sont installés par nos soins, sans interruption
pendant les heures de bureau.
Nous visons une disponibilité du portail de 99,5 % par mois, sans que cet objectif constitue
un engagement de résultat. Aucune compensation n'est due en cas d'indisponibilité.

7. Durée
L'abonnement est conclu pour 12 mois à compter de la mise en ligne. Il est ensuite reconduit
tacitement par périodes de 12 mois, sauf résiliation par écrit au moins deux mois avant
l'échéance.

8. Vos données
Les documents et données déposés restent votre propriété. DocuLien les traite en qualité de
sous-traitant au sens du RGPD, conformément à la convention de traitement jointe à la présente
offre, et les héberge exclusivement en Belgique. À la fin de l'abonnement, vous recevez sur
simple demande, dans les 15 jours, une archive ZIP de tous les documents classés par dossier
client avec un index au format CSV ; les données sont supprimées 60 jours après la fin.
Le portail et ses logiciels restent la propriété de DocuLien ; vous disposez d'un droit
d'utilisation pendant la durée de l'abonnement. Nos collaborateurs sont tenus au secret sur
toutes les informations de vos dossiers.

9. Conditions
Nos conditions générales (version 2026, jointes) s'appliquent à la présente offre, à
l'exclusion de toutes autres conditions ; en cas de contradiction avec la présente offre, nos
conditions générales prévalent. Notre responsabilité est limitée aux montants
d'abonnement facturés au cours des trois mois précédant le fait dommageable ; nous ne sommes
pas responsables des dommages indirects ni de la perte ou de l'altération de données.
Le droit belge est applicable ; les tribunaux de Namur sont seuls compétents.

Nous restons à votre disposition pour toute question.

Pour DocuLien srl                          Bon pour accord - Fiduciaire Lambert & Associés srl
Camille Renard, chargée de clientèle       Nom : ...............................
Thomas Gérard, gérant                      Date : ........... Signature : ..............
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
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
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

FR_T13J_BAKERY_LABELLING_LINE_MAINTENANCE = UnseenDocument(
    name="fr_t13j_bakery_labelling_line_maintenance",
    text="""CONTRAT DE MAINTENANCE DU LOGICIEL D'ÉTIQUETAGE « LABELLINE »
Lignes de conditionnement - site de Marche-en-Famenne
Contrat n° ES-MC-2026-044

ENTRE
ETIQ'SYSTÈMES SA, dont le siège est établi rue de l'Abbaye 55, 4040 Herstal, BCE BE 0467.902.318,
représentée par M. Didier Hansen, administrateur délégué, ci-après « le Prestataire »,

ET
BOULANGERIE INDUSTRIELLE ARDENNAISE SA (« BIA »), dont le siège est établi rue du Parc
Industriel 31, 6900 Marche-en-Famenne, BCE BE 0442.156.870, représentée par Mme Véronique
Collignon, directrice des opérations, ci-après « le Client ».

Article 1 - Objet
1.1 Le présent contrat a pour objet la maintenance du logiciel LabelLine (version 7.4) installé
par le Prestataire en 2023 sur les trois lignes de conditionnement du Client (pain de mie,
viennoiserie surgelée, pâtisserie) et sur le serveur central d'étiquetage, ainsi que de son
interface avec l'ERP du Client, qui fournit les données articles (ingrédients, allergènes,
valeurs nutritionnelles, codes GS1).
1.2 L'inventaire des postes, imprimantes-applicateurs et trieuses pondérales pilotés par le
logiciel figure à l'annexe 1.

Article 2 - Documents contractuels
Le contrat se compose, par ordre de priorité décroissant, du présent contrat, de ses annexes
et de l'offre du Prestataire n° OM-2026-311 du 06/10/2026 (annexe 2). Les conditions générales
du Prestataire et celles du Client ne s'appliquent pas.

Article 3 - Prestations
3.1 Le Prestataire assure :
a) la maintenance corrective du logiciel et de l'interface ERP ;
b) deux visites de maintenance préventive par an, en mars et en septembre, comprenant le
   contrôle des journaux, des sauvegardes et des modèles d'étiquettes, et un rapport de visite ;
c) la fourniture et l'installation des versions mineures et des correctifs de sécurité du
   logiciel, ainsi que la fourniture des versions majeures (leur installation fait l'objet d'un
   devis) ;
d) l'assistance téléphonique et à distance décrite à l'article 5 ;
e) une demi-journée par an de formation des nouveaux opérateurs et chefs de ligne, sur site.
3.2 Ne sont pas compris : le matériel (imprimantes, applicateurs, trieuses, lecteurs), qui
relève des contrats des fabricants ; les modifications de l'ERP ; les consommables ;
la création de nouveaux modèles d'étiquettes au-delà de dix par an.

Article 4 - Audit initial et documentation
4.1 Au cours du mois de janvier 2027, le Prestataire réalise un audit initial de l'installation
et remet au plus tard le 31/01/2027 un dossier de configuration (architecture, paramétrages,
modèles, règles de contrôle des allergènes, procédure de redémarrage).
4.2 Le Prestataire met ce dossier à jour après chaque intervention et en remet une copie au
Client au moins une fois par an. Ce dossier est accessible à tous les techniciens du support.

Article 5 - Support et délais d'intervention
5.1 Le support est joignable les jours ouvrables de 7h00 à 18h00 par le portail de tickets et
au 04/264 90 12. En dehors de ces heures, pendant les heures de production (du lundi 5h00 au
samedi 13h00), une permanence téléphonique est assurée au 0475/61 22 08 pour les incidents de
priorité 1.
5.2 Priorités et délais :
- Priorité 1 (ligne arrêtée, impression impossible ou erreur sur la mention des allergènes) :
  rappel par un technicien dans les 30 minutes ; intervention sur site dans les 4 heures si
  nécessaire ; rétablissement ou solution de contournement dans les 6 heures ;
- Priorité 2 (fonctionnement dégradé sans arrêt de ligne) : prise en charge dans les
  4 heures ouvrables, correction dans les 2 jours ouvrables ;
- Priorité 3 (question, demande mineure) : réponse le jour ouvrable suivant, correction dans
  la version suivante.
5.3 Si le délai de rappel ou de rétablissement d'un incident de priorité 1 n'est pas respecté,
le Prestataire est redevable d'une pénalité de 250,00 EUR par heure de dépassement, déduite de
la facture suivante, plafonnée à 20 % de la redevance annuelle.

Article 6 - Prix et paiement
6.1 Redevance annuelle de maintenance : 14.760,00 EUR HTVA, facturée en janvier pour l'année
civile, payable à 30 jours date de facture.
6.2 Audit initial et dossier de configuration (article 4) : forfait unique de 1.850,00 EUR
HTVA, facturé à la remise du dossier, payable à 30 jours.
6.3 Les prestations non comprises dans le contrat sont facturées à 112,00 EUR HTVA de l'heure
(déplacement : forfait de 65,00 EUR HTVA). Elles font l'objet d'un devis préalable et ne sont
exécutées qu'après bon de commande signé par le responsable technique du Client.
6.4 La redevance et le taux horaire sont indexés le 1er janvier de chaque année selon la
formule de l'annexe 3 (indice Agoria), l'augmentation étant plafonnée à 3 % par an.

Article 7 - Obligations du Client
Le Client :
- maintient un accès VPN permanent au serveur d'étiquetage pour le Prestataire ;
- désigne un responsable technique (M. Grégoire Lemaire) et, pour chaque équipe, un chef de
  ligne autorisé à déclarer les incidents ;
- ne modifie pas les paramétrages du logiciel sans l'accord du Prestataire ;
- met à disposition une fenêtre d'intervention lors des arrêts de production planifiés pour
  l'installation des mises à jour (notamment la semaine d'arrêt technique d'août).

Article 8 - Qualité des prestations
Toute mise à jour est d'abord installée et testée sur le poste de test du Client, qui
reproduit la configuration des lignes, puis validée par écrit par le responsable qualité du
Client avant la mise en production. Le Prestataire exécute ses prestations selon les règles de
l'art et dans le respect des exigences IFS Food applicables au Client.

Article 9 - Équipe
9.1 M. Stéphane Delvaux, responsable de service, est l'interlocuteur du Client ; M. Arnaud
Thiry, technicien référent, assure les visites et les interventions sur site.
9.2 Les techniciens affectés au contrat sont certifiés par l'éditeur de LabelLine et comptent
au moins cinq ans d'expérience sur des lignes de l'industrie alimentaire.
9.3 En cas de changement du technicien référent, le Prestataire en informe le Client au moins
un mois à l'avance, propose un technicien de qualification équivalente et assure à ses frais
une visite de passation commune sur site.

Article 10 - Rapports et suivi
10.1 Le Prestataire transmet chaque mois un rapport des tickets (incidents, délais respectés,
interventions, heures hors contrat).
10.2 Une réunion annuelle de revue du contrat réunit le responsable de service du Prestataire,
le responsable technique et la directrice des opérations du Client. Toute difficulté est
d'abord portée au responsable de service, puis à l'administrateur délégué du Prestataire.

Article 11 - Durée et résiliation
11.1 Le contrat prend effet le 01/01/2027 pour une durée de trois ans. Il est ensuite reconduit
tacitement par périodes d'un an, sauf résiliation par lettre recommandée au moins six mois avant
l'échéance.
11.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie auquel
il n'est pas remédié dans les 30 jours d'une mise en demeure par lettre recommandée.

Article 12 - Fin du contrat
12.1 À la fin du contrat, le Prestataire remet au Client, dans les 15 jours et sans frais, le
dossier de configuration à jour ainsi qu'un export des modèles d'étiquettes et des données
articles aux formats natifs de LabelLine et CSV.
12.2 À la demande du Client, le Prestataire continue la maintenance aux conditions en vigueur
pendant une période de transition de trois mois au maximum et assiste le nouveau prestataire,
à raison de trois jours au plus, au taux horaire de l'article 6.3.
12.3 Les sources de LabelLine sont déposées par l'éditeur auprès d'un agent de dépôt
indépendant ; le Prestataire remet au Client, dans le mois de la signature, l'attestation de
dépôt, qui prévoit la remise des sources au Client en cas de faillite de l'éditeur ou d'arrêt
de la maintenance du logiciel.

Article 13 - Propriété intellectuelle
Le logiciel LabelLine reste la propriété de son éditeur ; le Client conserve la licence
perpétuelle acquise en 2023. Les modèles d'étiquettes et les règles de contrôle créés pour le
Client lui appartiennent.

Article 14 - Confidentialité et données personnelles
14.1 Les recettes, données articles et informations commerciales du Client sont strictement
confidentielles ; le Prestataire et ses techniciens ne peuvent les utiliser qu'aux fins du
contrat, pendant sa durée et cinq ans après sa fin.
14.2 Lorsqu'il accède aux comptes des opérateurs et aux journaux de production, le Prestataire
agit comme sous-traitant au sens de l'article 28 du RGPD, conformément à la convention de
traitement jointe en annexe 4.

Article 15 - Responsabilité
15.1 La responsabilité du Prestataire est limitée, par année contractuelle, à deux fois la
redevance annuelle, sauf dol ou faute grave. Les dommages indirects sont exclus.
15.2 Par exception, lorsque l'erreur d'étiquetage ayant entraîné un rappel de produits trouve
son origine dans une intervention du Prestataire, celui-ci prend en charge les frais du rappel
à concurrence de 50.000,00 EUR par sinistre ; il déclare être assuré à cet effet.

Article 16 - Droit applicable et litiges
Le contrat est régi par le droit belge. En cas de différend, les parties se réunissent au
niveau de leur direction dans les 15 jours de la demande de l'une d'elles ; à défaut d'accord
dans les 30 jours, elles recourent à une médiation auprès d'un médiateur agréé avant toute
action. Le tribunal de l'entreprise de Liège, division Marche-en-Famenne, est seul compétent.

Fait à Marche-en-Famenne, le 03/12/2026, en deux exemplaires, chaque partie reconnaissant avoir
reçu le sien.

Pour ETIQ'SYSTÈMES SA                            Pour BOULANGERIE INDUSTRIELLE ARDENNAISE SA
Didier Hansen, administrateur délégué            Véronique Collignon, directrice des opérations
[signature]                                      [signature]

Annexes : 1. inventaire - 2. offre OM-2026-311 - 3. formule d'indexation - 4. convention de
traitement des données
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
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
    },
)

FR_T13J_CULTURAL_CENTRE_TICKETING_ORDER_FORM = UnseenDocument(
    name="fr_t13j_cultural_centre_ticketing_order_form",
    text="""BILLETLAB srl - Billetterie en ligne pour lieux culturels
Chaussée de Wavre 214, 1050 Ixelles - BCE BE 0769.233.481 - hello@billetlab.be

BON DE COMMANDE N° BC-2026-0871

CLIENT
Centre culturel du Maelbeek ASBL
Rue Gérard 41, 1040 Etterbeek - BCE BE 0418.640.527
Contact : Mme Nadia El Amrani, directrice - n.elamrani@ccmaelbeek.be - 02/733 18 52
Adresse de facturation : idem - Bon de commande interne : CCM/2026/112

FORMULE COMMANDÉE : « SCÈNE »
- Billetterie en ligne intégrée au site du Centre (widget), en français et en néerlandais
- Une salle à placement numéroté (plan de 320 places) et une salle en placement libre
- Billets électroniques (PDF et wallet), abonnements, tarifs réduits (Article 27, étudiants,
  seniors), codes promo, vente au guichet sur tablette
- Application de contrôle d'accès sur smartphone, nombre d'appareils illimité
- Paiement en ligne via Bancontact, Payconiq et cartes de crédit (prestataire de paiement Mollie)
- 6 comptes utilisateurs pour l'équipe du Centre
Non compris : les lecteurs de codes-barres et imprimantes de billets (disponibles à l'achat),
l'envoi de SMS, les frais du prestataire de paiement (facturés directement par Mollie au
Centre) et tout développement spécifique.

TARIFS (HTVA)
Frais de mise en service (configuration des salles et du plan de salle, habillage graphique,
import des abonnés)                                                           650,00 EUR
Abonnement annuel formule « Scène »                                          2.400,00 EUR
Commission par billet payant vendu (en ligne ou au guichet)                     0,35 EUR
Les billets gratuits et les invitations ne donnent lieu à aucune commission.
Prestations complémentaires (développements spécifiques, paramétrages hors formule) : 85,00 EUR
de l'heure, sur devis accepté par écrit par le Centre avant leur exécution.
Les tarifs sont indexés à chaque date anniversaire selon l'indice santé.

FACTURATION ET PAIEMENT
Mise en service et abonnement : facturés à la signature du présent bon de commande.
Commissions : relevé et facture mensuels. Les recettes des ventes sont versées directement par
Mollie sur le compte bancaire du Centre. Factures payables à 15 jours date de facture.

MISE EN SERVICE
- Le Centre transmet au plus tard le 18/12/2026 le plan de salle, la programmation de la saison
  janvier-juin 2027, ses visuels et le fichier Excel de ses abonnés (environ 2.100 contacts).
- BilletLab importe les abonnés et leurs formules d'abonnement en cours, configure les salles
  et les spectacles de la saison et intègre le widget sur le site du Centre.
- Ouverture des ventes en ligne : le 11/01/2027.
- Formation de l'équipe à distance (2 heures) avant l'ouverture des ventes, et présence d'un
  collaborateur de BilletLab au contrôle d'accès lors du premier spectacle.
Votre chargée de compte : Mme Inès Bouazza (ines@billetlab.be, 02/880 43 17). Elle connaît
la configuration de vos salles et reste votre interlocutrice pendant tout le contrat.

SUPPORT ET DISPONIBILITÉ
- Support par e-mail et chat du lundi au vendredi de 9h00 à 18h00.
- Les soirs de spectacle, une permanence téléphonique est assurée jusqu'à 22h00 au
  02/880 43 99 ; en cas de blocage de la vente au guichet ou du contrôle d'accès, un
  technicien vous rappelle dans les 15 minutes.
- Disponibilité de la plateforme : 99,8 % par mois, hors maintenances planifiées, effectuées
  entre 2h00 et 6h00 et annoncées 72 heures à l'avance.
- Les nouvelles fonctionnalités et mises à jour de la plateforme sont incluses dans
  l'abonnement.

DURÉE
12 mois à compter du 01/01/2027, renouvelé tacitement par périodes de 12 mois sauf
résiliation par e-mail ou courrier au moins un mois avant l'échéance.

DONNÉES
Les données des spectateurs et acheteurs appartiennent au Centre, qui en est le responsable du
traitement ; BilletLab agit comme sous-traitant conformément à l'annexe « Traitement des
données » des conditions générales d'utilisation. Le Centre peut exporter à tout moment ses
ventes et ses contacts au format CSV ; après la fin du contrat, l'export reste disponible
pendant trois mois.

CONDITIONS
Les conditions générales d'utilisation de BilletLab (version de janvier 2026, jointes) font
partie intégrante du présent bon de commande et prévalent sur toutes conditions du Centre ;
en cas de contradiction entre elles, le présent bon de commande prévaut.
BilletLab peut les modifier moyennant notification par e-mail 30 jours à l'avance.
Conformément à l'article 11 de ces conditions, la responsabilité de BilletLab est limitée aux
montants facturés au Centre au cours des 12 mois précédant le fait dommageable.
Droit belge ; les tribunaux francophones de Bruxelles sont compétents.

Pour le Centre culturel du Maelbeek ASBL          Pour BilletLab srl
Nadia El Amrani, directrice                       Julien Moreau, cofondateur
Date : 30/11/2026                                  Date : 01/12/2026
Signé électroniquement                             Signé électroniquement
""",
    items={
        "agreement.signed_both": "covered",
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.8,
    },
)

FR_T13J_FIREWALL_VPN_EMAIL_OFFER = UnseenDocument(
    name="fr_t13j_firewall_vpn_email_offer",
    text="""De : Julien Schmit <julien@arlon-it.be>
À : Sandrine Kieffer <s.kieffer@transports-kieffer.be>
Date : mercredi 2 décembre 2026 16:42
Objet : Remplacement de votre pare-feu + VPN - proposition

Bonjour Sandrine,

Comme promis au téléphone, voici ce qu'on propose pour remplacer votre vieux Zyxel, qui n'a
plus de mises à jour de sécurité depuis l'été.

Le matériel
- Un pare-feu Fortinet FortiGate 60F avec le pack de licences UTP 3 ans (antivirus, filtrage
  web, IPS, FortiCare) : 1.890,00 EUR HTVA
- 12 jetons FortiToken Mobile pour la double authentification de vos utilisateurs VPN :
  12 x 38,00 = 456,00 EUR HTVA

L'installation (forfait 6 heures) : 690,00 EUR HTVA
- préparation et configuration du FortiGate chez nous (dernière version du firmware) ;
- reprise de vos règles et redirections de ports actuelles (caméras, accès du comptable) ;
- mise en place du VPN IPsec avec FortiClient et double authentification pour les 12
  utilisateurs (chauffeurs-planificateurs et direction) ;
- remplacement sur place et tests (internet, VPN, caméras, imprimantes, logiciel de
  planning).

Total : 3.036,00 EUR HTVA.

Pas compris : le Wi-Fi, le switch et le câblage, qu'on a vus en bon état. Si on tombe sur
quelque chose d'imprévu le jour J (par exemple un appareil qui ne veut pas du nouveau réseau),
on vous le dit avant de s'y mettre et on ne fait rien sans votre OK ; c'est alors facturé au
tarif horaire de 115,00 EUR HTVA.

Planning
Le matériel est en stock chez notre grossiste, on peut installer dans les deux semaines après
votre accord. On propose de faire la bascule un vendredi à partir de 15h, pour que tout soit
prêt le lundi. C'est Kevin qui s'en occupe ; il est certifié Fortinet (NSE 4) et a déjà fait
une bonne vingtaine de migrations comme la vôtre.
De votre côté, il nous faut d'ici là : la liste des 12 utilisateurs VPN avec leur numéro de
GSM, les identifiants du modem Proximus et quelqu'un sur place le vendredi pour nous ouvrir.

Le lundi matin, Kevin est joignable dès 7h30 pour aider chaque utilisateur à installer
FortiClient et le jeton sur son GSM, et on vous laisse un petit guide d'une page pour les
suivants. On vous remet aussi la documentation de la configuration (règles, VPN, comptes
administrateur) et on en garde une copie dans notre système de tickets, pour qu'on sache
toujours ce qu'il y a chez vous.

Garantie et suivi
Le FortiGate est garanti 3 ans par Fortinet (FortiCare, échange le jour ouvrable suivant),
licences comprises. Après 3 ans, il faudra renouveler le pack UTP (aujourd'hui autour de
620 EUR HTVA pour 3 ans).
Si vous voulez, on peut aussi suivre le pare-feu pour vous : surveillance des alertes,
installation des mises à jour de firmware chaque trimestre et des correctifs de sécurité
critiques dans les 5 jours ouvrables, sauvegarde de la config. C'est 39,00 EUR HTVA par mois,
sans engagement, résiliable à la fin de chaque mois. Dites-nous si ça vous intéresse.
On est joignables du lundi au vendredi de 8h00 à 17h00 au 063/22 51 40 ou sur
support@arlon-it.be. En cas de panne, on fait le maximum pour intervenir dans la journée.

Paiement
On facture le tout après l'installation, paiement à 15 jours.

Petit mot de prudence : un pare-feu réduit fortement les risques mais n'arrête pas 100 % des
attaques. On ne peut donc pas être tenus responsables des conséquences d'une cyberattaque,
d'un rançongiciel ou d'une perte de données.

Nos conditions générales habituelles s'appliquent (sur notre site). Si c'est bon pour vous, un
simple « OK » par retour de mail suffit et on commande le matériel.

Bonne fin de journée,
Julien

--
Julien Schmit - Arlon IT srl - Rue de Bastogne 87, 6700 Arlon - 063/22 51 40
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 1080,
    },
)

DOCUMENTS = [
    FR_T13J_FIDUCIARY_DOCUMENT_PORTAL_OFFER,
    FR_T13J_BAKERY_LABELLING_LINE_MAINTENANCE,
    FR_T13J_CULTURAL_CENTRE_TICKETING_ORDER_FORM,
    FR_T13J_FIREWALL_VPN_EMAIL_OFFER,
]
