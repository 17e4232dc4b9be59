"""Held-out batch 14, French documents: a long development contract by which a Namur web agency
builds, hosts and maintains a member portal (share subscriptions, general-assembly votes) for a
Condroz citizen-energy cooperative (fixed price, warranty, first-year hosting and maintenance with
tacit yearly renewal, source code in the cooperative's own Git repository, signed by both
parties), a Walloon municipal public-procurement contract for filming, live-streaming and
archiving the municipal council meetings (equipment, price per meeting, monthly platform fee,
48 months, signed for the college and by the supplier), and a short e-mail offer by a Brussels
online-voting platform to a property manager (syndic) for online and hybrid co-owners' general
assemblies, accepted by the client's reply e-mail.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority
in hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned; items and risks whose reading was not clear are
left out rather than guessed.
"""

from .unseen_documents import UnseenDocument

FR_COOPERATIVE_MEMBER_PORTAL_DEVELOPMENT = UnseenDocument(
    name="fr_cooperative_member_portal_development",
    text="""CONTRAT DE DÉVELOPPEMENT, D'HÉBERGEMENT ET DE MAINTENANCE
Portail des coopérateurs « Mon Espace Coopérateur » - Réf. LMN-2026-118

ENTRE LUMEN NUMÉRIQUE srl, rue de Fer 24, 5000 Namur, BCE BE 0712.845.306, représentée par
M. Arnaud Delvaux, administrateur délégué, ci-après « le Prestataire »,
ET CONDROZ ÉNERGIES CITOYENNES SC, société coopérative agréée, rue du Centre 12, 4550 Nandrin,
BCE BE 0637.118.942, représentée par Mme Françoise Lhoest, présidente du conseil d'administration,
et M. Didier Collignon, administrateur, ci-après « la Coopérative ».

Article 1 - Objet et documents contractuels
1.1 Le Prestataire développe, met en production, héberge et maintient un portail web permettant
aux coopérateurs de souscrire des parts, de consulter leur portefeuille, de recevoir les
convocations et de voter aux assemblées générales.
1.2 Font partie du contrat, par ordre de priorité décroissant : a) le présent contrat ; b) le
cahier des charges fonctionnel de la Coopérative du 02/09/2026 (annexe 1) ; c) l'offre du
Prestataire n° LMN-OF-26-077 du 14/10/2026 (annexe 2) ; d) la convention de sous-traitance de
données (annexe 3). Les conditions générales du Prestataire ne s'appliquent pas.

Article 2 - Périmètre
2.1 Le prix forfaitaire couvre l'analyse fonctionnelle, les maquettes, les modules inscription,
souscription et paiement de parts (Bancontact, virement), registre des parts, dividendes et
attestations fiscales, convocations et votes en assemblée générale, espace documents,
l'administration, l'export comptable CSV vers BOB50, la reprise des données (article 8), les
tests, la formation (article 11) et la documentation.
2.2 Ne sont pas compris : les commissions du prestataire de paiement, la version néerlandaise,
une application mobile native, les courriers postaux et toute intégration autre que BOB50.

Article 3 - Prix et paiement
3.1 Développement : prix forfaitaire et ferme de 48.600,00 EUR HTVA.
3.2 Mise en place des environnements, du nom de domaine et des certificats : 950,00 EUR HTVA.
3.3 Hébergement et maintenance (article 12) : 310,00 EUR HTVA par mois à compter de la mise en
production, facturés trimestriellement à terme échu.
3.4 Le prix forfaitaire est facturé à raison de 30 % à la signature, 40 % à la réception
provisoire, 20 % à la mise en production et 10 % à la réception définitive. Les factures sont
payables à 30 jours date de facture.
3.5 Les prix sont fermes jusqu'au 31/12/2027 ; toute modification ultérieure de la redevance
requiert l'accord écrit des deux parties.

Article 4 - Modifications et travaux supplémentaires
Toute demande de modification du périmètre fait l'objet d'une fiche de changement établie par le
Prestataire dans les cinq jours ouvrables (description, impact sur le planning, montant). Aucun
travail supplémentaire n'est exécuté ni facturé sans l'approbation écrite préalable de la fiche
par la cheffe de projet de la Coopérative. Le montant est calculé au taux de 92,00 EUR HTVA de
l'heure (720,00 EUR HTVA par jour) et facturé avec la tranche suivante.

Article 5 - Planning et obligations des parties
5.1 Lancement : semaine du 11/01/2027. Analyse et maquettes validées : au plus tard le
12/02/2027. Développement en quatre sprints de deux semaines : du 15/02/2027 au 09/04/2027.
Reprise des données et recette : du 12/04/2027 au 07/05/2027. Mise en production : au plus tard
le 24/05/2027, avant la convocation de l'assemblée générale du 19/06/2027.
5.2 La Coopérative désigne une cheffe de projet, Mme Julie Hanquet, disponible une demi-journée
par semaine ; remet le registre des parts (Excel) et ses statuts au plus tard le 29/01/2027 ;
valide ou commente les maquettes et livrables dans les cinq jours ouvrables ; donne accès à son
compte auprès du prestataire de paiement ; désigne dix coopérateurs testeurs pour la recette.
5.3 Si la mise en production intervient après le 24/05/2027 pour une cause imputable au
Prestataire, celui-ci est redevable d'une pénalité de 0,5 % du prix forfaitaire par jour
ouvrable de retard, plafonnée à 10 % de ce prix. Si le retard résulte d'un manquement de la
Coopérative à l'article 5.2, les échéances sont reportées d'autant ; les jours d'immobilisation
de l'équipe ne sont facturés qu'après accord écrit de la Coopérative sur leur nombre.

Article 6 - Équipe et qualité
6.1 L'équipe du Prestataire se compose de M. Arnaud Delvaux, chef de projet ; Mme Sarah Baudoux,
développeuse principale, neuf ans d'expérience en PHP/Symfony et en applications financières ;
M. Yanis El Khattabi, développeur junior ; Mme Léa Pirson, designer UX. Le Prestataire est tenu
d'une obligation de résultat quant à la livraison des fonctionnalités décrites à l'annexe 1.
6.2 Le chef de projet et la développeuse principale ne peuvent être remplacés qu'avec l'accord
écrit préalable de la Coopérative, par une personne d'expérience équivalente, moyennant un
tuilage d'au moins cinq jours ouvrables aux frais du Prestataire.
6.3 Chaque modification du code est relue par un second développeur. Les règles du registre des
parts et du calcul des votes sont couvertes par des tests automatisés. Le portail respecte le
niveau AA des WCAG 2.1 et fait l'objet, avant la mise en production, d'un test de sécurité selon
l'OWASP Top 10 dont le rapport est remis à la Coopérative.
6.4 À la mise en production, le Prestataire remet la documentation technique (architecture,
installation, déploiement) et le manuel d'administration, et consacre une demi-journée de
passation au bénévole informatique de la Coopérative.

Article 7 - Suivi du projet
7.1 À la fin de chaque sprint, le Prestataire présente une démonstration et remet un rapport
écrit d'avancement : fonctionnalités livrées, risques, fiches de changement en cours.
7.2 Un comité de pilotage réunit chaque mois M. Delvaux, Mme Hanquet et un administrateur de la
Coopérative. Les désaccords qui n'y sont pas réglés sont soumis à l'administrateur délégué du
Prestataire et à la présidente de la Coopérative, qui se réunissent dans les dix jours ouvrables.

Article 8 - Reprise des données
Le Prestataire reprend le registre existant (environ 2.350 coopérateurs, 3.100 souscriptions
depuis 2014, dividendes 2019-2026) : conversion, dédoublonnage, contrôle des parts par catégorie
et du capital total. Deux imports d'essai précèdent l'import définitif ; un rapport de contrôle
est validé par la Coopérative avant la mise en production.

Article 9 - Recette, réception et mise en production
9.1 La Coopérative teste le portail pendant quinze jours ouvrables sur l'environnement de test,
sur la base de scénarios fournis par le Prestataire au moins dix jours à l'avance. La réception
provisoire est prononcée par procès-verbal lorsqu'aucune anomalie bloquante ou majeure ne
subsiste ; la réception définitive, à la fin de la garantie dans les mêmes conditions.
9.2 Le Prestataire met le portail en production sur des serveurs situés en Belgique, un soir de
semaine, selon un plan de bascule et de retour arrière communiqué une semaine à l'avance.

Article 10 - Garantie
Pendant six mois à compter de la réception provisoire, le Prestataire corrige gratuitement toute
anomalie de conformité à l'annexe 1 ou à la documentation, y compris celles découvertes en
production ; les anomalies bloquantes sont traitées dans un jour ouvrable.

Article 11 - Formation et accompagnement
Deux formations d'une demi-journée sont données aux administrateurs du portail à Nandrin, et
cinq tutoriels vidéo sont réalisés pour les coopérateurs. Le premier mois, le Prestataire assure
le second niveau des questions des coopérateurs transmises par le secrétariat.

Article 12 - Hébergement et maintenance
12.1 La redevance couvre l'hébergement, la sauvegarde quotidienne conservée 30 jours, la
surveillance 24h/24, la maintenance corrective, les mises à jour de sécurité du framework et du
système dans les cinq jours ouvrables de leur publication (48 heures pour les failles critiques)
et quatre heures par trimestre de petites adaptations.
12.2 Le support est joignable du lundi au vendredi de 8h30 à 17h30 via support.lumen-numerique.be
ou au 081/24 60 17 ; pendant les votes des assemblées générales, jusqu'à 22h00 par téléphone.
12.3 Prise en charge : incident bloquant 2 heures ouvrables, majeur 1 jour ouvrable, mineur
5 jours ouvrables. Rétablissement ou contournement : incident bloquant 1 jour ouvrable, majeur
5 jours ouvrables, mineur dans la version suivante.
12.4 Le portail est disponible 99,5 % du temps par mois civil, hors maintenances annoncées
48 heures à l'avance et réalisées entre 22h00 et 6h00 ; la disponibilité mesurée par une sonde
externe figure dans un rapport mensuel.
12.5 M. Delvaux reste l'interlocuteur attitré de la Coopérative ; le Prestataire tient à jour une
fiche de l'environnement (versions, paramétrage, accès).

Article 13 - Durée et fin du contrat
13.1 Le contrat prend effet à sa signature. Le volet hébergement et maintenance court douze mois
à compter de la mise en production ; il est ensuite reconduit tacitement par périodes de douze
mois, sauf résiliation par lettre recommandée au moins deux mois avant l'échéance.
13.2 La Coopérative peut mettre fin au développement avant la réception provisoire, par lettre
recommandée, en payant les tranches échues et, pour les travaux en cours, un montant au prorata
de leur avancement, plafonné à la tranche suivante.
13.3 Chaque partie peut résilier le contrat avec effet immédiat en cas de manquement grave de
l'autre partie auquel il n'est pas remédié dans les quinze jours d'une mise en demeure.
13.4 À la fin du contrat, pour quelque cause que ce soit, le Prestataire continue, à la demande
de la Coopérative, à héberger et maintenir le portail aux mêmes conditions pendant trois mois au
plus, et assiste le nouveau prestataire pour la reprise de l'hébergement ; deux jours
d'assistance sont compris, les suivants sont facturés au taux de l'article 4.
13.5 Dans les dix jours ouvrables de la demande, le Prestataire remet gratuitement un export
complet de la base de données (dump SQL et fichiers CSV par table) et des documents (PDF), puis
supprime ses copies dans les trente jours de la confirmation de bonne réception.

Article 14 - Propriété intellectuelle et code source
14.1 Au paiement de chaque tranche, les droits patrimoniaux sur les développements spécifiques
(code, maquettes, documentation) sont cédés à la Coopérative à titre exclusif, pour tous modes
d'exploitation. Les composants open source restent soumis à leur licence. Les modules génériques
du Prestataire sont concédés sous une licence non exclusive, perpétuelle et gratuite, qui
permet leur modification par un tiers.
14.2 Le code source complet et les scripts de déploiement sont versés à la fin de chaque sprint,
puis à chaque mise à jour, dans un dépôt Git appartenant à la Coopérative.

Article 15 - Confidentialité et données personnelles
15.1 Les parties gardent confidentielles les informations de l'autre partie, en particulier les
données des coopérateurs, pendant le contrat et cinq ans après sa fin.
15.2 Le Prestataire traite les données des coopérateurs en qualité de sous-traitant (article 28
du RGPD) conformément à l'annexe 3, les héberge dans l'Union européenne et notifie toute
violation de données à la Coopérative dans les 24 heures.

Article 16 - Responsabilité
La responsabilité du Prestataire est limitée au montant total du contrat (prix forfaitaire et
redevances de la première année), sauf fraude, faute grave ou manquement à l'article 15. Les
dommages indirects, tel le manque à gagner, sont exclus ; la perte de données imputable au
Prestataire, notamment par défaut de sauvegarde, n'est pas un dommage indirect.

Article 17 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis à la procédure de
l'article 7.2, puis à une médiation par un médiateur agréé. À défaut d'accord dans les 45 jours
du début de la médiation, le tribunal de l'entreprise de Liège, division Huy, est seul compétent.

Fait à Nandrin, le 04/12/2026, en deux exemplaires originaux.

Pour LUMEN NUMÉRIQUE srl              Pour CONDROZ ÉNERGIES CITOYENNES SC
Arnaud Delvaux,                       Françoise Lhoest,            Didier Collignon,
administrateur délégué                présidente du CA             administrateur
[signature]                           [signature]                  [signature]
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
        "maintenance.service_credits": "missing",
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
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

FR_COUNCIL_MEETING_STREAMING_CONTRACT = UnseenDocument(
    name="fr_council_meeting_streaming_contract",
    text="""PROVINCE DE NAMUR - COMMUNE DE GESVES
MARCHÉ PUBLIC DE SERVICES - PROCÉDURE NÉGOCIÉE SANS PUBLICATION PRÉALABLE
Captation, diffusion en direct et archivage vidéo des séances du conseil communal
Cahier spécial des charges n° 2026/SEC/014 - Bon de commande n° 2026/1187

CONDITIONS PARTICULIÈRES D'EXÉCUTION

Pouvoir adjudicateur : la Commune de Gesves, représentée par son Collège communal, pour lequel
agissent M. Olivier Renard, Bourgmestre, et Mme Anne Dethier, Directrice générale, en exécution
de la délibération du Collège du 16/11/2026, ci-après « la Commune ».
Adjudicataire : CAPTIVA MÉDIA srl, quai de la Dérivation 41, 4020 Liège, BCE BE 0694.330.817,
représentée par Mme Nathalie Wéry, gérante, ci-après « l'adjudicataire ».

1. Documents du marché
Le marché est régi par la loi du 17 juin 2016 relative aux marchés publics, l'arrêté royal du
14 janvier 2013 établissant les règles générales d'exécution, le cahier spécial des charges
n° 2026/SEC/014, l'offre de l'adjudicataire réf. CM-26-309 du 21/10/2026 et les présentes
conditions particulières. En cas de contradiction, le cahier spécial des charges prévaut sur
l'offre. Les conditions générales de vente de l'adjudicataire ne s'appliquent pas.

2. Objet
2.1 Fourniture et installation dans la salle du conseil (maison communale, 1er étage) de trois
caméras PTZ Full HD, d'un encodeur de diffusion, d'une interface avec la sonorisation existante
(micros de table) et d'un pupitre de commande pour la présidence.
2.2 Pour chaque séance publique du conseil communal (onze par an en moyenne) : réalisation à
distance par un opérateur de l'adjudicataire, diffusion en direct sur le site internet communal
et sur la chaîne YouTube de la Commune, incrustation du point de l'ordre du jour en cours,
interruption de la diffusion au passage au huis clos sur signal de la Directrice générale.
2.3 Mise en ligne de l'enregistrement intégral, chapitré par point de l'ordre du jour, au plus
tard le lendemain de la séance à 12h00, et accès public pendant toute la durée du marché.
2.4 Maintenance préventive et corrective du matériel, mises à jour du micrologiciel des caméras
et de l'encodeur et du logiciel de réalisation.
2.5 Ne sont pas compris : le sous-titrage et l'interprétation en langue des signes (option 2 du
cahier spécial des charges, non retenue), l'entretien de la sonorisation existante, la connexion
internet, et la diffusion des séances d'autres organes (conseil de l'action sociale,
commissions), qui font l'objet de bons de commande distincts.

