"""French-language development documents (issue 9): the ways Belgian (Walloon and Brussels) IT
suppliers, and French suppliers writing to Belgian clients, state checklist items in French.

Four documents written for this module:
- an offer in answer to a commune's specifications (cahier des charges) for a document-management
  system, public-procurement style (l'Adjudicataire / le Pouvoir adjudicateur, passive voice,
  price table, réception provisoire/définitive);
- a licence and maintenance contract for a software package for general practitioners (la
  Société / le Client), with legal updates and a helpdesk;
- a support agreement by prepaid block of hours for a small business (nous / vous, key-value
  lines, footnotes);
- special conditions of a SaaS invoicing platform (le Prestataire / le Client) with an SLA annex.

They are DEVELOPMENT fixtures, not held out: rules may be generalised to fit the way such
documents are written, never to their literal wording. LABELS hold only clear readings against
/work/shared/spec/checklist.md ("partial" per detectors/partial.py); risks are labelled
"raised" / "not"; FIGURES hold the single-number figures whose reading is clear.
"""

OFFRE_GED_COMMUNE = """\
OFFRE
Marché public de services – Procédure négociée sans publication préalable
Objet : acquisition, mise en œuvre et maintenance d'un logiciel de gestion électronique
des documents (GED) et du courrier
Cahier spécial des charges n° 2026/GED/014 de la Commune de Florival

Soumissionnaire : DocuWal SRL, rue de l'Industrie 41, 5030 Gembloux, BCE 0712.384.559
Personne de contact : Mme Sophie Lambotte, responsable des offres – 081 62 44 10

1. Engagement du soumissionnaire
Le soussigné s'engage, sur ses biens meubles et immeubles, à exécuter le marché conformément
aux clauses et conditions du cahier spécial des charges n° 2026/GED/014, aux prix unitaires et
forfaitaires repris à l'inventaire ci-après. L'offre est valable 120 jours calendrier à dater de
la date limite de réception des offres. En cas de contradiction, le cahier spécial des charges
prévaut sur la présente offre ; les conditions générales de vente du soumissionnaire ne sont
pas applicables au marché.

2. Inventaire récapitulatif (prix HTVA)
Poste | Description | Quantité | Prix total
1 | Licences GED – 60 utilisateurs nommés (acquisition) | forfait | 24.600,00 €
2 | Installation, paramétrage et intégration avec le logiciel de courrier | forfait | 7.850,00 €
3 | Reprise des archives numérisées (environ 180.000 documents) | forfait | 4.200,00 €
4 | Formation des agents communaux (6 sessions d'une demi-journée) | forfait | 2.700,00 €
5 | Maintenance et support (par an, à partir de la 2e année) | 4 ans | 5.180,00 € / an
Montant total de l'offre (postes 1 à 4) : 39.350,00 € HTVA, soit 47.613,50 € TVAC.
Les prestations non prévues à l'inventaire sont exécutées au taux de 92,00 € HTVA par heure,
sur commande écrite préalable du Pouvoir adjudicateur.

3. Planning d'exécution
Phase | Contenu | Délai
A | Analyse et atelier de cadrage | semaines 1 à 3 après la notification
B | Installation et paramétrage sur l'infrastructure communale | semaines 4 à 8
C | Reprise des archives et tests | semaines 9 à 12
D | Formation et mise en production | semaine 14 au plus tard
Le Pouvoir adjudicateur met à disposition, au plus tard à la fin de la phase A, un serveur
virtuel conforme aux prérequis de l'annexe technique et désigne un référent informatique.
En cas de retard imputable à l'Adjudicataire, les amendes pour retard prévues à l'article 86
de l'arrêté royal du 14 janvier 2013 sont appliquées de plein droit.

4. Équipe proposée
Le projet est conduit par M. Olivier Renard, chef de projet certifié PRINCE2, douze ans
d'expérience en GED pour les pouvoirs locaux, assisté de deux consultants fonctionnels.
Tout remplacement d'un membre de l'équipe est soumis à l'accord préalable du Pouvoir
adjudicateur, par une personne de qualification au moins équivalente.

5. Suivi du marché
Un rapport d'avancement est transmis chaque quinzaine au fonctionnaire dirigeant. Un comité
de pilotage réunit le chef de projet et le Directeur général de la Commune à la fin de chaque
phase.

6. Réception
À la fin de la phase D, les tests de réception sont exécutés selon le scénario de l'annexe 3.
La réception provisoire est accordée lorsque tous les tests sont concluants ; la réception
définitive intervient à l'issue d'un délai de garantie de douze mois. Pendant ce délai, les
anomalies signalées sont corrigées sans frais par l'Adjudicataire.

7. Maintenance
La maintenance comprend la maintenance corrective, la fourniture des nouvelles versions et
des correctifs de sécurité, ainsi que l'assistance téléphonique. Le helpdesk est joignable du
lundi au vendredi de 8h00 à 17h00 au 081 62 44 00 ou via support@docuwal.be. Toute demande
reçoit une réponse dans les quatre heures ouvrables.

8. Fin du marché
À la fin du marché, les documents et métadonnées sont restitués au Pouvoir adjudicateur dans
un format ouvert (PDF/A et XML), sans frais supplémentaires.

9. Données à caractère personnel
Un contrat de sous-traitance conforme à l'article 28 du RGPD est joint à la présente offre
(annexe 5).

Fait à Gembloux, le 12 octobre 2026.
Pour DocuWal SRL, Marc Dethier, gérant
"""

