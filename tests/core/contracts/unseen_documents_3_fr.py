"""The French documents of the third held-out batch (see unseen_documents_3.py): a Walloon price
offer for an accounting/ERP implementation, a third-party application maintenance contract (TMA)
with priority levels and penalties, and special conditions for managed cloud hosting. Written and
labelled on 2026-12-04 before the analyser was run on them."""

from .unseen_documents import UnseenDocument

FR_ERP_OFFER = UnseenDocument(
    name="fr_erp_offer",
    text="""ARDENNE GESTION INFORMATIQUE SRL
Rue des Chasseurs Ardennais 12 - 6900 Marche-en-Famenne
TVA BE 0823.554.019 - info@ardenne-gestion.be - 084 31 72 00

                                              Menuiserie Collignon SA
                                              À l'attention de M. Benoît Collignon
                                              Chaussée de Dinant 88
                                              5590 Ciney

Marche-en-Famenne, le 18 octobre 2027

OFFRE DE PRIX N° AGI-2027-057
Objet : mise en place du logiciel de gestion ComptaPlus ERP (comptabilité, facturation, stocks)

Monsieur Collignon,

Suite à notre rencontre du 5 octobre, nous avons le plaisir de vous remettre notre proposition
pour le remplacement de votre logiciel comptable actuel et de votre facturation sur tableur par
ComptaPlus ERP, en mode hébergé, pour un démarrage au 1er janvier 2028.

1. DÉROULEMENT DU PROJET
Phase 1 - Analyse (semaines 44 et 45) : deux ateliers avec votre comptable et votre responsable
administratif ; rédaction du document de paramétrage.
Phase 2 - Paramétrage (semaines 46 à 48) : plan comptable, journaux, codes TVA, modèles de
factures et de devis, articles et listes de prix.
Phase 3 - Reprise de données (semaine 49) : reprise des fiches clients et fournisseurs (environ
1.800), des articles et des soldes d'ouverture au 31 décembre 2027. L'historique des écritures
n'est pas repris ; il reste consultable dans votre ancien logiciel.
Phase 4 - Formation (semaine 50) : trois demi-journées dans vos locaux pour les cinq
utilisateurs (comptabilité, facturation, gestion des stocks).
Phase 5 - Recette (semaines 50 et 51) : vous testez le logiciel paramétré sur base des scénarios
de test définis en phase 1. Vous disposez de dix jours ouvrables pour nous signaler par écrit les
anomalies bloquantes. La recette est constatée par un procès-verbal signé par les deux parties.
Phase 6 - Démarrage (2 janvier 2028) : mise en production et deux jours d'assistance au démarrage
sur site.

2. VOS ENGAGEMENTS
Vous désignez un utilisateur référent disponible une demi-journée par semaine pendant le projet.
Vous nous transmettez pour le 15 novembre 2027 les exportations de votre ancien logiciel
(clients, fournisseurs, articles) au format Excel, après en avoir supprimé les doublons.

3. ÉQUIPE
Chef de projet : Julien Lambert. Consultante comptabilité et fiscalité : Aurélie Henrard.

4. BUDGET
| Poste                                          | Jours | Montant HTVA    |
| Analyse                                        | 3     | 2.640,00 EUR    |
| Paramétrage                                    | 8     | 6.080,00 EUR    |
| Reprise de données                             | 4     | 3.040,00 EUR    |
| Formation                                      | 1,5   | 1.140,00 EUR    |
| Recette et corrections                         | 3     | 2.280,00 EUR    |
| Démarrage et assistance                        | 2     | 1.520,00 EUR    |
| Frais d'installation et d'ouverture de l'environnement hébergé (forfait) | - | 650,00 EUR |
| Total du projet                                | 21,5  | 17.350,00 EUR   |
Les journées sont facturées au tarif de 760,00 EUR HTVA (consultant) et de 880,00 EUR HTVA
(chef de projet, analyse). Le nombre de jours est une estimation ; les prestations sont facturées
sur base des jours réellement prestés. Tout dépassement de plus de 10 % du budget estimé est
soumis à votre accord écrit préalable.

Abonnement ComptaPlus ERP hébergé : 5 utilisateurs à 38,00 EUR HTVA par utilisateur et par mois,
soit 190,00 EUR HTVA par mois, facturés trimestriellement, à partir du 1er janvier 2028.

5. CONDITIONS DE PAIEMENT
Acompte de 30 % du budget à la signature de la présente offre ; le solde est facturé à la fin de
chaque mois selon les jours prestés. Nos factures sont payables dans les trente jours suivant
leur date d'émission.

6. GARANTIE
Les modalités de garantie sont précisées dans nos conditions générales.

7. CONDITIONS
La présente offre est valable quarante-cinq jours. Elle est soumise à nos conditions générales de
vente, ci-jointes, à l'exclusion de vos conditions d'achat.

En espérant que cette proposition retiendra votre attention, nous vous prions d'agréer,
Monsieur Collignon, l'expression de nos salutations distinguées.

Thomas Lejeune
Gérant

Bon pour accord
Pour Menuiserie Collignon SA (nom, fonction, date et signature précédée de la mention
« lu et approuvé ») :

_______________________________________
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "partial",
        "rollout.user_support": "covered",
        "maintenance.availability": "missing",
        "maintenance.response_time": "missing",
        "maintenance.service_credits": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.open_ended_cost": False,
        "risk.auto_renewal": False,
    },
    figures={"payment_term_days": 30},
)

FR_TMA_CONTRACT = UnseenDocument(
    name="fr_tma_contract",
    text="""CONTRAT DE TIERCE MAINTENANCE APPLICATIVE
Application « DossierNet » de gestion des sinistres

ENTRE
Assurances Delvaux SA, dont le siège est établi boulevard Mélot 31, 5000 Namur, inscrite à la BCE
sous le numéro 0401.733.265, représentée par Mme Caroline Delvaux, administratrice déléguée,
ci-après dénommée « le Client » ;
ET
Codialis SA, dont le siège est établi rue Émile Francqui 6, 1435 Mont-Saint-Guibert, inscrite à
la BCE sous le numéro 0876.110.482, représentée par M. Grégory Dumont, directeur général,
ci-après dénommée « le Prestataire ».

Article 1 - Objet
Le Client confie au Prestataire la maintenance de l'application DossierNet, développée sur mesure
en PHP/Symfony par un précédent fournisseur et hébergée dans le centre de données du Client. Le
Prestataire assure :
a) la maintenance corrective : diagnostic et correction des anomalies ;
b) la maintenance préventive : surveillance des journaux et des performances, revue trimestrielle
du code et des dépendances ;
c) la maintenance adaptative : adaptation aux nouvelles versions de PHP, de Symfony et de la base
de données ; les mises à jour de sécurité des dépendances sont appliquées dans les dix jours
ouvrés suivant leur publication ;
d) la maintenance évolutive : petites évolutions, à concurrence de dix jours par an inclus dans la
redevance.

