"""Held-out batch 10, French documents: a short maintenance and support agreement for an
invoicing / sales-management software used by a small joinery firm near Liège (12 months, tacit
renewal, signed by both parties), a Brussels IT firm's e-mailed offer to move an architects'
office from IMAP mail and a NAS to Google Workspace (acceptance by a "bon pour accord" e-mail
reply, no signature blocks), and a long formal contract for qualified legal electronic archiving
(Livre XII CDE / eIDAS) between a Walloon trust service provider and an accounting firm (36 months,
tacit renewal with six months' notice, signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail or an
empty client signature line raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

FR_INVOICING_SOFTWARE_MAINTENANCE_CONTRACT = UnseenDocument(
    name="fr_invoicing_software_maintenance_contract",
    text="""LOGIFACT srl
Rue de Herve 412 - 4030 Grivegnée (Liège) - BCE BE 0712.644.318
Tél. 04/365 22 10 - support@logifact.be - www.logifact.be

CONVENTION DE MAINTENANCE ET D'ASSISTANCE - LOGICIEL FACTUPRO
Convention n° MA-2027-0158

Entre Logifact srl, représentée par M. Didier Renard, gérant (ci-après « Logifact »),
et MENUISERIE DETHIER & FILS srl, rue du Pont 27, 4650 Herve, BCE BE 0439.120.776,
représentée par M. Luc Dethier, administrateur délégué (ci-après « le Client »).

1. Objet
Le Client utilise depuis 2021 le logiciel de facturation et de gestion commerciale FactuPro
(modules Devis-Factures, Stock et Export comptable), installé sur son serveur et sur trois postes.
La présente convention règle la maintenance et l'assistance de ce logiciel à partir du
1er janvier 2027.

2. Ce qui est compris
- la correction des anomalies du logiciel ;
- les mises à jour légales (taux de TVA, mentions obligatoires sur les factures, formats
  d'échange avec le logiciel comptable du Client) et les nouvelles versions de FactuPro publiées
  pendant la durée de la convention, y compris leur installation par télémaintenance ;
- le maintien de la conformité du module de facturation électronique aux exigences légales
  belges (réseau Peppol, format UBL) ;
- l'assistance par téléphone, e-mail et télémaintenance des utilisateurs pour l'usage courant
  du logiciel ;
- une heure de formation à distance par an pour un nouvel utilisateur.

3. Ce qui n'est pas compris
- le matériel, le système d'exploitation, la sauvegarde, l'antivirus et le réseau du Client ;
- la création de nouveaux modèles de documents ou d'états et tout développement spécifique ;
- les interventions rendues nécessaires par une mauvaise manipulation, une modification du
  paramétrage par un tiers ou un virus ;
- les déplacements sur site.
Ces prestations sont facturées au tarif horaire de 95,00 € HTVA (déplacement : forfait de
45,00 € HTVA en province de Liège), après envoi d'une estimation que le Client accepte par écrit
(un e-mail suffit) avant le début de l'intervention.

4. Assistance : horaires et délais
Le support est joignable du lundi au vendredi de 8h30 à 12h00 et de 13h00 à 17h00, hors jours
fériés, au 04/365 22 10, par e-mail à support@logifact.be ou via le portail client.
- Incident bloquant (impossible d'établir, d'imprimer ou d'envoyer une facture) : prise en
  charge dans les 4 heures ouvrables ; solution ou contournement dans les 2 jours ouvrables.
- Autres demandes : prise en charge au plus tard le jour ouvrable suivant.
Votre interlocutrice attitrée est Mme Aline Jacquemin. Logifact tient à jour une fiche de votre
installation (version, postes, modules, paramétrage TVA, coordonnées de votre comptable).

5. Engagements du Client
Le Client effectue chaque jour une sauvegarde de la base FactuPro selon la procédure décrite dans
le manuel, maintient ses postes dans une configuration supportée (Windows 10 ou 11 à jour),
désigne un utilisateur référent (M. Thierry Dethier) et permet l'accès à distance lors des
interventions.

6. Prix et facturation
Redevance annuelle : 1.380,00 € HTVA (3 postes x 460,00 €).
La redevance est facturée en janvier, anticipativement, et payable à 30 jours date de facture.
Elle est indexée le 1er janvier de chaque année selon la formule P1 = P0 x I1 / I0, où I est
l'indice des prix à la consommation du mois de novembre précédent.

7. Durée et résiliation
La convention est conclue pour un an, du 01/01/2027 au 31/12/2027. Elle est ensuite reconduite
tacitement par périodes d'un an, sauf résiliation par écrit (lettre recommandée ou e-mail avec
accusé de réception) au moins deux mois avant l'échéance. En cas de non-paiement, Logifact peut
suspendre l'assistance après un rappel resté sans effet pendant 15 jours.

8. Propriété, données et confidentialité
FactuPro reste la propriété de Logifact. Le Client dispose d'une licence d'utilisation pour trois
postes, qu'il conserve si la maintenance prend fin (sans droit aux nouvelles versions).
Les données encodées (clients, articles, devis, factures) appartiennent au Client et sont
stockées sur son serveur. À la fin de la convention, Logifact fournit sur simple demande et sans
frais un export complet des données au format CSV et des factures aux formats PDF et UBL.
Logifact et son personnel gardent strictement confidentielles les informations du Client dont ils
ont connaissance. Lors des télémaintenances, Logifact peut accéder à des données personnelles
(clients, personnel) ; elle agit alors comme sous-traitant au sens du RGPD, selon l'avenant de
traitement des données joint à la présente convention.

9. Responsabilité
Logifact répond de ses fautes dans l'exécution de la maintenance dans la limite du montant de la
redevance annuelle. Elle n'est en aucun cas responsable de la perte ou de l'altération de
données, ni des dommages indirects tels que manque à gagner, perte de clientèle ou amendes
fiscales.

10. Droit applicable
La présente convention est soumise au droit belge. Les tribunaux de Liège, division Verviers,
sont seuls compétents.

Fait à Herve, le 28/11/2026, en deux exemplaires.

Pour Logifact srl                               Pour Menuiserie Dethier & Fils srl
Didier Renard, gérant                           Luc Dethier, administrateur délégué
(signé)                                         (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "missing",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
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
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
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
        "response_time_hours_highest_priority": 4,
    },
)

