"""Training batch 18 (fr, writer t): four documents as Belgian French-speaking IT suppliers and
their clients write them.

- fr_t18t_cinema_projection_maintenance: a long formal maintenance contract (numbered articles)
  by which a Herstal integrator maintains the laser projectors, image servers, TMS and content
  library of a five-screen Verviers cinema (priority table with reaction and restoration times,
  indemnity per cancelled screening, fixed term 2027-2029 then tacit renewal by two years with
  six months' notice, signed by both).
- fr_t18t_dental_lab_cadcam_quote: an e-mail thread in which a Gosselies reseller quotes a CAD/CAM
  workstation, lab scanner and exocad licence for a Mons dental laboratory, with a yearly support
  formula; the supplier's general terms apply and the client accepts by a reply e-mail.
- fr_t18t_liege_hosting_general_terms: the general terms of a Liège hosting company (shared
  hosting, VPS, dedicated servers): availability with credits, best efforts, unilateral price
  and terms changes, liability capped at three months' fees, retention of data when unpaid;
  accepted online, no signatures.
- fr_t18t_province_salt_fleet_tracking: a public-procurement services convention by which a
  province (purchasing centre for fourteen communes) buys telematics boxes and a tracking
  platform for its road-salt spreaders (planning, delay penalties, acceptance and warranty,
  winter-season SLA with penalties, four years from provisional acceptance, signed by both).

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Ambiguous items, risks and figures are left out.
Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned (an e-mail acceptance with no signature block is
agreement.signed_both missing; general terms accepted online with no signatures also raise
risk.unsigned); partial = mentioned but vague, a bare cross-reference without content, a
placeholder, best-efforts only, a negation/disclaimer. Where several similar numbers appear
(price-change notice next to the non-renewal notice, verification period next to the payment
term, acceptance observation period next to the warranty, lower priorities' response times),
the figure labelled is the one with the key's role.
"""

from .unseen_documents import UnseenDocument

