"""Training batch 5 (fr, part a): four French documents as Belgian IT suppliers write them.

- fr_t5a_document_management: a long formal contract with numbered articles between a Namur
  software house and a Liège accounting firm for implementing a document-management (GED)
  platform (analysis, configuration, file-server migration, acceptance, training) and a 36-month
  SaaS subscription with a full SLA, service credits and reversibility (signed by both parties).
- fr_t5a_access_badges_time_registration: a Walloon integrator's offer for badge access control
  on a logistics site and time registration with export to the social secretariat, with a
  hardware maintenance option; accepted by the client's reply e-mail above the offer, the
  "pour accord" line for the client is left empty.
- fr_t5a_elearning_platform: a short, informal convention by a small Brussels agency setting up
  and hosting a Moodle-based e-learning platform for a network of pharmacies (signed by both).
- fr_t5a_fleet_tracking: the particular conditions of a 36-month fleet-tracking (GPS boxes,
  platform, driver badges) subscription by a Zaventem telematics supplier, whose general terms
  prevail (signed by both parties).

Written on 2026-12-05 by a helper session as training documents for the checklist model, without
reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned (and agreement.signed_both is then "partial"); partial
= mentioned but vague, a bare cross-reference without content, a placeholder, best efforts only,
or a negation / disclaimer; items and risks whose reading is ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

FR_T5A_DOCUMENT_MANAGEMENT = UnseenDocument(
    name="fr_t5a_document_management",
    text="""CONTRAT DE MISE EN ŒUVRE ET D'ABONNEMENT
Plateforme de gestion électronique des documents (GED) « Archiva DMS »
Contrat n° ARC-C-2026-052

ENTRE ARCHIVA SOLUTIONS srl, rue de Fernelmont 40, 5020 Champion (Namur), BCE BE 0712.845.309,
représentée par M. Laurent Dethier, administrateur délégué, ci-après « le Prestataire »,
ET FIDUCIAIRE DELVAUX & ASSOCIÉS srl, boulevard d'Avroy 112, 4000 Liège, BCE BE 0448.612.970,
représentée par Mme Isabelle Delvaux, associée gérante, ci-après « le Client ».

Article 1 - Objet et documents contractuels
1.1 Objet : la mise en œuvre de la plateforme de GED Archiva DMS pour les 38 collaborateurs du
Client et sa mise à disposition en mode SaaS, avec le support et la maintenance de l'article 10.
1.2 Font partie du contrat, par ordre de priorité décroissant : le présent contrat ; l'annexe 1
(cahier des charges fonctionnel du Client du 02/10/2026) ; l'annexe 2 (offre du Prestataire
n° ARC-O-26-118 du 06/11/2026) ; l'annexe 3 (convention de sous-traitance). En cas de
contradiction, le document de rang supérieur prévaut. Les conditions générales du Prestataire et
celles du Client ne s'appliquent pas.

Article 2 - Périmètre
2.1 Sont compris dans le prix forfaitaire de l'article 12.1 : a) l'analyse détaillée (plan de
classement, types de documents, métadonnées, droits d'accès) ; b) le paramétrage de la plateforme,
du circuit de validation des factures d'achat et de l'OCR des documents entrants ; c) les
connecteurs avec le logiciel comptable du Client et avec Microsoft Outlook ; d) la migration
décrite à l'article 3 ; e) la formation, la documentation et l'accompagnement de l'article 9.
2.2 Ne sont pas compris : la numérisation des archives papier, l'achat de scanners, les licences
Microsoft 365 du Client et tout connecteur avec un autre logiciel que ceux cités au point 2.1 c).

Article 3 - Migration des données
Le Prestataire reprend les documents présents sur le serveur de fichiers du Client (environ
1,2 million de fichiers, 640 Go), les classe selon le plan de classement validé et dérive les
métadonnées (client, exercice, type de document) de l'arborescence existante. Une migration test
portant sur trois dossiers clients précède la migration complète ; le Client en valide le
résultat. Les doublons et fichiers temporaires ne sont pas repris. Un rapport de migration
(fichiers repris, fichiers rejetés et motifs) est remis au Client.

Article 4 - Planning
Lancement le 11/01/2027 ; analyse validée au plus tard le 05/02/2027 ; paramétrage et connecteurs
du 08/02 au 19/03/2027 ; migration test la semaine du 22/03/2027 ; tests de réception du 29/03 au
16/04/2027 ; migration complète et mise en production le week-end du 24/04/2027, suivies de quatre
semaines d'accompagnement renforcé (hypercare).

