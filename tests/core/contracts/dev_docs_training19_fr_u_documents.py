"""Training batch 19 (fr, writer u): four documents as French-speaking Belgian IT suppliers and
their clients write them.

- fr_t19u_school_it_fleet_services: a formal services contract (numbered articles) by which a
  Verviers IT firm takes over the management, helpdesk and maintenance of the IT fleet of a
  secondary school (takeover phase, monthly flat fee, priorities with response and restoration
  times, fee reductions, term given as a date range with tacit renewal per school year, signed by
  both parties).
- fr_t19u_gite_website_booking_quote: an e-mail quote by a small Marche-en-Famenne web agency for
  the website and online booking module of a holiday cottage, accepted by the client's reply
  e-mail; a yearly hosting formula with automatic renewal, a test window next to the warranty, a
  price-review notice next to the termination notice; the agency's general terms apply.
- fr_t19u_brussels_ssii_general_terms: the general terms of a Brussels IT services company
  (régie consultancy, fixed-price development, maintenance and hosting): supplier's terms prevail,
  obligation de moyens, uncapped régie, retention right, low liability cap, no signatures.
- fr_t19u_ambulance_planning_licence_maintenance: a long formal licence, implementation and
  maintenance contract for the crew and transport planning software of an ambulance service
  (fixed one-off fees, planning table, SLA table in minutes and hours, availability per quarter,
  service credits, escrow, term relative to go-live with two-year tacit renewals, signed by both).

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an e-mail acceptance with no signature block
is agreement.signed_both missing, general terms with no signature block too); partial =
mentioned but vague, a bare cross-reference without content, a placeholder, best-efforts only,
a negation/disclaimer. A term given as a date range is counted in whole months (1 January 2027
to 31 August 2029 = 32 months); a term "à compter de la mise en production" is its stated
length.
"""

from .unseen_documents import UnseenDocument

