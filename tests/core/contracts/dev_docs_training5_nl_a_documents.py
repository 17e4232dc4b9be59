"""Training documents round 5, Dutch (part a): a formal Flemish agreement for the implementation,
hosting and maintenance of a document management system (digital project files and an approval
flow for purchase invoices linked to Navision) at a construction group (signed by both parties), a
Netherlands offer for access control with badge readers and time registration terminals plus a
cloud time-registration subscription at a plastics manufacturer (NLdigital terms, an empty
"voor akkoord" line, acceptance also possible by e-mail), a Netherlands service agreement for a
SaaS learning platform (LMS) at a care organisation after a tender, with its SLA summarised in the
text (signed by both parties), and an informal Flemish e-mail thread confirming an order for
fleet tracking boxes, trailer trackers and a tracking platform at a transport company (accepted
by an e-mail reply).

Written on 2026-12-05 by a helper session as training documents for the checklist model, without
reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Ambiguous items, risks and figures are left out.

Conventions (as in the earlier batches): months = 30 days for notice and warranty (12 months =
360 days); response time of the highest priority in hours (working hours counted as hours; 15
minutes = 0.25); a quote accepted by e-mail or an empty client signature line raises
risk.unsigned (an empty "voor akkoord" line is a partial signature); a supplier's general terms
that apply raise risk.supplier_terms_prevail; a target stated with "streven naar" is partial and
its figure is not extracted.
"""

from .unseen_documents import UnseenDocument