FR_T18T_CINEMA_PROJECTION_MAINTENANCE = UnseenDocument(
    name="fr_t18t_cinema_projection_maintenance",
    text="""CONTRAT DE MAINTENANCE DES ÉQUIPEMENTS DE PROJECTION NUMÉRIQUE
Contrat n° CT-MAINT-2026-27

ENTRE
CINÉTEK SRL, rue Large Voie 80, 4040 Herstal, BCE BE 0712.345.908, représentée par
M. Luc Halleux, gérant, ci-après « le Prestataire »,

ET
CINÉMA DES RÉCOLLETS ASBL, rue des Récollets 3, 4800 Verviers, BCE BE 0421.566.037,
représentée par Mme Anne-Françoise Closset, directrice, ci-après « le Client ».

Article 1 - Objet et documents contractuels
1.1 Le Prestataire assure la maintenance préventive et corrective des équipements de projection
des cinq salles du Client, tels qu'inventoriés à l'annexe 1 : cinq projecteurs laser, cinq
serveurs d'images intégrés (IMB) Dolby IMS3000, cinq processeurs audio, le système de gestion
de cabine (TMS) et la bibliothèque centrale de contenus (NAS de 48 To).
1.2 Le contrat comprend, par ordre de priorité : (a) le présent contrat ; (b) ses annexes ;
(c) l'offre du Prestataire n° CT-2026-341 du 06/11/2026 (annexe 2). Les conditions générales
du Prestataire ne s'appliquent pas au présent contrat.

Article 2 - Prestations comprises
2.1 Maintenance préventive : deux visites par an et par salle (en mars et en septembre, en
dehors des séances), comprenant le nettoyage des optiques et des filtres, la mesure de la
luminance et de la colorimétrie selon les normes DCI/SMPTE et le contrôle de la chaîne audio.
2.2 Maintenance corrective : diagnostic à distance, interventions sur site, main-d'œuvre et
déplacements compris.
2.3 Supervision à distance des équipements par la plateforme de télégestion du constructeur.
2.4 Installation des mises à jour de firmware et des logiciels IMB et TMS, renouvellement des
certificats de sécurité et application des correctifs de sécurité, après validation par le
Client et jamais un vendredi, un samedi ou un dimanche.
2.5 Assistance à l'ingestion des DCP et à la gestion des clés KDM.

Article 3 - Exclusions
Ne sont pas compris : les pièces détachées autres que les filtres, facturées au prix catalogue
du constructeur moins 10 % ; les dommages résultant d'une mauvaise utilisation, d'une surtension
ou de l'intervention d'un tiers ; le déplacement ou la réinstallation d'équipements ; les
équipements non repris à l'annexe 1.

Article 4 - Prix et paiement
4.1 Frais uniques de prise en charge (inventaire, audit initial, mise à niveau des firmwares,
configuration de la supervision) : 2.350,00 EUR HTVA, facturés au terme de l'audit initial.
4.2 Redevance annuelle : 2.480,00 EUR HTVA par salle, soit 12.400,00 EUR HTVA pour les cinq
salles, facturée par trimestre à l'avance (3.100,00 EUR HTVA par trimestre).
4.3 Les interventions hors contrat sont facturées 92,00 EUR HTVA de l'heure (majoration de 50 %
après 20h00 et le dimanche), plus un forfait de déplacement de 55,00 EUR HTVA. Elles ne sont
exécutées qu'après acceptation écrite, par le directeur technique du Client, d'un devis
indiquant le nombre d'heures et les pièces.
4.4 La redevance et les taux sont indexés le 1er janvier de chaque année selon la formule
p = P x (0,2 + 0,8 x S/S0), S étant l'indice Agoria des salaires ; le Prestataire communique le
montant indexé au moins soixante jours avant son application.
4.5 Les factures sont payables dans les quarante-cinq (45) jours de leur date.

Article 5 - Mise en place et calendrier
L'audit initial est réalisé au plus tard le 31/01/2027. La première visite préventive a lieu en
mars 2027. Les dates des visites préventives sont fixées d'un commun accord au moins un mois à
l'avance, en tenant compte du calendrier des festivals communiqué par le Client.

Article 6 - Hotline et niveaux de service
6.1 La hotline est joignable 7 jours sur 7, de 10h00 à 23h30, au 04/264 17 90, ainsi que par
le portail client et à support@cinetek.be. Les délais ci-dessous courent à partir de l'appel.

  Priorité        Définition                                Réaction     Rétablissement
  P1 - bloquant   une salle ne peut pas projeter une        30 minutes   4 heures
                  séance programmée
  P2 - dégradé    projection possible en mode dégradé       2 heures     24 heures
                  (son stéréo, luminance réduite)
  P3 - mineur     toute autre demande                       1 jour       10 jours
                                                            ouvrable     ouvrables

6.2 Le rétablissement peut consister en une solution de contournement, notamment le prêt d'un
serveur IMB de remplacement que le Prestataire maintient en stock à Herstal.
6.3 Les délais de réaction et de rétablissement constituent des obligations de résultat.

Article 7 - Indemnités
Si une séance programmée doit être annulée parce qu'un incident P1 n'a pas été rétabli dans le
délai, le Prestataire verse une indemnité forfaitaire de 250,00 EUR par séance annulée, plafonnée
à 30 % de la redevance annuelle. Elle est déduite de la facture trimestrielle suivante.

Article 8 - Obligations du Client
Le Client signale tout incident sans délai à la hotline en précisant la salle et le code
d'erreur ; maintient la température des cabines sous 28 °C ; donne accès aux cabines aux heures
convenues ; maintient la connexion internet nécessaire à la supervision ; s'interdit de faire
intervenir un tiers sur les équipements pendant la durée du contrat.

Article 9 - Personnel
9.1 Le technicien référent du Client est M. Kevin Lhoest, certifié par le constructeur des
projecteurs et par Dolby, qui compte huit ans d'expérience en cabine ; sa suppléante est
Mme Sarah Dumont. Toutes les interventions sont réalisées par des techniciens certifiés.
9.2 Le Prestataire informe le Client au moins quinze jours à l'avance de tout changement de
technicien référent ; le successeur dispose des mêmes certifications et est mis au courant de
l'installation aux frais du Prestataire.

Article 10 - Qualité, documentation et formation
10.1 Les travaux sont exécutés selon les prescriptions des constructeurs. Chaque intervention
se termine par un test de projection (mire et bande-annonce) en présence de l'opérateur et par
un rapport d'intervention signé.
10.2 Le Prestataire tient à jour, sur le portail client, un carnet de maintenance par salle et
une fiche de configuration (numéros de série, versions, adresses IP, certificats), consultables
par tous ses techniciens et par le Client.
10.3 Chaque année, le Prestataire donne aux projectionnistes du Client une formation d'une
demi-journée (procédures d'urgence, premiers diagnostics, gestion des KDM).

Article 11 - Suivi
11.1 Le Prestataire remet un rapport semestriel : incidents et délais réalisés, état des
équipements, heures de fonctionnement des sources laser, recommandations de remplacement.
11.2 Une réunion d'évaluation a lieu chaque année en novembre. Toute difficulté est portée
successivement au technicien référent, au responsable technique du Prestataire (M. Marc
Gérard), puis au gérant.

Article 12 - Durée
Le contrat prend cours le 1er janvier 2027 et se termine le 31 décembre 2029. Il est ensuite
reconduit tacitement par périodes successives de deux ans, sauf dénonciation par lettre
recommandée au moins six mois avant l'échéance.

Article 13 - Résiliation
13.1 Chaque partie peut résilier le contrat pour manquement grave de l'autre partie auquel il
n'est pas remédié dans les 30 jours d'une mise en demeure.
13.2 Le Client peut résilier le contrat sans préavis ni indemnité si le délai de rétablissement
d'un incident P1 est dépassé plus de trois fois sur douze mois.

Article 14 - Fin du contrat
À la fin du contrat, le Prestataire remet au Client, dans les quinze jours et sans frais, les
mots de passe administrateur, les certificats, les exports de configuration des IMB et du TMS
(listes de lecture, modèles de séances, clés KDM en cours) dans leur format natif, ainsi que
le carnet de maintenance en PDF. À la demande du Client, il poursuit la maintenance aux mêmes
conditions pendant deux mois au plus et consacre gratuitement une journée à la passation avec
le nouveau prestataire.

Article 15 - Propriété intellectuelle
Les logiciels embarqués restent la propriété des constructeurs. Les scripts d'automatisation et
les modèles de séances réalisés par le Prestataire pour le Client peuvent être utilisés et
modifiés librement par le Client, sans redevance.

Article 16 - Confidentialité
Les parties gardent confidentielles les informations échangées, notamment les contenus, les clés
KDM, la programmation et les tarifs, pendant le contrat et trois ans après sa fin. Le Prestataire
respecte les exigences de sécurité des distributeurs de films.

Article 17 - Données à caractère personnel
Le TMS étant relié à la billetterie, le Prestataire peut accéder aux données des spectateurs
(noms et adresses e-mail des réservations). Il agit alors comme sous-traitant au sens de
l'article 28 du RGPD, conformément à la convention de traitement jointe en annexe 3.

Article 18 - Responsabilité
La responsabilité du Prestataire est limitée, par année contractuelle, au double de la
redevance annuelle HTVA, sauf dol, faute grave ou dommage corporel. Les dommages indirects sont
exclus.

Article 19 - Droit applicable et litiges
Le contrat est régi par le droit belge. Les parties soumettent tout différend à une concertation
entre la directrice du Client et le gérant du Prestataire ; à défaut d'accord dans les 30 jours,
elles recourent à un médiateur agréé par la Commission fédérale de médiation. Si la médiation
échoue, les tribunaux de Liège, division Verviers, sont seuls compétents.

Fait à Verviers, le 03/12/2026, en deux exemplaires.

Pour CINÉTEK SRL                                 Pour CINÉMA DES RÉCOLLETS ASBL
Luc Halleux, gérant                              Anne-Françoise Closset, directrice
[signature]                                      [signature]

Annexes : 1. inventaire des équipements - 2. offre CT-2026-341 - 3. convention de traitement
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
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
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
        "contract_term_months": 36,
        "renewal_term_months": 24,
        "notice_period_days": 180,
        "payment_term_days": 45,
        "response_time_hours_highest_priority": 0.5,
    },
)

FR_T18T_DENTAL_LAB_CADCAM_QUOTE = UnseenDocument(
    name="fr_t18t_dental_lab_cadcam_quote",
    text="""De : Nathalie Vandamme <nathalie@labo-vandamme.be>
À : Arnaud Colson <arnaud.colson@denticad.be>
Date : jeu. 03/12/2026 18:42
Objet : RE: Votre nouveau poste CAO - devis D-26-0418

Bonjour Arnaud,

C'est OK pour nous, on valide le devis D-26-0418 tel quel, avec la formule support Labo+.
Le jeudi 17 décembre pour l'installation nous convient.

Bonne soirée,
Nathalie Vandamme
Laboratoire dentaire Vandamme srl

----- Message d'origine -----
De : Arnaud Colson <arnaud.colson@denticad.be>
Date : mer. 02/12/2026 11:05
Objet : Votre nouveau poste CAO - devis D-26-0418

Bonjour Madame Vandamme,

Merci pour votre visite au showroom et pour l'essai du scanner. Voici, comme convenu, notre
devis pour le remplacement de votre poste de CAO.

DEVIS D-26-0418 du 02/12/2026 - valable 30 jours
Client : Laboratoire dentaire Vandamme srl, rue de Nimy 112, 7000 Mons

  1. Station Dell Precision 5860 (Xeon W5, 64 Go, SSD 2 To, NVIDIA RTX A4000),
     écran 27" 4K, souris 3D                                                4.980,00
  2. Scanner de laboratoire Medit T710 + plateaux pour articulateur         8.950,00
  3. Licence exocad DentalCAD (perpétuelle) + modules Implant et Bar         6.240,00
  4. Installation sur site, calibration du scanner, configuration des
     exports vers votre fraiseuse Roland DWX-52D (forfait)                     480,00
  5. Transfert des cas en cours et des bibliothèques (implants, dents)
     depuis l'ancien poste (forfait)                                           240,00
  6. Formation exocad sur site, une demi-journée, 2 personnes                  390,00
                                                         Total HTVA      21.280,00 EUR
                                                         TVA 21 %         4.468,80 EUR
                                                         Total TVAC      25.748,80 EUR

Non compris : la fraiseuse, votre NAS, le câblage réseau et l'imprimante 3D.

Frais récurrents
- Contrat de mise à jour exocad : la première année est comprise dans la licence, ensuite
  640,00 EUR HTVA par an (nouvelles versions et bibliothèques).
- Formule support Labo+ : 45,00 EUR HTVA par mois, facturée par an. Elle comprend la hotline,
  la prise en main à distance et les mises à jour Windows et pilotes graphiques, que nous
  testons avant de les installer. Elle court 12 mois à partir de l'installation et se renouvelle
  ensuite tacitement pour 12 mois ; vous pouvez l'arrêter par simple e-mail au plus tard un mois
  avant l'échéance.

Support : du lundi au vendredi de 8h00 à 17h30, au 071/35 48 62 ou à support@denticad.be.
On vous rappelle dans les 2 heures ouvrables. Si une pièce de la station est en cause, le
technicien Dell passe chez vous le jour ouvrable suivant. On garde une fiche de votre
installation (numéros de série, licence, réglages de la fraiseuse), donc pas besoin de tout
réexpliquer à chaque appel.

Garantie : 36 mois sur site pour la station (Dell ProSupport) et 36 mois pour le scanner
(garantie constructeur étendue, échange standard).

Délais : matériel livré 8 à 10 jours ouvrables après votre accord ; installation en une
journée, le jeudi 17/12 si cela vous convient. C'est Julien Lecomte qui installe et qui forme :
il est prothésiste de formation et formateur certifié exocad. Pour le reste, je reste votre
contact.
On termine l'installation par un cas test complet avec vous (scan d'un modèle, design d'une
couronne, export et usinage sur la DWX-52D) ; la signature du bon d'intervention vaut réception.
Vous recevez ensuite une fiche récapitulative (licences, mots de passe, paramètres d'export).

De votre côté : une prise réseau à côté du poste, l'accès administrateur à votre NAS, et les
cas en cours terminés ou exportés la veille. Prévoyez deux personnes disponibles l'après-midi
pour la formation.

Si on découvre sur place un travail non prévu (câblage, mise à jour de la fraiseuse...), on
vous prévient et on vous donne une estimation avant de le faire ; c'est facturé 85,00 EUR HTVA
de l'heure.

Paiement : acompte de 30 % à la commande, solde après l'installation. Factures payables à
15 jours.

La licence exocad est établie au nom du laboratoire et liée au dongle ; les mises à jour
nécessitent le contrat de mise à jour.
Notre responsabilité est limitée au montant du devis. Nous ne sommes pas responsables d'une
perte de données ni d'un arrêt de production du laboratoire : pensez à sauvegarder vos cas.
Nos conditions générales de vente (denticad.be/cgv) s'appliquent.

Pour confirmer, un simple retour de mail suffit.

Bien à vous,
Arnaud Colson
DentiCAD Solutions srl - rue des Gaulois 8, 6041 Gosselies - 071/35 48 60
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
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
        "reporting.progress": "missing",
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
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
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
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 1080,
        "response_time_hours_highest_priority": 2,
    },
)

