"""Training batch 8 (fr, writer c): four documents as Belgian and Luxembourg IT suppliers and
their clients write them.

- fr_t8c_tourism_website_redesign_offer: an Arlon web agency's offer (numbered sections) to
  redesign the website of a tourist office in Bouillon, with migration of the old site and a
  yearly hosting and maintenance formula; the agency's general terms apply (the offer prevails),
  the client's "bon pour accord" line is left empty.
- fr_t8c_scada_support_contract: a long formal support contract (numbered articles) by which a
  Charleroi industrial automation integrator supports the SCADA software of a cardboard plant:
  24/7 hotline, response and restoration times with penalties, preventive visits, patches
  validated on a test station, 3 years with tacit renewal and 6 months' notice, signed by both.
- fr_t8c_hr_onboarding_saas_order_form: an order form of a Luxembourg SaaS publisher for an HR
  onboarding tool ordered by a Brussels retail company: set-up fee, per-employee subscription,
  99,5 % availability with service credits, 24 months with tacit renewal, signed electronically
  by both; the publisher's terms of use apply and prices may be revised at each renewal.
- fr_t8c_security_checkup_email_acceptance: a short informal e-mail exchange in which a small
  Walloon IT firm offers its annual IT security check-up to an accounting office in Wavre and the
  client accepts by reply e-mail.

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

FR_T8C_TOURISM_WEBSITE_REDESIGN_OFFER = UnseenDocument(
    name="fr_t8c_tourism_website_redesign_offer",
    text="""ATELIER PIXELVERT SRL
Rue des Déportés 41 - 6700 Arlon - BCE 0712.448.930 - info@pixelvert.be - 063/22 41 87

Maison du Tourisme du Pays de Bouillon asbl
À l'attention de Mme Valérie Gengoux, directrice
Place Saint-Arnould 3 - 6830 Bouillon

Arlon, le 27 novembre 2026

OFFRE N° PV-2026-083 - Refonte du site www.bouillon-tourisme.be et hébergement

Madame Gengoux,

Suite à notre rencontre du 13 novembre à Bouillon et au cahier des charges que vous nous avez
transmis le 6 novembre, nous avons le plaisir de vous remettre notre offre pour la refonte de
votre site et son hébergement.

1. Ce que comprend l'offre
- Analyse et arborescence : atelier de cadrage d'une journée avec votre équipe, wireframes des
  principaux gabarits (accueil, fiche hébergement, fiche activité, agenda, carte, blog).
- Design : charte graphique web sur base de votre logo, maquettes desktop et mobile, deux tours
  de corrections inclus.
- Développement sous WordPress, en quatre langues (FR, NL, EN, DE), avec :
  l'import automatique de l'offre touristique (hébergements, restaurants, activités, événements)
  depuis la base de données Pivot, mis à jour chaque nuit ; une carte interactive des
  itinéraires de promenade (fichiers GPX téléchargeables) ; l'inscription à la newsletter
  (Brevo) ; un formulaire de demande de brochures.
- Conformité aux niveaux A et AA des WCAG 2.1, tests sur les navigateurs courants (Chrome,
  Firefox, Safari, Edge) et sur smartphones iOS et Android, score Lighthouse de 90 minimum en
  performance sur mobile.

2. Ce qui n'est pas compris
La rédaction et la traduction des textes, les photos et vidéos (nous pouvons vous recommander
un photographe), l'encodage de l'offre dans Pivot, les campagnes publicitaires et le
référencement payant.

3. Reprise du site actuel
Nous reprenons depuis votre site Joomla actuel les 180 pages de contenu et les 60 actualités
des deux dernières années, avec leurs images, dans les quatre langues. Les anciennes adresses
sont redirigées (redirections 301) vers les nouvelles pages pour préserver votre référencement.

4. Planning
- Atelier de cadrage : semaine du 18 janvier 2027 ;
- wireframes : 12 février 2027 ; maquettes : 12 mars 2027 ;
- développement et reprise des contenus : mars à mai 2027 ;
- mise en préproduction pour vos tests : 10 mai 2027 ;
- mise en ligne : 1er juin 2027, avant la saison d'été.
Si un retard nous est imputable et que la mise en ligne glisse au-delà du 15 juin 2027, les
trois premiers mois d'hébergement vous sont offerts. Un retard dans la remise des contenus ou
des validations décale le planning d'autant, sans frais supplémentaires pour vous.

