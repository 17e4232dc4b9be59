"""Training documents, round 5, French (writer b): four documents as Belgian IT suppliers and their
clients write them.

- fr_t5b_web_to_print_portal_contract: a long, formal contract with numbered articles by which a
  Liège web agency develops, hosts and maintains a web-to-print ordering portal for a Verviers
  print shop (fixed price, go-live date, delay penalty, acceptance, 3-month warranty, hosting and
  maintenance for 36 months with tacit renewal, SLA with service credits, exit assistance; signed
  by both parties).
- fr_t5b_network_cabling_quote: an e-mail thread in which an installer sends a quote for Cat. 6A
  structured cabling of new offices and the client (an accounting firm) accepts it by e-mail;
  the supplier's general terms apply to the exclusion of all others; no signatures.
- fr_t5b_server_virtualisation_offer: a project offer by a Charleroi integrator to consolidate a
  transport company's physical servers on a Proxmox VE cluster (hardware, fixed installation fee,
  migration in time and materials without estimate, a 12-month maintenance contract with tacit
  renewal, best-efforts service, data loss excluded); signed by both parties.
- fr_t5b_mobile_device_management_service: a short letter with the particular conditions of a
  managed mobile-device-management (Intune) service for a home-care non-profit (per-device monthly
  fee, onboarding in four branches, support hours and response times, 12 months then indefinite
  with one month's notice, liability capped at three months of fees); signed electronically by
  both parties.

Written on 2026-12-05 by a helper session as training documents for the checklist model, without
reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings.

Conventions: months = 30 days for notice and warranty; the response time of the highest priority
is given in hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail
or an empty client signature line raises risk.unsigned. Items and risks whose reading is
ambiguous are left out; figures are given only where the text states them clearly.
"""

from .unseen_documents import UnseenDocument

