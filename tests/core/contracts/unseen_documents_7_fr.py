"""Held-out batch 7, French documents: a Walloon price offer from a Namur integrator to connect a
small webshop company's accounting software (BOB 50) and WooCommerce shop to Peppol e-invoicing
(set-up table, yearly access-point subscription, sent with a covering e-mail, empty "bon pour
accord" line for the client), a Brussels professional fibre internet subscription contract with
its service levels (36 months, tacit renewal, availability, priorities and service credits, signed
by both parties), and a "convention de mise à disposition" of an SAP FI-CO consultant by an IT
consultancy to a food manufacturer in Walloon Brabant (six months, daily rate, budget cap,
replacement of the consultant, obligation de moyens, signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 30 minutes = 0.5; an empty "bon pour accord" line for
the client is a partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

FR_PEPPOL_EINVOICING_OFFER = UnseenDocument(
    name="fr_peppol_einvoicing_offer",
    text="""De : Julien Collignon <j.collignon@digicompta.be>
À : Martine Hubert <martine@delicesdardenne.be>
Date : mardi 1 décembre 2026 16:42
Objet : Votre passage à la facturation électronique Peppol - notre offre DC-2026-1193
Pièce jointe : Offre_DC-2026-1193.pdf (3 pages)

Bonjour Madame Hubert,

Comme convenu lors de notre entretien téléphonique de jeudi, vous trouverez ci-joint notre offre
pour le raccordement de BOB 50 et de votre boutique WooCommerce au réseau Peppol. Je reste à
votre disposition pour toute question ; si la proposition vous convient, il suffit de nous
renvoyer la dernière page signée (un scan fait l'affaire).

Bien à vous,
Julien Collignon
Chef de projet - DigiCompta Solutions
081/32 17 45 - 0496/58 03 21

------------------------------------------------------------------------------------------------

DIGICOMPTA SOLUTIONS srl
Intégration comptable - facturation électronique - e-commerce
Avenue Prince de Liège 91, 5100 Jambes
BCE/TVA BE 0742.318.562 - RPM Liège, division Namur - IBAN BE27 0018 5523 4673

                                            Les Délices d'Ardenne srl
                                            À l'attention de Mme Martine Hubert, gérante
                                            Rue du Commerce 14, 6900 Marche-en-Famenne
                                            TVA BE 0631.447.208

Jambes, le 01/12/2026
OFFRE DE PRIX N° DC-2026-1193
Objet : mise en conformité Peppol (facturation électronique B2B) - BOB 50 et WooCommerce
Validité : 30 jours

1. Contexte et objectif
Depuis le 1er janvier 2026, les factures entre entreprises assujetties à la TVA en Belgique
doivent être émises et reçues sous forme structurée via le réseau Peppol. Vous facturez
aujourd'hui vos clients professionnels (épiceries fines, restaurants, comités d'entreprise)
en partie depuis BOB 50 et en partie depuis votre boutique en ligne WooCommerce. L'objectif est
que toutes vos factures de vente B2B partent automatiquement en format Peppol BIS Billing 3.0,
et que vos factures d'achat arrivent directement dans BOB 50 pour validation.

2. Prestations uniques

Pos. Description                                                   Qté    P.U. HTVA    Total HTVA
1    Atelier de cadrage (flux, journaux, codes TVA), 1/2 jour      1       380,00        380,00
2    Enregistrement de votre n° d'entreprise sur le réseau          1       150,00        150,00
     Peppol (SMP) et activation de la réception
3    Connecteur BOB 50 <-> point d'accès : installation,            1     1.250,00      1.250,00
     paramétrage des journaux de vente et d'achat
4    Connecteur WooCommerce : génération d'une facture UBL à la     1     1.680,00      1.680,00
     validation des commandes B2B, envoi et retour de statut
