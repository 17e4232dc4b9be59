"""Development documents for every item in long formal contracts with annexes (round 3 of the
formal-contract work: definitions, recitals, a body that refers to annexes, tables, clause
cross-references and capitalised defined terms).

Three documents written for this module, in kinds not used before:
- a Netherlands Dutch outsourcing agreement of a hospital for its service desk and workplace
  management, with a service-level annex (Bijlage 2) and a price annex (Bijlage 3);
- a French framework contract (accord-cadre) of a Walloon public body for application development
  and maintenance, with order forms ("bons de commande") and a "cahier spécial des charges";
- an English master agreement of a Belgian logistics group for a warehouse robotics software
  platform, with schedules (charges, service levels).

They are DEVELOPMENT fixtures, not held out: rules may be generalised to fit the way such
documents are written, never to their literal wording. Labels were written against
/work/shared/spec/checklist.md ("partial" per detectors/partial.py) before the analyser was run
on the documents; an item not listed is not labelled (the documents leave it ambiguous).

First run (rules alone, labels committed before any rule change): 116 of 138 labels right
(item statuses and risk flags); hospital_service_desk_nl 34/45, public_framework_fr 41/44,
warehouse_robotics_en 41/49. Of the 22 errors, 12 were settled items not found (a per-unit fee
in a price-annex table, a "malus" discount, data handed over "in een gangbaar formaat", a
replacement "with prior written consent", an ITIL certificate, the client's deliveries before a
date, a framework's maximum amount, an implementation fee as the project price, nothing paid
without a signed order form, master data loaded from the old system, migration assistance to a
replacement system, operating manuals), 7 concrete items read as partial (an availability
"zijn 99,8% ... beschikbaar", service credits with a "per 0.1%" rule, a change order signed
before the work starts, mediation before the courts, Dutch law next to a dispute clause, the
recurring fee read from the malus sentence, a dated knowledge transfer) and 3 wrong senses
over-read in boilerplate (a cure period in a termination clause read as a delay rule, the
supplier's terms "van de hand gewezen" read as prevailing, a régie framework with a ceiling read
as open-ended cost).
After this round's general patterns (test_dev_docs_formal3_patterns.py, each in nl, fr and en
where it is said that way, with a wrong-sense negative): 135 of 138; hospital_service_desk_nl
45/45, public_framework_fr 43/44, warehouse_robotics_en 47/49. The 3 left are in
test_dev_docs_formal3.KNOWN_MISSES. These documents are no longer a fair measure of the rules:
they were written to find the misses, and the rules were then generalised while looking at them.
"""

from .unseen_documents import UnseenDocument

COVERED = "covered"
PARTIAL = "partial"
MISSING = "missing"