FR_T19U_SCHOOL_IT_FLEET_SERVICES = UnseenDocument(
    name="fr_t19u_school_it_fleet_services",
    text="""CONTRAT DE SERVICES INFORMATIQUES
Gestion, support et maintenance du parc informatique
Réf. : EDL/CS/2026-044

ENTRE l'ASBL Pouvoir organisateur de l'Institut Saint-Laurent, rue des Écoles 12, 4800 Verviers,
numéro d'entreprise 0412.556.083, représentée par M. Bernard Hick, président, et
Mme Anne-Catherine Lespagnard, directrice, ci-après « l'École »,
ET EDULOGIC SRL, avenue de Spa 88, 4800 Verviers, numéro d'entreprise 0745.219.630, représentée
par M. Stéphane Mathy, gérant, ci-après « le Prestataire ».

Article 1 - Objet
Le Prestataire assure la gestion, le support et la maintenance du parc informatique des deux
implantations de l'École : 212 ordinateurs fixes, 48 portables du personnel, 180 Chromebooks
d'élèves, 2 serveurs (administratif et pédagogique), le réseau (14 commutateurs, 38 bornes Wi-Fi)
et la configuration des 11 copieurs en réseau (inventaire détaillé à l'annexe 1).

Article 2 - Documents contractuels
Le contrat est constitué, par ordre de priorité décroissant : (1) le présent contrat ; (2) ses
annexes (annexe 1 : inventaire ; annexe 2 : convention de sous-traitance RGPD) ; (3) l'offre du
Prestataire n° OF-26-311 du 14 octobre 2026, remise à la suite de la consultation menée par l'École
en septembre 2026. Les conditions générales du Prestataire ne s'appliquent pas, même si elles
figurent sur ses devis, bons d'intervention ou factures.

Article 3 - Services compris dans le forfait
3.1 Le forfait mensuel comprend :
a) le helpdesk pour le personnel de l'École ;
b) la présence d'un technicien sur site les mardis et jeudis de 8h00 à 12h30 en période scolaire ;
c) l'application mensuelle des mises à jour Windows et ChromeOS et des mises à jour de sécurité
   des serveurs et du réseau, les correctifs critiques étant appliqués dans les 72 heures ;
d) l'antivirus (licences comprises) et la surveillance des sauvegardes quotidiennes du serveur
   administratif, avec un test de restauration par trimestre ;
e) la préparation des salles informatiques avant les épreuves externes (CEB, CE1D, CESS) ;
f) la tenue de l'inventaire dans l'outil GLPI du Prestataire, accessible en lecture à l'École ;
g) la gestion des comptes du personnel et des élèves.
3.2 Ne sont pas compris : l'achat de matériel et de logiciels (hors antivirus), les réparations
hors garantie du fabricant, le support des logiciels pédagogiques propres à certains cours, le
câblage et les travaux électriques, ainsi que l'assistance aux élèves et aux parents.

Article 4 - Prix
4.1 Le forfait mensuel s'élève à 2.940,00 EUR HTVA (deux mille neuf cent quarante euros).
4.2 La phase de reprise (article 6) est facturée une seule fois, pour un montant forfaitaire de
3.600,00 EUR HTVA.
4.3 Les prestations hors forfait sont facturées au taux horaire de 68,00 EUR HTVA (technicien) ou
92,00 EUR HTVA (ingénieur système), par quart d'heure entamé, déplacements compris. Elles ne sont
exécutées qu'après un bon de commande signé par la directrice ou l'économe, sur la base d'une
estimation écrite du Prestataire. Une intervention urgente demandée par téléphone n'est facturée
que si la direction l'a confirmée par e-mail.
4.4 Le forfait et les taux horaires sont indexés le 1er septembre de chaque année selon l'indice
santé (indice de référence : juillet 2026). Toute autre modification des prix requiert un avenant
signé par les deux parties, que le Prestataire propose au plus tard deux mois avant la rentrée
scolaire concernée.

Article 5 - Facturation et paiement
Le forfait mensuel est facturé par trimestre, anticipativement, en janvier, avril, juillet et
octobre. Les prestations hors forfait sont facturées mensuellement, à terme échu, avec la copie des
bons de commande. Les factures sont payables dans les trente (30) jours de leur réception.

Article 6 - Phase de reprise
6.1 La phase de reprise se déroule du 4 au 29 janvier 2027. Le Prestataire y :
- reprend la documentation et les accès remis par le prestataire sortant, contre procès-verbal ;
- importe dans GLPI l'inventaire existant de l'École (fichier Excel d'environ 460 lignes) ;
- rédige le dossier d'exploitation (schéma du réseau, configuration des serveurs, procédures de
  sauvegarde et de restauration, comptes administrateurs).
6.2 Le Prestataire déploie son agent de gestion à distance sur tous les postes et serveurs au plus
tard le 12 février 2027. Le dossier d'exploitation est remis à l'École au plus tard le
26 février 2027, puis tenu à jour à chaque modification de l'infrastructure.
6.3 Si l'agent n'est pas déployé sur l'ensemble du parc le 12 février 2027 pour une cause
imputable au Prestataire, le forfait de février 2027 est réduit de moitié. Si le retard est
imputable à l'École (accès aux locaux, informations manquantes), les échéances sont reportées
d'autant, sans frais pour l'une ou l'autre partie.

Article 7 - Obligations de l'École
L'École désigne une personne-ressource, Mme Valérie Gérard, coordinatrice numérique, disponible
pendant les présences du technicien ; remet au Prestataire, au plus tard le 4 janvier 2027, les
codes d'accès administrateur, les clés des locaux techniques et les coordonnées du prestataire
sortant ; communique au moins deux semaines à l'avance les dates des épreuves externes.

Article 8 - Helpdesk et délais
8.1 Le helpdesk est joignable via le portail support.edulogic.be, par e-mail à
helpdesk@edulogic.be et au 087/29 41 70, les jours scolaires de 7h30 à 17h00. Pendant les congés
scolaires, une permanence est assurée du lundi au vendredi de 9h00 à 12h00.
8.2 Les demandes sont classées comme suit (délais comptés pendant les heures d'ouverture) :
- Priorité 1, bloquant (réseau ou Wi-Fi indisponible dans un bâtiment, serveur administratif hors
  service, salle informatique inutilisable un jour d'épreuve) : prise en charge dans les
  60 minutes, technicien sur site si nécessaire dans les 4 heures, rétablissement ou solution de
  contournement dans les 8 heures ;
- Priorité 2, majeur (poste de la direction ou du secrétariat, copieur d'un étage) : prise en
  charge dans les 4 heures, résolution dans les 2 jours ouvrables ;
- Priorité 3, mineur (poste isolé, demande) : traitement lors de la présence suivante du
  technicien, au plus tard dans les 5 jours ouvrables.
8.3 Si, au cours d'un trimestre, plus d'un incident de priorité 1 n'est pas rétabli dans le délai,
le Prestataire accorde une réduction de 5 % sur la facture du trimestre suivant ; la réduction est
portée à 10 % si plus de trois incidents sont concernés.

Article 9 - Équipe
9.1 Le technicien référent de l'École est M. Kevin Lemaire, assisté de M. Julien Thiry pour les
serveurs et le réseau. L'interlocuteur contractuel est M. Stéphane Mathy.
9.2 Le technicien référent compte au moins trois ans d'expérience en milieu scolaire et est
certifié Microsoft 365 Endpoint Administrator ; M. Thiry est certifié Cisco CCNA.
9.3 Le Prestataire informe l'École au moins quinze jours à l'avance de tout changement de
technicien référent ; le remplaçant accompagne son prédécesseur lors de deux présences sur site,
sans frais pour l'École. En cas d'absence du référent, le Prestataire envoie un technicien ayant
accès au dossier d'exploitation et à l'historique GLPI.
9.4 Les prestations sont exécutées selon les règles de l'art et les procédures écrites du
Prestataire ; toute modification de la configuration des serveurs ou du réseau est testée, puis
consignée dans GLPI et dans le dossier d'exploitation.

Article 10 - Rapports et suivi
10.1 Chaque mois, le Prestataire transmet à la direction un rapport reprenant les tickets ouverts
et clôturés par priorité, le respect des délais, l'état des sauvegardes et des mises à jour, et ses
recommandations (matériel à remplacer, risques).
10.2 Une réunion de suivi a lieu chaque trimestre entre la directrice, la coordinatrice
numérique, l'économe et le gérant du Prestataire. Une difficulté non résolue entre la
coordinatrice et le technicien référent est portée devant la directrice et le gérant, qui se
concertent dans les cinq jours ouvrables.

Article 11 - Accompagnement des utilisateurs
À chaque rentrée, le Prestataire anime une séance d'information de deux heures pour les
enseignants (connexion, Wi-Fi, impression, sauvegarde) et leur remet une fiche pratique.

Article 12 - Durée et résiliation
12.1 Le contrat prend cours le 1er janvier 2027 et se termine le 31 août 2029. Il est ensuite
reconduit tacitement d'année scolaire en année scolaire (du 1er septembre au 31 août), sauf
dénonciation par l'une des parties, par lettre recommandée, au moins quatre mois avant
l'échéance, soit au plus tard le 30 avril.
12.2 Chaque partie peut résilier le contrat avec effet immédiat, par lettre recommandée, si l'autre
partie commet un manquement grave auquel elle ne remédie pas dans les 30 jours d'une mise en
demeure.

Article 13 - Fin du contrat
À la fin du contrat, quelle qu'en soit la cause, le Prestataire remet à l'École, dans les quinze
jours et sans frais : tous les codes d'accès administrateur, le dossier d'exploitation à jour,
l'export complet de l'inventaire et de l'historique des tickets GLPI au format CSV ; il désinstalle
ensuite son agent. Il continue d'assurer les services jusqu'à la date de fin et assiste le nouveau
prestataire pendant deux mois, une demi-journée de passation sur site étant comprise ; les heures
supplémentaires éventuelles sont facturées au taux de l'article 4.3.

Article 14 - Données personnelles et confidentialité
14.1 Le Prestataire a accès aux données à caractère personnel des élèves, de leurs parents et du
personnel. Il agit en qualité de sous-traitant au sens de l'article 28 du RGPD, conformément à la
convention de l'annexe 2, et n'accède aux données que dans la mesure nécessaire aux interventions.
14.2 Le Prestataire et son personnel gardent strictement confidentielles les informations dont ils
ont connaissance à l'École (résultats, dossiers disciplinaires, données médicales), pendant le
contrat et sans limite de durée après sa fin.

Article 15 - Propriété
Les scripts, procédures et documents réalisés pour l'École, dont le dossier d'exploitation,
appartiennent à l'École, qui peut les communiquer librement à un nouveau prestataire. L'outil GLPI
et l'agent de gestion restent la propriété du Prestataire ou de leurs éditeurs.

Article 16 - Responsabilité
La responsabilité du Prestataire est limitée, par année contractuelle, au montant des forfaits
facturés au cours des douze mois précédant le fait dommageable, sauf dol, faute grave ou dommage
corporel. Les dommages indirects sont exclus. Les frais de reconstitution des données perdues à la
suite d'un manquement du Prestataire à ses obligations de sauvegarde restent à sa charge dans la
limite ci-dessus.

Article 17 - Droit applicable et litiges
Le contrat est régi par le droit belge. Tout différend est d'abord examiné lors d'une réunion entre
le président du pouvoir organisateur et le gérant du Prestataire, dans les quinze jours de la
demande de l'une des parties. À défaut d'accord dans les trente jours, les parties recourent à un
médiateur agréé ; si la médiation échoue, le tribunal de l'entreprise de Liège, division Verviers,
est seul compétent.

Fait à Verviers, le 3 décembre 2026, en deux exemplaires.

Pour l'ASBL PO Institut Saint-Laurent                      Pour EDULOGIC SRL
Bernard Hick, président, et A.-C. Lespagnard, directrice    Stéphane Mathy, gérant
[signatures]                                                [signature]
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
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
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
        "contract_term_months": 32,
        "renewal_term_months": 12,
        "notice_period_days": 120,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)

FR_T19U_GITE_WEBSITE_BOOKING_QUOTE = UnseenDocument(
    name="fr_t19u_gite_website_booking_quote",
    text="""De : Marie Delvaux <marie@moulindehives.be>
À : Julie Renson <julie@ateliersapin.be>
Date : mercredi 2 décembre 2026 21:14
Objet : RE: Devis site + réservations - Moulin de Hives (D-2026-142)

Bonjour Julie,

On a tout relu avec Pascal : c'est bon pour nous, on accepte le devis D-2026-142 tel quel.
Vous pouvez nous envoyer la facture d'acompte. Les photos arrivent d'ici la fin de la semaine,
les textes suivront début janvier comme prévu.

Bonne soirée,
Marie Delvaux
Le Moulin de Hives - gîte 14 personnes - Hives, 6980 La Roche-en-Ardenne

-----Message d'origine-----
De : Julie Renson <julie@ateliersapin.be>
Envoyé : lundi 30 novembre 2026 10:02
À : Marie Delvaux <marie@moulindehives.be>
Objet : Devis site + réservations - Moulin de Hives (D-2026-142)

Bonjour Madame Delvaux,

Merci pour votre passage à l'atelier jeudi dernier. Voici notre devis pour le nouveau site du
Moulin avec la réservation en ligne (devis valable 30 jours). C'est moi qui reste votre
interlocutrice du début à la fin ; Romain s'occupe du développement du module de réservation.

1. Ce qui est compris
- Un site WordPress de 8 pages (accueil, le gîte, les chambres, équipements, activités dans la
  région, tarifs et disponibilités, avis, contact), en français, adapté aux smartphones.
- Le module de réservation : calendrier des disponibilités, calcul automatique du prix (saisons,
  week-ends, semaines, nettoyage, taxe de séjour), paiement de l'acompte en ligne par carte et
  Bancontact (Stripe), contrat de location et e-mails de confirmation automatiques.
- La synchronisation des calendriers avec Airbnb et Booking.com (iCal) pour éviter les doubles
  réservations.
- La reprise dans le nouveau calendrier des réservations déjà confirmées pour 2027 (votre tableau
  Excel).
- Le référencement de base (titres, descriptions, fiche Google Business Profile).
- 1h30 de formation en visio, plus un guide PDF et de courtes vidéos pour modifier vous-mêmes vos
  textes, vos tarifs et vos périodes bloquées.
Pas compris : la rédaction des textes, les photos (on peut vous recommander un photographe), la
traduction, les commissions Stripe et la gestion de vos annonces sur Airbnb et Booking.com.

2. Prix (HTVA)
  Création du site (design + intégration des 8 pages) ............ 1.950,00 EUR
  Module de réservation, paiement et synchro iCal ................. 1.480,00 EUR
  Reprise des réservations 2027 et mise en ligne .................... 250,00 EUR
  Formation, guide et vidéos ......................................... 180,00 EUR
  Total création ..................................................... 3.860,00 EUR
  Formule Sérénité (hébergement + maintenance) ........ 32,00 EUR/mois, soit 384,00 EUR/an
Travaux en plus (nouvelle page, nouvelle fonction...) : 65,00 EUR/h HTVA, toujours sur un petit
devis que vous acceptez avant qu'on commence.

3. Paiement
40 % à l'acceptation du devis, le solde à la mise en ligne. La formule Sérénité est facturée à la
mise en ligne, puis chaque année à la date anniversaire. Nos factures sont payables à 15 jours.

4. Planning
- Vos photos et vos textes : pour le 8 janvier au plus tard.
- Maquette de la page d'accueil : deux semaines après réception ; vous la validez dans les 5 jours.
- Site complet en test : mi-février.
- Mise en ligne : au plus tard le 15 mars 2027, à temps pour les réservations de Pâques.
Avant de vous le montrer, on teste le site sur smartphone, tablette et ordinateur (Chrome, Safari,
Firefox, Edge) et on fait des réservations de test avec paiement réel remboursé. Vous aurez
ensuite 10 jours pour tester à votre tour (on vous envoie une liste de réservations fictives à
faire) et nous renvoyer vos remarques ; on corrige, et vous nous confirmez par e-mail que c'est
bon pour la mise en ligne.
Si vos textes ou photos arrivent plus tard, le planning glisse d'autant. Si c'est nous qui sommes
en retard sur le 15 mars, on vous offre les trois premiers mois de la formule Sérénité.

5. Après la mise en ligne
- Garantie : pendant 3 mois après la mise en ligne, on corrige gratuitement tout bug du site ou du
  module de réservation.
- Formule Sérénité : hébergement chez Combell (serveurs en Belgique), certificat SSL, sauvegarde
  quotidienne conservée 30 jours, mises à jour de WordPress, du thème et des extensions chaque
  mois (les mises à jour de sécurité critiques dans les 48 heures), et jusqu'à 30 minutes de
  petites modifications par mois.
- Support par e-mail (support@ateliersapin.be) ou par téléphone (084/21 63 90), du lundi au
  vendredi de 9h à 18h. Si le site ou les réservations sont en panne, on intervient dans les
  4 heures (pendant ces heures-là) ; pour le reste, on vous répond sous 2 jours ouvrables.
- Disponibilité garantie de l'hébergement : 99,9 % par mois. On ne prévoit pas de remboursement
  ni d'indemnité en cas de panne, mais on vous tient informés en direct.

6. Durée
La formule Sérénité court 12 mois à partir de la mise en ligne et se renouvelle automatiquement
d'année en année. Vous pouvez l'arrêter à chaque date anniversaire en nous prévenant un mois
avant. Son prix peut être revu au 1er janvier : on vous prévient au moins deux mois à l'avance et,
si le nouveau prix ne vous convient pas, vous pouvez arrêter à ce moment-là.
Si vous partez, on vous remet une copie complète du site (fichiers et base de données) et l'export
de toutes vos réservations et coordonnées clients en CSV, et on aide gratuitement au transfert
chez votre nouvel hébergeur.

7. Divers
Le site (design, contenus, textes, photos) vous appartient une fois la facture de solde payée ;
notre thème maison vous est cédé avec une licence d'utilisation illimitée pour votre site, les
extensions payantes restent sous licence de leurs éditeurs.
Vos données et celles de vos hôtes : nous les traitons pour votre compte, conformément au RGPD. Je
vous envoie notre contrat de sous-traitance à signer avec la facture d'acompte.
Nos conditions générales (en pièce jointe) s'appliquent à ce devis.

Pour accepter, un simple retour d'e-mail suffit et on bloque le planning.

Bien à vous,
Julie Renson
Atelier Sapin srl - Web & communication
rue du Commerce 17, 6900 Marche-en-Famenne - BE 0721.488.315 - 084/21 63 90
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
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
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "partial",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.9,
    },
)

