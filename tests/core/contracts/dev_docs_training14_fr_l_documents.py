"""Training batch 14 (fr, writer l): four documents as Belgian French-speaking IT suppliers and
their clients write them.

- fr_t14l_province_gis_data_portal: a long formal convention (numbered articles) between the
  Province de Luxembourg and a Louvain-la-Neuve geomatics firm to set up, host and maintain a
  provincial open-data GIS portal after a public procurement (specifications prevail, the
  supplier's general terms excluded, fixed price, planning with late-delivery fines, acceptance,
  12-month warranty, 48 months of hosting and maintenance with availability and penalties,
  express renewal only, reversibility, signed by both parties).
- fr_t14l_sports_club_membership_app: a development contract between a Liège app studio and a
  Namur football club (ASBL) for a membership app (fixed price, milestones, member import,
  beta test and acceptance, 3-month warranty, hosting and maintenance for 12 months with tacit
  yearly renewal and two months' notice, signed by both).
- fr_t14l_law_office_managed_print_proposal: a Brussels office-equipment dealer's proposal to a
  law firm for managed multifunction printers and scanning into its practice-management
  software (60-month rental plus cost per page, supplier's terms prevail, price changes at the
  supplier's discretion, tacit renewal with six months' notice, liability capped at three
  months of rent, an empty "bon pour accord" line for the client).
- fr_t14l_hosting_support_renewal_letter: a short letter from a Hainaut web agency telling a
  joinery company that its website hosting and support package renews tacitly for 12 months at
  a higher price unless cancelled a month before the end date; signed by the supplier only.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "bon pour accord" line for the client
is a partial signature; a letter signed by the supplier alone, with no signature block for the
client, is missing); partial = mentioned but vague, a bare cross-reference without content, a
placeholder, best-efforts only, a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T14L_PROVINCE_GIS_DATA_PORTAL = UnseenDocument(
    name="fr_t14l_province_gis_data_portal",
    text="""CONVENTION DE SERVICES - GÉOPORTAIL PROVINCIAL « GÉOLUX »
Mise en place, hébergement et maintenance - marché public de services réf. PL/GEO/2026/014

ENTRE la PROVINCE DE LUXEMBOURG, place Léopold 1, 6700 Arlon, représentée par son Collège
provincial, pour lequel agissent M. Benoît Lambinet, Député provincial, et Mme Véronique
Collignon, Directrice générale provinciale, en exécution de la décision du Collège provincial du
19/11/2026, ci-après « la Province »,
ET CARTOSPHÈRE SA, rue Louis de Geer 6, 1348 Louvain-la-Neuve, BCE BE 0687.214.553, représentée
par M. Damien Vanderhaegen, administrateur délégué, ci-après « le Prestataire ».

Article 1 - Objet et documents contractuels
1.1 Le Prestataire met en place, héberge et maintient le géoportail de données géographiques de
la Province (catalogue de métadonnées conforme à la directive INSPIRE, visualiseur
cartographique, services WMS/WFS) destiné aux services provinciaux, aux 44 communes du
territoire, aux bureaux d'études et au public.
1.2 Forment la convention, dans l'ordre de priorité suivant en cas de contradiction : (a) le
cahier spécial des charges n° PL/GEO/2026/014 ; (b) la présente convention et ses annexes ;
(c) l'offre du Prestataire du 22/09/2026, dans sa version finale du 21/10/2026. Les règles
générales d'exécution des marchés publics (arrêté royal du 14 janvier 2013) s'appliquent. Les
conditions générales du Prestataire sont expressément exclues.

Article 2 - Périmètre
Sont compris : l'installation de la plateforme (GeoNetwork, GeoServer, visualiseur OpenLayers)
sur l'infrastructure du Prestataire, la reprise des données de l'actuel portail, la charte
graphique provinciale, un module de statistiques, les comptes des communes, l'hébergement, la
maintenance, la formation et la documentation. Ne sont pas compris : la production et la mise
à jour des données géographiques, qui restent à charge des services provinciaux, l'acquisition
d'orthophotos et le développement d'applications métier pour les communes.

