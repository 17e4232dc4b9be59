"""Second set of development documents for the key figures (issue 9): contract term, renewal
term, notice period, payment term, warranty, availability and the response time of the highest
priority, in kinds not used before.

Five documents written for this module:
- a Flemish framework agreement for IT hardware maintenance with a price list annex;
- a French maintenance contract for a company server room (servers, UPS, air conditioning);
- a Netherlands-Dutch licence and support agreement for a route-planning app for delivery vans;
- an English reseller agreement for cloud licences with support;
- a Flemish order form for a website with a hosting plan (key-value lines).

They are DEVELOPMENT fixtures, not held out: rules may be generalised to fit the way such
documents are written, never to their literal wording. Labels were written against
/work/shared/spec/checklist.md before the analyser was run on them. Figure conventions as
held_out.figure_of reads them: months count 30 days and weeks 7 for the notice period; the
response time of the highest priority in hours (working hours as hours, 30 minutes = 0.5); the
contract term is the initial term, the renewal term the tacit renewal period. None: the
document states no such figure. Items are labelled only where the reading is clear.

First run (rules of 31db412, before any change for them): figures 28/33, items 42/54. Figures
missed: the Flemish warranty stated as "gewaarborgd gedurende zes maanden"; the French response
time of a bullet labelled "panne bloquante" (its label was too far before the time, and "non
bloquante" in the next bullet was read as P1); the English term from "takes effect on ... and
remains in force until ...", the renewal "for consecutive periods of twelve (12) months" (read as
the notice) and so the notice.
After the general patterns of this round: figures 33/33, items 42/54 (item misses are strict
xfails in test_dev_docs_figures2.py, left for the item areas).
"""

from .unseen_documents import UnseenDocument

