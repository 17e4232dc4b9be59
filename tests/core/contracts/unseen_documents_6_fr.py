"""Held-out batch 6, French documents: a Walloon installation quote for CCTV and access control
at a car dealership (materials table, optional yearly maintenance contract, empty "bon pour
accord" line for the client), a Brussels operational leasing contract for IT equipment with
helpdesk and on-site replacement at an accountancy firm (48 months, tacit renewal, signed by both
parties), and a France-style "lettre de mission" for an IT infrastructure and security audit from
a firm in Tournai (fixed fee, obligation de moyens, GDPR annex, countersigned by the client).

Written on 2026-12-05 (committed 02:31-02:32 UTC) by a helper session acting as examiner, without
reading the analyser's rules or its tests; the labels come from reading each text against
spec/checklist.md (only clear readings; ambiguous ones are left out) and were committed before the
analyser was ever run on these texts. Never change a rule to fit these texts, nor a label or a text
to fit the analyser. Conventions as in the earlier batches (months = 30 days for notice and
warranty; response time of the highest priority in hours, working hours counted as hours; an empty
"bon pour accord" line for the client is a partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

FR_CCTV_ACCESS_CONTROL_QUOTE = UnseenDocument(
    name="fr_cctv_access_control_quote",
    text="""SÉCURIVAL srl - Systèmes de sécurité électronique
Rue de la Station 27, 4430 Ans - Tél. 04/247 83 10 - info@securival.be
TVA BE 0712.594.038 - RPM Liège - IBAN BE61 0689 0412 5517 - Entreprise de sécurité agréée
par le SPF Intérieur sous le n° 20 1547 09

                                              Garage Dethier & Fils sa
                                              À l'attention de M. Olivier Dethier
                                              Chaussée de Tongres 312, 4000 Rocourt
                                              TVA BE 0427.661.905

Ans, le 28/11/2026
OFFRE N° SV-26-0418 - Vidéosurveillance et contrôle d'accès du showroom et de l'atelier
Validité de l'offre : 60 jours. Votre interlocuteur : Marc Lejeune, gérant (GSM 0475/61 28 94)

Monsieur Dethier,
Suite à notre visite du 19 novembre, nous avons le plaisir de vous remettre notre meilleure offre.

1. Matériel et prestations
| Pos. | Désignation                                         | Qté | P.U. HTVA  | Total HTVA  |
| 1    | Caméra dôme 4 MP IR 30 m, PoE (intérieur)           | 8   | 289,00     | 2.312,00    |
| 2    | Caméra bullet 8 MP IR 60 m, PoE (parking extérieur) | 6   | 418,00     | 2.508,00    |
| 3    | Enregistreur NVR 16 voies, 2 x 8 To, 30 jours       | 1   | 1.645,00   | 1.645,00    |
| 4    | Switch PoE 16 ports managé                          | 1   | 395,00     | 395,00      |
| 5    | Lecteur de badges Mifare + contrôleur de porte      | 5   | 512,00     | 2.560,00    |
| 6    | Logiciel de gestion des accès (licence perpétuelle) | 1   | 780,00     | 780,00      |
| 7    | Badges Mifare programmés                            | 40  | 4,50       | 180,00      |
| 8    | Câblage UTP cat. 6 en goulotte, pose, raccordement  | 1   | 3.150,00   | 3.150,00    |
| 9    | Paramétrage, application mobile, mise en service    | 1   | 890,00     | 890,00      |
|      | TOTAL HTVA                                          |     |            | 14.420,00   |
|      | TVA 21 %                                            |     |            | 3.028,20    |
|      | TOTAL TVAC                                          |     |            | 17.448,20   |

2. Non compris dans la présente offre
- les travaux de génie civil, forages dans le béton armé et tranchées pour le parking ;
- l'alimentation 230 V aux emplacements des contrôleurs (à réaliser par votre électricien) ;
- le raccordement à une centrale de télésurveillance et les frais d'abonnement y afférents ;
- la reprise des badges de votre ancien système de pointage.