5    Reprise des identifiants Peppol de vos clients professionnels  1       290,00        290,00
     (environ 420 fiches, contrôle dans l'annuaire Peppol)
6    Recette avec trois de vos clients et mise en production        1       480,00        480,00
7    Formation à distance (2 heures, 3 personnes max.)              1       190,00        190,00
                                                                            -----------
     Total prestations uniques HTVA                                            4.420,00
     TVA 21 %                                                                    928,20
     Total TVAC                                                                5.348,20

3. Abonnement annuel

Formule PME - point d'accès Peppol, jusqu'à 300 documents par mois      39,00 EUR HTVA / mois
(envoi et réception) ; document supplémentaire : 0,12 EUR
Maintenance des connecteurs et support                                  25,00 EUR HTVA / mois
Total abonnement                                                        64,00 EUR HTVA / mois
                                                    soit 768,00 EUR HTVA par an, facturés
                                                    anticipativement à la mise en production

L'abonnement comprend : l'hébergement de vos documents sur le point d'accès pendant 12 mois,
l'adaptation des connecteurs aux nouvelles versions de BOB 50 et de WooCommerce ainsi qu'aux
évolutions de la norme Peppol BIS et des règles belges (mises à jour installées par nos soins,
sans supplément), le suivi des rejets techniques et le support décrit au point 7.

4. Ce qui n'est pas compris
- la reprise de l'historique des factures antérieures à la mise en production ;
- les licences BOB 50 et WooCommerce, ainsi que l'hébergement de votre site ;
- l'adaptation de vos modèles de factures papier et de vos conditions de vente ;
- le raccordement d'autres logiciels (caisse du magasin, logiciel de stock).
Tout paramétrage ou développement supplémentaire fait l'objet d'une offre complémentaire que
vous acceptez par écrit avant que nous ne commencions. À titre indicatif, notre taux horaire est
de 85,00 EUR HTVA (prestations à distance, facturées par quart d'heure).

5. Déroulement et planning
Semaine 1 : atelier de cadrage dans vos locaux ; enregistrement Peppol.
Semaines 2 à 4 : installation et paramétrage des connecteurs sur un environnement de test ;
import des identifiants Peppol de vos clients dans les fiches BOB 50.
Semaine 5 : recette.
Semaine 6 : mise en production et formation.
L'atelier de cadrage a lieu au plus tard deux semaines après réception de votre accord. Pendant le
projet, vous recevez chaque vendredi un court état d'avancement par e-mail (tâches réalisées,
points ouverts, prochaines étapes). Votre interlocuteur unique est M. Julien Collignon.
Pour tenir ce planning, nous avons besoin de votre part, avant l'atelier de cadrage :
- d'un accès administrateur à BOB 50 et au back-office WooCommerce ;
- d'un fichier Excel de vos clients professionnels avec leur numéro d'entreprise ;
- des coordonnées de trois clients acceptant de participer à la recette.

6. Recette et garantie
La recette consiste à envoyer au moins cinq factures et deux notes de crédit réelles à vos trois
clients tests, et à recevoir une facture d'achat dans BOB 50. Vous disposez ensuite de cinq jours
ouvrables pour valider la recette par e-mail ou nous signaler les anomalies ; sans réaction de
votre part dans ce délai, la recette est considérée comme acceptée.
Les anomalies des connecteurs que vous nous signalez dans les trois mois qui suivent la mise en
production sont corrigées sans frais. Pendant les deux premières semaines de production, un
consultant vérifie chaque jour les envois en erreur avec vous. Un guide d'utilisation (envoi,
traitement des rejets, réception des factures d'achat) vous est remis à la formation.

7. Support
Le support est assuré par e-mail (support@digicompta.be) et par téléphone au 081/32 17 40, les
jours ouvrables de 9h00 à 12h30 et de 13h30 à 17h00. Nous revenons vers vous aussi vite que
possible. Notre équipe support dispose de la fiche de configuration de votre installation
(versions, journaux, correspondance des codes TVA), tenue à jour à chaque intervention.

8. Conditions de paiement
Prestations uniques : 50 % à la commande, 50 % à la mise en production. Abonnement : annuellement
et anticipativement. Nos factures sont payables à 30 jours date de facture. Les prix de
l'abonnement sont adaptables au 1er janvier de chaque année selon l'indice Agoria Digital.

9. Durée de l'abonnement
L'abonnement prend cours à la mise en production pour une période de douze mois. Il est ensuite
reconduit tacitement pour des périodes de douze mois, sauf résiliation par l'une des parties,
par e-mail ou par courrier, au moins deux mois avant l'échéance.

10. Fin de l'abonnement
Vos factures envoyées et reçues restent enregistrées dans BOB 50. Sur simple demande introduite
au plus tard à la fin de l'abonnement, nous vous remettons dans les 30 jours une exportation de
tous les documents archivés sur le point d'accès (fichiers UBL au format XML et PDF joints),
après quoi ils sont supprimés. Si vous changez de prestataire, nous transférons votre
enregistrement Peppol vers le nouveau point d'accès à la date que vous nous indiquez et
continuons à réceptionner vos factures jusqu'à ce transfert.

11. Conditions générales et dispositions diverses
Nos conditions générales de prestation de services (version 01/2026), jointes à la présente,
sont d'application ; en cas de contradiction, la présente offre prévaut.
Les connecteurs restent notre propriété ; vous en recevez un droit d'utilisation non exclusif et
non cessible pendant la durée de l'abonnement.
Pour les besoins de la transmission, nous traitons les données de vos factures, y compris les
données à caractère personnel de vos clients et fournisseurs, en qualité de sous-traitant au
sens de l'article 28 du RGPD, uniquement sur vos instructions et sur des serveurs situés dans
l'Union européenne ; la convention de sous-traitance figure en annexe 2.
Notre responsabilité est limitée au montant HTVA des prestations uniques de la présente offre.
Nous ne répondons pas du refus d'une facture par son destinataire, ni des amendes ou intérêts
réclamés par l'administration fiscale, ni d'aucun dommage indirect.
Le droit belge est applicable ; tout litige relève des tribunaux de l'arrondissement de Namur.

Pour DigiCompta Solutions srl                  Pour accord, Les Délices d'Ardenne srl
Julien Collignon, chef de projet               (date, nom, signature, mention « bon pour accord »)
[signé]
                                               ..............................................
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
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
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
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)