FR_GOOGLE_WORKSPACE_MIGRATION_OFFER = UnseenDocument(
    name="fr_google_workspace_migration_offer",
    text="""De : Mehdi Ouali <mehdi.ouali@nuvola.brussels>
À : Anne-Sophie Lejeune <as.lejeune@atelier-canal.be>
Date : mercredi 2 décembre 2026 11:17
Objet : Offre NV-2026-214 - passage à Google Workspace
Pièces jointes : NV-2026-214.pdf ; Conditions_generales_Nuvola.pdf ; Convention_RGPD_Nuvola.pdf

Bonjour Madame Lejeune,

Merci pour notre échange de vendredi. Comme promis, voici notre proposition pour faire passer
l'Atelier Canal à Google Workspace (détail ci-dessous et en PDF). Je serai votre chef de projet
et votre unique point de contact ; je suis certifié Professional Google Workspace Administrator
et je réalise ce type de migration depuis sept ans.
Pour accepter l'offre, un simple « bon pour accord » en réponse à ce mail suffit ; nous
bloquons alors les dates ci-dessous.

Bien à vous,
Mehdi Ouali - Nuvola srl - 0478/63 21 05

--------------------------------------------------------------------------------------------
NUVOLA srl - rue de l'Hôtel des Monnaies 52, 1060 Saint-Gilles - BCE BE 0790.335.462
Offre NV-2026-214 du 02/12/2026 - valable 30 jours
Client : ATELIER CANAL srl, architectes, quai des Charbonnages 40, 1080 Molenbeek-Saint-Jean

1. Situation et objectif
14 utilisateurs. Messagerie IMAP chez One.com (domaine atelier-canal.be, environ 62 Go au
total), agendas partagés dans Outlook, fichiers sur un NAS Synology (environ 380 Go).
Objectif : tout regrouper dans Google Workspace Business Standard.

2. Ce que nous faisons (forfait)
a) Préparation : inventaire des boîtes, alias, listes et droits du NAS ; création et
   sécurisation du compte Google Workspace (domaine, groupes, validation en deux étapes).
b) Migration des e-mails, agendas et contacts des 14 boîtes, avec tout l'historique.
c) Migration des fichiers du NAS vers 6 Drives partagés selon votre structure actuelle
   (projets, administratif, modèles), avec reprise des droits par groupe, jusqu'à 400 Go.
d) Bascule des enregistrements DNS (MX, SPF, DKIM, DMARC) et synchronisation finale.
e) Configuration des 14 ordinateurs (Drive pour ordinateur) et des smartphones (Gmail, Agenda).
f) Formation : 2 sessions de 1h30 dans vos locaux (Gmail et Agenda, puis Drive et partage), et
   présence d'un technicien le lundi matin du démarrage (8h00 - 12h00).
g) Documentation : un dossier de configuration (comptes, groupes, Drives partagés et droits,
   DNS, règles de sécurité) remis en fin de projet, avec une passation d'une heure à votre
   référente.
Non compris : les archives PST et les anciens mails stockés uniquement sur les postes, les
logiciels de CAO, le remplacement ou la mise hors service du NAS, les fichiers au-delà de 400 Go,
les imprimantes et scanners (scan vers e-mail à configurer en régie si nécessaire).

3. Prix (HTVA)
Mise en place et sécurisation du compte Google Workspace               690,00 €
Migration e-mails, agendas, contacts : 14 x 95,00 €                    1.330,00 €
Migration NAS vers Drives partagés (forfait jusqu'à 400 Go)           1.450,00 €
Bascule DNS, configuration des postes et smartphones                    840,00 €
Formation (2 x 1h30) et présence le lundi du démarrage                  550,00 €
Total forfait migration                                               4.860,00 €

Licences Google Workspace Business Standard (plan annuel) :
14 x 13,60 € = 190,40 € par mois
Option « Nuvola Care » (gestion des arrivées et départs, assistance par téléphone et e-mail du
lundi au vendredi de 8h30 à 18h00 ; nous traitons vos demandes dans les meilleurs délais) :
6,00 € par utilisateur et par mois, résiliable chaque mois.
Travail supplémentaire éventuel : en régie à 95,00 € de l'heure, uniquement après votre accord
par e-mail sur une estimation.
Nuvola peut adapter ses prix (licences et option Care) une fois par an, notamment en fonction
des tarifs de Google, en vous prévenant un mois à l'avance.

4. Planning proposé
- semaine du 11/01/2027 : préparation et création du compte Google Workspace ;
- du 18/01 au 28/01 : migration progressive des mails et des fichiers en arrière-plan (vous
  continuez à travailler normalement) ;
- jeudi 21/01 : les deux sessions de formation ;
- vendredi 29/01 au soir : bascule DNS ; samedi 30/01 : synchronisation finale ;
- lundi 01/02/2027 : démarrage sur Google Workspace, technicien sur place de 8h00 à 12h00.

5. De votre côté
Au plus tard le 08/01/2027 : un accès administrateur à votre zone DNS chez One.com, la liste des
utilisateurs et des groupes, un accès administrateur aux boîtes mail et au NAS, et une référente
interne joignable pendant le week-end de bascule. Si ces éléments ne nous parviennent pas à
temps, la bascule est reportée au premier week-end libre dans notre planning ; une deuxième
intervention de week-end est alors facturée 380,00 €.

6. Réception et garantie
Le lundi du démarrage, nous parcourons avec votre référente une liste de contrôle (envoi et
réception de mails, agendas partagés, accès aux Drives partagés pour chaque groupe). Sans
remarque écrite de votre part dans les 5 jours ouvrables, le projet est considéré comme
réceptionné. Les corrections de notre configuration signalées dans les 30 jours qui suivent la
bascule sont gratuites.

7. Licences, durée et données
Les licences sont souscrites par Nuvola, revendeur Google, au nom de l'Atelier Canal, sur le plan
annuel de Google : durée d'un an à partir du 01/02/2027, renouvelée automatiquement pour un an,
sauf demande de résiliation au moins 30 jours avant l'échéance.
Vos données restent les vôtres : vous êtes administratrice principale de votre compte et pouvez
à tout moment exporter l'ensemble de vos données (mails au format MBOX, agendas au format ICS,
fichiers dans leur format d'origine) avec l'outil d'exportation de Google.
Pendant la migration, Nuvola traite vos données en tant que sous-traitant au sens du RGPD
(convention jointe) ; pour le service lui-même, l'avenant de Google relatif au traitement des
données s'applique. Nos techniciens sont tenus au secret sur toutes les informations et tous les
documents dont ils prennent connaissance.

8. Facturation et conditions
Forfait : 50 % à l'acceptation, 50 % après la bascule. Licences et option Care : facturées
mensuellement. Factures payables à 15 jours.
Nos conditions générales, jointes, s'appliquent à la présente offre et prévalent sur toute
condition du client ; le service Google Workspace est en outre soumis aux conditions de Google.
Nuvola ne peut être tenue responsable d'une perte de données lors de la migration : nous vous
conseillons de garder votre abonnement One.com et votre NAS en l'état pendant au moins un mois
après la bascule. Pour le reste, notre responsabilité est limitée au montant du forfait.
Droit belge ; tribunaux francophones de Bruxelles.
""",
    items={
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
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
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 30,
    },
)