FR_T18T_LIEGE_HOSTING_GENERAL_TERMS = UnseenDocument(
    name="fr_t18t_liege_hosting_general_terms",
    text="""MEUSEHOST SRL - CONDITIONS GÉNÉRALES DE SERVICES
Version 4.1 du 01/09/2026
MeuseHost srl, boulevard de la Sauvenière 120, 4000 Liège - BCE BE 0689.204.117
info@meusehost.be - 04/290 33 10

Article 1 - Champ d'application
1.1 Les présentes conditions générales (« CG ») s'appliquent à tous les services d'hébergement
mutualisé, de serveurs privés virtuels (VPS), de serveurs dédiés et de noms de domaine fournis
par MeuseHost au client professionnel (« le Client »).
1.2 Elles prévalent sur les conditions générales d'achat du Client, qui ne sont pas opposables à
MeuseHost, même si elles sont communiquées ultérieurement. En cas de contradiction, les
conditions du bon de commande prévalent sur les CG.
1.3 Pour les offres sur mesure, le devis signé par le Client fait partie du contrat.

Article 2 - Commande
Le contrat est formé par la validation de la commande en ligne, le Client cochant la case
d'acceptation des CG, ou par la signature d'un devis, et prend effet à l'envoi de l'e-mail de
confirmation par MeuseHost.

Article 3 - Services et mise en service
3.1 L'hébergement comprend l'espace serveur, la bande passante, la supervision 24 h/24 de
l'infrastructure, l'hébergement dans nos deux centres de données en Belgique (Liège et
Bruxelles) et, pour les offres Pro et infogérées, une sauvegarde quotidienne conservée 14 jours.
Ne sont pas compris : la gestion des contenus, le développement, la sécurité des applications
installées par le Client et les sauvegardes des offres Essentiel, VPS et dédiés non infogérés.
3.2 MeuseHost installe le système d'exploitation choisi et communique les accès par e-mail.
Les hébergements mutualisés sont activés dans les 24 heures suivant le paiement, les VPS dans
le jour ouvrable et les serveurs dédiés dans les 5 jours ouvrables. Ces délais sont indicatifs
et leur dépassement ne donne droit à aucune indemnité.
3.3 Pour les offres Pro et infogérées, MeuseHost migre gratuitement un site ou un serveur
depuis un autre hébergeur ; les autres migrations font l'objet d'un devis.

Article 4 - Infogérance et mises à jour
Pour les offres infogérées, MeuseHost applique chaque mois les mises à jour du système
d'exploitation et installe les correctifs de sécurité critiques dans les 72 heures de leur
publication. Pour les offres non infogérées, les mises à jour du système et des applications
incombent au Client.

Article 5 - Disponibilité et crédits de service
5.1 MeuseHost garantit une disponibilité de 99,9 % par mois calendrier des hébergements et
serveurs, mesurée par sa supervision, hors maintenances planifiées (annoncées 72 heures à
l'avance, entre 22h00 et 6h00, maximum 4 heures par mois), force majeure, attaques par déni de
service et incidents causés par le Client. Les noms de domaine ne sont pas couverts.
5.2 Si cette disponibilité n'est pas atteinte, le Client obtient, sur demande par ticket dans
les 30 jours, un crédit de 10 % de la redevance mensuelle du service concerné par tranche
entamée de 0,1 % manquante, plafonné à 50 %. Ce crédit est la seule compensation due.

Article 6 - Support
6.1 Les tickets sont ouverts 24 h/24 depuis l'espace client ; le téléphone est accessible les
jours ouvrables de 9h00 à 18h00.
6.2 Délais de prise en charge : incident critique (service totalement indisponible) : 1 heure,
24 h/24 et 7 j/7 ; incident normal : 8 heures ouvrables ; demande d'information : 2 jours
ouvrables. MeuseHost met tout en œuvre pour rétablir le service dans les meilleurs délais.

Article 7 - Obligations du Client
Le Client fournit des informations exactes, garde ses mots de passe secrets, veille à la
légalité des contenus hébergés, s'abstient de tout envoi massif non sollicité, met à jour ses
propres applications (CMS, extensions) et effectue ses propres sauvegardes.

Article 8 - Prix
8.1 Les prix sont ceux indiqués sur le site ou sur le bon de commande au jour de la commande.
8.2 Frais de mise en service : aucun pour l'hébergement mutualisé ; 75,00 EUR HTVA par VPS ou
serveur dédié.
8.3 Les prestations hors forfait sont facturées 90,00 EUR HTVA de l'heure, par tranche de
15 minutes, sur devis préalablement accepté par le Client.
8.4 MeuseHost peut modifier ses tarifs. Toute hausse est notifiée par e-mail au moins 30 jours
avant son entrée en vigueur ; le Client qui la refuse peut résilier le service concerné avant
cette date. Les prix sont en outre indexés chaque 1er janvier selon l'indice des prix à la
consommation.

Article 9 - Facturation et paiement
Les services sont facturés à l'avance pour la période contractuelle ou mensuellement pour les
VPS. Les factures sont payables dans les 10 jours de leur date. Tout retard entraîne un intérêt
de 1 % par mois et une indemnité forfaitaire de 10 % (minimum 40,00 EUR). Après 15 jours de
retard et un rappel, MeuseHost peut suspendre les services ; après 30 jours, elle peut résilier
le contrat.

Article 10 - Durée et renouvellement
Les services sont conclus pour une durée initiale de douze (12) mois à compter de leur
activation. Ils sont renouvelés tacitement par périodes successives d'un an, sauf résiliation
par l'une des parties depuis l'espace client ou par e-mail au moins deux mois avant
l'échéance. En cas de résiliation anticipée par le Client, les redevances restant à courir
jusqu'à l'échéance sont dues.

Article 11 - Résiliation et suspension
Chaque partie peut résilier le contrat en cas de manquement grave de l'autre non réparé dans
les 15 jours d'une mise en demeure. MeuseHost peut suspendre un service sans préavis en cas de
contenu manifestement illicite ou de menace pour la sécurité de son infrastructure.

Article 12 - Fin du contrat et données
12.1 À la fin du contrat, les données du Client restent accessibles pendant 15 jours par FTP et
depuis l'espace client, afin qu'il puisse les récupérer ; elles sont ensuite effacées de façon
irréversible. Sur demande, MeuseHost fournit une archive complète (fichiers et dumps SQL) pour
150,00 EUR HTVA.
12.2 Tant que des sommes restent impayées, MeuseHost peut bloquer l'accès aux données et
refuser de les remettre jusqu'au paiement complet.
12.3 MeuseHost n'assure aucune assistance à la migration vers un autre prestataire, sauf sur
devis.

Article 13 - Propriété intellectuelle
Le Client reste propriétaire de ses contenus. Les logiciels et le panneau de gestion mis à sa
disposition restent la propriété de MeuseHost ou de ses concédants ; le Client en reçoit un
droit d'usage non exclusif pour la durée du contrat.

Article 14 - Confidentialité
Chaque partie garde confidentielles les informations de l'autre pendant le contrat et deux ans
après sa fin.

Article 15 - Données à caractère personnel
Pour les données personnelles hébergées, MeuseHost agit comme sous-traitant du Client au sens
de l'article 28 du RGPD, conformément à l'accord de traitement annexé aux présentes. Les données
sont hébergées en Belgique. MeuseHost notifie toute violation de données au Client dans les
48 heures de sa découverte.

Article 16 - Responsabilité
MeuseHost est tenue d'une obligation de moyens. Sa responsabilité est limitée aux sommes payées
par le Client au cours des trois mois précédant le fait générateur. Elle n'est pas responsable
des dommages indirects, du manque à gagner, de la perte de clientèle ni de la perte ou de
l'altération de données, le Client devant conserver ses propres sauvegardes.

Article 17 - Modification des CG
MeuseHost peut modifier les présentes CG. La nouvelle version est publiée sur le site et
notifiée par e-mail 30 jours avant son entrée en vigueur ; la poursuite de l'utilisation des
services vaut acceptation.

Article 18 - Réclamations, droit applicable et litiges
18.1 Toute réclamation relative à une facture est adressée par écrit dans les 8 jours de sa
date.
18.2 En cas de différend, les parties se concertent pendant 30 jours ; chacune peut ensuite
proposer une médiation par un médiateur agréé par la Commission fédérale de médiation avant
toute action en justice.
18.3 Les présentes CG sont régies par le droit belge. Les tribunaux de Liège, division Liège,
sont seuls compétents.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "partial",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 10,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.9,
    },
)

FR_T18T_PROVINCE_SALT_FLEET_TRACKING = UnseenDocument(
    name="fr_t18t_province_salt_fleet_tracking",
    text="""PROVINCE DE LUXEMBOURG - CENTRALE D'ACHAT PROVINCIALE - CONVENTION DE SERVICES N° CA-2026/014
Plateforme de suivi des véhicules de service hivernal (épandeuses de sel) des communes adhérentes

ENTRE la PROVINCE DE LUXEMBOURG, place Léopold 1, 6700 Arlon, agissant comme centrale d'achat
pour les communes adhérentes, représentée par son Collège provincial, pour lequel agissent
M. Patrick Adam, Député provincial, et Mme Céline Thiry, Directrice générale provinciale, en
exécution de la décision du Collège provincial du 19/11/2026, ci-après « la Province »,
ET GÉOFLOTTE SRL, rue de la Station 21, 6800 Libramont-Chevigny, BCE BE 0746.218.553,
représentée par M. Damien Collignon, gérant, ci-après « l'Adjudicataire ».

Article 1 - Objet
Le marché (procédure négociée sans publication préalable) porte sur l'équipement de 48 véhicules
de service hivernal de quatorze communes en boîtiers télématiques et sur une plateforme en ligne
de suivi (positions, état de l'épandeur, dosage de sel, circuits réalisés).

Article 2 - Documents contractuels
Le marché est régi, par ordre de priorité, par : (1) la présente convention ; (2) le cahier
spécial des charges n° CA-2026/014 et ses annexes ; (3) l'arrêté royal du 14 janvier 2013
établissant les règles générales d'exécution ; (4) l'offre de l'Adjudicataire du 14/10/2026.
Les conditions générales de l'Adjudicataire, même jointes à l'offre, ne sont pas applicables.

Article 3 - Périmètre
3.1 Sont compris : 48 boîtiers avec antenne et câble d'interface vers le pupitre de commande de
l'épandeur ; leur installation dans les garages communaux ; la plateforme pour 60 utilisateurs ;
l'application mobile des chauffeurs ; la carte publique des routes traitées, intégrable aux
sites communaux ; les rapports par circuit et par commune ; l'export vers le géoportail
provincial ; les cartes SIM et la transmission des données ; l'hébergement dans l'Union
européenne ; le support, la maintenance et les mises à jour.
3.2 Ne sont pas compris : les réparations électriques propres aux véhicules et l'interface avec
les épandeurs sans pupitre électronique listés à l'annexe 2.

Article 4 - Prix
4.1 Mise en place (forfait) : boîtiers 48 x 385,00 EUR = 18.480,00 EUR ; installation
48 x 140,00 EUR = 6.720,00 EUR ; paramétrage, import des circuits et reprise de l'historique :
4.900,00 EUR ; soit 30.100,00 EUR HTVA.
4.2 Abonnement : 19,50 EUR HTVA par véhicule et par mois, soit 936,00 EUR HTVA par mois
(11.232,00 EUR HTVA par an). Le montant estimé de la convention sur sa durée initiale s'élève à
75.028,00 EUR HTVA.
4.3 Tout véhicule supplémentaire est équipé au prix unitaire de l'article 4.1 et facturé au prix
mensuel de l'article 4.2. Les prestations complémentaires (développements, formations
supplémentaires) sont facturées 720,00 EUR HTVA par jour, uniquement sur bon de commande
préalable de la Province mentionnant le nombre de jours ; aucune prestation non commandée
n'est payée.
4.4 L'abonnement et le taux journalier sont révisés le 1er octobre de chaque année, à la
demande de l'Adjudicataire, selon la formule p = P x (0,20 + 0,80 x S/S0), S étant l'indice
Agoria des salaires.

Article 5 - Facturation et paiement
La mise en place est facturée après la réception provisoire ; l'abonnement est facturé par
semestre à terme échu (fin avril et fin octobre). La Province dispose d'un délai de vérification
de 30 jours à compter de la réception de la facture ; le délai de paiement est de 30 jours à
compter de l'expiration de ce délai de vérification. Un cautionnement de 5 % du montant de la
mise en place est constitué dans les 30 jours de la notification.

Article 6 - Planning
Lancement dans les 10 jours ouvrables de la notification ; pilote sur 6 véhicules (Bastogne et
Libramont-Chevigny) installés au plus tard le 29/01/2027, évalué le 15/03/2027 ; installation
des 42 autres véhicules du 01/06 au 31/08/2027 selon un calendrier fixé avec chaque commune ;
formation en septembre 2027 ; tests de réception du 13/09 au 24/09/2027 ; mise en service
opérationnelle le 01/10/2027.

Article 7 - Retards
7.1 Si la mise en service opérationnelle est retardée du fait de l'Adjudicataire, une pénalité
de 0,1 % du montant de la mise en place est due par jour calendrier de retard, plafonnée à 5 %.
7.2 Si un véhicule n'est pas disponible à la date convenue, le calendrier est adapté sans
pénalité et le déplacement inutile est facturé 95,00 EUR HTVA.

Article 8 - Obligations de la Province et des communes
La Province désigne un fonctionnaire dirigeant (M. Thierry Lambert, Service technique
provincial) ; chaque commune désigne un référent. Les communes mettent les véhicules à
disposition aux dates convenues (deux heures par véhicule) et transmettent leurs circuits
d'épandage (shapefile ou KML) au plus tard le 26/02/2027. Chaque commune informe ses chauffeurs
et consulte ses organes de concertation sur la géolocalisation avant la mise en service.

Article 9 - Équipe de l'Adjudicataire
9.1 Le projet est dirigé par Mme Laura Pirard, cheffe de projet, qui compte sept ans
d'expérience en télématique de flottes publiques et reste la gestionnaire de compte de la
Province pendant toute la convention. Les installations sont dirigées par M. Gilles Jacquemin,
électricien automobile qualifié.
9.2 Ces personnes ne sont remplacées qu'avec l'accord écrit préalable du fonctionnaire
dirigeant, par une personne d'expérience équivalente ; la passation est à charge de
l'Adjudicataire.

Article 10 - Suivi et gouvernance
10.1 Pendant la mise en place, la cheffe de projet transmet toutes les deux semaines un rapport
d'avancement (véhicules équipés, planning, risques).
10.2 Un comité d'accompagnement (fonctionnaire dirigeant, trois représentants des communes,
cheffe de projet) se réunit au lancement, après le pilote, en septembre et en mai ; toute
difficulté lui est portée après la cheffe de projet et le gérant de l'Adjudicataire.
L'Adjudicataire remet au plus tard le 31 mai un rapport de saison : disponibilité, incidents et
délais, kilomètres traités et tonnes de sel par commune.