Article 2 - Prise de connaissance
Du 1er février au 15 mars 2027, le Prestataire reprend la connaissance de l'application auprès du
Client et du précédent fournisseur. Il constitue un dossier de maintenance décrivant
l'architecture, l'environnement technique, les procédures de déploiement et les interlocuteurs du
Client, qu'il tient à jour pendant toute la durée du contrat.

Article 3 - Niveaux de priorité et délais
| Priorité  | Définition                                | Intervention     | Rétablissement    |
| Bloquante | DossierNet indisponible, perte de données | 2 heures ouvrées | 8 heures ouvrées  |
| Majeure   | fonction importante inutilisable          | 4 heures ouvrées | 3 jours ouvrés    |
| Mineure   | gêne limitée ou contournement disponible  | 2 jours ouvrés   | prochaine version |
Colonne « Intervention » : délai d'intervention ; colonne « Rétablissement » : délai de
rétablissement.
Le délai d'intervention court à partir de l'enregistrement de la demande dans l'outil de tickets
jusqu'à la prise en charge effective par un ingénieur ; le délai de rétablissement, jusqu'à la
livraison d'une correction ou d'une solution de contournement. Ces délais constituent des
obligations de résultat.
Le support est joignable les jours ouvrables de 8h00 à 18h00 via l'outil de tickets du
Prestataire et par téléphone au 010 88 45 00.

Article 4 - Pénalités
En cas de dépassement du délai de rétablissement d'une anomalie bloquante, le Prestataire est
redevable d'une pénalité de 1 % de la redevance mensuelle par heure ouvrée de retard, plafonnée
à 15 % de la redevance mensuelle. Les pénalités sont déduites de la facture suivante.

Article 5 - Équipe
Responsable TMA : Nathalie Gérard ; suppléant : Olivier Piron. Le Prestataire informe le Client au
moins un mois à l'avance de tout changement dans l'équipe affectée à DossierNet et assure à ses
frais un tuilage de deux semaines entre l'ancien et le nouveau membre.

Article 6 - Pilotage
Le Prestataire remet chaque mois un rapport d'activité : demandes reçues et clôturées par
priorité, respect des délais, pénalités éventuelles, évolutions réalisées et jours consommés. Un
comité de suivi mensuel réunit la responsable TMA et le chef de projet du Client ; un comité de
pilotage trimestriel réunit en outre le directeur informatique du Client et le directeur
général du Prestataire.

