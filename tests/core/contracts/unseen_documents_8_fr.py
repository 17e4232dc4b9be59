"""Held-out batch 8, French documents: a Brussels contract by which an IT firm acts as outsourced
data protection officer (DPO) and provides a GDPR compliance service to an SME (24 months, tacit
renewal, signed by both parties), a Walloon offer for IoT temperature-monitoring sensors in a food
plant with a monthly subscription to the monitoring platform (e-mail cover, empty "bon pour
accord" line for the client), and a contract by a Belgian reseller for perpetual licences and
yearly maintenance of a CAD / engineering software (signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours; an empty "bon pour accord" line for the client is a
partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

FR_OUTSOURCED_DPO_CONTRACT = UnseenDocument(
    name="fr_outsourced_dpo_contract",
    text="""CONTRAT DE SERVICES
Délégué à la protection des données externalisé et accompagnement RGPD
Réf. PRV-DPO-2026-031

ENTRE
PRIVANDA srl, dont le siège est établi avenue de Tervueren 236, 1150 Woluwe-Saint-Pierre,
BCE BE 0745.218.604, représentée par M. Thomas Declercq, gérant,
ci-après « le Prestataire »,

ET
OPTIQUE HAUTECLAIR srl, dont le siège est établi chaussée d'Ixelles 141, 1050 Ixelles,
BCE BE 0462.907.315, représentée par Mme Valérie Gossiaux, administratrice,
ci-après « le Client ».

IL EST CONVENU CE QUI SUIT :

Article 1 - Objet
1.1 Le Client désigne le Prestataire comme délégué à la protection des données (DPO) au sens des
articles 37 à 39 du Règlement (UE) 2016/679 (« RGPD »). Le Prestataire communique cette désignation
à l'Autorité de protection des données au nom du Client dans les quinze jours de la signature.
1.2 Le Prestataire accompagne en outre le Client dans la mise en conformité de ses traitements
(six magasins, fichier clients, ordonnances et mesures de vue, caméras, paie).
1.3 L'offre du Prestataire n° PRV-26-0212 du 04/11/2026 est jointe en annexe 1 et fait partie
intégrante du présent contrat. En cas de contradiction, le présent contrat prévaut sur l'offre et
sur les conditions générales du Prestataire, lesquelles ne s'appliquent que pour les points qu'il
ne règle pas. Les conditions d'achat du Client ne s'appliquent pas.

Article 2 - Prestations
2.1 Phase de démarrage (forfait) :
  a) état des lieux : entretiens avec la direction, la responsable des ressources humaines et deux
     gérants de magasin, visite d'un point de vente ;
  b) rédaction du registre des activités de traitement ;
  c) rapport d'écarts et plan d'actions priorisé, présenté à la direction ;
  d) mise à jour de la politique de confidentialité du site web et des mentions sur les fiches
     clients ;
  e) une session de sensibilisation de deux heures pour le personnel (en ligne, enregistrée).
2.2 Mission récurrente de DPO :
  - point de contact des personnes concernées et de l'Autorité de protection des données ;
  - avis sur les nouveaux traitements et, le cas échéant, analyses d'impact (AIPD), à raison de
    deux analyses par an comprises dans le forfait ;
  - tenue à jour du registre et du registre des violations ;
  - traitement des demandes d'exercice de droits reçues par le Client ;
  - assistance en cas de violation de données, y compris la préparation de la notification à
    l'Autorité dans le délai légal de 72 heures ;
  - contrôle annuel de la conformité sur la base du plan d'actions.
2.3 Ne sont pas compris : la représentation du Client devant l'Autorité de protection des données
ou en justice, la mise en œuvre technique des mesures de sécurité informatique (pare-feu,
sauvegardes, chiffrement), qui relève du fournisseur informatique du Client, ainsi que la
rédaction de contrats autres que les contrats de sous-traitance types.

Article 3 - Personnes
3.1 La fonction de DPO est exercée par Mme Claire Vanderlinden, juriste, certifiée CIPP/E, qui
justifie de plus de huit ans d'expérience en protection des données dans le secteur du commerce
de détail et de la santé. Elle est suppléée par M. Karim Bensaïd, consultant senior.
3.2 Le Prestataire ne peut remplacer Mme Vanderlinden qu'après en avoir informé le Client par
écrit au moins un mois à l'avance, sauf cas de force majeure, et par une personne de
qualification équivalente ; le remplacement ne donne lieu à aucun frais pour le Client.
3.3 Le Client désigne en son sein une personne de contact (à la signature : Mme Gossiaux) qui
transmet au DPO, dans les dix jours ouvrables de la demande, les informations et documents
nécessaires, et l'associe en temps utile à toute question relative aux données personnelles.