3. Délais et exécution
Livraison du matériel : 4 à 5 semaines après réception de l'acompte. Durée de l'installation :
trois jours ouvrables, en dehors des heures d'ouverture du showroom si vous le souhaitez.
Le client veille à ce que : l'alimentation 230 V soit disponible avant notre passage ; les
locaux soient accessibles aux dates convenues ; un port réseau et une adresse IP fixe soient
réservés par son informaticien pour l'enregistreur ; la signalisation (pictogrammes) soit apposée.
L'installation est réalisée selon les règles de l'art et les prescriptions des fabricants, par
nos techniciens certifiés Hikvision et Paxton. Chaque caméra et chaque lecteur est testé en votre
présence, puis un procès-verbal de réception est signé contradictoirement ; les éventuelles
remarques y sont consignées et levées dans les 10 jours ouvrables.
Une formation de prise en main de deux heures (consultation des images, export d'une séquence,
gestion des badges) est donnée sur place à deux personnes désignées par vous. Nous vous remettons
un dossier de fin de chantier : plan d'implantation, schéma de câblage, adresses IP et mots de
passe administrateur.

4. Travaux supplémentaires
Toute prestation non reprise au point 1 fait l'objet d'un devis complémentaire, à approuver par
écrit avant exécution. Taux horaire technicien : 68,00 EUR HTVA ; déplacement : 45,00 EUR HTVA.

5. Garantie
Matériel : 24 mois (garantie fabricant, pièces). Main-d'œuvre et déplacement : 12 mois à dater
du procès-verbal de réception. Sont exclus les dégâts dus à la foudre, au vandalisme ou à une
intervention de tiers.

6. Contrat d'entretien (optionnel)
Une visite préventive par an (nettoyage des optiques, contrôle des enregistrements, mise à jour
du firmware des caméras et de l'enregistreur, test des lecteurs) : 385,00 EUR HTVA par an.
En cas de panne, nous intervenons dans les meilleurs délais. Le contrat est conclu pour un an et
se renouvelle tacitement d'année en année, sauf dénonciation par lettre recommandée au moins
trois mois avant l'échéance.

7. Conditions de paiement
Acompte de 40 % à la commande, solde à la signature du procès-verbal de réception. Nos factures
sont payables à 30 jours date de facture ; tout retard entraîne de plein droit un intérêt de 1 %
par mois et une indemnité forfaitaire de 10 % (minimum 50 EUR).

8. Dispositions diverses
Nos conditions générales de vente, reprises au verso, sont d'application à l'exclusion de celles
du client ; en cas de contradiction, les mentions particulières de la présente offre priment.
Les codes d'accès, mots de passe et plans de l'installation sont traités par notre personnel de
manière strictement confidentielle. Notre responsabilité est limitée au montant de la commande ;
nous déclinons toute responsabilité pour les dommages indirects, la perte d'enregistrements ou
d'images, ainsi que pour les vols ou intrusions survenus malgré l'installation.
Tout litige relève du droit belge et de la compétence exclusive des tribunaux de l'arrondissement
judiciaire de Liège, division Liège.

Dans l'attente de votre accord, nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Pour SécuriVal srl                              Bon pour accord (date, nom et signature) :
Marc Lejeune, gérant
[signé]                                         ..............................................
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.response_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
    },
    figures={
        "payment_term_days": 30,
        "notice_period_days": 90,
        "renewal_term_months": 12,
    },
)