Article 7 - Prix
7.1 La redevance forfaitaire s'élève à 4.850,00 EUR HTVA par mois. Elle est facturée
trimestriellement à terme échu ; les factures sont payables à quarante-cinq jours date de
facture.
7.2 Les évolutions au-delà des dix jours inclus font l'objet d'un devis en unités d'œuvre au
tarif de 720,00 EUR HTVA par jour, exécuté uniquement après acceptation écrite du Client.
7.3 La redevance et le tarif journalier sont révisés chaque 1er février selon la formule
P = P0 x (0,2 + 0,8 x S/S0), où S est l'indice Agoria des salaires de référence.

Article 8 - Durée
Le contrat prend effet le 1er février 2027 pour une durée de trois ans. Il ne se renouvelle pas
tacitement ; les parties peuvent convenir par écrit d'un renouvellement au plus tard six mois
avant son échéance.

Article 9 - Résiliation
9.1 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre partie, auquel
il n'a pas été remédié dans les trente jours d'une mise en demeure par lettre recommandée.
9.2 Le Client peut en outre résilier le contrat à tout moment moyennant un préavis de trois mois.

Article 10 - Réversibilité
À la fin du contrat, quelle qu'en soit la cause, le Prestataire transfère au Client ou au
nouveau prestataire désigné par lui, pendant une période de deux mois, l'ensemble des
connaissances nécessaires : dossier de maintenance à jour, code source, scripts de déploiement,
historique des tickets, et au moins cinq journées de passation avec la nouvelle équipe. Il
continue d'assurer la maintenance corrective pendant cette période.

Article 11 - Propriété intellectuelle
Le code source de DossierNet et de toutes les évolutions réalisées par le Prestataire appartient
au Client. Le Prestataire dépose chaque livraison dans le dépôt Git du Client.

Article 12 - Confidentialité et données à caractère personnel
12.1 Le Prestataire garde strictement confidentielles les informations du Client et de ses
assurés, pendant le contrat et cinq ans après sa fin.
12.2 Pour les données à caractère personnel auxquelles il a accès, le Prestataire agit en
qualité de sous-traitant au sens de l'article 28 du RGPD, selon les clauses de l'annexe 3.

Article 13 - Responsabilité
La responsabilité du Prestataire est limitée au montant des redevances payées au cours des douze
mois précédant le fait générateur. Elle n'est pas limitée en cas de faute intentionnelle.

Article 14 - Litiges
Tout différend est d'abord soumis à un comité de pilotage extraordinaire réuni dans les quinze
jours. À défaut d'accord, les parties peuvent recourir à une médiation avant toute action en
justice. Le contrat est régi par le droit belge ; les tribunaux de Namur sont seuls compétents.

Fait à Namur, le 20 janvier 2027, en deux exemplaires originaux.

Pour le Client,                          Pour le Prestataire,
Caroline Delvaux                         Grégory Dumont
Administratrice déléguée                 Directeur général
""",
    items={
        "agreement.signed_both": "covered",
        "budget.project_cost": "missing",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.best_efforts_only": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unilateral_change": False,
    },
    figures={
        "contract_term_months": 36,
        "notice_period_days": 90,
        "payment_term_days": 45,
        "response_time_hours_highest_priority": 2,
    },
)

FR_HOSTING_CONDITIONS = UnseenDocument(
    name="fr_hosting_conditions",
    text="""CONDITIONS PARTICULIÈRES - HÉBERGEMENT CLOUD MANAGÉ

Référence :               CP-HC-2027-0213
Prestataire :             Hainaut Datacenter SA, Avenue Jean Mermoz 18, 6041 Gosselies
                          (BCE 0598.441.207), ci-après « HDC »
Client :                  Transports Wauthier SA, Rue de la Providence 140, 6030 Marchienne-au-Pont
                          (BCE 0432.876.551)
Service :                 hébergement managé de l'ERP du Client (trois machines virtuelles,
                          base de données SQL Server, sauvegardes, supervision)
Date de mise en service : 1er avril 2027
Durée initiale :          douze (12) mois
Renouvellement :          tacite, par périodes successives de douze (12) mois
Préavis de résiliation :  trois (3) mois avant l'échéance, par lettre recommandée
Redevance mensuelle :     1.940,00 EUR HTVA
Frais de mise en service : 1.200,00 EUR HTVA (une seule fois)
Gestionnaire technique :  Mathieu Bastin (Technical Account Manager)

