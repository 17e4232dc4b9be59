"""The French documents of the second held-out batch (see unseen_documents_2.py): a Walloon web
agency's general terms, an SLA annex with service credits and a SaaS order form with tacit
renewal. Written and labelled on 2026-12-04 before the analyser was run on them."""

from .unseen_documents import UnseenDocument

FR_WEB_TERMS = UnseenDocument(
    name="fr_web_terms",
    text="""CONDITIONS GÉNÉRALES DE VENTE ET DE PRESTATION DE SERVICES
Studio Carré Web SRL - Rue de Fer 22, 5000 Namur - BCE 0745.612.388
Version du 1er janvier 2027

Article 1 - Champ d'application
1.1 Les présentes conditions générales régissent toutes les offres, commandes et prestations de
Studio Carré Web SRL (ci-après « le Prestataire ») : création de sites internet, boutiques en
ligne, hébergement, maintenance et référencement.
1.2 Elles prévalent sur les conditions générales ou d'achat du client, même si ces dernières
prévoient qu'elles sont seules applicables. Seules les conditions particulières mentionnées dans
l'offre acceptée peuvent y déroger.

Article 2 - Offres et commandes
2.1 Les offres du Prestataire sont valables 30 jours.
2.2 La commande est ferme dès la signature de l'offre par le client ou dès sa confirmation par
e-mail. Un acompte de 40 % est alors facturé ; les travaux débutent après son paiement.

Article 3 - Prix
3.1 Les prix sont exprimés en euros et hors TVA.
3.2 Le Prestataire peut modifier ses tarifs à tout moment. Les nouveaux tarifs s'appliquent aux
nouvelles commandes et, pour les contrats d'hébergement et de maintenance en cours, dès la
prochaine échéance après notification par e-mail.

Article 4 - Prestations supplémentaires
Toute demande qui ne figure pas explicitement dans l'offre est considérée comme une prestation
supplémentaire et est facturée en régie au tarif horaire en vigueur au moment de la prestation.

Article 5 - Paiement
5.1 Les factures sont payables dans les 15 jours de leur date d'émission.
5.2 Tout montant impayé à l'échéance produit de plein droit et sans mise en demeure un intérêt de
retard de 10 % l'an ainsi qu'une indemnité forfaitaire de 15 % avec un minimum de 125 EUR.
5.3 En cas de non-paiement, le Prestataire peut suspendre l'hébergement et toute prestation en
cours huit jours après une mise en demeure restée sans suite.

Article 6 - Exécution et délais
6.1 Les obligations du Prestataire sont des obligations de moyens.
6.2 Les délais de réalisation sont donnés à titre indicatif. Un retard ne donne droit ni à une
indemnité, ni à la résolution de la commande.

Article 7 - Collaboration du client
7.1 Le client fournit au Prestataire, dans les 15 jours de la commande, tous les contenus
nécessaires (textes, images, logos, accès) dans les formats demandés.
7.2 Si les contenus ne sont pas fournis dans ce délai, le Prestataire peut suspendre le projet et
facturer les prestations déjà réalisées. Le planning est alors revu en fonction de ses
disponibilités.

Article 8 - Validation et réception
8.1 Le Prestataire soumet au client une version de test du site. Le client dispose de 8 jours
calendrier pour communiquer par écrit la liste des corrections demandées, qui sont apportées en
une seule fois.
8.2 À défaut de remarques dans ce délai, ou dès la mise en ligne du site, celui-ci est réputé
réceptionné sans réserve.

Article 9 - Garantie
Le Prestataire corrige gratuitement les bugs bloquants signalés par écrit dans les 30 jours qui
suivent la mise en ligne. Passé ce délai, toute intervention est facturée. La garantie ne couvre
pas les problèmes causés par une intervention du client ou d'un tiers, ni les mises à jour
d'extensions.

Article 10 - Hébergement et maintenance
10.1 Les contrats d'hébergement et de maintenance sont conclus pour une durée d'un an à partir de
la mise en ligne. Ils sont renouvelés tacitement pour des périodes d'un an, sauf résiliation par
l'une des parties par e-mail au moins un mois avant l'échéance.
10.2 Le Prestataire met tout en œuvre pour assurer l'accessibilité des sites hébergés, mais ne
garantit pas une disponibilité ininterrompue. Les interruptions pour maintenance sont annoncées
dans la mesure du possible.
10.3 La maintenance comprend les mises à jour de WordPress, du thème et des extensions, ainsi
qu'une sauvegarde hebdomadaire du site.

Article 11 - Propriété intellectuelle
11.1 Après paiement intégral du prix, le client devient propriétaire des éléments graphiques et
des contenus développés spécifiquement pour lui.
11.2 Le Prestataire reste titulaire des droits sur ses outils, thèmes et modules génériques, dont
il concède au client une licence d'utilisation non exclusive pour la durée de vie du site.
11.3 Le Prestataire peut mentionner la réalisation dans ses références et placer un lien discret
en pied de page.

Article 12 - Responsabilité
12.1 La responsabilité du Prestataire est limitée au montant hors TVA de la commande concernée.
12.2 Le Prestataire n'est pas responsable des dommages indirects, tels que la perte de chiffre
d'affaires, la perte de clientèle, la perte de données ou l'atteinte à l'image du client.

Article 13 - Fin de la collaboration
À la fin du contrat d'hébergement, le Prestataire remet au client, sur demande, les fichiers du
site et une copie de la base de données, pour autant que toutes les factures aient été payées.
Les comptes e-mail et les données hébergées sont supprimés 30 jours après la fin du contrat.

Article 14 - Confidentialité et données personnelles
14.1 Chaque partie garde confidentielles les informations de l'autre partie dont elle prend
connaissance, pendant la durée de la collaboration et deux ans après.
14.2 Lorsqu'il traite des données à caractère personnel pour le compte du client, le Prestataire
agit en qualité de sous-traitant au sens de l'article 28 du RGPD : il traite ces données
uniquement sur instruction documentée du client, veille à leur sécurité et informe le client de
toute violation de données dans les 48 heures.

Article 15 - Droit applicable et litiges
Le droit belge est seul applicable. En cas de litige, les parties s'efforcent de trouver une
solution amiable. À défaut d'accord dans les 30 jours, les tribunaux de l'arrondissement de
Namur sont seuls compétents.
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.signed_both": "missing",
        "budget.project_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "maintenance.services": "covered",
        "maintenance.availability": "partial",
        "maintenance.response_time": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.escrow": "missing",
        "legal.ip": "covered",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.open_ended_cost": True,
        "risk.liability_excluded": True,
        "risk.data_lockin": True,
        "risk.auto_renewal": False,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 30,
        "notice_period_days": 30,
        "contract_term_months": 12,
        "renewal_term_months": 12,
    },
)

FR_SLA_CREDITS = UnseenDocument(
    name="fr_sla_credits",
    text="""CONTRAT-CADRE DE SERVICES GÉRÉS N° HDS-2027-117
ANNEXE 2 - ACCORD SUR LES NIVEAUX DE SERVICE (SLA)

La présente annexe au contrat-cadre de services gérés conclu le 3 mai 2027 entre Hainaut Data
Services SA, Rue de la Science 14, 6041 Gosselies (« le Prestataire »), et la Clinique
vétérinaire des Deux Rivières SRL, Chaussée de Namur 301, 5030 Gembloux (« le Client »), en fait
partie intégrante. Les définitions du contrat-cadre s'appliquent.

1. Services couverts
Le Prestataire fournit les services suivants :
a) l'hébergement de l'application de gestion de la clinique (VetOffice) et de sa base de données
dans son centre de données de Gosselies ;
b) la supervision 24 heures sur 24 des serveurs, du réseau et des sauvegardes ;
c) une sauvegarde quotidienne chiffrée, conservée 30 jours dans un second centre de données ;
d) la gestion du pare-feu et de l'accès à distance sécurisé des vétérinaires ;
e) un service desk pour les 18 utilisateurs du Client.

