"""Held-out batch 20, French documents: a convention de service by which a Namur telecom
integrator provides a cloud telephone switchboard to a Walloon CPAS (36 months, no tacit renewal,
signed by both parties), an informal e-mail offer from a freelance web developer for a cheese
shop's click-and-collect site with yearly hosting (accepted by reply e-mail), a SaaS contract for
a Liège secondary school's absences register under the publisher's terms (tacit yearly renewal,
signed by both parties), and an SLA annex for the hosting of a Brussels clinic's medical imaging
archive (many points left to the main contract, signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail or an
empty client signature line raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

FR_B20_CPAS_CLOUD_SWITCHBOARD_CONVENTION = UnseenDocument(
    name="fr_b20_cpas_cloud_switchboard_convention",
    text="""CONVENTION DE SERVICE
Central téléphonique hébergé (« PBX cloud ») pour le CPAS de Fléron
Marché public de services – procédure négociée sans publication préalable – réf. CSC 2026/014

ENTRE
le Centre Public d'Action Sociale de Fléron, rue François Lapierre 19, 4620 Fléron,
représenté par Mme Nathalie Grosjean, Présidente, et M. Olivier Lambert, Directeur général,
ci-après « le CPAS »,

ET
TELNOVA srl, chaussée de Louvain 412, 5020 Namur, BCE BE 0712.448.906,
représentée par M. Julien Masset, administrateur délégué,
ci-après « le Prestataire ».

Article 1 – Objet
Le Prestataire fournit au CPAS un service de central téléphonique hébergé pour 45 postes
(siège administratif, service social, maison de repos « Les Tilleuls »), comprenant : les
licences utilisateurs, le serveur vocal interactif (SVI), les files d'attente de l'accueil
social, la messagerie vocale vers e-mail, l'application softphone et l'hébergement de la
plateforme dans deux centres de données situés en Belgique.

Article 2 – Documents contractuels
Font partie de la présente convention, par ordre de priorité décroissant : le cahier spécial
des charges n° 2026/014, la présente convention et l'offre du Prestataire du 12 mars 2026
(réf. TN-OF-26-118). Les conditions générales du Prestataire ne sont pas applicables.

Article 3 – Périmètre et prix
3.1 Frais uniques de mise en service (paramétrage, portage des numéros, SVI, formation) :
3.850,00 € HTVA.
3.2 Redevance mensuelle : 18,50 € HTVA par poste, soit 832,50 € HTVA par mois pour 45 postes.
3.3 Montant total estimé de la convention sur 36 mois : 33.820,00 € HTVA.
3.4 Sont exclus du prix : l'achat des appareils téléphoniques (commande séparée), le câblage et
les switches du CPAS, les appels vers les numéros surtaxés et l'international hors Union
européenne, facturés au coût réel selon la grille tarifaire de l'offre.
3.5 Tout travail supplémentaire (ajout de site, reprogrammation importante du SVI) fait
l'objet d'un devis préalable et n'est exécuté qu'après un bon de commande signé par le
Directeur général. Le taux horaire applicable est de 95,00 € HTVA.
3.6 La redevance est indexée le 1er janvier de chaque année selon la formule
P = P0 x (0,2 + 0,8 x S/S0), S étant l'indice Agoria « salaires moyens nationaux ».

Article 4 – Facturation et paiement
Les frais de mise en service sont facturés après la réception (article 6). La redevance est
facturée trimestriellement à terme échu. Les factures sont payables dans les 30 jours suivant
leur réception, conformément à la réglementation des marchés publics.

Article 5 – Planning et obligations du CPAS
5.1 La mise en service intervient au plus tard 8 semaines après la notification du marché :
semaine 1-2 atelier d'analyse et plan de numérotation ; semaine 3-5 paramétrage et reprise de
l'annuaire interne, des annonces et des horaires existants ; semaine 6 tests ; semaine 7-8
portage des numéros et basculement.
5.2 Le CPAS fournit dans les 10 jours ouvrables suivant la notification la liste des
utilisateurs et des groupes d'appel, et met à disposition un réseau local avec alimentation
PoE et un VLAN voix, conformément aux prérequis de l'offre.
5.3 En cas de retard imputable au Prestataire, une pénalité de 50,00 € par jour calendrier est
appliquée, plafonnée à 5 % du montant de la convention. Les retards imputables au CPAS
reportent le planning d'autant, sans pénalité.