FR_IT_EQUIPMENT_LEASING = UnseenDocument(
    name="fr_it_equipment_leasing",
    text="""CONTRAT DE LOCATION OPÉRATIONNELLE DE MATÉRIEL INFORMATIQUE AVEC SERVICES
Contrat n° LOC-2026-1187 - Conditions particulières

Entre : BRUXLOC IT sa, avenue Louise 480 bte 12, 1050 Bruxelles, BCE/TVA BE 0689.330.471,
IBAN BE08 3631 7745 2013, représentée par M. Yves Bertrand, directeur commercial,
ci-après « le Bailleur » ;
Et : Fiduciaire Mertens & Associés srl, rue Gallait 88, 1030 Schaerbeek, BCE/TVA BE 0554.812.367,
représentée par Mme Anne Mertens, gérante, ci-après « le Locataire ».

Article 1 - Objet
Le Bailleur donne en location au Locataire le matériel décrit ci-dessous, neuf, et fournit les
services qui y sont associés. Le matériel reste la propriété exclusive du Bailleur.
| Matériel                                        | Qté | Loyer mensuel HTVA |
| PC portable Lenovo ThinkPad T14, station d'accueil, écran 24" | 18  | 792,00 EUR |
| Serveur de fichiers Dell PowerEdge T360 + onduleur | 1 | 214,00 EUR |
| Pare-feu Fortinet FortiGate 60F avec licences UTM  | 1 | 96,00 EUR |
| Services (helpdesk, remplacement sur site, mises à jour) | forfait | 84,00 EUR |
| Total loyer mensuel                              |     | 1.186,00 EUR |
Montant total des loyers sur la durée initiale : 56.928,00 EUR HTVA.
Frais uniques de mise en place (préparation et masterisation des postes, installation, transfert
des profils et des données locales des anciens PC) : 1.450,00 EUR HTVA, facturés à la livraison.
Ne sont pas compris : les logiciels métier (comptabilité, Office 365), les consommables, et les
dommages dus à une chute, un liquide ou un vol (franchise de 150 EUR par sinistre).

Article 2 - Livraison, installation et réception
Le matériel est livré et installé au plus tard 15 jours ouvrables après la signature du présent
contrat. Les anciens postes sont transférés poste par poste (profils, favoris, fichiers locaux),
sans interruption de plus d'une demi-journée par collaborateur. Chaque utilisateur reçoit une
prise en main d'une heure. Le Locataire dispose de cinq jours ouvrables après l'installation
pour formuler par écrit ses réserves ; à défaut, le procès-verbal de livraison vaut réception
et fait courir la location.

Article 3 - Services inclus
3.1 Helpdesk : du lundi au vendredi de 8h30 à 17h30 (jours fériés exceptés), au 02/588 40 40 ou
via support@bruxloc.be. Tout appel est pris en charge par un technicien dans les 4 heures
ouvrables.
3.2 Matériel défectueux : remplacement sur site par un appareil équivalent au plus tard le jour
ouvrable suivant l'appel, avec restauration de la configuration.
3.3 Les correctifs de sécurité Windows, les mises à jour du BIOS et du firmware du pare-feu sont
déployés chaque mois par le Bailleur, en dehors des heures de bureau.
3.4 Le Bailleur ne garantit aucun taux de disponibilité du serveur ni de la connexion internet.
3.5 Si le délai de remplacement visé au 3.2 n'est pas respecté, le Locataire bénéficie d'une
réduction de 5 % du loyer mensuel par jour ouvrable de retard, plafonnée à 25 % du loyer du mois.
3.6 Un gestionnaire de compte dédié, Mme Nathalie Peeters, connaît l'environnement du Locataire
et tient à jour l'inventaire du parc. Elle adresse chaque trimestre un rapport reprenant les
tickets, les interventions et l'état du parc, et rencontre la gérante une fois par an pour la
revue du parc.
3.7 Interventions hors forfait : 85 EUR HTVA de l'heure, uniquement sur devis accepté par écrit.

Article 4 - Obligations du Locataire
Le Locataire utilise le matériel en bon père de famille, ne le déplace pas hors de ses bureaux
sans accord (sauf les portables), l'assure contre l'incendie et le vol pendant toute la durée de
la location et signale tout sinistre au Bailleur dans les 48 heures.

Article 5 - Loyers et paiement
Les loyers sont payables mensuellement et anticipativement, par domiciliation SEPA le premier
jour de chaque mois. Ils sont indexés le 1er janvier de chaque année selon l'indice des prix à la
consommation. Le Bailleur peut modifier le contenu des services visés à l'article 3 moyennant
une information écrite du Locataire un mois à l'avance.

Article 6 - Durée et fin du contrat
6.1 Le contrat est conclu pour une durée de 48 mois à compter de la réception. À défaut de
résiliation par lettre recommandée au moins six mois avant l'échéance, il est prolongé
tacitement par périodes successives de 12 mois, aux mêmes conditions.
6.2 Résiliation anticipée : possible à tout moment par lettre recommandée, moyennant le paiement
d'une indemnité égale aux loyers restant à courir jusqu'à l'échéance.
6.3 En fin de contrat, le matériel est restitué au Bailleur. Avant l'enlèvement, les données du
Locataire sont copiées à sa demande sur un support externe fourni par lui, dans un format
lisible (fichiers natifs, arborescence conservée) ; les disques sont ensuite effacés selon la
norme NIST 800-88 et un certificat d'effacement est remis au Locataire.

Article 7 - Responsabilité
La responsabilité du Bailleur est limitée aux dommages directs et plafonnée à un montant égal à
trois mois de loyers. Le Bailleur n'est en aucun cas responsable de la perte ou de l'altération
de données, la sauvegarde incombant au Locataire.

Article 8 - Confidentialité et données
Le Bailleur et son personnel sont tenus au secret le plus strict sur les informations et
dossiers des clients du Locataire dont ils auraient connaissance. Lors des interventions à
distance, le Bailleur agit comme sous-traitant au sens de l'article 28 du RGPD, selon l'accord
de traitement figurant en annexe 3.

Article 9 - Conditions générales, droit applicable et litiges
Les conditions générales de location du Bailleur (version 2026/1), dont le Locataire reconnaît
avoir reçu un exemplaire, font partie intégrante du contrat ; en cas de contradiction, les
présentes conditions particulières prévalent. Avant toute action en justice, les parties se
réunissent au niveau de la direction dans les 15 jours de la notification écrite du différend
en vue d'un règlement amiable. Le contrat est régi par le droit belge ; à défaut d'accord, les
tribunaux francophones de Bruxelles sont seuls compétents.

Fait à Bruxelles, le 03/12/2026, en deux exemplaires, chaque partie reconnaissant avoir reçu
le sien.
Pour le Bailleur                              Pour le Locataire
Yves Bertrand, directeur commercial            Anne Mertens, gérante
(signature)                                   (signature)
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
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
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
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.unilateral_change": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 48,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "response_time_hours_highest_priority": 4,
    },
)

FR_IT_AUDIT_ENGAGEMENT_LETTER = UnseenDocument(
    name="fr_it_audit_engagement_letter",
    text="""DUMONT LEROY AUDIT IT srl
Conseil et audit des systèmes d'information
Boulevard Eisenhower 61, 7500 Tournai - BCE/TVA BE 0823.145.907 - IBAN BE52 0019 4478 6209

                                        Transports Vandenbussche sa
                                        Madame Sophie Vandenbussche, administratrice déléguée
                                        Rue du Valemprez 15, 7700 Mouscron

Tournai, le 26 novembre 2026
Réf. : JFD/2026/LM-057
Objet : Lettre de mission - audit de l'infrastructure informatique et de la sécurité

Madame,

Nous vous remercions de la confiance que vous nous témoignez. La présente lettre a pour objet de
confirmer les termes de la mission que vous avez bien voulu nous confier.

1. Nature et étendue de la mission
Notre mission consiste à évaluer l'infrastructure informatique de votre société (serveurs,
réseau, postes de travail, sauvegardes, messagerie, accès distants) et son niveau de sécurité au
regard des bonnes pratiques (référentiels CIS Controls v8 et ISO/IEC 27002). Elle comprend :
- des entretiens avec la direction, le responsable informatique et deux utilisateurs clés ;
- la revue de la documentation existante et des configurations ;
- un scan de vulnérabilités interne, réalisé avec votre accord préalable sur la plage horaire ;
- un rapport d'audit assorti d'un plan d'actions priorisé, présenté lors d'une réunion de
  restitution au comité de direction.
