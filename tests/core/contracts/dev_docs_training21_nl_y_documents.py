"""Training batch 21 (nl, writer y): four Dutch documents of kinds not used before.

1. nl_t21y_web_agency_general_terms: the general terms (numbered articles, no signatures) of a
   small Flemish web agency in Dendermonde, with its own terms prevailing, best-efforts wording,
   unilateral changes, a tacit yearly renewal of hosting with three months' notice, a low
   liability cap and a data export only after full payment.
2. nl_t21y_butcher_scales_email_quote: a short, informal Flemish e-mail quote for two counter
   scales, a prepacking scale with label printer and price-management software for a butcher's
   shop, accepted by a reply e-mail.
3. nl_t21y_housing_coop_tenant_portal_saas: a Netherlands SaaS agreement (signed by both
   parties) for a tenant portal of a housing cooperative, with implementation, service levels,
   service credits, exit assistance and NLdigital Voorwaarden ranked below the agreement.
4. nl_t21y_museum_av_maintenance: a Flemish maintenance contract (signed by both parties) for
   the audio-visual installations of a museum, with a three-year term and a tacit yearly
   renewal with six months' notice.

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

NL_T21Y_WEB_AGENCY_GENERAL_TERMS = UnseenDocument(
    name="nl_t21y_web_agency_general_terms",
    text="""ALGEMENE VOORWAARDEN PIXELPLUK BV
Webdesign, webontwikkeling en hosting
Zetel: Stationsstraat 42, 9200 Dendermonde | KBO 0745.219.863 | hallo@pixelpluk.be
Versie 4 - geldig vanaf 1 september 2026

Artikel 1 - Toepassing
1.1 Deze algemene voorwaarden gelden voor alle offertes, bestellingen en overeenkomsten tussen
Pixelpluk bv ("Pixelpluk") en haar klanten ("de Klant").
1.2 Door het aanvaarden van een offerte, ook per e-mail, aanvaardt de Klant deze voorwaarden.
Algemene of bijzondere voorwaarden van de Klant zijn niet van toepassing, ook niet wanneer
Pixelpluk ze niet uitdrukkelijk heeft afgewezen.
1.3 Pixelpluk mag deze voorwaarden wijzigen. De nieuwe versie wordt gepubliceerd op
pixelpluk.be/voorwaarden en geldt vanaf de publicatie, ook voor lopende overeenkomsten.

Artikel 2 - Offertes en prijzen
2.1 Offertes zijn 30 dagen geldig. De offerte beschrijft de pagina's, functies en het aantal
feedbackrondes die in de prijs zijn inbegrepen. Alles wat niet in de offerte staat, valt buiten
de prijs: teksten schrijven, fotografie, vertalingen, stockbeelden en licenties van plug-ins
van derden worden apart aangerekend.
2.2 Alle prijzen zijn in euro, exclusief btw.
2.3 Werk in regie wordt aangerekend aan ons uurtarief van € 85,00 per uur (ontwerp en
ontwikkeling) en € 65,00 per uur (contentinvoer), per begonnen kwartier.
2.4 Pixelpluk mag haar tarieven en de prijzen van hosting en onderhoud jaarlijks op 1 januari
aanpassen. Zij verwittigt de Klant daarvan per e-mail.

Artikel 3 - Meerwerk
Vragen van de Klant die buiten de offerte vallen, voeren wij uit als meerwerk in regie aan de
tarieven van artikel 2.3. Kleine aanpassingen tot twee uur voeren wij zonder voorafgaand
akkoord uit; voor grotere aanpassingen bezorgen wij eerst een schatting.

Artikel 4 - Facturatie en betaling
4.1 Bij een websiteproject factureren wij 40% bij de bestelling, 40% bij de oplevering van het
ontwerp en 20% bij de lancering van de website.
4.2 Hosting en onderhoud worden jaarlijks vooraf gefactureerd.
4.3 Facturen zijn betaalbaar binnen 14 dagen na factuurdatum. Bij laattijdige betaling is van
rechtswege en zonder ingebrekestelling een verwijlintrest van 10% per jaar verschuldigd en een
forfaitaire schadevergoeding van 10% met een minimum van € 50,00.
4.4 Bij niet-betaling mag Pixelpluk de website en de hosting opschorten tot alles betaald is.

