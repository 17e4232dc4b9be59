"""The French documents of the fourth held-out batch: a Walloon agency's fixed-price contract for a
mobile app (iOS/Android) for a Liège sports federation, a short Brussels quote and order form for
renewing an office network with an optional yearly maintenance contract, and an IT outsourcing
(infogérance) contract for a Namur SME with GTI/GTR service levels and reversibility.

Written by a helper session on 2026-12-05 (committed 01:42-01:45 UTC) without reading the analyser's
rules; the expected labels were written from reading each text against spec/checklist.md (only the
items, risks and figures whose reading is clear; ambiguous ones are left out) and committed before
the analyser was run on the texts. Never change a text or a label to fit the analyser.
"""

from .unseen_documents import UnseenDocument

FR_MOBILE_APP_FIXED_PRICE = UnseenDocument(
    name="fr_mobile_app_fixed_price",
    text="""PIXELMOSA SRL
Avenue Reine Astrid 48 - 5000 Namur
BCE / TVA BE 0786.214.559 - IBAN BE71 0689 4412 3069 - bonjour@pixelmosa.be - 081 24 60 15

CONTRAT DE DÉVELOPPEMENT D'UNE APPLICATION MOBILE AU FORFAIT
Réf. PX-C-2027-009

ENTRE
Pixelmosa SRL, dont le siège est établi Avenue Reine Astrid 48 à 5000 Namur, représentée par
M. Grégory Lemaire, administrateur délégué, ci-après « le Prestataire » ;
ET
Fédération Liégeoise des Clubs Sportifs ASBL (FLCS), Boulevard de la Sauvenière 87, 4000 Liège,
BCE 0452.118.730, représentée par Mme Nathalie Hansen, présidente, ci-après « le Client ».

Article 1 - Objet
1.1 Le Prestataire s'engage à concevoir et à réaliser, pour un prix global et forfaitaire,
l'application « FLCS Live » pour iOS et Android (développement multiplateforme Flutter), le
back-office web de gestion des clubs et l'API qui les relie (le « back-end »).
1.2 L'offre PX-2027-031 du 14/01/2027 et le cahier des charges fonctionnel v1.3 qui y est joint
font partie intégrante du présent contrat. En cas de contradiction, le présent contrat l'emporte
sur l'offre, et l'offre sur le cahier des charges. Les conditions générales du Prestataire ne sont
pas d'application.

Article 2 - Prix
2.1 Le prix forfaitaire s'élève à € 64.800,00 HTVA. Il couvre l'analyse UX/UI, les maquettes,
le développement des deux applications et du back-office, les tests, la publication sur l'App
Store et sur Google Play et la mise en service du back-end.
2.2 Ne sont pas compris dans le prix : l'hébergement du back-end (serveurs, base de données,
sauvegardes), que le Client confie à l'hébergeur de son choix et règle directement ; les
cotisations aux programmes développeurs d'Apple et de Google ; la rédaction des contenus.
2.3 Toute modification du périmètre demandée par le Client fait l'objet d'un avenant chiffré
et planifié par le Prestataire ; aucune prestation supplémentaire n'est exécutée avant que
l'avenant n'ait été signé par le Client. Les avenants sont valorisés au taux de 720 EUR HTVA
par jour de développeur.

Article 3 - Phasage et échéancier de paiement
| Jalon | Livrable                                        | Date prévue | Facturation |
| J1    | Lancement, ateliers, cahier des charges validé  | 01/03/2027  | 30 %        |
| J2    | Maquettes approuvées par le Client              | 09/04/2027  | 20 %        |
| J3    | Version bêta (TestFlight et test interne Play)   | 25/06/2027  | 25 %        |
| J4    | Fin de la recette, procès-verbal de réception   | 23/07/2027  | 15 %        |
| J5    | Publication sur les stores                      | 06/09/2027  | 10 %        |
Chaque facture est émise à l'atteinte du jalon correspondant et est payable à trente (30) jours
de sa date d'émission. Tout montant impayé à l'échéance porte intérêt au taux légal.

Article 4 - Obligations du Client
Le Client remet au Prestataire, au plus tard le 15/03/2027, les logos, les textes, la liste des
312 clubs affiliés et l'extraction CSV de son fichier des membres. Il désigne un référent
(M. Cédric Thonon) disponible pour les ateliers et valide ou commente chaque livrable dans les
cinq (5) jours ouvrables de sa remise. Il ouvre les comptes développeurs Apple et Google au nom
de la FLCS avant le 30/06/2027.

Article 5 - Retards
Si la publication (J5) est retardée par le fait du Prestataire, celui-ci est redevable d'une
pénalité de 0,5 % du prix forfaitaire par semaine de retard, plafonnée à 5 % de ce prix. Tout
retard du Client dans ses obligations de l'article 4 décale les dates suivantes d'autant.

Article 6 - Équipe et suivi
Le projet est conduit par Mme Aurélie Gilson (cheffe de projet) ; le développement est dirigé par
M. Karim Benali (lead developer). Un compte rendu d'avancement est envoyé au référent du Client
toutes les deux semaines, et une réunion de suivi réunit les deux parties chaque mois.
Le code source est relu par un second développeur avant chaque intégration et couvert par des
tests automatisés ; les applications respectent les directives de publication d'Apple et de
Google en vigueur au moment de la soumission.

Article 7 - Reprise des données et formation
Les 312 clubs et leurs calendriers de compétition sont chargés dans le back-end par le Prestataire
à partir des fichiers CSV fournis (art. 4), avec un rapport des lignes rejetées. Le Prestataire
déploie une fois le back-end sur l'infrastructure de l'hébergeur désigné par le Client et assure
une demi-journée de formation au back-office pour quatre administrateurs de la FLCS.

Article 8 - Recette
8.1 À la livraison de la version bêta, le Client dispose de quinze (15) jours ouvrables pour
vérifier la conformité des applications au cahier des charges, selon le plan de tests remis
par le Prestataire. Les anomalies sont classées en bloquantes, majeures ou mineures.
8.2 Le Prestataire corrige les anomalies bloquantes et majeures et présente une nouvelle version.
La réception est constatée par un procès-verbal signé par les deux parties dès qu'il ne subsiste
aucune anomalie bloquante ou majeure. À défaut de réserves écrites dans le délai de l'article 8.1,
la réception est réputée acquise.

Article 9 - Garantie de conformité
Pendant trois (3) mois à compter du procès-verbal de réception, le Prestataire corrige sans frais
toute non-conformité des applications au cahier des charges qui lui est signalée par écrit. Ne
sont pas couvertes les anomalies résultant d'une modification du code par un tiers ou de
l'évolution des systèmes iOS et Android postérieure à la réception.

Article 10 - Propriété intellectuelle
Moyennant le paiement intégral du prix, le Prestataire cède au Client, à titre exclusif, pour le
monde entier et pour toute la durée légale de protection, l'ensemble des droits patrimoniaux
d'auteur sur les applications, le back-office, les maquettes et le code source développés
spécifiquement, y compris les droits de reproduction, d'adaptation et de distribution. Les
composants open source restent soumis à leur licence. Le code source et la documentation
technique de l'API sont remis au Client sur son dépôt Git à la réception.

Article 11 - Confidentialité et données personnelles
Chaque partie garde confidentielles les informations de l'autre partie dont elle a connaissance
pendant le contrat et pendant trois ans après sa fin. Le traitement des données des membres par le
Prestataire fera l'objet d'une convention de sous-traitance distincte, à conclure avant la
reprise des données.

Article 12 - Responsabilité
La responsabilité du Prestataire est limitée aux dommages directs prouvés et ne peut excéder le
montant du prix forfaitaire visé à l'article 2.1.

Article 13 - Fin du contrat
Chaque partie peut résoudre le contrat en cas de manquement grave de l'autre partie auquel il
n'est pas remédié dans les trente jours d'une mise en demeure par recommandé. Le Client peut en
outre mettre fin au contrat à tout moment, par écrit, moyennant le paiement des jalons atteints
et des travaux en cours à la date de la notification.

Article 14 - Litiges et droit applicable
Tout différend est d'abord porté devant la réunion de suivi, puis devant M. Lemaire et Mme Hansen,
qui disposent de trente jours pour rechercher une solution amiable. À défaut, le contrat étant
régi par le droit belge, seuls les tribunaux de l'entreprise de Liège, division Liège, sont
compétents.

Fait à Liège le 19/02/2027, en deux exemplaires, chaque partie reconnaissant avoir reçu le sien.

Pour le Prestataire                       Pour le Client
Grégory Lemaire                           Nathalie Hansen
Administrateur délégué                    Présidente
(signé)                                   (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.termination": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.open_ended_cost": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.data_lockin": False,
    },
    figures={"payment_term_days": 30, "warranty_days": 90},
)

FR_DEVIS_NETWORK = UnseenDocument(
    name="fr_devis_network",
    text="""RÉSOCOM SRL - Réseaux & Sécurité
Chaussée de Louvain 432, 1030 Schaerbeek
TVA BE 0712.448.903 - RPM Bruxelles - IBAN BE46 3631 2075 9836 - 02 215 47 80 - info@resocom.be

DEVIS / BON DE COMMANDE N° D-27-0412                          Bruxelles, le 08/03/2027

Client :   Dumont & Lefèvre Avocats SRL
           Avenue Louise 221, 1050 Ixelles - TVA BE 0631.207.554
Contact :  Mme Claire Dumont, associée gérante
Votre interlocuteur chez Résocom : Julien Maes (0475 61 22 09, j.maes@resocom.be)

Objet : renouvellement du réseau du cabinet (3e et 4e étages)

| Réf.       | Désignation                                    | Qté | P.U. HTVA | Total HTVA |
| JL658A     | Switch Aruba 6100 24G PoE+ 4SFP+               | 2   | 1.385,00  | 2.770,00   |
| R9B28A     | Borne Wi-Fi 6 Aruba AP25 (montage plafond)     | 6   | 298,00    | 1.788,00   |
| FG-60F-BDL | Pare-feu FortiGate 60F + licence UTP 1 an      | 1   | 1.640,00  | 1.640,00   |
| CAB-PATCH  | Cordons de brassage Cat6A (lot de 48)          | 1   | 212,00    | 212,00     |
| INST-J     | Installation et configuration sur site (jours) | 2   | 680,00    | 1.360,00   |
|            | (VLAN, SSID invités, VPN, règles de filtrage)  |     |           |            |
| DOC        | Dossier de configuration et schéma du réseau   | 1   | 240,00    | 240,00     |
|            | Total HTVA                                     |     |           | 8.010,00   |
|            | TVA 21 %                                       |     |           | 1.682,10   |
|            | Total TVAC                                     |     |           | 9.692,10   |

OPTION - Contrat d'entretien annuel « Sérénité Réseau » : 1.140,00 EUR HTVA par an
  - supervision à distance des switches, des bornes et du pare-feu ;
  - mise à jour trimestrielle des firmwares et application des correctifs de sécurité Fortinet ;
  - assistance téléphonique du lundi au vendredi de 8h30 à 17h30 (02 215 47 89) ;
  - prise en charge de l'appel dans les 4 heures ouvrables, déplacement sur site le jour
    ouvrable suivant si le problème ne peut être résolu à distance.
  Le contrat d'entretien est conclu pour 12 mois à dater de l'installation. Il se renouvelle
  tacitement par périodes successives de 12 mois, sauf dénonciation par l'une des parties au
  moins trois mois avant son échéance.  [ ] Je souscris à l'option

Non compris : câblage structuré et prises murales, travaux d'électricité, licences FortiGate au-delà
de la première année, reprise de l'ancien matériel.

Délais et installation : livraison du matériel 2 à 3 semaines après réception du bon de commande
signé ; installation en deux journées consécutives, à convenir avec le cabinet. Le client veille à
ce que les locaux techniques et les baies de brassage soient accessibles dès 8h les jours
d'installation et fournit les identifiants de la ligne internet actuelle.

Prix : les prix du matériel sont établis sur la base des tarifs des distributeurs au jour du devis.
Résocom se réserve le droit de les adapter si ces tarifs augmentent avant la commande au
distributeur. Toute prestation non prévue au présent devis est facturée en régie au taux de 85 EUR
HTVA de l'heure.

Paiement : 40 % d'acompte à la commande, le solde à la fin de l'installation. Factures payables à
15 jours date de facture.

Garantie : matériel garanti selon les conditions du constructeur.

Validité de l'offre : 30 jours.

Voir conditions générales de vente au verso, qui font partie intégrante du présent devis.

Pour Résocom SRL,
Julien Maes, gérant

BON POUR ACCORD
Nom : ........................................   Date : ....../....../..........
Signature (précédée de la mention « lu et approuvé ») :

............................................................
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
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
        "team.knowledge_transfer": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "partial",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": True,
    },
    figures={
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 4,
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
    },
)