Article 6 – Réception
Après les tests, les parties signent un procès-verbal de réception dans les 5 jours ouvrables.
Le Prestataire remet à la réception la documentation de configuration (plan de numérotation,
schéma du SVI, liste des postes) et un guide utilisateur. Deux sessions de formation de deux
heures sont données aux agents d'accueil et aux assistants sociaux.

Article 7 – Support et niveaux de service
7.1 Le helpdesk est joignable du lundi au vendredi de 8h00 à 17h00 au 081 24 50 50 et par
e-mail à support@telnova.be ; en dehors de ces heures, une ligne d'urgence est disponible pour
les pannes totales.
7.2 Délais : panne totale (priorité 1) – prise en charge dans l'heure, rétablissement dans
les 4 heures ; panne partielle (priorité 2) – prise en charge dans les 4 heures ouvrables,
rétablissement le jour ouvrable suivant ; demande de modification – 3 jours ouvrables.
7.3 Le Prestataire garantit une disponibilité de la plateforme de 99,9 % par mois, hors
fenêtres de maintenance annoncées. Il est tenu à une obligation de résultat sur ce niveau.
7.4 Pour chaque tranche de 0,1 % sous ce niveau, le CPAS reçoit une note de crédit de 5 % de
la redevance mensuelle, avec un maximum de 25 %.
7.5 Les mises à jour et correctifs de sécurité de la plateforme sont inclus ; les interventions
planifiées sont annoncées 5 jours ouvrables à l'avance et réalisées entre 20h00 et 6h00.
7.6 Un gestionnaire de compte dédié, Mme Élodie Rensonnet, est l'interlocuteur unique du CPAS.
La chef de projet pour la mise en service est Mme Sarah Collard. Le Prestataire tient à jour
une fiche d'environnement du CPAS accessible à son helpdesk.

Article 8 – Rapports et suivi
Le Prestataire transmet chaque trimestre un rapport reprenant la disponibilité mesurée, les
tickets ouverts et clôturés et les délais réalisés. Une réunion de suivi a lieu tous les six
mois. En cas de difficulté, l'escalade se fait du gestionnaire de compte au directeur des
opérations du Prestataire, puis à l'administrateur délégué.

Article 9 – Durée et fin
9.1 La convention est conclue pour 36 mois à compter de la réception. Elle prend fin de plein
droit à son terme, sans reconduction tacite.
9.2 Chaque partie peut y mettre fin à l'issue de la première année moyennant un préavis de
trois mois notifié par lettre recommandée. Le CPAS peut résilier sans préavis en cas de
manquement grave non corrigé dans les 30 jours d'une mise en demeure.
9.3 En fin de convention, le Prestataire assiste le portage des numéros vers le nouveau
prestataire désigné par le CPAS et maintient le service aux mêmes conditions jusqu'au portage
effectif, pendant trois mois au plus.
9.4 Le Prestataire remet, dans les 30 jours suivant la fin, un export de la configuration, de
l'annuaire (format CSV) et des annonces vocales (format WAV), puis supprime les données.

Article 10 – Propriété intellectuelle
Le Prestataire reste titulaire des droits sur la plateforme ; le CPAS dispose d'un droit
d'utilisation non exclusif pendant la durée de la convention. Les annonces enregistrées et les
données du CPAS restent sa propriété.

Article 11 – Confidentialité et données personnelles
Le Prestataire et son personnel sont tenus au secret sur toutes les informations relatives aux
usagers du CPAS dont ils prendraient connaissance. Le Prestataire agit en qualité de
sous-traitant au sens de l'article 28 du RGPD ; la convention de sous-traitance jointe en
annexe 2 précise les données traitées (journaux d'appels, messagerie vocale), les mesures de
sécurité et l'hébergement exclusif des données en Belgique.

Article 12 – Responsabilité
La responsabilité du Prestataire est limitée au montant total de la convention, sauf en cas de
dol, de faute grave ou de dommage corporel.

Article 13 – Litiges
Les parties tentent de régler tout différend par une concertation entre le Directeur général
et l'administrateur délégué dans les 15 jours de sa notification. À défaut, la convention est
régie par le droit belge et les tribunaux de l'arrondissement judiciaire de Liège sont seuls
compétents.

Fait à Fléron, le 2 avril 2026, en deux exemplaires.

Pour le CPAS,                                    Pour TELNOVA srl,
Nathalie Grosjean, Présidente                    Julien Masset, administrateur délégué
Olivier Lambert, Directeur général
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
        "contract_term_months": 36,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.9,
    },
)