Article 11 - Installation, reprise des données et réception
11.1 Chaque installation est testée sur le véhicule (position, état de l'épandeur, dosage) et
fait l'objet d'un procès-verbal signé par le référent communal.
11.2 L'Adjudicataire importe les circuits et l'historique des saisons 2024-2025 et 2025-2026
à partir des exports CSV de l'ancien système fournis par les communes.
11.3 Les tests de réception suivent un plan approuvé par la Province (dont une simulation
d'alerte avec les 48 véhicules). Ils sont suivis d'une période d'observation de 30 jours en
service réel, à l'issue de laquelle la réception provisoire est constatée par procès-verbal.
11.4 Le délai de garantie est de douze mois à compter de la réception provisoire. Pendant ce
délai, l'Adjudicataire corrige gratuitement toute anomalie et remplace tout boîtier défectueux,
déplacement compris. La réception définitive intervient à son expiration.
11.5 L'Adjudicataire remet un manuel administrateur, la documentation de l'API et une fiche
plastifiée pour chaque cabine. Il donne deux sessions de formation de trois heures aux
responsables et une séance de 20 minutes aux chauffeurs dans chaque garage.

Article 12 - Maintenance et niveaux de service
12.1 La maintenance comprend la correction des anomalies, l'hébergement et les nouvelles
versions. Aucune version majeure n'est déployée entre le 15 novembre et le 15 mars ; les
correctifs de sécurité critiques sont appliqués dans les 72 heures.
12.2 Le support est joignable pendant la saison hivernale (15 octobre - 15 avril) 24 h/24 et
7 j/7 au 061/22 48 90 et par le portail ; hors saison, les jours ouvrables de 8h00 à 17h00.
12.3 Délais :
  Priorité 1 (plateforme indisponible, ou plus de 10 % des véhicules sans position pendant une
  alerte) : prise en charge en 15 minutes, rétablissement en 2 heures ;
  Priorité 2 (carte publique, rapports ou un véhicule en défaut) : prise en charge en 2 heures,
  rétablissement en 8 heures ;
  Priorité 3 : prise en charge le jour ouvrable suivant, correction dans la version suivante.
12.4 La disponibilité de la plateforme est d'au moins 99,8 % par mois calendrier pendant la
saison hivernale ; les maintenances planifiées ont lieu hors saison.
12.5 Pénalités : 2 % de l'abonnement mensuel par tranche entamée de 0,1 % de disponibilité
manquante, plafonnées à 50 % ; 100,00 EUR par heure entamée de dépassement du délai de
rétablissement d'une priorité 1. Elles sont déduites des factures.
12.6 L'Adjudicataire tient une fiche de configuration par commune (véhicules, boîtiers, types
d'épandeurs, circuits), accessible à tout son personnel de support.

Article 13 - Durée
La convention est conclue pour quatre (4) ans à compter de la réception provisoire. Elle peut
être reconduite une seule fois pour une période de 12 mois, par décision expresse de la
Province notifiée au plus tard 60 jours avant l'échéance. Il n'y a pas de reconduction tacite.

Article 14 - Résiliation
La Province peut résilier la convention au 30 avril de chaque année, moyennant un préavis de
trois mois notifié par lettre recommandée, sans indemnité. En cas de manquement grave, elle
peut appliquer les mesures d'office prévues par les règles générales d'exécution.

Article 15 - Fin de la convention
À la fin de la convention, l'Adjudicataire remet gratuitement, dans les 30 jours, un export
complet des positions, circuits et rapports aux formats GeoJSON et CSV. À la demande de la
Province, il poursuit le service aux mêmes conditions pendant six mois au plus et assiste le
nouveau prestataire, notamment pour reconfigurer les boîtiers, au taux journalier de l'article
4.3.

Article 16 - Propriété intellectuelle
Les boîtiers deviennent la propriété des communes au paiement de la mise en place. La
plateforme reste la propriété de l'Adjudicataire, qui en concède l'usage pour la durée de la
convention. Les données et rapports appartiennent à la Province et aux communes.

Article 17 - Confidentialité et données à caractère personnel
17.1 L'Adjudicataire garde confidentielles les informations reçues pendant la convention et
cinq ans après sa fin.
17.2 Les positions des véhicules, liées aux chauffeurs, sont des données à caractère personnel.
L'Adjudicataire les traite comme sous-traitant de la Province et des communes, conformément à
la convention de traitement en annexe 4 ; les positions détaillées sont conservées 13 mois, puis
agrégées. Elles ne sont pas utilisées pour évaluer les chauffeurs.

Article 18 - Responsabilité
La responsabilité de l'Adjudicataire est limitée au montant estimé de la convention, sauf
fraude, faute grave ou dommage corporel. Les dommages indirects sont exclus.

Article 19 - Litiges
Tout différend est d'abord examiné par le comité d'accompagnement, puis entre le Député
provincial et le gérant. À défaut d'accord dans les 30 jours, il est soumis au droit belge et
aux tribunaux de l'arrondissement du Luxembourg, division Arlon.

Fait à Arlon, le 04/12/2026, en trois exemplaires.

Pour la Province de Luxembourg                         Pour GÉOFLOTTE SRL
Patrick Adam, Député provincial                        Damien Collignon, gérant
Céline Thiry, Directrice générale provinciale
[signatures]                                           [signature]
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 48,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.8,
    },
)

DOCUMENTS = [
    FR_T18T_CINEMA_PROJECTION_MAINTENANCE,
    FR_T18T_DENTAL_LAB_CADCAM_QUOTE,
    FR_T18T_LIEGE_HOSTING_GENERAL_TERMS,
    FR_T18T_PROVINCE_SALT_FLEET_TRACKING,
]