FR_LEGAL_ELECTRONIC_ARCHIVING_CONTRACT = UnseenDocument(
    name="fr_legal_electronic_archiving_contract",
    text="""CONTRAT DE SERVICES D'ARCHIVAGE ÉLECTRONIQUE QUALIFIÉ
Réf. ARC-2026-0093

ENTRE
ARCHIVALIS sa, prestataire de services de confiance qualifié pour l'archivage électronique,
inscrit sur la liste de confiance belge tenue par le SPF Économie, dont le siège est établi
avenue Georges Lemaître 19, 6041 Gosselies, BCE BE 0658.772.190, représentée par
M. Frédéric Dumont, administrateur délégué, ci-après « le Prestataire »,
ET
FIDUCIAIRE MOSANE srl, experts-comptables et conseils fiscaux, quai de Rome 38, 4000 Liège,
BCE BE 0447.318.905, représentée par Mme Isabelle Carpentier, gérante, ci-après « le Client ».

Article 1 - Objet et documents contractuels
1.1 Le Prestataire fournit au Client un service d'archivage électronique qualifié au sens du
Livre XII du Code de droit économique et du règlement (UE) n° 910/2014 (eIDAS), pour les documents
comptables, fiscaux et sociaux que le Client conserve pour lui-même et pour ses clients.
1.2 Le contrat comprend, par ordre de priorité décroissant : le présent contrat ; l'annexe 1
(niveaux de service) ; l'annexe 2 (convention de sous-traitance RGPD) ; l'annexe 3 (politique
d'archivage du Prestataire) ; l'offre ARC-OF-26-118 du 11/10/2026 (annexe 4) ; l'annexe 5
(cahier de tests). Les conditions générales des parties ne s'appliquent pas.

Article 2 - Description du service
2.1 Le service comprend :
 a) le versement des documents (PDF/A, XML, UBL, TIFF) via le connecteur à la gestion
    électronique de documents (GED) du Client ou via le portail web ;
 b) le contrôle du format, le calcul d'une empreinte SHA-256, l'horodatage électronique qualifié
    et la délivrance d'une preuve de dépôt pour chaque versement ;
 c) la conservation dans deux centres de données situés en Belgique, distants de plus de 50 km,
    avec un contrôle d'intégrité trimestriel de l'ensemble des archives ;
 d) la recherche, la consultation et la restitution des documents avec leurs preuves pendant
    toute la durée de conservation choisie par le Client (par défaut dix ans) ;
 e) la veille sur la pérennité des formats et, si nécessaire, la conversion vers un format
    pérenne, avec conservation des preuves de la conversion.
2.2 Ne sont pas compris : la numérisation de documents papier, l'indexation manuelle, les
développements du connecteur au-delà de l'interface standard (API REST) et la valeur probante
des documents tels qu'ils sont versés par le Client.

Article 3 - Mise en service et reprise de l'existant
3.1 Calendrier, à compter de la réunion de lancement fixée au 11/01/2027 :
 - semaines 1 et 2 : atelier de cadrage, plan de classement, métadonnées, paramétrage ;
 - semaines 3 à 5 : installation et tests du connecteur avec la GED du Client ;
 - semaines 6 à 10 : reprise des archives existantes (environ 1,4 To, 2,3 millions de
   documents sur le serveur de fichiers du Client), avec conversion en PDF/A si nécessaire et
   rapport de reprise (documents repris, rejetés et motifs du rejet) ;
 - mise en production au plus tard douze semaines après la réunion de lancement.
3.2 À l'issue de la reprise, le Client contrôle un échantillon aléatoire de 2 % des documents
repris ainsi que les fonctions de versement, de recherche et de restitution selon le cahier de
tests (annexe 5). Il signe le procès-verbal de réception ou communique ses réserves motivées dans
les dix jours ouvrables ; le Prestataire lève les réserves dans les dix jours ouvrables, après
quoi une nouvelle vérification a lieu.
3.3 Si la mise en production est retardée du fait du Prestataire, celui-ci est redevable d'une
indemnité forfaitaire de 1 % des frais uniques par semaine de retard, limitée à 10 %. Un retard
du Client dans la fourniture des éléments prévus à l'article 5 reporte les échéances d'autant.
3.4 Le Prestataire forme deux administrateurs du Client (une journée) et les utilisateurs (deux
sessions de deux heures sur site), et remet un manuel utilisateur et un manuel administrateur en
français.

Article 4 - Équipe, qualité et suivi
4.1 La mise en service est dirigée par Mme Nathalie Servais, archiviste diplômée, qui compte
douze ans d'expérience en gestion des archives électroniques ; le suivi est ensuite assuré par
un gestionnaire de compte attitré, M. Julien Hock. Tout changement de ces personnes est notifié
au Client au moins quinze jours à l'avance et s'accompagne d'une passation, sans frais pour le
Client.
4.2 Le Prestataire tient un dossier d'exploitation propre au Client (plan de classement, durées
de conservation, paramétrage du connecteur, contacts).
4.3 Le Prestataire maintient son statut de prestataire qualifié, évalué tous les deux ans par un
organisme d'évaluation de la conformité accrédité, ainsi que sa certification ISO/IEC 27001. Il
communique au Client les rapports de synthèse de ces audits et l'informe sans délai de toute
perte ou suspension de son statut.
4.4 Le Prestataire remet chaque mois un rapport de service : volumes versés et stockés,
disponibilité mesurée, incidents et délais de traitement, résultats des contrôles d'intégrité.
4.5 Un comité de suivi réunit les parties chaque trimestre la première année, puis chaque
semestre. Les difficultés sont escaladées au gestionnaire de compte, puis au directeur des
opérations du Prestataire et à la gérante du Client.

Article 5 - Obligations du Client
Le Client fournit, au plus tard à la réunion de lancement, un accès en lecture au serveur de
fichiers pour la reprise, un accès de test à sa GED, la liste des catégories de documents et de
leurs durées de conservation, et désigne un référent (M. Arnaud Lhoest) disponible une
demi-journée par semaine pendant la mise en service. Il verse les documents dans les formats
acceptés et reste responsable du choix des durées de conservation.

Article 6 - Niveaux de service
6.1 Le service desk est joignable du lundi au vendredi de 8h00 à 18h00 par téléphone
(071/91 44 70), par e-mail (support@archivalis.be) et via le portail ; pour les incidents de
priorité 1, une permanence est assurée 24 heures sur 24, 7 jours sur 7, au 071/91 44 79.
6.2 Priorité 1 (service indisponible ou intégrité des archives menacée) : prise en charge dans
l'heure, rétablissement ou contournement dans les 8 heures. Priorité 2 (fonction dégradée) :
prise en charge dans les 4 heures ouvrables, résolution dans les 3 jours ouvrables. Priorité 3
(question, demande) : réponse dans les 2 jours ouvrables.
6.3 Le portail et l'API sont disponibles 99,8 % du temps, mesuré par mois civil, hors maintenance
planifiée annoncée cinq jours ouvrables à l'avance et réalisée entre 20h00 et 6h00. La
conservation et l'intégrité des archives font l'objet d'une obligation de résultat.
6.4 Si la disponibilité mensuelle est inférieure à 99,8 %, le Client reçoit un crédit de 5 % de
la redevance mensuelle par tranche entamée de 0,2 % en dessous de ce niveau, plafonné à 30 %.
Chaque dépassement du délai de rétablissement d'un incident de priorité 1 donne lieu à un crédit
de 10 %. Les crédits sont déduits de la facture suivante.
6.5 Le Prestataire applique les correctifs de sécurité critiques dans les 72 heures de leur
publication. Les nouvelles versions de la plateforme sont annoncées un mois à l'avance et
n'entraînent ni frais ni perte de fonctionnalité pour le Client.

Article 7 - Prix et paiement
7.1 Frais uniques (forfait) : paramétrage et connecteur 4.650,00 EUR HTVA ; reprise de
l'existant jusqu'à 1,5 To 6.900,00 EUR HTVA ; formation 1.200,00 EUR HTVA ; total 12.750,00 EUR
HTVA.
7.2 Redevance mensuelle : 540,00 EUR HTVA, pour un volume stocké jusqu'à 2 To et 20 utilisateurs ;
au-delà, 18,00 EUR HTVA par tranche de 100 Go et par mois.
7.3 Les prestations complémentaires (développements, reprises supplémentaires, assistance
au-delà du service) sont exécutées sur devis préalable accepté par écrit par le Client, au taux
journalier de 880,00 EUR HTVA.
7.4 Les prix sont indexés le 1er janvier selon la formule P = P0 x (0,2 + 0,8 x S / S0), où S
est l'indice Agoria des salaires (moyenne nationale). Aucune autre modification des prix, du
service ou des conditions n'est possible sans avenant signé par les deux parties.
7.5 Les frais uniques sont facturés à raison de 40 % à la signature et 60 % à la réception ; la
redevance est facturée trimestriellement et anticipativement à partir de la mise en production.
Les factures sont payables dans les 30 jours de leur date.

Article 8 - Propriété, confidentialité et données personnelles
8.1 Les archives, les métadonnées et les preuves restent la propriété exclusive du Client. Le
Prestataire concède au Client, pour la durée du contrat, un droit d'utilisation non exclusif de
la plateforme et du connecteur.
8.2 Chaque partie garde confidentielles les informations de l'autre, pendant le contrat et cinq
ans après sa fin. Les archives sont chiffrées au repos et en transit ; seuls les membres
habilités du personnel du Prestataire y ont accès, et chaque accès est journalisé.
8.3 Le Prestataire traite les données personnelles contenues dans les archives en qualité de
sous-traitant au sens de l'article 28 du RGPD, conformément à l'annexe 2. Les données sont
hébergées exclusivement en Belgique. Toute violation de données est notifiée au Client dans les
24 heures de sa découverte.

Article 9 - Responsabilité
Le Prestataire répond de la perte, de l'altération ou de l'indisponibilité définitive des
documents archivés, sauf faute du Client, à concurrence de 150.000,00 EUR par année
contractuelle. Cette limite ne s'applique pas en cas de faute lourde ou intentionnelle. Aucune
partie ne répond des dommages indirects de l'autre ; la perte d'un document archivé n'est pas un
dommage indirect.

Article 10 - Durée et résiliation
10.1 Le contrat prend effet à sa signature. La redevance court à partir de la mise en production,
pour une durée initiale de 36 mois. Le contrat est ensuite reconduit tacitement par périodes de
douze mois, sauf préavis notifié par lettre recommandée au moins six mois avant l'échéance.
10.2 Chaque partie peut résilier le contrat pour manquement grave auquel l'autre partie ne
remédie pas dans les 30 jours d'une mise en demeure. Le Client peut en outre résilier sans
indemnité si le Prestataire perd son statut qualifié ou si la disponibilité mensuelle est
inférieure à 99 % pendant trois mois consécutifs.

Article 11 - Réversibilité et continuité
11.1 À la fin du contrat, quelle qu'en soit la cause, le Prestataire restitue au Client ou au
prestataire qu'il désigne, dans les 60 jours, l'ensemble des documents dans leur format
d'archivage, avec leurs métadonnées (XML), empreintes, horodatages, preuves de dépôt et journal
de traçabilité, par transfert sécurisé ou sur support chiffré. Cette restitution complète est
comprise dans la redevance. Le Prestataire détruit ensuite ses copies et en délivre un certificat.
11.2 Le Prestataire assiste le Client et le nouveau prestataire pendant le transfert (cinq
jours-homme compris, au-delà aux conditions de l'article 7.3) et maintient le service aux mêmes
conditions jusqu'à la fin du transfert, pendant six mois au plus, au prorata de la redevance.
11.3 Le Prestataire ne peut en aucun cas retenir les archives, même en cas de facture contestée.
11.4 Conformément à son plan de cessation d'activité approuvé par l'organe de contrôle, en cas de
cessation d'activité, de faillite ou de perte de son statut qualifié, le Prestataire transfère
les archives et leurs preuves à un autre prestataire qualifié désigné en accord avec le Client,
ou les restitue au Client, sans frais pour celui-ci.

Article 12 - Litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis au comité de suivi,
puis, à défaut d'accord, à une médiation menée par un médiateur agréé par la Commission fédérale
de médiation, pendant 45 jours au plus. À défaut, les tribunaux de Liège, division Liège, sont
seuls compétents.

Fait à Liège, le 04/12/2026, en deux exemplaires originaux.

Pour ARCHIVALIS sa                              Pour FIDUCIAIRE MOSANE srl
Frédéric Dumont, administrateur délégué         Isabelle Carpentier, gérante
(signé)                                         (signé)
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
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.8,
    },
)

FR_DOCUMENTS = [
    FR_INVOICING_SOFTWARE_MAINTENANCE_CONTRACT,
    FR_GOOGLE_WORKSPACE_MIGRATION_OFFER,
    FR_LEGAL_ELECTRONIC_ARCHIVING_CONTRACT,
]