3. Prix (montants HTVA, TVA 21 % en sus)
  Fourniture, installation, paramétrage et tests du matériel (forfait unique)     14.870,00 EUR
  Réalisation et diffusion d'une séance, quelle que soit sa durée (par séance)       240,00 EUR
  Plateforme de diffusion, hébergement des enregistrements, maintenance (par mois)    95,00 EUR
  Montant estimé du marché sur 48 mois (44 séances) :                             29.990,00 EUR
Les séances supplémentaires ou extraordinaires sont facturées au prix unitaire par séance.
Toute autre prestation (autre organe, caméra supplémentaire, déplacement du matériel) n'est
exécutée que sur la base d'un devis de l'adjudicataire approuvé par un bon de commande du
Collège préalable à son exécution.
Les prix unitaires sont révisés le 1er janvier de chaque année, pour la première fois le
1er janvier 2028, selon la formule p = P x (0,20 + 0,80 x S/S0), où S est l'indice des salaires
Agoria du mois de décembre précédent et S0 celui du mois d'octobre 2026.

4. Délais d'exécution
4.1 Installation : semaine du 04/01/2027. Séance de simulation complète : le 14/01/2027.
Première diffusion en direct : séance du conseil communal du 25/01/2027.
4.2 Tout retard dans l'installation donne lieu, sans mise en demeure, à une amende de retard de
0,1 % du montant du forfait d'installation par jour calendrier de retard, limitée à 7,5 % de ce
montant.