Article 4 - Calendrier
La phase de démarrage débute dans les deux semaines de la signature. Le registre et le rapport
d'écarts sont remis au plus tard huit semaines après la réunion de lancement, pour autant que
le Client ait fourni les informations demandées dans le délai prévu à l'article 3.3 ; à défaut,
l'échéance est reportée d'autant.

Article 5 - Disponibilité et délais
5.1 Les questions sont adressées à dpo@privanda.be ou au 02/771 30 48, du lundi au vendredi de
9h00 à 17h00. Le DPO y répond dans les deux jours ouvrables.
5.2 En cas de violation de données suspectée, le Client appelle le numéro d'urgence
0478/22 61 90 ; le DPO ou son suppléant rappelle dans les quatre heures, y compris le week-end.

Article 6 - Rapports et suivi
6.1 Le DPO remet chaque trimestre un rapport succinct : demandes de droits traitées, incidents,
avancement du plan d'actions, avis rendus.
6.2 Une réunion de suivi se tient chaque trimestre entre le DPO et la direction du Client. Une
fois par an, le DPO présente son rapport annuel à l'organe d'administration. Tout désaccord sur
l'exécution est d'abord soumis aux gérants des deux parties.

Article 7 - Prix et paiement
7.1 Phase de démarrage : forfait de 3.950,00 EUR HTVA, facturé à la remise du rapport d'écarts.
7.2 Mission récurrente : 690,00 EUR HTVA par mois, facturés trimestriellement à terme échu. Le
forfait couvre jusqu'à quatre heures de prestations par mois.
7.3 Les prestations au-delà de ce volume, ou hors de l'objet décrit à l'article 2, sont facturées
au taux de 125,00 EUR HTVA de l'heure, après accord écrit préalable du Client sur une estimation
du nombre d'heures.
7.4 Les prix sont adaptés le 1er janvier de chaque année selon l'évolution de l'indice santé.
7.5 Les factures sont payables dans les 30 jours de leur date.

Article 8 - Nature des obligations
Le Prestataire exécute sa mission avec le soin d'un professionnel spécialisé. Ses obligations
sont des obligations de moyens. Le Client reste seul responsable du respect du RGPD ; les avis du
DPO ne le lient pas.

Article 9 - Confidentialité et données
9.1 Le Prestataire et son personnel sont tenus au secret sur toutes les informations dont ils
prennent connaissance, pendant le contrat et cinq ans après sa fin, conformément à l'article
38.5 du RGPD.
9.2 Dans la mesure où le Prestataire traite des données personnelles pour le compte du Client, les
parties concluent la convention de sous-traitance jointe en annexe 2 (article 28 RGPD).
9.3 Le registre, les politiques, les analyses d'impact et les autres documents établis pour le
Client deviennent sa propriété dès leur paiement. Le Prestataire conserve ses modèles et sa
méthodologie.

Article 10 - Responsabilité
La responsabilité du Prestataire est limitée, toutes causes confondues, au montant des honoraires
facturés au cours des trois derniers mois précédant le fait générateur. Le Prestataire ne répond
en aucun cas des amendes administratives ou astreintes infligées au Client, ni des dommages
indirects, en ce compris la perte de clientèle ou l'atteinte à la réputation.

Article 11 - Durée et fin
11.1 Le contrat prend effet à sa signature pour une durée de vingt-quatre mois. Il est ensuite
reconduit tacitement par périodes de douze mois, sauf résiliation par l'une des parties par lettre
recommandée au moins trois mois avant l'échéance.
11.2 Chaque partie peut résilier le contrat avec effet immédiat si l'autre partie commet un
manquement grave auquel elle ne remédie pas dans les trente jours d'une mise en demeure.
11.3 À la fin du contrat, pour quelque cause que ce soit, le Prestataire remet au Client, dans
les trente jours, le registre, le registre des violations et tous les documents établis, au
format Word et Excel, et consacre une réunion de passation de deux heures au nouveau DPO désigné
par le Client, sans frais. Il supprime ensuite les copies qu'il détient.

Article 12 - Litiges
Le contrat est régi par le droit belge. En cas de différend, les parties recourent d'abord à une
médiation auprès d'un médiateur agréé par la Commission fédérale de médiation ; à défaut d'accord
dans les soixante jours, les tribunaux francophones de Bruxelles sont seuls compétents.

Fait à Bruxelles, le 01/12/2026, en deux exemplaires originaux, chaque partie reconnaissant avoir
reçu le sien.