FR_T19U_BRUSSELS_SSII_GENERAL_TERMS = UnseenDocument(
    name="fr_t19u_brussels_ssii_general_terms",
    text="""NEXALIS SRL - CONDITIONS GÉNÉRALES DE PRESTATION DE SERVICES
Version 2026.2 - applicable aux offres émises à partir du 1er octobre 2026

Article 1 - Champ d'application
1.1 Les présentes conditions générales s'appliquent à toutes les offres, commandes et prestations
de Nexalis SRL, boulevard du Souverain 280, 1160 Bruxelles, BCE 0688.412.905 (« Nexalis ») :
consultance et mise à disposition de consultants en régie, développement de logiciels au
forfait, maintenance applicative et hébergement.
1.2 Le contrat est formé par l'offre de Nexalis acceptée par le Client (ou par le bon de commande
du Client confirmé par Nexalis), les conditions particulières éventuelles et les présentes
conditions générales. En cas de contradiction, les conditions particulières et l'offre prévalent
sur les présentes conditions générales.
1.3 Les présentes conditions prévalent sur les conditions générales d'achat du Client, qui sont
exclues même si elles figurent sur un bon de commande, sauf acceptation écrite et expresse de
Nexalis. L'acceptation de l'offre, sous quelque forme que ce soit (signature, e-mail, début
d'exécution), emporte l'acceptation des présentes conditions.
1.4 Nexalis peut modifier les présentes conditions générales. La nouvelle version est publiée sur
www.nexalis.be et s'applique aux contrats en cours trente jours après sa notification au Client.

Article 2 - Prestations en régie
2.1 Les prestations en régie sont facturées sur la base des heures réellement prestées, reprises
dans une feuille de prestations mensuelle que le Client valide dans les cinq jours ouvrables ; à
défaut, elle est réputée acceptée. Le consultant y joint un rapport d'activité mensuel (tâches
réalisées, points d'attention, prévisions pour le mois suivant).
2.2 Les estimations de charge éventuellement communiquées sont indicatives et ne constituent pas
un plafond.
2.3 Une journée compte huit heures de prestation. Les prestations en dehors de la plage
8h00-19h00 ou le samedi sont majorées de 50 %, le dimanche et les jours fériés de 100 %.
2.4 Nexalis affecte des consultants dont le profil correspond à celui de l'offre : junior (moins
de trois ans d'expérience), confirmé (trois à sept ans), senior (plus de sept ans), architecte
(plus de dix ans et certification reconnue dans le domaine).
2.5 Nexalis peut remplacer un consultant par un consultant de profil au moins équivalent, en
informant le Client au moins dix jours ouvrables à l'avance, sauf maladie ou force majeure. Les
deux premiers jours de recouvrement ne sont pas facturés. Le Client peut demander, par écrit et de
manière motivée, le remplacement d'un consultant ; Nexalis propose un remplaçant dans les quinze
jours ouvrables.
2.6 Si le Client met fin à une mission avant la date prévue dans le bon de commande, il doit une
indemnité égale à dix jours de prestation du consultant concerné.
2.7 Pendant la mission et les douze mois qui suivent, le Client s'interdit d'engager un consultant
de Nexalis, directement ou par un tiers, sous peine d'une indemnité égale à six mois de
facturation de ce consultant.

Article 3 - Développements au forfait
3.1 Le périmètre et le prix des développements au forfait sont ceux de l'offre. Toute demande de
modification fait l'objet d'un devis complémentaire indiquant son impact sur le prix et les
délais ; elle n'est exécutée qu'après acceptation écrite de ce devis par le Client.
3.2 Nexalis exécute les développements selon les règles de l'art et ses procédures qualité
certifiées ISO 9001:2015 : chaque développement fait l'objet d'une revue de code par un second
développeur et de tests automatisés avant livraison.
3.3 À la livraison, le Client dispose de quinze jours ouvrables pour effectuer ses tests de
réception et signaler par écrit les non-conformités, décrites de manière reproductible. Nexalis
corrige les anomalies bloquantes et livre une nouvelle version, que le Client teste dans les cinq
jours ouvrables. À défaut de remarques écrites dans ces délais, ou dès la mise en production par
le Client, les développements sont réputés réceptionnés.
3.4 Nexalis corrige gratuitement les anomalies reproductibles signalées par écrit dans les
soixante (60) jours calendrier suivant la réception. Sont exclues les anomalies dues à une
modification par le Client ou un tiers, à un logiciel tiers ou à une utilisation non conforme.
3.5 Nexalis remet avec chaque livraison le code source des développements spécifiques, une
documentation technique et un guide d'installation.

Article 4 - Maintenance, support et hébergement
4.1 Les contrats de maintenance comprennent la maintenance corrective des logiciels désignés dans
l'offre, l'application mensuelle des correctifs et mises à jour de sécurité (les correctifs
critiques dans les cinq jours ouvrables de leur publication), les mises à jour mineures et le
support aux utilisateurs clés du Client. Les nouvelles versions majeures et les évolutions sont
facturées séparément.
4.2 Le support est joignable via le portail support.nexalis.be, par e-mail à support@nexalis.be et
au +32 2 669 41 00, les jours ouvrables de 8h30 à 17h30, jours fériés belges exceptés.
4.3 Sauf niveau de service particulier convenu dans l'offre, Nexalis prend en charge les incidents
bloquants (production à l'arrêt) dans les 4 heures ouvrables, les incidents majeurs dans le jour
ouvrable et les autres demandes dans les trois jours ouvrables. Nexalis s'efforce de corriger ou
de contourner les incidents dans les meilleurs délais, sans s'engager sur un délai de résolution.
4.4 Nexalis met en œuvre les moyens raisonnables pour assurer la disponibilité des services
hébergés, hors maintenances planifiées annoncées 72 heures à l'avance. Aucune réduction de prix,
indemnité ou crédit n'est dû en cas d'indisponibilité.
4.5 Pour chaque client sous contrat de maintenance ou d'hébergement, Nexalis désigne un account
manager et tient à jour une fiche décrivant l'environnement du Client, accessible à son équipe de
support.
4.6 Les contrats de maintenance et d'hébergement sont conclus pour une durée initiale de douze
mois à compter de leur prise d'effet. Ils sont ensuite reconduits tacitement pour des périodes
successives de douze mois, sauf dénonciation par lettre recommandée au moins trois mois avant
l'échéance.

Article 5 - Prix et facturation
5.1 Les prix sont exprimés en euros, hors TVA. Les déplacements en dehors de la Région de
Bruxelles-Capitale sont facturés 0,45 EUR par kilomètre.
5.2 Les tarifs de régie et les redevances sont indexés le 1er janvier de chaque année selon la
formule P = P0 x (0,2 + 0,8 x S/S0), où S est l'indice Agoria du coût salarial moyen national.
5.3 Nexalis peut en outre adapter ses tarifs en cours de contrat moyennant notification écrite
deux mois à l'avance ; le Client peut alors résilier le contrat concerné pour la date d'entrée en
vigueur des nouveaux tarifs.
5.4 Les prestations en régie sont facturées mensuellement à terme échu ; les développements au
forfait à raison de 30 % à la commande, 40 % à la livraison et 30 % à la réception ; les
redevances de maintenance et d'hébergement annuellement à l'avance.
5.5 Les factures sont payables dans les trente (30) jours de leur date. Toute contestation doit
être adressée par écrit dans les huit jours de la réception de la facture. Tout retard de
paiement entraîne de plein droit l'intérêt prévu par la loi du 2 août 2002 et une indemnité
forfaitaire de 10 % du montant dû, avec un minimum de 125,00 EUR.
5.6 En cas de non-paiement à l'échéance, Nexalis peut, après une mise en demeure restée sans effet
pendant quinze jours, suspendre ses prestations et conserver les livrables, codes sources et
données du Client en sa possession jusqu'au paiement intégral.

Article 6 - Obligations du Client
Le Client met à la disposition des consultants un poste de travail, les accès et les informations
nécessaires, et désigne un interlocuteur disposant d'un pouvoir de décision. Il répond aux
questions de Nexalis dans les cinq jours ouvrables et assure la sauvegarde des données hébergées
sur ses propres systèmes. Tout retard imputable au Client reporte d'autant les délais, et les
temps d'attente sont facturés au tarif de régie.

Article 7 - Suivi
Pour chaque mission de plus de six mois et chaque contrat de maintenance, une réunion de suivi a
lieu chaque trimestre entre l'account manager de Nexalis et l'interlocuteur du Client. Les
difficultés sont escaladées du chef de projet à l'account manager, puis au directeur des
opérations de Nexalis.

Article 8 - Propriété intellectuelle
8.1 Nexalis conserve tous les droits sur ses logiciels standard, outils, bibliothèques, méthodes et
savoir-faire, y compris ceux utilisés ou améliorés au cours d'une mission. Le Client reçoit une
licence non exclusive d'utilisation, pour ses besoins internes, des composants de Nexalis intégrés
dans les livrables.
8.2 Les droits patrimoniaux sur les développements spécifiques sont cédés au Client après paiement
intégral du prix.
8.3 Nexalis n'est pas tenue de déposer les codes sources de ses logiciels standard auprès d'un
tiers.

Article 9 - Confidentialité
Chaque partie garde confidentielles les informations de l'autre partie dont elle a connaissance
pendant l'exécution du contrat, pendant sa durée et cinq ans après sa fin.

Article 10 - Données à caractère personnel
Lorsque Nexalis traite des données à caractère personnel pour le compte du Client, elle agit en
qualité de sous-traitant au sens de l'article 28 du RGPD. Les parties concluent une convention de
sous-traitance ; à défaut, l'accord de traitement publié sur www.nexalis.be/dpa fait partie
intégrante du contrat. Les données hébergées restent dans des centres de données situés dans
l'Union européenne.

Article 11 - Responsabilité
11.1 Nexalis est tenue d'une obligation de moyens.
11.2 La responsabilité de Nexalis est limitée, par sinistre, au montant facturé au titre de la
prestation concernée au cours des trois mois précédant le fait dommageable, et à 25.000,00 EUR
par année civile.
11.3 Nexalis ne répond pas des dommages indirects, du manque à gagner, de la perte de clientèle, de
la perte ou de l'altération de données ni des réclamations de tiers.

Article 12 - Résiliation et fin du contrat
12.1 Chaque partie peut résilier le contrat avec effet immédiat, par lettre recommandée, si
l'autre partie commet un manquement grave auquel elle ne remédie pas dans les quinze jours d'une
mise en demeure, ou en cas de faillite de l'autre partie.
12.2 Sous réserve de l'article 5.6, Nexalis restitue au Client, sur demande écrite formulée au plus
tard trente jours après la fin du contrat, les données du Client qu'elle héberge, dans un format
standard (CSV ou dump SQL). Le premier export est gratuit ; les suivants sont facturés au tarif
de régie. Passé ce délai, les données sont détruites.
12.3 À la demande du Client, Nexalis l'assiste, ou assiste le nouveau prestataire, pendant trois
mois au plus après la fin du contrat, au tarif de régie, et maintient pendant cette période les
services d'hébergement aux conditions du contrat.

Article 13 - Droit applicable et litiges
Le contrat est régi par le droit belge. Avant toute action en justice, les parties se réunissent
dans les quinze jours de la demande de l'une d'elles pour rechercher une solution amiable ; à
défaut d'accord dans les trente jours, elles peuvent recourir à un médiateur agréé par la
Commission fédérale de médiation. Les tribunaux francophones de Bruxelles sont seuls compétents.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "partial",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 4,
    },
)

FR_T19U_AMBULANCE_PLANNING_LICENCE_MAINTENANCE = UnseenDocument(
    name="fr_t19u_ambulance_planning_licence_maintenance",
    text="""CONTRAT DE LICENCE, DE MISE EN ŒUVRE ET DE MAINTENANCE
Logiciel de planification AmbuPlanner - Contrat n° DT-2026-0219

ENTRE DISPATECH SA, rue Émile Francqui 6, 1435 Mont-Saint-Guibert, BCE BE 0567.903.214,
représentée par Mme Hélène Vanderstraeten, administratrice déléguée (« DispaTech »),
ET AMBUMEUSE ASBL, service d'ambulances et de transport médico-sanitaire, chaussée de Liège 412,
5100 Jambes, BCE BE 0448.261.577, représentée par M. Philippe Collignon, directeur général
(« le Client »).

Article 1 - Objet et périmètre
1.1 DispaTech concède au Client une licence du logiciel AmbuPlanner (gardes, équipages,
véhicules, transports programmés, application mobile), l'héberge, le met en œuvre et le maintient
pour les trois bases du Client (Jambes, Gembloux, Dinant) et ses 130 ambulanciers.
1.2 Sont compris : la licence, le paramétrage, les interfaces avec le logiciel de facturation et
le secrétariat social, la reprise des données, la formation, l'hébergement et la maintenance. Ne
sont pas compris : les tablettes et leur gestion (MDM), les postes des régulateurs, toute
interface avec le centre 112.

Article 2 - Documents contractuels
Par ordre de priorité : le présent contrat ; l'annexe A (description fonctionnelle) ; l'annexe B
(convention de traitement des données) ; l'offre de DispaTech n° DT-OF-26-0412 du 6 octobre 2026.
Ni les conditions générales de DispaTech ni les conditions d'achat du Client ne s'appliquent.

Article 3 - Prix
3.1 Frais uniques (EUR HTVA) :
    Licence perpétuelle (8 postes de planification simultanés, 150 comptes mobiles)  42.000,00
    Mise en œuvre : paramétrage, interfaces, reprise des données                      14.400,00
    Formation (6 jours)                                                                 4.200,00
    Total                                                                              60.600,00
3.2 Redevance annuelle de maintenance et d'hébergement : 11.340,00 EUR HTVA (maintenance
7.560,00 EUR, soit 18 % de la licence ; hébergement 3.780,00 EUR), due à partir de la mise en
production et facturée par trimestre anticipativement (2.835,00 EUR).
3.3 Prestations complémentaires : 880,00 EUR HTVA par jour de consultant. La redevance et le taux
journalier sont indexés le 1er janvier selon la formule Agoria de l'offre, l'augmentation étant
plafonnée à 3 % par an. Toute autre modification de prix requiert un avenant signé.
3.4 Les frais uniques sont facturés à raison de 30 % à la signature, 50 % à la mise en production
et 20 % à la réception définitive. Les factures sont payables à quarante-cinq (45) jours date de
facture.

