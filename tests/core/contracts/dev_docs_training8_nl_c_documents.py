"""Training batch 8 (nl, writer c): four Dutch documents of kinds not used before.

1. nl_t8c_library_system_maintenance: a formal Flemish maintenance and support agreement
   (numbered articles, signed by both parties) between an inter-municipal library network and
   the supplier of its loan and catalogue system, with a hosted online catalogue, guaranteed
   availability, service credits, a fixed four-year term and a full data export at the end.
2. nl_t8c_kitchen_display_offer: a short, informal Flemish e-mail offer for kitchen display
   screens coupled to the tills of a chain of seven poke restaurants, accepted by a reply e-mail,
   with the supplier's general terms attached, extra work in time and materials without an
   approval step and a licence price the supplier may change after 2027.
3. nl_t8c_childcare_admin_saas: a Netherlands SaaS subscription agreement (signed by both
   parties) for an administration suite for a childcare foundation with five locations, with
   implementation and migration, best-efforts availability without service credits, the
   NLdigital terms applying, a tacit renewal with three months' notice and a low liability cap.
4. nl_t8c_teams_phone_quote: a Flemish quote for replacing a company's telephone exchange with
   Microsoft Teams Phone (number porting, auto attendant, handsets, training, a support
   contract), with an empty "voor akkoord" line for the client.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; "partial" = mentioned but vague, a bare
cross-reference without content, a placeholder, best-efforts only, or a negation/disclaimer.
Items, risks and figures whose reading was ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

NL_T8C_LIBRARY_SYSTEM_MAINTENANCE = UnseenDocument(
    name="nl_t8c_library_system_maintenance",
    text="""ONDERHOUDS- EN ONDERSTEUNINGSOVEREENKOMST
Bibliotheeksysteem Bibliotix (catalogus, uitlening en online catalogus)
Overheidsopdracht BIB/2026/07 - onderhandelingsprocedure zonder voorafgaande bekendmaking

TUSSEN
Bibliotheeknetwerk Dender-Schelde, interlokale vereniging, met zetel te Markt 1, 9230 Wetteren,
KBO 0866.214.583, vertegenwoordigd door mevrouw Griet Van Hoecke, voorzitter van het beheerscomité,
en de heer Koen Maes, financieel beheerder, in uitvoering van de beslissing van het beheerscomité
van 16 november 2026,
hierna "het Bestuur",

EN
Libratech bv, met maatschappelijke zetel te Kortrijksesteenweg 1090, 9051 Sint-Denijs-Westrem,
KBO 0478.903.126, vertegenwoordigd door de heer Pieter Desmet, zaakvoerder,
hierna "de Leverancier",

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp en contractdocumenten
1.1 De Leverancier verzekert het onderhoud en de ondersteuning van het bibliotheeksysteem Bibliotix
versie 6, zoals geïnstalleerd op de servers van het Bestuur voor de hoofdbibliotheek in Wetteren
en de uitleenposten in Laarne, Wichelen en Berlare. Het onderhoud betreft de modules Catalogus
(MARC21), Uitlening en reservaties, Lenersbeheer, Kassa (boetes en lidgelden), de koppeling met
de drie zelfuitleenbalies (SIP2) en de online catalogus "MijnBib", die door de Leverancier wordt
gehost.
1.2 De offerte van de Leverancier LT-2026-188 van 21 oktober 2026 is als Bijlage 1 bij deze
overeenkomst gevoegd en maakt er deel van uit. Bijlage 2 bevat de verwerkersovereenkomst.
1.3 Bij strijdigheid gaat deze overeenkomst voor op het bestek BIB/2026/07, en het bestek op de
offerte. Aanvullend gelden de algemene uitvoeringsregels van het KB van 14 januari 2013. De
algemene voorwaarden van de Leverancier zijn niet van toepassing.

Artikel 2 - Inbegrepen diensten
2.1 De vergoeding van artikel 3.1 omvat:
a) correctief onderhoud: het opsporen en verhelpen van fouten in Bibliotix;
b) nieuwe versies van Bibliotix, met ten minste twee versies per jaar, inclusief de aanpassingen
   aan gewijzigde regelgeving en aan de koppelingen met UiTPAS en het Vlaamse bibliotheekportaal;
c) de installatie van nieuwe versies en beveiligingspatches door de Leverancier (artikel 6);
d) de servicedesk voor de applicatiebeheerders van het Bestuur (artikel 4);
e) de hosting, monitoring en dagelijkse back-up van de online catalogus MijnBib;
f) een jaarlijkse controle van de databank (integriteit, indexen, prestaties) met een verslag.
2.2 Niet inbegrepen zijn: hardware (servers, zelfuitleenbalies, scanners, bonprinters), de
licenties van het besturingssysteem en van Microsoft SQL Server, nieuwe modules, maatwerk,
opleidingen en interventies ter plaatse op vraag van het Bestuur.