1. Objet et documents contractuels
Les présentes conditions particulières complètent les conditions générales de services de HDC
(version 4.1 du 1er janvier 2026), que le Client déclare avoir reçues. En cas de contradiction,
les présentes conditions particulières prévalent sur les conditions générales.

2. Description du service
HDC met à disposition et exploite l'infrastructure dans ses deux centres de données de Gosselies
et de Ghislenghien : machines virtuelles, stockage, réseau, pare-feu, système d'exploitation et
moteur de base de données. Le Client reste responsable de l'ERP lui-même et de ses licences.
Les systèmes d'exploitation et le moteur de base de données sont mis à jour lors de la fenêtre
de maintenance mensuelle (premier mardi du mois, de 22h00 à 02h00) ; les correctifs de sécurité
critiques sont appliqués dans les 72 heures suivant leur publication.

3. Sauvegardes
Sauvegarde quotidienne complète des machines virtuelles et sauvegarde des journaux de la base de
données toutes les quinze minutes ; rétention de trente jours ; copie chiffrée dans le second
centre de données. Un test de restauration est réalisé deux fois par an en présence du Client.

4. Disponibilité
HDC s'engage sur une disponibilité mensuelle de l'infrastructure hébergée de 99,9 %, mesurée par
sa supervision, hors fenêtre de maintenance et hors incidents causés par l'ERP ou par le Client.

5. Crédits de service
| Disponibilité mensuelle mesurée | Crédit sur la redevance du mois |
| inférieure à 99,9 %             | 10 %                            |
| inférieure à 99,5 %             | 25 %                            |
| inférieure à 99,0 %             | 50 %                            |
Le crédit est appliqué d'office sur la facture suivante.

6. Support et délais
Les incidents critiques (indisponibilité de l'ERP) peuvent être signalés 24 heures sur 24 et 7
jours sur 7 au numéro d'astreinte 071 25 90 99 ; les autres demandes, les jours ouvrables de 8h00
à 17h30, via le portail client ou support@hdc.be.
| Niveau   | Délai d'intervention | Délai de rétablissement |
| Critique | 30 minutes, 24/7     | 4 heures                |
| Élevé    | 2 heures ouvrables   | 1 jour ouvrable         |
| Normal   | 1 jour ouvrable      | 5 jours ouvrables       |
Le gestionnaire technique connaît l'environnement du Client et tient à jour sa documentation
d'exploitation. HDC adresse chaque mois au Client un rapport de disponibilité, d'incidents et de
capacité.

7. Prix et facturation
La redevance est facturée mensuellement à terme à échoir. Les factures sont payables à quinze
(15) jours date de facture. La redevance est indexée chaque 1er janvier selon l'indice des prix à
la consommation.

8. Réversibilité
À la fin du contrat, quelle qu'en soit la cause, HDC remet au Client, dans les quinze jours de sa
demande, une copie complète de ses données et des images de ses machines virtuelles dans des
formats standards (OVF, sauvegarde SQL Server). À la demande du Client, HDC assiste le Client et
son nouveau prestataire pendant la migration, au tarif de 850,00 EUR HTVA par jour, et maintient
le service pendant cette période. HDC ne peut exercer aucun droit de rétention sur les données du
Client, même en cas de facture impayée. Les données sont effacées trente jours après la
restitution, avec un certificat d'effacement.

9. Données à caractère personnel
HDC agit en qualité de sous-traitant du Client au sens de l'article 28 du RGPD. Les données sont
hébergées exclusivement en Belgique. HDC ne recourt à un sous-traitant ultérieur qu'avec l'accord
écrit préalable du Client et notifie toute violation de données dans les 48 heures.

10. Confidentialité
HDC garde confidentielles toutes les données et informations du Client.

11. Responsabilité
La responsabilité de HDC est limitée, tous dommages confondus, à trois mois de redevance. HDC
n'est pas responsable des pertes de données, sauf si elles résultent du non-respect de ses
obligations de sauvegarde.

12. Droit applicable
Les présentes conditions particulières sont soumises au droit belge. Tout litige relève de la
compétence exclusive des tribunaux de l'arrondissement du Hainaut, division Charleroi.

Pour HDC                                   Pour le Client
Nom : Sandrine Hubert                      Nom : Luc Wauthier
Fonction : directrice commerciale          Fonction : administrateur délégué
Date : 8 mars 2027                         Date : 10 mars 2027
Signature :                                Signature :
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "covered",
        "reporting.progress": "covered",
        "rollout.acceptance": "missing",
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
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.data_lockin": False,
        "risk.best_efforts_only": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
        "availability_percent": 99.9,
        "response_time_hours_highest_priority": 0.5,
    },
)