Article 4 - Modifications
Toute demande de modification fait l'objet, dans les dix jours ouvrables, d'une proposition
écrite de DispaTech chiffrant l'impact sur le prix et le planning. Aucune prestation
complémentaire n'est exécutée ni facturée sans bon de commande signé par le directeur général.

Article 5 - Planning et retards
5.1 Planning :
    Lancement du projet ........................................ 18 janvier 2027
    Ateliers de paramétrage (bases, véhicules, règles de garde) .. jusqu'au 26 février 2027
    Reprise des données, essais 1 et 2 ......................... 8 mars et 30 mars 2027
    Interfaces facturation et secrétariat social ................ 19 mars 2027
    Formation des régulateurs et des formateurs internes ........ 6 au 16 avril 2027
    Tests de réception .......................................... 19 au 28 avril 2027
    Mise en production (bascule) ................................ 3 mai 2027 à 6h00
5.2 Si la mise en production est retardée du fait de DispaTech, celle-ci doit une pénalité de
250,00 EUR par jour calendrier de retard, plafonnée à 10 % des frais uniques. Un retard imputable
au Client décale le planning d'autant ; les journées d'attente justifiées sont facturées au taux
journalier.

Article 6 - Obligations du Client
Le Client désigne une cheffe de projet, Mme Sandrine Piette ; remet au plus tard le 1er février
2027 les exports de son logiciel actuel et les listes du personnel, des véhicules et des
transports récurrents ; équipe les équipages de tablettes gérées au plus tard le 15 mars 2027 ;
valide les documents de paramétrage dans les cinq jours ouvrables.