2. Heures de service
Le service desk est joignable du lundi au vendredi de 7h30 à 18h00 et le samedi de 8h00 à 12h00,
par téléphone au 071 91 22 00 et via le portail client. En dehors de ces heures, une ligne de
garde traite uniquement les incidents de priorité 1.

3. Priorités, délais de prise en charge et de rétablissement
| Priorité | Définition | Prise en charge | Rétablissement |
| P1 - critique | VetOffice indisponible pour tous les utilisateurs | 30 minutes | 4 heures |
| P2 - élevée | fonction importante indisponible | 2 heures | 8 heures ouvrables |
| P3 - normale | problème d'un seul utilisateur | 8 heures ouvrables | 5 jours ouvrables |
Le délai de prise en charge court à partir de l'enregistrement du ticket. Le délai de
rétablissement est respecté lorsque le service est rétabli, le cas échéant au moyen d'une
solution de contournement.

4. Disponibilité
4.1 Le Prestataire s'engage sur une disponibilité de l'application hébergée de 99,8 % par
trimestre civil.
4.2 Disponibilité (%) = (minutes du trimestre - minutes d'indisponibilité) / minutes du
trimestre x 100 %.
4.3 Les maintenances planifiées, effectuées le dimanche entre 6h00 et 10h00 et annoncées au moins
sept jours à l'avance, ne sont pas comptées comme indisponibilité. Ne sont pas davantage prises en
compte les interruptions dues au Client, à son fournisseur d'accès à internet ou à un cas de
force majeure.

5. Crédits de service
5.1 Si la disponibilité trimestrielle n'est pas atteinte, le Client a droit à un crédit de
service calculé sur la redevance du trimestre concerné :
| Disponibilité mesurée | Crédit |
| inférieure à 99,8 % | 5 % |
| inférieure à 99,5 % | 10 % |
| inférieure à 99,0 % | 20 % |
5.2 Chaque dépassement du délai de rétablissement d'un incident P1 donne droit à un crédit
supplémentaire de 2 % de la redevance mensuelle.
5.3 Le total des crédits de service est plafonné à 25 % de la redevance du trimestre. Les crédits
sont déduits de la facture suivante, pour autant que le Client les réclame dans les 30 jours
suivant la fin du trimestre.

6. Rapports et comités
6.1 Le Prestataire transmet au plus tard le 10 de chaque mois un rapport de service reprenant la
disponibilité mesurée, les incidents par priorité, le respect des délais et l'état des
sauvegardes.
6.2 Un comité de service réunit chaque semestre le gestionnaire de compte du Prestataire et la
directrice de la clinique pour examiner les rapports et les actions d'amélioration. Les
réclamations non résolues sont portées devant l'administrateur délégué du Prestataire.

7. Connaissance de l'environnement du Client
Le Prestataire désigne Mme Julie Lemaire comme gestionnaire de compte du Client. Il tient à jour
une fiche d'environnement (schéma du réseau, inventaire du matériel, procédures propres à la
clinique) que chaque technicien du service desk consulte avant d'intervenir.