Article 3 - Prix et paiement
3.1 La mise en place est réalisée pour un prix global forfaitaire de 64.750,00 EUR HTVA
(installation et paramétrage 38.500,00 EUR ; reprise des données 14.250,00 EUR ; charte et
statistiques 7.400,00 EUR ; formation et documentation 4.600,00 EUR).
3.2 L'hébergement et la maintenance sont rémunérés par une redevance de 1.180,00 EUR HTVA par
mois, due à partir de la réception provisoire.
3.3 Les prestations complémentaires sont rémunérées au prix journalier de 780,00 EUR HTVA
(analyste SIG) et de 860,00 EUR HTVA (architecte). La redevance et les prix journaliers sont
révisés chaque 1er janvier selon la formule P = P0 x (0,20 + 0,80 x S/S0), S étant l'indice des
salaires Agoria (moyenne nationale) de décembre et S0 celui du mois de l'ouverture des offres.
3.4 Le forfait est facturé à raison de 30 % à l'approbation du dossier d'analyse, 50 % à la
réception provisoire et 20 % à la réception définitive ; la redevance, par trimestre à terme
échu. Les factures sont payées dans les 30 jours de leur réception.
3.5 Toute prestation non prévue fait l'objet d'un devis écrit préalable du Prestataire (jours,
prix, incidence sur le planning) et n'est exécutée qu'après réception d'un bon de commande signé
par la Province. Aucune prestation non commandée n'est payée.

Article 4 - Planning et retards
4.1 Réunion de lancement dans les 10 jours ouvrables suivant la notification ; dossier d'analyse
six semaines plus tard ; plateforme de recette avec les données reprises le 01/04/2027 au plus
tard ; tests de réception du 05/04 au 23/04/2027 ; mise en ligne publique le 03/05/2027.
4.2 En cas de retard imputable au Prestataire sur la mise en ligne, une amende de 0,1 % du prix
forfaitaire par jour calendrier est appliquée, plafonnée à 5 % de ce prix.
4.3 Si la Province ne remplit pas ses obligations dans les délais de l'article 5, les délais du
Prestataire sont prolongés d'autant, sans amende ; les jours d'attente ne sont pas facturés.

Article 5 - Obligations de la Province
La Province désigne M. Olivier Gérard, géomaticien provincial, comme chef de projet ; transmet
les données sources (bases PostGIS, fichiers de formes, métadonnées) au plus tard trois semaines
après la réunion de lancement ; configure le nom de domaine geoportail.province.luxembourg.be
avant le 15/03/2027 ; valide ou commente chaque livrable dans les 10 jours ouvrables.

Article 6 - Équipe du Prestataire
6.1 Le projet est dirigé par Mme Laure Hennuy, cheffe de projet, qui compte dix ans d'expérience
dans des projets SIG pour des pouvoirs publics, assistée de M. Kevin Bastin, architecte certifié
PostgreSQL/PostGIS, et de deux analystes SIG ayant chacun au moins cinq ans d'expérience.
6.2 Un membre de l'équipe ne peut être remplacé qu'avec l'accord écrit préalable de la Province,
par une personne de qualifications au moins équivalentes ; la passation est aux frais du
Prestataire.

Article 7 - Suivi et pilotage
7.1 Pendant la mise en place, la cheffe de projet remet toutes les deux semaines un rapport
d'avancement (tâches réalisées, respect du planning, risques, décisions attendues).
7.2 Un comité de pilotage (Député provincial ou son délégué, chef de projet de la Province,
cheffe de projet et administrateur délégué du Prestataire) se réunit chaque mois jusqu'à la
réception provisoire, puis chaque semestre.
7.3 Pendant l'exploitation, le Prestataire transmet le 10 de chaque mois un rapport de service
(disponibilité mesurée, incidents et délais de traitement, statistiques de consultation).

Article 8 - Qualité
Le portail respecte les règlements INSPIRE et les normes OGC (WMS 1.3.0, WFS 2.0, CSW 2.0.2) ;
le visualiseur est conforme au niveau AA des WCAG 2.1. Avant la réception, le Prestataire
réalise un test de charge de 200 utilisateurs simultanés et une validation des services avec
le validateur INSPIRE de la Commission européenne, dont il remet les résultats.