Article 7 - Équipe et suivi du projet
7.1 Le projet est mené par Mme Isabelle Marchal, cheffe de projet (dix ans d'expérience, dont six
dans la planification de services d'urgence et de soins), avec M. Loïc Bertrand (consultant
paramétrage) et M. Sami Haddad (développeur interfaces).
7.2 La cheffe de projet ne peut être remplacée qu'avec l'accord écrit préalable du Client, par une
personne d'expérience équivalente ; la passation de cinq jours est à charge de DispaTech.
7.3 Un rapport d'avancement (tâches réalisées, planning, risques, décisions attendues) est remis
toutes les deux semaines. Un comité de pilotage réunit chaque mois les directions des deux
parties ; un point non résolu entre les chefs de projet lui est soumis.
7.4 DispaTech exécute ses prestations selon les règles de l'art ; elle est certifiée ISO/IEC 27001
et chaque version est testée sur l'environnement d'acceptation avant sa mise en production.

Article 8 - Reprise des données
DispaTech reprend le personnel et ses qualifications, les véhicules, le planning des gardes 2027
et les transports récurrents. Les essais sont contrôlés par le Client ; la reprise finale a lieu
le week-end précédant la bascule et est validée par écrit par le Client.

Article 9 - Installation, réception et démarrage
9.1 DispaTech installe les environnements de production et d'acceptation et publie l'application
mobile dans le MDM du Client.
9.2 Les tests de réception suivent un plan de tests rédigé par DispaTech et approuvé par le
Client. La réception provisoire, qui autorise la bascule, est prononcée par écrit en l'absence
d'anomalie bloquante. Après une période d'observation de trente (30) jours suivant la mise en
production, la réception définitive est prononcée si aucune anomalie bloquante ou majeure n'est
ouverte.
9.3 Un consultant de DispaTech est présent à la base de Jambes pendant les trois premiers jours de
production, nuit de bascule comprise.