FR_T5B_WEB_TO_PRINT_PORTAL_CONTRACT = UnseenDocument(
    name="fr_t5b_web_to_print_portal_contract",
    text="""CONTRAT DE DÉVELOPPEMENT, D'HÉBERGEMENT ET DE MAINTENANCE
Portail web-to-print « Delvaux Print Online » - Réf. CTR-2026-118
ENTRE
PIXELFORGE srl, rue Saint-Gilles 58, 4000 Liège, BCE BE 0712.845.309, représentée par
M. Arnaud Willems, administrateur délégué, ci-après « le Prestataire »,
ET
IMPRIMERIE DELVAUX & FILS sa, rue de la Station 112, 4800 Verviers, BCE BE 0402.118.967,
représentée par Mme Catherine Delvaux, administratrice déléguée, ci-après « le Client ».
Article 1 - Objet et documents contractuels
1.1 Le Prestataire développe, met en production, héberge et maintient un portail web-to-print
permettant aux clients professionnels du Client de configurer, calculer, commander et payer en
ligne des imprimés (cartes de visite, dépliants, brochures, affiches, bâches), de téléverser leurs
fichiers et de les personnaliser à partir de gabarits.
1.2 Le contrat se compose, par ordre de priorité décroissant, (a) du présent contrat, (b) du
cahier des charges du Client du 14/09/2026 (annexe 1), (c) de l'offre du Prestataire
n° PF-26-0457 du 30/10/2026 (annexe 2) et (d) de la convention de sous-traitance (annexe 3).
Les conditions générales du Prestataire et celles du Client ne s'appliquent pas.

Article 2 - Périmètre
2.1 Le prix forfaitaire comprend : le catalogue et le configurateur de produits (formats, papiers,
finitions, quantités) avec calcul du prix selon la grille tarifaire du Client ; l'éditeur en ligne
de gabarits ; le contrôle automatique des fichiers PDF (résolution, fonds perdus, couleurs) ; le
paiement en ligne (Bancontact, cartes, virement) ; l'interface avec le logiciel de gestion de
production (MIS) du Client (transfert des commandes, retour des statuts) ; l'espace client et le
back-office ; le site en français, en néerlandais et en anglais.
2.2 Ne sont pas compris : les licences du MIS et de son module API, les frais du prestataire de
paiement, la rédaction des textes, la photographie des produits, la traduction, ainsi que tout
développement non décrit à l'annexe 1.

Article 3 - Équipe
3.1 Le Prestataire affecte au projet Mme Julie Renard, cheffe de projet et point de contact
unique, M. Sébastien Lhoest, architecte et développeur principal (dix ans d'expérience en
plateformes e-commerce), et deux développeurs. Le Client désigne M. Marc Delvaux, directeur
commercial, comme chef de projet.
3.2 Le Prestataire ne remplace la cheffe de projet ou le développeur principal qu'avec l'accord
écrit préalable du Client, par une personne d'expérience équivalente, et assure à ses frais la
mise au courant du remplaçant.

Article 4 - Planning
Phase 1 - analyse fonctionnelle et maquettes : du 11/01/2027 au 12/02/2027.
Phase 2 - développement et interface MIS : du 15/02/2027 au 30/04/2027.
Phase 3 - reprise des données et tests de réception : du 03/05/2027 au 28/05/2027.
Mise en production : au plus tard le 07/06/2027.

Article 5 - Obligations du Client
Le Client fournit au plus tard le 29/01/2027 sa grille tarifaire complète, les spécifications de
ses produits et les accès de test au MIS, et au plus tard le 16/04/2027 les textes et visuels dans
les trois langues. Il valide les maquettes dans les cinq jours ouvrables de leur présentation.
Tout retard du Client décale le planning d'autant.

Article 6 - Retard
Si la mise en production est retardée par sa faute, le Prestataire doit une indemnité de 0,5 % du
prix forfaitaire par semaine de retard commencée, plafonnée à 10 % de ce prix.

Article 7 - Reprise des données
Le Prestataire importe les 2.300 comptes clients de l'ancienne boutique (fichiers CSV fournis
par le Client) et les gabarits existants, et remet un rapport des enregistrements rejetés.

Article 8 - Réception et mise en production
8.1 Le Client dispose de quinze jours ouvrables pour exécuter sur l'environnement de préproduction
les scénarios de test de l'annexe 1. Les anomalies sont classées bloquantes, majeures ou mineures.
8.2 La réception est prononcée par écrit quand les scénarios passent sans anomalie bloquante ni
majeure. Les anomalies mineures sont corrigées dans les trente jours.
8.3 Après la réception, le Prestataire installe le portail sur l'environnement de production,
redirige le domaine et effectue la mise en production un mardi, en dehors des heures d'ouverture,
selon une liste de contrôle validée par les deux chefs de projet.

Article 9 - Qualité, documentation et formation
9.1 Le code suit les standards PSR, est relu par un second développeur et couvert par des tests
automatisés pour le calcul des prix et l'interface MIS.
9.2 Le Prestataire remet à la réception la documentation technique (architecture, installation,
API) et un manuel d'utilisation du back-office.
9.3 Il donne, avant la mise en production, deux demi-journées de formation aux utilisateurs du
back-office et à l'équipe prépresse, dans les locaux du Client.

Article 10 - Suivi du projet
10.1 La cheffe de projet envoie chaque vendredi un rapport d'avancement (tâches réalisées,
planning, risques, points ouverts).
10.2 Un comité de pilotage réunit chaque mois Mme Delvaux, M. Delvaux, Mme Renard et M. Willems.
Un point non réglé en comité est soumis aux administrateurs délégués des deux parties, qui se
réunissent dans les dix jours ouvrables.

Article 11 - Garantie
Pendant trois mois à compter de la réception, le Prestataire corrige gratuitement toute anomalie
par rapport aux spécifications de l'annexe 1.

Article 12 - Hébergement et maintenance
12.1 Hébergement en Belgique (Diegem) ; sauvegarde quotidienne gardée 30 jours sur un autre site.
12.2 La maintenance comprend les mises à jour de sécurité du système, du framework et des modules
dans les quinze jours de leur publication (48 heures pour une faille critique), la correction des
anomalies, la surveillance 24h/24 et l'adaptation aux nouvelles versions de l'API du MIS.
12.3 Le support est joignable du lundi au vendredi de 8h30 à 17h30 au 04/229 71 30 et via le
portail de tickets ; pour les incidents bloquants, une astreinte répond 7 jours sur 7 de 7h00 à
22h00.
12.4 Délais :
  Priorité                                       Prise en charge       Rétablissement
  Bloquante (portail ou commandes indisponibles)  1 heure               4 heures
  Majeure (fonction importante dégradée)          4 heures ouvrables    2 jours ouvrables
  Mineure                                         2 jours ouvrables     version suivante
12.5 Le Prestataire garantit une disponibilité du portail de 99,7 % par mois civil, hors
maintenance planifiée annoncée cinq jours ouvrables à l'avance et effectuée entre 22h00 et 6h00.
12.6 Si la disponibilité mensuelle est inférieure à 99,7 %, le Client reçoit un avoir de 10 % de
la redevance mensuelle par tranche de 0,5 % manquante, plafonné à 50 % de la redevance du mois.
12.7 Le Prestataire tient à jour une fiche technique de l'environnement du Client ; Mme Renard
reste son interlocutrice après la mise en production. Un rapport de service mensuel
(disponibilité, tickets, délais) est transmis au Client.

Article 13 - Prix et paiement
13.1 Développement et mise en production : forfait de 68.400,00 EUR HTVA, facturé 30 % à la
signature, 40 % à la fin de la phase 2 et 30 % à la réception.
13.2 Mise en place de l'hébergement : 1.250,00 EUR HTVA, facturés à la mise en production.
13.3 Hébergement et maintenance : 890,00 EUR HTVA par mois, facturés trimestriellement par
anticipation à partir de la mise en production.
13.4 Toute modification demandée par le Client fait l'objet d'une demande de changement, que le
Prestataire chiffre par écrit dans les cinq jours ouvrables (coût et impact sur le planning) et
n'exécute qu'après acceptation écrite du Client. Elle est facturée au taux journalier de
720,00 EUR HTVA.
13.5 La redevance et le taux journalier sont indexés le 1er janvier de chaque année selon la
formule Agoria (salaires), avec un maximum de 4 % par an.
13.6 Les factures sont payables à 30 jours date de facture.

Article 14 - Propriété intellectuelle
Le portail repose sur le framework open source Sylius (licence MIT). Les développements
spécifiques (dont l'interface MIS et les gabarits) sont cédés au Client à la réception.

Article 15 - Confidentialité et données personnelles
15.1 Chaque partie garde confidentielles les informations de l'autre dont elle a connaissance,
pendant le contrat et trois ans après sa fin.
15.2 Le Prestataire traite les données des clients du Client (coordonnées, commandes, fichiers) en
qualité de sous-traitant conformément à l'annexe 3 (article 28 du RGPD), exclusivement dans
l'Union européenne.

Article 16 - Responsabilité
La responsabilité du Prestataire est limitée, par année contractuelle, au montant du forfait de
développement la première année et ensuite au double des redevances des douze derniers mois.
Cette limite ne s'applique pas en cas de dol, de faute lourde ou de violation des articles 15.1 et
15.2. Les dommages indirects sont exclus, à l'exception des frais de reconstitution des données.

Article 17 - Durée et fin
17.1 Le contrat entre en vigueur à sa signature. Le volet hébergement et maintenance a une durée
initiale de 36 mois à compter de la mise en production ; il est ensuite reconduit tacitement par
périodes de 12 mois, sauf résiliation par lettre recommandée au moins trois mois avant l'échéance.
17.2 Chaque partie peut résilier le contrat avec effet immédiat en cas de manquement grave non
corrigé dans les trente jours d'une mise en demeure, ou en cas de faillite de l'autre partie.
17.3 À la fin du contrat, pour quelque cause que ce soit, le Prestataire remet au Client dans les
quinze jours une copie complète de la base de données (exports SQL et CSV), des fichiers clients
et du code source, continue d'héberger et de maintenir le portail aux conditions en vigueur
pendant la migration vers un autre prestataire, pour six mois au plus, et assiste le nouveau
prestataire au taux journalier prévu. Il ne peut retenir ces données pour aucun motif.

Article 18 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord soumis à la procédure
d'escalade de l'article 10.2 ; à défaut d'accord dans les trente jours, il est porté devant les
tribunaux de l'arrondissement judiciaire de Liège, division Verviers.

Fait à Verviers, le 04/12/2026, en deux exemplaires originaux.

Pour PIXELFORGE srl                              Pour IMPRIMERIE DELVAUX & FILS sa
Arnaud Willems, administrateur délégué           Catherine Delvaux, administratrice déléguée
(signé)                                          (signé)
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
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

FR_T5B_NETWORK_CABLING_QUOTE = UnseenDocument(
    name="fr_t5b_network_cabling_quote",
    text="""De : Fabienne Haumont <f.haumont@fiduciaire-haumont.be>
À : Kevin Lambert <kevin@reseaux-lambert.be>
Date : lundi 30 novembre 2026 09:14
Objet : RE: Devis D26-214 câblage nouveaux bureaux Nivelles

Bonjour Kevin,

C'est ok pour nous, vous pouvez commander le matériel. On prend aussi l'option avec les 6 points
en plus dans la salle de réunion. Pour la date, la semaine du 18 janvier nous convient,
l'entrepreneur aura fini les plafonds d'ici là.

Bonne journée,
Fabienne Haumont
Fiduciaire Haumont & Associés srl

-----Message d'origine-----
De : Kevin Lambert <kevin@reseaux-lambert.be>
Envoyé : vendredi 27 novembre 2026 17:52
À : Fabienne Haumont <f.haumont@fiduciaire-haumont.be>
Objet : Devis D26-214 câblage nouveaux bureaux Nivelles

Bonjour Madame Haumont,

Suite à notre visite du chantier rue de Namur, voici notre devis pour le câblage de vos nouveaux
bureaux. Je le mets dans le corps du mail, le PDF suit avec nos conditions générales.

DEVIS D26-214 - validité 30 jours
RÉSEAUX LAMBERT srl - chaussée de Bruxelles 301, 1410 Waterloo - BCE BE 0563.781.240
Câblage structuré catégorie 6A blindé (F/FTP) - 2 niveaux, 410 m²

Poste                                                       Qté    P.U. HTVA     Total HTVA
Baie 19" 42U 800x1000 ventilée, montée (rez)                  1    1.140,00 €    1.140,00 €
Coffret mural 19" 12U (1er étage)                             1      385,00 €      385,00 €
Point double RJ45 cat. 6A (tirage, goulotte ou faux
plafond, raccordement des deux côtés)                        34      148,00 €    5.032,00 €
Panneau de brassage 24 ports cat. 6A                          3      168,00 €      504,00 €
Liaison fibre OM4 12 brins entre baies, tiroirs compris       1      690,00 €      690,00 €
Cordons de brassage et passe-câbles (forfait)                 1      240,00 €      240,00 €
Câble pour point d'accès Wi-Fi au plafond                     4      132,00 €      528,00 €
Certification de chaque lien (Fluke DSX) et rapport           1      380,00 €      380,00 €
                                                             Total HTVA        8.899,00 €

Option : 6 points doubles supplémentaires en salle de réunion (plafond) : 6 x 148,00 € =
888,00 € HTVA.

Compris : fourniture et pose, étiquetage des prises et des panneaux selon un plan de
numérotation, évacuation des déchets, plan de câblage final en PDF.
Pas compris : percements de murs porteurs ou de dalles, ouverture et fermeture des faux plafonds,
alimentation électrique de la baie (circuit dédié à prévoir par votre électricien), switches et
matériel actif (voir notre devis séparé D26-215).

Délai : environ 5 jours ouvrables sur place, à une date à convenir dès que les plafonds et les
cloisons sont terminés. Commande du matériel sous 2 semaines après votre accord.
Chef d'équipe sur le chantier : Dylan Moreau (0472/18 55 09).
De votre côté, merci de prévoir l'accès au bâtiment dès 7h30, un local qui ferme pour notre
matériel, le courant de chantier et les plans des bureaux avec l'emplacement des postes au plus
tard une semaine avant le début des travaux.

Réception : à la fin des travaux, nous faisons le tour de l'installation avec vous et vous
remettons le rapport de certification de chaque lien. Un lien qui ne passe pas la certification
est refait à nos frais avant la réception.

Garantie : 12 mois pièces et main-d'oeuvre à partir de la réception.

Travaux supplémentaires : les points ou modifications demandés en cours de chantier sont
facturés au prix unitaire du devis ou, à défaut, en régie à 58,00 € HTVA de l'heure par
technicien, après votre accord par e-mail ou sur le bon de travail.

Paiement : acompte de 30 % à la commande, solde à la réception. Factures payables à 15 jours.

Nos conditions générales d'installation (PDF joint) s'appliquent à l'exclusion de toutes autres
conditions et priment en cas de contradiction.

Pour le matériel actif, je vous envoie la proposition D26-215 lundi.

Bien à vous,
Kevin Lambert
Réseaux Lambert srl - 02/384 61 20
""",
    items={
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "missing",
        "maintenance.services": "missing",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.data_return": "missing",
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 360,
    },
)

FR_T5B_SERVER_VIRTUALISATION_OFFER = UnseenDocument(
    name="fr_t5b_server_virtualisation_offer",
    text="""DATAVIA srl - Intégrateur infrastructure & cloud
Avenue Jean Mermoz 18, 6041 Gosselies - BCE BE 0651.207.384 - 071/91 23 40 - www.datavia.be

TRANSPORTS DEBAISIEUX sa
À l'attention de M. Jean-Luc Debaisieux, administrateur délégué
Rue du Valemprez 52, 7711 Dottignies (Mouscron)

OFFRE DE PROJET N° DV-2026-0392                    Gosselies, le 18/11/2026 - validité 30 jours
Virtualisation et consolidation de l'infrastructure serveurs

1. Contexte
Vos quatre serveurs physiques (2014 à 2017), hors garantie, hébergent l'Active Directory, le
serveur de fichiers, le logiciel de gestion des transports (TMS) avec sa base SQL Server et les
sessions RDS de 25 utilisateurs. Vous souhaitez une infrastructure redondante, qui supporte la
panne d'un serveur sans arrêt des activités de planning.

2. Solution proposée
Un cluster de trois nœuds Proxmox VE avec stockage Ceph répliqué, deux switches 25 GbE
redondants, un serveur Proxmox Backup Server avec copie hebdomadaire sur disque externe à
conserver hors site, et un onduleur avec arrêt automatique des nœuds.

3. Matériel et licences                                Qté      P.U. HTVA        Total HTVA
Dell PowerEdge R660xs (2x Xeon Silver 4510, 256 Go,
4x SSD 3,84 To, 2x 25 GbE), ProSupport 5 ans J+1        3      11.260,00 €      33.780,00 €
Switch 25 GbE 24 ports                                   2       2.890,00 €       5.780,00 €
Serveur de sauvegarde (PBS), 4x 8 To                     1       6.450,00 €       6.450,00 €
Onduleur rack 3 kVA avec carte réseau                    1       1.980,00 €       1.980,00 €
                                                   Total matériel HTVA         47.990,00 €
Souscription Proxmox VE Basic (par socket, annuelle)     6         355,00 €    2.130,00 €/an

4. Prestations
4.1 Installation (forfait) : montage en rack, configuration du cluster, de Ceph, des VLAN et du
serveur de sauvegarde, tests de bascule : 7.800,00 € HTVA.
4.2 Migration : la reprise de vos quatre serveurs et de leurs données vers des machines virtuelles
(conversion P2V, migration de la base SQL du TMS avec l'éditeur, contrôle des partages de
fichiers et des droits) est réalisée en régie au taux de 105,00 € HTVA de l'heure, selon le temps
réellement presté. Sa durée dépend de l'état des serveurs existants et ne peut être déterminée à
l'avance. Toute prestation non prévue dans la présente offre est également facturée en régie.
Ne sont pas compris : les licences Windows Server et SQL Server (offre séparée DV-2026-0393), le
câblage du local technique et la reconfiguration des postes de travail.
4.3 Le lundi qui suit chaque week-end de migration, un technicien est présent chez vous de 7h30 à
12h00 pour assister vos utilisateurs.

5. Planning
Livraison du matériel : 4 à 6 semaines après commande. Installation : 3 jours. Migration : sur
deux week-ends, pour limiter l'interruption du planning. Durée totale estimée : 8 semaines.
Les délais de livraison du matériel dépendent du constructeur et sont donnés à titre indicatif ;
un retard de livraison ne peut donner lieu à aucune indemnité ni à l'annulation de la commande.

6. Vos engagements
Vous nous donnez un accès administrateur aux serveurs existants, la liste des applications avec
leurs clés de licence, la disponibilité de l'éditeur du TMS pendant le premier week-end de
migration, un circuit électrique dédié de 16 A dans le local technique et les licences Windows
Server nécessaires (voir offre séparée DV-2026-0393), au plus tard une semaine avant
l'installation.

7. Équipe, qualité et réception
Chef de projet : Grégory Pirard. Ingénieure système : Laura Dufour (sept ans d'expérience,
formation Proxmox VE Advanced). Chaque configuration est relue par un second ingénieur avant la
mise en production. La réception a lieu après les tests de bascule (arrêt d'un nœud, restauration
d'une machine virtuelle) réalisés en votre présence, et fait l'objet d'un procès-verbal signé par
les deux parties. Nous vous remettons un dossier d'infrastructure (schéma, adresses IP,
procédures de redémarrage et de restauration) et les mots de passe dans un coffre KeePass.

8. Garantie
Le matériel est garanti 5 ans par le constructeur, avec intervention sur site le jour ouvrable
suivant. L'installation est garantie trois mois : nous corrigeons gratuitement toute erreur de
configuration qui nous est imputable.

9. Contrat de maintenance DataVia Infra (compris dans la présente commande)
9.1 Contenu : supervision 24h/24 des nœuds, du stockage et des sauvegardes ; application mensuelle
des mises à jour Proxmox, des firmwares et des correctifs de sécurité ; test de restauration
trimestriel ; 2 heures d'intervention à distance par mois comprises, non reportables.
9.2 Prix : 390,00 € HTVA par mois, facturés trimestriellement par anticipation.
9.3 Support : du lundi au vendredi de 8h00 à 18h00, au 071/91 23 49 ou via support@datavia.be.
Prise en charge d'un incident critique (cluster ou TMS à l'arrêt) dans les 2 heures ouvrables,
des autres demandes dans les 8 heures ouvrables. Nous ne nous engageons pas sur un délai de
résolution.
9.4 Nous mettons tout en oeuvre pour assurer la continuité de votre infrastructure ; nos
obligations sont de moyens et aucune disponibilité n'est garantie.
9.5 Votre technicien référent, Laura Dufour, tient à jour le dossier d'infrastructure. Vous
recevez chaque mois un rapport de supervision (sauvegardes, mises à jour, incidents), et une
réunion de suivi a lieu chaque semestre dans vos locaux.
9.6 Le contrat de maintenance prend cours à la réception pour 12 mois et se renouvelle
tacitement par périodes de 12 mois, sauf résiliation écrite un mois avant l'échéance.
9.7 Les tarifs de maintenance et le taux horaire peuvent être revus par DataVia chaque année.