RAAMOVEREENKOMST_HARDWARE = """\
RAAMOVEREENKOMST ONDERHOUD IT-HARDWARE
Ref. RO-HW-2027/03

Tussen
TechnoServ Vlaanderen BV, Brugsesteenweg 255, 8500 Kortrijk, ondernemingsnummer
0745.118.302, hierna "de Opdrachtnemer",
en
Van Hecke Logistics NV, Havenlaan 18, 9000 Gent, ondernemingsnummer 0433.921.570, hierna
"de Opdrachtgever",
wordt overeengekomen wat volgt.

Artikel 1 – Voorwerp
Deze raamovereenkomst regelt het preventief en correctief onderhoud van de IT-hardware van de
Opdrachtgever (werkposten, laptops, printers, servers en netwerkapparatuur) op de sites Gent en
Aalst, zoals opgelijst in de inventaris van bijlage 2. Afzonderlijke interventies worden besteld
via een bestelbon die naar deze raamovereenkomst verwijst. Bij tegenstrijdigheid primeert deze
raamovereenkomst op de bestelbon; de algemene voorwaarden van de Opdrachtnemer zijn niet van
toepassing.

Artikel 2 – Ingangsdatum en duurtijd
De raamovereenkomst treedt in werking op 1 maart 2027 en geldt voor een vaste periode van vier
jaar. Na afloop wordt zij telkens stilzwijgend verlengd met één jaar, tenzij een van de partijen
haar per aangetekend schrijven opzegt uiterlijk zes maanden vóór de vervaldag.
De prijzen van de prijslijst (bijlage 1) zijn vast gedurende het eerste contractjaar; nadien
kan de Opdrachtnemer ze jaarlijks indexeren volgens de Agoria-index, mits kennisgeving twee
maanden vooraf.

Artikel 3 – Interventietermijnen
Storingen worden gemeld via het portaal of op het nummer 056 24 80 00 (werkdagen van 7u30 tot
18u00). De Opdrachtnemer garandeert de volgende termijnen voor de start van de interventie:
Categorie | Omschrijving | Start interventie | Herstel of vervangtoestel
Blokkerend | server, kernswitch of magazijnscanner buiten dienst | 4 werkuren | 8 werkuren
Hinderlijk | één werkpost of printer defect | 1 werkdag | 3 werkdagen
Overige | vragen, kleine aanpassingen | 3 werkdagen | in overleg
Bij overschrijding van de hersteltermijn voor een blokkerende storing betaalt de Opdrachtnemer
een forfaitaire vergoeding van € 150 per begonnen werkdag vertraging.

Artikel 4 – Herstellingen en onderdelen
Herstelde of vervangen onderdelen worden door de Opdrachtnemer gewaarborgd gedurende zes
maanden na de interventie; een defect binnen die periode wordt kosteloos hersteld.

Artikel 5 – Prijzen, facturatie en betaling
Het jaarlijkse onderhoudsforfait bedraagt € 14.760,00 excl. btw en wordt per semester vooraf
gefactureerd. Interventies buiten het forfait worden maandelijks nagefactureerd aan de tarieven
van bijlage 1. De Opdrachtgever betaalt de facturen binnen de vijfenveertig dagen na
ontvangst. Bij laattijdige betaling is van rechtswege een intrest verschuldigd van 8 % per jaar.

Artikel 6 – Personeel
De Opdrachtnemer stelt een vaste accountmanager aan, mevrouw Els Vanwynsberghe. De partijen
verbinden zich ertoe gedurende de looptijd van deze overeenkomst en tot twaalf maanden na het
einde ervan geen medewerkers van de andere partij in dienst te nemen.

Artikel 7 – Aansprakelijkheid
De aansprakelijkheid van de Opdrachtnemer is per schadegeval beperkt tot het bedrag van het
jaarlijkse onderhoudsforfait. Indirecte schade zoals productieverlies is uitgesloten.

Artikel 8 – Toepasselijk recht
Deze overeenkomst wordt beheerst door het Belgisch recht. Geschillen worden bij voorkeur in
der minne geregeld; lukt dat niet binnen dertig dagen, dan zijn de rechtbanken van Gent
bevoegd.

Bijlage 1 – Prijslijst (excl. btw)
Omschrijving | Eenheid | Prijs
Onderhoudsforfait werkposten en laptops (max. 120 toestellen) | per jaar | € 9.360,00
Onderhoudsforfait servers en netwerk | per jaar | € 5.400,00
Technicus ter plaatse buiten forfait | per uur | € 78,00
Verplaatsing | per interventie | € 35,00
Levering en configuratie nieuwe laptop | per toestel | € 145,00

Opgemaakt te Gent op 12 februari 2027, in twee exemplaren.
Voor de Opdrachtnemer, Pieter Declercq, zaakvoerder
Voor de Opdrachtgever, An Van Hecke, gedelegeerd bestuurder
"""