LICENCE_MEDECINS = """\
CONTRAT DE LICENCE ET DE MAINTENANCE
Logiciel MediDoss – dossier médical informatisé pour médecins généralistes

Entre : MediSoft Wallonie SA, avenue Reine Astrid 92, 4000 Liège, ci-après « la Société »,
Et : Dr Anne Collignon, médecin généraliste, rue du Pont 3, 6700 Arlon, ci-après « le Client ».

Article 1 – Objet
La Société concède au Client une licence d'utilisation non exclusive et non cessible du
logiciel MediDoss pour un cabinet et deux postes de travail. Le logiciel reste la propriété
exclusive de la Société ; le Client n'acquiert aucun droit sur le code source.

Article 2 – Prix
2.1 Droit de licence (paiement unique) : 2.950,00 € HTVA.
2.2 Installation et reprise du fichier patients de l'ancien logiciel : 480,00 € HTVA.
2.3 Redevance annuelle de maintenance : 690,00 € HTVA, facturée en janvier.
2.4 Les factures sont payables au comptant, au plus tard dans les 15 jours de leur date.
2.5 La Société se réserve le droit de modifier ses tarifs chaque année ; le Client en est
informé un mois à l'avance.

Article 3 – Maintenance et mises à jour légales
La maintenance donne droit :
- aux mises à jour légales (nomenclature INAMI, eHealth, MyCareNet, prescription
  électronique) dès leur entrée en vigueur ;
- aux nouvelles versions fonctionnelles publiées par la Société ;
- à l'assistance du helpdesk.
Les mises à jour sont téléchargées automatiquement ; leur installation sur le serveur local
reste à charge du Client.

Article 4 – Helpdesk
Le helpdesk est accessible du lundi au vendredi, de 8h30 à 12h30 et de 13h30 à 17h00, par
téléphone et par le formulaire de contact du logiciel. La Société s'efforce de rappeler le
Client dans les meilleurs délais.

Article 5 – Durée
Le contrat de maintenance prend cours à la date d'installation pour une durée d'un an. Il est
reconduit tacitement par périodes successives d'un an, sauf résiliation par lettre
recommandée au moins trois mois avant l'échéance.

Article 6 – Responsabilité
La Société n'est tenue que d'une obligation de moyens. Sa responsabilité est limitée au
montant de la redevance annuelle de maintenance. La Société n'est en aucun cas responsable de
la perte de données ; il appartient au Client d'effectuer des sauvegardes quotidiennes.

Article 7 – Protection des données
Le Client est responsable du traitement des données de santé de ses patients. La Société agit
en qualité de sous-traitant au sens du RGPD lorsqu'elle accède au dossier lors d'une
intervention et traite ces données uniquement sur instruction du Client.

Article 8 – Conditions générales
Les conditions générales de la Société, dont le Client reconnaît avoir pris connaissance,
s'appliquent au présent contrat à l'exclusion des conditions du Client.

Article 9 – Droit applicable
Le présent contrat est régi par le droit belge. Tout litige relève de la compétence exclusive
des tribunaux de Liège, division Liège.

Article 10 – Cession
Le Client ne peut céder le présent contrat à un confrère ou à une association de médecins
qu'avec l'accord écrit de la Société.

Annexe – Configuration couverte
Nombre de postes : 2
Version : MediDoss 9.4
Base de données : locale (serveur du cabinet)

Fait à Liège, en deux exemplaires, le 3 novembre 2026.
Pour la Société, Jean-Luc Hennaut, administrateur délégué | Le Client, Dr Anne Collignon
"""