Sont expressément exclus de la mission : les tests d'intrusion externes, l'audit des
applications métier (logiciel de planification des tournées), les tests d'ingénierie sociale et
la mise en œuvre des recommandations.

2. Calendrier prévisionnel
| Étape                                   | Période                     |
| Réunion de lancement                    | 11 janvier 2027             |
| Entretiens et collecte des informations | 11 au 22 janvier 2027       |
| Analyses techniques et scan             | 25 au 29 janvier 2027       |
| Projet de rapport                       | au plus tard le 12 février 2027 |
| Restitution et rapport définitif        | 19 février 2027             |
Vous disposerez de dix jours ouvrables pour nous faire part de vos observations sur le projet de
rapport. Nous vous tiendrons régulièrement informés de l'avancement de nos travaux.

3. Intervenants
La mission sera dirigée par Jean-François Dumont, associé, auditeur certifié CISA et CISSP,
qui en assume la responsabilité et sera votre interlocuteur privilégié. Il sera assisté de
Camille Leroy, auditrice senior (cinq années d'expérience en audit d'infrastructures).
De votre côté, M. Kevin Desmet, responsable informatique, sera notre interlocuteur
opérationnel ; toute difficulté qu'il ne pourrait résoudre avec l'équipe d'audit sera portée
sans délai à l'attention de M. Dumont et de vous-même.
Nos travaux sont conduits conformément au référentiel ITAF de l'ISACA ; le rapport fait l'objet
d'une revue qualité indépendante par un second associé avant sa remise.