10. Paiement
Matériel : 40 % à la commande, solde à la livraison. Installation : à la réception. Régie :
mensuellement, sur relevé des heures. Factures payables à 30 jours date de facture ; tout retard
entraîne un intérêt de 10 % l'an et une indemnité forfaitaire de 15 %.

11. Conditions
11.1 Nos conditions générales de vente et de services (version 2025), jointes, s'appliquent à
tout ce qui n'est pas réglé par la présente offre, qui prévaut en cas de contradiction.
11.2 DataVia et son personnel gardent strictement confidentielles les informations et données
auxquelles ils ont accès. Pour les données personnelles hébergées sur vos serveurs, DataVia agit
comme sous-traitant selon la convention conforme à l'article 28 du RGPD jointe en annexe.
11.3 Notre responsabilité est limitée au montant HTVA des prestations (hors matériel) de la
présente commande. Nous ne répondons pas de la perte de données : il vous appartient de disposer
d'une sauvegarde complète et vérifiée avant la migration.
11.4 Droit belge ; tribunaux de l'arrondissement judiciaire du Hainaut, division Charleroi.

Pour DataVia srl                                 Pour accord, pour Transports Debaisieux sa
Grégory Pirard, chef de projet                   Jean-Luc Debaisieux, administrateur délégué
(signé)                                          Date : 24/11/2026 - (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
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
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)