Artikel 3 - Vergoeding en betaling
3.1 De jaarlijkse vergoeding bedraagt EUR 12.520,00 excl. btw, als volgt opgesplitst:
   onderhoud en ondersteuning Bibliotix                  EUR  9.640,00
   hosting en beheer online catalogus MijnBib            EUR  2.880,00
3.2 De vergoeding wordt jaarlijks op 1 januari, voor het eerst op 1 januari 2028, aangepast
volgens de formule P = P0 x (0,2 + 0,8 x S / S0), waarbij S het referentieloon van Agoria is
van de maand oktober voorafgaand aan de aanpassing. Andere prijswijzigingen zijn tijdens de
looptijd uitgesloten.
3.3 Prestaties buiten deze overeenkomst worden aangerekend aan EUR 95,00 per uur op afstand en
EUR 110,00 per uur ter plaatse, verplaatsing inbegrepen. Zij worden enkel uitgevoerd na een
schriftelijke prijsopgave met het geraamde aantal uren en een bestelbon van het Bestuur.
Prestaties zonder bestelbon worden niet vergoed. Een overschrijding van de raming met meer dan
10 % vereist een nieuwe bestelbon.
3.4 De jaarlijkse vergoeding wordt gefactureerd in januari van elk contractjaar, de prestaties
van 3.3 maandelijks achteraf. Facturen worden elektronisch verstuurd via Mercurius en zijn
betaalbaar binnen 30 kalenderdagen na ontvangst.

Artikel 4 - Servicedesk, prioriteiten en termijnen
4.1 De servicedesk is bereikbaar op werkdagen van 8.30 tot 17.00 uur via 09 245 18 70,
support@libratech.be en het klantenportaal. Omdat de bibliotheken op zaterdag open zijn, is de
servicedesk op zaterdag van 9.00 tot 13.00 uur telefonisch bereikbaar voor meldingen van
prioriteit 1.
4.2 Meldingen gebeuren door de drie applicatiebeheerders die het Bestuur aanduidt.
4.3 De Leverancier neemt de volgende termijnen in acht, gerekend binnen de openingsuren van de
servicedesk:
   Prioriteit 1 - uitlening of inname in alle vestigingen onmogelijk, of MijnBib onbereikbaar:
      reactie binnen 1 uur, herstel of workaround binnen 4 werkuren
   Prioriteit 2 - één vestiging, één module of een zelfuitleenbalie onbruikbaar:
      reactie binnen 4 werkuren, herstel binnen 2 werkdagen
   Prioriteit 3 - andere fouten en vragen:
      reactie binnen 2 werkdagen, oplossing uiterlijk in de volgende versie
Reactie betekent dat een technicus van de Leverancier de applicatiebeheerder contacteert en met de
diagnose begint.
4.4 Het Bestuur zorgt ervoor dat de Leverancier steeds via VPN toegang heeft tot de servers van
Bibliotix.

Artikel 5 - Beschikbaarheid van MijnBib en compensatie
5.1 De Leverancier garandeert een beschikbaarheid van de online catalogus MijnBib van 99,5 % per
kalendermaand, gemeten door externe monitoring om de vijf minuten. Gepland onderhoud tussen
22.00 en 6.00 uur dat ten minste vijf werkdagen vooraf is aangekondigd, telt niet mee.
5.2 Voor elke begonnen 0,5 % onder de gegarandeerde beschikbaarheid crediteert de Leverancier 5 %
van een twaalfde van de jaarlijkse vergoeding, met een maximum van 30 % per maand. Wordt de
hersteltermijn voor prioriteit 1 overschreden, dan crediteert de Leverancier EUR 150,00 per
begonnen werkuur overschrijding, met een maximum van EUR 1.500,00 per maand. De creditnota's worden
verrekend met de eerstvolgende factuur.

Artikel 6 - Versies en beveiliging
6.1 De Leverancier bezorgt de release notes van elke nieuwe versie in het Nederlands ten minste
tien werkdagen vóór de installatie en installeert de versie buiten de openingsuren, op een met
het Bestuur afgesproken datum. Bij elke versie levert hij een bijgewerkte gebruikers- en
beheerdershandleiding.
6.2 Kritieke beveiligingspatches voor Bibliotix worden binnen vijf werkdagen na hun vrijgave
geïnstalleerd.
6.3 Het Bestuur installeert maandelijks de updates van Windows Server en houdt het besturingssysteem
en SQL Server binnen de versies die in Bijlage 1 als ondersteund zijn vermeld. Het Bestuur meldt
een geplande wijziging aan de servers ten minste tien werkdagen vooraf aan de Leverancier.

Artikel 7 - Kwaliteit en klantdossier
7.1 De Leverancier test elke versie vóór vrijgave met geautomatiseerde regressietests en op een
referentiekopie van een bibliotheekdatabank. De Leverancier is ISO/IEC 27001-gecertificeerd.
7.2 De Leverancier houdt voor het Bestuur een configuratiedossier bij met de servers, de
koppelingen, de instellingen van de zelfuitleenbalies en de parameters van het uitleenreglement,
en werkt dit bij na elke interventie.