Article 9 - Reprise des données, installation et réception
9.1 Le Prestataire reprend les 214 couches et leurs métadonnées de l'actuel portail, les
convertit au profil ISO 19139 et les publie. Une reprise à blanc précède la reprise finale ; la
Province en contrôle 10 % par échantillonnage et valide la reprise par écrit.
9.2 Le Prestataire installe la plateforme de recette puis de production dans son centre de
données et assure la mise en ligne publique à la date prévue.
9.3 Les tests de réception sont exécutés par la Province selon un plan de tests rédigé par le
Prestataire et approuvé par la Province. La réception provisoire est constatée par procès-
verbal lorsqu'aucune anomalie bloquante ou majeure ne subsiste ; la réception définitive est
prononcée douze mois plus tard.
9.4 Pendant douze mois à compter de la réception provisoire, le Prestataire corrige sans frais
toute anomalie et toute non-conformité au cahier spécial des charges.

Article 10 - Formation et documentation
Le Prestataire donne trois journées de formation aux administrateurs provinciaux et deux
demi-journées aux correspondants communaux, et assure un support renforcé aux utilisateurs
pendant le premier mois après la mise en ligne. Il remet les manuels d'utilisation et
d'administration en français et un dossier d'exploitation (architecture, procédures de
déploiement et de restauration), mis à jour à chaque nouvelle version.

Article 11 - Hébergement et maintenance
11.1 La plateforme est hébergée en Belgique dans un centre de données certifié ISO/IEC 27001 ;
les sauvegardes sont quotidiennes et conservées 30 jours.
11.2 La maintenance comprend la maintenance corrective, l'installation des nouvelles versions de
GeoNetwork et GeoServer après accord de la Province et l'application des correctifs de sécurité
critiques dans les cinq jours ouvrables de leur publication.
11.3 Le support est joignable par le portail de tickets et au 010/48 73 20, du lundi au vendredi
de 8h00 à 17h00, hors jours fériés.
11.4 Délais, en heures ouvrables : incident critique (portail inaccessible ou services WMS/WFS
indisponibles) : prise en charge en 2 heures, rétablissement en 8 heures ; incident majeur :
prise en charge en 4 heures, correction en 3 jours ouvrables ; incident mineur : prise en
charge en 2 jours ouvrables, correction dans la version suivante.
11.5 Le Prestataire garantit une disponibilité du portail et des services de 99,5 % par mois,
hors maintenances planifiées annoncées cinq jours ouvrables à l'avance, effectuées en dehors des
heures de bureau et limitées à quatre heures par mois.
11.6 Par tranche entamée de 0,5 % de disponibilité manquante, la redevance du mois est réduite
de 10 %, avec un maximum de 50 %. Chaque jour ouvrable de dépassement du délai de rétablissement
d'un incident critique réduit la redevance mensuelle de 5 %.
11.7 M. Kevin Bastin est l'interlocuteur technique attitré de la Province pendant
l'exploitation ; le Prestataire tient à jour une fiche de configuration de la plateforme,
accessible à toute son équipe de support.

Article 12 - Durée et résiliation
12.1 La convention prend effet à sa notification. L'hébergement et la maintenance courent
pendant 48 mois à compter de la réception provisoire. Ils peuvent être reconduits une seule
fois pour 12 mois, par décision expresse du Collège provincial notifiée avant l'échéance ; il
n'y a pas de reconduction tacite.
12.2 La Province peut mettre fin à l'hébergement et à la maintenance à chaque date anniversaire
de la réception provisoire, moyennant un préavis de trois mois notifié par envoi recommandé,
sans indemnité. Chaque partie peut résilier la convention en cas de manquement grave de l'autre
auquel il n'est pas remédié dans les 30 jours d'une mise en demeure.

Article 13 - Réversibilité et continuité
13.1 À la fin de la convention, pour quelque cause que ce soit, le Prestataire remet à la
Province, dans les 30 jours et sans frais, l'ensemble des données (couches en GeoPackage,
métadonnées XML ISO 19139, configuration des services, statistiques).
13.2 Il poursuit l'hébergement et la maintenance aux conditions en vigueur pendant la
transition, six mois au maximum, et assiste le nouveau prestataire à concurrence de cinq jours
inclus dans le prix, au-delà au prix journalier de l'article 3.3.
13.3 Le code source des développements spécifiques et les scripts de déploiement sont versés à
chaque nouvelle version dans le dépôt Git de la Province, afin que celle-ci puisse faire
reprendre l'exploitation par un tiers à tout moment.