NL_T5A_DOCUMENT_MANAGEMENT = UnseenDocument(
    name="nl_t5a_document_management",
    text="""OVEREENKOMST VOOR DE IMPLEMENTATIE, HOSTING EN HET ONDERHOUD VAN EEN DOCUMENTBEHEERSYSTEEM
Contractnummer ARC-2026-044

TUSSEN
Archivio nv, Mechelsesteenweg 271, 2550 Kontich, ondernemingsnummer 0712.584.336, vertegenwoordigd
door mevrouw Hilde Peeters, gedelegeerd bestuurder, hierna "Archivio",
EN
Bouwgroep Lambrechts nv, Kleinhoefstraat 9, 2440 Geel, ondernemingsnummer 0448.219.670,
vertegenwoordigd door de heer Jan Lambrechts, voorzitter van de raad van bestuur, en mevrouw
Katrien Wuyts, financieel directeur, hierna "de Klant",
WORDT OVEREENGEKOMEN WAT VOLGT.

Artikel 1 - Voorwerp
1.1 Archivio implementeert, host en onderhoudt voor de Klant het documentbeheersysteem ArchiDoc
(versie 9), ter vervanging van de gedeelde netwerkschijf (mappen Projecten en Administratie) en
van het papieren goedkeuringscircuit van de inkomende aankoopfacturen.
1.2 De opdracht omvat: (a) digitale werfdossiers met metadata (werfnummer, bouwheer, fase,
documenttype); (b) een goedkeuringsflow voor aankoopfacturen, gekoppeld aan het ERP-pakket Navision
van de Klant; (c) een scanstraat op de twee multifunctionals op de hoofdzetel; (d) mobiele toegang
voor de werfleiders via de ArchiDoc-app.
1.3 Niet inbegrepen zijn: aanpassingen in Navision zelf (uit te voeren door de Navision-partner van
de Klant), de multifunctionals, het inscannen van het papieren archief van vóór 2020 en koppelingen
met andere pakketten dan Navision.

Artikel 2 - Contractdocumenten
2.1 De overeenkomst bestaat uit deze tekst en de bijlagen: A - offerte ARC-OF-26-0187 van 3 oktober
2026 met functionele beschrijving; B - servicebeschrijving; C - verwerkersovereenkomst.
2.2 Bij tegenstrijdigheid gaat deze tekst voor op bijlage C, C op B en B op A. Algemene voorwaarden
van partijen, ook wanneer ze op facturen of bestelbonnen staan, zijn niet van toepassing.

Artikel 3 - Prijzen en facturatie
3.1 Implementatie, vaste prijs (exclusief btw):
    analyse en configuratie werfdossiers                          € 14.400,00
    factuurflow en koppeling Navision                              € 11.850,00
    migratie netwerkschijf                                         €  7.200,00
    inrichting scanstraat                                          €  2.950,00
    opleidingen                                                    €  3.600,00
    projectleiding                                                 €  4.800,00
    TOTAAL IMPLEMENTATIE                                           € 44.800,00
3.2 Licentie, hosting en onderhoud: 140 benoemde gebruikers x € 18,50 = € 2.590,00 per maand,
inclusief 2 TB opslag en de diensten van artikel 8. Bijkomende opslag: € 45,00 per TB per maand.
3.3 De maandvergoeding wordt jaarlijks op 1 januari, voor het eerst op 1 januari 2028, aangepast
volgens de formule P1 = P0 x (0,2 + 0,8 x S1/S0), waarbij S de Agoria-referentieloonkost is.
3.4 Wijzigingen en meerwerk: elke partij kan een wijzigingsverzoek indienen. Archivio bezorgt binnen
vijf werkdagen een impactanalyse met prijs en gevolgen voor de planning. Het meerwerk wordt pas
uitgevoerd na schriftelijk akkoord van de projectleider van de Klant en wordt gefactureerd tegen
de dagtarieven 2027: consultant € 920,00, ontwikkelaar € 880,00.
3.5 De implementatieprijs wordt gefactureerd voor 30 % bij ondertekening, 40 % bij de ingebruikname
en 30 % na de definitieve aanvaarding. De maandvergoeding wordt vanaf de ingebruikname per kwartaal
vooraf gefactureerd. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 4 - Planning en verplichtingen van de Klant
4.1 Kick-off op 11 januari 2027; analyse tot 5 februari; configuratie en koppeling tot 26 maart;
proefmigratie in week 13; aanvaardingstest van 6 tot 16 april; definitieve migratie in het weekend
van 24 en 25 april; ingebruikname op maandag 26 april 2027; nazorg tot 21 mei 2027.
4.2 De Klant stelt een projectleider aan (mevrouw Sofie Claes, IT-coördinator) die twee dagen per
week beschikbaar is, bezorgt uiterlijk op 15 januari 2027 de lijst van documenttypes, de
mappenstructuur en de toegangsregels, zorgt dat zijn Navision-partner uiterlijk op 12 februari
2027 een testomgeving en de exportspecificaties levert, ruimt vóór de proefmigratie dubbele en
verouderde bestanden op en stelt acht key users beschikbaar voor de aanvaardingstest.
4.3 Wordt de ingebruikname door de schuld van Archivio niet gehaald, dan betaalt Archivio € 250,00
per werkdag vertraging, met een maximum van 5 % van de implementatieprijs. Vertraging door het niet
nakomen van artikel 4.2 verschuift de planning evenredig; de bijkomende prestaties die daaruit
volgen, worden na voorafgaande melding gefactureerd tegen de dagtarieven van artikel 3.4.

Artikel 5 - Team en kwaliteit
5.1 Projectleider bij Archivio is de heer Bram Vermeiren (PMP-gecertificeerd, acht jaar ervaring
met documentbeheerprojecten); lead consultant is mevrouw Eline Jacobs (ArchiDoc Certified Expert).
5.2 Archivio vervangt deze personen enkel met voorafgaand schriftelijk akkoord van de Klant, door
een persoon met gelijkwaardige ervaring; de overdracht gebeurt op kosten van Archivio.
5.3 Archivio configureert in een aparte testomgeving en test elke oplevering zelf vooraleer ze ter
aanvaarding voor te leggen; de testverslagen worden aan de Klant bezorgd.

Artikel 6 - Opvolging en overleg
6.1 Tijdens het project bezorgt Archivio om de twee weken een statusrapport met de voortgang per
fase, de risico's, de openstaande punten en de bestede uren op wijzigingsverzoeken.
6.2 Maandelijks komt een stuurgroep samen met de projectleider en de accountmanager van Archivio
(de heer Peter Goris) en de financieel directeur en de projectleider van de Klant. Geschillen
die de projectleiders niet oplossen, gaan naar de stuurgroep en vervolgens naar de gedelegeerd
bestuurder van Archivio en de voorzitter van de raad van bestuur van de Klant.

Artikel 7 - Migratie, aanvaarding, waarborg en opleiding
7.1 Archivio migreert de netwerkschijf (ca. 1,3 miljoen bestanden, 1,9 TB) naar ArchiDoc, met
metadata volgens een conversietabel uit de analyse. Na de proef- en de definitieve migratie bezorgt
Archivio een telrapport en een lijst van de bestanden die niet konden worden overgezet.
7.2 De key users voeren de aanvaardingstest uit volgens de testscenario's uit de analyse; blokkerende
en ernstige bevindingen verhelpt Archivio binnen vijf werkdagen, waarna ze opnieuw worden getest.
De ingebruikname geldt als voorlopige aanvaarding; de definitieve aanvaarding volgt schriftelijk
twintig werkdagen later als er geen blokkerende bevindingen meer openstaan.
7.3 Gedurende drie maanden na de definitieve aanvaarding verhelpt Archivio kosteloos alle fouten in
de configuratie, de factuurflow en de koppeling met Navision.
7.4 Archivio leidt de acht key users op (twee dagen) en geeft zes sessies van twee uur voor de
werfleiders en het administratief personeel. In de eerste week na de ingebruikname zijn twee
consultants van Archivio ter plaatse in Geel om gebruikers te helpen.
7.5 Bij de definitieve aanvaarding levert Archivio de beheerdersdocumentatie (metadatamodel,
rechten, flows, koppeling) en draagt ze in een werkdag het beheer over aan de functionele beheerders.

Artikel 8 - Hosting, support en onderhoud
8.1 De maandvergoeding omvat de hosting in twee Belgische datacenters, een dagelijkse back-up
(dertig dagen bewaard), monitoring 24/7, de helpdesk voor de functionele beheerders, het correctief
onderhoud en de nieuwe versies van ArchiDoc.
8.2 De helpdesk is bereikbaar op werkdagen van 8.00 tot 18.00 uur op 03 870 44 90 en via het
klantenportaal. Storingen met prioriteit 1 kunnen 24/7 gemeld worden op het wachtdienstnummer.
8.3 Archivio reageert op meldingen binnen de volgende termijnen:
    P1 - ArchiDoc onbeschikbaar voor alle gebruikers of factuurflow geblokkeerd: 1 uur, 24/7
    P2 - een functie onbeschikbaar voor een groep gebruikers: 4 werkuren
    P3 - overige meldingen en vragen: 2 werkdagen
Archivio zet zich in om incidenten zo snel mogelijk op te lossen; voor de oplostijd worden geen
termijnen gegarandeerd. Bij P1 meldt Archivio minstens om de twee uur de stand van zaken.
8.4 Archivio garandeert een beschikbaarheid van 99,5 % per kalendermaand, gemeten door haar externe
monitoring, buiten gepland onderhoud (maximaal vier uur per maand, vijf werkdagen vooraf
aangekondigd en buiten 7.00 - 19.00 uur). Bij een lagere beschikbaarheid crediteert Archivio 5 %
van de maandvergoeding, onder 99,0 % 15 % en onder 98,0 % 30 %, op de volgende factuur.
8.5 Archivio houdt een actueel configuratiedossier van de omgeving van de Klant bij dat de helpdesk
bij elke melding raadpleegt. De heer Peter Goris is de vaste accountmanager van de Klant.
8.6 Nieuwe versies van ArchiDoc verschijnen drie keer per jaar en worden twee weken vóór de
productie in de testomgeving geïnstalleerd. Beveiligingspatches worden binnen 72 uur na hun
beschikbaarheid toegepast. Updates zijn inbegrepen in de maandvergoeding.

Artikel 9 - Duur en einde
9.1 De dienstverlening van artikel 8 loopt 36 maanden vanaf de ingebruikname en wordt daarna
stilzwijgend verlengd met periodes van twaalf maanden, tenzij een partij ze uiterlijk twee maanden
vóór het einde van de lopende periode bij aangetekende brief opzegt.
9.2 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een wezenlijke verplichting
niet nakomt en dat niet rechtzet binnen dertig dagen na een aangetekende ingebrekestelling.
9.3 Bij het einde van de overeenkomst, om welke reden ook, levert Archivio binnen dertig dagen een
volledige export van alle documenten in hun oorspronkelijk formaat, met de metadata en de
audittrail in XML. Op verzoek werkt Archivio maximaal drie maanden mee aan de overgang naar een
andere leverancier tegen de dagtarieven van artikel 3.4 en host ze ArchiDoc in die periode verder
tegen de lopende maandvergoeding. Archivio mag de gegevens niet achterhouden, ook niet bij
betwisting van facturen. Na bevestiging van goede ontvangst wist Archivio de gegevens.

Artikel 10 - Intellectuele eigendom
ArchiDoc blijft eigendom van Archivio; de Klant krijgt er een niet-exclusief gebruiksrecht op voor
de duur van de overeenkomst en een kosteloos, eeuwigdurend gebruiksrecht op de configuratie en de
koppelingsscripts die voor hem werden gemaakt. De documenten blijven eigendom van de Klant.

Artikel 11 - Aansprakelijkheid
De aansprakelijkheid van Archivio is per jaar beperkt tot de vergoedingen die de Klant in de zes
maanden voor het schadegeval heeft betaald. Archivio is niet aansprakelijk voor onrechtstreekse
schade, winstderving, verlies of beschadiging van gegevens en vorderingen van derden.

Artikel 12 - Vertrouwelijkheid en persoonsgegevens
12.1 Partijen houden alle informatie die ze van elkaar ontvangen vertrouwelijk, tijdens de
overeenkomst en vijf jaar na het einde ervan.
12.2 Archivio verwerkt de persoonsgegevens in de documenten als verwerker volgens de
verwerkersovereenkomst van bijlage C, uitsluitend in België, en meldt elk gegevenslek binnen 24 uur.

Artikel 13 - Toepasselijk recht en geschillen
Deze overeenkomst wordt beheerst door het Belgisch recht. Geschillen worden eerst voorgelegd
volgens de escalatie van artikel 6.2. Is er binnen dertig dagen geen oplossing, dan is uitsluitend de
ondernemingsrechtbank Antwerpen, afdeling Turnhout, bevoegd.

Opgemaakt te Geel op 4 december 2026, in twee exemplaren, waarvan elke partij er een ontving.

Voor Archivio nv                        Voor Bouwgroep Lambrechts nv
(handtekening)                          (handtekening)                  (handtekening)
Hilde Peeters                           Jan Lambrechts                  Katrien Wuyts
gedelegeerd bestuurder                  voorzitter raad van bestuur     financieel directeur
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
        "maintenance.resolution_time": "partial",
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
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

NL_T5A_ACCESS_CONTROL_TIME_REGISTRATION = UnseenDocument(
    name="nl_t5a_access_control_time_registration",
    text="""TOEGANGSPUNT B.V. - toegangscontrole en tijdregistratie
Kanaaldijk Noord 61, 5642 JA Eindhoven | 040 - 296 18 40 | info@toegangspunt.nl
KvK 68214933 | btw NL857219034B01 | IBAN NL42 RABO 0312 8876 54

Van der Heijden Kunststoffen B.V.
T.a.v. mevrouw M. Jansen, HR-manager
Engelseweg 212
5705 AG Helmond

Eindhoven, 1 december 2026
Offertenummer: TP-2026-1147
Betreft: toegangscontrole en tijdregistratie

Beste Marloes,

Hartelijk dank voor de rondleiding door jullie productiehallen vorige week. Zoals besproken zijn de
huidige prikklokken aan het einde van hun levensduur, wordt de tijdregistratie van de 185
medewerkers in drie ploegen nog met de hand gecorrigeerd in Excel, en gaan de buitendeuren nog
met sleutels open. Hieronder ons voorstel.

1. Onze oplossing
- Badgelezers op zes deuren: hoofdingang, personeelsingang, magazijn, twee deuren van de
  productiehal en de serverruimte, met toegangsrechten per ploeg en per afdeling.
- Drie tijdregistratieterminals TW-30 met touchscreen (kantine, productiehal, expeditie).
- TijdWijs, ons online pakket voor roosters, ploegendiensten, verlof en overuren, met een
  maandelijkse export naar jullie salarispakket Nmbrs.
- 200 badges (Mifare DESFire), bedrukt met jullie logo.

2. Investering (eenmalig, exclusief btw)
   6 deurcontrollers met badgelezer             6 x € 685,00         €  4.110,00
   3 terminals TW-30                            3 x € 1.395,00       €  4.185,00
   200 badges                                   200 x € 4,25         €    850,00
   Installatie en inregeling (2 monteurs, 2 dagen)                   €  2.480,00
   Inrichting TijdWijs: roosters, looncodes, export naar Nmbrs       €  1.650,00
   Import medewerkers en badgenummers                                €    375,00
   Training (2 sessies van 2 uur)                                    €    540,00
   Totaal eenmalig                                                   € 14.190,00

3. Abonnement TijdWijs
€ 2,95 per actieve medewerker per maand, met een minimum van 150 medewerkers. Bij 185 medewerkers
is dat € 545,75 per maand. Inbegrepen: hosting, support, updates, de exportkoppeling met Nmbrs en
de app voor leidinggevenden.

4. Niet inbegrepen
- Elektrische sloten, deurdrangers en de bekabeling tussen deurcontroller en slot; die laten jullie
  door jullie eigen installateur aanleggen.
- De licentie van Nmbrs.
- Werkzaamheden buiten kantoortijden (toeslag 50 %).

5. Planning en wat wij van jullie nodig hebben
De levertijd van de hardware is ongeveer vier tot vijf weken na opdracht. De installatie duurt
twee aaneengesloten dagen op een datum die we samen prikken; de maandag daarop kunnen jullie
live. Genoemde levertijden zijn indicatief; overschrijding ervan geeft geen recht op
schadevergoeding of ontbinding.
Uiterlijk twee weken voor de installatie ontvangen we van jullie een Excel-lijst met alle
medewerkers (personeelsnummer, naam, afdeling, ploeg), de ploegenroosters en de gegevens van
jullie installateur. Sloten en bekabeling zijn dan klaar, en op elke lezer- en terminalpositie is
een 230V-aansluiting en een netwerkaansluiting met internettoegang beschikbaar. Voor de invoering
van tijdregistratie hebben jullie instemming van de ondernemingsraad nodig (art. 27 WOR); die
regelen jullie vóór de installatie.

6. Oplevering en training
Na de installatie testen we samen met jullie elke deur en elke terminal. De oplevering leggen we
vast op een opleverbon die jullie aftekenen. We geven twee trainingen van twee uur voor HR en de
planners; voor de leidinggevenden zijn er korte instructievideo's. Jullie beheerder krijgt een
digitale beheerdershandleiding.

7. Support, service en garantie
Onze servicedesk is bereikbaar van maandag tot en met vrijdag van 8.30 tot 17.00 uur op
040 - 296 18 49 en via support@toegangspunt.nl. Bij een storing waardoor een deur niet meer
opent of sluit of medewerkers niet kunnen registreren, reageren wij binnen 4 uur binnen
kantoortijden; op andere meldingen binnen een werkdag. Wij streven naar een beschikbaarheid van
TijdWijs van 99,5 % per maand. Updates van TijdWijs worden automatisch uitgerold; de firmware van
terminals en lezers houden wij op afstand bij.
Op alle hardware geven wij 12 maanden garantie vanaf de oplevering op onderdelen en arbeid; per
bezoek rekenen wij wel € 75,00 voorrijkosten.
Jullie vaste aanspreekpunt, ook na de installatie, is Ruud Verhoeven (06 - 41 27 83 55).

8. Looptijd
Het abonnement heeft een looptijd van 36 maanden vanaf de oplevering en wordt daarna stilzwijgend
verlengd met telkens 12 maanden, tenzij het uiterlijk 3 maanden voor het einde van de looptijd
schriftelijk wordt opgezegd. Tussentijds opzeggen is niet mogelijk. Na afloop van het abonnement
ontvangen jullie op verzoek een export van jullie gegevens; de tijd die we daaraan besteden,
brengen we in rekening.

9. Tarieven en betaling
De eenmalige kosten factureren wij voor 50 % bij opdracht en voor 50 % na de oplevering. Het
abonnement wordt per jaar vooraf gefactureerd. Onze facturen zijn betaalbaar binnen 14 dagen.
Werkzaamheden buiten deze offerte worden op basis van nacalculatie gefactureerd tegen ons
uurtarief van € 92,50 per monteur. Het abonnementstarief wordt jaarlijks per 1 januari
geïndexeerd volgens de CBS-index van de cao-lonen.

10. Privacy
TijdWijs verwerkt persoonsgegevens van jullie medewerkers; wij treden daarbij op als verwerker
volgens de verwerkersovereenkomst in bijlage 2, die deel uitmaakt van deze offerte. Alle gegevens
staan in een datacenter in Amsterdam. Wij werken uitsluitend met badges, niet met vingerafdrukken
of andere biometrie.

11. Voorwaarden
Deze offerte is 30 dagen geldig. Op deze offerte en op de overeenkomst zijn de NLdigital
Voorwaarden van toepassing, die wij als bijlage 1 meesturen; bij strijdigheid gaat deze offerte
voor. Onze dienstverlening betreft een inspanningsverplichting. Onze aansprakelijkheid is beperkt
zoals bepaald in artikel 16 van de NLdigital Voorwaarden. Op deze overeenkomst is Nederlands recht
van toepassing; geschillen worden voorgelegd aan de rechtbank Oost-Brabant.

Akkoord? Stuur de getekende offerte terug of bevestig per e-mail, dan bestellen wij de hardware.

Met vriendelijke groet,

Ruud Verhoeven
Accountmanager Toegangspunt B.V.

Voor akkoord, Van der Heijden Kunststoffen B.V.

Naam: ..................................   Datum: ..................

Handtekening: ..........................
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
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
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "partial",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 4,
    },
)