8. Mises à jour
Les correctifs de sécurité critiques sont appliqués dans les 72 heures qui suivent leur
publication. Les autres mises à jour des systèmes et de VetOffice sont installées chaque mois
pendant la fenêtre de maintenance, après validation sur l'environnement de test.

9. Redevance
La redevance mensuelle des services décrits dans la présente annexe s'élève à 1.890 EUR HTVA.
Elle est facturée trimestriellement et anticipativement ; les factures sont payables dans les 30
jours de leur date.

10. Durée
La présente annexe prend effet à la date de sa signature et suit la durée du contrat-cadre.

11. Réversibilité
À la fin du contrat-cadre, quelle qu'en soit la cause, le Prestataire :
a) continue à fournir les services aux conditions de la présente annexe pendant la période de
transition demandée par le Client, d'une durée maximale de trois mois ;
b) collabore avec le nouveau prestataire désigné par le Client à la migration de l'application
et des données ;
c) restitue l'intégralité des données du Client dans un format ouvert et documenté (export SQL
de la base de données, fichiers CSV et documents PDF), puis détruit ses copies et en délivre une
attestation.

Fait à Gosselies le 3 mai 2027, en deux exemplaires originaux.

Pour Hainaut Data Services SA                Pour la Clinique vétérinaire des Deux Rivières SRL
Thierry Lambotte, administrateur délégué     Dr Anne Goffin, gérante
""",
    items={
        "agreement.signed_both": "covered",
        "budget.project_cost": "missing",
        "budget.recurring_cost": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "missing",
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
        "legal.ip": "missing",
        "legal.governing_law": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.best_efforts_only": False,
        "risk.data_lockin": False,
        "risk.auto_renewal": False,
    },
    figures={
        "availability_percent": 99.8,
        "response_time_hours_highest_priority": 0.5,
        "payment_term_days": 30,
    },
)

FR_SAAS_ORDER = UnseenDocument(
    name="fr_saas_order",
    text="""BON DE COMMANDE - ABONNEMENT FACTURO
N° BC-27-0318 - Date : 18 février 2027

