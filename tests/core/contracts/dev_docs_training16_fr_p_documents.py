"""Training batch 16 (fr, writer p): four documents as Belgian (Walloon) IT suppliers and their
clients write them.

- fr_t16p_creche_attendance_tablets_maintenance: a maintenance contract (numbered articles)
  between a Marche-en-Famenne IT firm and a Ciney crèche ASBL for four attendance-registration
  tablets (MDM, updates, loan tablets, support hours and delays, 12 months with tacit renewal and
  two months' notice, processing agreement, mediation), signed by both parties.
- fr_t16p_namur_web_agency_terms: the general terms of a Namur web agency (quotes accepted by
  signature or e-mail, indicative deadlines, acceptance by silence, three-month warranty,
  hosting/maintenance formulas renewed tacitly with three months' notice, obligations de moyens,
  unilateral changes, sources withheld, narrow liability); no signatures.
- fr_t16p_police_fleet_software_convention: a long formal public-procurement convention between a
  zone de police and a Gosselies software house for a SaaS vehicle-fleet management tool
  (fixed implementation price, planning, penalties, acceptance, availability and service
  credits, 48 months without renewal, reversibility, escrow), signed by both parties.
- fr_t16p_bakery_website_quote: a freelance web designer's quote e-mail for an Andenne
  bakery's website, accepted by a reply e-mail (no signature block).

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an e-mail acceptance with no signature block
is agreement.signed_both missing; general terms with no signature block raise risk.unsigned);
partial = mentioned but vague, a bare cross-reference without content, a placeholder,
best-efforts only, a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

FR_T16P_CRECHE_ATTENDANCE_TABLETS_MAINTENANCE = UnseenDocument(
    name="fr_t16p_creche_attendance_tablets_maintenance",
    text="""CONTRAT DE MAINTENANCE
Tablettes d'enregistrement des présences - Crèche « Les Coccinelles »
Contrat n° GC-MNT-2026-041

Entre :
GESTINFO CONDROZ srl, rue du Commerce 18, 6900 Marche-en-Famenne, BCE BE 0712.448.309,
représentée par M. Arnaud Collignon, gérant, ci-après « le Prestataire »,

et :
ASBL LES COCCINELLES, milieu d'accueil autorisé par l'ONE, rue Saint-Hubert 7, 5590 Ciney,
BCE BE 0455.917.082, représentée par Mme Valérie Pirson, directrice, ci-après « la Crèche ».

Article 1 - Objet
1.1 La Crèche utilise quatre tablettes Samsung Galaxy Tab A9+ fixées à l'entrée de chaque
section (bébés, moyens, grands) et au bureau, sur lesquelles les parents enregistrent
l'arrivée et le départ de leur enfant (code PIN ou QR code) au moyen de l'application
Présences+, éditée par un tiers. Les relevés servent à l'établissement des présences
mensuelles transmises à l'ONE et à la facturation de la participation financière des parents.
1.2 Le Prestataire assure la maintenance des tablettes, de leurs supports muraux antivol, de la
gestion à distance (MDM) et du paramétrage de l'application Présences+.
1.3 Le contrat se compose du présent document et de l'offre du Prestataire n° OF-26-0387 du
22/10/2026, jointe en annexe 1. En cas de contradiction, le présent contrat prévaut. Les
conditions générales des parties ne s'appliquent pas.

Article 2 - Prestations comprises
Le contrat comprend :
- la gestion des tablettes via la console MDM du Prestataire (mode kiosque, verrouillage,
  localisation, effacement à distance en cas de vol) ;
- l'installation mensuelle des mises à jour Android, des correctifs de sécurité et des
  nouvelles versions de Présences+, après vérification sur une tablette de test du Prestataire ;