Article 14 - Propriété intellectuelle et confidentialité
14.1 Les logiciels libres utilisés restent soumis à leurs licences. Les développements
spécifiques (extensions, thème graphique, scripts) appartiennent à la Province, qui peut les
publier sous licence EUPL 1.2.
14.2 Le Prestataire garde confidentielles les informations non publiques de la Province, y
compris les couches à diffusion restreinte, pendant la convention et cinq ans après sa fin.

Article 15 - Protection des données à caractère personnel
Pour les comptes utilisateurs et les journaux de connexion, le Prestataire agit en qualité de
sous-traitant au sens de l'article 28 du RGPD, conformément à la convention de traitement
jointe en annexe 3. Les données sont hébergées exclusivement dans l'Union européenne.

Article 16 - Responsabilité
La responsabilité du Prestataire est limitée au montant total de la convention (prix forfaitaire
et redevances de la durée initiale), sauf dol, faute grave ou dommage corporel. Les dommages
indirects sont exclus.

Article 17 - Droit applicable et litiges
La convention est régie par le droit belge. Tout différend est d'abord soumis au comité de
pilotage, qui se réunit dans les 15 jours ; à défaut d'accord dans les 30 jours, il est porté
devant les tribunaux de l'arrondissement du Luxembourg, division Arlon.

Fait à Arlon, le 03/12/2026, en deux exemplaires.

Pour la Province de Luxembourg                     Pour Cartosphère SA
B. Lambinet, Député provincial - V. Collignon,     D. Vanderhaegen, administrateur délégué
Directrice générale, [signatures]                  [signature]

Annexes : 1. cahier spécial des charges - 2. offre finale - 3. convention de traitement
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
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