CONTRAT_SALLE_SERVEURS = """\
CONTRAT DE MAINTENANCE – SALLE INFORMATIQUE
Contrat n° MSI-27-044

ENTRE : ClimaData SRL, avenue des Technologies 12, 1300 Wavre, BCE 0689.553.201, ci-après
« le Prestataire »,
ET : Imprimerie Dujardin SA, rue du Travail 5, 7000 Mons, BCE 0412.775.908, ci-après « le
Client ».

Article 1 – Objet
Le présent contrat a pour objet la maintenance préventive et curative des équipements de la
salle informatique du Client : deux serveurs physiques et leur baie de stockage, un onduleur
(UPS) de 20 kVA avec ses batteries et deux unités de climatisation de précision, tels que
décrits à l'annexe A. Les conditions générales du Prestataire, annexées, s'appliquent pour
autant que le présent contrat n'y déroge pas.

Article 2 – Prestations
2.1 Maintenance préventive : deux visites par an, avec contrôle des batteries de l'onduleur,
nettoyage des filtres de climatisation et vérification des journaux des serveurs. Un rapport
de visite est remis au Client dans les huit jours suivant chaque visite.
2.2 Maintenance curative : diagnostic et réparation des pannes, pièces comprises à
l'exception des batteries et des consommables.
2.3 Une astreinte téléphonique est assurée 24 heures sur 24 et 7 jours sur 7 au 010 45 88 00.

Article 3 – Délais d'intervention
Le Prestataire s'engage à intervenir sur site dans les délais suivants, comptés à partir de
l'appel du Client :
- panne bloquante (arrêt d'un serveur, de l'onduleur ou d'une climatisation entraînant une
  hausse de température) : intervention dans un délai de deux heures, jour et nuit ;
- panne non bloquante (redondance perdue, alarme) : intervention le jour ouvrable suivant ;
- demande de modification : planifiée de commun accord.
Le délai de remise en service ne peut dépasser huit heures pour une panne bloquante, le cas
échéant au moyen d'un équipement de remplacement.

Article 4 – Durée
Le contrat est conclu pour une durée ferme allant du 1er janvier 2027 au 31 décembre 2029. À
son terme, il est reconduit tacitement par périodes d'un an, sauf dénonciation par l'une des
parties, par lettre recommandée, au moins trois mois avant l'échéance.
Le Client peut en outre résilier le contrat en cas de manquement grave du Prestataire non
réparé dans les quinze jours d'une mise en demeure.

Article 5 – Prix et paiement
La redevance annuelle s'élève à 6.980,00 € HTVA, facturée en deux fois, en janvier et en
juillet. Les pièces non couvertes et les interventions hors contrat sont facturées au tarif
horaire de 85,00 € HTVA, sur devis préalable accepté par le Client. Nos factures sont
payables à trente jours fin de mois. Les prix sont révisés au 1er janvier de chaque année
selon la formule de l'annexe B.

Article 6 – Garantie des réparations
Les réparations effectuées sont garanties trois mois, pièces et main-d'œuvre.

Article 7 – Responsabilité
La responsabilité du Prestataire est limitée aux dommages directs, à concurrence du montant de
la redevance annuelle. Elle ne couvre pas la perte de données, dont la sauvegarde incombe au
Client.

Article 8 – Droit applicable
Le présent contrat est soumis au droit belge. Tout litige relève de la compétence exclusive des
tribunaux de Mons.

Fait à Mons, le 4 décembre 2026, en deux exemplaires.
Pour le Prestataire : Marc Delvaux, gérant
Pour le Client : Nathalie Dujardin, administratrice déléguée
"""