HOSPITAL_SERVICE_DESK_NL = """\
OVEREENKOMST VOOR DE UITBESTEDING VAN SERVICEDESK EN WERKPLEKBEHEER
Kenmerk: ZNA-ICT/2026/017

DE ONDERGETEKENDEN
1. Stichting Ziekenhuis Rivierenland, gevestigd te Tiel, KvK 41013521, hierna "het Ziekenhuis";
2. Werkplek Diensten Nederland B.V., gevestigd te Utrecht, KvK 30185522, hierna "Opdrachtnemer";
hierna gezamenlijk "Partijen".

OVERWEGENDE DAT
A. het Ziekenhuis op 14 maart 2026 een Europese aanbesteding heeft uitgeschreven voor servicedesk
en werkplekbeheer, en de inschrijving van Opdrachtnemer van 2 mei 2026 (de "Inschrijving") de
economisch meest voordelige was;
B. Partijen hun afspraken in deze Overeenkomst wensen vast te leggen.

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Definities
1.1 "Diensten": de diensten beschreven in Bijlage 1 (Dienstbeschrijving).
1.2 "Service Level Agreement" of "SLA": Bijlage 2.
1.3 "Ingangsdatum": 1 februari 2027.
1.4 "Werkplek": een door het Ziekenhuis in gebruik genomen laptop, desktop of thin client.

Artikel 2 - Samenstelling van de Overeenkomst
2.1 De Overeenkomst bestaat uit deze hoofdtekst en de volgende bijlagen: Bijlage 1
Dienstbeschrijving, Bijlage 2 SLA, Bijlage 3 Prijzen en tarieven, Bijlage 4
Verwerkersovereenkomst, alsmede de Inschrijving.
2.2 Bij strijdigheid tussen de documenten geldt de volgende rangorde: (a) deze hoofdtekst, (b) de
bijlagen in hun nummering, (c) de Inschrijving. Van toepassing zijn de ARBIT-voorwaarden 2023;
algemene voorwaarden van Opdrachtnemer worden uitdrukkelijk van de hand gewezen.

Artikel 3 - Transitie naar de Diensten
3.1 Opdrachtnemer neemt de Diensten over van de huidige dienstverlener volgens het transitieplan
in Bijlage 1, paragraaf 4, met als mijlpalen: kennisoverdracht afgerond op 15 december 2026,
schaduwdraaien van 4 tot en met 29 januari 2027 en volledige overname op de Ingangsdatum.
3.2 Het Ziekenhuis levert uiterlijk 1 november 2026 de actuele CMDB-export, de
werkplekinventaris en toegang tot het huidige ticketsysteem aan.
3.3 Opdrachtnemer zet de openstaande tickets en de configuratiegegevens uit het huidige
ticketsysteem over naar zijn eigen ITSM-omgeving.
3.4 Voor de eenmalige transitie is Opdrachtnemer een vast bedrag van EUR 48.500 excl. btw
verschuldigd, gefactureerd bij volledige overname.

Artikel 4 - Dienstverlening en Service Levels
4.1 Opdrachtnemer verleent de Diensten conform de SLA. De in de SLA opgenomen servicenormen zijn
resultaatsverplichtingen.
4.2 Wijzigingen in de Diensten verlopen via de wijzigingsprocedure van artikel 9.

Artikel 5 - Personeel
5.1 Opdrachtnemer wijst een Service Delivery Manager aan, mevrouw Anouk de Bruin, die het vaste
aanspreekpunt is voor het Ziekenhuis.
5.2 Medewerkers van de servicedesk beschikken minimaal over een ITIL 4 Foundation-certificaat en
een VOG.
5.3 Vervanging van de Service Delivery Manager geschiedt slechts na voorafgaande schriftelijke
instemming van het Ziekenhuis, met een overdrachtsperiode van ten minste vier weken.

Artikel 6 - Rapportage en overleg
6.1 Opdrachtnemer levert maandelijks, uiterlijk de tiende werkdag van de volgende maand, een
servicerapportage over de in Bijlage 2 genoemde KPI's.
6.2 Partijen houden maandelijks een operationeel overleg en ieder kwartaal een tactisch
contractoverleg; de escalatie verloopt van het operationeel overleg naar het contractoverleg en
vervolgens naar de directies van Partijen.

Artikel 7 - Duur en beëindiging
7.1 De Overeenkomst wordt aangegaan voor een periode van drie jaar vanaf de Ingangsdatum en kan
door het Ziekenhuis tweemaal met één jaar worden verlengd door een schriftelijke mededeling
uiterlijk zes maanden voor het einde van de lopende periode.
7.2 Het Ziekenhuis kan de Overeenkomst tussentijds opzeggen met een opzegtermijn van zes maanden.
Elke Partij kan de Overeenkomst ontbinden indien de andere Partij na een schriftelijke
ingebrekestelling met een hersteltermijn van dertig dagen tekortschiet.
7.3 Bij het einde van de Overeenkomst, om welke reden ook, verleent Opdrachtnemer gedurende
maximaal zes maanden medewerking aan de overdracht van de Diensten aan het Ziekenhuis of een
opvolgende dienstverlener, tegen de tarieven van Bijlage 3, en zet hij de Diensten in die periode
ongewijzigd voort.
7.4 Binnen dertig dagen na het einde levert Opdrachtnemer alle gegevens van het Ziekenhuis,
waaronder de ticket-historie en de CMDB, over in een gangbaar en machineleesbaar formaat (CSV
of XML) en vernietigt hij daarna zijn kopieën.

Artikel 8 - Aansprakelijkheid
De aansprakelijkheid van Opdrachtnemer voor directe schade is per jaar beperkt tot EUR 750.000.
Deze beperking geldt niet bij opzet of bewuste roekeloosheid.

Artikel 9 - Meerwerk en wijzigingen
Meerwerk wordt uitsluitend uitgevoerd na een schriftelijke offerte van Opdrachtnemer en een
schriftelijke opdracht van de contractmanager van het Ziekenhuis, en gefactureerd tegen de
uurtarieven van Bijlage 3.

Artikel 10 - Geheimhouding en persoonsgegevens
10.1 Partijen houden alle informatie die zij van elkaar ontvangen geheim, ook na het einde van de
Overeenkomst. Medewerkers van Opdrachtnemer hebben geen toegang tot patiëntdossiers dan voor
zover strikt nodig voor de Diensten.
10.2 Opdrachtnemer verwerkt persoonsgegevens uitsluitend als verwerker in de zin van de AVG, volgens
de Verwerkersovereenkomst in Bijlage 4.

Artikel 11 - Geschillen en toepasselijk recht
Op deze Overeenkomst is Nederlands recht van toepassing. Geschillen worden eerst voorgelegd aan
het contractoverleg en, bij gebreke van een oplossing binnen dertig dagen, aan de directies.
Lukt dat niet, dan is uitsluitend de rechtbank Gelderland bevoegd.

Aldus overeengekomen en in tweevoud ondertekend te Tiel op 20 juni 2026.

Stichting Ziekenhuis Rivierenland            Werkplek Diensten Nederland B.V.
drs. M. Hendriks, voorzitter raad van bestuur    ing. P. Smits, algemeen directeur

BIJLAGE 2 - SERVICE LEVEL AGREEMENT

1. Servicevenster
Servicedesk: telefonisch (0344 67 20 00), via het selfserviceportaal en per e-mail, 24 uur per
dag, 7 dagen per week. Werkplekondersteuning op locatie: werkdagen van 07:00 tot 19:00 uur.

2. Prioriteiten en normtijden
| Prioriteit | Omschrijving | Reactietijd | Oplostijd |
| P1 | Werkplek op kritische afdeling (SEH, OK, IC) onbruikbaar | 15 minuten | 2 uur |
| P2 | Meerdere gebruikers of één kritische werkplek gehinderd | 30 minuten | 4 uur |
| P3 | Eén gebruiker gehinderd, omweg beschikbaar | 2 uur | 2 werkdagen |

3. Beschikbaarheid
De servicedesk-telefonie en het selfserviceportaal zijn 99,8% per kalendermaand beschikbaar.

4. Malus
Bij het niet halen van een normtijd voor P1 in meer dan 5% van de meldingen in een maand ontvangt
het Ziekenhuis een korting van 5% op de maandvergoeding van die maand; de korting bedraagt
maximaal 15% van de maandvergoeding.

5. Patchbeheer
Beveiligingsupdates voor besturingssystemen en standaardsoftware op de Werkplekken worden binnen
14 dagen na uitgifte uitgerold; kritieke beveiligingsupdates binnen 72 uur.

BIJLAGE 3 - PRIJZEN EN TARIEVEN
| Onderdeel | Eenheid | Prijs (excl. btw) |
| Servicedesk en werkplekbeheer | per Werkplek per maand | EUR 21,40 |
| Transitie (eenmalig) | vast | EUR 48.500 |
| Meerwerk servicedeskmedewerker | per uur | EUR 78 |
| Meerwerk werkplekspecialist | per uur | EUR 96 |
Facturering: maandelijks achteraf op basis van het aantal Werkplekken op de eerste dag van de maand.
Betaling binnen 30 dagen na ontvangst van de factuur. De prijzen worden jaarlijks per 1 januari
geïndexeerd op basis van de CBS-index cao-lonen, maximaal 3%.
"""