FR_T5B_MOBILE_DEVICE_MANAGEMENT_SERVICE = UnseenDocument(
    name="fr_t5b_mobile_device_management_service",
    text="""KEYMOBILE srl
Place de l'Université 25, 1348 Louvain-la-Neuve - BCE BE 0794.305.611 - 010/39 48 00

ASBL Aide et Soins à Domicile Hesbaye-Condroz
À l'attention de M. Pierre Lecocq, directeur administratif
Rue du Marché 14, 4500 Huy

Louvain-la-Neuve, le 2 décembre 2026

Concerne : gestion de vos smartphones et tablettes - conditions particulières du service MDM

Monsieur Lecocq,

Merci pour votre confiance. Comme convenu lors de notre réunion du 24 novembre, voici les
conditions de notre service de gestion de votre flotte mobile (140 smartphones des infirmières et
aides familiales, 20 tablettes des coordinatrices). Nos conditions générales de services (version
03/2026, keymobile.be/cg) complètent ce document ; en cas de contradiction, ce document l'emporte.

Ce que nous faisons pour vous
- l'inscription de vos appareils dans Microsoft Intune (Android Enterprise, appareils dédiés) et
  l'enrôlement zero-touch des nouveaux appareils ;
- la configuration des profils : code de verrouillage, chiffrement, Wi-Fi des antennes,
  messagerie, applications métier (dossier de soins, planning des tournées) ;
- le déploiement des mises à jour Android et des correctifs de sécurité dans les 14 jours de leur
  publication par le constructeur, après test sur trois appareils pilotes, et la mise à jour des
  applications ;
- en cas de perte ou de vol, le verrouillage et l'effacement à distance ;
- un inventaire à jour (modèle, IMEI, utilisatrice, version) que vous pouvez consulter à tout
  moment, et un dossier de configuration (profils, stratégies, comptes) mis à jour à chaque
  modification.
Ne sont pas compris : les licences Microsoft 365 (achetées chez votre partenaire actuel), les
appareils eux-mêmes, leurs réparations et les abonnements télécom.

Démarrage
La mise en place (configuration d'Intune et des profils, tests, documentation) est facturée
2.400,00 € HTVA, une fois. Nos techniciens, certifiés Microsoft (Endpoint Administrator), enrôlent
les appareils existants lors de permanences d'une journée dans vos quatre antennes (Huy, Hannut,
Ciney, Andenne), entre le 11 et le 22 janvier 2027. Chaque coordinatrice reçoit un guide illustré
et une séance de 30 minutes pour aider ses équipes. Avant le 8 janvier, vous nous transmettez la
liste des utilisatrices et un compte administrateur Intune, et vous veillez à ce que chaque
appareil soit présent à la permanence de son antenne.

Prix et facturation
- Gestion MDM : 4,20 € HTVA par appareil et par mois, soit 672,00 € HTVA par mois pour 160
  appareils ; les appareils ajoutés ou retirés sont pris en compte au 1er du mois.
- Toute intervention hors de ce service (nouvelle application à configurer, appareil à
  réinitialiser sur place, etc.) est facturée 78,00 € HTVA de l'heure, sur devis accepté par vous.
- Facturation mensuelle, factures payables dans les 15 jours.
- KeyMobile peut adapter ses tarifs une fois par an, moyennant un préavis écrit de deux mois ;
  vous pouvez alors résilier le service sans frais.

Support
Notre helpdesk est joignable du lundi au vendredi de 7h30 à 18h00 et le samedi de 8h00 à 12h00,
au 010/39 48 20 ou via mdm@keymobile.be.
- Priorité 1 (perte ou vol, appareil bloqué qui empêche les soins) : prise en charge dans l'heure.
- Priorité 2 (application métier indisponible sur plusieurs appareils) : dans les 4 heures
  ouvrables.
- Autres demandes : le jour ouvrable suivant.
Nous ne nous engageons pas sur un délai de résolution, qui dépend souvent du constructeur ou de
Microsoft. Intune est un service de Microsoft : nous ne pouvons pas en garantir la disponibilité.
Votre interlocutrice est Élodie Masson, gestionnaire de compte, qui connaît votre configuration.
Chaque mois, vous recevez un rapport : appareils conformes ou non, versions, incidents traités.

Données et confidentialité
Nous gardons confidentielles toutes les informations relatives à votre ASBL, à vos patients et à
votre personnel. Nous avons accès aux données personnelles de vos collaboratrices (nom, numéro,
localisation de l'appareil, activée uniquement en cas de perte déclarée) ; nous les traitons
comme sous-traitant selon l'accord de traitement joint en annexe.

Durée et fin
Le service commence le 1er janvier 2027 pour une durée de 12 mois. Il se poursuit ensuite pour
une durée indéterminée, et chaque partie peut alors y mettre fin à tout moment moyennant un
préavis d'un mois. À la fin du service, nous vous remettons l'inventaire complet au format CSV et
libérons vos appareils du portail zero-touch. À votre demande, le service est prolongé de mois en
mois, au même prix, pendant trois mois au plus, le temps que votre nouveau prestataire reprenne
vos appareils, et nous collaborons avec lui pour la reprise des profils, au tarif horaire
ci-dessus. Nous supprimons ensuite nos accès.

Responsabilité et litiges
Notre responsabilité est limitée au montant facturé au cours des trois derniers mois. Nous ne
répondons pas des données stockées sur les appareils (photos, fichiers) ni des conséquences d'un
effacement que vous avez demandé. Droit belge. Tout différend est d'abord discuté entre votre
directeur administratif et notre gérant ; à défaut de solution dans les 30 jours, les tribunaux
du Brabant wallon sont compétents.

Bien cordialement,

Nicolas Heyvaert, gérant

Signé électroniquement (itsme) :
KeyMobile srl - Nicolas Heyvaert, gérant - 02/12/2026
ASBL Aide et Soins à Domicile Hesbaye-Condroz - Pierre Lecocq, directeur administratif - 04/12/2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
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
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 1,
    },
)

DOCUMENTS = [
    FR_T5B_WEB_TO_PRINT_PORTAL_CONTRACT,
    FR_T5B_NETWORK_CABLING_QUOTE,
    FR_T5B_SERVER_VIRTUALISATION_OFFER,
    FR_T5B_MOBILE_DEVICE_MANAGEMENT_SERVICE,
]