FR_B20_CHEESE_SHOP_CLICK_COLLECT_OFFER = UnseenDocument(
    name="fr_b20_cheese_shop_click_collect_offer",
    text="""De : Maxime Delvaux <maxime@delvaux-web.be>
À : Claire Henrard <fromagerie.henrard@gmail.com>
Objet : Votre site click & collect – ma proposition
Date : 14 septembre 2026

Bonjour Claire,

Merci encore pour le café et la dégustation de samedi ! Comme promis, voici ma proposition
pour le site de la Fromagerie Henrard, avec commande en ligne et retrait au magasin
(rue de Fer 27, Namur).

Ce que je fais, pour un forfait de 4.200,00 € HTVA :
- un site WordPress + WooCommerce sur base d'un thème premium, adapté à vos couleurs et à
  votre logo (page d'accueil, la fromagerie, nos producteurs, contact, boutique) ;
- le module click & collect : choix du créneau de retrait (mardi au samedi, par tranches de
  30 minutes), limite de commandes par créneau, e-mail de confirmation au client ;
- le paiement en ligne par Bancontact et carte via Mollie ;
- l'import de votre liste de fromages (le fichier Excel de votre caisse, jusqu'à 150
  produits) avec prix au kilo et à la pièce ;
- une formation d'1h30 au magasin pour vous et Lucas : ajouter un produit, gérer les
  commandes et les créneaux ;
- un petit guide PDF et tous les accès administrateur.

Ce qui n'est pas compris : les photos professionnelles (je peux vous recommander quelqu'un),
la traduction en néerlandais, les frais de transaction Mollie (payés directement à Mollie)
et la livraison à domicile.

Planning : je peux commencer le 1er octobre. Je compte 5 semaines, donc une mise en ligne
vers le 5 novembre, bien avant les fêtes. Pour ça, j'ai besoin de vos textes, de vos photos
et du fichier produits pour le 10 octobre au plus tard. Si je les reçois plus tard, la mise
en ligne glisse d'autant, ce n'est pas un drame mais je préfère vous prévenir.

Pendant le développement, je vous envoie chaque vendredi un petit mail avec l'avancement et le
lien vers le site de test. Avant la mise en ligne, vous passez une commande test de A à Z sur
le site de test et vous me donnez votre feu vert ; je ne mets rien en ligne sans votre accord.

Paiement : 40 % à la commande, le solde à la mise en ligne. Mes factures sont payables à
15 jours.

Après la mise en ligne, je corrige gratuitement pendant 3 mois tout ce qui ne fonctionne pas
comme prévu. Les demandes en plus (nouvelle page, bon cadeau, livraison…) sont facturées
65,00 € HTVA de l'heure ; je vous envoie toujours un petit devis avant de commencer, et rien
n'est fait sans votre OK.

Hébergement et entretien : 25,00 € HTVA par mois, facturés une fois par an. C'est l'hébergement
chez Combell, le nom de domaine fromagerie-henrard.be, une sauvegarde chaque nuit, les mises à
jour de WordPress, de WooCommerce et des extensions (y compris les mises à jour de sécurité)
et jusqu'à 30 minutes de petites modifications par mois. C'est pour un an et ça se renouvelle
automatiquement chaque année ; vous pouvez arrêter quand vous voulez avec un mois de préavis
par simple mail.

Pour me joindre : par mail ou au 0478 62 19 05, du mardi au samedi de 9h à 18h (je me cale sur
vos jours d'ouverture). Je fais de mon mieux pour réagir le jour même, mais je travaille seul
et je ne peux pas vous promettre un délai. Je ne peux pas non plus garantir que le site soit
en ligne 100 % du temps, ça dépend aussi de l'hébergeur.

Le site, les textes et les photos sont à vous une fois le forfait payé ; le thème et les
extensions restent sous leur propre licence. Si un jour vous voulez changer de prestataire, je
vous donne une copie complète du site et de la base de données, et je transfère le nom de
domaine à votre nom.

Si tout vous convient, un simple « OK pour la proposition » en réponse à ce mail suffit et je
vous envoie la facture d'acompte.

Belle journée et à bientôt à la fromagerie,
Maxime

Maxime Delvaux – développeur web indépendant
Rue des Brasseurs 8, 5000 Namur – TVA BE 0789.332.417
""",
    items={
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 90,
    },
)