PUBLIC_FRAMEWORK_FR = """\
ACCORD-CADRE DE SERVICES
Développement et maintenance d'applications métier
Marché n° SPW-INF-2026-044 - procédure ouverte

ENTRE
l'Agence wallonne pour la simplification numérique, organisme d'intérêt public, rue de Namur 42,
5000 Namur, ci-après dénommée « le Pouvoir adjudicateur »,
ET
Logiciels Meuse SRL, avenue de la Gare 18, 4000 Liège, BCE 0698.771.204, ci-après dénommée
« l'Adjudicataire ».

Article 1er - Objet et documents du marché
1.1 Le présent accord-cadre a pour objet le développement de nouvelles applications et la
maintenance corrective et évolutive des applications listées à l'Annexe A.
1.2 Les documents du marché sont, par ordre de priorité décroissant : le présent accord-cadre, le
cahier spécial des charges (Annexe B), l'offre de l'Adjudicataire du 9 septembre 2026 (Annexe C)
et l'arrêté royal du 14 janvier 2013 établissant les règles générales d'exécution des marchés
publics. Les conditions générales de l'Adjudicataire ne sont pas applicables.

Article 2 - Durée
L'accord-cadre est conclu pour une durée de quatre ans à compter de la notification de la
conclusion. Il n'est pas reconduit tacitement.

Article 3 - Bons de commande
3.1 Chaque prestation fait l'objet d'un bon de commande émis par le fonctionnaire dirigeant,
précisant le périmètre, le nombre de jours-homme, les livrables et la date de livraison.
3.2 Dans les dix jours ouvrables de la réception d'une demande, l'Adjudicataire remet une
estimation chiffrée en jours-homme. Aucune prestation non couverte par un bon de commande signé
n'est payée.
3.3 Le montant maximal de l'accord-cadre est fixé à 1.200.000 EUR HTVA.

Article 4 - Prix
Les prestations sont rémunérées en régie, aux prix unitaires du bordereau de l'Annexe C :
| Profil | Prix par jour-homme HTVA |
| Analyste fonctionnel senior | 780 EUR |
| Développeur confirmé | 690 EUR |
| Chef de projet | 840 EUR |
Les prix sont révisés une fois par an, à la date anniversaire de la notification, selon la
formule de révision de l'article 7 du cahier spécial des charges.

Article 5 - Facturation et paiement
L'Adjudicataire facture mensuellement les jours-homme prestés et réceptionnés. Le paiement
intervient dans les trente jours de la réception de la facture régulièrement établie.

Article 6 - Équipe
6.1 L'Adjudicataire affecte au marché l'équipe décrite dans son offre. Le chef de projet, M.
Julien Lambotte, est l'interlocuteur unique du Pouvoir adjudicateur.
6.2 Les analystes justifient d'au moins cinq années d'expérience dans le développement
d'applications web pour le secteur public.
6.3 Tout remplacement d'un membre de l'équipe est soumis à l'accord préalable du fonctionnaire
dirigeant ; le remplaçant possède un profil équivalent et la période de recouvrement est à
charge de l'Adjudicataire.

Article 7 - Réception des livrables
Chaque livrable est soumis à une réception provisoire après des tests d'acceptation réalisés par
le Pouvoir adjudicateur sur la base des scénarios de test prévus au bon de commande, dans un délai
de quinze jours. La réception définitive intervient à l'issue du délai de garantie de six mois,
pendant lequel l'Adjudicataire corrige gratuitement toute anomalie.

Article 8 - Maintenance
8.1 La maintenance corrective couvre la correction des anomalies signalées via l'outil de
ticketing du Pouvoir adjudicateur, accessible du lundi au vendredi de 8h00 à 17h00.
8.2 Les délais de prise en charge et de correction sont fixés au point 5 du cahier spécial des
charges :
| Criticité | Prise en charge | Correction ou contournement |
| Bloquante | 2 heures ouvrables | 1 jour ouvrable |
| Majeure | 4 heures ouvrables | 3 jours ouvrables |
| Mineure | 2 jours ouvrables | prochaine version |

Article 9 - Pénalités et amendes
En cas de retard dans l'exécution d'un bon de commande, une pénalité de 0,1 % du montant du bon
de commande est due par jour calendrier de retard, plafonnée à 5 %. Le dépassement d'un délai de
correction d'une anomalie bloquante donne lieu à une pénalité de 250 EUR par jour ouvrable.

Article 10 - Documentation et transfert de connaissances
L'Adjudicataire livre avec chaque version la documentation technique et le manuel
d'exploitation à jour. Au terme du marché, il assure pendant vingt jours-homme maximum le
transfert de connaissances vers le Pouvoir adjudicateur ou le nouveau prestataire désigné par
celui-ci.

Article 11 - Propriété intellectuelle
Les droits patrimoniaux sur les développements spécifiques et leur code source sont cédés au
Pouvoir adjudicateur au fur et à mesure de la réception, pour le monde entier et pour la durée
des droits. Le code source est déposé sur le dépôt Git du Pouvoir adjudicateur.

Article 12 - Confidentialité et protection des données
L'Adjudicataire est tenu au secret quant aux informations dont il a connaissance. Il traite les
données à caractère personnel en qualité de sous-traitant au sens de l'article 28 du RGPD,
conformément à la convention de sous-traitance jointe en Annexe D.

Article 13 - Responsabilité
La responsabilité de l'Adjudicataire est régie par les articles 44 et suivants de l'arrêté royal
du 14 janvier 2013.

Article 14 - Réunions de suivi
Un comité de suivi réunit tous les mois le chef de projet et le fonctionnaire dirigeant ; le
chef de projet y présente un rapport d'avancement écrit par bon de commande en cours.

Article 15 - Litiges
Le droit belge est applicable. Tout litige relève de la compétence exclusive des tribunaux de
l'arrondissement judiciaire de Namur.

Fait à Namur, le 30 octobre 2026, en deux exemplaires.
Pour le Pouvoir adjudicateur,             Pour l'Adjudicataire,
Sophie Marchal, administratrice générale  Thierry Delvaux, gérant
"""