Pour PRIVANDA srl                                Pour OPTIQUE HAUTECLAIR srl
Thomas Declercq, gérant                          Valérie Gossiaux, administratrice
[signature]                                      [signature]

Annexe 1 : offre PRV-26-0212 - Annexe 2 : convention de sous-traitance
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
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
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
        "risk.unsigned": False,
        "risk.best_efforts_only": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

FR_IOT_TEMPERATURE_MONITORING_OFFER = UnseenDocument(
    name="fr_iot_temperature_monitoring_offer",
    text="""De : Julien Collard <j.collard@thermeo.be>
À : Nathalie Hubert <qualite@salaisons-famenne.be>
Cc : Benoît Lambotte <b.lambotte@salaisons-famenne.be>
Date : jeudi 26 novembre 2026 16:42
Objet : Offre TH-2026-0877 - surveillance des températures chambres froides et salles de découpe
Pièce jointe : TH-2026-0877.pdf ; CGV_Thermeo_2026.pdf

Bonjour Madame Hubert,

Comme convenu lors de notre visite de mardi, vous trouverez ci-dessous et en annexe notre offre
pour l'équipement de vos chambres froides, de la salle de découpe et du quai d'expédition.
N'hésitez pas à me contacter pour toute question. Si l'offre vous convient, il suffit de nous
retourner le PDF signé pour accord ; nous planifions alors l'installation.

Bien cordialement,
Julien Collard - Ingénieur commercial - 0496/40 18 73

-----------------------------------------------------------------------------------------------
THERMEO srl - Solutions de monitoring connecté pour l'agroalimentaire
Rue Camille Hubert 11, 5032 Isnes (Gembloux) - BCE BE 0668.904.237 - IBAN BE19 0910 1854 3112

Client : SALAISONS DE FAMENNE sa, Zoning du WEX, rue des Deux Provinces 7, 6900 Marche-en-Famenne
TVA BE 0431.557.820

OFFRE N° TH-2026-0877                         Date : 26/11/2026 - Validité : 45 jours

1. Votre besoin
Enregistrement continu des températures de 9 chambres froides positives, 2 congélateurs, la salle
de découpe et le quai, avec alarmes en cas de dépassement, pour votre autocontrôle HACCP et les
contrôles de l'AFSCA.

2. Matériel et mise en service (montants uniques)
Réf.       Description                                        Qté    P.U. HTVA      Total HTVA
TS-200     Sonde de température LoRaWAN -40/+85 °C, IP67      14     € 145,00       € 2.030,00
TS-210     Sonde à piquer (produit) pour salle de découpe      2     € 189,00         € 378,00
HY-100     Capteur température/humidité ambiante              2     € 162,00         € 324,00
GW-8       Passerelle LoRaWAN 4G avec batterie de secours      2     € 690,00       € 1.380,00
INST       Pose, fixation inox, test de couverture radio       1   € 1.280,00       € 1.280,00
CONF       Paramétrage de la plateforme, seuils et alarmes     1     € 650,00         € 650,00
                                                       Total unique HTVA          € 6.042,00

3. Abonnement à la plateforme ThermeoCloud (montants mensuels)
Licence plateforme (utilisateurs illimités, tableaux de bord)                    € 49,00
Connexion et stockage par sonde : 18 sondes x € 5,90                            € 106,20
Alertes SMS (jusqu'à 200 SMS/mois, au-delà € 0,12 par SMS)                       € 15,00
                                                       Total mensuel HTVA          € 170,20

L'abonnement comprend : l'hébergement des mesures (relevé toutes les 5 minutes) pendant 5 ans,
l'envoi des alarmes par SMS, e-mail et appel vocal, les rapports HACCP mensuels exportables en
PDF, les mises à jour de la plateforme et du firmware des sondes et passerelles à distance, ainsi
que le remplacement des piles des sondes.
Non compris : le raccordement électrique des passerelles (une prise 230 V à proximité est à
prévoir par vos soins), les frais de votre électricien, l'étalonnage accrédité (disponible en
option à € 38,00 par sonde et par an).

4. Délais
Livraison et pose : dans les 3 semaines suivant la réception du bon de commande signé, en une
journée, en dehors des heures de production si vous le souhaitez. La plateforme est
opérationnelle le jour de la pose. Chaque sonde est livrée avec son certificat d'étalonnage
d'usine (raccordé COFRAC, 3 points de mesure).

5. Ce que nous attendons de vous
Avant la pose : la désignation d'un responsable qualité et de deux numéros de garde pour les
alarmes, la liste des seuils par local, l'accès aux chambres froides le jour convenu et une prise
230 V à moins de 2 mètres de chaque emplacement de passerelle.

6. Formation et assistance
Une formation d'une heure à la plateforme (consultation, acquittement des alarmes, export des
rapports) est donnée à votre équipe qualité le jour de la pose. Notre support est joignable du
lundi au vendredi de 8h00 à 17h00 au 081/56 20 90 ou via support@thermeo.be ; nous traitons vos
demandes dans les meilleurs délais. La plateforme est disponible 99,5 % du temps, calculé par mois
civil, hors maintenance annoncée 48 heures à l'avance.

7. Garantie
Les sondes et passerelles sont garanties 24 mois à compter de la pose ; une sonde défectueuse est
remplacée par envoi postal, à installer par vos soins. Les interventions sur site hors garantie
sont facturées € 85,00 HTVA de l'heure plus un déplacement forfaitaire de € 55,00, sur devis
préalablement accepté.

8. Durée de l'abonnement
L'abonnement prend cours le jour de la pose pour une durée ferme de 36 mois. Il est ensuite
renouvelé tacitement par périodes d'un an, sauf résiliation écrite au moins deux mois avant
l'échéance. Thermeo peut adapter le prix de l'abonnement en avertissant le client un mois à
l'avance. À la fin de l'abonnement, vos relevés restent téléchargeables au format CSV et PDF
pendant 60 jours, puis sont supprimés.

9. Facturation
Matériel et mise en service : 50 % à la commande, 50 % après la pose. Abonnement : facturé
annuellement et anticipativement. Factures payables à 30 jours date de facture.

10. Conditions
Nos conditions générales de vente et d'abonnement, jointes, sont seules applicables et priment
sur toute autre condition, y compris celles du client. Notre responsabilité est limitée au montant
de l'abonnement des trois derniers mois. Le système est une aide à la surveillance : Thermeo ne
répond pas de la perte de denrées, d'un rappel de produits ou de sanctions, même en cas de panne
d'une sonde ou d'alarme non reçue. Droit belge ; tribunaux de l'arrondissement de Namur.

Pour THERMEO srl                                Bon pour accord - date, nom, qualité et
Julien Collard, ingénieur commercial            signature du client :
[signé]
                                                 ...........................................
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
        "team.named_team": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 720,
        "availability_percent": 99.5,
    },
)

FR_CAD_LICENCE_MAINTENANCE_CONTRACT = UnseenDocument(
    name="fr_cad_licence_maintenance_contract",
    text="""CONTRAT DE LICENCE ET DE MAINTENANCE LOGICIELLE
Conditions particulières n° CP-2026-4471

Entre
CADNOVA BENELUX srl, revendeur agréé Gold de l'éditeur StructoCAD, rue Émile Francqui 6,
1435 Mont-Saint-Guibert, BCE BE 0876.412.093, représentée par Mme Sarah Dewulf, directrice,
ci-après « CADnova »,
et
BUREAU D'ÉTUDES LEMAIRE & PIRON srl, ingénieurs-conseils en stabilité, boulevard Cauchy 22,
5000 Namur, BCE BE 0478.263.551, représentée par M. Philippe Lemaire, gérant,
ci-après « le Client ».

1. Documents contractuels
Le présent contrat se compose des présentes conditions particulières, de l'offre CN-26-1133 du
12/11/2026 (annexe A), des conditions générales de vente et de maintenance de CADnova (annexe B)
et du contrat de licence utilisateur final de l'éditeur (annexe C), que le Client déclare avoir
reçus et acceptés. En cas de contradiction, les conditions générales de CADnova et le contrat de
licence de l'éditeur l'emportent sur les conditions particulières et sur l'offre.

2. Licences
2.1 CADnova concède au Client, au nom de l'éditeur, des licences perpétuelles, non exclusives et
non cessibles d'utilisation du logiciel StructoCAD Premium 2027 (calcul de structures béton et
acier, modélisation BIM, export IFC). Le code source n'est pas fourni. Le Client ne peut ni
décompiler le logiciel ni en céder l'usage à des tiers.
2.2 Les licences sont flottantes et gérées par un serveur de licences installé sur le réseau du
Client.