Article 10 - Garantie
Pendant douze (12) mois à compter de la réception définitive, DispaTech corrige sans frais toute
anomalie du logiciel et toute erreur de paramétrage ou d'interface, dans les délais de
l'article 12.

Article 11 - Formation et documentation
DispaTech forme les six régulateurs et quatre formateurs internes, qui forment les ambulanciers
à l'aide des vidéos fournies. Elle remet avant la réception définitive les manuels utilisateur, le
manuel d'administration et la documentation du paramétrage et des interfaces.

Article 12 - Maintenance, support et niveaux de service
12.1 La maintenance comprend la correction des anomalies, au moins deux nouvelles versions par an,
les correctifs de sécurité (les critiques dans les 72 heures), l'hébergement dans deux centres de
données situés en Belgique, la surveillance 24h/24, une sauvegarde toutes les quatre heures
conservée 35 jours, et le support.
12.2 Les incidents P1 et P2 sont signalés 24h/24 et 7j/7 par la ligne d'astreinte 010/81 47 20 ;
les autres demandes via le portail ou support@dispatech.be, les jours ouvrables de 8h00 à 18h00.
12.3 Délais :
    Priorité | Définition                                   | Prise en charge | Rétablissement
    P1       | planning inaccessible aux régulateurs ou     | 15 minutes      | 2 heures
             | application mobile hors service              | (24h/24, 7j/7)  |
    P2       | fonction importante ou une base indisponible | 1 heure         | 8 heures
    P3       | autre anomalie, question                     | 4 heures ouvr.  | 10 jours ouvr.