FR_B20_SCHOOL_ABSENCE_REGISTER_SAAS = UnseenDocument(
    name="fr_b20_school_absence_register_saas",
    text="""CONTRAT D'ABONNEMENT AU SERVICE « PRÉSENCIA »
Registre des présences et des absences en ligne

Entre :
SCOLARIS SOLUTIONS srl, rue Saint-Gilles 58, 4000 Liège, BCE BE 0698.514.223, ci-après
« l'Éditeur », représentée par M. François Dethier, gérant ;

et :
l'ASBL Pouvoir Organisateur de l'Institut Sainte-Véronique, rue Rennequin-Sualem 15, 4000 Liège,
ci-après « l'École », représentée par Mme Catherine Wilmotte, directrice.

1. Objet
L'Éditeur met à la disposition de l'École, en mode SaaS, l'application Présencia : prise des
présences par cours sur tablette ou PC, justification des absences, calcul des demi-jours
d'absence injustifiée, signalement automatique à partir de 9 demi-jours, notifications aux
parents par e-mail et via l'application mobile, exports pour la Direction générale de
l'Enseignement obligatoire.

2. Conditions applicables
Les conditions générales d'utilisation de l'Éditeur (version 4.2, disponibles sur
www.presencia.be/cgu) font partie intégrante du présent contrat. En cas de contradiction, elles
prévalent sur toute condition ou tout bon de commande de l'École.

3. Prix
3.1 Frais d'activation uniques : 450,00 € HTVA, comprenant le paramétrage de l'établissement
(classes, horaires, motifs d'absence) et l'import initial des élèves et des enseignants à
partir de l'export CSV de ProEco fourni par l'École.
3.2 Abonnement : 2,40 € HTVA par élève et par année scolaire, soit 1.872,00 € HTVA pour
780 élèves. L'abonnement comprend l'accès à toutes les fonctionnalités décrites à l'article 1,
l'hébergement, le support et les nouvelles versions.
3.3 Ne sont pas compris : les SMS aux parents (0,08 € HTVA par SMS), les tablettes et le
réseau Wi-Fi de l'École, ainsi que les développements spécifiques, réalisés uniquement sur
devis préalable accepté par écrit par l'École.
3.4 L'Éditeur peut adapter ses tarifs pour chaque nouvelle année scolaire, en informant
l'École au moins deux mois avant le 1er septembre.
3.5 L'abonnement est facturé en septembre pour l'année scolaire entière, les frais
d'activation à la signature. Les factures sont payables à 30 jours date de facture. En cas
de non-paiement après rappel, l'Éditeur peut suspendre l'accès au service.

4. Mise en route
L'accès est ouvert dans les 10 jours ouvrables suivant la réception de l'export des élèves.
L'École désigne un référent (éducateur ou secrétaire de direction), fournit l'export ProEco
et la liste des enseignants au plus tard le 25 août, et veille à informer les parents de
l'utilisation du service. L'Éditeur donne un webinaire de formation de deux heures aux
éducateurs et met à disposition des tutoriels vidéo pour les enseignants.

5. Support et disponibilité
5.1 Le support est accessible par le formulaire en ligne et au 04 221 87 40, les jours
scolaires de 7h30 à 16h30. Il couvre l'aide à l'utilisation et la correction des anomalies.
L'Éditeur s'engage à traiter les demandes dans les meilleurs délais.
5.2 L'Éditeur s'efforce d'assurer une disponibilité du service de 99 %, hors maintenances
programmées. Il s'agit d'une obligation de moyens. Aucune indemnité ni réduction de prix
n'est due en cas d'indisponibilité.
5.3 Les nouvelles versions et les correctifs sont déployés sans frais, de préférence pendant
les congés scolaires ; les correctifs de sécurité sont appliqués dès que nécessaire.
5.4 M. Kevin Jacquemin, gestionnaire de compte, est l'interlocuteur de l'École pour toute
question contractuelle ou de paramétrage.

6. Durée
Le contrat prend cours à la signature et couvre l'année scolaire 2026-2027 (jusqu'au
31 août 2027). Il est ensuite reconduit tacitement par périodes d'un an, sauf résiliation par
l'une des parties par lettre recommandée au moins trois mois avant l'échéance. Chaque partie
peut en outre résilier le contrat en cas de manquement grave de l'autre partie, non corrigé
30 jours après une mise en demeure.

7. Données à caractère personnel
L'Éditeur traite les données des élèves, des parents et du personnel en qualité de
sous-traitant de l'École, conformément au RGPD et à la convention de traitement jointe en
annexe, qui décrit les catégories de données, les mesures de sécurité et les sous-traitants
ultérieurs. Les données sont hébergées dans l'Union européenne (Francfort). À la fin du
contrat, l'École peut demander, dans les 30 jours, un export complet de ses données au format
CSV ; les données sont ensuite effacées dans les 60 jours.

8. Confidentialité
Chaque partie garde confidentielles les informations de l'autre partie dont elle a
connaissance dans le cadre du contrat, pendant sa durée et cinq ans après sa fin.

9. Propriété intellectuelle
L'Éditeur reste seul titulaire des droits sur l'application Présencia. L'École reçoit un droit
d'utilisation non exclusif et non cessible pour la durée du contrat. Les données encodées
restent la propriété de l'École.

10. Responsabilité
La responsabilité de l'Éditeur est limitée aux dommages directs et ne peut dépasser le montant
payé par l'École au cours des douze derniers mois. L'Éditeur n'est en aucun cas responsable
de la perte ou de l'altération de données, ni des dommages indirects.

11. Droit applicable
Le contrat est soumis au droit belge. Les tribunaux de Liège sont seuls compétents.

Fait à Liège le 19 juin 2026, en deux exemplaires.

Pour l'Éditeur                                   Pour l'École
François Dethier, gérant                         Catherine Wilmotte, directrice
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
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
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
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
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.unsigned": False,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
    },
)

FR_B20_CLINIC_IMAGING_ARCHIVE_SLA_ANNEX = UnseenDocument(
    name="fr_b20_clinic_imaging_archive_sla_annex",
    text="""ANNEXE 2 – ACCORD DE NIVEAU DE SERVICE (SLA)
Hébergement de l'archive d'imagerie médicale (VNA) de la Clinique Saint-Hubert
au Contrat d'hébergement n° DH-2025-077 du 3 février 2025 (ci-après « le Contrat »)

Parties : la Clinique Saint-Hubert ASBL, avenue Brugmann 290, 1180 Uccle (« la Clinique »), et
DATAHAVEN BELGIUM sa, Leuvensesteenweg 510, 1930 Zaventem (« le Prestataire »).

1. Portée de l'annexe
1.1 La présente annexe fixe les niveaux de service applicables à l'hébergement de l'archive
neutre (VNA) qui conserve les examens DICOM de la Clinique (radiologie, scanner, IRM,
mammographie), soit environ 120 To à la date de signature.
1.2 Elle fait partie intégrante du Contrat. En cas de contradiction, la présente annexe
prévaut sur le Contrat pour ce qui concerne les niveaux de service ; pour le reste, le Contrat
prévaut. Les conditions générales du Prestataire ne s'appliquent pas.
1.3 Sont compris : l'infrastructure de stockage répliquée dans deux centres de données en
Belgique (Zaventem et Anvers), la surveillance 24h/24, les sauvegardes, les tests de
restauration semestriels, la gestion du système d'exploitation et de la base de données de la
VNA. Sont exclus : les modalités d'imagerie, le réseau interne de la Clinique, le PACS et ses
postes de visualisation, qui relèvent d'autres fournisseurs.

2. Redevance
2.1 La redevance mensuelle s'élève à 6.480,00 € HTVA pour une capacité de 120 To. Chaque
To supplémentaire est facturé 38,00 € HTVA par mois.
2.2 La redevance est indexée chaque année au 1er février selon la formule prévue à
l'article 7 du Contrat (indice Agoria).
2.3 Les modalités de facturation et de paiement sont celles du Contrat.
2.4 Les interventions hors périmètre ne sont exécutées que sur bon de commande préalable de la
Clinique, au tarif journalier de 1.150,00 € HTVA.

3. Disponibilité
3.1 Le Prestataire garantit une disponibilité de l'archive de 99,95 %, mesurée chaque mois
calendrier, hors fenêtres de maintenance planifiées.
3.2 Les fenêtres de maintenance ont lieu le dimanche entre 2h00 et 6h00, sont annoncées au
moins 10 jours calendrier à l'avance et ne dépassent pas 8 heures par trimestre.
3.3 Objectifs de restauration : perte de données maximale (RPO) de 15 minutes, remise en
service après sinistre d'un centre de données (RTO) de 4 heures.

4. Support et délais d'intervention
4.1 Le centre de support est joignable 24h/24 et 7j/7 au 02 719 30 30 pour les priorités 1
et 2, et par le portail de tickets pour toutes les demandes. Les priorités 3 et 4 sont
traitées les jours ouvrables de 8h00 à 18h00.
4.2 Délais :
Priorité 1 (archive inaccessible ou perte de données) : réaction 30 minutes, résolution ou
solution de contournement 4 heures.
Priorité 2 (lenteur importante, un site de réplication hors service) : réaction 2 heures,
résolution 8 heures.
Priorité 3 (dysfonctionnement sans impact sur les soins) : réaction 1 jour ouvrable,
résolution 5 jours ouvrables.
Priorité 4 (demande de service) : réaction 2 jours ouvrables.
4.3 Les correctifs de sécurité critiques sont appliqués dans les 72 heures de leur
publication, les autres correctifs et mises à jour dans les 30 jours, durant les fenêtres de
maintenance.

5. Crédits de service
5.1 Disponibilité mensuelle inférieure à 99,95 % : crédit de 5 % de la redevance mensuelle ;
inférieure à 99,8 % : 10 % ; inférieure à 99,5 % : 20 %.
5.2 Chaque dépassement du délai de réaction d'une priorité 1 donne lieu à un crédit de 2 % de
la redevance mensuelle.
5.3 Les crédits sont plafonnés à 20 % de la redevance mensuelle et déduits de la facture
suivante. Ils ne privent pas la Clinique de son droit de réclamer réparation de son dommage.
5.4 Si la disponibilité est inférieure à 99,0 % pendant trois mois consécutifs, la Clinique
peut résilier le Contrat sans indemnité.

6. Organisation
6.1 Le Prestataire désigne un Service Delivery Manager, M. Pieter Van Acker, interlocuteur de
la Clinique, qui tient à jour la documentation d'exploitation de l'environnement de la
Clinique (architecture, flux DICOM, procédures). Tout remplacement est annoncé un mois à
l'avance et accompagné d'une passation avec son successeur, sans frais pour la Clinique.
6.2 Les incidents de priorité 1 et 2 sont traités par des ingénieurs de niveau 2 ayant au
moins trois ans d'expérience en environnement PACS/DICOM. Le Prestataire maintient la
certification ISO 27001 de ses centres de données et de ses processus d'exploitation.
6.3 Le Prestataire transmet chaque mois, au plus tard le 10e jour ouvrable, un rapport de
service reprenant la disponibilité mesurée, les incidents par priorité, les délais réalisés et
les crédits dus.
6.4 Un comité de service se réunit chaque trimestre (responsable IT de la Clinique, Service
Delivery Manager, responsable de la sécurité). Tout différend relatif aux niveaux de service
est d'abord soumis à ce comité, puis aux directions générales des deux parties, avant toute
action judiciaire.

7. Obligations de la Clinique
La Clinique signale les incidents par le numéro d'urgence ou le portail, maintient les deux
liaisons VPN de son côté et informe le Prestataire au moins 5 jours ouvrables à l'avance de
toute modification de son réseau ou de ses modalités ayant un impact sur les flux vers la VNA.

8. Données
Le Prestataire agit en qualité de sous-traitant au sens de l'article 28 du RGPD pour les
données de santé contenues dans l'archive. Les données sont chiffrées au repos (AES-256) et
ne quittent pas la Belgique. Le personnel du Prestataire ayant accès à l'environnement signe
un engagement de confidentialité. La convention de sous-traitance (annexe 3 du Contrat)
s'applique pour le surplus.

9. Fin du Contrat
9.1 À la fin du Contrat, quelle qu'en soit la cause, le Prestataire restitue l'ensemble des
examens au format DICOM standard, avec les index de la base de données, dans les 60 jours, et
assiste la migration vers le nouveau prestataire au tarif journalier de l'article 2.4. Il
continue d'assurer le service aux conditions de la présente annexe pendant la migration,
pendant six mois au plus.
9.2 La présente annexe suit la durée du Contrat. La responsabilité du Prestataire reste régie
par l'article 14 du Contrat.

Fait à Uccle, le 9 octobre 2026.

Pour la Clinique Saint-Hubert ASBL                  Pour DATAHAVEN BELGIUM sa
Dr Anne-Sophie Lejeune, directrice générale          Pieter Van Acker, Service Delivery Manager
Marc Feyaerts, directeur informatique                Sofie Janssens, directrice commerciale
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "partial",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
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
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.95,
    },
)

FR_DOCUMENTS = [
    FR_B20_CPAS_CLOUD_SWITCHBOARD_CONVENTION,
    FR_B20_CHEESE_SHOP_CLICK_COLLECT_OFFER,
    FR_B20_SCHOOL_ABSENCE_REGISTER_SAAS,
    FR_B20_CLINIC_IMAGING_ARCHIVE_SLA_ANNEX,
]