3. Prix
Désignation                                              Qté     Prix unit. HTVA    Total HTVA
Licence perpétuelle StructoCAD Premium (flottante)         5        6.480,00 €    32.400,00 €
Installation serveur de licences et postes (forfait)       1          720,00 €       720,00 €
Formation de base StructoCAD (jour, max. 6 personnes)      3          920,00 €     2.760,00 €
                                                        Total unique HTVA          35.880,00 €
Maintenance annuelle (souscription) par licence            5        1.425,00 €     7.125,00 €/an
La maintenance de la première année court à partir de la remise des clés de licence.
Ne sont pas compris : le matériel informatique et le système d'exploitation, la reprise des
modèles et bibliothèques réalisés avec l'ancien logiciel du Client, le paramétrage de gabarits de
plans ou de macros propres au Client. Ces prestations, comme toute intervention non prévue au
présent contrat, font l'objet d'un devis séparé, à accepter par écrit avant leur exécution, au
tarif journalier de 920,00 € HTVA pour un ingénieur d'application.

4. Livraison, installation et formation
Les clés de licence sont transmises par e-mail dans les cinq jours ouvrables de la signature.
L'installation du serveur de licences et des cinq postes est réalisée sur site par CADnova à une
date fixée avec le Client dans les deux semaines suivantes. Les trois journées de formation ont
lieu dans les locaux du Client dans les deux mois de l'installation. Le Client met à disposition
des postes conformes à la configuration minimale de l'éditeur et un accès administrateur.