WAREHOUSE_ROBOTICS_EN = """\
MASTER SOFTWARE AND SERVICES AGREEMENT
Warehouse Automation Platform

This Agreement is made on 3 November 2026 between:
(1) Scheldt Logistics Group NV, a company incorporated in Belgium (enterprise number 0433.981.776),
whose registered office is at Haven 1025, 2030 Antwerp (the "Customer"); and
(2) Roboflow Systems B.V., a company incorporated in the Netherlands (Chamber of Commerce number
70984215), whose registered office is at Hightech Campus 5, Eindhoven (the "Supplier").

BACKGROUND
(A) The Customer operates distribution centres in Antwerp, Genk and Venlo and wishes to automate
order picking with autonomous mobile robots controlled by the Supplier's software.
(B) The Supplier has submitted a proposal dated 12 September 2026 (reference RF-2026-311).

1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement: "Platform" means the Supplier's FleetCore warehouse orchestration software;
"Go-Live Date" means, for each site, the date on which the Acceptance Certificate for that site is
signed; "Schedules" means the schedules to this Agreement, which form part of it.
1.2 If there is a conflict between the clauses and the Schedules, the clauses prevail. The
Supplier's proposal referred to in recital (B) is incorporated as Schedule 6 but has the lowest
priority. No terms of business of the Supplier apply.

2. IMPLEMENTATION
2.1 The Supplier shall implement the Platform at each site in accordance with the Implementation
Plan in Schedule 2, with the following Go-Live Dates: Antwerp 1 April 2027, Genk 1 July 2027 and
Venlo 1 October 2027.
2.2 The Customer shall provide floor plans, Wi-Fi coverage at the levels set out in Schedule 2
and access to its warehouse management system at least eight weeks before each Go-Live Date.
2.3 The Supplier shall load the master data of articles, locations and bins from the Customer's
warehouse management system into the Platform and reconcile the item counts before go-live.
2.4 If the Supplier fails to achieve a Go-Live Date for a reason attributable to it, it shall pay
liquidated damages of EUR 2,000 per day of delay, up to 10% of the implementation fee for that
site.

3. ACCEPTANCE
Each site shall be subject to the Acceptance Tests in Schedule 3, including a 72-hour
continuous operation test at a throughput of at least 900 order lines per hour. The Customer shall
issue an Acceptance Certificate within five Business Days after the tests are passed.

4. FEES
4.1 The Customer shall pay the implementation fee of EUR 385,000 per site and the annual
subscription fee of EUR 96,000 per site, as set out in Schedule 4 (Charges).
4.2 Implementation fees are invoiced 30% on signature, 50% on delivery of the robots at the site
and 20% on the Go-Live Date. Subscription fees are invoiced annually in advance from the Go-Live
Date. Invoices are payable within 45 days.
4.3 Any additional services shall be agreed in a written change order signed by both parties
before the work starts, at the rates in Schedule 4.

5. SUPPORT AND SERVICE LEVELS
5.1 The Supplier shall provide the support services described in Schedule 5 (Service Levels).
5.2 The Supplier shall provide new releases of the Platform, including security patches, at no
additional charge, and shall give at least 30 days' notice of any release that requires downtime.

6. PERSONNEL AND TRAINING
6.1 The Supplier's project director is Ms Lotte Verbeek. The Supplier shall not replace her
without the Customer's prior written consent, which shall not be unreasonably withheld.
6.2 Before each Go-Live Date the Supplier shall train the Customer's shift leaders and operators
on site (train-the-trainer sessions for up to 12 key users per site) and provide operating
manuals in Dutch and English.

7. GOVERNANCE
A Steering Committee composed of two representatives of each party shall meet monthly during
implementation and quarterly thereafter. Issues not resolved by the Steering Committee within 15
Business Days shall be escalated to the Chief Operating Officers of both parties.

8. TERM AND TERMINATION
8.1 This Agreement commences on the date of signature and continues for an initial term of five
years from the first Go-Live Date. Thereafter it shall renew automatically for successive periods
of two years unless either party gives notice of non-renewal at least six months before the end
of the then-current term.
8.2 Either party may terminate this Agreement by written notice if the other party commits a
material breach which is not remedied within 30 days of notice.
8.3 On expiry or termination the Supplier shall, at the Customer's request, provide reasonable
assistance to migrate to a replacement system, at the rates in Schedule 4, for up to nine months.
8.4 Within 30 days of termination the Supplier shall return all Customer Data in CSV or JSON format.

9. SOURCE CODE ESCROW
The Supplier shall deposit the source code of the Platform with NCC Group under a three-party
escrow agreement, to be released if the Supplier becomes insolvent or ceases to support the
Platform.

10. INTELLECTUAL PROPERTY
All intellectual property rights in the Platform remain with the Supplier. The Supplier grants the
Customer a non-exclusive, non-transferable licence to use the Platform at its sites for the term.

11. LIABILITY
Each party's aggregate liability under this Agreement in any contract year shall not exceed 100%
of the fees paid in that year. Neither party is liable for loss of profit or indirect loss.

12. CONFIDENTIALITY AND DATA PROTECTION
12.1 Each party shall keep confidential the Confidential Information of the other party.
12.2 To the extent the Supplier processes personal data of the Customer's staff, the data
processing agreement in Schedule 7 applies.

13. GOVERNING LAW AND DISPUTES
This Agreement is governed by Belgian law. The parties shall first attempt to settle any dispute
through mediation under the CEPANI Mediation Rules; failing settlement within 60 days, the courts
of Antwerp shall have exclusive jurisdiction.

Signed by the parties' duly authorised representatives:
For Scheldt Logistics Group NV: Filip Janssens, Chief Executive Officer
For Roboflow Systems B.V.: Maarten de Wit, Managing Director

SCHEDULE 4 - CHARGES
Implementation fee per site: EUR 385,000 (one-off)
Subscription fee per site: EUR 96,000 per year
Professional services: Solution Architect EUR 1,350 per day; Engineer EUR 1,050 per day
Indexation: the subscription fee is adjusted each 1 January by the Belgian Agoria labour cost
index, capped at 4%.

SCHEDULE 5 - SERVICE LEVELS
Support desk: 24x7 by telephone and the Supplier's service portal.
Platform Availability: 99.7% per calendar month, excluding scheduled maintenance announced 5
Business Days in advance.
Severity 1 (picking stopped at a site): response within 15 minutes, restoration within 4 hours.
Severity 2 (throughput below 70%): response within 1 hour, restoration within 8 hours.
Service Credits: for each 0.1% below the availability target, 2% of the monthly subscription fee,
up to 20%.
The Supplier assigns a named customer success manager who maintains the site configuration
records for each of the Customer's sites.
Monthly service report: availability, incidents per severity, throughput per site.
"""