5. Obligations de la Commune
La Commune fournit avant le 04/01/2027 une connexion internet offrant au moins 20 Mbit/s en
émission et une prise réseau à proximité de l'encodeur ; elle communique le calendrier des
séances et l'ordre du jour au moins sept jours avant chaque séance ; elle donne accès à la salle
le jour de l'installation ; la Directrice générale ou son remplaçant déclenche le passage au huis
clos au moyen du pupitre.

6. Interlocuteurs et suivi
6.1 Pour l'adjudicataire : M. Kevin Maréchal, chef de projet et réalisateur attitré de la
Commune (0475/63 12 08, k.marechal@captiva-media.be). Pour la Commune : Mme Anne Dethier,
Directrice générale, et M. Pierre Gillard, service informatique.
6.2 L'adjudicataire transmet chaque mois un rapport indiquant les séances diffusées, leur durée,
le nombre de vues en direct et en différé, les incidents et les mesures prises.
6.3 Une réunion d'évaluation avec le Collège communal a lieu chaque année en septembre.

7. Réception, documentation, formation et garantie
7.1 La réception provisoire est constatée par procès-verbal après la séance de simulation du
14/01/2027, si l'image, le son, l'incrustation et la coupure du huis clos fonctionnent.
7.2 À la réception provisoire, l'adjudicataire remet un dossier technique (schéma de câblage,
configuration des caméras et de l'encodeur, identifiants d'administration) et un mode d'emploi
du pupitre, et forme pendant deux heures deux agents du secrétariat communal.
7.3 Le matériel est garanti 24 mois à compter de la réception provisoire, pièces, main-d'œuvre
et déplacements compris. La réception définitive a lieu à l'expiration de ce délai.

