"""Held-out batch 6, French documents: a Walloon installation quote for CCTV and access control
at a car dealership (materials table, optional yearly maintenance contract, empty "bon pour
accord" line for the client), a Brussels operational leasing contract for IT equipment with
helpdesk and on-site replacement at an accountancy firm (48 months, tacit renewal, signed by both
parties), and a France-style "lettre de mission" for an IT infrastructure and security audit from
a firm in Tournai (fixed fee, obligation de moyens, GDPR annex, countersigned by the client).

Written on 2026-12-05 (about 02:30-02:55 UTC) by a helper session acting as examiner, without
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

FR_DOCUMENTS = (FR_CCTV_ACCESS_CONTROL_QUOTE,)