4. Vos engagements
Afin de permettre le bon déroulement de la mission, vous vous engagez à nous communiquer au plus
tard le 8 janvier 2027 l'inventaire du parc, les schémas réseau et les procédures de sauvegarde
existantes, à nous ouvrir un accès administrateur en lecture seule et à assurer la disponibilité
des personnes interviewées aux dates convenues.

5. Honoraires et modalités de facturation
Nos honoraires sont fixés forfaitairement à 15.300,00 EUR hors TVA, correspondant à 18 jours de
travail au taux journalier de 850,00 EUR ; ils incluent les frais de déplacement.
Si l'étendue de la mission devait être élargie à votre demande, les jours supplémentaires
seraient facturés au même taux journalier, après acceptation écrite de votre part d'une
estimation chiffrée préalable.
Une facture de 30 % est émise à la signature de la présente lettre, le solde à la remise du
rapport définitif. Nos factures sont payables à 15 jours de leur date.

6. Nature de nos obligations et responsabilité
Nos travaux constituent une obligation de moyens. Réalisé par sondages et dans un temps limité,
un audit ne peut prétendre déceler l'ensemble des vulnérabilités ou des irrégularités.
Notre responsabilité est limitée au montant des honoraires perçus au titre de la présente
mission, sauf en cas de dol ou de faute lourde.

7. Confidentialité, propriété et données personnelles
Nous sommes tenus au secret professionnel pour toutes les informations portées à notre
connaissance. Le rapport vous est destiné ; vous en disposez librement pour vos besoins
internes, nos méthodes, questionnaires et outils demeurant notre propriété. Les données
personnelles auxquelles nous aurons accès sont traitées conformément à l'annexe 2.

8. Durée et résiliation
La mission prend fin à la remise du rapport définitif. Chacune des parties peut y mettre fin
avant son terme par lettre recommandée moyennant un préavis d'un mois ; les travaux réalisés
jusqu'à la date de fin restent dus.

9. Documents contractuels, droit applicable et litiges
La présente lettre et notre proposition du 23 novembre 2026 constituent l'intégralité de nos
accords ; en cas de contradiction, la présente lettre prévaut. Ni vos conditions générales
d'achat ni nos conditions générales ne s'appliquent à la mission.
Tout différend sera d'abord soumis à une médiation auprès d'un médiateur agréé par la Commission
fédérale de médiation. À défaut d'accord dans les 60 jours, le droit belge s'applique et les
tribunaux de l'arrondissement du Hainaut, division Tournai, sont seuls compétents.

Annexe 2 - Traitement de données à caractère personnel (article 28 du RGPD)
Nous agissons en qualité de sous-traitant, uniquement sur vos instructions documentées et pour
les seuls besoins de l'audit ; les données consultées (comptes utilisateurs, journaux) ne sont
ni copiées hors de votre infrastructure ni communiquées à des tiers ; toute violation de données
vous est notifiée dans les 24 heures ; elles sont supprimées à la fin de la mission.

Nous vous serions obligés de nous retourner un exemplaire de la présente, revêtu de la mention
« lu et approuvé » et de votre signature. Veuillez agréer, Madame, l'expression de nos
sentiments distingués.

Jean-François Dumont, associé             Lu et approuvé, le 02/12/2026
(signé)                                   Sophie Vandenbussche, administratrice déléguée
                                          (signé)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.seniority": "covered",
        "team.quality": "covered",
        "reporting.progress": "partial",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "missing",
        "maintenance.response_time": "missing",
        "maintenance.availability": "missing",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.best_efforts_only": True,
        "risk.supplier_terms_prevail": False,
        "risk.unsigned": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
    },
    figures={
        "payment_term_days": 15,
        "notice_period_days": 30,
    },
)

FR_DOCUMENTS = (
    FR_CCTV_ACCESS_CONTROL_QUOTE,
    FR_IT_EQUIPMENT_LEASING,
    FR_IT_AUDIT_ENGAGEMENT_LETTER,
)