Article 5 - Obligations du Client
Le Client désigne un chef de projet interne disposant du pouvoir de décision (à la signature :
M. Thierry Lambert, responsable administratif). Il valide le document d'analyse dans les dix jours
ouvrables de sa remise, donne au Prestataire un accès au serveur de fichiers au plus tard le
08/02/2027 et met à disposition quatre utilisateurs clés, à raison de deux jours par semaine,
pendant les tests de réception.

Article 6 - Retards
6.1 Si la mise en production est retardée de plus de dix jours ouvrables par rapport au planning
pour une cause imputable au Prestataire, celui-ci doit au Client une indemnité forfaitaire de
0,5 % du prix forfaitaire par jour ouvrable de retard, plafonnée à 10 % de ce prix.
6.2 Si le retard est imputable au Client, le planning est adapté de commun accord. Les journées de
consultant réservées et non prestées du fait du Client sont facturées au tarif de l'article 12.4,
pour autant que le Prestataire l'en ait averti par écrit au moins cinq jours ouvrables à l'avance.

Article 7 - Équipe
7.1 Le projet est dirigé par Mme Aurélie Jadot, cheffe de projet certifiée PRINCE2, qui a mené plus
de vingt projets de GED dans des cabinets comptables et juridiques. Le paramétrage et la migration
sont réalisés par M. Kevin Hennuy, consultant senior (sept ans d'expérience sur Archiva DMS),
assisté d'un consultant junior.
7.2 Le Prestataire ne remplace la cheffe de projet ou le consultant senior qu'avec l'accord écrit
préalable du Client, par une personne d'expérience équivalente, et assure à ses frais la passation
entre l'ancien et le nouveau membre de l'équipe.
7.3 Le Prestataire exécute le projet selon sa méthode de mise en œuvre documentée ; chaque
paramétrage et chaque connecteur fait l'objet de tests internes avant d'être soumis au Client.

Article 8 - Réception
Les tests de réception sont effectués par le Client sur la base des scénarios de test de
l'annexe 1. Le Prestataire corrige les anomalies bloquantes avant la mise en production et les
autres dans les quinze jours ouvrables. La réception est constatée par un procès-verbal signé par
les deux chefs de projet lorsque tous les scénarios ont été exécutés sans anomalie bloquante.

Article 9 - Formation, documentation et garantie
9.1 Le Prestataire forme les quatre utilisateurs clés (deux journées) et organise quatre sessions
d'une demi-journée pour les autres collaborateurs. Pendant l'hypercare, un consultant est présent
un jour par semaine dans les locaux du Client.
9.2 Au plus tard à la mise en production, le Prestataire remet le dossier de paramétrage, un
manuel d'administration et un guide de l'utilisateur en français.
9.3 Pendant trois mois à compter de la signature du procès-verbal de réception, le Prestataire
corrige gratuitement toute anomalie du paramétrage, des connecteurs ou de la migration.

Article 10 - Abonnement, support et niveaux de service
10.1 L'abonnement comprend l'accès à la plateforme hébergée dans deux centres de données situés en
Belgique, le stockage jusqu'à 2 To, des sauvegardes quotidiennes conservées 30 jours, le support
aux utilisateurs clés ainsi que la maintenance corrective et évolutive.
10.2 Le support est joignable du lundi au vendredi de 8h30 à 17h30, hors jours fériés, via le
portail support.archiva.be, par e-mail (support@archiva.be) ou au 081/24 66 10. Un numéro de garde
est disponible en dehors de ces heures pour les incidents de priorité 1.
10.3 Le Prestataire s'engage (obligation de résultat) sur les délais suivants, exprimés en
prise en charge / rétablissement ou contournement : P1 (plateforme inaccessible, perte de données)
1 heure / 4 heures ; P2 (fonction importante indisponible) 4 heures ouvrables / 2 jours ouvrables ;
P3 (autre anomalie, question) 1 jour ouvrable / version suivante.
10.4 La plateforme est disponible 99,7 % du temps, mesuré par mois civil, hors maintenance
planifiée annoncée cinq jours ouvrables à l'avance et effectuée entre 20h00 et 6h00.
10.5 Si la disponibilité mensuelle est inférieure à 99,7 %, le Client reçoit une note de crédit de
5 % de la redevance mensuelle par tranche entamée de 0,1 % sous ce seuil, plafonnée à 30 % de la
redevance mensuelle.
10.6 Les mises à jour de la plateforme sont incluses. Les correctifs de sécurité critiques sont
appliqués dans les 72 heures de leur publication ; les nouvelles versions majeures sont annoncées
au moins 30 jours à l'avance et mises à la disposition du Client sur un environnement de test.
10.7 Après la mise en production, Mme Jadot reste la gestionnaire de compte attitrée du Client.
Le Prestataire tient à jour le dossier de paramétrage du Client, accessible à son équipe support.

Article 11 - Rapports et gouvernance
11.1 Pendant le projet, la cheffe de projet envoie chaque vendredi un rapport d'avancement (tâches
réalisées, planning, risques, points ouverts). Un comité de pilotage réunissant Mme Delvaux,
M. Lambert, M. Dethier et Mme Jadot se tient toutes les quatre semaines.
11.2 Après la mise en production, le Prestataire transmet chaque trimestre un rapport de service
(disponibilité mesurée, tickets par priorité, respect des délais) ; une revue de service se tient
deux fois par an.
11.3 Tout problème non résolu entre les chefs de projet est porté au comité de pilotage, puis aux
signataires du présent contrat.