Artikel 5 - Uitvoering en termijnen
5.1 Pixelpluk voert haar opdrachten uit naar best vermogen. Zij gaat uitsluitend een
inspanningsverbintenis aan.
5.2 Opgegeven opleverdata zijn indicatief. Een vertraging geeft de Klant geen recht op
schadevergoeding of ontbinding.
5.3 De Klant levert teksten, beelden, logo's en toegangsgegevens tijdig aan. Blijft de Klant
meer dan 60 dagen in gebreke, dan mag Pixelpluk het project afsluiten en het gepresteerde werk
factureren.

Artikel 6 - Oplevering en goedkeuring
6.1 Na de oplevering op de testomgeving heeft de Klant 10 werkdagen om opmerkingen door te geven.
Zonder opmerkingen binnen die termijn, of zodra de website live gaat, geldt ze als aanvaard.
6.2 Fouten die de Klant binnen 30 dagen na de lancering meldt en die te wijten zijn aan
Pixelpluk, verhelpen wij kosteloos. Daarna vallen correcties onder het onderhoudscontract of
worden ze in regie aangerekend.

Artikel 7 - Hosting en onderhoud
7.1 Hosting en onderhoud worden afgesloten voor één jaar en worden telkens stilzwijgend verlengd
met één jaar, tenzij een partij ten minste drie maanden voor de vervaldag per aangetekend
schrijven opzegt.
7.2 Het onderhoudscontract omvat de updates van WordPress, het thema en de plug-ins, een
dagelijkse back-up en het opvolgen van beveiligingsmeldingen.
7.3 Pixelpluk streeft naar een zo hoog mogelijke beschikbaarheid van de hosting, maar geeft geen
garantie op een ononderbroken werking.

Artikel 8 - Intellectuele eigendom
8.1 Na volledige betaling krijgt de Klant het eigendom van het ontwerp van zijn website. De
broncode van het thema en de eigen plug-ins blijft eigendom van Pixelpluk; de Klant krijgt een
niet-exclusief gebruiksrecht.
8.2 Pixelpluk mag de website vermelden in haar portfolio.

Artikel 9 - Aansprakelijkheid
9.1 Pixelpluk is niet aansprakelijk voor indirecte schade, gederfde winst, verlies van gegevens
of schade door hacking.
9.2 De aansprakelijkheid van Pixelpluk is in elk geval beperkt tot het bedrag dat voor de
betrokken opdracht werd gefactureerd, met een maximum van € 2.500,00.

Artikel 10 - Einde van de samenwerking
Bij het einde van de hosting bezorgen wij de Klant op verzoek een volledige export van de website
(bestanden en databank), op voorwaarde dat alle facturen betaald zijn. Wij rekenen daarvoor een
forfait van € 95,00 aan.

Artikel 11 - Persoonsgegevens en vertrouwelijkheid
11.1 Pixelpluk verwerkt persoonsgegevens volgens haar privacyverklaring op pixelpluk.be/privacy.
11.2 Beide partijen houden de vertrouwelijke informatie van de andere partij geheim.

Artikel 12 - Toepasselijk recht
Op alle overeenkomsten is het Belgisch recht van toepassing. Bij geschil zijn enkel de rechtbanken
van het arrondissement Oost-Vlaanderen, afdeling Dendermonde, bevoegd.
""",
    items={
        "agreement.signed_both": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
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
        "legal.data_protection": "partial",
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
        "payment_term_days": 14,
        "warranty_days": 30,
    },
)

NL_T21Y_BUTCHER_SCALES_EMAIL_QUOTE = UnseenDocument(
    name="nl_t21y_butcher_scales_email_quote",
    text="""Van: Kristof Peeters <kristof@weegtechniekpeeters.be>
Aan: Slagerij Vandeputte <info@slagerijvandeputte.be>
Onderwerp: Offerte 2026-187 - 2 weegschalen met etiketprinter + prijzenbeheer
Datum: 24 november 2026 16:12

Dag Geert,

Bedankt voor het gesprek van vorige dinsdag in de winkel. Zoals beloofd onze prijs voor de
vervanging van jullie twee oude toonbankweegschalen en de etikettering in het atelier.