Artikel 8 - Contactpersonen, rapportering en overleg
8.1 Vaste klantverantwoordelijke van de Leverancier is mevrouw Els Vandamme. Aanspreekpunt van het
Bestuur is mevrouw An De Smet, bibliotheekverantwoordelijke.
8.2 Binnen tien werkdagen na elk kwartaal bezorgt de Leverancier een servicerapport met het aantal
meldingen per prioriteit, de gerealiseerde reactie- en hersteltijden, de beschikbaarheid van
MijnBib, de geïnstalleerde versies en de openstaande punten.
8.3 In het eerste kwartaal van elk jaar vindt een evaluatievergadering plaats. Problemen die de
klantverantwoordelijke en de bibliotheekverantwoordelijke niet binnen tien werkdagen oplossen,
worden voorgelegd aan de directeur operaties van de Leverancier en de voorzitter van het
beheerscomité.

Artikel 9 - Duur, beëindiging en overdracht
9.1 De overeenkomst loopt van 1 januari 2027 tot en met 31 december 2030. Zij eindigt van
rechtswege op die datum, zonder stilzwijgende verlenging.
9.2 Het Bestuur kan de overeenkomst bij aangetekende brief beëindigen tegen het einde van elk
contractjaar, met een opzegtermijn van drie maanden, zonder vergoeding.
9.3 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een ernstige tekortkoming
niet verhelpt binnen dertig dagen na een aangetekende ingebrekestelling.
9.4 Bij het einde van de overeenkomst blijft de Leverancier op verzoek van het Bestuur de diensten
verlenen tegen de geldende voorwaarden, pro rata de vergoeding, tot de overstap naar een nieuw
systeem is voltooid, en ten hoogste zes maanden. Hij licht de gegevensstructuur toe aan de nieuwe
leverancier; de eerste zestien uur daarvan zijn kosteloos, daarna geldt het tarief van 3.3.
9.5 Binnen twintig werkdagen na een verzoek van het Bestuur, en in elk geval bij het einde van
de overeenkomst, bezorgt de Leverancier kosteloos een volledige export van de catalogus in MARC21
(ISO 2709) en van de leners, de uitleenhistoriek, de reservaties en de openstaande boetes in
CSV-formaat, met een beschrijving van de velden. Na bevestiging van de goede ontvangst wist de
Leverancier de gegevens van MijnBib binnen dertig dagen.

Artikel 10 - Aansprakelijkheid
De aansprakelijkheid van de Leverancier is per contractjaar beperkt tot het bedrag van de
jaarlijkse vergoeding van artikel 3.1. De Leverancier is niet aansprakelijk voor onrechtstreekse
schade. Deze beperkingen gelden niet bij opzet, zware fout of een inbreuk op artikel 12.
Verlies van gegevens door een fout van de Leverancier bij een interventie valt onder zijn
aansprakelijkheid, minstens voor de kosten van het herstel vanuit de laatste back-up.

Artikel 11 - Intellectuele eigendom
De gebruikslicentie die het Bestuur in 2014 verwierf, blijft ongewijzigd gelden en strekt zich uit
tot de nieuwe versies die onder deze overeenkomst worden geleverd. De catalogusgegevens en alle
andere gegevens van het Bestuur blijven eigendom van het Bestuur.

Artikel 12 - Vertrouwelijkheid en persoonsgegevens
12.1 Partijen houden de informatie die zij van elkaar ontvangen vertrouwelijk, tijdens de
overeenkomst en gedurende vijf jaar na het einde ervan.
12.2 De Leverancier verwerkt de gegevens van de leners (naam, adres, geboortedatum,
contactgegevens, uitleenhistoriek) als verwerker, uitsluitend volgens de instructies van het
Bestuur en voor de uitvoering van deze overeenkomst. MijnBib wordt gehost in een datacenter in
België. De Leverancier meldt een datalek binnen 24 uur. De verdere afspraken, waaronder de lijst
van subverwerkers, staan in de verwerkersovereenkomst van Bijlage 2, die samen met deze
overeenkomst wordt ondertekend.

Artikel 13 - Geschillen
Een geschil wordt eerst volgens de escalatie van artikel 8.3 behandeld. Komen partijen binnen
dertig dagen niet tot een oplossing, dan is elke partij vrij het geschil voor de rechter te brengen.
Deze overeenkomst wordt beheerst door het Belgisch recht. Enkel de rechtbanken van het
gerechtelijk arrondissement Oost-Vlaanderen, afdeling Dendermonde, zijn bevoegd.

Opgemaakt te Wetteren op 4 december 2026, in twee exemplaren, waarvan elke partij erkent er één
te hebben ontvangen.