Article 12 - Prix et facturation
12.1 Mise en œuvre (articles 2 à 9) : forfait de 28.400,00 EUR HTVA, facturé 30 % à la signature,
40 % au début des tests de réception et 30 % à la signature du procès-verbal de réception.
12.2 Mise en service de l'environnement SaaS (environnements de production et de test,
certificats, authentification Microsoft 365) : 1.250,00 EUR HTVA, facturés à la signature.
12.3 Abonnement : 24,50 EUR HTVA par utilisateur nommé et par mois, soit 931,00 EUR HTVA par mois
pour 38 utilisateurs, facturé trimestriellement à l'avance à partir de la mise en production.
Stockage au-delà de 2 To : 45,00 EUR HTVA par To et par mois.
12.4 Prestations complémentaires : 980,00 EUR HTVA par jour pour un consultant et 1.150,00 EUR HTVA
par jour pour la cheffe de projet ou un consultant senior.
12.5 Toute modification du périmètre fait l'objet d'une demande de changement écrite. Le
Prestataire en chiffre l'impact sur le prix et le planning dans les cinq jours ouvrables. Aucune
prestation complémentaire n'est facturée sans bon de commande signé au préalable par le Client.
12.6 Les prix de l'abonnement et les tarifs de l'article 12.4 sont fixes jusqu'au 31/12/2027, puis
indexés chaque 1er janvier selon l'évolution de l'indice Agoria des salaires (formule à l'annexe
2), avec un maximum de 4 % par an.
12.7 Les factures sont payables dans les 30 jours de leur date.

Article 13 - Propriété intellectuelle
La plateforme Archiva DMS reste la propriété du Prestataire, qui concède au Client un droit
d'utilisation non exclusif pour ses collaborateurs pendant la durée du contrat. Le dossier de
paramétrage, les scripts de migration et la documentation établis pour le Client deviennent sa
propriété dès leur paiement. Les documents et données du Client restent sa propriété exclusive.

Article 14 - Confidentialité
Chaque partie garde confidentielles les informations de l'autre partie pendant le contrat et cinq
ans après sa fin. Le Prestataire astreint son personnel et ses sous-traitants au respect du secret
professionnel auquel le Client est tenu envers ses propres clients.

Article 15 - Protection des données
Le Prestataire traite les données personnelles contenues dans les documents en qualité de
sous-traitant au sens de l'article 28 du RGPD, selon la convention de sous-traitance de l'annexe 3.
Les données sont hébergées exclusivement en Belgique. Le Prestataire notifie toute violation de
données au Client dans les 24 heures de sa découverte et est certifié ISO/IEC 27001.

Article 16 - Responsabilité
La responsabilité totale du Prestataire est limitée au montant payé par le Client au cours des
douze mois précédant le fait générateur, sans pouvoir être inférieure à 50.000,00 EUR. Aucune
partie ne répond des dommages indirects tels que le manque à gagner ; les frais de reconstitution
de données perdues par la faute du Prestataire constituent un dommage direct. Ces limitations ne
s'appliquent pas en cas de dol, de faute intentionnelle ou de manquement aux articles 14 et 15.

Article 17 - Durée et résiliation
17.1 L'abonnement court pour une durée initiale de 36 mois à compter de la mise en production. Il
est ensuite renouvelé tacitement par périodes de 12 mois, sauf résiliation notifiée par l'une des
parties par lettre recommandée au moins deux mois avant l'échéance.
17.2 Chaque partie peut résilier le contrat avec effet immédiat, par lettre recommandée, si
l'autre partie commet un manquement grave auquel il n'est pas remédié dans les 30 jours d'une mise
en demeure. Le Client peut en outre résilier l'abonnement sans indemnité si la disponibilité
mensuelle est inférieure à 99 % pendant trois mois consécutifs.