8. Niveau de service
8.1 Pendant chaque séance, l'opérateur surveille la diffusion en continu. Une ligne d'assistance
(04/229 71 50) est accessible de trente minutes avant le début jusqu'à la fin de la séance ;
l'opérateur intervient dans les quinze minutes de tout signalement.
8.2 Si la diffusion en direct ne peut être rétablie dans les trente minutes, l'enregistrement
local de la séance est mis en ligne au plus tard le lendemain à 12h00.
8.3 En dehors des séances, l'adjudicataire est joignable du lundi au vendredi de 8h30 à 17h00 par
téléphone ou à support@captiva-media.be et répond dans un jour ouvrable. Tout matériel défectueux
est réparé ou remplacé avant la séance suivante et au plus tard dans les cinq jours ouvrables.
8.4 Pour chaque séance, ou partie de séance de plus de trente minutes, non diffusée en direct du
fait d'un manquement de l'adjudicataire, une pénalité de 150,00 EUR est déduite de la facture
suivante.
8.5 Le réalisateur attitré tient à jour une fiche technique de la salle (positions et préréglages
des caméras, affectation des micros, places des conseillers).

9. Facturation et paiement
Le forfait d'installation est facturé après la réception provisoire. Les séances et la redevance
mensuelle sont facturées trimestriellement à terme échu, avec la liste des séances réalisées. Le
paiement intervient dans les 30 jours de la réception de la facture régulièrement établie.