- le support téléphonique et à distance pour le personnel de la Crèche ;
- le prêt d'une tablette de remplacement préconfigurée en cas de panne ou de casse ;
- une visite préventive sur site par semestre (nettoyage, contrôle des batteries, des supports
  et du Wi-Fi aux points d'enregistrement) ;
- une séance de formation d'une heure par an pour les nouvelles puéricultrices.
Ne sont pas compris : le remplacement définitif d'une tablette hors garantie, la réparation des
dégâts causés par une chute ou un usage non conforme, l'abonnement à l'application Présences+
(facturé directement par son éditeur) et le réseau Wi-Fi de la Crèche.

Article 3 - Mise à niveau initiale
Dans les quinze jours de la signature, le Prestataire réalise une mise à niveau initiale :
inscription des quatre tablettes dans sa console MDM, remplacement des deux supports muraux
endommagés et mise à jour complète. Cette prestation unique est facturée 390,00 EUR HTVA.

Article 4 - Redevance et paiement
4.1 La redevance de maintenance s'élève à 19,00 EUR HTVA par tablette et par mois, soit
76,00 EUR HTVA par mois pour les quatre tablettes, facturée trimestriellement à l'avance.
4.2 Les interventions non comprises dans le contrat sont facturées au taux de 68,00 EUR HTVA de
l'heure, déplacement compris, sur la base d'un devis accepté par écrit par la directrice
avant toute intervention.
4.3 La redevance et le taux horaire sont indexés le 1er janvier de chaque année selon l'indice
santé, avec un maximum de 3 % par an.
4.4 Les factures sont payables à 30 jours date de facture, par virement.

Article 5 - Support et délais
5.1 Le support est joignable au 084/31 55 72 et à support@gestinfo-condroz.be, du lundi au
vendredi de 7h30 à 18h00, pour tenir compte des heures d'ouverture de la Crèche.
5.2 Lorsque plus d'une tablette est hors service ou que l'enregistrement des présences est
impossible, le Prestataire prend l'appel en charge dans les 2 heures ouvrables et livre une
tablette de remplacement préconfigurée au plus tard le jour ouvrable suivant. Pour une tablette
isolée en panne, la prise en charge a lieu dans les 4 heures ouvrables et le remplacement dans
les deux jours ouvrables. Les autres demandes sont traitées dans les cinq jours ouvrables.
5.3 Le Prestataire ne prend aucun engagement de disponibilité concernant l'application
Présences+ ni la connexion internet de la Crèche, qui ne relèvent pas de sa maîtrise. Il
signale toutefois sans délai à l'éditeur tout incident constaté.

Article 6 - Interlocuteurs et suivi
6.1 M. Kevin Lambert, technicien, est le référent de la Crèche chez le Prestataire. Le
Prestataire tient à jour une fiche de configuration de la Crèche (numéros de série, comptes,
emplacements, paramètres Présences+), accessible à tous ses techniciens.
6.2 Pour la Crèche, Mme Pirson ou, en son absence, Mme Laura Grégoire, assistante
administrative, sont les seules personnes habilitées à demander des modifications.
6.3 Après chaque visite semestrielle, le Prestataire remet un rapport écrit (interventions du
semestre, état des tablettes et des batteries, recommandations). Une réunion d'évaluation
annuelle a lieu avec la directrice en septembre.

Article 7 - Obligations de la Crèche
La Crèche maintient une couverture Wi-Fi suffisante aux points d'enregistrement, laisse les
tablettes branchées sur leur support, signale toute panne par téléphone ou par e-mail dès
qu'elle la constate et donne accès aux locaux pour les visites préventives, planifiées au
moins une semaine à l'avance en dehors des heures d'arrivée et de départ des enfants.

Article 8 - Données personnelles et confidentialité
8.1 Pour la maintenance, le Prestataire peut accéder aux données des enfants et des parents
enregistrées sur les tablettes (noms, heures d'arrivée et de départ, codes). Il agit en qualité
de sous-traitant au sens de l'article 28 du RGPD, selon la convention de traitement jointe en
annexe 2 : traitement uniquement sur instruction de la Crèche, aucune copie des données hors des
tablettes et de la console MDM, notification de toute violation de données dans les 24 heures.
8.2 Le Prestataire et ses techniciens gardent confidentielle toute information relative aux
enfants, aux familles et au personnel de la Crèche, pendant le contrat et sans limite de temps
après sa fin.

Article 9 - Durée et fin du contrat
9.1 Le contrat prend effet le 01/01/2027 pour une durée de douze mois. Il est ensuite reconduit
tacitement pour des périodes successives de douze mois, sauf résiliation par l'une des parties
par lettre recommandée au moins deux mois avant l'échéance.
9.2 Chaque partie peut résilier le contrat sans préavis en cas de manquement grave de l'autre
partie non réparé dans les quinze jours d'une mise en demeure écrite.
9.3 À la fin du contrat, le Prestataire retire les tablettes de sa console MDM après avoir
remis à la Crèche, sans frais, l'export complet des relevés de présence stockés sur les
tablettes au format CSV ainsi que la fiche de configuration, les codes et mots de passe
nécessaires à la poursuite de l'utilisation.

Article 10 - Responsabilité
La responsabilité du Prestataire est limitée à 10.000,00 EUR par sinistre, sauf en cas de dol,
de faute grave ou de violation de l'article 8. Les dommages indirects sont exclus.

Article 11 - Litiges
Le contrat est soumis au droit belge. En cas de différend, les parties se rencontrent dans les
quinze jours de la demande écrite de l'une d'elles pour rechercher une solution amiable ; à
défaut d'accord dans le mois, elles peuvent recourir à un médiateur agréé. Si la médiation
échoue, les tribunaux de l'arrondissement de Namur, division Dinant, sont compétents.

Fait à Ciney, le 01/12/2026, en deux exemplaires.

Pour Gestinfo Condroz srl                      Pour l'ASBL Les Coccinelles
Arnaud Collignon, gérant                       Valérie Pirson, directrice
[signature]                                    [signature]

Annexes : 1. offre OF-26-0387 - 2. convention de traitement des données
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
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
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)

FR_T16P_NAMUR_WEB_AGENCY_TERMS = UnseenDocument(
    name="fr_t16p_namur_web_agency_terms",
    text="""CONDITIONS GÉNÉRALES DE PRESTATIONS
PIXELMEUSE srl - agence web
Rue des Brasseurs 42, 5000 Namur - BCE BE 0689.214.553 - hello@pixelmeuse.be - 081/22 40 17
Version du 1er septembre 2026

Article 1 - Champ d'application
1.1 Les présentes conditions générales s'appliquent à tous les devis, commandes et prestations
de Pixelmeuse srl (ci-après « l'Agence ») : création de sites internet et de boutiques en
ligne, graphisme, hébergement et maintenance. Elles s'appliquent à l'exclusion des conditions
générales ou d'achat du client, même si celles-ci figurent sur un bon de commande.
1.2 Le contrat est formé par le devis accepté et les présentes conditions générales. Les
conditions particulières mentionnées dans le devis priment sur les présentes conditions
générales.
1.3 L'Agence peut modifier les présentes conditions générales à tout moment. La version
applicable est celle publiée sur pixelmeuse.be au jour de la commande ; pour les formules
d'hébergement et de maintenance en cours, la nouvelle version s'applique dès sa publication.

Article 2 - Devis et commande
2.1 Les devis sont valables 30 jours. Ils sont acceptés par la signature du devis ou par un
e-mail de confirmation du client ; l'acceptation emporte acceptation des présentes conditions.
2.2 Les prix indiqués dans le devis sont forfaitaires pour les prestations qui y sont décrites.
Tout ce qui n'est pas explicitement mentionné dans le devis est exclu, notamment la rédaction
et la traduction des textes, les photographies, l'achat de licences d'extensions premium ou de
polices, le référencement payant et la saisie des produits d'une boutique en ligne.
2.3 Toute demande qui sort du devis fait l'objet d'un devis complémentaire, à accepter par écrit
avant le début des travaux. Les petites adaptations sont facturées en régie au taux horaire de
75,00 EUR HTVA, par tranche de 15 minutes, après accord du client par e-mail sur une estimation
du nombre d'heures.

Article 3 - Déroulement du projet
3.1 Le client fournit, dans les 15 jours de la commande, son logo, ses textes, ses images et
les accès nécessaires (nom de domaine, ancien hébergement). Il valide chaque étape (maquette,
version de test) dans les 5 jours ouvrables de sa présentation.
3.2 Deux séries de corrections sont comprises à chaque étape ; les corrections supplémentaires
sont facturées au taux horaire de l'article 2.3.
3.3 Les délais mentionnés dans le devis sont donnés à titre indicatif. Un retard de l'Agence ne
peut donner lieu ni à indemnité ni à annulation de la commande. En cas de retard du client dans
la fourniture des contenus ou des validations, le planning est décalé d'autant ; si le projet
est suspendu plus de trois mois du fait du client, l'Agence facture les prestations déjà
réalisées et le solde devient exigible.
3.4 Le site est développé et testé sur les deux dernières versions de Chrome, Firefox, Safari
et Edge, ainsi que sur smartphone et tablette (iOS et Android).

Article 4 - Mise en ligne et réception
4.1 L'Agence met le site en ligne sur son hébergement ou sur celui du client après la
validation de la version de test et le paiement de la facture de mise en ligne.
4.2 Le client dispose de 8 jours calendrier à compter de la mise en ligne pour signaler par écrit
les anomalies constatées. À défaut, le site est réputé accepté sans réserve.
4.3 Pendant trois mois à compter de la mise en ligne, l'Agence corrige gratuitement les
anomalies de fonctionnement du site. Cette garantie ne couvre pas les problèmes causés par une
modification du client ou d'un tiers, ni par la mise à jour d'une extension par le client.
4.4 À la mise en ligne, l'Agence remet au client ses accès administrateur et un guide
d'utilisation en PDF, et donne une formation à distance d'une heure à la gestion des contenus.

Article 5 - Prix et paiement
5.1 Sauf mention contraire dans le devis, les projets sont facturés 40 % à la commande et 60 %
à la mise en ligne. Les formules d'hébergement et de maintenance sont facturées annuellement à
l'avance.
5.2 Les factures sont payables à 15 jours date de facture. Toute facture impayée à l'échéance
porte de plein droit et sans mise en demeure un intérêt de retard de 10 % l'an ainsi qu'une
indemnité forfaitaire de 15 % du montant dû, avec un minimum de 50,00 EUR.
5.3 En cas de défaut de paiement, l'Agence peut suspendre ses prestations et l'hébergement du
site après un rappel resté sans suite pendant 8 jours.
5.4 L'Agence peut adapter chaque année au 1er janvier les tarifs de ses formules d'hébergement
et de maintenance ainsi que son taux horaire.

Article 6 - Hébergement et maintenance
6.1 L'Agence propose les formules suivantes :
- « Essentiel » (29,00 EUR HTVA par mois) : hébergement sur serveur en Belgique, certificat SSL,
  sauvegarde quotidienne conservée 14 jours, mises à jour mensuelles de WordPress, du thème et
  des extensions ;
- « Sérénité » (69,00 EUR HTVA par mois) : la formule Essentiel, plus une surveillance de la
  disponibilité toutes les 5 minutes, les mises à jour de sécurité appliquées dans les
  48 heures et une heure de petites modifications par mois (non reportable).
6.2 Le support est joignable par e-mail à support@pixelmeuse.be, les jours ouvrables de 9h00 à
17h00. Les demandes sont prises en charge dans les deux jours ouvrables ; un site hors ligne
est pris en charge dans les 4 heures ouvrables.
6.3 L'Agence met en œuvre les moyens nécessaires pour assurer une disponibilité de 99 % des
sites hébergés, sans toutefois la garantir. Ses obligations sont des obligations de moyens.
Aucune indemnité, réduction ou remboursement n'est dû en cas d'indisponibilité.
6.4 Les formules sont souscrites pour une durée initiale de 12 mois et sont ensuite reconduites
tacitement par périodes de 12 mois, sauf résiliation par écrit au moins trois mois avant
l'échéance.
6.5 À la fin de la formule, l'Agence remet sur demande une archive complète du site (fichiers et
base de données) moyennant un forfait de 150,00 EUR HTVA, pour autant que toutes les factures
aient été payées. Les données sont supprimées 30 jours après la fin de la formule.

Article 7 - Propriété intellectuelle
7.1 Après paiement complet, le client devient titulaire des droits d'exploitation sur le site
réalisé pour lui (graphisme et contenus). L'Agence conserve la propriété de ses outils, de ses
développements génériques et de son thème de base, sur lesquels le client reçoit une licence
d'utilisation non exclusive.
7.2 Les fichiers sources (maquettes, fichiers de conception) restent la propriété de l'Agence et
ne sont pas remis au client, sauf mention contraire dans le devis.
7.3 L'Agence peut mentionner le site dans son portfolio et placer un lien discret « Réalisé par
Pixelmeuse » en pied de page.

Article 8 - Confidentialité et données personnelles
8.1 Chaque partie garde confidentielles les informations non publiques reçues de l'autre
partie pendant la durée du contrat et deux ans après sa fin.
8.2 Lorsqu'elle héberge ou maintient le site, l'Agence traite les données personnelles des
visiteurs et clients du site en qualité de sous-traitant au sens de l'article 28 du RGPD : elle
ne les traite que pour l'exécution du contrat, les héberge dans l'Union européenne, impose les
mêmes obligations à ses sous-traitants (hébergeur, service d'envoi d'e-mails) et informe le
client de toute violation de données dans les 48 heures de sa découverte.

Article 9 - Responsabilité
L'Agence n'est pas responsable des dommages indirects, tels que la perte de chiffre d'affaires,
la perte de clientèle, la perte ou la corruption de données ou les conséquences d'un piratage.
En tout état de cause, sa responsabilité est limitée au montant hors TVA de la commande
concernée ou, pour l'hébergement et la maintenance, aux redevances des trois derniers mois.

Article 10 - Résiliation
Chaque partie peut résilier le contrat par lettre recommandée en cas de manquement grave de
l'autre partie non réparé dans les 15 jours d'une mise en demeure. En cas de résiliation par le
client d'un projet en cours, l'acompte reste acquis et les prestations réalisées sont facturées.

Article 11 - Droit applicable et juridiction
Les présentes conditions sont régies par le droit belge. Tout litige relève de la compétence
exclusive des tribunaux de l'arrondissement de Namur.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "partial",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
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
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T16P_POLICE_FLEET_SOFTWARE_CONVENTION = UnseenDocument(
    name="fr_t16p_police_fleet_software_convention",
    text="""CONVENTION DE FOURNITURE ET DE SERVICES
Logiciel de gestion du charroi de la Zone de police Sambre-Orneau
Marché public de services - cahier spécial des charges n° ZP-SO/2026/014

ENTRE la ZONE DE POLICE SAMBRE-ORNEAU, rue de la Station 3, 5140 Sombreffe, représentée par son
Collège de police, pour lequel agissent M. Michel Dethier, président, et Mme Anne Loriaux,
secrétaire de zone, en exécution de la délibération du 17/11/2026, ci-après « la Zone »,
ET FLOTTALIS srl, avenue Georges Lemaître 19, 6041 Gosselies, BCE BE 0743.560.118, représentée
par M. Sébastien Wauters, administrateur, ci-après « l'Adjudicataire ».

Article 1 - Objet et documents du marché
1.1 La convention a pour objet la fourniture en mode SaaS du logiciel de gestion du charroi
FleetPol (54 véhicules et 6 remorques : carnets de bord, entretiens et contrôles techniques,
cartes carburant, sinistres), sa mise en service et sa maintenance.
1.2 Le marché est régi, dans l'ordre de priorité suivant, par : la loi du 17 juin 2016 relative
aux marchés publics et l'arrêté royal du 14 janvier 2013 établissant les règles générales
d'exécution (RGE) ; le cahier spécial des charges n° ZP-SO/2026/014 ; l'offre de
l'Adjudicataire du 28/09/2026, complétée par son courrier de négociation du 21/10/2026 ; la
présente convention. Les conditions générales de l'Adjudicataire ne s'appliquent pas.

Article 2 - Périmètre et prix
2.1 La mise en service est réalisée pour un prix global forfaitaire de 27.450,00 EUR HTVA,
comprenant le paramétrage, les interfaces, la reprise des données, la formation et la
documentation. L'abonnement comprend l'hébergement, l'utilisation par 40 utilisateurs nommés,
l'application mobile pour les carnets de bord, le support et les mises à jour.
2.2 Sont exclus : le matériel (smartphones et tablettes des véhicules), la connexion des
véhicules à un système de géolocalisation et les interfaces avec des applications non citées
à l'article 5.
2.3 L'abonnement s'élève à 640,00 EUR HTVA par mois, facturé trimestriellement à terme échu.
2.4 Les prestations complémentaires éventuelles sont exécutées au prix journalier de
790,00 EUR HTVA, sur ordre écrit préalable de la Zone précisant le nombre de jours, après
acceptation par celle-ci d'une offre détaillée de l'Adjudicataire.
2.5 L'abonnement et le prix journalier sont révisés le 1er janvier de chaque année selon la
formule P = P0 x (0,20 + 0,80 x S/S0), où S est l'indice Agoria des salaires (coût salarial
moyen national), conformément à l'article 10 du cahier spécial des charges.

Article 3 - Facturation et paiement
Le prix de la mise en service est facturé à raison de 50 % après la réception de la mise en
production et de 50 % après la réception définitive. Le paiement intervient dans les 30 jours
de la date de fin de la vérification, conformément aux articles 95 et 160 du RGE ; la
vérification est faite dans les 30 jours de la réception de la facture.

Article 4 - Planning
Lancement : semaine du 11/01/2027 ; paramétrage et reprise des données : jusqu'au 19/03/2027 ;
tests de réception : du 22/03 au 09/04/2027 ; formation : semaine du 12/04/2027 ; mise en
production : 19/04/2027.

Article 5 - Mise en service et reprise des données
5.1 L'Adjudicataire paramètre FleetPol selon les fiches de besoins annexées au cahier spécial
des charges et réalise les interfaces avec le portail du fournisseur de cartes carburant et avec
le logiciel comptable de la Zone (export des coûts par véhicule).
5.2 Il importe l'inventaire du charroi à partir du fichier Excel remis par la Zone ainsi que
l'historique des entretiens et des sinistres de 2021 à 2026 contenu dans la base Access
actuelle. Une reprise d'essai est contrôlée par le gestionnaire du charroi avant la reprise
définitive.

Article 6 - Obligations de la Zone
La Zone désigne l'inspecteur principal Olivier Henrard, gestionnaire du charroi, comme chef de
projet. Elle remet au plus tard le 25/01/2027 le fichier d'inventaire et la base Access,
communique la liste des utilisateurs, libère les utilisateurs clés pour les ateliers et les
tests et répond aux questions de paramétrage dans les cinq jours ouvrables.

Article 7 - Équipe de l'Adjudicataire
7.1 Le projet est conduit par Mme Charlotte Vanderheyden, cheffe de projet, qui justifie de
sept ans d'expérience dans le déploiement de logiciels de gestion de flottes pour des services
publics, assistée de M. Yassine Belkacem, consultant.
7.2 Les membres de l'équipe intervenant dans les locaux de la Zone font l'objet d'une
vérification de sécurité préalable et signent une déclaration de confidentialité. Tout
remplacement d'un membre de l'équipe est soumis à l'accord préalable écrit de la Zone ; le
remplaçant présente une expérience au moins équivalente et la passation se fait sans frais pour
la Zone.

Article 8 - Suivi
8.1 Pendant la mise en service, la cheffe de projet transmet toutes les deux semaines un
rapport d'avancement (travaux réalisés, respect du planning, risques, décisions attendues).
8.2 Un comité de suivi réunit chaque trimestre le chef de corps ou son délégué, le chef de
projet de la Zone et la gestionnaire de compte de l'Adjudicataire. En exploitation, un rapport
mensuel de service (disponibilité, incidents, délais, mises à jour) est transmis à la Zone.

Article 9 - Réception et garantie
9.1 Les tests de réception sont exécutés par la Zone sur la base d'un plan de tests approuvé par
elle. La réception de la mise en production est constatée par procès-verbal lorsque aucune
anomalie bloquante ne subsiste. La réception définitive a lieu à l'issue d'un délai de garantie
de douze mois à compter de la mise en production.
9.2 Pendant ce délai de garantie, l'Adjudicataire corrige sans frais toute anomalie et toute
non-conformité au cahier spécial des charges.
9.3 L'Adjudicataire forme les utilisateurs clés (deux jours) et les agents utilisant
l'application mobile (quatre sessions de deux heures) et remet un manuel utilisateur, un guide
de l'administrateur et la documentation des interfaces.

Article 10 - Niveaux de service
10.1 L'Adjudicataire garantit une disponibilité de FleetPol de 99,7 % par mois, 24 heures sur
24, hors maintenances planifiées annoncées cinq jours ouvrables à l'avance et réalisées entre
22h00 et 6h00.
10.2 Le support est joignable par le portail de tickets et au 071/96 28 40 les jours ouvrables
de 7h30 à 18h00 ; les incidents de priorité 1 peuvent être signalés 24 heures sur 24 au numéro
de garde communiqué à la Zone.
10.3 Délais, comptés à partir du signalement :
  - priorité 1 (logiciel ou application mobile inaccessible pour tous les utilisateurs) : prise
    en charge en 1 heure, rétablissement en 4 heures ;
  - priorité 2 (fonction importante indisponible) : prise en charge en 4 heures ouvrables,
    correction en 2 jours ouvrables ;
  - priorité 3 : prise en charge en 1 jour ouvrable, correction dans la version suivante.
10.4 Si la disponibilité mensuelle est inférieure à 99,7 %, l'abonnement du mois est réduit de
10 % par tranche entamée de 0,5 % manquant, avec un maximum de 50 %. Chaque dépassement du délai
de rétablissement d'un incident de priorité 1 donne lieu à une réduction supplémentaire de
5 % de l'abonnement du mois.
10.5 Les mises à jour et correctifs de sécurité sont inclus. Les nouvelles versions majeures
sont annoncées un mois à l'avance et testées sur un environnement de préproduction mis à la
disposition de la Zone.
10.6 Mme Aline Gobert est la gestionnaire de compte de la Zone ; l'Adjudicataire tient à jour
un dossier de paramétrage de la Zone, accessible aux agents du support.

Article 11 - Retard et pénalités
En cas de retard de la mise en production imputable à l'Adjudicataire, une amende de 0,1 % du
prix de la mise en service est due par jour calendrier de retard, plafonnée à 5 % de ce prix.
Le retard imputable à la Zone prolonge le délai d'exécution d'autant.

Article 12 - Durée et résiliation
12.1 La convention prend cours à la date de notification de l'attribution et est conclue pour
48 mois à compter de la mise en production, sans reconduction.
12.2 La Zone peut mettre fin à l'abonnement à chaque date anniversaire de la mise en
production, par lettre recommandée adressée au moins trois mois à l'avance, sans indemnité.
12.3 En cas de manquement de l'Adjudicataire, la Zone peut appliquer les mesures d'office
prévues aux articles 44 à 51 du RGE, dont la résiliation unilatérale du marché.

Article 13 - Réversibilité et continuité
13.1 À la fin de la convention, quelle qu'en soit la cause, l'Adjudicataire remet à la Zone,
dans les quinze jours et sans frais, l'export complet de ses données (véhicules, carnets de
bord, entretiens, sinistres, coûts et pièces jointes) aux formats CSV et PDF, avec la
description des fichiers. Il détruit ensuite toutes les copies et en délivre une attestation.
13.2 L'Adjudicataire maintient le service aux conditions en vigueur pendant une période de
transition de trois mois au maximum et assiste le nouveau prestataire à concurrence de cinq
jours au prix journalier de l'article 2.4.
13.3 Le code source de FleetPol et sa documentation sont déposés chez Depositum sa (Bruxelles),
mis à jour à chaque version majeure et remis à la Zone en cas de faillite de l'Adjudicataire
ou de cessation de la maintenance du logiciel.