Article 18 - Réversibilité
18.1 À la fin du contrat, pour quelque cause que ce soit, le Prestataire remet au Client sans
frais, dans les quinze jours ouvrables de sa demande, une exportation complète des documents dans
leur format d'origine, avec les métadonnées, l'historique des validations et le plan de
classement aux formats CSV et XML documentés.
18.2 À la demande du Client, le Prestataire maintient l'abonnement aux mêmes conditions pendant
six mois au plus et assiste le Client et son nouveau fournisseur lors de la migration (cinq jours
compris dans le prix ; au-delà, au tarif de l'article 12.4).
18.3 Le Prestataire ne peut en aucun cas retenir les données du Client, même en cas de litige sur
une facture. Il les supprime 60 jours après la remise de l'exportation et en délivre attestation.

Article 19 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis aux chefs de projet,
puis au comité de pilotage et enfin aux signataires, qui se réunissent dans les 30 jours. À défaut
d'accord, les parties recourent à une médiation selon le règlement du CEPANI ; si la médiation
n'aboutit pas dans les 60 jours, les tribunaux de Liège, division Liège, sont seuls compétents.

Fait à Liège, le 04/12/2026, en deux exemplaires originaux.

Pour ARCHIVA SOLUTIONS srl                       Pour FIDUCIAIRE DELVAUX & ASSOCIÉS srl
Laurent Dethier, administrateur délégué          Isabelle Delvaux, associée gérante
[signature]                                      [signature]
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

FR_T5A_ACCESS_BADGES_TIME_REGISTRATION = UnseenDocument(
    name="fr_t5a_access_badges_time_registration",
    text="""De : Caroline Dufrasne <c.dufrasne@logistique-dendre.be>
À : Marc Wauters <m.wauters@accessia.be>
Date : lundi 30 novembre 2026 09:12
Objet : RE: Offre AC-2026-0412 v2 - contrôle d'accès et pointage site de Ghislenghien

Bonjour Monsieur Wauters,

Après discussion avec la direction, nous marquons notre accord sur votre offre AC-2026-0412
version 2, y compris l'option B (contrat de maintenance). Pouvez-vous nous proposer des dates
d'installation en janvier ? Idéalement, le nouveau pointage démarre le 1er février.

Cordialement,
Caroline Dufrasne - Responsable RH - Logistique de la Dendre sa

> De : Marc Wauters
> Envoyé : vendredi 27 novembre 2026 14:05
> Bonjour Madame Dufrasne, veuillez trouver ci-dessous la version 2 de notre offre, adaptée
> suite à notre visite (ajout du portail camions et d'une seconde pointeuse). Bien à vous.

-----------------------------------------------------------------------------------------------
ACCESSIA srl - Contrôle d'accès - Gestion du temps - Vidéosurveillance
Avenue Lavoisier 14, 1300 Wavre - BCE BE 0823.117.406 - Entreprise certifiée INCERT

OFFRE N° AC-2026-0412 v2                    Date : 27/11/2026 - Validité : 30 jours
Client : LOGISTIQUE DE LA DENDRE sa, rue de l'Industrie 28, 7822 Ghislenghien
Votre interlocuteur : Marc Wauters, chef de projet - 0475/31 82 09

1. Objet
Remplacement des deux pointeuses à cartes actuelles (plus supportées) et du contrôle d'accès de
l'entrepôt par une solution unique pour vos 165 collaborateurs en trois équipes : badges, contrôle
d'accès sur 9 portes et le portail camions, pointage et calcul des prestations avec export
mensuel vers votre secrétariat social.

2. Matériel, installation et paramétrage (montants uniques)
Réf.    Description                                             Qté   P.U. HTVA    Total HTVA
AC-C4   Contrôleur 4 portes, alimentation secourue                2   1.240,00 €   2.480,00 €
LR-20   Lecteur de badges MIFARE DESFire EV3                     10     265,00 €   2.650,00 €
TT-7    Terminal de pointage à écran tactile (badge, sans          2   1.890,00 €   3.780,00 €
        biométrie)
VE-12   Ventouse électromagnétique 600 kg + bouton de sortie      6     310,00 €   1.860,00 €
BD-1    Badge DESFire personnalisé (logo, nom, photo)           200       6,50 €   1.300,00 €
CAB     Câblage des portes (câble blindé, goulottes)         forfait               2.150,00 €
INST    Pose et mise en service (3 jours, 2 techniciens)     forfait               2.760,00 €
PAR     Paramétrage : horaires, équipes, règles de calcul,   forfait               2.400,00 €
        export secrétariat social
FOR     Formation service RH (2 demi-journées) et            forfait                 640,00 €
        gardiens (1 heure)
                                                           Total unique HTVA      20.020,00 €

Non compris : génie civil, fourniture ou adaptation des portes et serrures existantes,
alimentation électrique et prises réseau, adaptation des portes coupe-feu.

3. Logiciel TimeAccess Cloud (abonnement)
2,10 € HTVA par collaborateur actif et par mois, soit 346,50 € HTVA par mois pour 165
collaborateurs. Compris : hébergement dans un centre de données situé dans l'Union européenne,
sauvegardes quotidiennes, mises à jour du logiciel, application mobile pour les responsables
d'équipe, calcul des prestations et export mensuel vers votre secrétariat social.

Option B - Contrat de maintenance « Sérénité » (matériel) : 1.140,00 € HTVA par an
Une visite préventive par an, mises à jour du firmware des contrôleurs et des terminaux,
intervention sur site dans les 8 heures ouvrables pour une panne bloquante (porte principale,
portail camions, pointeuse) et dans les 2 jours ouvrables pour les autres pannes, déplacements et
main-d'œuvre compris (pièces hors garantie facturées). La remise en service est assurée dans les
meilleurs délais, selon la disponibilité des pièces.

4. Reprise des données
Nous importons votre fichier du personnel ainsi que, à la date de démarrage, les soldes de congés
et les compteurs d'heures supplémentaires de chaque collaborateur, sur la base d'un fichier Excel
établi par vos soins dans notre modèle. L'historique des anciennes pointeuses n'est pas repris.

5. Délais
Livraison du matériel 3 à 4 semaines après commande ; installation en 3 jours ouvrables sur site ;
paramétrage en parallèle ; démarrage du pointage le 1er du mois qui suit la réception. Les délais
sont donnés à titre indicatif ; leur dépassement ne peut donner lieu ni à indemnité ni à
l'annulation de la commande.

6. À votre charge
- une alimentation 230 V et une prise réseau à chaque contrôleur et terminal, installées par votre
  électricien avant notre intervention ;
- vos horaires, équipes et règles de calcul (règlement de travail, CCT d'entreprise, heures
  supplémentaires) par écrit au moins deux semaines avant l'installation ;
- le fichier du personnel et des soldes dans notre modèle, au plus tard 5 jours ouvrables avant le
  démarrage ;
- l'information de votre personnel et de la délégation syndicale sur le nouveau système.

7. Réception et documentation
À la fin de l'installation, chaque porte et chaque terminal est testé en votre présence et un
procès-verbal de réception est signé. Nous vous remettons un dossier « as built » (plan des portes,
schémas de câblage, adresses IP) et les manuels d'utilisation en français. Notre service technique
conserve ce dossier et la configuration de votre installation pour toute intervention ultérieure.

8. Garantie
Matériel garanti 12 mois pièces et main-d'œuvre à compter de la réception, hors vandalisme,
surtension et mauvaise utilisation.

9. Support
Service technique et helpdesk logiciel joignables du lundi au vendredi de 8h00 à 17h00 au
010/23 48 50 ou via support@accessia.be.

10. Prix et paiement
Prix hors TVA. Matériel, installation et paramétrage : 40 % à la commande, solde à la réception.
Abonnement et option B : facturés annuellement et anticipativement à partir de la réception. Nos
factures sont payables à 30 jours date de facture. Tout travail supplémentaire (portes
additionnelles, câblage complémentaire) fait l'objet d'une offre complémentaire soumise à votre
accord préalable ; tarif technicien 78,00 € HTVA de l'heure, déplacement 45,00 € HTVA. Accessia
peut revoir chaque année les prix de l'abonnement et du contrat de maintenance ; les nouveaux
tarifs sont communiqués avec la facture annuelle.

11. Durée
L'abonnement TimeAccess Cloud et le contrat Sérénité sont conclus pour une durée initiale de
36 mois à compter de la réception, puis reconduits tacitement par périodes de 12 mois, sauf
résiliation par lettre recommandée au moins trois mois avant l'échéance. À la fin de
l'abonnement, l'historique des pointages et des prestations reste exportable aux formats CSV et
Excel depuis le logiciel pendant 30 jours.

12. Conditions
Le matériel reste la propriété d'Accessia jusqu'au paiement intégral. Le logiciel fait l'objet
d'un droit d'utilisation non exclusif pendant la durée de l'abonnement. Nos conditions générales
de vente, jointes, sont d'application ; la présente offre n'y déroge que sur les points qu'elle
règle expressément. Notre responsabilité est limitée au montant HTVA de la commande. Accessia ne
répond en aucun cas des vols, intrusions ou dégâts survenus dans vos locaux, ni d'erreurs dans le
calcul des prestations ou des salaires, même en cas de défaillance du système. Les données de
pointage sont hébergées dans l'Union européenne ; le cas échéant, une convention de sous-traitance
RGPD sera conclue séparément. Droit belge ; tribunaux de l'arrondissement du Brabant wallon.

Pour ACCESSIA srl                               Pour accord du client (date, nom, signature) :
Marc Wauters, chef de projet
(signé)                                         ...........................................
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
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
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
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 8,
    },
)

FR_T5A_ELEARNING_PLATFORM = UnseenDocument(
    name="fr_t5a_elearning_platform",
    text="""CONVENTION - PLATEFORME E-LEARNING « ACADÉMIE PRS »

Entre TANDEM LEARNING srl, rue de la Victoire 98, 1060 Saint-Gilles, BCE BE 0789.330.142,
ci-après « Tandem » ou « nous »,
et PHARMA RÉSEAU SUD scrl, rue de Marcinelle 45, 6000 Charleroi, BCE BE 0455.102.688,
ci-après « PRS » ou « vous ».

Pourquoi cette convention ?
Vous souhaitez former en ligne vos 180 collaborateurs (pharmaciens, assistants et personnel des
22 officines) : accueil des nouveaux, rappels réglementaires, formations produits. Nous mettons en
place et hébergeons pour vous une plateforme basée sur Moodle, à vos couleurs.

Ce que nous faisons pour le démarrage
- installation de la plateforme sur academie.prs.be et thème graphique à vos couleurs ;
- connexion avec vos comptes Microsoft 365 (authentification unique) ;
- création des 22 officines comme groupes et des rôles (apprenant, responsable d'officine,
  gestionnaire RH) ;
- import de vos 12 modules SCORM actuels et de la liste des 180 utilisateurs (fichier CSV que vous
  nous fournissez). Les historiques de votre ancienne plateforme ne sont pas repris : pensez à les
  exporter avant sa fermeture ;
- une formation de 2 heures en visio pour vos 3 gestionnaires et un guide d'une page pour les
  apprenants.
Ce qui n'est pas compris : la création de nouveaux contenus, les traductions et les vidéos. Les
demandes de ce type seront chiffrées ensemble le moment venu.

Calendrier
Vous nous envoyez logos, modules et fichier des utilisateurs au plus tard le 29 janvier 2027. Vos
gestionnaires testent la plateforme la semaine du 22 février ; l'ouverture aux apprenants a lieu
le 1er mars 2027, après votre validation écrite (un e-mail suffit).

Qui fait quoi
Chez nous, Sophie Lenoir (sophie@tandemlearning.be) est votre interlocutrice pendant le démarrage
et ensuite ; Maxime Brasseur s'occupe de la partie technique. Chez vous, Mme Anne Wéry (service RH)
centralise les contenus et les validations. Un point d'une heure est prévu chaque trimestre entre
Sophie et Mme Wéry pour faire le bilan (utilisation, demandes, évolutions).

L'abonnement comprend
- l'hébergement sur nos serveurs chez OVHcloud à Roubaix (France) et une sauvegarde quotidienne
  conservée 14 jours ;
- les mises à jour de sécurité de Moodle, appliquées dans la semaine de leur publication, et le
  passage à la nouvelle version majeure une fois par an (annoncé un mois à l'avance) ;
- le support pour vos gestionnaires, par e-mail à support@tandemlearning.be, du lundi au vendredi
  de 9h00 à 17h00. Nous répondons en général dans la journée.
Nous faisons de notre mieux pour que la plateforme soit accessible en permanence, mais nous ne
pouvons pas garantir une disponibilité sans interruption ; les maintenances ont lieu le soir.

Prix
- Mise en place (tout ce qui est décrit ci-dessus) : forfait de 4.800,00 € HTVA, facturé pour
  moitié à la signature et pour moitié à l'ouverture.
- Abonnement : 3,20 € HTVA par apprenant actif et par mois, avec un minimum de 300,00 € HTVA par
  mois, facturé chaque trimestre.
- Adaptations ou aide en dehors de l'abonnement : 85,00 € HTVA de l'heure.
Nos tarifs sont fixes jusqu'au 29 février 2028 ; ensuite, nous pouvons les adapter une fois par an
en vous prévenant deux mois à l'avance. Nos factures sont payables à 15 jours.

Durée
L'abonnement court un an à partir de l'ouverture et se renouvelle ensuite d'année en année, sauf
si l'une de nous deux y met fin par e-mail au moins un mois avant la date anniversaire.
Si vous nous quittez, nous vous remettons gratuitement une sauvegarde complète de la plateforme
(cours, utilisateurs, résultats) au format Moodle et l'historique des formations suivies en Excel,
puis nous supprimons vos données.

Vos contenus et vos données
Les modules que vous nous confiez restent votre propriété, et le thème graphique réalisé pour vous
vous appartient. Moodle est un logiciel libre (licence GPL) ; nos petits développements
complémentaires sont publiés sous la même licence. Nous traitons les données de vos collaborateurs
pour votre compte : le contrat de sous-traitance RGPD joint en annexe fait partie de la présente
convention.

Fait à Charleroi, le 14/12/2026, en deux exemplaires.

Pour Tandem Learning srl                      Pour Pharma Réseau Sud scrl
Sophie Lenoir, gérante                        Jean-Luc Hermans, directeur
(signé)                                       (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
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
        "team.quality": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
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
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
    },
)

FR_T5A_FLEET_TRACKING = UnseenDocument(
    name="fr_t5a_fleet_tracking",
    text="""TRAKKO BENELUX sa
CONDITIONS PARTICULIÈRES - ABONNEMENT DE GÉOLOCALISATION DE FLOTTE « TRAKKO FLEET »
Contrat n° TF-BE-2026-10937

Fournisseur : TRAKKO BENELUX sa, Leuvensesteenweg 555, 1930 Zaventem, BCE BE 0654.781.226,
ci-après « Trakko ».
Client : ENTREPRISE GÉNÉRALE BOUVIER & FILS sa, avenue Thomas Edison 12, 7000 Mons,
BCE BE 0401.883.517, représentée par M. Didier Bouvier, administrateur délégué,
ci-après « le Client ».
Votre account manager : Pieter Claes - pieter.claes@trakko.eu - 0478/55 12 40

1. Documents contractuels
Le contrat se compose des présentes conditions particulières, des conditions générales
d'abonnement Trakko version 2026.2 (annexe 1), de la description du service Trakko Fleet
(annexe 2) et de la convention de sous-traitance (annexe 3). En cas de contradiction, les
conditions générales prévalent sur les conditions particulières et sur les autres annexes. Le
Client reconnaît en avoir reçu un exemplaire et les accepter.

2. Objet
Trakko loue au Client des boîtiers de géolocalisation GPS/GSM et lui donne accès à la plateforme
web et à l'application mobile Trakko Fleet : position en temps réel, historique des trajets,
carnet de route distinguant trajets professionnels et privés (bouton vie privée), identification
du conducteur par badge, zones géographiques avec alertes et rapports de consommation.

3. Véhicules, prix et contenu de l'abonnement
Parc : 38 camionnettes et 7 camions, soit 45 véhicules.
                                                             Qté     P.U. HTVA       Total HTVA
Abonnement Fleet Pro (location du boîtier, carte SIM et        45       24,90 €    1.120,50 €/mois
communications, accès à la plateforme)
Option identification du conducteur (lecteur + badge)          45        3,50 €      157,50 €/mois
Frais d'installation par véhicule (unique)                     45       89,00 €      4.005,00 €
Frais d'activation du compte (unique)                           1      250,00 €        250,00 €
                                                         Total mensuel HTVA        1.278,00 €
                                                         Total unique HTVA         4.255,00 €
L'abonnement comprend la location et le remplacement des boîtiers défectueux, les
communications, la conservation des données pendant 12 mois glissants, les mises à jour de la
plateforme et du firmware à distance et l'accès au helpdesk.
Ne sont pas compris : le démontage des boîtiers de l'ancien fournisseur (à charge du Client), le
transfert d'un boîtier vers un autre véhicule (149,00 € HTVA par véhicule), la dégradation ou la
perte d'un boîtier (forfait de 180,00 € HTVA), l'intégration avec d'autres logiciels (API sur
devis). Les autres interventions sont facturées au tarif en vigueur, actuellement 95,00 € HTVA de
l'heure plus 0,55 € HTVA par kilomètre.

4. Installation
L'installation est réalisée par le réseau d'installateurs de Trakko sur le site du Client à Mons,
à raison de huit véhicules par jour, dans les quatre semaines de la signature, selon un planning
fixé avec le Client. Le Client met les véhicules à disposition aux dates convenues, vidés de leur
matériel de chantier ; un rendez-vous manqué est facturé 65,00 € HTVA par véhicule. Les délais
d'installation sont indicatifs.

5. Formation
Une session de formation en ligne de 1h30 pour deux gestionnaires de flotte est comprise. Des
tutoriels vidéo et un guide du conducteur sont disponibles dans l'application.

6. Helpdesk et service
6.1 Le helpdesk est joignable du lundi au vendredi de 8h00 à 18h00 au 02/808 41 70 ou via
support@trakko.eu. Il prend en charge les demandes dans les 4 heures ouvrables.
6.2 Un boîtier défectueux est remplacé sur le site du Client dans les 10 jours ouvrables du
diagnostic.
6.3 Trakko met en œuvre les moyens raisonnables pour assurer une disponibilité de la plateforme de
99 %, sans engagement de résultat. Pour l'ensemble de ses prestations, Trakko est tenue d'une
obligation de moyens.
6.4 Aucune indemnité ni réduction de redevance n'est due en cas d'indisponibilité de la
plateforme, de perte du signal GPS ou GSM ou de retard dans le remplacement d'un boîtier.
6.5 Trakko peut faire évoluer la plateforme et ses fonctionnalités à tout moment ; les mises à jour
sont installées à distance, sans frais pour le Client.
6.6 L'account manager du Client organise avec lui une revue annuelle de l'utilisation du service.

7. Données et vie privée
7.1 Le Client est responsable du traitement des données de localisation de ses travailleurs ;
Trakko agit en qualité de sous-traitant conformément à la convention de l'annexe 3 (article 28 du
RGPD). Les données sont hébergées dans l'Union européenne.
7.2 Le Client informe préalablement ses travailleurs de la finalité et des modalités de la
géolocalisation, conformément au RGPD et à la législation sociale (règlement de travail), et
paramètre les plages de vie privée.
7.3 Les données sont conservées pendant 12 mois glissants puis supprimées automatiquement. Pendant
le contrat, le Client peut exporter les trajets et rapports aux formats CSV et PDF depuis la
plateforme. L'accès est fermé à la date de fin du contrat ; un export complet de l'historique peut
être obtenu sur demande formulée avant cette date, au prix de 350,00 € HTVA.
7.4 En cas de retard de paiement de plus de 15 jours, Trakko peut suspendre l'accès du Client à la
plateforme et à ses données jusqu'au paiement intégral des sommes dues.

8. Confidentialité
Chaque partie traite comme confidentielles les informations commerciales et techniques reçues de
l'autre partie, pendant la durée du contrat et deux ans après sa fin.

9. Propriété
Les boîtiers restent la propriété de Trakko ; le Client en a la garde et les restitue dans les
30 jours de la fin du contrat, à défaut de quoi le forfait de 180,00 € HTVA par boîtier est
facturé. La plateforme et l'application font l'objet d'un droit d'utilisation non exclusif et non
cessible pendant la durée du contrat.

10. Facturation
Les redevances sont facturées mensuellement et anticipativement et payées par domiciliation
SEPA ; les frais d'installation et d'activation sont facturés avec la première redevance. Les
factures sont payables à 10 jours date de facture. Trakko peut adapter ses tarifs au 1er janvier de
chaque année en fonction de l'évolution de ses coûts, moyennant notification au Client 30 jours à
l'avance ; cette adaptation ne donne pas au Client le droit de résilier le contrat.

11. Durée et résiliation
Le contrat est conclu pour une durée de 36 mois à compter de l'installation du dernier véhicule.
Il est ensuite reconduit tacitement par périodes de 12 mois, sauf résiliation par lettre
recommandée au moins six mois avant l'échéance. Les véhicules ajoutés en cours de contrat suivent
la même échéance. En cas de résiliation anticipée par le Client, celui-ci doit une indemnité égale
à la totalité des redevances restant dues jusqu'à l'échéance de la période en cours. Trakko peut
résilier le contrat avec effet immédiat en cas de non-paiement persistant quinze jours après une
mise en demeure.

12. Responsabilité
La responsabilité de Trakko est limitée au montant des redevances payées par le Client au cours
des trois mois précédant le fait dommageable. Trakko ne répond en aucun cas du vol de véhicules
ou de marchandises, des amendes de circulation, de la perte de données, des dommages indirects ni
des conséquences des décisions prises par le Client sur la base des données de la plateforme.

13. Droit applicable
Le contrat est soumis au droit belge. Les tribunaux de l'arrondissement judiciaire de Bruxelles
sont seuls compétents.

Fait à Zaventem, le 02/12/2026, en deux exemplaires.

Pour TRAKKO BENELUX sa                            Pour ENTREPRISE GÉNÉRALE BOUVIER & FILS sa
Els Van den Broeck, sales director                Didier Bouvier, administrateur délégué
Pieter Claes, account manager
(signé)                                           (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
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
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.data_lockin": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 10,
        "response_time_hours_highest_priority": 4,
    },
)

DOCUMENTS = [
    FR_T5A_DOCUMENT_MANAGEMENT,
    FR_T5A_ACCESS_BADGES_TIME_REGISTRATION,
    FR_T5A_ELEARNING_PLATFORM,
    FR_T5A_FLEET_TRACKING,
]