Wat we leveren:
- 2 x toonbankweegschaal Bizerba K3 met klantendisplay en bonprinter, geijkt: € 3.450,00 per stuk
- 1 x voorverpakkingsweegschaal met etiketprinter (atelier), geijkt, incl. 2 etiketlayouts met
  allergenen en houdbaarheidsdatum: € 4.180,00
- Software voor prijzen- en artikelbeheer op jullie kantoor-pc, koppeling met de 3 weegschalen:
  € 690,00
- Installatie, ijking ter plaatse, overzetten van jullie huidige artikelbestand (± 320 artikels)
  en een halve dag opleiding voor jou en het personeel: € 780,00
Totaal: € 12.550,00 excl. btw.

Niet inbegrepen: het netwerkpunt aan de toonbank (dat legt jullie elektricien), de etiketten en
bonrollen (die bestel je bij ons aan de prijzen van de bijgevoegde lijst) en de aanpassing van
jullie kassa.

Planning: levertijd ongeveer 3 weken na jullie akkoord. We installeren op een maandag zodat de
winkel niet gestoord wordt. We hebben van jullie tegen dan het artikelbestand in Excel nodig.

Garantie: 12 maanden op onderdelen en werkuren, verplaatsing inbegrepen.

Na de garantie raden we ons onderhoudscontract aan: € 395,00 per jaar voor de drie toestellen,
met een jaarlijkse preventieve controle en de wettelijke herijking. Dat kunnen we later nog
bekijken.

Storingen kun je melden op 052 41 18 90 (ma-za van 7.30 tot 18 uur). Bij een defecte weegschaal
proberen we dezelfde of de volgende werkdag langs te komen.

Betaling: 30% voorschot bij bestelling, de rest bij installatie, binnen 15 dagen na factuurdatum.

Verder gelden onze algemene voorwaarden die op de achterkant van onze facturen staan.

Laat je iets weten?

Groeten,
Kristof Peeters
Weegtechniek Peeters bv | Industrieweg 12, 9240 Zele | BE 0832.650.174

-----

Van: Slagerij Vandeputte <info@slagerijvandeputte.be>
Aan: Kristof Peeters <kristof@weegtechniekpeeters.be>
Onderwerp: RE: Offerte 2026-187 - 2 weegschalen met etiketprinter + prijzenbeheer
Datum: 26 november 2026 08:47

Dag Kristof,

Akkoord met de offerte, mag besteld worden. Liefst installatie op maandag 21 december als dat
lukt. Het artikelbestand stuur ik volgende week.

Groeten,
Geert Vandeputte
Slagerij Vandeputte
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "missing",
        "budget.rates": "missing",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 360,
    },
)