5. Garantie
L'éditeur garantit, pendant 90 jours à compter de la remise des clés, que le logiciel fonctionne
pour l'essentiel conformément à sa documentation. Durant cette période, CADnova fournit
gratuitement les correctifs publiés par l'éditeur ou, à défaut, une solution de contournement.

6. Maintenance
6.1 La maintenance comprend :
  - le droit aux nouvelles versions majeures et mineures et aux service packs publiés par
    l'éditeur pendant la période couverte ;
  - l'assistance technique par l'équipe support de CADnova, par téléphone (010/81 47 00), par le
    portail client ou par e-mail (support@cadnova.be), du lundi au vendredi de 9h00 à 12h30 et de
    13h30 à 17h00, hors jours fériés ;
  - l'accès à la base de connaissances et aux webinaires de l'éditeur.
6.2 CADnova accuse réception de chaque demande et prend contact avec l'utilisateur dans les
8 heures ouvrables. Les anomalies reproductibles sont transmises à l'éditeur. CADnova et
l'éditeur mettent tout en œuvre pour corriger les anomalies dans une version ultérieure, sans
engagement de délai, dans le cadre d'une obligation de moyens.
6.3 Un gestionnaire de compte attitré, M. Olivier Fontaine, suit le Client ; l'assistance est
assurée par deux ingénieurs d'application certifiés par l'éditeur, qui tiennent une fiche de
l'installation du Client (versions, serveur de licences, postes).
6.4 Le tarif de la maintenance peut être modifié chaque année par CADnova en fonction de la liste
de prix de l'éditeur ; le nouveau tarif est communiqué avec la facture de renouvellement.

7. Durée de la maintenance
La maintenance est souscrite pour une première période de douze mois. Elle se renouvelle ensuite
tacitement pour des périodes successives de douze mois, sauf résiliation par l'une des parties par
lettre recommandée au moins trois mois avant l'échéance. Les licences perpétuelles restent
acquises au Client en cas de résiliation de la maintenance ; la reprise ultérieure de la
maintenance donne lieu au paiement des années non couvertes.

8. Paiement
Les licences, l'installation et la formation sont facturées à la remise des clés. La maintenance
est facturée annuellement par anticipation. Les factures sont payables à 30 jours date de facture.
À défaut de paiement, CADnova peut suspendre l'assistance après mise en demeure restée sans effet
pendant quinze jours.

9. Responsabilité
La responsabilité de CADnova est limitée au montant payé par le Client pour les licences
concernées. CADnova et l'éditeur ne sont en aucun cas responsables de la perte ou de la corruption
de fichiers et de modèles, ni des conséquences d'erreurs de calcul ou de dimensionnement ; il
appartient au Client, en sa qualité de bureau d'études, de vérifier les résultats produits par le
logiciel.

10. Droit applicable
Le présent contrat est soumis au droit belge. Tout litige relève de la compétence exclusive des
tribunaux de l'arrondissement judiciaire du Brabant wallon.

Fait à Mont-Saint-Guibert, le 03/12/2026, en deux exemplaires.

Pour CADNOVA BENELUX srl                      Pour BUREAU D'ÉTUDES LEMAIRE & PIRON srl
Sarah Dewulf, directrice                      Philippe Lemaire, gérant
(signé)                                       (signé)
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
        "team.named_team": "covered",
        "team.seniority": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
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
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
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
        "risk.open_ended_cost": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 8,
    },
)

FR_DOCUMENTS = [
    FR_OUTSOURCED_DPO_CONTRACT,
    FR_IOT_TEMPERATURE_MONITORING_OFFER,
    FR_CAD_LICENCE_MAINTENANCE_CONTRACT,
]