5. Ce que nous attendons de vous
- Une personne de contact (M. Thomas Lejeune, chargé de communication, d'après notre échange) ;
- les textes des pages nouvelles ou modifiées et leurs traductions pour le 15 avril 2027 au
  plus tard ;
- la validation des wireframes et des maquettes dans les 5 jours ouvrables de leur envoi ;
- l'accès au flux Pivot de votre Maison du Tourisme et aux codes de votre nom de domaine.

6. Équipe et suivi
Votre interlocutrice est Camille Jacquemin, cheffe de projet. Le design est assuré par Hugo
Schmit et le développement par Nicolas Thiry. Nous faisons un point en visio toutes les deux
semaines avec M. Lejeune ; après chaque point, vous recevez par e-mail un court compte rendu
(avancement, décisions prises, actions de chacun).

7. Recette et mise en ligne
Le site est livré sur un serveur de préproduction. Vous disposez de 10 jours ouvrables pour le
tester et nous transmettre vos remarques via le tableau partagé. Nous corrigeons les anomalies
signalées, puis vous validez la mise en ligne par e-mail. Nous assurons la mise en ligne, le
basculement du nom de domaine et le contrôle des redirections le jour même.

8. Garantie
Pendant 3 mois après la mise en ligne, nous corrigeons gratuitement tout dysfonctionnement du
site par rapport à ce qui a été validé en recette.

9. Formation
Deux demi-journées de formation à l'administration du site pour quatre personnes de votre
équipe, dans vos locaux, et un guide d'utilisation illustré (PDF) en français.

10. Hébergement et maintenance
Le site est hébergé sur nos serveurs dans un datacenter situé en Belgique (Anvers). La formule
comprend : le certificat SSL, une sauvegarde quotidienne conservée 30 jours, la surveillance du
site, l'installation mensuelle des mises à jour de WordPress et des extensions (les mises à jour
de sécurité critiques dans les 48 heures de leur publication) et le support par e-mail à
support@pixelvert.be, les jours ouvrables de 9h00 à 17h00.
En cas de site inaccessible, nous prenons l'incident en charge dans les 4 heures ouvrables ;
les autres demandes sont traitées dans les 2 jours ouvrables.
Nous mettons tout en œuvre pour assurer une disponibilité maximale du site (objectif de 99,9 %),
sans que cet objectif constitue une obligation de résultat.

11. Prix (montants HTVA)
Analyse et wireframes                                    3.200,00 EUR
Design                                                   4.800,00 EUR
Développement et intégration Pivot                      11.900,00 EUR
Reprise des contenus et redirections                     2.100,00 EUR
Formation et guide                                         600,00 EUR
Total du projet                                         22.600,00 EUR
Mise en place de l'hébergement (unique)                    150,00 EUR
Hébergement et maintenance                        89,00 EUR par mois
Le forfait mensuel est indexé le 1er janvier de chaque année selon l'indice santé.

12. Paiement
30 % à la commande, 40 % à la validation des maquettes, 30 % à la mise en ligne. L'hébergement
est facturé annuellement à l'avance à partir de la mise en ligne. Nos factures sont payables à
30 jours date de facture.

13. Travaux supplémentaires
Toute demande qui sort du périmètre décrit ci-dessus fait l'objet d'un devis complémentaire,
établi au tarif de 75,00 EUR HTVA de l'heure. Aucun travail supplémentaire n'est réalisé sans
votre accord écrit sur ce devis.