Voor Libratech bv                               Voor Bibliotheeknetwerk Dender-Schelde
Pieter Desmet, zaakvoerder                      Griet Van Hoecke, voorzitter beheerscomité
(handtekening)                                  Koen Maes, financieel beheerder
                                                (handtekeningen)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
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
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

NL_T8C_KITCHEN_DISPLAY_OFFER = UnseenDocument(
    name="nl_t8c_kitchen_display_offer",
    text="""Van: Yasmine El Amrani <yasmine@pokeandco.be>
Aan: Jens Vermeulen <jens@orderpad.be>
Datum: woensdag 2 december 2026 22:41
Onderwerp: RE: Offerte keukenschermen Poké & Co - 7 zaken

Hoi Jens,

Top, we gaan ervoor met de zeven zaken. Starten in Gent-Korenmarkt is prima. Onze elektricien
Karim neemt contact met je op voor de stopcontacten en kabels. Stuur de factuur voor de hardware
maar door naar boekhouding@pokeandco.be.

Groetjes,
Yasmine

Yasmine El Amrani | operations manager Poké & Co
0486 31 77 20

-----Oorspronkelijk bericht-----
Van: Jens Vermeulen <jens@orderpad.be>
Datum: maandag 30 november 2026 11:08
Aan: Yasmine El Amrani <yasmine@pokeandco.be>
Onderwerp: Offerte keukenschermen Poké & Co - 7 zaken

Dag Yasmine,

Bedankt voor de fijne demo vorige dinsdag in Gent! Zoals afgesproken hierbij ons voorstel om de
bonnenprinters in jullie keukens te vervangen door keukenschermen.

Wat krijgen jullie?
- Per zaak twee schermen van 22" (één aan de bereiding, één aan de uitgifte), in Antwerpen-Meir
  drie omdat daar twee bereidingsstations zijn. Samen 15 schermen.
- Per scherm: een spatwaterdichte behuizing, een mini-pc, een bumpbar en de wandbeugel.
- Onze software OrderPad KDS, gekoppeld aan jullie Lightspeed-kassa's: bestellingen van de kassa,
  de zuil en de webshop komen meteen op het juiste scherm, een bowl kleurt oranje na 6 minuten en
  rood na 9 minuten, en in het online dashboard zie je de bereidingstijden per zaak en per gerecht.
- Valt een scherm uit, dan gaan de bestellingen automatisch weer naar de bonprinter.
Niet inbegrepen: elektriciteits- en netwerkwerken (stopcontact en netwerkkabel per scherm), en
koppelingen met Deliveroo of Uber Eats.

Prijs (excl. btw)
- Hardwarepakket per scherm, montage inbegrepen: 15 x EUR 745 = EUR 11.175
- Installatie en configuratie per zaak: 7 x EUR 390 = EUR 2.730
- Totaal eenmalig: EUR 13.905
- Licentie OrderPad KDS: EUR 29 per scherm per maand, dus EUR 435 per maand voor de 15 schermen.
  Daarin zitten de updates, het dashboard en de support.
De licentieprijs ligt vast tot eind 2027. Daarna kunnen we hem jaarlijks aanpassen; dat laten we
jullie minstens twee maanden op voorhand weten.
Extra werk, zoals een koppeling met de bezorgplatformen of aanpassingen op maat, doen we in regie
aan EUR 85 per uur.

Planning
De hardware is er drie weken na jullie akkoord. We starten met Gent-Korenmarkt in de week van
11 januari. Als alles na een week goed draait, doen we twee zaken per week, zodat alle zeven
zaken half februari over zijn. Een installatie duurt ongeveer drie uur en doen we 's ochtends
voor de opening.
Van jullie hebben we nodig: per scherm een stopcontact en een netwerkkabel, gelegd door jullie
elektricien vóór de installatie in die zaak; toegang tot de Lightspeed-backoffice; en tegen
4 januari jullie menukaart met per gerecht het bereidingsstation.

Wie
Ikzelf ben jullie vaste aanspreekpunt, ook na de installatie. De installaties doe ik samen met
onze technieker Bram. Bij elke installatie nemen we een halfuur met het keukenteam en de
shiftleider om te tonen hoe de schermen en de bumpbar werken.

Support
Jullie keukens draaien 's avonds en in het weekend, dus onze support ook: 7 op 7 van 10 tot 23 uur
via 056 49 12 80 of WhatsApp. Ligt een keuken volledig stil, dan bellen we binnen 30 minuten
terug. Is een scherm of mini-pc defect, dan ligt er binnen 2 werkdagen een vervangtoestel in de
zaak. Updates van de software rollen we 's nachts uit.

Garantie
Op de hardware geven we 2 jaar garantie: defecte toestellen ruilen we kosteloos om. Fouten in de
software lossen we op zolang de licentie loopt.

Eigendom
De schermen en pc's zijn van jullie na betaling. De software blijft van OrderPad; jullie krijgen
een gebruiksrecht per scherm zolang de licentie loopt.

Looptijd
De licentie loopt minstens 12 maanden vanaf de eerste installatie. Daarna loopt ze maand per maand
door en kunnen jullie opzeggen met een maand opzeg. Stoppen jullie, dan kan je de statistieken
uit het dashboard exporteren naar Excel.

Facturatie
Hardware bij bestelling, installatie na de laatste zaak, licentie maandelijks via domiciliëring.
Betalen binnen 14 dagen.

Onze algemene voorwaarden zitten in bijlage. Deze offerte is 30 dagen geldig. Als het voor jullie
goed is, stuur je gewoon een mailtje terug, dan bestellen we de hardware.

Groeten,
Jens

Jens Vermeulen | zaakvoerder
OrderPad bv | Doorniksesteenweg 220, 8500 Kortrijk | BE 0745.318.662
Bijlage: OrderPad_algemene_voorwaarden_2026.pdf
""",
    items={
        "agreement.general_terms": "partial",
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 0.5,
    },
)

