"""Held-out batch 5, French documents: a Walloon contract for managed cybersecurity services (24/7
SOC supervision, yearly penetration tests, incident notification delays as an obligation of
result), a short Brussels offer for HR/payroll software licences with set-up and user training,
accepted by return e-mail, and a framework agreement for developers placed in time and materials
("en régie") at a Charleroi insurer.

Written on 2026-12-05 (committed 01:59-02:01 UTC) by a helper session acting as examiner,
without reading the analyser's rules or its tests; the expected labels were written from reading
each text against spec/checklist.md (only the items, risks and figures whose reading is clear;
ambiguous ones are left out) and committed before the analyser was ever run on these texts. Never
change a rule to fit these texts, never change a label or a text to fit the analyser.

Conventions as in the earlier batches: months count as 30 days for notice and warranty periods; a
response time is the highest priority's, in hours (working hours counted as hours); a document
with no signature block at all has agreement.signed_both missing and raises risk.unsigned.
"""

from .unseen_documents import UnseenDocument

FR_CYBERSECURITY_SERVICES = UnseenDocument(
    name="fr_cybersecurity_services",
    text="""CONTRAT DE SERVICES DE CYBERSÉCURITÉ
Réf. CSC-2027-014

ENTRE
VIGIMOSA SRL, dont le siège est établi Rue des Phlox 14, 5032 Isnes (Gembloux),
BCE 0789.552.416, TVA BE 0789.552.416, IBAN BE08 3631 7745 2213,
représentée par M. Olivier Gérardy, administrateur délégué, ci-après « le Prestataire » ;
ET
HOUILLON & FILS SA, dont le siège est établi Rue de l'Abbaye 92, 4040 Herstal,
BCE 0431.207.665, représentée par Mme Catherine Houillon, CEO, ci-après « le Client ».

Article 1 - Documents contractuels
Le contrat est formé, par ordre de priorité décroissant, (1) des présentes conditions
particulières, (2) de l'annexe A « Description des services » jointe, et (3) de l'offre du
Prestataire n° OF-26-311 du 14/10/2026. Toutes conditions générales de l'une ou l'autre
partie sont écartées.

Article 2 - Services
2.1 Supervision de sécurité (SOC) : collecte et corrélation des journaux du pare-feu, de
l'Active Directory, des serveurs et des 140 postes, analyse des alertes par nos analystes
24 heures sur 24, 7 jours sur 7, 365 jours par an.
2.2 Tests d'intrusion : une campagne par année contractuelle (périmètre externe et 10 jours
de tests internes), suivie d'un rapport et d'une séance de restitution.
2.3 Non compris : la remédiation sur les systèmes du Client, l'intervention sur site, les
expertises judiciaires (forensics) au-delà de 16 heures par an et la gestion des correctifs.

Article 3 - Mise en service
Les sondes et connecteurs sont installés par le Prestataire entre le 01/03/2027 et le
09/04/2027. Le Client donne les accès administrateur nécessaires, désigne deux personnes de
contact disponibles et communique la liste de ses actifs critiques au plus tard le
22/02/2027. La mise en service fait l'objet d'un procès-verbal signé par les deux parties
après vérification que toutes les sources de journaux prévues sont remontées ; le Client
dispose de dix jours ouvrables pour formuler ses remarques.

Article 4 - Niveaux de service
| Gravité               | Prise en charge de l'alerte | Notification au Client       |
|-----------------------|-----------------------------|------------------------------|
| Critique (P1)         | 30 minutes                  | 1 heure, par téléphone       |
| Élevée (P2)           | 2 heures                    | 4 heures, par e-mail         |
| Modérée (P3)          | 8 heures                    | rapport mensuel              |
Le Prestataire est tenu d'une obligation de moyens quant à la détection des attaques, aucune
solution ne pouvant garantir la détection de toute intrusion. Les délais de notification
ci-dessus constituent en revanche une obligation de résultat : pour toute notification
tardive, le Client obtient une réduction de 5 % de la redevance mensuelle, limitée à 25 %.
Le SOC est joignable à tout moment au +32 81 58 74 00 et à soc@vigimosa.be.

Article 5 - Suivi
Un rapport mensuel (alertes traitées, incidents, tendances, recommandations) est transmis au
plus tard le 10e jour ouvrable du mois suivant. Un comité de pilotage trimestriel réunit le
gestionnaire de service du Prestataire, Mme Aurélie Dethier, et le responsable informatique
du Client ; à défaut d'accord, la question est portée devant les administrateurs délégués.
Le Prestataire tient à jour une fiche d'environnement du Client (actifs, contacts d'escalade,
procédures d'urgence). Les analystes sont certifiés GIAC GCIH ou équivalent ; les tests
d'intrusion sont menés par des auditeurs OSCP comptant au moins trois ans d'expérience,
selon la méthodologie PTES, et chaque rapport est relu par un second auditeur.

Article 6 - Prix et paiement
Frais de mise en service (forfait unique)                     €  6.500,00 HTVA
Redevance mensuelle SOC                                       €  4.950,00 HTVA
Campagne annuelle de tests d'intrusion                        €  9.800,00 HTVA
Prestations hors forfait                                      €    145,00 HTVA / heure
Toute prestation hors forfait fait l'objet d'un devis préalable accepté par écrit par le
Client. Les prix sont révisés le 1er mars de chaque année selon la formule
P = P0 x (0,2 + 0,8 x S/S0), S étant l'indice Agoria des salaires. Les frais de mise en
service sont facturés à la signature du procès-verbal, la redevance mensuellement à terme
échu ; les factures sont payables à 30 jours date de facture.

Article 7 - Durée et fin
Le contrat est conclu pour une durée ferme de 24 mois à compter du 01/03/2027. Il prend fin
de plein droit à son échéance, sans reconduction tacite. Après les douze premiers mois,
chaque partie peut y mettre fin moyennant un préavis de trois mois notifié par recommandé.
En cas de manquement grave non réparé dans les 30 jours d'une mise en demeure, la partie
lésée peut résilier le contrat sans préavis ni indemnité.
À la fin du contrat, le Prestataire restitue au Client, dans les 30 jours, les journaux
conservés (format JSON ou syslog) et la documentation des règles de détection et des
procédures d'intervention, puis détruit ses copies et en délivre attestation. Il pourra, à
la demande du Client, prêter son concours à la reprise du service par un autre prestataire,
selon des modalités à convenir.

Article 8 - Confidentialité et données personnelles
Chaque partie garde strictement confidentielles les informations de l'autre, pendant la
durée du contrat et cinq ans après. Pour les données à caractère personnel contenues dans
les journaux, le Prestataire agit en qualité de sous-traitant au sens de l'article 28 du
RGPD : il les traite uniquement sur instruction du Client, les héberge dans l'Union
européenne, les conserve douze mois au maximum et notifie toute violation de données au
Client dans les 24 heures.

Article 9 - Propriété intellectuelle et responsabilité
Les rapports remis deviennent la propriété du Client ; les outils, règles de détection et
méthodes restent la propriété du Prestataire. La responsabilité totale du Prestataire est
limitée au montant des redevances payées au cours des six mois précédant le fait
dommageable ; sont exclus tous dommages indirects, la perte de données, l'atteinte à la
réputation et le manque à gagner.

Article 10 - Droit applicable et litiges
Tout différend fait d'abord l'objet d'une concertation entre les administrateurs délégués
pendant quinze jours. À défaut d'accord, le droit belge est applicable et les tribunaux de
l'arrondissement de Liège, division Liège, sont seuls compétents.

Fait à Herstal le 03/02/2027, en deux exemplaires.
Pour VIGIMOSA SRL                              Pour HOUILLON & FILS SA
Olivier Gérardy, administrateur délégué        Catherine Houillon, CEO
(signé)                                        (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "covered",
        "maintenance.services": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "exit.duration_renewal": "covered",
        "exit.transition": "partial",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.liability_excluded": True,
        "risk.best_efforts_only": False,
        "risk.auto_renewal": False,
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 24,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
    },
)

FR_TRAINING_AND_LICENCES_QUOTE = UnseenDocument(
    name="fr_training_and_licences_quote",
    text="""PAYLOGIC BRUXELLES SRL
Boulevard du Souverain 280, 1160 Auderghem
Tél. 02 672 19 40 - hello@paylogic.brussels - www.paylogic.brussels
TVA BE 0698.114.372 - RPM Bruxelles - IBAN BE45 0018 9923 4189

OFFRE N° 2027/0087
Objet : logiciel RH et paie PAYLOGIC One - licences, paramétrage et formation

À l'attention de Mme Véronique Lambotte, directrice administrative
ASBL Les Ateliers du Canal, Quai de Mariemont 31, 1080 Molenbeek-Saint-Jean

Bruxelles, le 12/01/2027

Madame,

Suite à notre démonstration du 6 janvier, nous avons le plaisir de vous soumettre notre
proposition pour la gestion du personnel et de la paie de vos 85 travailleurs (CP 329.02).

1. Licences (abonnement)
| Module                           | Prix / utilisateur / mois | Utilisateurs | Total / mois |
|----------------------------------|---------------------------|--------------|--------------|
| PAYLOGIC One - Paie & RH         | 6,90 EUR                  | 85           | 586,50 EUR   |
| Portail travailleur (congés)     | 2,60 EUR                  | 85           | 221,00 EUR   |
Les licences comprennent l'hébergement dans un centre de données situé en Belgique, les
mises à jour légales (barèmes du précompte professionnel, indexations sectorielles, DmfA)
et l'accès au support fonctionnel par ticket, du lundi au vendredi de 8h30 à 17h00, ou au
02 672 19 44. Nous traitons chaque demande dans les meilleurs délais.

2. Mise en route (forfait unique)
- Paramétrage de la commission paritaire, des barèmes et des codes salariaux : 3.200,00 EUR
- Import initial des fiches des travailleurs à partir de notre modèle Excel : 650,00 EUR
La reprise des historiques de paie des années antérieures n'est pas comprise, de même que
les interfaces avec votre logiciel comptable.

3. Formation des utilisateurs
- 2 journées pour les gestionnaires de paie (max. 4 personnes), dans vos locaux : 2 x 950 EUR
- 1 demi-journée pour les responsables d'équipe (validation des congés) : 520 EUR
- Tutoriels vidéo pour les travailleurs : inclus

Récapitulatif
Mise en route et formation (une seule fois)                       6.270,00 EUR HTVA
Licences, 12 premiers mois (807,50 EUR x 12)                      9.690,00 EUR HTVA
Total de l'offre                                                 15.960,00 EUR HTVA

4. Planning
Le paramétrage démarre dans les trois semaines suivant votre acceptation. Vous nous
transmettez le fichier des travailleurs complété et vos règles internes (primes, chèques-
repas) au plus tard le 15/02/2027, afin que la première paie soit calculée dans PAYLOGIC
One pour le mois d'avril 2027 (mise en production). Votre interlocutrice unique pour le
projet sera Mme Nadia El Khattabi, consultante paie (nadia.elkhattabi@paylogic.brussels).

5. Conditions
- Validité de l'offre : 60 jours.
- Facturation : la mise en route à la commande, les formations après leur prestation, les
  licences trimestriellement et anticipativement ; paiement à 15 jours date de facture.
- Durée : les licences sont souscrites pour 12 mois à compter de la mise en production et
  sont reconduites tacitement par périodes de 12 mois, sauf renonciation notifiée au moins
  trois mois avant l'échéance.
- Les prix des licences peuvent être adaptés au 1er janvier de chaque année ; le nouveau
  tarif vous est communiqué par e-mail.
- Toute prestation complémentaire demandée par un utilisateur est facturée en régie au
  tarif horaire en vigueur (actuellement 115 EUR HTVA), sans autre formalité.
- Vos données sont traitées conformément au RGPD ; notre contrat de sous-traitance vous sera
  transmis avec la confirmation de commande.
- Nos conditions générales, disponibles sur www.paylogic.brussels/cg, s'appliquent à la
  présente offre et prévalent sur vos propres conditions d'achat.

Pour accepter cette offre, il vous suffit de nous retourner un e-mail de confirmation
mentionnant son numéro. Ce document est établi électroniquement et ne requiert pas de
signature.

Nous restons à votre disposition pour toute question.
L'équipe commerciale PAYLOGIC - Julien Verhaegen, account manager
""",
    items={
        "agreement.signed_both": "missing",
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
        "team.replacement": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": True,
        "risk.liability_excluded": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
    },
)

FR_DEV_REGIE_AGREEMENT = UnseenDocument(
    name="fr_dev_regie_agreement",
    text="""CONTRAT-CADRE DE PRESTATIONS DE SERVICES INFORMATIQUES EN RÉGIE

Entre :
SAMBRIA CONSULTING SA, Avenue Georges Lemaître 19, 6041 Gosselies, numéro d'entreprise
0552.871.934, compte BE62 0689 3321 7548, représentée par M. Thomas Piérard, directeur
général (« le Prestataire ») ;
et :
LA PRÉVOYANCE CAROLORÉGIENNE SA, entreprise d'assurances agréée sous le n° 1187, Boulevard
Tirou 64, 6000 Charleroi, numéro d'entreprise 0401.336.209, représentée par Mme Sandrine
Dufrasne, directrice des opérations (« le Client »).

Art. 1 - Objet
Le présent contrat-cadre fixe les conditions auxquelles le Prestataire met à la disposition
du Client des développeurs (« les Consultants ») qui travaillent sous la direction
fonctionnelle du Client, dans ses locaux ou à distance, sur ses projets applicatifs. Il
prévaut sur les bons de commande et exclut toutes conditions générales des parties.

Art. 2 - Bons de commande
Chaque mission fait l'objet d'un bon de commande signé par le Client, précisant le
Consultant, son profil, la date de début, le nombre maximal de jours et le projet. Aucun
jour au-delà de ce maximum n'est facturable sans un nouveau bon de commande signé au
préalable. Le modèle de bon de commande figure en annexe 1.

Art. 3 - Tarifs
| Profil   | Expérience exigée                 | Tarif journalier HTVA |
|----------|-----------------------------------|-----------------------|
| Junior   | moins de 3 ans                    | 520,00 EUR            |
| Médior   | de 3 à 7 ans                      | 640,00 EUR            |
| Senior   | plus de 7 ans, dont 2 en assurance| 790,00 EUR            |
Une journée compte 8 heures de prestation ; les demi-journées sont facturées au prorata.
Les tarifs sont revus chaque 1er janvier en fonction de l'évolution de l'indice Agoria, la
hausse ne pouvant dépasser 3 %. Les frais de déplacement vers Charleroi sont inclus.

Art. 4 - Prestations et facturation
Le Consultant complète chaque mois une feuille de prestations (jours prestés par projet),
que le chef de projet du Client valide dans les cinq jours ouvrables. Le Prestataire
facture mensuellement, sur la base des feuilles validées ; les factures sont payables à
45 jours date de facture.
Le Client met à disposition des Consultants un poste de travail, les accès nécessaires et
un badge, et les informe de ses règles de sécurité et de ses standards de développement,
auxquels les Consultants se conforment, revues de code comprises.

Art. 5 - Nature des engagements
Le Prestataire est tenu d'une obligation de moyens : il fournit des Consultants compétents
mais ne répond pas du résultat des développements, réalisés sous la direction du Client.
Le présent contrat ne comporte aucun niveau de service ni délai d'intervention.

Art. 6 - Remplacement des Consultants
Le Prestataire ne peut remplacer un Consultant qu'avec l'accord écrit du Client, sauf
maladie de longue durée ou départ du Prestataire. Le remplaçant, de profil au moins
équivalent, est proposé dans les dix jours ouvrables ; les cinq premiers jours de
recouvrement ne sont pas facturés. Le Consultant sortant documente ses travaux dans le wiki
du Client et en assure la passation à son remplaçant. Le Client peut demander le
remplacement d'un Consultant dont les prestations ne donnent pas satisfaction.

Art. 7 - Suivi
Interlocuteurs : pour le Prestataire, M. Karim Bouazza, responsable de compte
(0475 61 20 93) ; pour le Client, M. Laurent Wauthier, responsable du développement. Ils se
rencontrent chaque trimestre pour évaluer les missions en cours et les besoins à venir.

Art. 8 - Propriété et confidentialité
Les développements, la documentation et les données produits par les Consultants dans le
cadre des missions appartiennent au Client dès leur création, tous droits patrimoniaux
d'auteur lui étant cédés pour le monde entier et pour toute la durée des droits. Le
Prestataire et les Consultants respectent une stricte confidentialité sur toute
information du Client. Au terme de chaque mission, le Prestataire restitue au Client tous
documents, codes et supports, et n'en conserve aucune copie.
Les Consultants accèdent à des données de santé d'assurés : le Prestataire agit comme
sous-traitant au sens de l'article 28 du RGPD, ne traite ces données que sur les systèmes
du Client et selon ses instructions, et lui notifie toute violation dans les 24 heures.

Art. 9 - Non-sollicitation
Pendant la durée du contrat et douze mois après sa fin, le Client s'interdit d'engager
directement un Consultant du Prestataire, sous peine d'une indemnité égale à six mois de
la dernière rémunération brute du Consultant.

Art. 10 - Responsabilité
La responsabilité du Prestataire est limitée aux dommages directs et, par sinistre, au
montant facturé au titre du bon de commande concerné.

Art. 11 - Durée et résiliation
Le contrat-cadre prend cours le 01/02/2027 pour une durée indéterminée. Chaque partie peut y
mettre fin à tout moment moyennant un préavis de trois mois, par lettre recommandée. Un bon
de commande en cours peut être résilié par le Client moyennant un préavis d'un mois.

Art. 12 - Droit applicable
Le contrat est soumis au droit belge ; les tribunaux de l'arrondissement du Hainaut,
division Charleroi, sont seuls compétents.

Fait à Charleroi, le 25/01/2027, en deux exemplaires originaux.
Le Prestataire                                 Le Client
Thomas Piérard                                 Sandrine Dufrasne
Directeur général                              Directrice des opérations
[signature]                                    [signature]
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "missing",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
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
        "risk.best_efforts_only": True,
        "risk.open_ended_cost": False,
        "risk.supplier_terms_prevail": False,
        "risk.auto_renewal": False,
        "risk.unsigned": False,
        "risk.data_lockin": False,
    },
    figures={
        "notice_period_days": 90,
        "payment_term_days": 45,
    },
)

FR_DOCUMENTS = (
    FR_CYBERSECURITY_SERVICES,
    FR_TRAINING_AND_LICENCES_QUOTE,
    FR_DEV_REGIE_AGREEMENT,
)