Article 14 - Propriété intellectuelle
FleetPol reste la propriété de l'Adjudicataire ; la Zone dispose d'un droit d'utilisation non
exclusif pendant la durée de la convention. Les interfaces développées spécifiquement pour la
Zone et les données de la Zone sont la propriété de la Zone.

Article 15 - Confidentialité, sécurité et protection des données
15.1 L'Adjudicataire garde strictement confidentielles toutes les informations de la Zone, y
compris les immatriculations et l'affectation des véhicules banalisés, pendant la convention et
sans limite de temps après sa fin.
15.2 Les données sont hébergées exclusivement en Belgique, dans un centre de données certifié
ISO/IEC 27001. L'Adjudicataire agit en qualité de sous-traitant au sens du RGPD et de la loi du
30 juillet 2018 pour les données des membres du personnel (conducteurs, infractions, sinistres),
selon la convention de traitement jointe en annexe, et notifie toute violation de données au
délégué à la protection des données de la Zone dans les 24 heures.

Article 16 - Responsabilité
La responsabilité de l'Adjudicataire est limitée à 250.000,00 EUR par sinistre, sauf en cas de
dol, de faute grave ou de violation de l'article 15.

Article 17 - Litiges
Droit belge. Tout différend est d'abord examiné par le comité de suivi, puis, à défaut de
solution dans les trente jours, par le chef de corps et l'administrateur de l'Adjudicataire.
Si le différend persiste, les tribunaux de Namur sont seuls compétents.