12.4 DispaTech garantit une disponibilité de 99,8 % par trimestre calendrier, 24h/24, hors
maintenances planifiées annoncées dix jours à l'avance, effectuées entre 1h00 et 5h00 et limitées
à quatre heures par trimestre.
12.5 Crédits de service, imputés sur la facture suivante : 5 % de la redevance trimestrielle par
tranche entamée de 0,1 % de disponibilité manquante, plafonnés à 30 % ; 2 % par heure entamée de
dépassement du délai de rétablissement d'un incident P1, plafonnés à 20 %. Si la disponibilité est
inférieure à 99 % deux trimestres consécutifs, le Client peut résilier le contrat sans indemnité.
12.6 Chaque nouvelle version est installée sur l'environnement d'acceptation dix jours ouvrables
avant la production ; le Client peut en reporter la mise en production de 30 jours au plus, sauf
correctif de sécurité.
12.7 M. Thomas Lejeune est le gestionnaire de compte du Client. DispaTech tient à jour une fiche de
configuration (bases, règles de garde, interfaces), consultable par les agents d'astreinte.
12.8 DispaTech transmet chaque mois un rapport de service (disponibilité, incidents par priorité,
délais respectés, crédits dus, versions prévues) ; un comité de suivi se réunit chaque trimestre.