DOCUMENTS = [
    UnseenDocument(
        name="hospital_service_desk_nl",
        text=HOSPITAL_SERVICE_DESK_NL,
        items={
            "agreement.signed_both": COVERED,
            "agreement.general_terms": COVERED,  # rangorde; ARBIT, supplier terms rejected
            "agreement.quote_included": COVERED,  # the tender answer is part of the agreement
            "budget.startup_cost": COVERED,  # transition fee, in the body and the price annex
            "budget.extra_costs": COVERED,
            "budget.recurring_cost": COVERED,  # price-annex table row per workplace per month
            "budget.rates": COVERED,
            "budget.payment_terms": COVERED,
            "timing.planning": COVERED,
            "timing.client_obligations": COVERED,
            "timing.delay": MISSING,
            "team.named_team": COVERED,
            "team.replacement": COVERED,
            "team.seniority": COVERED,  # ITIL certificate
            "team.knowledge_transfer": COVERED,
            "reporting.progress": COVERED,
            "reporting.governance": COVERED,
            "rollout.data_migration": COVERED,  # open tickets and configuration data carried over
            "maintenance.services": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,
            "maintenance.resolution_time": COVERED,
            "maintenance.availability": COVERED,
            "maintenance.service_credits": COVERED,  # "malus": a discount on the monthly fee
            "maintenance.customer_knowledge": COVERED,
            "maintenance.updates": COVERED,  # patch management in the SLA annex
            "exit.duration_renewal": COVERED,
            "exit.termination": COVERED,
            "exit.transition": COVERED,
            "exit.data_return": COVERED,
            "exit.escrow": MISSING,
            "legal.liability": COVERED,
            "legal.ip": MISSING,
            "legal.confidentiality": COVERED,
            "legal.data_protection": COVERED,
            "legal.governing_law": COVERED,
            "legal.dispute_resolution": COVERED,
        },
        risks={
            "risk.supplier_terms_prevail": False,
            "risk.best_efforts_only": False,
            "risk.unilateral_change": False,
            "risk.auto_renewal": False,  # renewal is the hospital's option
            "risk.liability_excluded": False,
            "risk.open_ended_cost": False,
            "risk.data_lockin": False,
            "risk.unsigned": False,
        },
    ),
    UnseenDocument(
        name="public_framework_fr",
        text=PUBLIC_FRAMEWORK_FR,
        items={
            "agreement.signed_both": COVERED,
            "agreement.general_terms": COVERED,  # order of priority of the documents
            "agreement.quote_included": COVERED,
            "budget.project_cost": COVERED,  # maximum amount of the framework
            "budget.startup_cost": MISSING,
            "budget.extra_costs": COVERED,  # nothing paid without a signed order form
            "budget.recurring_cost": MISSING,
            "budget.rates": COVERED,
            "budget.payment_terms": COVERED,
            "timing.delay": COVERED,
            "team.named_team": COVERED,
            "team.replacement": COVERED,
            "team.seniority": COVERED,
            "team.knowledge_transfer": COVERED,
            "reporting.progress": COVERED,
            "reporting.governance": COVERED,
            "rollout.data_migration": MISSING,
            "rollout.acceptance": COVERED,
            "rollout.warranty": COVERED,
            "rollout.user_support": MISSING,
            "maintenance.services": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,  # table row, "prise en charge"
            "maintenance.resolution_time": COVERED,
            "maintenance.availability": MISSING,
            "maintenance.service_credits": COVERED,  # penalty per day over a correction time
            "exit.duration_renewal": COVERED,
            "exit.termination": MISSING,
            "exit.transition": COVERED,  # knowledge transfer to the new provider
            "exit.data_return": MISSING,
            "exit.escrow": COVERED,  # source code on the buyer's own repository
            "legal.ip": COVERED,
            "legal.confidentiality": COVERED,
            "legal.data_protection": COVERED,
            "legal.governing_law": COVERED,
            "legal.dispute_resolution": MISSING,
        },
        risks={
            "risk.supplier_terms_prevail": False,
            "risk.best_efforts_only": False,
            "risk.unilateral_change": False,
            "risk.auto_renewal": False,
            "risk.liability_excluded": False,
            "risk.open_ended_cost": False,  # régie, but a ceiling and signed order forms
            "risk.data_lockin": False,
            "risk.unsigned": False,
        },
    ),
    UnseenDocument(
        name="warehouse_robotics_en",
        text=WAREHOUSE_ROBOTICS_EN,
        items={
            "agreement.signed_both": COVERED,
            "agreement.general_terms": COVERED,
            "agreement.quote_included": COVERED,  # the proposal incorporated as Schedule 6
            "budget.project_cost": COVERED,
            "budget.startup_cost": COVERED,
            "budget.extra_costs": COVERED,
            "budget.recurring_cost": COVERED,
            "budget.rates": COVERED,
            "budget.payment_terms": COVERED,
            "timing.planning": COVERED,
            "timing.client_obligations": COVERED,
            "timing.delay": COVERED,
            "team.named_team": COVERED,
            "team.replacement": COVERED,
            "team.seniority": MISSING,
            "team.knowledge_transfer": COVERED,  # operating manuals
            "reporting.progress": COVERED,
            "reporting.governance": COVERED,
            "rollout.deployment": COVERED,
            "rollout.data_migration": COVERED,
            "rollout.acceptance": COVERED,
            "rollout.user_support": COVERED,
            "maintenance.services": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,
            "maintenance.resolution_time": COVERED,  # "restoration within"
            "maintenance.availability": COVERED,
            "maintenance.service_credits": COVERED,
            "maintenance.customer_knowledge": COVERED,
            "maintenance.updates": COVERED,
            "exit.duration_renewal": COVERED,
            "exit.termination": COVERED,
            "exit.transition": COVERED,
            "exit.data_return": COVERED,
            "exit.escrow": COVERED,
            "legal.liability": COVERED,
            "legal.ip": COVERED,
            "legal.confidentiality": COVERED,
            "legal.data_protection": COVERED,
            "legal.governing_law": COVERED,
            "legal.dispute_resolution": COVERED,
        },
        risks={
            "risk.supplier_terms_prevail": False,
            "risk.best_efforts_only": False,
            "risk.unilateral_change": False,
            "risk.auto_renewal": True,  # two-year renewal terms, six months' notice
            "risk.liability_excluded": False,
            "risk.open_ended_cost": False,
            "risk.data_lockin": False,
            "risk.unsigned": False,
        },
    ),
]