Fait à Sombreffe, le 03/12/2026, en deux exemplaires.

Pour la Zone de police Sambre-Orneau              Pour Flottalis srl
Michel Dethier, président du Collège de police    Sébastien Wauters, administrateur
Anne Loriaux, secrétaire de zone
[signatures]                                      [signature]
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
        "exit.escrow": "covered",
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
        "contract_term_months": 48,
        "notice_period_days": 90,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

FR_T16P_BAKERY_WEBSITE_QUOTE = UnseenDocument(
    name="fr_t16p_bakery_website_quote",
    text="""De : Julie Renard <julie@ateliercassis.be>
À : Boulangerie Hennuy <contact@boulangerie-hennuy.be>
Date : mardi 17 novembre 2026 18:42
Objet : Devis site internet - D-2026-058

Bonjour Madame Hennuy, bonjour Christophe,

Merci pour votre accueil samedi matin (et pour les cramiques !). Comme promis, voici mon devis
pour votre nouveau site.

DEVIS D-2026-058 - Boulangerie-Pâtisserie Hennuy, Grand-Place 11, 5300 Andenne
Atelier Cassis - Julie Renard, webdesigner indépendante, rue Griange 4, 4500 Huy
BCE BE 0765.301.842

1. Site vitrine WordPress (accueil, nos pains, pâtisseries, traiteur, contact),
   design sur mesure, adapté aux smartphones ............................... 1.650,00
2. Formulaire de commande de gâteaux d'anniversaire et de communion
   (choix du gâteau, nombre de parts, date et heure d'enlèvement, envoi
   de la commande par e-mail au magasin) ..................................... 420,00
3. Séance photo au magasin et au fournil (une demi-journée, 25 photos
   retouchées), par Thomas Delvaux, photographe ............................... 340,00
4. Fiche Google Business à jour, horaires et jours de fermeture ................. 90,00
TOTAL HTVA .................................................................. 2.500,00 EUR
TVA 21 % ...................................................................... 525,00 EUR
TOTAL TVAC ................................................................... 3.025,00 EUR

Chaque année :
- nom de domaine boulangerie-hennuy.be + hébergement chez Combell, à votre nom : ± 120 EUR
  HTVA par an, facturés directement par Combell ;
- en option, ma formule « entretien » à 25,00 EUR HTVA par mois : mises à jour de WordPress et
  des extensions, sauvegarde hebdomadaire, et jusqu'à 30 minutes de petites modifications par
  mois (changement d'horaires, gâteau du mois...).

Pas compris : la rédaction des textes (je les relis et je les mets en forme), la vente en
ligne avec paiement (on pourra en reparler plus tard), les traductions.

Comment on s'y prend
- Vous m'envoyez vos textes, votre logo et la liste de vos produits avec les prix.
- Je vous montre une première maquette dix jours après, puis le site sur une adresse de test.
  Deux tours de corrections sont compris ; au-delà, je compte 60,00 EUR HTVA de l'heure, mais
  je vous demande toujours votre accord avant.
- Mise en ligne environ cinq semaines après réception de vos textes et photos, donc
  normalement avant la Saint-Nicolas si on démarre la semaine prochaine... sinon début janvier.
- Je vous montre comment changer les horaires et le gâteau du mois vous-mêmes (une heure
  au magasin), et je vous laisse un petit guide en PDF.

Paiement : 50 % au démarrage, le solde à la mise en ligne, factures à 15 jours.
Si quelque chose ne fonctionne pas comme prévu après la mise en ligne, je corrige gratuitement
pendant trois mois.
Le site, les textes et les photos vous appartiennent une fois la facture de solde payée (Thomas
vous cède les droits d'utilisation des photos pour votre site et vos réseaux sociaux).
La formule entretien est sans durée minimale : vous pouvez l'arrêter par simple e-mail, pour la
fin du mois. Je réponds à vos demandes par e-mail ou au 0478/52 19 66, du lundi au vendredi de
9h à 17h, en général dans les deux jours ouvrables.

Si ça vous convient, un petit mail de confirmation suffit et je vous envoie la facture
d'acompte.

Belle soirée,
Julie

--
Atelier Cassis - Julie Renard - 0478/52 19 66 - www.ateliercassis.be

-----

De : Boulangerie Hennuy <contact@boulangerie-hennuy.be>
À : Julie Renard <julie@ateliercassis.be>
Date : jeudi 19 novembre 2026 21:15
Objet : RE: Devis site internet - D-2026-058

Bonsoir Julie,

C'est tout bon pour nous, on accepte le devis D-2026-058 avec la formule entretien. Pour la
séance photo, le mardi c'est plus calme (on est fermés le lundi). Christophe vous envoie les
textes ce week-end.

Bonne soirée,
Martine Hennuy

-----

De : Julie Renard <julie@ateliercassis.be>
À : Boulangerie Hennuy <contact@boulangerie-hennuy.be>
Date : vendredi 20 novembre 2026 08:05
Objet : RE: RE: Devis site internet - D-2026-058

Super, merci ! Je note le mardi 1er décembre à 7h pour les photos avec Thomas. Facture
d'acompte (1.250,00 EUR HTVA) en pièce jointe.
Julie
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
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
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
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
        "warranty_days": 90,
    },
)

DOCUMENTS = [
    FR_T16P_CRECHE_ATTENDANCE_TABLETS_MAINTENANCE,
    FR_T16P_NAMUR_WEB_AGENCY_TERMS,
    FR_T16P_POLICE_FLEET_SOFTWARE_CONVENTION,
    FR_T16P_BAKERY_WEBSITE_QUOTE,
]