CARNET_HEURES = """\
CONVENTION DE SUPPORT INFORMATIQUE – CARNET D'HEURES PRÉPAYÉES
Réf. : CH-2026-0457

Prestataire : InfoProxi SRL, chaussée de Bruxelles 118, 1410 Waterloo (« nous »)
Client : Boulangerie Maes & Fils SPRL, place communale 5, 1420 Braine-l'Alleud (« vous »)

Formule choisie : carnet de 20 heures
Prix du carnet : 1.700,00 € HTVA (soit 85,00 € de l'heure)
Validité : 12 mois à dater de la facture
Facturation : à la commande, payable à 15 jours date de facture
Décompte : par tranche de 15 minutes, minimum 30 minutes par intervention sur site (1)
Déplacement : forfait de 35,00 € HTVA par intervention sur site

1. Ce que couvre le carnet
Le carnet couvre l'assistance à distance et sur site pour votre parc informatique : 6 postes
Windows, le serveur de fichiers, l'imprimante multifonction, la caisse enregistreuse et la
messagerie Microsoft 365, par exemple :
- le dépannage d'un poste de travail ou de l'imprimante ;
- la gestion des comptes et des boîtes aux lettres Microsoft 365 ;
- des conseils lors de l'achat de matériel.
Ne sont pas compris : le matériel, les licences et la reconfiguration de la caisse après un
changement de fournisseur.

2. Comment nous joindre
Du lundi au vendredi de 8h00 à 18h00, par téléphone au 02 351 20 20 ou par e-mail à
support@infoproxi.be. Nous prenons en charge toute demande dans les 8 heures ouvrables et
intervenons sur site le jour ouvrable suivant si le problème ne peut être réglé à distance.

3. Votre fiche client
Nous tenons à jour une fiche décrivant votre parc (matériel, logiciels, mots de passe
administrateur stockés dans notre coffre-fort numérique, contrats de vos fournisseurs) afin
que chaque technicien connaisse votre installation.

4. Mises à jour
Les mises à jour Windows et antivirus de vos postes sont appliquées chaque mois lors d'une
intervention à distance planifiée, décomptée du carnet.

5. Dépassement
Lorsque le solde du carnet est inférieur à 2 heures, nous vous en avertissons par e-mail.
Les prestations qui dépassent le solde ne sont effectuées qu'après votre accord écrit et sont
facturées au tarif horaire de 95,00 € HTVA, ou imputées sur un nouveau carnet.

6. Heures non utilisées
Les heures non consommées à la fin de la période de validité sont perdues et ne sont pas
remboursées.

7. Confidentialité
Nous traitons de manière strictement confidentielle toute information dont nous prenons
connaissance chez vous, y compris après la fin de la convention.

8. Vos interlocuteurs
Technicien référent : Julien Maes
Responsable commercial : Nathalie Geerts – 0475 12 34 56
En cas d'absence du technicien référent, un collègue disposant de votre fiche client prend le
relais.

9. Acceptation
La présente convention est acceptée par votre bon de commande ou par retour d'e-mail.

(1) Une intervention à distance de moins de 15 minutes n'est pas décomptée.
(2) Les déplacements au-delà de 25 km sont facturés 0,45 € HTVA par kilomètre.
"""

SAAS_FACTURATION = """\
CONDITIONS PARTICULIÈRES – ABONNEMENT FACTURIS
Plateforme de facturation électronique en ligne (Peppol)

Prestataire : Facturis SA, boulevard du Souverain 280, 1160 Auderghem, BCE 0689.551.204
Client : Cabinet comptable Delvaux & Associés SRL, rue Haute 64, 7000 Mons

1. Documents contractuels
Le contrat se compose des présentes Conditions particulières, de l'annexe SLA et des Conditions
générales d'utilisation de Facturis. En cas de contradiction, les Conditions particulières
prévalent sur l'annexe SLA, qui prévaut sur les Conditions générales.

2. Abonnement
Formule : Cabinet – 25 dossiers clients, envoi et réception Peppol illimités
Redevance : 189,00 € HTVA par mois
Frais de mise en service (unique) : 450,00 € HTVA
Paiement : par domiciliation SEPA, le 5 de chaque mois
Les redevances sont indexées le 1er janvier de chaque année selon la formule
P = P0 x (0,2 + 0,8 x S/S0), où S est l'indice Agoria (coût salarial) de novembre.

3. Durée
L'abonnement est conclu pour une durée initiale de 24 mois à compter de l'activation du
compte. Il se renouvelle ensuite par périodes de 12 mois, sauf notification contraire de l'une
des parties au moins deux mois avant l'échéance.

4. Évolutions
Le Prestataire adapte la plateforme aux évolutions légales et réglementaires (format Peppol
BIS 3.0, obligation de facturation électronique B2B) sans supplément de prix.

5. Responsabilité
La responsabilité totale du Prestataire est plafonnée au montant des redevances payées par le
Client au cours des douze mois précédant le fait générateur.

6. Données
6.1 Le Prestataire traite les données de facturation en qualité de sous-traitant,
conformément à l'accord de traitement des données joint en annexe 2.
6.2 Pendant 60 jours après la fin de l'abonnement, le Client peut exporter l'ensemble de ses
factures et données au format UBL et CSV ; à l'issue de ce délai, elles sont effacées.

7. Litiges
Les parties s'efforcent de régler à l'amiable tout différend par une réunion de leurs
responsables dans les 15 jours de sa notification. À défaut, les tribunaux francophones de
Bruxelles sont seuls compétents ; le droit belge est applicable.

ANNEXE SLA – NIVEAUX DE SERVICE
A. Disponibilité
Disponibilité garantie de la plateforme : 99,7 % par mois calendrier, hors maintenances
planifiées annoncées 48 heures à l'avance et effectuées entre 22h00 et 6h00.

B. Support
Le support est assuré du lundi au vendredi de 9h00 à 17h30 par chat, e-mail et téléphone.
Niveau | Définition | Délai de prise en charge | Délai de rétablissement
Critique | plateforme indisponible ou envoi Peppol impossible | 1 heure | 4 heures
Majeur | fonction importante dégradée | 4 heures ouvrées | 1 jour ouvré
Mineur | question ou anomalie sans impact | 1 jour ouvré | prochaine version

Adresse du support : support@facturis.be – 02 880 45 00 (choix 2).

C. Crédits de service
Si la disponibilité mensuelle est inférieure à l'engagement, le Client bénéficie d'un avoir
de 10 % de la redevance mensuelle par tranche de 0,5 % manquante, plafonné à 30 % de la
redevance du mois concerné.
"""