NL_T8C_CHILDCARE_ADMIN_SAAS = UnseenDocument(
    name="nl_t8c_childcare_admin_saas",
    text="""ABONNEMENTSOVEREENKOMST SPELEWEI KINDEROPVANG SUITE
Overeenkomstnummer: SW-2026-0871

De ondergetekenden:

1. Spelewei Software B.V., statutair gevestigd te Amersfoort, kantoorhoudende aan de
   Stationsplein 21, 3818 LE Amersfoort, KvK 61822409, hierbij rechtsgeldig vertegenwoordigd door
   de heer M. (Mark) Jansen, algemeen directeur, hierna "Spelewei";
2. Stichting Kinderopvang Het Vlindernest, gevestigd te Apeldoorn, kantoorhoudende aan de
   Loolaan 88, 7315 AH Apeldoorn, KvK 41036718, hierbij rechtsgeldig vertegenwoordigd door
   mevrouw J. (Judith) Postma, directeur-bestuurder, hierna "de Opdrachtgever";

komen het volgende overeen.

Artikel 1 - De Dienst
1.1 Spelewei stelt de Opdrachtgever de Spelewei Kinderopvang Suite als online dienst (SaaS) ter
beschikking voor haar vijf locaties: drie kinderdagverblijven en twee buitenschoolse opvang-
locaties, samen 380 kindplaatsen.
1.2 De Dienst omvat de modules Plaatsing en wachtlijst, Planning en personeelsrooster (met
berekening van de beroepskracht-kindratio), Presentielijsten, Ouderportaal en ouder-app
(dagverslagen, foto's, berichten), Facturatie en incasso, en Jaaropgaven, inclusief hosting,
dagelijkse back-ups met een bewaartermijn van 30 dagen, updates en ondersteuning via de
servicedesk.
1.3 Niet inbegrepen zijn: de koppeling met het salarispakket van de Opdrachtgever, maatwerk,
tablets voor de groepen en opleidingen na de livegang.

Artikel 2 - Vergoedingen en betaling
2.1 Voor de implementatie (inrichting, migratie, opleiding en begeleiding van de livegang)
betaalt de Opdrachtgever eenmalig EUR 4.950,00.
2.2 Het abonnement bedraagt EUR 3,40 per kindplaats per maand, zijnde EUR 1.292,00 per maand
voor 380 kindplaatsen. Het aantal kindplaatsen wordt ieder kwartaal aangepast aan het werkelijke
aantal.
2.3 Werkzaamheden buiten deze overeenkomst voert Spelewei uitsluitend uit na een schriftelijke
offerte en een schriftelijke opdracht van de Opdrachtgever, tegen een uurtarief van EUR 115,00.
2.4 Spelewei is gerechtigd haar tarieven jaarlijks per 1 januari aan te passen. Zij maakt een
aanpassing ten minste twee maanden van tevoren bekend.
2.5 De implementatie wordt voor 50 % bij ondertekening en voor 50 % bij livegang gefactureerd.
Het abonnement wordt maandelijks vooraf gefactureerd en via automatische incasso geïnd.
Betaling binnen 14 dagen na factuurdatum. Alle bedragen zijn exclusief btw.

Artikel 3 - Implementatie
3.1 Spelewei hanteert de volgende planning:
   week 2 van 2027        startgesprek en inrichtingsworkshop per module
   uiterlijk 25 januari    aanlevering gegevens door de Opdrachtgever
   week 5 en 6             proefmigratie en proeffacturatie over februari
   week 7 en 8             opleidingen
   1 maart 2027            livegang
3.2 De genoemde data zijn streefdata. Overschrijding ervan geeft de Opdrachtgever geen recht op
ontbinding of schadevergoeding.
3.3 De Opdrachtgever wijst een projectleider aan, mevrouw I. (Ingrid) Kok, manager
bedrijfsvoering, en stelt twee key users gedurende de implementatie vier uur per week
beschikbaar. Zij levert uiterlijk 25 januari 2027 een export uit het huidige systeem aan in
Excel-formaat, met de kinderen, ouders, contracten, plaatsingen en de wachtlijst.
3.4 Implementatieconsultant van Spelewei is mevrouw M. (Marloes) de Wit. Zij stuurt de
projectleider iedere vrijdag een voortgangsbericht met de afgeronde stappen, de openstaande
acties en eventuele risico's. Iedere twee weken vindt een online projectoverleg plaats.
3.5 Spelewei converteert de aangeleverde gegevens eerst in een proefmigratie en voert daarna
een proeffacturatie uit over de maand februari. De Opdrachtgever controleert binnen vijf
werkdagen de inrichting, de gemigreerde gegevens en de proeffacturen aan de hand van een
controlelijst van Spelewei. Blokkerende bevindingen herstelt Spelewei vóór de livegang. De
schriftelijke goedkeuring van de Opdrachtgever geldt als acceptatie; daarna volgen de
definitieve migratie en de livegang.
3.6 De opleiding bestaat uit drie sessies van een dagdeel op locatie (planners, leidinggevenden,
administratie) en een e-learning voor de pedagogisch medewerkers. Bij de eerste facturatierun
na de livegang is de implementatieconsultant op afstand beschikbaar. Bij de livegang levert
Spelewei een inrichtingsdocument met alle gekozen instellingen.
3.7 Na de livegang verloopt alle ondersteuning via de algemene servicedesk van Spelewei.

Artikel 4 - Beschikbaarheid, ondersteuning en onderhoud
4.1 Spelewei spant zich in om een beschikbaarheid van de Dienst van 99,5 % per kalendermaand te
realiseren. Gepland onderhoud op zondag tussen 6.00 en 9.00 uur telt niet mee.
4.2 De servicedesk is bereikbaar op werkdagen van 8.00 tot 17.30 uur via 033 760 44 10,
support@spelewei.nl en de chatfunctie in de applicatie.
4.3 Spelewei reageert op meldingen binnen de volgende termijnen, gerekend binnen de
openingstijden van de servicedesk:
   Prioriteit 1 - de Dienst is niet bereikbaar of de facturatie is geblokkeerd: binnen 1 uur
   Prioriteit 2 - een module is niet bruikbaar: binnen 4 uur
   Prioriteit 3 - overige meldingen en vragen: binnen 2 werkdagen
Spelewei spant zich in om storingen zo snel als redelijkerwijs mogelijk te verhelpen.
4.4 Overschrijding van de beschikbaarheid of van de reactietermijnen geeft geen recht op
creditering of schadevergoeding.
4.5 Spelewei brengt iedere twee weken een nieuwe versie uit, met release notes in de applicatie.
Beveiligingsupdates worden zo nodig direct doorgevoerd. Spelewei mag de functionaliteit van de
Dienst wijzigen, mits de kernfunctionaliteit behouden blijft.

Artikel 5 - Persoonsgegevens en beveiliging
5.1 Spelewei verwerkt persoonsgegevens van kinderen, ouders en medewerkers, waaronder gegevens over
de gezondheid van kinderen (allergieën, medicatie) en het burgerservicenummer van ouders voor de
jaaropgave, uitsluitend als verwerker in opdracht van de Opdrachtgever. Partijen sluiten daartoe
de verwerkersovereenkomst van Bijlage 2 volgens het model van de Branchevereniging Maatschappelijke
Kinderopvang, die met deze overeenkomst wordt ondertekend.
5.2 Alle gegevens worden opgeslagen in datacenters in Nederland. Spelewei meldt een
beveiligingsincident binnen 24 uur en is ISO 27001-gecertificeerd.

Artikel 6 - Intellectuele eigendom en geheimhouding
6.1 Alle rechten van intellectuele eigendom op de Dienst en de documentatie berusten bij Spelewei.
De Opdrachtgever verkrijgt een niet-exclusief en niet-overdraagbaar gebruiksrecht voor de duur
van de overeenkomst. De ingevoerde gegevens blijven eigendom van de Opdrachtgever.
6.2 Partijen houden alle vertrouwelijke informatie die zij van elkaar ontvangen geheim, ook na
het einde van de overeenkomst.

Artikel 7 - Duur en beëindiging
7.1 De overeenkomst gaat in op de datum van ondertekening. Het abonnement loopt 24 maanden vanaf
de livegang en wordt daarna telkens stilzwijgend verlengd met 12 maanden, tenzij een partij
uiterlijk drie maanden vóór het einde van de lopende periode schriftelijk opzegt.
7.2 Iedere partij kan de overeenkomst ontbinden indien de andere partij na een schriftelijke
ingebrekestelling met een termijn van dertig dagen tekort blijft schieten in de nakoming van
wezenlijke verplichtingen. Spelewei kan de toegang opschorten bij een betalingsachterstand van
meer dan dertig dagen.
7.3 Binnen dertig dagen na het einde van de overeenkomst stelt Spelewei op verzoek van de
Opdrachtgever eenmalig kosteloos een volledige export van alle gegevens ter beschikking in
CSV-formaat, met de kinddossiers en facturen als pdf. Zestig dagen na het einde verwijdert
Spelewei alle gegevens.

Artikel 8 - Aansprakelijkheid
De aansprakelijkheid van Spelewei is beperkt tot de abonnementsgelden die de Opdrachtgever in de
zes maanden voorafgaand aan de schadeveroorzakende gebeurtenis heeft betaald, met een maximum van
EUR 15.000,00. Spelewei is niet aansprakelijk voor indirecte schade, gevolgschade, gederfde winst
en verlies of verminking van gegevens.

Artikel 9 - Toepasselijke voorwaarden, recht en geschillen
9.1 Op deze overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing, die als Bijlage 3 zijn
bijgevoegd. Bij strijdigheid gaan de bepalingen van deze overeenkomst voor.
9.2 Op deze overeenkomst is Nederlands recht van toepassing. Partijen beproeven bij een geschil
eerst mediation volgens het reglement van de Stichting Geschillenoplossing Automatisering (SGOA).
Leidt de mediation binnen zestig dagen niet tot een oplossing, dan wordt het geschil voorgelegd
aan de bevoegde rechter van de rechtbank Gelderland.

Bijlagen: 1. Productbeschrijving Spelewei Kinderopvang Suite; 2. Verwerkersovereenkomst;
3. NLdigital Voorwaarden 2020.

Aldus overeengekomen en in tweevoud ondertekend,

Spelewei Software B.V.                          Stichting Kinderopvang Het Vlindernest
M. Jansen, algemeen directeur                   J. Postma, directeur-bestuurder
Amersfoort, 1 december 2026                     Apeldoorn, 3 december 2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
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
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
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
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 1,
    },
)

NL_T8C_TEAMS_PHONE_QUOTE = UnseenDocument(
    name="nl_t8c_teams_phone_quote",
    text="""VOXA IT bv
Kempische Steenweg 311, 3500 Hasselt | 011 87 52 00 | info@voxa.be | BTW BE 0632.774.015

OFFERTE 2026-0457
Datum:        1 december 2026
Geldig tot:   31 december 2026
Klant:        Vanhove Bouw nv, Industrieweg 12, 3590 Diepenbeek
              t.a.v. de heer Stijn Vanhove, gedelegeerd bestuurder
Onderwerp:    Vervanging telefooncentrale door Microsoft Teams Phone

Geachte heer Vanhove,

Naar aanleiding van ons gesprek van 24 november bezorgen wij u graag onze offerte voor de
vervanging van uw telefooncentrale.

1. Huidige situatie
Uw Panasonic KX-NS700-centrale dateert van 2014 en is aangesloten op vier ISDN-lijnen, die de
operator uitfaseert. U hebt 34 medewerkers met Microsoft 365 Business Standard, een algemeen
nummer 011 49 20 00 en een nummerreeks van 50 rechtstreekse nummers. De acht werfleiders zijn
vandaag enkel bereikbaar op hun gsm.

2. Ons voorstel
- Microsoft Teams Phone voor alle 34 medewerkers, met Operator Connect via een Belgische operator;
- portering van het algemeen nummer en de volledige nummerreeks;
- een keuzemenu in het Nederlands en het Frans met openingsuren en vakantieregeling
  (1 verkoop, 2 werven, 3 boekhouding), drie wachtrijen en voicemail naar de mailbox;
- vier Yealink MP56-toestellen voor het onthaal en de vergaderzaal, en 20 Jabra-headsets;
- de Teams-app op de smartphones van de werfleiders, zodat zij met hun vaste nummer bellen;
- het overzetten van het gedeelde telefoonboek en de snelkiestoetsen van de oude centrale naar
  de gedeelde contacten in Teams;
- de demontage en recyclage van de oude centrale.
Niet inbegrepen: aanpassingen aan uw netwerk en bekabeling, de mobiele abonnementen van de
werfleiders en uw Microsoft 365-basislicenties.

3. Prijzen (excl. btw)
Eenmalig
   Workshop belplan (halve dag)                                       EUR    480,00
   Configuratie Teams Phone, keuzemenu, wachtrijen, portering (forfait)  EUR  2.160,00
   Yealink MP56, 4 x EUR 289,00                                       EUR  1.156,00
   Jabra Evolve2 40, 20 x EUR 79,00                                   EUR  1.580,00
   Opleiding: twee gebruikerssessies en één sessie onthaal             EUR    360,00
   Demontage en recyclage oude centrale                               EUR    240,00
   Totaal eenmalig                                                    EUR  5.976,00
Maandelijks
   Microsoft Teams Phone Standard, 34 x EUR 9,10                      EUR    309,40
   Belplan Operator Connect (onbeperkt nationaal), 34 x EUR 5,50      EUR    187,00
   Nummerreeks 50 nummers                                             EUR     12,50
   Beheercontract Voxa Care Telefonie, 34 x EUR 4,50                  EUR    153,00
   Totaal maandelijks                                                 EUR    661,90
Prijswijzigingen van Microsoft of van de operator rekenen wij door vanaf de maand waarin ze
ingaan. Werk buiten deze offerte, zoals bijkomende keuzemenu's of een koppeling met uw CRM, voeren
wij pas uit na uw schriftelijk akkoord op een prijsopgave, aan EUR 92,00 per uur.

4. Planning
   na uw akkoord        aanvraag portering bij de operator (doorlooptijd drie tot vier weken)
   week 1               workshop belplan met uw contactpersoon
   week 2 en 3          configuratie en interne tests met tijdelijke nummers
   dag van portering    omschakeling op vrijdag na 17.00 uur
   maandag erna         technieker ter plaatse van 7.30 tot 12.00 uur
   week na de livegang  demontage van de oude centrale
Wij mikken op een livegang eind januari 2027.

5. Wat wij van u verwachten
Bij uw akkoord bezorgt u ons de ondertekende porteringsaanvraag (LOA) en een recente factuur van
uw huidige operator. Vóór de workshop verleent u ons beheerderstoegang tot uw Microsoft 365-
omgeving via een GDAP-relatie en duidt u een interne contactpersoon aan. Uw medewerkers volgen een
van de twee opleidingssessies van een uur in de week vóór de omschakeling.

6. Team en oplevering
Uw projectleider is de heer Dries Vandenberghe, gecertificeerd Microsoft Teams Voice-engineer
met zeven jaar ervaring in telefonie. Vóór de portering testen wij de volledige configuratie
intern met tijdelijke nummers. Na de omschakeling overlopen wij samen met uw contactpersoon een
testlijst (elk nummer, het keuzemenu, elke wachtrij, de voicemail); de door u ondertekende
testlijst geldt als oplevering. U ontvangt een configuratiedocument met het belplan, de nummers,
de wachtrijen en de beheerrechten. Configuratiefouten die binnen drie maanden na de livegang aan
het licht komen, corrigeren wij kosteloos. Op de toestellen en headsets geldt de garantie van de
fabrikant.

7. Beheercontract Voxa Care Telefonie
Onze helpdesk is bereikbaar op werkdagen van 8.00 tot 17.30 uur via 011 87 52 10 en
support@voxa.be. Bij volledige uitval van de telefonie reageren wij binnen 2 werkuren, bij andere
meldingen binnen 8 werkuren. Kleine wijzigingen aan het belplan (openingsuren, wachtrijen,
nieuwe medewerkers) tot één uur per maand zijn inbegrepen. Wij voeren de firmware-updates van de
toestellen uit en houden uw belplan en configuratie bij in ons documentatiesysteem. Voor de
beschikbaarheid van Teams en van het netwerk van de operator zijn wij afhankelijk van Microsoft
en de operator; wij kunnen daarvoor geen garantie geven.

8. Betaling en looptijd
Wij factureren 40 % van de eenmalige kosten bij uw akkoord en het saldo na de oplevering. De
maandelijkse kosten factureren wij maandelijks vooraf. Onze facturen zijn betaalbaar binnen
15 dagen na factuurdatum. De Microsoft-licenties, het belplan en het beheercontract lopen
12 maanden vanaf de livegang en worden daarna stilzwijgend verlengd met 12 maanden, tenzij u
uiterlijk één maand vóór de vervaldag schriftelijk opzegt.

9. Voorwaarden
Op deze offerte zijn onze algemene voorwaarden van toepassing (zie www.voxa.be/av). Bij
strijdigheid gaat deze offerte voor. Onze aansprakelijkheid is beperkt tot het bedrag van de
eenmalige kosten van deze offerte; wij zijn niet aansprakelijk voor onbereikbaarheid, gemiste
oproepen of gevolgschade. Voor de verwerking van persoonsgegevens verwijzen wij naar onze
privacyverklaring op www.voxa.be/privacy. Op deze offerte is het Belgisch recht van toepassing;
enkel de rechtbanken van Hasselt zijn bevoegd.

Met vriendelijke groeten,

Lotte Jacobs
accountmanager Voxa IT bv

Voor akkoord, Vanhove Bouw nv
Naam: ..............................   Datum: ....................
Handtekening, voorafgegaan door "gelezen en goedgekeurd":

..................................................
""",
    items={
        "agreement.general_terms": "covered",
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
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 2,
    },
)


DOCUMENTS = [
    NL_T8C_LIBRARY_SYSTEM_MAINTENANCE,
    NL_T8C_KITCHEN_DISPLAY_OFFER,
    NL_T8C_CHILDCARE_ADMIN_SAAS,
    NL_T8C_TEAMS_PHONE_QUOTE,
]