ROUTEPLANNER_OVEREENKOMST = """\
LICENTIE- EN SUPPORTOVEREENKOMST ROUTEWIJS

Partijen:
1. RouteWijs B.V., gevestigd te Utrecht, Kanaalweg 30, KvK 81234567, hierna: "Leverancier";
2. Bakkerij Van der Wal Distributie B.V., gevestigd te Zwolle, Marsweg 4, KvK 05043210,
   hierna: "Klant".

Overwegende dat Klant voor de belevering van haar filialen met 14 bestelbussen een
routeplanning-app wenst te gebruiken en Leverancier die app als dienst aanbiedt, komen
partijen het volgende overeen.

1. Definities
App: de mobiele applicatie RouteWijs Driver en de planningsmodule RouteWijs Planner.
Werkdagen: maandag tot en met vrijdag, met uitzondering van erkende Nederlandse feestdagen.

2. Licentie
Leverancier verleent Klant een niet-exclusief, niet-overdraagbaar gebruiksrecht op de App voor
14 voertuigen en 3 planners. Alle intellectuele eigendomsrechten blijven bij Leverancier.

3. Looptijd en beëindiging
3.1 Deze overeenkomst gaat in op de datum van ondertekening en heeft een minimale looptijd van
vierentwintig maanden.
3.2 Na de minimale looptijd verlengt de overeenkomst zich steeds stilzwijgend met twaalf
maanden.
3.3 Opzegging geschiedt schriftelijk met inachtneming van een termijn van drie maanden tegen
het einde van de lopende periode.
3.4 De proefperiode van dertig dagen waarin Klant de App kosteloos kon testen, is voorafgaand
aan deze overeenkomst afgelopen en telt niet mee voor de looptijd.

4. Vergoedingen en betaling
4.1 Klant betaalt een eenmalige implementatievergoeding van € 2.450,- excl. btw, in twee
termijnen: 50% bij ondertekening en 50% binnen 60 dagen na ingebruikname.
4.2 De licentie- en supportvergoeding bedraagt € 39,- per voertuig per maand en € 55,- per
planner per maand, maandelijks vooraf gefactureerd.
4.3 Betaling dient te geschieden binnen veertien dagen na dagtekening van de factuur, bij
voorkeur via automatische incasso.
4.4 Leverancier mag de vergoedingen jaarlijks per 1 januari aanpassen op basis van de
CBS-consumentenprijsindex.

5. Beschikbaarheid
De planningsmodule is beschikbaar gedurende ten minste 99,5% van de tijd per kalendermaand,
gepland onderhoud buiten werkdagen niet meegerekend. De App op het toestel werkt ook zonder
verbinding; ritten worden gesynchroniseerd zodra er weer bereik is.

6. Support
6.1 Support is bereikbaar op werkdagen van 06:00 tot 20:00 uur via 030 799 12 00 en
support@routewijs.nl, en op zaterdag van 06:00 tot 12:00 uur voor storingen.
6.2 Meldingen worden door Leverancier ingedeeld in prioriteiten:
Prio 1 – planning of app onbruikbaar voor alle chauffeurs: reactie binnen 30 minuten, een
  workaround binnen 4 uur;
Prio 2 – een deel van de functies werkt niet: reactie binnen 4 uur;
Prio 3 – vragen en wensen: reactie binnen 2 werkdagen.
6.3 Nieuwe versies van de App worden kosteloos ter beschikking gesteld.

7. Gegevens
Leverancier verwerkt de locatiegegevens van de chauffeurs als verwerker in opdracht van Klant
volgens de verwerkersovereenkomst in bijlage 2. Ritgegevens worden na 90 dagen automatisch
geanonimiseerd. Bij het einde van de overeenkomst ontvangt Klant op verzoek een export van
haar klant- en adresgegevens in CSV-formaat.

8. Aansprakelijkheid
De aansprakelijkheid van Leverancier is beperkt tot het bedrag dat Klant in de twaalf maanden
voorafgaand aan de schadeveroorzakende gebeurtenis heeft betaald.

9. Toepasselijk recht
Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de
bevoegde rechter te Midden-Nederland.

Aldus overeengekomen en ondertekend te Utrecht op 3 november 2026.
RouteWijs B.V., S. de Boer, directeur
Bakkerij Van der Wal Distributie B.V., H. van der Wal, directeur
"""

CLOUD_RESELLER_AGREEMENT = """\
CLOUD LICENSING AND SUPPORT AGREEMENT (RESELLER)

This Agreement is made between:
NimbusPartners BV, a Belgian company with registered office at Culliganlaan 2, 1831 Diegem,
enterprise number 0766.402.118, acting as authorised cloud solution provider ("Reseller"); and
Arcadia Architects BV, Meir 44, 2000 Antwerp, enterprise number 0851.330.627 ("Customer").

1. Scope
1.1 Reseller resells to Customer subscriptions to third-party cloud services (Microsoft 365
Business Premium, Exchange Online archiving and Azure consumption) and provides first-line and
second-line support on those services as described in this Agreement.
1.2 The cloud services are provided by the publisher under its own customer agreement, which
Customer accepts when the subscriptions are created. Availability of the cloud services is
committed by the publisher in its own service level agreement; Reseller gives no availability
commitment of its own.

2. Term
2.1 This Agreement takes effect on 1 February 2027 and remains in force until 31 January 2029.
2.2 It shall then renew automatically for consecutive periods of twelve (12) months unless
either party notifies the other in writing of its decision not to renew no later than sixty
(60) days before the end of the then-current term.
2.3 Each licence subscription has its own commitment term (monthly or annual) as chosen in the
order portal; an annual subscription cannot be reduced before its anniversary date.

3. Fees and payment
3.1 Licence fees follow the publisher's price list in EUR, plus a reseller margin of 6 %.
Licence changes take effect from the next billing cycle.
3.2 The support fee is EUR 12.50 per user per month, with a minimum of 25 users.
3.3 Reseller invoices monthly in arrears on the basis of actual consumption. All invoices are
payable within twenty-one (21) days of the invoice date. If an invoice remains unpaid thirty
(30) days after a reminder, Reseller may suspend the subscriptions.
3.4 Reseller may pass on price changes of the publisher with one month's notice.

4. Support
4.1 The service desk is open Monday to Friday, 08:00-18:00 CET, on +32 2 808 40 40 and via
the customer portal.
4.2 Incidents are classified by severity:
Severity A (all users unable to work, e.g. no e-mail or sign-in): response within one
  business hour, continuous work until a workaround is in place;
Severity B (some users or one service affected): response within four business hours;
Severity C (questions, change requests): response within two business days.
4.3 Response means that an engineer has started working on the incident and has contacted
Customer.

5. Non-solicitation
During the term of this Agreement and for a period of twelve (12) months after its end,
neither party shall employ any employee of the other party who was involved in the services.

6. Liability
Reseller's total liability under this Agreement is limited to the support fees paid in the
six (6) months before the claim. Reseller is not liable for outages of the cloud services.

7. Data and exit
Customer data is stored in the publisher's EU data centres. Upon termination Reseller will, on
request, transfer the subscriptions to another provider or assist Customer in exporting its
mailboxes and files during a period of 30 days.

8. Governing law
This Agreement is governed by Belgian law; the courts of Antwerp have exclusive jurisdiction.

Signed in Diegem on 20 January 2027.
For NimbusPartners BV: Tom Wouters, Managing Director
For Arcadia Architects BV: Leen Claes, Partner
"""