FR_T14L_SPORTS_CLUB_MEMBERSHIP_APP = UnseenDocument(
    name="fr_t14l_sports_club_membership_app",
    text="""CONTRAT DE DÉVELOPPEMENT ET DE MAINTENANCE D'UNE APPLICATION MOBILE

Entre :
PIXELTERRAIN SRL, rue Saint-Gilles 58, 4000 Liège, BCE BE 0745.318.902, représentée par
M. Julien Moreau, gérant, ci-après « le Prestataire » ;

et :
ROYALE ÉTOILE SPORTIVE DE JAMBES ASBL (matricule ACFF 2291), rue de Dave 171, 5100 Jambes,
BCE BE 0412.655.084, représentée par M. Patrick Delvaux, président, et Mme Anne Thiry,
secrétaire, ci-après « le Club ».

1. Objet
Le Prestataire développe pour le Club une application mobile (iOS et Android) et un back-office
web permettant la gestion des membres : inscription et réaffiliation en ligne, paiement des
cotisations, carte de membre digitale, calendrier des équipes, convocations aux matchs et
entraînements, notifications. Il assure ensuite l'hébergement et la maintenance de
l'application.

2. Documents
L'offre du Prestataire n° PT-2026-071 du 12/10/2026 est annexée au présent contrat et en fait
partie. En cas de contradiction, le présent contrat prévaut sur l'offre. Les conditions
générales du Prestataire ne s'appliquent pas.

3. Périmètre
Sont compris : la conception et les maquettes, le développement de l'application (Flutter) et
du back-office, le paiement des cotisations via Mollie (Bancontact, Payconiq), l'import des
membres existants, la publication sur l'App Store et Google Play, la formation des
administrateurs et la documentation.
Ne sont pas compris : l'interface avec la base de données de l'ACFF, la vente de billets pour
les matchs, les frais de transaction Mollie et les comptes développeur Apple et Google, qui
sont à charge du Club.

4. Prix et paiement
4.1 Le développement est réalisé pour un prix forfaitaire de 21.600,00 EUR HTVA (conception
4.200,00 EUR ; application 13.800,00 EUR ; back-office 2.400,00 EUR ; import et publication
1.200,00 EUR).
4.2 La mise en place de l'hébergement et des comptes techniques est facturée une seule fois
350,00 EUR HTVA.
4.3 Le forfait est facturé 30 % à la signature, 40 % à la livraison de la version bêta et 30 %
à la mise en ligne sur les stores. Les factures sont payables à 30 jours date de facture.

5. Modifications
Toute demande qui sort du périmètre fait l'objet d'un devis du Prestataire, établi au taux de
85,00 EUR HTVA de l'heure. Le travail ne commence qu'après acceptation écrite du devis par le
président ou la secrétaire du Club.

6. Planning
- réunion de lancement : 11/01/2027 ;
- maquettes validées : 05/02/2027 ;
- version bêta (TestFlight et test interne Google Play) : 26/03/2027 ;
- mise en ligne sur les stores : 30/04/2027, avant l'ouverture des réaffiliations de la saison
  2027-2028.

7. Obligations du Club
Le Club :
- désigne Mme Anne Thiry comme interlocutrice unique pour les validations ;
- ouvre les comptes développeur Apple et Google au nom du Club avant le 31/01/2027 ;
- transmet avant le 15/02/2027 l'export Excel de son fichier de membres, les logos et les
  tarifs des cotisations par catégorie ;
- met à disposition au moins dix membres testeurs pendant la phase bêta ;
- valide les maquettes et la version bêta dans les cinq jours ouvrables.

8. Retards
Si le Club remet ses éléments en retard, le planning est décalé d'autant, sans frais. Si la
mise en ligne est retardée du fait du Prestataire, le forfait est réduit de 1 % par semaine de
retard, avec un maximum de 10 %. Au-delà de huit semaines de retard, le Club peut résilier le
contrat et récupérer les sommes versées pour les phases non livrées.

9. Équipe et suivi
M. Julien Moreau est le chef de projet et développeur principal ; le design est réalisé par
Mme Sarah Lemaire. Toutes les deux semaines, une réunion en visio de 45 minutes avec la
secrétaire du Club présente l'avancement et fait une démonstration ; elle est suivie d'un court
compte rendu écrit par e-mail (fait, à faire, points en attente du Club).
Le Prestataire travaille avec soin et selon les règles de l'art, et respecte les directives de
publication d'Apple et de Google.

10. Import des membres
Le Prestataire importe les membres actifs des deux dernières saisons (environ 640 fiches :
identité, catégorie, équipe, statut de la cotisation) à partir de l'export Excel du Club. Un
import d'essai est validé par la secrétaire avant l'import définitif.

11. Recette et mise en ligne
Le Prestataire remet avec la version bêta une liste de scénarios de test. Le Club teste
pendant trois semaines et signale les anomalies via le tableau partagé. La réception est
constatée par un procès-verbal signé par le Club lorsqu'aucune anomalie bloquante ne subsiste.
Le Prestataire publie ensuite l'application sur les stores au nom du Club et suit la
validation par Apple et Google.

12. Garantie
Pendant trois mois à compter de la mise en ligne, le Prestataire corrige gratuitement toute
anomalie de l'application et du back-office.

13. Formation et documentation
Le Prestataire donne une formation de deux heures aux administrateurs du Club (gestion des
membres, des équipes et des convocations) et intègre une rubrique d'aide pour les membres dans
l'application. Il remet un manuel du back-office et une documentation technique (architecture,
procédure de publication d'une nouvelle version).

14. Hébergement et maintenance
14.1 À partir de la mise en ligne, le Prestataire assure pour 165,00 EUR HTVA par mois :
l'hébergement du back-end (Google Cloud, région europe-west1 en Belgique), les sauvegardes
quotidiennes, la maintenance corrective, la mise à jour de l'application pour les nouvelles
versions d'iOS et d'Android et l'application des correctifs de sécurité. Ce montant est indexé
chaque 1er janvier selon l'indice santé.
14.2 Le support est joignable par e-mail (support@pixelterrain.be) et par téléphone au
04/287 16 33, du lundi au vendredi de 9h00 à 17h00.
14.3 Anomalie bloquante (inscription, paiement ou convocations impossibles) : réponse dans les
4 heures ouvrables et correction ou solution de contournement dans les 2 jours ouvrables.
Autres demandes : réponse dans les 2 jours ouvrables.
14.4 Le Prestataire s'engage sur une disponibilité du back-end de 99 % par mois.
14.5 M. Julien Moreau reste l'interlocuteur du Club pour la maintenance.

15. Durée et résiliation
15.1 La maintenance prend cours à la mise en ligne pour une durée de 12 mois. Elle est ensuite
reconduite tacitement par périodes de 12 mois, sauf résiliation par écrit au moins deux mois
avant l'échéance.
15.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre non réparé
dans les 15 jours d'une mise en demeure.

16. Fin du contrat
Dans les 15 jours de la fin du contrat, le Prestataire remet gratuitement au Club l'export
complet des données (membres, cotisations, équipes) au format CSV ainsi que le code source à
jour. Il continue d'héberger l'application au tarif en vigueur pendant trois mois au plus et
assiste le repreneur pour le transfert du back-end et des comptes.

17. Propriété intellectuelle
Après paiement complet du forfait, le code source spécifique de l'application et du back-office
appartient au Club. Le Prestataire conserve ses bibliothèques génériques, sur lesquelles il
accorde au Club une licence gratuite, perpétuelle et non exclusive.

18. Données personnelles
Le Club est responsable du traitement des données de ses membres ; le Prestataire agit comme
sous-traitant conformément à l'article 28 du RGPD et à l'accord de traitement joint en annexe 2.
Les données sont hébergées dans l'Union européenne. Aucune donnée médicale n'est traitée dans
l'application.

19. Responsabilité
La responsabilité du Prestataire est limitée au montant du forfait de développement, soit
21.600,00 EUR, sauf faute grave ou dol. Les dommages indirects sont exclus.

20. Droit applicable et litiges
Le contrat est soumis au droit belge. En cas de différend, les parties se rencontrent pour
chercher une solution amiable ; à défaut d'accord dans les 30 jours, elles peuvent recourir à
un médiateur agréé ou saisir les tribunaux de Namur.

Fait à Jambes, le 04/12/2026, en deux exemplaires.

Pour Pixelterrain srl                 Pour la Royale Étoile Sportive de Jambes ASBL
Julien Moreau, gérant                 Patrick Delvaux, président      Anne Thiry, secrétaire
[signature]                           [signature]                     [signature]
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
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
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
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99,
    },
)

FR_T14L_LAW_OFFICE_MANAGED_PRINT_PROPOSAL = UnseenDocument(
    name="fr_t14l_law_office_managed_print_proposal",
    text="""DOCUPRINT BRUXELLES SA
Chaussée de Louvain 431, 1030 Schaerbeek - BCE BE 0456.902.117 - 02/733 41 80 - www.docuprint.be

Cabinet Delvaux, Mertens & Associés
À l'attention de Maître Caroline Mertens, associée gérante
Avenue Louise 221, 1050 Bruxelles

Schaerbeek, le 27 novembre 2026

Proposition n° DP-26-0932 - Impression et numérisation gérées
Validité : 30 jours

Chère Maître,

Suite à notre audit de vos trois étages et à l'entretien avec votre office manager, Mme Nadia
El Amrani, nous avons le plaisir de vous soumettre notre proposition pour le renouvellement de
votre parc d'impression et la numérisation de vos pièces directement dans vos dossiers Kleos.

1. Votre nouvel équipement
- 2 multifonctions couleur Canon imageRUNNER ADVANCE DX C5850i (50 pages/minute, chargeur
  recto-verso en un passage, finisseur agrafage), aux 1er et 2e étages ;
- 1 multifonction noir et blanc Canon imageRUNNER ADVANCE DX 4945i à l'accueil ;
- 4 scanners de bureau Fujitsu fi-8170 pour les secrétariats ;
- le logiciel uniFLOW Online : impression sécurisée avec libération par badge, imputation des
  copies et impressions par dossier-client, numérisation avec reconnaissance de texte (OCR) en
  PDF consultable, directement dans le dossier Kleos choisi sur l'écran du copieur.

2. Ce qui est compris
Toner, pièces, main-d'œuvre et déplacements ; les mises à jour des firmwares et les correctifs
de sécurité des copieurs, installés à distance ; les mises à jour d'uniFLOW Online ; le relevé
automatique des compteurs et la commande automatique du toner.
Ne sont pas compris : le papier et les agrafes ; le câblage réseau ; les dégâts dus à une
utilisation non conforme ; le déplacement des machines à votre demande.

3. Prix
Installation, configuration et formation (frais uniques)                    1.250,00 EUR HTVA
Location de l'ensemble du matériel et des licences, 60 mois                   389,00 EUR HTVA / mois
soit un engagement de location de 23.340,00 EUR HTVA sur la durée du contrat.
Coût par page : noir et blanc 0,0079 EUR HTVA ; couleur 0,059 EUR HTVA.
Un volume minimum de 8.000 pages noir et blanc par trimestre est facturé.
Les interventions hors contrat sont facturées 95,00 EUR HTVA de l'heure, plus 55,00 EUR HTVA
de déplacement.
Le coût par page est révisé le 1er janvier de chaque année. Docuprint peut en outre adapter
les prix des pages à tout moment en cas de hausse du prix des consommables chez le fabricant.

4. Facturation
Les frais d'installation sont facturés à la livraison. La location est facturée
mensuellement et payée par domiciliation. Les pages sont facturées chaque trimestre sur la base
des compteurs relevés. Nos factures sont payables à 15 jours.

5. Livraison et installation
Livraison dans les trois semaines suivant votre commande. Les délais de livraison sont donnés à
titre indicatif. L'installation se fait un vendredi après-midi pour ne pas perturber le cabinet.
Nous reprenons les carnets d'adresses e-mail et les profils de numérisation de vos copieurs
actuels, puis nous enlevons ceux-ci. Avant notre départ, nous testons avec Mme El Amrani
l'impression, la copie et la numérisation vers Kleos sur chaque machine ; le bon
d'installation signé par le cabinet vaut réception.
Nous vous remettons ensuite la documentation de configuration (adresses IP, profils de
numérisation, paramètres uniFLOW).

6. À votre charge
Une prise réseau et une prise électrique à l'emplacement de chaque machine ; des adresses IP
fixes attribuées par votre prestataire informatique ; un compte administrateur Microsoft 365
pour la numérisation vers e-mail ; la liste des utilisateurs et de leurs badges, au plus tard
une semaine avant l'installation.

7. Formation
Une session de 30 minutes par étage pour les avocats et le personnel, et une session d'une
heure pour Mme El Amrani sur l'administration d'uniFLOW (utilisateurs, badges, rapports).

8. Service et entretien
- Helpdesk du lundi au vendredi de 8h00 à 17h00, au 02/733 41 89 ou via notre portail client.
- Machine à l'arrêt : intervention d'un technicien sur site dans les 4 heures ouvrables.
  Autres pannes : intervention le jour ouvrable suivant.
- Si une machine ne peut être réparée dans les 2 jours ouvrables, nous installons une machine
  de remplacement équivalente jusqu'à la réparation.
- Votre technicien attitré, M. Karim Bensaïd, tient à jour la fiche de votre parc
  (configuration, historique des interventions). Nos techniciens sont certifiés Canon.
- Votre account manager, Mme Sophie Van Damme, vous adresse chaque trimestre un rapport des
  volumes par étage et par dossier-client, et fait avec vous une revue annuelle du parc.

9. Confidentialité et données
Nos techniciens sont tenus par un engagement de confidentialité et sont informés du secret
professionnel de l'avocat. Les disques des copieurs sont chiffrés ; à la reprise des machines,
ils sont effacés selon la norme NIST 800-88 et un certificat d'effacement vous est remis.
Pour uniFLOW Online (noms des utilisateurs, journaux d'impression), Docuprint agit comme
sous-traitant au sens de l'article 28 du RGPD ; l'accord de traitement est joint à la présente.
Le matériel reste la propriété de Docuprint ; les licences uniFLOW vous sont concédées pour la
durée du contrat.

10. Durée
Le contrat est conclu pour 60 mois à compter de l'installation. Il est ensuite reconduit
tacitement par périodes de 12 mois, sauf résiliation par lettre recommandée au moins six mois
avant l'échéance. En cas de résiliation anticipée par le client, les loyers restant à courir
jusqu'à l'échéance sont dus immédiatement.

11. Conditions
Nos conditions générales de location et d'entretien, jointes à la présente, font partie
intégrante de notre proposition et prévalent sur toutes conditions du client. Notre
responsabilité est limitée au montant de trois mois de location ; nous ne répondons ni de la
perte de documents ou de données, ni des dommages indirects. Droit belge ; seuls les
tribunaux francophones de Bruxelles sont compétents.

Nous restons à votre disposition pour toute question et vous prions d'agréer, Chère Maître,
l'expression de nos sentiments distingués.

Sophie Van Damme, account manager
Pour Docuprint Bruxelles SA, [signature]

Bon pour accord - Cabinet Delvaux, Mertens & Associés
Nom : ................................  Date : ..........  Signature : ....................
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
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
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 60,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T14L_HOSTING_SUPPORT_RENEWAL_LETTER = UnseenDocument(
    name="fr_t14l_hosting_support_renewal_letter",
    text="""WEBFORGE SRL
Rue de Nimy 87, 7000 Mons - BE 0719.446.281 - 065/84 22 10 - bonjour@webforge.be

Menuiserie Lambert & Fils srl
À l'attention de M. Olivier Lambert
Rue du Condroz 14, 5590 Ciney

Mons, le 1er décembre 2026

Objet : reconduction de votre formule « Hébergement & Support Pro »
Site : www.menuiserie-lambert.be - contrat HSP-2024-031

Cher Monsieur Lambert,

Votre formule « Hébergement & Support Pro » arrive à échéance le 31 janvier 2027. Sauf avis
contraire de votre part, elle sera reconduite automatiquement pour une nouvelle période de
12 mois, du 1er février 2027 au 31 janvier 2028. Si vous ne souhaitez pas la poursuivre, il
suffit de nous l'écrire (un e-mail suffit) au plus tard un mois avant l'échéance, soit le
31 décembre 2026.

Pour rappel, votre formule comprend :
- l'hébergement de votre site WordPress sur nos serveurs à Bruxelles, le certificat SSL et
  cinq boîtes e-mail ;
- une sauvegarde complète chaque nuit, conservée 30 jours ;
- la mise à jour mensuelle de WordPress, du thème et des extensions, et l'application des
  correctifs de sécurité critiques dans les 48 heures de leur publication ;
- 3 heures par an de support et de petites modifications (textes, photos, nouvelles
  réalisations dans la galerie) ;
- la surveillance de votre site 24h/24 et un rapport de maintenance envoyé chaque mois par
  e-mail (mises à jour effectuées, sauvegardes, temps de chargement, disponibilité).
Ne sont pas compris : la refonte graphique, la rédaction de contenus et les nouvelles
fonctionnalités (formulaire de devis en ligne, prise de rendez-vous...).

Nouveau tarif
Depuis trois ans, nous avons maintenu nos prix malgré la hausse de nos coûts d'énergie et de
licences. À partir de la reconduction, la formule passe de 49,00 EUR à 54,00 EUR HTVA par mois,
soit 648,00 EUR HTVA par an, facturés en une fois à l'avance début février et payables à
30 jours. Au-delà des 3 heures comprises, nos prestations sont facturées 68,00 EUR HTVA de
l'heure ; nous vous envoyons toujours un devis que vous acceptez avant d'intervenir.

Support
Vous pouvez nous joindre par e-mail à support@webforge.be ou par téléphone au 065/84 22 10, du
lundi au vendredi de 9h00 à 17h00. Si votre site est hors ligne, nous intervenons dans les
2 heures ouvrables ; pour les autres demandes, nous répondons dans les deux jours ouvrables.
La formule ne comporte pas d'engagement de disponibilité : nous mettons tout en œuvre pour que
votre site reste en ligne (disponibilité mesurée en 2026 : 99,96 %).
Votre interlocuteur reste Thomas, qui a réalisé votre site et en connaît tous les réglages.

Et si vous décidez d'arrêter ?
Aucun souci : nous vous remettons gratuitement une copie complète de votre site (fichiers et
base de données) et de vos e-mails, nous gardons votre site en ligne jusqu'à son transfert
effectif, au maximum un mois au prorata, et nous aidons votre nouveau prestataire à transférer
votre nom de domaine.

Nos conditions générales, disponibles sur www.webforge.be/cg, restent d'application.

Nous vous remercions pour votre confiance et restons à votre disposition pour toute question.

Bien cordialement,

Thomas Delhaye
Gérant - Webforge srl
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.quality": "missing",
        "reporting.progress": "covered",
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
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)

DOCUMENTS = [
    FR_T14L_PROVINCE_GIS_DATA_PORTAL,
    FR_T14L_SPORTS_CLUB_MEMBERSHIP_APP,
    FR_T14L_LAW_OFFICE_MANAGED_PRINT_PROPOSAL,
    FR_T14L_HOSTING_SUPPORT_RENEWAL_LETTER,
]