FR_FIBRE_INTERNET_SUBSCRIPTION = UnseenDocument(
    name="fr_fibre_internet_subscription",
    text="""CONNECTIS TELECOM sa
Boulevard du Souverain 280, 1160 Auderghem - BCE/TVA BE 0798.556.124 - www.connectis.brussels

CONTRAT D'ABONNEMENT - ACCÈS INTERNET PROFESSIONNEL PAR FIBRE OPTIQUE
Conditions particulières n° CT-BXL-26-08841

ENTRE
Connectis Telecom sa, dont le siège est établi boulevard du Souverain 280, 1160 Auderghem,
inscrite à la BCE sous le numéro 0798.556.124, représentée par M. Pierre-Yves Lambotte,
directeur des ventes entreprises, ci-après « Connectis »,
ET
Atelier d'architecture Verhaegen & Saïdi srl, dont le siège est établi rue de l'Aqueduc 57,
1050 Ixelles, inscrite à la BCE sous le numéro 0671.203.498, représentée par Mme Leïla Saïdi,
administratrice, ci-après « le Client ».

Article 1 - Documents contractuels
Le contrat se compose, par ordre de priorité décroissant : (1) des présentes conditions
particulières ; (2) de l'annexe 1 « Fiche technique du site » ; (3) des conditions générales de
Connectis pour les services aux entreprises, version 2026-03, dont le Client déclare avoir pris
connaissance. Notre proposition commerciale PRO-26-3317 du 14/11/2026 est jointe en annexe 2 et
fait partie du contrat pour ce qui concerne la description du service.

Article 2 - Description du service
2.1 Connectis fournit au Client, à son adresse rue de l'Aqueduc 57, 1050 Ixelles, un accès
Internet par fibre optique dédiée (FTTO) comprenant :
- un débit symétrique de 1 Gbit/s, dont 500 Mbit/s garantis de bout en bout jusqu'au coeur de
  réseau de Connectis ;
- un bloc de 8 adresses IPv4 fixes (/29) et un préfixe IPv6 /48 ;
- un routeur managé installé et supervisé par Connectis ;
- une liaison de secours 4G avec basculement automatique (option souscrite) ;
- l'accès au portail client (tickets, statistiques de trafic, rapports de disponibilité).
2.2 Ne font pas partie du service : le câblage intérieur au-delà du point de terminaison dans le
local technique, le réseau local et le Wi-Fi du Client, le pare-feu et les équipements du Client.

Article 3 - Prix et facturation
                                                              HTVA
Frais d'installation et de raccordement                 1.250,00 EUR  (une fois)
(étude de faisabilité, génie civil jusqu'à 50 m en
domaine privé, pose du routeur, mise en service)
Abonnement Fibre Pro 1G                                   289,00 EUR  / mois
Option secours 4G (carte SIM et 50 Go inclus)              29,00 EUR  / mois
Total mensuel                                             318,00 EUR  / mois

3.1 L'abonnement est facturé mensuellement et anticipativement à partir de la date de mise en
service ; les frais d'installation sont facturés à la mise en service. Les factures sont
payables dans les 20 jours de leur date, par virement ou par domiciliation.
3.2 Les travaux de génie civil au-delà de 50 m ou nécessitant un forage de façade font l'objet
d'un devis préalable, qui doit être accepté par écrit par le Client avant exécution. Les
interventions demandées par le Client hors du périmètre du service (par exemple sur son réseau
local) sont facturées 95,00 EUR HTVA par heure entamée, déplacement compris.
3.3 Connectis peut adapter ses tarifs et ses conditions générales. Elle en informe le Client au
moins un mois avant leur entrée en vigueur ; en cas d'augmentation, le Client peut résilier le
contrat sans frais avant cette date.

Article 4 - Raccordement et mise en service
4.1 Connectis réalise l'étude de faisabilité dans les dix jours ouvrables de la signature et
vise une mise en service dans les 45 jours ouvrables de la signature.
4.2 Le Client obtient l'autorisation écrite du propriétaire de l'immeuble ou du syndic pour le
passage de la fibre, donne accès au local technique aux dates convenues et met à disposition
une prise 230 V et deux unités libres dans une baie. Il désigne une personne de contact sur place.
4.3 Si la mise en service n'est pas intervenue dans les 90 jours calendrier suivant la signature
pour une cause imputable à Connectis, le Client peut résilier le contrat par lettre recommandée,
sans indemnité, et les montants déjà payés lui sont remboursés. Les délais sont suspendus tant
que l'autorisation visée au 4.2 ou une autorisation de voirie n'a pas été obtenue.
4.4 À la mise en service, le technicien effectue en présence du Client un test de débit et de
connectivité, ainsi qu'un test de basculement sur la liaison 4G. Le rapport de mise en service
est contresigné par le Client ; à défaut de remarque écrite dans les trois jours ouvrables, le
service est réputé accepté et la facturation de l'abonnement commence.

Article 5 - Niveaux de service
5.1 Disponibilité. Connectis s'engage sur une disponibilité du service de 99,8 % par mois
calendrier, mesurée par sa supervision au niveau du routeur managé. Ne sont pas comptées les
maintenances planifiées, annoncées au moins cinq jours ouvrables à l'avance, réalisées entre
00h00 et 06h00 et limitées à quatre heures par mois, ni les interruptions dues au Client ou à
un cas de force majeure.
5.2 Signalement des incidents. Le centre de supervision (NOC) est joignable 24 heures sur 24,
7 jours sur 7, au 02/790 44 00 pour tout incident de priorité 1. Les autres demandes sont
introduites via le portail client ou à noc@connectis.brussels et traitées les jours ouvrables
de 8h00 à 18h00.
5.3 Délais.
Priorité   Définition                                  Prise en charge      Rétablissement
P1         interruption totale de l'accès              30 minutes, 24/7     4 heures
P2         service dégradé (perte de paquets, débit    2 heures ouvrables   8 heures ouvrables
           réduit, fonctionnement sur la liaison 4G)
P3         question, demande de modification           1 jour ouvrable      5 jours ouvrables
Le délai de rétablissement court à partir de l'ouverture du ticket par le Client ou par le NOC.
5.4 Compensations. Si les engagements ne sont pas atteints, le Client a droit à un crédit sur
la redevance mensuelle de l'abonnement du mois concerné :
Disponibilité mensuelle inférieure à 99,8 % et égale ou supérieure à 99,5 % :   10 %
Disponibilité mensuelle inférieure à 99,5 % et égale ou supérieure à 99,0 % :   25 %
Disponibilité mensuelle inférieure à 99,0 % :                                   50 %
Dépassement du délai de rétablissement P1 : 5 % par heure entamée de dépassement.
Les crédits sont plafonnés à 50 % de la redevance mensuelle. Ils sont demandés via le portail
dans les 30 jours suivant la fin du mois concerné et déduits de la facture suivante.
5.5 Suivi. Le rapport mensuel de disponibilité et la liste des tickets du mois sont publiés sur
le portail client au plus tard le 10 du mois suivant. Le Client dispose d'un gestionnaire de
compte attitré, M. Thomas Wouters (thomas.wouters@connectis.brussels), qui conserve la fiche
technique du site (plan d'adressage, configuration du routeur, contacts) et organise une revue
de service tous les six mois. Toute réclamation non résolue par le NOC dans les délais ci-dessus
peut être portée auprès du Service Delivery Manager, puis du directeur des opérations.
5.6 Le micrologiciel du routeur et ses correctifs de sécurité sont maintenus à jour par Connectis,
en dehors des heures de bureau du Client.

Article 6 - Équipements
Le routeur et le modem 4G restent la propriété de Connectis. Ils sont restitués dans les 30
jours suivant la fin du contrat ; à défaut, ils sont facturés 450,00 EUR HTVA.

Article 7 - Durée et fin du contrat
7.1 Le contrat est conclu pour une durée initiale de 36 mois à compter de la mise en service.
Il se renouvelle ensuite tacitement par périodes de 12 mois, sauf résiliation notifiée par
lettre recommandée au plus tard trois mois avant l'échéance.
7.2 En cas de résiliation anticipée par le Client en dehors des cas prévus aux articles 3.3 et
4.3, les redevances mensuelles restant à courir jusqu'à la fin de la période en cours sont dues,
avec un maximum de douze mois.
7.3 Si la disponibilité mensuelle est inférieure à 99,0 % pendant trois mois consécutifs, le
Client peut résilier le contrat avec effet immédiat et sans indemnité.

Article 8 - Responsabilité
La responsabilité de Connectis est limitée aux dommages directs et ne peut dépasser, par année
contractuelle, le total des redevances payées par le Client au cours des trois mois précédant le
fait dommageable. Connectis n'est pas responsable de la perte de données, du manque à gagner, de
la perte de clientèle ou de l'interruption des activités du Client. Les crédits prévus à
l'article 5.4 constituent l'indemnisation forfaitaire et exclusive du non-respect des niveaux de
service.

Article 9 - Confidentialité et données à caractère personnel
9.1 Chaque partie garde confidentielles les informations techniques et commerciales reçues de
l'autre partie, pendant la durée du contrat et deux ans après sa fin.
9.2 Connectis traite les données d'identification, de facturation et de trafic liées au service
en qualité de responsable du traitement, conformément au RGPD et à la loi du 13 juin 2005
relative aux communications électroniques. Les données de trafic sont conservées pendant
12 mois, puis effacées ou anonymisées. Connectis n'a pas accès au contenu des communications du
Client.

Article 10 - Plaintes, droit applicable et juridiction
Toute plainte est adressée d'abord au service clientèle de Connectis, qui y répond dans les
15 jours. Si la réponse ne le satisfait pas, le Client peut s'adresser au Service de médiation
pour les télécommunications, boulevard Roi Albert II 8 bte 3, 1000 Bruxelles. Le contrat est
régi par le droit belge ; tout litige relève de la compétence exclusive des tribunaux
francophones de l'arrondissement judiciaire de Bruxelles.

Fait à Bruxelles, le 02/12/2026, en deux exemplaires originaux.

Pour Connectis Telecom sa                    Pour Atelier d'architecture Verhaegen & Saïdi srl
Pierre-Yves Lambotte                         Leïla Saïdi
Directeur des ventes entreprises             Administratrice
(signature)                                  (signature)
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
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
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
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 20,
        "availability_percent": 99.8,
        "response_time_hours_highest_priority": 0.5,
    },
)

FR_SAP_CONSULTANT_SECONDMENT = UnseenDocument(
    name="fr_sap_consultant_secondment",
    text="""CONVENTION DE MISE À DISPOSITION D'UN CONSULTANT
(article 32 de la loi du 24 juillet 1987 sur le travail temporaire, le travail intérimaire et la
mise de travailleurs à la disposition d'utilisateurs)

Réf. : NVC/MAD/2026-047

Entre les soussignés :
NOVALIS CONSULTING srl, rue Émile Francqui 6, 1435 Mont-Saint-Guibert, numéro d'entreprise
0684.927.315, représentée par M. Grégory Lemaire, directeur général, ci-après « le Prestataire »,
et
BISCUITERIE DU ROMAN PAYS sa, avenue Robert Schuman 22, 1400 Nivelles, numéro d'entreprise
0402.116.853, représentée par M. Frédéric Wathelet, directeur financier, ci-après « le Client »,

il est convenu ce qui suit.

1. Objet
1.1 Le Client a entrepris le passage de son ERP de SAP ECC 6.0 vers SAP S/4HANA. Il reste maître
du projet, dont il assure la direction par l'intermédiaire de son chef de projet interne,
Mme Sarah Goossens.
1.2 Pour renforcer l'équipe projet, le Prestataire met à la disposition du Client Mme Élodie
Renard, consultante fonctionnelle SAP FI-CO, membre de son personnel, qui exercera les tâches
suivantes : analyse des processus comptables et de contrôle de gestion, paramétrage des modules
FI et CO, rédaction des spécifications fonctionnelles des développements ABAP, participation aux
tests d'intégration et assistance aux utilisateurs clés de la comptabilité.
1.3 L'offre du Prestataire n° NVC-O-2026-311 du 12/11/2026 et le curriculum vitae de la
consultante (annexe 1) font partie intégrante de la présente convention.

2. Profil de la consultante
Mme Renard compte neuf années d'expérience en SAP FI-CO, dont deux projets de migration vers
S/4HANA ; elle est certifiée « SAP Certified Application Associate - Financial Accounting with
SAP S/4HANA ». Elle travaille en français et en néerlandais.

3. Autorité et instructions
3.1 Le Prestataire demeure l'employeur de la consultante et exerce seul l'autorité patronale à
son égard (rémunération, congés, évaluation, discipline).
3.2 Conformément à l'article 31, § 1er, de la loi du 24 juillet 1987, le Client peut lui donner
des instructions concernant uniquement : les horaires et le lieu de travail ; le respect des
règles de sécurité, de bien-être et de confidentialité en vigueur dans l'entreprise ; la
priorisation des tâches décrites à l'article 1.2 et les délais internes du projet.
3.3 Le Client assume, pendant la durée de la mise à disposition, les obligations relatives à la
sécurité et au bien-être au travail sur son site. Il met à la disposition de la consultante un
poste de travail, un ordinateur portable, un badge et les accès SAP nécessaires dès le premier
jour, et l'informe des consignes de sécurité applicables dans l'usine.

4. Durée, lieu et horaire
4.1 La mise à disposition débute le 1er février 2027 et prend fin de plein droit le 31 juillet
2027, soit une durée de six mois. Elle ne peut être prolongée que par un avenant écrit signé par
les deux parties.
4.2 La consultante preste quatre jours par semaine au siège du Client à Nivelles et un jour en
télétravail, selon l'horaire de 8h30 à 17h00.

5. Prix et facturation
5.1 Les prestations sont facturées au tarif de 875,00 EUR HTVA par jour presté (huit heures),
frais de déplacement entre Bruxelles et Nivelles inclus. Ce tarif est ferme jusqu'au
31 décembre 2027.
5.2 Le volume est estimé à 110 jours, soit un budget de 96.250,00 EUR HTVA qui ne peut être
dépassé sans l'accord écrit préalable du Client. Les prestations en soirée, le samedi ou un
jour férié ne sont effectuées qu'à la demande écrite du Client et sont majorées de 50 %.
Les éventuels déplacements vers l'usine de Tilburg sont refacturés au coût réel, sur
présentation des justificatifs et après accord préalable du Client.
5.3 Le Prestataire facture à la fin de chaque mois les jours prestés, sur la base de la feuille
de prestations signée par le chef de projet du Client. Les factures sont payables à 45 jours
date de facture.

6. Suivi de la mission
6.1 La consultante remet chaque mois au chef de projet du Client un rapport d'activité (tâches
réalisées, livrables, difficultés rencontrées, prévisions pour le mois suivant).
6.2 Un point mensuel réunit le chef de projet du Client, la consultante et M. Olivier Debuisson,
responsable de compte du Prestataire. Les difficultés qui ne peuvent être réglées à ce niveau
sont soumises au directeur financier du Client et au directeur général du Prestataire.

7. Remplacement de la consultante
7.1 Le Prestataire ne peut retirer la consultante de la mission sans l'accord du Client, sauf en
cas de départ de son personnel ou d'absence de plus de dix jours ouvrables.
7.2 Dans ces cas, ou sur demande motivée du Client, le Prestataire propose dans les dix jours
ouvrables un remplaçant de profil au moins équivalent, dont le CV est soumis à l'approbation du
Client. Les trois premiers jours du remplaçant, consacrés à la reprise des dossiers, ne sont pas
facturés.

8. Documentation et transfert de connaissances
La consultante documente le paramétrage réalisé et ses spécifications dans l'outil de
documentation du projet du Client, au fur et à mesure. Au cours des deux dernières semaines de la
mission, elle transmet ses dossiers au chef de projet et aux deux utilisateurs clés désignés par
le Client, au cours de séances de passation dont le contenu est consigné par écrit.

9. Nature des obligations du Prestataire
Le Prestataire s'engage à mettre à disposition une consultante possédant les compétences
décrites à l'article 2. Il est tenu d'une obligation de moyens ; la direction du projet, le choix
des solutions et les résultats du projet relèvent de la responsabilité du Client.

10. Propriété intellectuelle
Les documents, spécifications et paramétrages réalisés par la consultante dans le cadre de la
mission appartiennent au Client dès leur paiement. Le Prestataire conserve ses méthodes et
modèles de documents préexistants, dont le Client reçoit une licence gratuite pour ses besoins
internes.

11. Confidentialité et protection des données
11.1 Le Prestataire et la consultante gardent strictement confidentielles toutes les
informations relatives au Client, à ses recettes, à ses prix et à ses fournisseurs, pendant la
mission et cinq ans après son terme. La consultante signe à cet effet l'engagement de
confidentialité du Client.
11.2 Dans le système SAP, la consultante a accès à des données à caractère personnel
(fournisseurs, clients, membres du personnel) ; elle les traite exclusivement selon les
instructions du Client et sa politique de sécurité de l'information. L'accord de traitement de
données conclu en application de l'article 28 du RGPD figure en annexe 2 ; il prévoit notamment
l'interdiction de toute copie hors des systèmes du Client et la notification de toute violation
de données dans les 24 heures.

12. Responsabilité
La responsabilité du Prestataire est limitée aux dommages directs causés par une faute grave de
la consultante et ne peut excéder le montant facturé pour un mois de prestations. Le Prestataire
n'est pas responsable des erreurs de paramétrage, des pertes de données ni des retards du projet.

13. Non-sollicitation
Pendant la mission et douze mois après sa fin, le Client s'interdit d'engager directement ou
indirectement la consultante, sauf accord écrit du Prestataire. En cas de manquement, il est
redevable d'une indemnité égale à 120 jours de prestations au tarif de l'article 5.1.

14. Résiliation
14.1 Chaque partie peut mettre fin à la convention par lettre recommandée moyennant un préavis de
30 jours calendrier.
14.2 En cas de manquement grave de l'autre partie non réparé dans les quinze jours d'une mise en
demeure, la partie lésée peut résilier la convention avec effet immédiat.
14.3 À la fin de la mise à disposition, la consultante restitue le matériel et les badges du
Client.

15. Documents applicables, droit applicable et juridiction
La présente convention et ses annexes constituent l'intégralité de l'accord des parties et
prévalent sur les bons de commande du Client ; aucune condition générale de l'une ou l'autre
partie ne s'applique. Elle est régie par le droit belge. Tout litige relève de la compétence
exclusive du tribunal de l'entreprise du Brabant wallon.

Fait à Nivelles, le 27 novembre 2026, en deux exemplaires, chaque partie ayant reçu le sien.

Pour Novalis Consulting srl                   Pour Biscuiterie du Roman Pays sa
Grégory Lemaire, directeur général            Frédéric Wathelet, directeur financier
(signé)                                       (signé)

Annexes : 1. CV de Mme Élodie Renard - 2. Accord de traitement de données (art. 28 RGPD)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
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
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
    },
    figures={
        "contract_term_months": 6,
        "notice_period_days": 30,
        "payment_term_days": 45,
    },
)

FR_DOCUMENTS = (
    FR_PEPPOL_EINVOICING_OFFER,
    FR_FIBRE_INTERNET_SUBSCRIPTION,
    FR_SAP_CONSULTANT_SECONDMENT,
)