10. Durée et fin du marché
10.1 Le marché est conclu pour une durée de 48 mois à compter de la réception provisoire. Il
n'est pas reconductible tacitement.
10.2 Les mesures d'office et la résiliation du marché sont régies par les articles 44 à 51 de
l'arrêté royal du 14 janvier 2013.
10.3 Le matériel devient la propriété de la Commune à la réception provisoire. À la fin du
marché, l'adjudicataire remet à la Commune, dans les trente jours, l'ensemble des
enregistrements au format MP4 avec leurs fichiers de chapitres, sur un disque externe.

11. Droits sur les enregistrements
La Commune est titulaire de tous les droits sur les images et enregistrements des séances.
L'adjudicataire ne peut les utiliser à d'autres fins, notamment promotionnelles, sans l'accord
écrit du Collège.

12. Confidentialité et données personnelles
12.1 Aucune partie de séance à huis clos n'est enregistrée ni diffusée. L'adjudicataire et ses
opérateurs gardent strictement confidentielles les informations dont ils auraient connaissance
lors du passage au huis clos.
12.2 Les modalités du traitement des données à caractère personnel (image et voix des
conseillers et du public, durée de conservation, information du public) seront précisées dans
une convention de traitement à conclure ultérieurement entre les parties.

13. Droit applicable et juridiction
Le marché est soumis au droit belge. Les litiges relèvent de la compétence des tribunaux de
l'arrondissement judiciaire de Namur.