Éditeur : Facturo SA, Boulevard de l'Europe 131, 1301 Wavre - BCE 0798.654.321 (« Facturo »)
Client : Menuiserie Collard & Fils SRL, Rue du Moulin 4, 6900 Marche-en-Famenne
BCE 0455.120.877 (« le Client »)
Contact commercial : Nicolas Hennaut - nicolas.hennaut@facturo.be

1. Services commandés
| Produit | Quantité | Prix unitaire HTVA | Total annuel HTVA |
| Facturo Business - utilisateur nommé | 6 | 29,00 EUR / mois | 2.088,00 EUR |
| Module Peppol (factures électroniques) | 1 | 15,00 EUR / mois | 180,00 EUR |
| Total de l'abonnement annuel | | | 2.268,00 EUR |

Frais uniques
| Prestation | Prix HTVA |
| Activation du compte et paramétrage initial (plan comptable, TVA, modèles) | 450,00 EUR |
| Reprise des clients, des articles et des factures ouvertes depuis Excel | inclus |
| Formation à distance des utilisateurs (2 heures, par vidéoconférence) | inclus |

Le Client transmet les fichiers à reprendre au plus tard dix jours ouvrables avant la date de
démarrage, dans le modèle Excel fourni par Facturo.

2. Durée et reconduction
L'abonnement prend cours le 1er mars 2027 pour une période initiale de douze mois. À l'issue de
cette période, il est reconduit tacitement par périodes successives de douze mois, sauf
résiliation notifiée par l'une des parties, par lettre recommandée ou via le portail client, au
moins trois mois avant la date d'échéance.

3. Facturation et paiement
L'abonnement est facturé annuellement et anticipativement ; les frais uniques sont facturés à
l'activation. Les factures sont payables par domiciliation SEPA dans les 10 jours de leur date.

4. Évolution des prix
Les prix sont indexés au 1er mars de chaque année en fonction de l'évolution de l'indice santé.
Facturo peut en outre modifier ses prix catalogue moyennant un préavis de 60 jours ; le Client
peut dans ce cas résilier l'abonnement sans frais à la date d'entrée en vigueur des nouveaux
prix.

5. Niveau de service et support
5.1 Facturo vise une disponibilité de la plateforme de 99,5 % sur une base mensuelle, sans
engagement de résultat. Les maintenances sont effectuées de préférence la nuit.
5.2 Le support est assuré par e-mail (support@facturo.be) et via le chat intégré à
l'application, les jours ouvrables de 9h00 à 17h00. Facturo répond aux demandes dans les
meilleurs délais.
5.3 Les nouvelles fonctionnalités et les mises à jour légales (TVA, Peppol) sont déployées
automatiquement et sans frais supplémentaires.

6. Données
6.1 Les données encodées par le Client restent sa propriété.
6.2 Le Client peut à tout moment exporter ses factures, ses fiches clients et ses articles aux
formats PDF, CSV et UBL.
6.3 Après la fin de l'abonnement, le compte reste accessible en lecture seule pendant 60 jours
pour permettre l'exportation ; les données sont ensuite définitivement supprimées.
6.4 Facturo traite les données à caractère personnel en qualité de sous-traitant, conformément à
l'accord de traitement des données figurant à l'annexe 1 du présent bon de commande. Les données
sont hébergées dans l'Union européenne.

7. Responsabilité
La responsabilité totale de Facturo au titre du présent bon de commande est limitée aux montants
payés par le Client pendant les douze mois qui précèdent l'événement qui l'a causée.

8. Conditions applicables
Le présent bon de commande est régi par les conditions générales d'utilisation de Facturo
(version de septembre 2026), jointes au présent bon de commande. En cas de contradiction, les
dispositions du présent bon de commande prévalent. Le présent bon de commande est soumis au droit
belge ; les tribunaux du Brabant wallon sont compétents.

Signatures
Pour le Client : Luc Collard, gérant - signature : ____________________ - date : ___/___/2027
Pour Facturo SA : Nicolas Hennaut, Account Manager - signature : ____________________
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.signed_both": "covered",
        "budget.startup_cost": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "rollout.data_migration": "covered",
        "rollout.user_support": "covered",
        "rollout.acceptance": "missing",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.updates": "covered",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
    },
    risks={
        "risk.auto_renewal": True,
        "risk.unilateral_change": True,
        "risk.best_efforts_only": True,
        "risk.unsigned": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 10,
        "availability_percent": 99.5,
    },
)