DOCUMENTS = {
    "offre_ged_commune": OFFRE_GED_COMMUNE,
    "licence_medecins": LICENCE_MEDECINS,
    "carnet_heures": CARNET_HEURES,
    "saas_facturation": SAAS_FACTURATION,
}

LABELS = {
    "offre_ged_commune": {
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.data_return": "covered",
        "maintenance.resolution_time": "missing",
        "budget.payment_terms": "missing",
        "exit.transition": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.governing_law": "missing",
        "risk.unsigned": "raised",
        "exit.escrow": "missing",
        "legal.data_protection": "covered",
        "legal.dispute_resolution": "missing",
        "risk.supplier_terms_prevail": "not",
        "risk.open_ended_cost": "not",
    },
    "licence_medecins": {
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "covered",
        "budget.recurring_cost": "covered",
        "budget.payment_terms": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
        "risk.supplier_terms_prevail": "raised",
        "timing.client_obligations": "covered",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.warranty": "missing",
        "exit.data_return": "missing",
        "legal.confidentiality": "missing",
        "risk.best_efforts_only": "raised",
        "risk.unilateral_change": "raised",
        "risk.auto_renewal": "raised",
        "risk.liability_excluded": "raised",
        "risk.unsigned": "not",
    },
    "carnet_heures": {
        "agreement.signed_both": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.escrow": "missing",
        "legal.confidentiality": "covered",
        "legal.governing_law": "missing",
        "budget.startup_cost": "missing",
        "rollout.deployment": "missing",
        "exit.termination": "missing",
        "legal.liability": "missing",
        "legal.data_protection": "missing",
        "legal.dispute_resolution": "missing",
        "risk.unsigned": "raised",
        "risk.open_ended_cost": "not",
        "risk.auto_renewal": "not",
    },
    "saas_facturation": {
        "agreement.general_terms": "covered",
        "budget.startup_cost": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
        "risk.auto_renewal": "not",
        "risk.data_lockin": "not",
        "risk.supplier_terms_prevail": "not",
        "risk.unsigned": "raised",
        "agreement.signed_both": "missing",
        "budget.project_cost": "missing",
        "timing.planning": "missing",
        "team.quality": "missing",
        "exit.transition": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
    },
}

FIGURES = {
    "offre_ged_commune": {
        "warranty_days": 360,  # twelve months at 30 days, the figures' convention
        "payment_term_days": None,
        "availability_percent": None,
    },
    "licence_medecins": {
        "notice_period_days": 90,
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "payment_term_days": 15,
        "warranty_days": None,
    },
    "carnet_heures": {
        "payment_term_days": 15,
        "availability_percent": None,
    },
    "saas_facturation": {
        "notice_period_days": 60,
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "availability_percent": 99.7,
        "availability_period": "month",
        "payment_term_days": None,
    },
}

# the cap on liability as months of fees, and the response times in hours (any priority)
LIABILITY_CAP_MONTHS = {
    "licence_medecins": 12,  # the annual maintenance fee
    "saas_facturation": 12,
}
RESPONSE_HOURS = {
    "offre_ged_commune": [4],
    "carnet_heures": [8, 24],  # taken on within 8 business hours, on site the next day
    "saas_facturation": [1, 4, 24],
}
ONE_OFF_AMOUNTS = {
    "licence_medecins": [2950.0, 480.0],  # the licence, the installation
    "saas_facturation": [450.0],
}