NL_T21Y_HOUSING_COOP_TENANT_PORTAL_SAAS = UnseenDocument(
    name="nl_t21y_housing_coop_tenant_portal_saas",
    text="""SAAS-OVEREENKOMST HUURDERSPORTAAL

Kenmerk: HW-SAAS-2026-031

DE ONDERGETEKENDEN:

1. Woonkompas Software B.V., gevestigd te Amersfoort, kantoorhoudende aan de Stadsring 118,
   3811 HR Amersfoort, ingeschreven in het Handelsregister onder nummer 71234569, rechtsgeldig
   vertegenwoordigd door de heer J.P. (Jeroen) van Dijk, algemeen directeur,
   hierna: "Leverancier";

2. Wooncoöperatie De Vaart U.A., gevestigd te Zwolle, kantoorhoudende aan de Vaartweg 3,
   8011 AB Zwolle, ingeschreven in het Handelsregister onder nummer 80455132, rechtsgeldig
   vertegenwoordigd door mevrouw A. (Anouk) Hofstra, voorzitter van het bestuur,
   hierna: "Afnemer";

NEMEN IN AANMERKING DAT:
- Afnemer een wooncoöperatie is met 412 huurwoningen en voor haar leden-huurders een online
  portaal wil aanbieden voor reparatieverzoeken, documenten, huurbetalingen en
  ledenraadplegingen;
- Afnemer daarvoor de offerte van Leverancier van 2 oktober 2026 (kenmerk OFF-2026-0977) heeft
  aanvaard;

KOMEN OVEREEN ALS VOLGT:

Artikel 1. Voorwerp en rangorde
1.1 Leverancier stelt het huurdersportaal "Woonkompas Portaal" als dienst (SaaS) ter beschikking,
met de modules Reparatieverzoeken, Mijn Documenten, Betalen en Stemmen.
1.2 Op deze overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing, met uitzondering van
de modules die niet op een SaaS-dienst betrekking hebben. De offerte OFF-2026-0977 maakt deel uit
van deze overeenkomst. Bij strijdigheid gaat deze overeenkomst voor, daarna de
verwerkersovereenkomst (Bijlage 1), de offerte en tot slot de NLdigital Voorwaarden. Algemene
voorwaarden van Afnemer zijn niet van toepassing.

Artikel 2. Prijzen
2.1 Eenmalige implementatiekosten (inrichting, koppeling met het huuradministratiepakket en
conversie): € 6.850,00 excl. btw.
2.2 Abonnement: € 1,15 per woning per maand excl. btw, thans 412 woningen, dus € 473,80 per
maand. De module Stemmen kost € 95,00 per maand extra.
2.3 Werkzaamheden buiten de offerte voert Leverancier alleen uit na schriftelijke opdracht van
Afnemer op basis van een vooraf verstrekte begroting, tegen een uurtarief van € 105,00 excl. btw.
2.4 Leverancier mag de prijzen eenmaal per jaar per 1 januari aanpassen met ten hoogste de
CBS-consumentenprijsindex (CPI, alle huishoudens) van de maand oktober daaraan voorafgaand.
Leverancier kondigt de aanpassing uiterlijk twee maanden vooraf schriftelijk aan.

Artikel 3. Facturatie en betaling
De implementatiekosten worden gefactureerd na livegang. Het abonnement wordt per kwartaal vooraf
gefactureerd. Betaling binnen 30 dagen na factuurdatum.

Artikel 4. Implementatie
4.1 Planning: inrichting en koppeling in week 2 tot 5 van 2027, testperiode in week 6 en 7,
livegang uiterlijk 15 februari 2027.
4.2 Afnemer levert uiterlijk 11 januari 2027 de huurdersgegevens en de documentsjablonen aan en
wijst een projectcontactpersoon aan. Leverancier converteert de bestaande reparatiehistorie
(vanaf 2022) uit het huidige systeem.
4.3 Afnemer test het portaal in de testperiode aan de hand van het testscript van Leverancier en
geeft binnen 10 werkdagen na oplevering schriftelijk akkoord of een lijst met bevindingen.
Blokkerende bevindingen lost Leverancier op voordat het portaal live gaat.
4.4 Leverancier geeft twee online trainingen van elk twee uur voor de medewerkers en
bestuursleden van Afnemer en levert een handleiding voor huurders.
4.5 Contactpersoon bij Leverancier is mevrouw S. de Boer, implementatieconsultant; na livegang
is de heer R. Yilmaz de vaste accountmanager.

Artikel 5. Dienstverlening en service levels
5.1 Leverancier spant zich in om het portaal beschikbaar te houden. Zij garandeert een
beschikbaarheid van 99,5% per kalendermaand, gemeten buiten aangekondigd onderhoud (maximaal
4 uur per maand, buiten kantooruren).
5.2 Storingen meldt Afnemer via het supportportal of telefonisch op werkdagen van 8.30 tot 17.00
uur. Reactietijden: prioriteit 1 (portaal onbereikbaar): 1 uur; prioriteit 2: 4 uur;
prioriteit 3: 2 werkdagen. Prioriteit 1-storingen worden binnen 8 uur opgelost of omzeild.
5.3 Bij een beschikbaarheid onder 99,5% in een maand crediteert Leverancier 5% van het
maandabonnement per begonnen 0,5% tekort, met een maximum van 25%.
5.4 Updates en beveiligingspatches worden zonder meerkosten doorgevoerd. Nieuwe functies worden
vooraf in de releasenotes aangekondigd.
5.5 Leverancier stuurt maandelijks een servicerapport met beschikbaarheid en meldingen.
Tweemaal per jaar vindt een evaluatiegesprek plaats met de accountmanager.

Artikel 6. Looptijd en beëindiging
6.1 De overeenkomst gaat in op 1 januari 2027 voor een periode van 36 maanden en wordt daarna
stilzwijgend verlengd met telkens 12 maanden, tenzij een partij uiterlijk 2 maanden voor het
einde van de lopende periode schriftelijk opzegt.
6.2 Elke partij kan de overeenkomst ontbinden als de andere partij na schriftelijke
ingebrekestelling met een termijn van 30 dagen tekortschiet.
6.3 Bij het einde levert Leverancier binnen 30 dagen alle gegevens van Afnemer (huurders,
reparatieverzoeken, documenten) aan in CSV- en PDF-formaat, zonder extra kosten, en verleent
zij tot drie maanden na het einde tegen het uurtarief medewerking aan de overgang naar een
opvolgend leverancier. Daarna verwijdert Leverancier de gegevens.

Artikel 7. Gegevens en geheimhouding
7.1 Leverancier verwerkt persoonsgegevens van huurders uitsluitend als verwerker in de zin van
de AVG, volgens de verwerkersovereenkomst in Bijlage 1. De gegevens worden opgeslagen in
datacenters binnen de Europese Unie.
7.2 Partijen houden alle vertrouwelijke informatie geheim, ook na het einde van de overeenkomst.
7.3 Alle rechten op het portaal blijven bij Leverancier. Afnemer krijgt een niet-exclusief,
niet-overdraagbaar gebruiksrecht voor de duur van de overeenkomst. De gegevens van Afnemer
blijven eigendom van Afnemer.

Artikel 8. Aansprakelijkheid
De aansprakelijkheid van Leverancier is beperkt tot het bedrag dat Afnemer in de 12 maanden
voorafgaand aan de schadeveroorzakende gebeurtenis heeft betaald, met een maximum van
€ 25.000,00 per jaar. Deze beperking geldt niet bij opzet of bewuste roekeloosheid.

Artikel 9. Geschillen
Partijen proberen een geschil eerst in onderling overleg tussen de directeur van Leverancier en
de voorzitter van Afnemer op te lossen. Lukt dat niet binnen 30 dagen, dan wordt het geschil
voorgelegd aan de bevoegde rechter van de Rechtbank Overijssel, locatie Zwolle. Op deze
overeenkomst is Nederlands recht van toepassing.

Aldus overeengekomen en in tweevoud ondertekend,

Woonkompas Software B.V.                  Wooncoöperatie De Vaart U.A.
J.P. van Dijk, algemeen directeur         A. Hofstra, voorzitter
Amersfoort, 30 november 2026              Zwolle, 2 december 2026
(handtekening)                            (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "covered",
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

NL_T21Y_MUSEUM_AV_MAINTENANCE = UnseenDocument(
    name="nl_t21y_museum_av_maintenance",
    text="""ONDERHOUDSCONTRACT AUDIOVISUELE INSTALLATIES
Contract nr. OC-26-0412

Tussen
Lumenklank bv, Brugsesteenweg 255, 8500 Kortrijk, KBO 0674.302.918, vertegenwoordigd door
Pieter Decock, zaakvoerder, hierna "Lumenklank",
en
Museum 't Vlasblok vzw, Leiestraat 9, 8500 Kortrijk, KBO 0418.775.264, vertegenwoordigd door
Els Vanhoutte, directeur, hierna "het Museum".

1. Voorwerp
1.1 Lumenklank onderhoudt de audiovisuele installaties van de vaste opstelling van het Museum,
zoals opgesomd in de inventaris in bijlage A: 14 projectoren, 22 mediaspelers, 9 schermen,
31 hoofdtelefoonstations, het geluidssysteem van de inkomhal en de centrale showcontroller
met de bijhorende software voor het automatisch in- en uitschakelen van de zalen.
1.2 Niet inbegrepen zijn: de inhoud (films, geluidsfragmenten, teksten), schade door vandalisme,
waterschade of overspanning, verbruiksmateriaal zoals projectorlampen en filters (aangerekend
aan catalogusprijs min 15%) en installaties voor tijdelijke tentoonstellingen.
1.3 Dit contract geldt samen met de algemene voorwaarden van Lumenklank (bijlage B). Bij
tegenstrijdigheid heeft dit contract voorrang.

2. Diensten
2.1 Preventief onderhoud: twee keer per jaar (maart en oktober), op een sluitingsdag van het
Museum (maandag). Dat omvat reinigen van projectoren en filters, controle van de lichtstroom,
firmware-updates van projectoren en mediaspelers na test, controle van alle hoofdtelefoons en
een back-up van de configuratie van de showcontroller.
2.2 Correctief onderhoud: herstelling van defecten aan de installaties uit bijlage A. Werkuren
en verplaatsing zijn inbegrepen; onderdelen worden afzonderlijk aangerekend na akkoord van het
Museum op een prijsopgave, behalve onderdelen onder fabrieksgarantie.
2.3 Lumenklank houdt een logboek per installatie bij en bezorgt na elk preventief bezoek een
verslag met de uitgevoerde werken, de lampuren en aanbevelingen voor vervanging.
2.4 Lumenklank houdt een reservemediaspeler en een reserveprojector van het meest gebruikte type
in stock voor het Museum.

3. Melding en interventie
3.1 Defecten meldt het Museum via service@lumenklank.be of op 056 22 70 41, van dinsdag tot en
met zondag van 9 tot 17 uur (de openingsuren van het Museum).
3.2 Lumenklank reageert op elke melding binnen 4 openingsuren. Bij een defect dat een volledige
zaal stillegt, komt een technieker binnen de 24 uur ter plaatse. Andere defecten worden
binnen 3 werkdagen hersteld.
3.3 Lumenklank zet zich in om de defecte installatie zo snel mogelijk weer werkend te krijgen,
zo nodig met een reservetoestel. Voor de hersteltijd van projectoren die naar de fabrikant
moeten, geldt een inspanningsverbintenis.
3.4 Vaste technieker voor het Museum is Jonas Vercruysse; bij zijn afwezigheid neemt zijn
collega Ruben Lambrecht over, die de installatie kent via het logboek.

4. Prijs en betaling
4.1 De jaarlijkse vergoeding bedraagt € 7.480,00 excl. btw, jaarlijks vooraf gefactureerd in
januari. Betaling binnen 30 dagen na factuurdatum.
4.2 Interventies buiten het contract (tijdelijke tentoonstellingen, verplaatsen van toestellen)
worden uitgevoerd na goedkeuring van een offerte of in regie aan € 78,00 per uur, met een
verplaatsingsforfait van € 35,00.
4.3 De prijzen worden jaarlijks op 1 januari aangepast volgens de formule
P = P0 x (0,2 + 0,8 x S / S0), waarin S het Agoria-referentieloon is.

5. Duur en opzegging
5.1 Het contract gaat in op 1 januari 2027 voor drie jaar. Daarna wordt het stilzwijgend verlengd
met telkens één jaar, behalve bij opzegging per aangetekende brief ten minste zes maanden voor
de vervaldag.
5.2 Bij een ernstige tekortkoming die niet binnen 30 dagen na aangetekende ingebrekestelling is
verholpen, mag de andere partij het contract zonder opzegtermijn beëindigen.
5.3 Bij het einde van het contract overhandigt Lumenklank het logboek, de configuratiebestanden
en de wachtwoorden van de showcontroller aan het Museum.

6. Aansprakelijkheid
De aansprakelijkheid van Lumenklank is beperkt tot de jaarlijkse vergoeding van het lopende
contractjaar. Lumenklank is niet aansprakelijk voor gederfde inkomsten van het Museum door het
sluiten van een zaal.

7. Varia
7.1 De technici van Lumenklank volgen de huisregels en veiligheidsvoorschriften van het Museum en
houden alle informatie over de beveiliging van het gebouw en de collectie geheim.
7.2 Op dit contract is het Belgisch recht van toepassing. Geschillen behoren tot de bevoegdheid
van de rechtbanken van Kortrijk.

Opgemaakt te Kortrijk op 1 december 2026 in twee exemplaren.

Voor Lumenklank bv                          Voor Museum 't Vlasblok vzw
Pieter Decock, zaakvoerder                  Els Vanhoutte, directeur
(getekend)                                  (getekend)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.user_support": "missing",
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
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

DOCUMENTS = [
    NL_T21Y_WEB_AGENCY_GENERAL_TERMS,
    NL_T21Y_BUTCHER_SCALES_EMAIL_QUOTE,
    NL_T21Y_HOUSING_COOP_TENANT_PORTAL_SAAS,
    NL_T21Y_MUSEUM_AV_MAINTENANCE,
]