BESTELBON_WEBSITE = """\
BESTELBON – Website + hostingplan
Bestelbonnummer: BB-2027-0117
Datum: 8 januari 2027

Webbureau: Pixelkracht BV, Vaartstraat 12, 3000 Leuven, BTW BE 0699.210.443
Klant: Bloemen Vermeulen, Diestsesteenweg 140, 3010 Kessel-Lo, BTW BE 0620.117.985
Contactpersoon klant: Sarah Vermeulen – sarah@bloemenvermeulen.be

Bestelde diensten
Omschrijving | Aantal | Prijs excl. btw
Website op maat (WordPress, 8 pagina's, webshop voor 40 boeketten) | 1 | € 5.200,00
Fotoshoot en tekstredactie | 1 | € 650,00
Hostingplan Pro (hosting, SSL, dagelijkse back-up, updates) | per maand | € 39,00

Planning
Start: na ontvangst van de ondertekende bestelbon en het voorschot.
Eerste ontwerp: binnen 3 weken na de startmeeting.
Livegang: uiterlijk 10 weken na de startmeeting, op voorwaarde dat de klant teksten en
foto's aanlevert binnen 2 weken na de startmeeting.

Betaling
Voorschot bij bestelling: 40 %
Saldo: bij livegang
Betalingstermijn: 15 dagen na factuurdatum
Hostingplan: jaarlijks vooraf gefactureerd

Hostingplan Pro
Minimale looptijd: 12 maanden vanaf livegang
Verlenging: stilzwijgend, telkens voor 12 maanden
Opzegtermijn: 1 maand vóór de verlengingsdatum
Gegarandeerde uptime: 99,9 % op jaarbasis
Reactietijd bij een onbereikbare website: 2 uur (ook in het weekend)
Reactietijd andere vragen: 1 werkdag

Nazorg
Na de livegang lossen wij gedurende 3 maanden kosteloos alle fouten in de website op.
Aanpassingen en nieuwe functies vallen daar niet onder en worden aangerekend aan € 70 per uur
na uw akkoord op onze offerte.

Eigendom
Na volledige betaling wordt de klant eigenaar van de inhoud, het ontwerp en de domeinnaam.
Bij het einde van het hostingplan bezorgen wij een volledige export van de website.

Op deze bestelbon zijn onze algemene voorwaarden van toepassing (www.pixelkracht.be/av).
Voor akkoord, de klant: Sarah Vermeulen (handtekening)
Voor Pixelkracht: Jonas Peeters
"""