Article 13 - Durée et résiliation
13.1 Le contrat entre en vigueur à sa signature. La maintenance et l'hébergement sont conclus pour
quatre ans à compter de la mise en production, puis reconduits tacitement par périodes de deux
ans, sauf résiliation par lettre recommandée au moins six mois avant l'échéance.
13.2 Chaque partie peut résilier le contrat en cas de manquement grave de l'autre, non réparé dans
les 45 jours d'une mise en demeure.

Article 14 - Fin du contrat
14.1 Dans les 30 jours de la fin du contrat, DispaTech remet gratuitement au Client un export
complet de ses données (plannings, personnel, véhicules, transports) aux formats CSV et XML, avec
la description du modèle de données, puis les supprime.
14.2 À la demande du Client, DispaTech poursuit l'hébergement et la maintenance aux conditions du
contrat pendant neuf mois au plus et assiste le nouveau prestataire au taux journalier.
14.3 Les sources d'AmbuPlanner sont déposées, aux frais de DispaTech, auprès d'un agent de dépôt
indépendant et mises à jour à chaque version majeure. Le Client y a accès en cas de faillite ou de
liquidation de DispaTech ou si elle cesse de maintenir le logiciel.

Article 15 - Propriété intellectuelle, confidentialité et données personnelles
15.1 AmbuPlanner reste la propriété de DispaTech ; la licence est non exclusive et non cessible. Les
rapports et interfaces développés pour le Client peuvent être utilisés et modifiés librement par
celui-ci. Chaque partie garde confidentielles les informations de l'autre pendant le contrat et
cinq ans après sa fin.
15.2 DispaTech traite les données du personnel et des patients transportés (dont des données de
santé) en qualité de sous-traitant au sens de l'article 28 du RGPD, conformément à l'annexe B. Les
données restent en Belgique. Toute violation de données est notifiée au Client dans les 24 heures.

Article 16 - Responsabilité
La responsabilité de DispaTech est limitée, par année contractuelle, au plus élevé des deux
montants suivants : les sommes payées au cours des douze mois précédents ou 75.000,00 EUR. Les
dommages indirects sont exclus. Cette limite ne s'applique pas au dol, à la faute grave, aux
manquements à la confidentialité et à la protection des données, ni aux frais de reconstitution
de données perdues par la faute de DispaTech.

Article 17 - Droit applicable et litiges
Droit belge. Tout différend est soumis au comité de pilotage puis aux directions générales ; à
défaut d'accord dans les 30 jours, les parties recourent à un médiateur agréé avant de saisir le
tribunal de l'entreprise de Liège, division Namur, seul compétent.

Fait à Jambes, le 1er décembre 2026, en deux exemplaires.

Pour DispaTech SA                                  Pour AmbuMeuse ASBL
Hélène Vanderstraeten, administratrice déléguée    Philippe Collignon, directeur général
[signature]                                        [signature]
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 48,
        "renewal_term_months": 24,
        "notice_period_days": 180,
        "payment_term_days": 45,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.8,
    },
)

DOCUMENTS = [
    FR_T19U_SCHOOL_IT_FLEET_SERVICES,
    FR_T19U_GITE_WEBSITE_BOOKING_QUOTE,
    FR_T19U_BRUSSELS_SSII_GENERAL_TERMS,
    FR_T19U_AMBULANCE_PLANNING_LICENCE_MAINTENANCE,
]