14. Durée de l'hébergement
Le contrat d'hébergement et de maintenance est conclu pour 12 mois à partir de la mise en
ligne. Il est ensuite reconduit tacitement par périodes de 12 mois, sauf résiliation par l'une
des parties par e-mail ou courrier au moins 2 mois avant l'échéance.
À la fin du contrat, nous vous remettons gratuitement une copie complète du site (fichiers et
base de données) et nous accompagnons le transfert vers votre nouvel hébergeur (une heure
d'assistance incluse, au-delà au tarif horaire). Si le transfert n'est pas terminé à
l'échéance, le site reste hébergé et maintenu aux mêmes conditions, au prorata, pendant un mois
au maximum.

15. Propriété et données
Après paiement complet, le site, ses maquettes et son code spécifique vous appartiennent ;
WordPress et les extensions restent soumis à leur licence (GPL ou licence de l'éditeur).
Pour les données personnelles recueillies par les formulaires et la newsletter, nous agissons
comme sous-traitant au sens du RGPD ; la convention de traitement est jointe en annexe 2.

16. Responsabilité
Notre responsabilité est limitée au montant total de la présente commande. Les dommages
indirects sont exclus.

17. Conditions générales et droit applicable
Nos conditions générales (annexe 1) s'appliquent à la présente offre ; en cas de contradiction,
l'offre prime. Le droit belge est applicable ; en cas de litige, seul le tribunal de l'entreprise
de Liège, division Neufchâteau, est compétent.

Offre valable 60 jours.

Pour Atelier Pixelvert srl                    Bon pour accord
Camille Jacquemin, cheffe de projet          Maison du Tourisme du Pays de Bouillon asbl
[signé]                                       Nom : ..........................
                                              Date : .........  Signature : ............

Annexes : 1. conditions générales - 2. convention de traitement des données
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
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
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
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
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
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T8C_SCADA_SUPPORT_CONTRACT = UnseenDocument(
    name="fr_t8c_scada_support_contract",
    text="""CONTRAT DE SUPPORT ET DE MAINTENANCE DU SYSTÈME DE SUPERVISION (SCADA)
Contrat n° AS-SUP-2026-031

ENTRE AUTOMASYS SA, avenue Georges Lemaître 22, 6041 Gosselies, BCE BE 0478.215.663,
représentée par M. Philippe Delhaye, directeur général, ci-après « le Prestataire »,
ET CARTONNERIE DE LA SAMBRE SA, rue du Canal 95, 6240 Farciennes, BCE BE 0402.117.858,
représentée par M. Didier Castiaux, directeur d'usine, ci-après « le Client ».

Article 1 - Objet
1.1 Le Prestataire assure le support et la maintenance du système de supervision des deux
lignes d'onduleuse et de la chaufferie de l'usine de Farciennes, réalisé par lui en 2022 sous
Siemens WinCC OA, comprenant : deux serveurs redondants, l'historien de process, six postes
opérateurs, les drivers de communication vers les automates et les développements spécifiques
(synoptiques, scripts, rapports de production).
1.2 Sont exclus : les programmes des automates (sauf option souscrite), le matériel
informatique et le réseau industriel, dont le Client assure l'exploitation, ainsi que les
interventions rendues nécessaires par une modification du système réalisée par le Client ou
par un tiers sans l'accord du Prestataire.
1.3 Le contrat se compose, par ordre de priorité décroissant, du présent contrat, de ses annexes
et de l'offre du Prestataire n° OF-AS-2026-0912 du 14/10/2026. Les conditions générales de
l'une et l'autre partie ne s'appliquent pas.

Article 2 - Prestations comprises
2.1 La formule « Premium 24/7 » comprend :
a) un service d'assistance téléphonique 24 heures sur 24 et 7 jours sur 7 pour les incidents de
   priorité 1, au 071/91 44 00 (astreinte) ;
b) l'assistance pour les autres demandes via le portail de tickets ou par e-mail
   (support@automasys.be), les jours ouvrables de 7h30 à 17h00 ;
c) la télémaintenance par le poste de rebond sécurisé du Client (authentification à deux
   facteurs, sessions enregistrées), dont l'accès est ouvert par le Client à chaque intervention ;
d) deux visites de maintenance préventive par an, en avril et en octobre, lors des arrêts
   planifiés de l'usine (contrôle des journaux, de l'espace disque, des sauvegardes, de la
   redondance des serveurs et des licences) ;
e) un crédit de 40 heures d'intervention par an, utilisable pour de petites modifications des
   synoptiques ou des rapports ; les heures non utilisées ne sont pas reportées.
2.2 Chaque intervention donne lieu à un rapport transmis au Client dans les 2 jours ouvrables
(constat, actions réalisées, temps passé, recommandations).

Article 3 - Niveaux de service
3.1 Priorité 1 : arrêt ou impossibilité de conduire une ligne ou la chaufferie depuis la
supervision. Priorité 2 : fonction dégradée sans arrêt de production (perte d'un serveur
redondant, historien indisponible, alarme défaillante). Priorité 3 : toute autre demande.
3.2 Le Prestataire s'engage sur les délais suivants :
- priorité 1 : rappel par un technicien dans les 30 minutes, 24h/24 et 7j/7 ; télémaintenance
  engagée dans l'heure ; si nécessaire, technicien sur site dans les 4 heures ; rétablissement
  de la conduite de la ligne, le cas échéant par une solution de contournement, dans les
  8 heures de l'appel ;
- priorité 2 : prise en charge dans les 4 heures ouvrables ; correction dans les 3 jours
  ouvrables ;
- priorité 3 : prise en charge le jour ouvrable suivant ; traitement planifié avec le Client.
3.3 Le système étant installé et exploité sur l'infrastructure du Client, le Prestataire ne
prend aucun engagement de disponibilité du système de supervision.
3.4 Si le délai de rappel ou de rétablissement d'un incident de priorité 1 n'est pas respecté,
le Prestataire est redevable d'une pénalité de 250,00 EUR par heure de retard entamée. Les
pénalités sont déduites de la facture suivante et plafonnées à 15 % de la redevance annuelle.

Article 4 - Connaissance de l'installation
4.1 Dans les six semaines de la signature, le Prestataire réalise un audit initial de
l'installation et établit un dossier de configuration (architecture, versions, licences,
adresses, liste des drivers, procédures de redémarrage et de restauration). Ce dossier est mis
à jour après chaque intervention et est accessible à tous les techniciens d'astreinte.
4.2 Le gestionnaire de compte du Client est M. Grégory Dufrane. Les référents techniques sont
Mme Lina Bouzid et M. Koen Vermeulen, ingénieurs en automatisation industrielle certifiés
Siemens WinCC OA, disposant chacun d'au moins cinq ans d'expérience sur des installations de
production. Tous les intervenants sur site sont titulaires du certificat VCA.
4.3 Le Prestataire informe le Client au moins un mois à l'avance de tout changement de référent
technique et assure, sans frais pour le Client, une période de recouvrement permettant au
nouveau référent de prendre connaissance de l'installation.

Article 5 - Mises à jour et correctifs
5.1 Le Prestataire analyse chaque mois les correctifs de sécurité publiés par Siemens et par
Microsoft pour les versions installées et communique au Client ceux qui sont pertinents.
5.2 Les correctifs retenus sont d'abord installés sur la station de test du Client, puis sur le
système de production lors d'une fenêtre convenue avec le responsable maintenance, après
sauvegarde complète. Leur installation est comprise dans la redevance.
5.3 Le passage à une nouvelle version majeure de WinCC OA n'est pas compris ; il fait l'objet
d'une offre séparée.

Article 6 - Qualité et sécurité
Le Prestataire exécute ses prestations selon les règles de l'art et les bonnes pratiques de la
norme IEC 62443. Toute modification est testée sur la station de test avant sa mise en
production, consignée dans le registre des modifications et sauvegardée.
Les interventions correctives du Prestataire sont garanties trois mois : si le même défaut se
reproduit du fait de l'intervention, il est corrigé gratuitement.

Article 7 - Obligations du Client
Le Client maintient en état le poste de rebond, la station de test et les sauvegardes de son
infrastructure ; il communique et tient à jour la liste de ses responsables d'astreinte ; il
informe le Prestataire, au moins cinq jours ouvrables à l'avance, de toute modification prévue
des automates ou du réseau industriel ; il assure l'accueil sécurité des techniciens sur site.

Article 8 - Prix et paiement
8.1 La redevance annuelle de la formule « Premium 24/7 » s'élève à 21.600,00 EUR HTVA. Elle est
facturée en janvier de chaque année civile.
8.2 L'audit initial et la constitution du dossier de configuration sont facturés une seule fois
au forfait de 3.400,00 EUR HTVA.
8.3 Les interventions au-delà du crédit d'heures sont facturées à 105,00 EUR HTVA de l'heure en
jours ouvrables de 7h30 à 17h00, majorées de 50 % en dehors de ces heures et le samedi et de
100 % le dimanche et les jours fériés. Un forfait de déplacement de 85,00 EUR HTVA s'applique
à chaque intervention sur site.
8.4 Aucune intervention hors crédit n'est exécutée sans un bon d'intervention signé par le
responsable maintenance du Client, indiquant l'estimation du temps nécessaire. Pour un incident
de priorité 1 survenant hors des heures ouvrables, l'accord peut être donné oralement par le
responsable d'astreinte du Client et est confirmé par e-mail le jour ouvrable suivant.
8.5 La redevance et les taux horaires sont révisés le 1er janvier de chaque année selon la
formule P = P0 x (0,2 + 0,8 x S/S0), où S est l'indice Agoria des salaires de référence.
8.6 Les heures prestées hors crédit sont facturées mensuellement. Les factures sont payables à
30 jours date de facture.

Article 9 - Suivi et gouvernance
9.1 Le Prestataire remet chaque semestre un rapport de service : incidents par priorité,
respect des délais, heures consommées, correctifs installés, état de l'obsolescence et
recommandations.
9.2 Une réunion de revue a lieu chaque année en janvier entre le directeur d'usine, le
responsable maintenance, le gestionnaire de compte et un référent technique.
9.3 Toute difficulté est traitée d'abord entre le responsable maintenance et le référent
technique, ensuite entre le directeur d'usine et le gestionnaire de compte, enfin avec le
directeur général du Prestataire.

Article 10 - Durée et résiliation
10.1 Le contrat prend effet le 1er janvier 2027 pour une durée initiale de trois ans. Il est
ensuite reconduit tacitement pour des périodes successives d'un an, sauf résiliation par
lettre recommandée au moins six mois avant l'échéance.
10.2 Chaque partie peut résilier le contrat avec effet immédiat si l'autre partie commet un
manquement grave auquel elle n'a pas remédié dans les 30 jours d'une mise en demeure.

Article 11 - Fin du contrat
11.1 À la fin du contrat, quelle qu'en soit la cause, le Prestataire remet au Client, dans les
15 jours et sans frais, la dernière version du dossier de configuration, les sauvegardes du
projet WinCC OA et les sources des développements spécifiques dans leur format natif, ainsi
que les comptes et mots de passe dont il a la garde.
11.2 À la demande du Client, le Prestataire continue d'assurer le support aux conditions du
contrat pendant une période de transition de trois mois au maximum et consacre deux jours,
compris dans la redevance, à la passation avec le nouveau prestataire.

Article 12 - Propriété intellectuelle
Les développements spécifiques réalisés pour le Client (synoptiques, scripts, rapports)
appartiennent au Client dès leur paiement. Les licences Siemens WinCC OA et Microsoft restent
soumises aux conditions de leurs éditeurs.

Article 13 - Confidentialité
Le Prestataire garde strictement confidentielles les informations dont il a connaissance
(recettes de fabrication, données de production, schémas de l'installation, accès), pendant le
contrat et cinq ans après sa fin, et n'en fait usage que pour l'exécution du contrat.

Article 14 - Données à caractère personnel
Le système traite les identifiants et journaux d'actions des opérateurs. Pour ces données, le
Prestataire agit comme sous-traitant au sens de l'article 28 du RGPD, selon la convention de
traitement figurant en annexe 3.

Article 15 - Responsabilité
La responsabilité du Prestataire est limitée à 250.000,00 EUR par sinistre, montant couvert par
son assurance de responsabilité civile professionnelle, dont il remet l'attestation au Client
chaque année. Cette limite ne s'applique pas en cas de dol ou de faute grave.

Article 16 - Droit applicable et litiges
Le contrat est régi par le droit belge. Les parties s'efforcent de régler tout différend selon
la procédure d'escalade de l'article 9.3. À défaut d'accord dans les 30 jours, elles recourent
à une médiation auprès d'un médiateur agréé par la Commission fédérale de médiation avant toute
action judiciaire. Si la médiation échoue, les tribunaux de Charleroi sont seuls compétents.

Fait à Farciennes, le 30 novembre 2026, en deux exemplaires.

Pour AUTOMASYS SA                              Pour CARTONNERIE DE LA SAMBRE SA
Philippe Delhaye, directeur général            Didier Castiaux, directeur d'usine
[signature]                                    [signature]
Annexes : 1. composants couverts - 2. procédure d'astreinte - 3. convention de traitement
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
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.warranty": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
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

FR_T8C_HR_ONBOARDING_SAAS_ORDER_FORM = UnseenDocument(
    name="fr_t8c_hr_onboarding_saas_order_form",
    text="""WELKOMLY S.À R.L.
2, rue du Laboratoire - L-4362 Esch-sur-Alzette - RCS Luxembourg B 241.887 - TVA LU 31245678

BON DE COMMANDE N° WLK-BC-2026-0412

Client : MAISON VERHAEGEN SA, boulevard Anspach 118, 1000 Bruxelles, BCE BE 0436.902.115
Contact administratif : Mme Inès Bakkali, responsable RH (ines.bakkali@verhaegen.be)
Contact facturation : comptabilite@verhaegen.be - référence de commande client : PO-27-0031

1. Documents contractuels
Le présent bon de commande fait suite à la proposition commerciale WLK-P-2026-0871 du
12/11/2026, qui en fait partie intégrante. Il est régi par les Conditions Générales
d'Utilisation de Welkomly (version 4.2 du 01/09/2026, jointes) et par la Convention de
traitement des données (DPA) jointe. En cas de contradiction, le présent bon de commande prime
sur la proposition, qui prime sur les CGU.

2. Services commandés
Plateforme Welkomly Onboarding Pro, en mode SaaS, pour 420 collaborateurs actifs :
- parcours d'accueil configurables par fonction et par magasin (32 points de vente) ;
- envoi et signature électronique des documents d'entrée (contrat, règlement de travail,
  politique vie privée) ;
- modules d'e-learning d'accueil (sécurité, caisse, service client) ;
- application mobile pour les nouveaux collaborateurs (FR, NL, EN) ;
- connecteur avec le secrétariat social SD Worx (option, voir ci-dessous).
Ne sont pas compris : les modules Performance et Offboarding, les intégrations avec d'autres
systèmes que SD Worx, la reprise des documents signés avant la mise en service et la création
des contenus d'e-learning propres au Client.

3. Prix (HTVA)
Frais de mise en service (configuration de 6 parcours types, import initial,
2 formations administrateurs à distance) - une seule fois               2.900,00 EUR
Abonnement Onboarding Pro : 4,20 EUR par collaborateur actif et par mois,
minimum 420 collaborateurs                                  1.764,00 EUR par mois
Connecteur SD Worx                                            150,00 EUR par mois
Valeur totale de la commande sur la durée initiale                     48.836,00 EUR
Au-delà de 420 collaborateurs actifs, les collaborateurs supplémentaires sont facturés au même
prix unitaire, sur la base du nombre maximal de collaborateurs actifs du trimestre
(régularisation trimestrielle).
Services professionnels supplémentaires (paramétrage avancé, intégrations) : 1.050,00 EUR HTVA
par jour, uniquement sur devis accepté par le Client.
Welkomly peut modifier ses tarifs à chaque échéance annuelle moyennant information du Client
au moins 60 jours à l'avance.

4. Facturation et paiement
Les frais de mise en service sont facturés à la signature. L'abonnement et le connecteur sont
facturés annuellement à l'avance à partir de la date de mise en service. Factures payables à
30 jours date de facture, par virement.

5. Mise en service
- Réunion de lancement : dans les 10 jours ouvrables de la signature ;
- configuration des parcours et formation des administrateurs : 4 semaines ;
- mise en service (ouverture aux collaborateurs) : 1er mars 2027.
Le Client fournit au plus tard le 31/01/2027 le fichier des collaborateurs au format CSV
(modèle Welkomly), les modèles de documents d'entrée et la liste des administrateurs ; il
désigne Mme Bakkali comme administratrice principale.
Welkomly importe le fichier des collaborateurs et contrôle avec le Client l'import avant la
mise en service. Les administrateurs sont formés lors de deux sessions à distance de deux
heures ; les collaborateurs disposent du centre d'aide en ligne et de tutoriels dans
l'application.

6. Niveaux de service
- Disponibilité de la plateforme : 99,5 % par mois calendrier, hors maintenance planifiée (le
  dimanche de 22h00 à 02h00, annoncée 5 jours à l'avance).
- Si la disponibilité mensuelle est inférieure à 99,5 %, le Client reçoit un avoir de 5 % de
  la redevance mensuelle par tranche de 0,5 % manquante, plafonné à 25 % de cette redevance.
- Support par chat dans l'application et par e-mail (support@welkomly.lu), du lundi au vendredi
  de 8h00 à 18h00 (heure de Luxembourg), en français, néerlandais, anglais et allemand.
- Délais de première réponse : critique (plateforme inaccessible) 2 heures ouvrables ; élevé
  8 heures ouvrables ; normal 2 jours ouvrables.
- Welkomly s'efforce de résoudre les incidents dans les meilleurs délais, sans engagement de
  délai de résolution.
- Un rapport mensuel de disponibilité est publié sur status.welkomly.lu.
- Les mises à jour et nouvelles fonctionnalités du module commandé sont incluses dans
  l'abonnement ; les changements majeurs de l'interface sont annoncés 30 jours à l'avance.

7. Suivi
Votre Customer Success Manager est Mme Anouk Weber (anouk.weber@welkomly.lu). Elle est votre
interlocutrice unique pendant la mise en service et ensuite, et organise une revue
trimestrielle d'utilisation avec la responsable RH du Client.

8. Durée et résiliation
Le contrat est conclu pour une durée initiale de 24 mois à compter de la mise en service. Il
est ensuite renouvelé tacitement par périodes de 12 mois, sauf résiliation par écrit au moins
3 mois avant l'échéance. Aucune partie ne peut y mettre fin avant l'échéance, sauf manquement
grave de l'autre partie non réparé dans les 30 jours d'une mise en demeure.

9. Données
Les données sont hébergées dans l'Union européenne (Microsoft Azure, région West Europe). Le
Client reste propriétaire de ses données. Pendant les 30 jours qui suivent la fin du contrat,
il peut exporter depuis l'interface la liste des collaborateurs et l'historique des parcours
(CSV) ainsi que les documents signés (PDF) ; les données sont ensuite effacées.
Welkomly traite les données des collaborateurs en qualité de sous-traitant, conformément au
DPA joint.

10. Autres dispositions
Welkomly reste titulaire de tous les droits sur la plateforme ; le Client reçoit un droit
d'utilisation non exclusif et non cessible pour la durée du contrat. Les contenus chargés par le
Client restent sa propriété.
La confidentialité est régie par l'article 9 des CGU. La responsabilité de Welkomly est limitée
conformément à l'article 11 des CGU.
Le contrat est soumis au droit luxembourgeois. Tout litige relève de la compétence exclusive
des tribunaux de Luxembourg-Ville.

Pour WELKOMLY S.À R.L.                       Pour MAISON VERHAEGEN SA
Marc Hoffmann, Sales Director                 Inès Bakkali, responsable RH
                                              Olivier Verhaegen, administrateur délégué
Signé électroniquement le 03/12/2026          Signé électroniquement le 04/12/2026
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

FR_T8C_SECURITY_CHECKUP_EMAIL_ACCEPTANCE = UnseenDocument(
    name="fr_t8c_security_checkup_email_acceptance",
    text="""De : Anne-Sophie Lemaire <as.lemaire@fiduciaire-lemaire.be>
À : Karim Benali <karim@nethelp-wavre.be>
Date : 15 janvier 2027 08:52
Objet : RE: Check-up sécurité annuel 2027 - proposition

Bonjour Karim,

C'est bon pour nous, on part sur le check-up avec l'option scan externe, pour 1.800 EUR HTVA.
Le mardi 2 février nous convient très bien. Pour la séance de sensibilisation, on verra plus
tard, la période fiscale ne s'y prête pas.
Je préviens l'équipe et je vous confirme que vous êtes autorisés à réaliser le scan sur nos
adresses IP publiques ce jour-là. Je vous renvoie la convention signée dans la journée.

Bonne journée,
Anne-Sophie

Anne-Sophie Lemaire - Fiduciaire Lemaire & Associés srl - chaussée de Bruxelles 61, 1300 Wavre

-----Message d'origine-----
De : Karim Benali <karim@nethelp-wavre.be>
Envoyé : lundi 11 janvier 2027 17:40
À : Anne-Sophie Lemaire
Objet : Check-up sécurité annuel 2027 - proposition

Bonjour Madame Lemaire,

Comme chaque année, voici notre proposition pour le check-up sécurité de votre bureau. Nous
avons repris le même contenu que l'an dernier, avec deux ajouts liés à ce qu'on avait vu en
2026.

Ce qu'on vérifie (une journée sur place, une demi-journée pour le rapport)
- Les 14 PC et le serveur : mises à jour Windows et logiciels (Winbooks, Office, PDF),
  comptes administrateurs locaux, chiffrement BitLocker des portables.
- L'antivirus / EDR : couverture de tous les postes, alertes des 12 derniers mois.
- Les sauvegardes : on fait un vrai test de restauration d'un dossier client choisi par vous.
- Le firewall : règles, mises à jour du firmware, accès VPN des collaborateurs en télétravail.
- Microsoft 365 : MFA pour tous les comptes, règles de transfert suspectes, partages externes.
- Nouveau : les accès de vos anciens collaborateurs (comptes à désactiver) et la configuration
  de votre Wi-Fi invités.
On suit la grille des CyberFundamentals du Centre pour la Cybersécurité Belgique (niveau
Basic), ce qui vous permet de comparer avec l'an dernier.

Options
- Scan de vulnérabilités externe de vos adresses IP publiques : 350 EUR HTVA.
- Séance de sensibilisation au phishing pour l'équipe (1 heure, sur place) : 290 EUR HTVA.

Prix
Check-up : 1.450 EUR HTVA (inchangé par rapport à 2026). Avec le scan externe : 1.800 EUR
HTVA. Facture envoyée après la réunion de restitution, payable à 15 jours.

Ce qui n'est pas compris
Les corrections elles-mêmes. Si on tombe sur quelque chose d'urgent pendant la journée, on vous
appelle avant de toucher à quoi que ce soit. Les corrections sont faites à notre tarif de
85 EUR HTVA de l'heure, uniquement après votre accord sur une estimation.

Planning
On vous propose le mardi 2 février. Vous recevez le rapport dans les 10 jours ouvrables, avec
les constats classés en « critique », « important » et « recommandé » et un plan d'action
chiffré. On en discute ensuite ensemble pendant une heure, chez vous.

Ce dont on a besoin
Un accès administrateur le jour même, quelqu'un de chez vous disponible en début et fin de
journée, la liste des logiciels utilisés et votre accord écrit pour le scan externe. Merci de
prévenir l'équipe qu'on passera sur chaque poste.

Qui vient
Ce sera moi, comme l'an dernier (8 ans d'expérience en sécurité des PME, certifié CompTIA
Security+ et formé aux CyberFundamentals).

Confidentialité et données
Tout ce qu'on voit chez vous reste strictement confidentiel et les résultats du scan ne sont
communiqués qu'à vous. Nous ne copions aucune donnée de vos dossiers. Comme nous aurons accès à
des données personnelles de vos clients, je vous joins notre convention de sous-traitance RGPD
à nous renvoyer signée. Le rapport vous appartient : vous pouvez le transmettre à votre
assureur cyber ou à votre réviseur.

Un check-up ponctuel ne garantit pas l'absence de failles et nous ne pourrons pas être tenus
responsables d'une attaque survenue après notre passage. Notre responsabilité est en tout cas
limitée au montant de la mission.

Ce n'est pas un abonnement : chaque année, on vous envoie une nouvelle proposition et vous
décidez. Si ça vous convient, un simple retour de mail suffit.

Bien à vous,
Karim Benali
NetHelp Wavre srl - avenue des Déportés 12, 1300 Wavre - 010/24 66 31
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.quality": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 15,
    },
)

DOCUMENTS = [
    FR_T8C_TOURISM_WEBSITE_REDESIGN_OFFER,
    FR_T8C_SCADA_SUPPORT_CONTRACT,
    FR_T8C_HR_ONBOARDING_SAAS_ORDER_FORM,
    FR_T8C_SECURITY_CHECKUP_EMAIL_ACCEPTANCE,
]