Fait à Gesves, le 02/12/2026, en deux exemplaires.

Pour la Commune de Gesves,                        Pour CAPTIVA MÉDIA srl,
par le Collège communal :
La Directrice générale,      Le Bourgmestre,      Nathalie Wéry, gérante
Anne Dethier                 Olivier Renard
(signé)                      (signé)              (signé)
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
        "reporting.progress": "covered",
        "reporting.governance": "covered",
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
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "partial",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 48,
        "payment_term_days": 30,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 0.25,
    },
)

FR_CONDOMINIUM_ASSEMBLY_VOTING_OFFER = UnseenDocument(
    name="fr_condominium_assembly_voting_offer",
    text="""De : Caroline Nys <c.nys@syndic-horta.be>
À : Sophie Gilson <sophie@votalis.be>
Date : mardi 1 décembre 2026 10:12
Objet : RE: Proposition Votalis - AG en ligne et hybrides - Syndic Horta

Bonjour Sophie,

Merci encore pour la démo de la semaine passée. Nous en avons discuté en interne : c'est d'accord
pour la formule Syndic à partir du 1er janvier. Pouvez-vous activer notre compte et nous envoyer
le modèle d'import ? Notre première AG avec vote en ligne sera celle de la Résidence Flagey
(38 lots) le 21 janvier.

Bien à vous,
Caroline Nys
Gestionnaire de copropriétés - Syndic Horta srl
Rue Américaine 85, 1050 Ixelles - agréation IPI 512.336

-----Message d'origine-----
De : Sophie Gilson <sophie@votalis.be>
Envoyé : vendredi 27 novembre 2026 15:48
À : Caroline Nys <c.nys@syndic-horta.be>
Objet : Proposition Votalis - AG en ligne et hybrides - Syndic Horta

Bonjour Caroline,

Comme promis, voici notre proposition pour vos assemblées générales de copropriétaires en ligne
ou hybrides.

Ce que comprend la formule Syndic
- les convocations électroniques aux copropriétaires qui les ont acceptées (art. 3.87 du Code
  civil), avec accusé de lecture ; les autres reçoivent la convocation papier de votre part ;
- la gestion des procurations et la vérification automatique des quotes-parts et du double
  quorum ;
- le vote en séance par smartphone ou ordinateur, et l'encodage par votre gestionnaire des votes
  des copropriétaires présents en salle ;
- le calcul des majorités point par point (absolue, deux tiers, quatre cinquièmes, unanimité) ;
- le projet de procès-verbal généré au format Word et le rapport de vote en PDF ;
- les mises à jour de la plateforme, sans frais, jamais pendant une AG programmée.
Non compris : la visioconférence elle-même (vous gardez Teams ou Zoom, que nous relions à la
plateforme), l'envoi des recommandés postaux et la présence d'un technicien sur place (option).

Prix (HTVA)
- Mise en service du compte et paramétrage de vos 14 immeubles : 250 € une fois, import de vos
  listes de copropriétaires compris (fichiers Excel ou export de votre logiciel de gestion)
- Abonnement annuel formule Syndic : 1.200 € (10 AG de 60 lots au plus incluses)
- AG supplémentaire ou de plus de 60 lots : 95 € par AG
- Technicien sur place pour une AG hybride : 85 € de l'heure, déplacement compris en Région
  bruxelloise
- Autres demandes (imports complexes, reprise d'historiques, adaptations) : en régie à 85 € de
  l'heure
Nos tarifs sont revus au 1er janvier de chaque année ; nous vous en informons par e-mail en
décembre.

Mise en route
Dès votre accord par retour de mail, nous activons votre compte dans les 2 jours ouvrables et
organisons un webinaire d'une heure pour vos gestionnaires. Envoyez-nous les listes (nom, e-mail,
lots, quotes-parts) au plus tard 10 jours ouvrables avant la première AG de chaque immeuble. Vous
restez responsable de l'exactitude des quotes-parts et du consentement des copropriétaires à la
convocation électronique.

Support
Votre interlocutrice attitrée, c'est moi : je connais déjà vos immeubles et votre logiciel. Le
support est joignable du lundi au vendredi de 9h à 18h au 02/318 44 70 ou à support@votalis.be, et
pendant vos AG par une hotline jusqu'à 22h30. Nous répondons en général dans l'heure. Les
copropriétaires disposent d'une aide par chat pendant l'AG.
La plateforme est hébergée en Belgique et sauvegardée chaque nuit. Nous faisons le maximum pour
qu'elle soit disponible, mais nous ne pouvons pas garantir un fonctionnement sans interruption :
en cas de panne pendant une AG, les votes peuvent se poursuivre à main levée. Nos engagements sont
des obligations de moyens.

Données
Nous traitons les données de vos copropriétaires en tant que sous-traitant au sens du RGPD,
selon notre convention de sous-traitance publiée sur votalis.be/rgpd, qui s'applique à notre
collaboration. Vos listes et le contenu de vos AG sont traités de façon strictement
confidentielle. Vous pouvez exporter à tout moment listes, votes et procès-verbaux en Excel, Word
et PDF ; à la fin de l'abonnement, cet export reste possible pendant 6 mois, après quoi nous
supprimons les données.

Durée et conditions
L'abonnement court 12 mois à partir de l'activation et se renouvelle tacitement pour 12 mois,
sauf résiliation par e-mail un mois avant l'échéance. Facturation annuelle à l'activation,
paiement à 15 jours. Nos conditions générales (votalis.be/cg) s'appliquent et prévalent sur toute
autre condition. Notre responsabilité est limitée au montant facturé pour l'AG concernée ; nous ne
répondons pas de la validité des décisions de l'assemblée ni de leur éventuelle annulation par le
juge de paix. Droit belge, tribunaux de Bruxelles.

Cette proposition est valable jusqu'au 31 décembre 2026 ; il vous suffit de répondre à ce mail
pour la confirmer.

Belle journée,
Sophie Gilson
Customer success - Votalis srl
Boulevard Bischoffsheim 12, 1000 Bruxelles - BCE BE 0781.264.590
""",
    items={
        "agreement.general_terms": "covered",
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
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
    },
)

FR_DOCUMENTS = [
    FR_COOPERATIVE_MEMBER_PORTAL_DEVELOPMENT,
    FR_COUNCIL_MEETING_STREAMING_CONTRACT,
    FR_CONDOMINIUM_ASSEMBLY_VOTING_OFFER,
]