DOCUMENTS = [
    UnseenDocument(
        name="nl_raamovereenkomst_hardware",
        text=RAAMOVEREENKOMST_HARDWARE,
        items={
            "agreement.signed_both": "covered",
            "agreement.general_terms": "covered",
            "budget.recurring_cost": "covered",
            "budget.rates": "covered",
            "budget.payment_terms": "covered",
            "maintenance.response_time": "covered",
            "maintenance.resolution_time": "covered",
            "maintenance.service_credits": "covered",
            "exit.duration_renewal": "covered",
            "exit.termination": "covered",
            "legal.governing_law": "covered",
            "legal.dispute_resolution": "covered",
        },
        figures={
            "contract_term_months": 48,
            "renewal_term_months": 12,
            "notice_period_days": 180,
            "payment_term_days": 45,
            "warranty_days": 180,
            "availability_percent": None,
            "response_time_hours_highest_priority": 4,
        },
    ),
    UnseenDocument(
        name="fr_contrat_salle_serveurs",
        text=CONTRAT_SALLE_SERVEURS,
        items={
            "agreement.signed_both": "covered",
            "budget.recurring_cost": "covered",
            "budget.payment_terms": "covered",
            "maintenance.services": "covered",
            "maintenance.response_time": "covered",
            "maintenance.resolution_time": "covered",
            "exit.duration_renewal": "covered",
            "exit.termination": "covered",
            "legal.liability": "covered",
            "legal.governing_law": "covered",
        },
        figures={
            "contract_term_months": 36,
            "renewal_term_months": 12,
            "notice_period_days": 90,
            "payment_term_days": 30,
            "warranty_days": 90,
            "availability_percent": None,
            "response_time_hours_highest_priority": 2,
        },
    ),
    UnseenDocument(
        name="nl_routeplanner_licentie",
        text=ROUTEPLANNER_OVEREENKOMST,
        items={
            "agreement.signed_both": "covered",
            "budget.startup_cost": "covered",
            "budget.recurring_cost": "covered",
            "budget.payment_terms": "covered",
            "maintenance.support_hours": "covered",
            "maintenance.response_time": "covered",
            "maintenance.availability": "covered",
            "maintenance.updates": "covered",
            "exit.duration_renewal": "covered",
            "exit.termination": "covered",
            "exit.data_return": "covered",
            "legal.data_protection": "covered",
            "legal.governing_law": "covered",
        },
        figures={
            "contract_term_months": 24,
            "renewal_term_months": 12,
            "notice_period_days": 90,
            "payment_term_days": 14,
            "availability_percent": 99.5,
            "response_time_hours_highest_priority": 0.5,
        },
    ),
    UnseenDocument(
        name="en_cloud_reseller",
        text=CLOUD_RESELLER_AGREEMENT,
        items={
            "agreement.signed_both": "covered",
            "budget.recurring_cost": "covered",
            "budget.payment_terms": "covered",
            "maintenance.support_hours": "covered",
            "maintenance.response_time": "covered",
            "exit.duration_renewal": "covered",
            "exit.termination": "covered",
            "legal.liability": "covered",
            "legal.governing_law": "covered",
        },
        figures={
            "contract_term_months": 24,
            "renewal_term_months": 12,
            "notice_period_days": 60,
            "payment_term_days": 21,
            "availability_percent": None,
            "response_time_hours_highest_priority": 1,
        },
    ),
    UnseenDocument(
        name="nl_bestelbon_website",
        text=BESTELBON_WEBSITE,
        items={
            "budget.project_cost": "covered",
            "budget.recurring_cost": "covered",
            "budget.payment_terms": "covered",
            "timing.planning": "covered",
            "timing.client_obligations": "covered",
            "rollout.warranty": "covered",
            "maintenance.availability": "covered",
            "maintenance.response_time": "covered",
            "exit.duration_renewal": "covered",
            "exit.data_return": "covered",
        },
        figures={
            "contract_term_months": 12,
            "renewal_term_months": 12,
            "notice_period_days": 30,
            "payment_term_days": 15,
            "warranty_days": 90,
            "availability_percent": 99.9,
            "response_time_hours_highest_priority": 2,
        },
    ),
]