NL_T5A_ELEARNING_PLATFORM = UnseenDocument(
    name="nl_t5a_elearning_platform",
    text="""DIENSTVERLENINGSOVEREENKOMST LEERPLATFORM
Kenmerk De Linde: INK-2026-031 | kenmerk LeerLoket: LL-OVK-2026-112

PARTIJEN
1. Stichting Zorggroep De Linde, gevestigd aan de Laan van Westenenk 300, 7336 AZ Apeldoorn,
   KvK-nummer 41037752, rechtsgeldig vertegenwoordigd door drs. H.P. Bosman, lid Raad van
   Bestuur, hierna: "De Linde";
2. LeerLoket B.V., gevestigd aan het Stationsplein 8, 3818 LE Amersfoort, KvK-nummer 59381204,
   rechtsgeldig vertegenwoordigd door mevrouw J. van Leeuwen, directeur, hierna: "LeerLoket";

OVERWEGENDE DAT
- De Linde met circa 2.350 medewerkers op elf locaties ouderenzorg en thuiszorg verleent en haar
  huidige, zelf beheerde leeromgeving wil vervangen door een online leerplatform;
- LeerLoket na een meervoudig onderhandse aanbesteding is gekozen op basis van haar offerte
  LL-OF-2026-087 van 21 oktober 2026;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Onderwerp en rangorde
1.1 LeerLoket levert De Linde de dienst LeerLoket Zorg: een online leerplatform met een catalogus
van 180 geaccrediteerde e-learnings, de registratie van bekwaamheden voor voorbehouden en
risicovolle handelingen, inloggen via Microsoft Entra ID (single sign-on), een koppeling met AFAS
Profit voor medewerkers, functies en afdelingen, en rapportages per team en locatie.
1.2 Niet inbegrepen zijn de ontwikkeling van e-learnings op maat en klassikale trainingen.
1.3 Deze overeenkomst bestaat uit deze tekst en de bijlagen: 1 - de offerte van LeerLoket;
2 - Service Level Agreement; 3 - verwerkersovereenkomst; 4 - Algemene Inkoopvoorwaarden De Linde
2024. Bij strijdigheid geldt de volgorde: deze tekst, bijlage 3, bijlage 2, bijlage 4, bijlage 1.
Leverings- of andere voorwaarden van LeerLoket zijn niet van toepassing.

Artikel 2 - Implementatie
2.1 Planning: inrichting van het platform in januari en februari 2027; koppeling met AFAS en single
sign-on in februari 2027; migratie van de leerhistorie in maart 2027; acceptatietest van 15 tot en
met 26 maart 2027; livegang op twee pilotlocaties op 1 april 2027 en op alle locaties op 1 mei 2027.
2.2 De Linde wijst een functioneel beheerder aan (mevrouw M. Dijkstra, team Opleidingen), levert
uiterlijk 15 januari 2027 de toegang tot een testomgeving van AFAS en de gegevens voor de
koppeling, levert uiterlijk 1 februari 2027 een export van de huidige leeromgeving en stelt een
testteam van zes medewerkers beschikbaar.
2.3 LeerLoket zet de behaalde certificaten en accreditatiepunten van 2022 tot en met 2026 (circa
64.000 regels) over naar het platform en levert een telverslag; De Linde controleert een
steekproef van ten minste honderd medewerkers.
2.4 Het testteam test gedurende tien werkdagen aan de hand van de testscenario's uit bijlage 1.
Blokkerende bevindingen lost LeerLoket op vóór de livegang. De Linde geeft haar akkoord schriftelijk.
2.5 Blijkt de planning door omstandigheden aan de zijde van een van partijen niet haalbaar, dan
treden partijen in overleg over een aangepaste planning.
2.6 LeerLoket verzorgt een train-de-trainer van twee dagdelen voor twaalf opleidingsadviseurs van
De Linde, levert een beheerhandleiding en een lanceringspakket (instructievideo, posters, veel
gestelde vragen). Tijdens de eerste vier weken na elke livegang kunnen ook medewerkers zelf de
helpdesk van LeerLoket bellen of chatten.

Artikel 3 - Contactpersonen
3.1 Implementatieconsultant van LeerLoket is de heer T. Hendriks. Na de livegang is mevrouw
F. El Idrissi de vaste customer success manager voor De Linde.
3.2 Contactpersonen van De Linde zijn de contractmanager, de heer P. Smit (Inkoop), en de
functioneel beheerder.

Artikel 4 - Vergoedingen
4.1 Voor de implementatie betaalt De Linde een vaste prijs van € 18.750,00, te factureren voor 50 %
bij de start en voor 50 % na de schriftelijke acceptatie.
4.2 De abonnementsvergoeding bedraagt € 1,65 per medewerker per maand, berekend op het aantal
medewerkers in AFAS op 1 januari van elk jaar; bij 2.350 medewerkers is dat € 46.530,00 per jaar.
Het abonnement wordt jaarlijks vooraf gefactureerd.
4.3 E-learnings op maat en andere aanvullende werkzaamheden worden alleen uitgevoerd op basis van
een schriftelijke offerte die vooraf door de contractmanager van De Linde is goedgekeurd, tegen een
vaste prijs per module of het dagtarief van € 960,00 voor een e-learningontwikkelaar.
4.4 De vergoedingen kunnen per 1 januari worden geïndexeerd volgens de CBS-consumentenprijsindex
(CPI, alle huishoudens), met een maximum van 3 % per jaar.
4.5 De Linde betaalt binnen 30 dagen na ontvangst van een correcte factuur. Alle bedragen zijn
exclusief btw.

Artikel 5 - Dienstverlening en serviceniveaus
5.1 LeerLoket zorgt voor de hosting, het technisch en functioneel beheer, de ondersteuning van de
functioneel beheerders en opleidingsadviseurs, het herstel van storingen en het actueel houden van
de catalogus (jaarlijkse inhoudelijke toets aan de geldende protocollen).
5.2 De servicedesk is op werkdagen bereikbaar van 8.00 tot 17.00 uur via 033 760 21 40 en het
klantportaal; storingen met prioriteit 1 kunnen 24 uur per dag worden gemeld op het storingsnummer.
5.3 Termijnen:
    Prioriteit   omschrijving                                      reactie      oplossing/workaround
    1            platform niet beschikbaar of niemand kan inloggen  30 minuten   4 uur
    2            belangrijke functie werkt niet, geen workaround    2 uur        1 werkdag
    3            overige verstoringen en vragen                     1 werkdag    volgende release
5.4 LeerLoket garandeert een beschikbaarheid van 99,8 % per kalendermaand, exclusief aangekondigd
onderhoud op zondag tussen 0.00 en 6.00 uur met een maximum van acht uur per maand.
5.5 Bij een lagere beschikbaarheid crediteert LeerLoket een twaalfde deel van de jaarvergoeding
vermenigvuldigd met: 5 % bij een beschikbaarheid tussen 99,0 % en 99,8 %, 10 % tussen 98,0 % en
99,0 % en 20 % onder 98,0 %, met een maximum van 25 % per maand. Wordt de beschikbaarheid drie
maanden na elkaar niet gehaald, dan mag De Linde de overeenkomst met onmiddellijke ingang opzeggen.
5.6 Nieuwe releases verschijnen elk kwartaal, met release notes twee weken vooraf.
Beveiligingsupdates worden zo snel mogelijk geïnstalleerd, kritieke binnen 48 uur.
5.7 LeerLoket is gecertificeerd volgens ISO 27001 en NEN 7510, het platform voldoet aan WCAG 2.1
niveau AA en wordt jaarlijks door een onafhankelijke partij getest op beveiliging; De Linde
ontvangt de samenvatting van die test.
5.8 LeerLoket levert elk kwartaal een servicerapportage (beschikbaarheid, meldingen, gehaalde
termijnen, gebruik per locatie), die in een kwartaaloverleg tussen de customer success manager en
de functioneel beheerder wordt besproken. Knelpunten worden geëscaleerd naar de directeur van
LeerLoket en de manager HR van De Linde.

Artikel 6 - Duur en beëindiging
6.1 Het abonnement gaat in op 1 april 2027 voor een periode van 36 maanden en wordt daarna
stilzwijgend verlengd met telkens 12 maanden, tenzij een partij uiterlijk drie maanden voor het
einde van de lopende periode schriftelijk opzegt.
6.2 Elke partij kan de overeenkomst ontbinden als de andere partij, na een schriftelijke
ingebrekestelling met een termijn van dertig dagen, tekort blijft schieten, of bij faillissement of
surseance van betaling van de andere partij.
6.3 Na het einde levert LeerLoket binnen dertig dagen alle leerhistorie, certificaten en
accreditatiepunten in CSV en de certificaten in PDF, en de e-learnings op maat als SCORM 1.2-
pakketten. Op verzoek ondersteunt LeerLoket gedurende maximaal drie maanden de overgang naar een
andere leverancier tegen het dagtarief van artikel 4.3. Uiterlijk zestig dagen na het einde
vernietigt LeerLoket alle gegevens en bevestigt zij dat schriftelijk.

Artikel 7 - Intellectuele eigendom
Het platform en de catalogus blijven eigendom van LeerLoket; De Linde krijgt een gebruiksrecht voor
de duur van de overeenkomst. De intellectuele eigendomsrechten op e-learnings die voor De Linde op
maat worden ontwikkeld en door haar worden betaald, gaan over op De Linde.

Artikel 8 - Aansprakelijkheid
De aansprakelijkheid van LeerLoket is beperkt tot € 500.000,00 per gebeurtenis en € 1.000.000,00
per jaar. Deze beperking geldt niet bij opzet of bewuste roekeloosheid. LeerLoket houdt een
beroepsaansprakelijkheidsverzekering voor ten minste die bedragen in stand.

Artikel 9 - Geheimhouding en persoonsgegevens
9.1 Partijen houden vertrouwelijke informatie van de ander geheim, ook na het einde van deze
overeenkomst.
9.2 LeerLoket verwerkt persoonsgegevens als verwerker volgens de verwerkersovereenkomst van
bijlage 3, uitsluitend binnen de Europese Economische Ruimte, en meldt een datalek binnen 24 uur.

Artikel 10 - Geschillen en toepasselijk recht
Partijen proberen een geschil eerst op te lossen in overleg tussen de directeur van LeerLoket en
het lid Raad van Bestuur van De Linde. Lukt dat niet binnen dertig dagen, dan wordt het geschil
voorgelegd aan de bevoegde rechter van de rechtbank Gelderland. Op deze overeenkomst is Nederlands
recht van toepassing.

Aldus overeengekomen en in tweevoud ondertekend,

Stichting Zorggroep De Linde                  LeerLoket B.V.
Apeldoorn, 3 december 2026                    Amersfoort, 4 december 2026
(handtekening)                                (handtekening)
drs. H.P. Bosman, lid Raad van Bestuur        J. van Leeuwen, directeur
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
        "timing.delay": "partial",
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
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.8,
    },
)

NL_T5A_FLEET_TRACKING = UnseenDocument(
    name="nl_t5a_fleet_tracking",
    text="""Onderwerp: RE: Offerte TW-2026-188 fleet tracking - bevestiging bestelling
Van: Bart Decock <bart@transportdecock.be>
Aan: Stijn Vandenbussche <stijn.vandenbussche@trackwise.be>
Datum: donderdag 3 december 2026 17:42

Dag Stijn,

Oké voor ons, je mag de bestelling doorzetten zoals hieronder beschreven. Enkel voor de
installatie: op zaterdag 2 januari is de stelplaats dicht, dus we starten op 9 januari.

Groeten,
Bart

Bart Decock - zaakvoerder
Transport Decock bv | Kachtemsestraat 180, 8870 Izegem | 051 31 66 70

-----Oorspronkelijk bericht-----
Van: Stijn Vandenbussche <stijn.vandenbussche@trackwise.be>
Verzonden: woensdag 2 december 2026 11:15
Aan: Bart Decock <bart@transportdecock.be>
Onderwerp: Offerte TW-2026-188 fleet tracking - bevestiging bestelling

Dag Bart,

Bedankt voor je telefoontje van daarnet. Zoals gevraagd zet ik alles nog eens op een rijtje, zodat
we kunnen bestellen. De prijzen uit onze offerte TW-2026-188 van 12 november blijven gelden, met
de korting van 10 % op het abonnement die we besproken hebben (hieronder al verrekend).

Wat jullie krijgen
- 42 trackingboxen TW-Fleet 5 in de trekkers, met uitlezing van verbruik en kilometerstand via de
  CAN-bus en remote download van de digitale tachograaf en de chauffeurskaarten.
- 18 trailertrackers op batterij voor de koelopleggers, met temperatuurmeting.
- Het platform TW-Planner: live kaart, rittenhistoriek, rij- en rusttijden, temperatuurgrafieken
  en een CSV-export voor jullie facturatiepakket.
- De chauffeursapp voor opdrachten en vrachtbrieven (CMR met foto).

Prijzen (excl. btw)
Eenmalig:
   42 x installatie box in trekker           à € 95,00      € 3.990,00
   18 x trailertracker (geplaatst)           à € 145,00     € 2.610,00
   configuratie platform + import voertuigen en chauffeurs  €   450,00
   opleiding planners (online, 1,5 uur)                     gratis
   totaal eenmalig                                          € 7.050,00
Per maand:
   42 x abonnement trekker                   à € 21,50      €   903,00
   18 x abonnement trailer                   à € 9,75       €   175,50
   totaal per maand                                         € 1.078,50

In het abonnement zitten de simkaarten en data (ook in het buitenland), de updates van het
platform, de app en de firmware van de boxen (die gaan over the air), support, en de kosteloze
vervanging van een defecte box. De boxen blijven eigendom van Trackwise.
Niet inbegrepen: de drie trekkers met een analoge tachograaf (1-KDT-448, 1-LBR-902 en 1-MCV-317),
daar kan de tachograaf niet op afstand worden uitgelezen, en een koppeling met jullie TMS.
Een herinstallatie na een ombouw of schade aan een trekker doen we aan € 85,00 per box.

Planning
We installeren op zaterdag op jullie stelplaats in Izegem, acht tot tien trekkers per zaterdag,
vanaf zaterdag 2 januari, zodat alles eind januari draait. De trailertrackers plaatsen we op een
dag, in overleg met jullie planning. Na de eerste installatiedag plannen we de online opleiding
voor de planners; de chauffeurs krijgen een korte uitleg bij de installatie en een handleiding van
de app.
Van jullie heb ik nodig: tegen 18 december een lijst met nummerplaten, chassisnummers en merk/type
van de trekkers en opleggers, en de namen en kaartnummers van de chauffeurs. Op de
installatiedagen staan de trekkers vanaf 7 uur op de stelplaats, met de sleutels bij de
dispatching.
Kevin Lambert, onze technieker, doet de installaties. Ik blijf daarna jullie vaste aanspreekpunt.

Contract en facturatie
- Het contract loopt 36 maanden vanaf de laatste installatie. Daarna loopt het maand per maand
  verder en kunnen jullie stoppen met een opzeg van een maand.
- Stoppen jullie vóór het einde van de 36 maanden, dan rekenen we het abonnement van de resterende
  maanden in één keer aan.
- De eenmalige kosten factureren we na de installatie, het abonnement maandelijks; facturen zijn
  betaalbaar binnen 30 dagen na factuurdatum.
- Trackwise mag de abonnementsprijs één keer per jaar aanpassen; we laten dat minstens een maand op
  voorhand weten.

Support
Support via support@trackwise.be of 051 24 80 10, op werkdagen van 8 tot 17.30 uur.

Privacy
De tracking verwerkt persoonsgegevens van jullie chauffeurs. Jullie zijn
verwerkingsverantwoordelijke, wij zijn verwerker; de verwerkersovereenkomst zit als bijlage bij
deze mail, graag ondertekend terug. Vergeet niet jullie chauffeurs vooraf te informeren en het
arbeidsreglement aan te passen.

Onze algemene voorwaarden staan op www.trackwise.be/voorwaarden en zijn van toepassing.

Als alles klopt, volstaat een kort akkoord per mail, dan bestel ik de boxen nog deze week.

Groeten,
Stijn

Stijn Vandenbussche - accountmanager
Trackwise bv | Kwadestraat 151, 8800 Roeselare | 0478 62 19 04
""",
    items={
        "agreement.general_terms": "partial",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 30,
    },
)


DOCUMENTS = [
    NL_T5A_DOCUMENT_MANAGEMENT,
    NL_T5A_ACCESS_CONTROL_TIME_REGISTRATION,
    NL_T5A_ELEARNING_PLATFORM,
    NL_T5A_FLEET_TRACKING,
]