FR_INFOGERANCE_CONTRACT = UnseenDocument(
    name="fr_infogerance_contract",
    text="""CONTRAT D'INFOGÉRANCE N° SMI-INF-2027-014

Entre :
SAMBRE & MEUSE INFOGÉRANCE SA, Rue de l'Industrie 22, 5002 Saint-Servais (Namur),
BCE 0643.902.117, IBAN BE59 0018 7731 4026, représentée par M. Philippe Jacquet, directeur général,
ci-après dénommée « le Fournisseur »,
et :
BISCUITERIE DELVAUX SRL, Chaussée de Marche 601, 5101 Erpent, BCE 0428.665.310,
représentée par M. Olivier Delvaux, gérant, ci-après dénommée « la Société ».

Article 1 - Documents contractuels
Le contrat se compose, par ordre de priorité décroissant, des présentes conditions particulières,
de l'annexe 1 (inventaire du parc au 01/02/2027) et de l'annexe 2 (convention de sous-traitance
au sens de l'article 28 du RGPD). Toutes conditions générales du Fournisseur ou conditions d'achat
de la Société sont écartées.

Article 2 - Périmètre
2.1 Sont confiés au Fournisseur : l'assistance aux utilisateurs (helpdesk) pour 45 postes de
travail ; l'administration des 3 serveurs Windows du site d'Erpent, du réseau local et du
locataire Microsoft 365 ; la supervision des serveurs et des équipements réseau ; la gestion des
sauvegardes ; le déploiement mensuel des correctifs de sécurité Microsoft et des mises à jour des
firmwares ; la gestion de l'antivirus et de l'EDR.
2.2 Sont exclus du périmètre : l'ERP Odoo, dont la maintenance est assurée par un autre
prestataire ; l'achat et la réparation du matériel ; la téléphonie ; les projets (migration,
déménagement, nouveaux sites), qui font l'objet de devis séparés.
2.3 Une phase de prise en charge est organisée du 15/02/2027 au 31/03/2027 (audit du parc,
installation des agents de supervision, documentation). Le service régulier débute le 01/04/2027.
La documentation de l'environnement (schémas, comptes de service, procédures) est tenue à jour par
le Fournisseur dans sa base documentaire, à laquelle la Société a accès en lecture.

Article 3 - Plages de service
| Service                  | Plage                                    | Canal                     |
| Helpdesk                 | lundi-vendredi, 8h00-18h00 (hors fériés) | 081 73 40 40, portail web |
| Supervision automatique  | 24h/24, 7j/7                             | alertes vers l'astreinte  |
| Astreinte (incidents P1) | samedi 8h00-13h00                        | 0478 90 12 12             |

Article 4 - Niveaux de service
4.1 Chaque demande est classée selon sa priorité. Les délais s'entendent en heures ouvrées pendant
les plages de l'article 3. GTI : garantie de temps d'intervention (prise en charge par un
technicien) ; GTR : garantie de temps de rétablissement (service rétabli, le cas échéant par
contournement).
| Priorité | Exemple                                        | GTI         | GTR              |
| P1       | serveur ou messagerie indisponible pour tous   | 1 heure     | 4 heures         |
| P2       | un service dégradé, plusieurs utilisateurs      | 2 heures    | 8 heures         |
| P3       | poste isolé, demande de configuration           | 4 heures    | 3 jours ouvrés   |
4.2 Une disponibilité mensuelle de 99,7 % est garantie pour les serveurs et la messagerie, hors
fenêtres de maintenance annoncées au moins cinq jours ouvrés à l'avance. Le taux de sauvegardes
réussies visé est de 98 % ; il est suivi à titre indicatif.
4.3 Les niveaux de service du présent article constituent des obligations de résultat. Pour la
détection des menaces et des intrusions, le Fournisseur n'est tenu que d'une obligation de moyens.

Article 5 - Pénalités
Tout dépassement de la GTR d'un incident P1 ou P2 donne lieu à une pénalité égale à 5 % de la
redevance mensuelle par incident. Une disponibilité inférieure à l'engagement de l'article 4.2
ouvre droit à une réduction de 10 % de la redevance du mois concerné. Le total des pénalités est
limité à 20 % de la redevance mensuelle ; elles sont imputées sur la facture suivante.

Article 6 - Conditions financières
| Poste                                   | Base               | Montant HTVA          |
| Prise en charge initiale (forfait)      | unique             | € 2.900,00            |
| Postes de travail                       | 45 x € 58,00       | € 2.610,00 / mois     |
| Serveurs                                | 3 x € 290,00       | € 870,00 / mois       |
| Redevance mensuelle totale              |                    | € 3.480,00 / mois     |
Les interventions hors périmètre sont réalisées sur devis préalablement accepté par écrit par la
Société, au tarif de € 95,00 HTVA par heure. La redevance est indexée le 1er janvier de chaque
année selon la formule P = P0 x (0,2 + 0,8 x S/S0), S étant l'indice Agoria des salaires.
La redevance est facturée mensuellement et à échoir ; les factures sont payables dans les 21 jours
de leur date.

Article 7 - Interlocuteurs et pilotage
7.1 Pour le Fournisseur : M. Thomas Lambotte, responsable de compte ; Mme Sarah Piette, ingénieure
référente (certifiée Microsoft 365 Administrator Expert, dix ans d'expérience en infrastructure).
Pour la Société : M. Olivier Delvaux et Mme Anne Collard, responsable administrative.
7.2 Le remplacement de l'ingénieure référente est notifié à la Société au moins quinze jours à
l'avance ; un passage de relais d'au moins deux jours est assuré aux frais du Fournisseur.
7.3 Un rapport mensuel (tickets par priorité, respect des GTI/GTR, disponibilité, état des
sauvegardes et des correctifs) est transmis avant le 10 du mois suivant. Un comité de pilotage
réunit les interlocuteurs chaque trimestre.

Article 8 - Obligations de la Société
La Société fournit au Fournisseur les accès administrateur nécessaires avant le 15/02/2027,
l'informe de toute modification du parc et désigne Mme Collard comme point de contact des
utilisateurs.

Article 9 - Durée
Le contrat prend effet le 15/02/2027 pour une durée initiale de trente-six (36) mois à compter du
01/04/2027. Il est ensuite reconduit tacitement par périodes de douze mois, sauf dénonciation par
lettre recommandée adressée au moins six (6) mois avant l'échéance en cours.

Article 10 - Résiliation
Chaque partie peut résilier le contrat de plein droit si l'autre partie manque gravement à ses
obligations et n'y remédie pas dans les trente jours d'une mise en demeure. Des dépassements de la
GTR P1 constatés au cours de trois mois consécutifs constituent un manquement grave.

Article 11 - Réversibilité
À la fin du contrat, pour quelque cause que ce soit, le Fournisseur assiste la Société ou le
prestataire qu'elle désigne pendant une période de trois mois au plus, durant laquelle les
services sont maintenus aux conditions en vigueur. Il remet la documentation à jour, les mots de
passe et comptes d'administration, les configurations et une copie complète des dernières
sauvegardes dans un format standard lisible sans outil propriétaire. Les prestations de
réversibilité sont facturées au tarif horaire de l'article 6. Aucune donnée de la Société ne peut
être retenue, même en cas de facture contestée.

Article 12 - Données personnelles
Le Fournisseur traite les données personnelles des utilisateurs en qualité de sous-traitant,
uniquement sur instruction documentée de la Société, selon l'annexe 2, et notifie toute violation
de données dans les 48 heures de sa découverte.

Article 13 - Confidentialité
Les informations échangées sont tenues pour confidentielles pendant le contrat et cinq ans après.

Article 14 - Responsabilité
La responsabilité du Fournisseur est limitée aux dommages directs, à concurrence, par année
contractuelle, du montant des redevances facturées au cours des douze mois précédant le fait
dommageable. La perte de données n'est pas exclue lorsqu'elle résulte d'un manquement aux
obligations de sauvegarde.

Article 15 - Droit applicable et litiges
Le contrat est soumis au droit belge. Tout différend est d'abord examiné en comité de pilotage
extraordinaire ; à défaut d'accord dans les trente jours, les parties recourent à une médiation
avant de saisir les tribunaux de l'arrondissement judiciaire de Namur, seuls compétents.

Fait à Namur, en deux originaux.

Pour le Fournisseur,                       Pour la Société,
Philippe Jacquet, directeur général        Olivier Delvaux, gérant
Date : 28/01/2027                          Date : 02/02/2027
Signature : [signé]                         Signature : [signé]
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
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
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
        "risk.auto_renewal": True,
        "risk.best_efforts_only": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.liability_excluded": False,
    },
    figures={
        "availability_percent": 99.7,
        "response_time_hours_highest_priority": 1,
        "contract_term_months": 36,
        "notice_period_days": 180,
        "payment_term_days": 21,
    },
)

FR_DOCUMENTS = (FR_MOBILE_APP_FIXED_PRICE, FR_DEVIS_NETWORK, FR_INFOGERANCE_CONTRACT)
