"""Training batch 16 (nl, writer s): four Belgian and Dutch documents of kinds not used before.

1. nl_t16s_conveyor_control_sla: a formal Flemish service level agreement (numbered articles,
   signed by both parties) for the maintenance and 24/7 support of the conveyor and sorter
   control software (WCS and PLC software) of a distribution centre in Genk, with service
   credits, source-code escrow and a three-month notice on a tacit twelve-month renewal.
2. nl_t16s_physio_software_migration: an informal Flemish e-mail offer for migrating a
   physiotherapy group with three practices from its old practice software to a new cloud
   package, accepted by a reply e-mail; the supplier's general terms apply.
3. nl_t16s_accountancy_document_portal_licence: a Netherlands licence agreement (signed by both
   parties) for a client document portal of an accountancy firm, under NLdigital terms that
   prevail, with best-efforts availability, unilateral price changes, a low liability cap and a
   tacit renewal with three months' notice.
4. nl_t16s_school_cloud_telephony_order: a short Flemish order form for cloud telephony and desk
   phones for a secondary school with two campuses, signed by the supplier only (the school's
   signature block is empty).

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; "partial" = mentioned but vague, a bare
cross-reference without content, a placeholder, best-efforts only, or a negation/disclaimer.
Items and risks whose reading was ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

NL_T16S_CONVEYOR_CONTROL_SLA = UnseenDocument(
    name="nl_t16s_conveyor_control_sla",
    text="""SERVICE LEVEL AGREEMENT
ONDERHOUD EN ONDERSTEUNING VAN DE TRANSPORTBANDBESTURING (WCS) - DISTRIBUTIECENTRUM GENK
Referentie: CVX-SLA-2027-006

TUSSEN
Convexa Automation nv, Industrieweg 112, 3582 Beringen, KBO 0678.214.559,
vertegenwoordigd door de heer Pieter Vanhoof, gedelegeerd bestuurder,
hierna "de Leverancier",

EN
Logidis Limburg nv, Henry Fordlaan 20, 3600 Genk, KBO 0465.338.021,
vertegenwoordigd door mevrouw Katrien Bollen, operationeel directeur,
hierna "de Klant",

WORDT HET VOLGENDE OVEREENGEKOMEN:

Artikel 1 - Voorwerp en rangorde
1.1 De Leverancier verzekert het onderhoud en de ondersteuning van de transportband- en
sorteerbesturing FlowControl WCS 5 in het distributiecentrum van de Klant te Genk: de WCS-server
en de stand-by server, de koppeling met het WMS van de Klant, de visualisatie in de controlekamer
en de PLC-software van de 14 sorteerzones (Siemens S7-1500).
1.2 Deze SLA vormt één geheel met offerte CVX-O-2026-118 van 6 november 2026 (Bijlage 1), de
beschrijving van de installatie en het configuratiedossier (Bijlage 2) en de
verwerkersovereenkomst (Bijlage 3). Bij strijdigheid gaat deze SLA voor op de bijlagen. Algemene
voorwaarden van de Leverancier of van de Klant zijn niet van toepassing.
1.3 Niet inbegrepen zijn: mechanisch onderhoud van de transportbanden, motoren en sensoren (dat
gebeurt door de technische dienst van de Klant), de hardware van de servers en het netwerk,
uitbreidingen van de installatie en wijzigingen aan het WMS zelf.

Artikel 2 - Vergoedingen en betaling
2.1 Voor de opstart van de dienst (inventaris van de installatie, opmaak van het
configuratiedossier en inrichting van de monitoring) betaalt de Klant eenmalig EUR 3.200,00 excl.
btw.
2.2 De vergoeding voor de SLA bedraagt EUR 4.950,00 excl. btw per maand, 24/7-wachtdienst
inbegrepen.
2.3 Interventies buiten het voorwerp van de SLA worden enkel uitgevoerd na een schriftelijke
prijsopgave en de schriftelijke goedkeuring door de Klant vóór de aanvang. Zij worden
aangerekend aan EUR 98,00 per uur (werkdagen 7.00 - 19.00 uur) en EUR 147,00 per uur daarbuiten.
2.4 De vergoeding van 2.2 en de uurtarieven van 2.3 worden jaarlijks op 1 februari geïndexeerd
volgens de formule P = P0 x (0,2 + 0,8 x S / S0), met S het Agoria-referentieloon. Andere
prijswijzigingen vereisen een schriftelijk akkoord van beide partijen.
2.5 De opstartvergoeding wordt gefactureerd bij de start van de SLA; de maandvergoeding per
kwartaal vooraf. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 3 - Opstart en medewerking van de Klant
3.1 De inventaris en het configuratiedossier worden opgemaakt in de weken 2 en 3 van 2027, de
monitoring is actief vanaf 25 januari 2027 en de SLA gaat in op 1 februari 2027.
3.2 Is de opstart door toedoen van de Leverancier niet afgerond op 1 februari 2027, dan is de
maandvergoeding pas verschuldigd vanaf de dag waarop de opstart is afgerond. Ligt de vertraging
aan de Klant, dan gaat de SLA toch in op 1 februari 2027, maar gelden de termijnen van artikel 5
pas vanaf de afronding van de opstart.
3.3 De Klant zorgt uiterlijk op 11 januari 2027 voor een beveiligde VPN-toegang tot de WCS-omgeving,
wijst een key user per ploeg aan die storingen kan vaststellen en melden, houdt de door de
Leverancier aanbevolen reserveonderdelen voor de PLC's in voorraad en meldt elke wijziging aan de
installatie of aan het WMS ten minste tien werkdagen vooraf.

Artikel 4 - Diensten
4.1 De SLA omvat: correctief onderhoud van de WCS- en PLC-software, 24/7-monitoring van de
WCS-servers en de koppeling met het WMS, een wachtdienst buiten de kantooruren, twee preventieve
onderhoudsbezoeken per jaar, het bijhouden van back-ups van de PLC-programma's en de
WCS-configuratie, en de levering en installatie van nieuwe releases en beveiligingspatches van
FlowControl WCS.
4.2 Releases en patches worden eerst geïnstalleerd op de simulatieomgeving van de Leverancier en
daar getest met het testscript van Bijlage 2. Daarna voert de key user van de Klant een
acceptatietest uit op de simulatieomgeving; pas na zijn schriftelijke goedkeuring wordt de release
in productie genomen, in een onderhoudsvenster op zondag tussen 6.00 en 12.00 uur.
4.3 Fouten die binnen drie maanden na de ingebruikname van een release worden gemeld en die aan
die release te wijten zijn, herstelt de Leverancier kosteloos, ook buiten de SLA-termijnen.

Artikel 5 - Bereikbaarheid, prioriteiten en termijnen
5.1 Storingen met prioriteit 1 en 2 worden 24 uur op 24, 7 dagen op 7 gemeld op de hotline
089 39 55 10. Andere meldingen gebeuren via het serviceportaal of servicedesk@convexa.be; de
servicedesk is bemand op werkdagen van 7.00 tot 19.00 uur.
5.2 Prioriteiten en termijnen:
   P1 - sorteerinstallatie volledig stil of WMS-koppeling onderbroken
        reactie binnen 15 minuten, workaround binnen 2 uur, definitief herstel binnen 24 uur
   P2 - één of meer sorteerzones buiten dienst
        reactie binnen 1 uur, workaround binnen 4 uur
   P3 - storing zonder impact op de doorvoer
        reactie binnen 1 werkdag, herstel in de volgende release
De reactietijd loopt vanaf de telefonische melding; reactie betekent dat een engineer op afstand
met de analyse begonnen is. Zo nodig is een engineer binnen 3 uur ter plaatse in Genk.
5.3 De Leverancier garandeert een beschikbaarheid van de WCS-omgeving van 99,7 % per
kalendermaand, gemeten door de monitoring van artikel 4.1. Geplande onderhoudsvensters en
storingen aan de mechanische installatie of aan het WMS van de Klant tellen niet mee.

Artikel 6 - Servicecredits
6.1 Wordt de beschikbaarheid van 99,7 % in een maand niet gehaald, dan crediteert de Leverancier
10 % van de maandvergoeding per begonnen schijf van 0,1 % onder de norm.
6.2 Per P1-storing waarvan de workaround-termijn wordt overschreden, crediteert de Leverancier
EUR 500,00 per begonnen uur overschrijding.
6.3 De credits zijn samen beperkt tot 50 % van de maandvergoeding van de betrokken maand en worden
verrekend op de volgende factuur. Zij laten het recht van de Klant op ontbinding onverlet.

Artikel 7 - Team, kennis van de installatie en kwaliteit
7.1 Servicemanager van de Leverancier is de heer Wim Jacobs. Hij is het vaste aanspreekpunt van de
Klant en beheert het configuratiedossier, dat bij elke wijziging wordt bijgewerkt.
7.2 De wachtdienst wordt uitsluitend verzekerd door engineers met ten minste drie jaar ervaring
met FlowControl WCS en een Siemens TIA Portal-certificering.
7.3 Elke wijziging aan de PLC-software wordt vooraf getest in simulatie, gedocumenteerd in het
wijzigingsregister en nagelezen door een tweede engineer.

Artikel 8 - Rapportering en overleg
8.1 De Leverancier bezorgt elke maand vóór de tiende werkdag een servicerapport met de
beschikbaarheid, alle meldingen met hun reactie- en hersteltijden, de toegekende credits en de
geplande releases.
8.2 Elk kwartaal vindt een service review plaats tussen de servicemanager en het hoofd logistiek
van de Klant. Problemen die daar niet worden opgelost, gaan naar de gedelegeerd bestuurder van de
Leverancier en de operationeel directeur van de Klant, die binnen tien werkdagen samenkomen.

Artikel 9 - Duur en beëindiging
9.1 Deze SLA loopt 36 maanden vanaf 1 februari 2027. Zij wordt daarna stilzwijgend verlengd voor
periodes van twaalf maanden, tenzij een partij ten minste drie maanden vóór het einde van de
lopende periode opzegt bij aangetekende brief.
9.2 Elke partij kan de SLA ontbinden indien de andere partij een ernstige tekortkoming niet
herstelt binnen dertig dagen na een aangetekende ingebrekestelling. De Klant kan bovendien
ontbinden indien de beschikbaarheid drie opeenvolgende maanden onder 99,0 % ligt.
9.3 Bij het einde van de SLA bezorgt de Leverancier binnen tien werkdagen het bijgewerkte
configuratiedossier, de actuele PLC-programma's en de WCS-configuratie in hun oorspronkelijke
formaat, en de meldingshistoriek in csv-formaat. Gedurende zes maanden na het einde blijft hij,
op verzoek van de Klant, de SLA verder uitvoeren tegen de laatst geldende maandvergoeding en
verleent hij zijn medewerking aan de overdracht naar een andere leverancier tegen het tarief van
artikel 2.3.

Artikel 10 - Broncode en continuïteit
De broncode van FlowControl WCS 5 en de documentatie ervan worden bij elke major release
gedeponeerd bij een onafhankelijke escrow-agent. De Klant krijgt toegang tot de broncode bij
faillissement van de Leverancier, bij stopzetting van de ondersteuning van FlowControl WCS 5 of
indien de Leverancier de SLA niet meer uitvoert. De kosten van het depot zijn ten laste van de
Leverancier.

Artikel 11 - Intellectuele eigendom
De licentie op FlowControl WCS 5 blijft geregeld door de licentieovereenkomst van 12 maart 2024.
De PLC-programma's en de klantspecifieke configuratie die de Leverancier in het kader van deze SLA
wijzigt of ontwikkelt, worden eigendom van de Klant zodra zij in productie worden genomen.

Artikel 12 - Aansprakelijkheid
De aansprakelijkheid van de Leverancier is per contractjaar beperkt tot het totaal van de
vergoedingen van dat contractjaar. Zij is niet aansprakelijk voor onrechtstreekse schade zoals
gederfde winst, behalve bij opzet of zware fout. Deze beperkingen gelden niet voor de credits van
artikel 6.

Artikel 13 - Vertrouwelijkheid en persoonsgegevens
13.1 Partijen houden alle informatie over elkaars bedrijfsvoering, waaronder de volumes en de
klanten van de Klant, vertrouwelijk tijdens de SLA en vijf jaar na het einde ervan.
13.2 De WCS bevat enkel de gebruikersnamen van de operatoren. De Leverancier verwerkt die gegevens
als verwerker volgens de verwerkersovereenkomst van Bijlage 3, uitsluitend voor de uitvoering van
deze SLA, binnen de Europese Unie, en meldt een datalek binnen 24 uur aan de Klant.

Artikel 14 - Geschillen
Geschillen worden eerst voorgelegd aan het overleg van artikel 8.2. Komen partijen binnen dertig
dagen niet tot een oplossing, dan stellen zij een bemiddelaar aan, erkend door de Federale
Bemiddelingscommissie. Mislukt de bemiddeling, dan zijn enkel de ondernemingsrechtbanken te
Antwerpen, afdeling Hasselt, bevoegd. Deze SLA is onderworpen aan het Belgisch recht.

Opgemaakt te Genk op 4 december 2026, in twee exemplaren.

Voor Convexa Automation nv                      Voor Logidis Limburg nv
Pieter Vanhoof, gedelegeerd bestuurder           Katrien Bollen, operationeel directeur
(handtekening)                                   (handtekening)
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
        "team.replacement": "missing",
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
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.7,
    },
)

NL_T16S_PHYSIO_SOFTWARE_MIGRATION = UnseenDocument(
    name="nl_t16s_physio_software_migration",
    text="""Van: Hanne Vermeulen <hanne@kinegroep-leiestreek.be>
Verzonden: maandag 30 november 2026 20:14
Aan: Jeroen Desmet <jeroen@medinetwerk.be>
Onderwerp: RE: Offerte migratie naar Movio - Kinegroep Leiestreek

Dag Jeroen,

We hebben het besproken op ons praktijkoverleg: akkoord met je voorstel, voor de drie praktijken.
Het krokusweekend voor de overstap past ons goed. Ik stuur de verwerkersovereenkomst deze week
getekend terug.

Groeten,
Hanne

Hanne Vermeulen
Kinegroep Leiestreek - coördinator
Kortrijksesteenweg 58, 8530 Harelbeke

-----Oorspronkelijk bericht-----
Van: Jeroen Desmet <jeroen@medinetwerk.be>
Verzonden: donderdag 26 november 2026 11:02
Aan: Hanne Vermeulen <hanne@kinegroep-leiestreek.be>
Onderwerp: Offerte migratie naar Movio - Kinegroep Leiestreek

Dag Hanne,

Bedankt voor het gesprek van vorige week in Harelbeke. Hieronder zoals beloofd onze offerte voor
de overstap van jullie drie praktijken (Harelbeke, Kuurne en Deerlijk) van Kinesoft 7 naar
Movio.

Wat we doen
- Export van alle patiëntendossiers uit Kinesoft 7 (ca. 6.800 patiënten): identificatie,
  voorschriften, behandelingsreeksen, verslagen en bijlagen.
- Overzetten van de agenda's van de 14 kinesitherapeuten (alle afspraken vanaf de overstapdatum)
  en van de facturatiehistoriek van de laatste vijf jaar, inclusief de openstaande eFact-
  facturen en de getuigschriften.
- Inrichten van Movio: gebruikers en rechten, agenda's per praktijk, tarieven en nomenclatuur,
  eHealth-certificaten en de koppeling met MyCareNet.
- Installatie van Movio en de eID-lezers op de 17 pc's en laptops in de drie praktijken.
- Twee opleidingen van twee uur (één voor de therapeuten, één voor het secretariaat) en de
  eerste werkdag na de overstap ben ik zelf in Harelbeke om vragen op te vangen.
Niet inbegrepen: de Movio-abonnementen zelf (die lopen rechtstreeks via Movio), nieuwe hardware,
en het overzetten van de oude boekhouding van de groep.

Hoe we het aanpakken
- Week van 18 januari: proefmigratie op een kopie van jullie databank.
- Jullie controleren die proefmigratie binnen een week. Wij leggen er zelf 50 willekeurige
  dossiers en de totalen van de facturatie per maand naast het origineel. Pas als jij de
  proefmigratie goedkeurt, plannen we de definitieve overstap.
- Week van 1 februari: installatie op de pc's en de twee opleidingen.
- Krokusweekend 13-14 februari 2027: definitieve migratie. Maandag 15 februari werken jullie in
  Movio.
Ik hou je tijdens het project elke vrijdag met een korte mail op de hoogte van waar we staan.

Wat we van jullie nodig hebben
- Uiterlijk 8 januari de beheerderstoegang tot de Kinesoft-server en het akkoord van Kinesoft
  voor de export (daar betalen jullie bij Kinesoft een exportkost voor, ca. EUR 250).
- Vrijdag 12 februari vanaf 18.00 uur niets meer ingeven in Kinesoft.
- Een aanspreekpunt per praktijk op maandag 15 februari.

Wie
Ik ben je aanspreekpunt en doe de installatie en de opleidingen. Nina Claeys doet de eigenlijke
migratie; zij heeft het voorbije jaar een twintigtal praktijken van Kinesoft naar Movio
overgezet.

Prijs (excl. btw)
- Migratie van dossiers, agenda's en facturatiehistoriek, vaste prijs:   EUR 4.750
- Inrichting Movio (gebruikers, tarieven, certificaten, MyCareNet):     EUR   850 eenmalig
- Installatie op 17 werkposten:                                         EUR   680
- Twee opleidingen en de begeleiding op de eerste dag:                  EUR   720
Totaal:                                                                 EUR 7.000
Vraag je onderweg iets extra, dan rekenen we dat aan EUR 95 per uur. Dat bespreken we altijd eerst
met jou: je krijgt een inschatting van het aantal uren en we beginnen pas na je akkoord.
Facturatie: 50 % bij jullie akkoord, 50 % na de overstap. Betalen binnen 15 dagen.

Na de overstap
Fouten in de overgezette gegevens die jullie binnen 30 dagen na de overstap melden, zetten we
kosteloos recht. Je krijgt ook een migratieverslag met wat er precies is overgezet, wat niet, en
waar de oude gegevens bewaard blijven. De Kinesoft-server blijft in alleen-lezen beschikbaar tot
jullie hem zelf uitzetten.

Privacy
Nina en ik hebben een geheimhoudingsverklaring getekend, we werken enkel op jullie server en we
nemen geen kopie van patiëntgegevens mee. Omdat het om gezondheidsgegevens gaat, zit in bijlage
onze verwerkersovereenkomst; graag getekend terug vóór de proefmigratie.

Verder gelden onze algemene voorwaarden (ook in bijlage).

Laat maar iets weten, dan reserveer ik het krokusweekend.

Met vriendelijke groeten,

Jeroen Desmet
Medinetwerk bv - IT voor zorgpraktijken
Gentsesteenweg 211, 8500 Kortrijk | 056 70 18 44 | BE 0745.902.317
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
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
        "warranty_days": 30,
    },
)

NL_T16S_ACCOUNTANCY_DOCUMENT_PORTAL_LICENCE = UnseenDocument(
    name="nl_t16s_accountancy_document_portal_licence",
    text="""LICENTIEOVEREENKOMST DOSSIERA KLANTPORTAAL
Overeenkomstnummer: DSR-2026-0412

De ondergetekenden:

1. Dossiera Software B.V., gevestigd te Utrecht, Papendorpseweg 95, ingeschreven in het
   Handelsregister onder nummer 71234567, rechtsgeldig vertegenwoordigd door de heer M. (Mark)
   Hoekstra, directeur, hierna: "Leverancier";

2. Van der Veen & De Groot Accountants en Belastingadviseurs B.V., gevestigd te Zwolle,
   Grote Voort 212, ingeschreven in het Handelsregister onder nummer 05098321, rechtsgeldig
   vertegenwoordigd door mevrouw drs. E. (Eline) van der Veen RA, managing partner,
   hierna: "Afnemer";

komen het volgende overeen.

Artikel 1 - Onderwerp en toepasselijke voorwaarden
1.1 Leverancier verleent Afnemer het recht het Dossiera Klantportaal (hierna: "het Portaal") als
online dienst te gebruiken voor het veilig uitwisselen van documenten met haar cliënten, het
laten ondertekenen van jaarstukken en het opvragen van stukken voor de aangiften.
1.2 De offerte van Leverancier met kenmerk OFF-2026-0412 van 2 november 2026 maakt deel uit van
deze Overeenkomst.
1.3 Op deze Overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing, inclusief de
modules SaaS en Dienstverlening, die Afnemer heeft ontvangen. Bij strijdigheid tussen deze
Overeenkomst en de NLdigital Voorwaarden gaan de NLdigital Voorwaarden voor, tenzij in deze
Overeenkomst uitdrukkelijk en met verwijzing naar het betreffende artikel anders is bepaald.
Inkoopvoorwaarden van Afnemer zijn niet van toepassing.

Artikel 2 - Omvang van de dienst
2.1 Het Portaal omvat: 45 medewerkeraccounts, onbeperkt aantal cliëntaccounts, 500 GB opslag,
digitale ondertekening van jaarrekeningen en aangiften (tot 1.500 ondertekeningen per jaar), een
koppeling met het praktijkmanagementsysteem Praktijkplan van Afnemer voor de cliëntenlijst, en
huisstijl van Afnemer op het Portaal en in de e-mailberichten.
2.2 Niet inbegrepen zijn: extra ondertekeningen (EUR 0,85 per stuk), extra opslag (EUR 15,00 per
100 GB per maand), koppelingen met andere systemen en maatwerk.

Artikel 3 - Implementatie
3.1 Leverancier richt het Portaal in binnen vier weken na ondertekening: week 1 inrichting en
huisstijl, week 2 koppeling met Praktijkplan en import, week 3 test door Afnemer, week 4
trainingen. De livegang is voorzien uiterlijk op 1 maart 2027.
3.2 Afnemer levert uiterlijk in week 1 de huisstijlbestanden, een testaccount voor Praktijkplan
en een export van de cliëntenmappen van de laatste twee jaar van de huidige netwerkschijf, en
wijst een interne beheerder aan.
3.3 Leverancier importeert de cliëntenlijst uit Praktijkplan en de documenten van de laatste twee
jaar in de mapstructuur van het Portaal, en levert een importverslag met aantallen per cliënt.
3.4 Afnemer test het ingerichte Portaal binnen tien werkdagen aan de hand van de testlijst uit
de offerte en meldt bevindingen schriftelijk. Leverancier herstelt blokkerende bevindingen
binnen vijf werkdagen. Het Portaal geldt als aanvaard na schriftelijke goedkeuring door Afnemer,
of zodra Afnemer het Portaal voor cliënten in gebruik neemt.
3.5 Leverancier verzorgt twee online trainingen van twee uur voor medewerkers en een training van
een halve dag voor de beheerder, en stelt een beheerdershandleiding en een handleiding voor
cliënten ter beschikking.
3.6 Implementatieconsultant namens Leverancier is mevrouw S. (Sanne) Bakker. Na livegang is de
heer R. (Ruben) de Wit vast accountmanager van Afnemer.

Artikel 4 - Vergoedingen
4.1 Eenmalige implementatievergoeding (inrichting, koppeling, import, trainingen): EUR 6.400,00.
4.2 Licentievergoeding: EUR 24,00 per medewerkeraccount per maand, voor 45 accounts EUR 1.080,00
per maand. De totale waarde van het eerste contractjaar bedraagt daarmee EUR 19.360,00.
4.3 Werkzaamheden buiten de omvang van artikel 2 voert Leverancier uit tegen EUR 125,00 per uur,
uitsluitend na schriftelijke opdracht van Afnemer op basis van een begroting van Leverancier.
4.4 Leverancier is gerechtigd de vergoedingen jaarlijks per 1 januari aan te passen. Leverancier
maakt de aanpassing uiterlijk twee maanden van tevoren bekend.
4.5 De implementatievergoeding wordt gefactureerd bij livegang, de licentievergoeding jaarlijks
vooraf. Betaling binnen 30 dagen na factuurdatum.

Artikel 5 - Beschikbaarheid, support en onderhoud
5.1 Leverancier streeft naar een beschikbaarheid van het Portaal van 99,5% per kalendermaand,
exclusief aangekondigd onderhoud. Deze verplichting is een inspanningsverplichting. Het niet
behalen van dit percentage geeft Afnemer geen recht op creditering, korting of schadevergoeding.
5.2 Support is bereikbaar op werkdagen van 08.30 tot 17.00 uur via 030 207 44 10 en
support@dossiera.nl. Alleen de beheerder en maximaal twee medewerkers van Afnemer kunnen
meldingen doen; cliënten van Afnemer worden door Afnemer zelf ondersteund.
5.3 Leverancier reageert op meldingen met prioriteit 1 (Portaal niet bereikbaar voor alle
gebruikers) binnen 2 uur, met prioriteit 2 binnen 8 uur en overige meldingen binnen 2 werkdagen,
telkens binnen supporturen. Leverancier spant zich in storingen zo spoedig mogelijk te verhelpen.
5.4 Leverancier voert updates en beveiligingspatches door zonder meerkosten. Nieuwe versies met
gewijzigde functionaliteit worden ten minste twee weken vooraf aangekondigd; onderhoud vindt
plaats buiten kantooruren.
5.5 Leverancier is ISO 27001-gecertificeerd, ontwikkelt en beheert het Portaal volgens die norm
en laat jaarlijks een penetratietest uitvoeren door een onafhankelijke partij.
5.6 Leverancier stuurt Afnemer elk kwartaal een rapportage met de gerealiseerde beschikbaarheid,
het aantal meldingen per prioriteit en het gebruik. Eenmaal per jaar vindt een evaluatiegesprek
plaats tussen de accountmanager en de managing partner van Afnemer.

Artikel 6 - Duur en beëindiging
6.1 De Overeenkomst wordt aangegaan voor 24 maanden vanaf de livegang en wordt daarna telkens
stilzwijgend verlengd met 12 maanden, tenzij een partij uiterlijk drie maanden voor het einde van
de lopende periode schriftelijk opzegt.
6.2 Iedere partij kan de Overeenkomst ontbinden indien de andere partij na een schriftelijke
ingebrekestelling met een termijn van dertig dagen tekortschiet in de nakoming.
6.3 Na het einde van de Overeenkomst kan Afnemer gedurende 30 dagen alle documenten downloaden in
het oorspronkelijke bestandsformaat, met een CSV-bestand met de metadata per document (cliënt,
map, datum, ondertekeningsstatus). Daarna verwijdert Leverancier alle gegevens binnen 60 dagen.
6.4 Op verzoek van Afnemer verleent Leverancier tot drie maanden na het einde medewerking aan de
overstap naar een andere leverancier tegen het uurtarief van artikel 4.3, en blijft het Portaal
in die periode beschikbaar tegen de laatst geldende maandvergoeding.
6.5 Er is geen broncode-escrow van toepassing.

Artikel 7 - Rechten
Alle intellectuele eigendomsrechten op het Portaal blijven bij Leverancier. Afnemer verkrijgt een
niet-exclusief en niet-overdraagbaar gebruiksrecht voor de duur van de Overeenkomst. De documenten
en gegevens die Afnemer en haar cliënten in het Portaal plaatsen, blijven van Afnemer.

Artikel 8 - Aansprakelijkheid
De totale aansprakelijkheid van Leverancier is beperkt tot het bedrag van de vergoedingen die
Afnemer in de drie maanden voorafgaand aan de schadeveroorzakende gebeurtenis heeft betaald, met
een maximum van EUR 10.000,00. Aansprakelijkheid voor indirecte schade, gevolgschade, gederfde
winst en verlies of verminking van gegevens is uitgesloten.

Artikel 9 - Geheimhouding en persoonsgegevens
9.1 Partijen houden alle vertrouwelijke informatie van de andere partij geheim, ook na het einde
van de Overeenkomst. Medewerkers van Leverancier met toegang tot het Portaal hebben een
geheimhoudingsverklaring ondertekend.
9.2 Leverancier verwerkt persoonsgegevens van medewerkers en cliënten van Afnemer als verwerker.
Partijen sluiten daartoe gelijktijdig de verwerkersovereenkomst in Bijlage 2 (model NLdigital, met
Data Pro Statement). De gegevens worden uitsluitend opgeslagen in twee datacenters in Nederland.

Artikel 10 - Geschillen en toepasselijk recht
Op deze Overeenkomst is Nederlands recht van toepassing. Partijen trachten een geschil eerst op te
lossen in een overleg tussen hun directies. Leidt dat binnen dertig dagen niet tot een oplossing,
dan wordt het geschil voorgelegd aan de bevoegde rechter van de rechtbank Midden-Nederland.

Aldus overeengekomen en in tweevoud ondertekend,

Dossiera Software B.V.                          Van der Veen & De Groot Accountants en
                                                Belastingadviseurs B.V.
M. Hoekstra, directeur                           drs. E. van der Veen RA, managing partner
Utrecht, 1 december 2026                         Zwolle, 3 december 2026
(handtekening)                                   (handtekening)
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
        "timing.delay": "missing",
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
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)

NL_T16S_SCHOOL_CLOUD_TELEPHONY_ORDER = UnseenDocument(
    name="nl_t16s_school_cloud_telephony_order",
    text="""BELVOX BV - zakelijke telefonie in de cloud
Nijverheidslaan 4, 9880 Aalter | 09 396 40 00 | verkoop@belvox.be | BTW BE 0823.651.407

BESTELBON BVX-B-2026-1187

Klant:          Sint-Lodewijkscollege vzw, Papenstraat 27, 8800 Roeselare
                BTW BE 0409.772.146
Campussen:      campus Papenstraat (hoofdschool) en campus Zuid, Meensesteenweg 310, Roeselare
Contactpersoon: dhr. Stijn Verhelst, ICT-coördinator, 051 22 14 90
Accountmanager: mevr. Evelien Coppens, 0477 81 36 25, evelien.coppens@belvox.be
Datum:          3 december 2026

1. BESTELDE DIENSTEN EN TOESTELLEN
- Belvox Cloud Voice: telefooncentrale in de cloud voor beide campussen, met keuzemenu
  ("voor het leerlingensecretariaat, druk 1 ..."), openingsuren volgens de schooluren en de
  schoolvakanties, wachtrij voor het onthaal en voicemail naar e-mail.
- 50 gebruikerslicenties, waarvan 20 met de Belvox-app voor smartphone en laptop
  (directie, leerlingenbegeleiding, middagtoezicht).
- 38 bureautoestellen Yealink T43U en 6 DECT-toestellen Yealink W73H met 2 basisstations
  (onderhoud, toezicht, sporthal).
- Portering van de twee bestaande nummerreeksen (051 22 14 xx en 051 26 80 xx).
- Onbeperkt bellen naar vaste en mobiele nummers in België. Internationale en betalende
  nummers zijn geblokkeerd.
Niet inbegrepen: PoE-switches, bekabeling en de netwerkconfiguratie op de campussen, de
internetverbinding, de deurtelefoon en de koppeling met het belsysteem van de school.

2. PRIJZEN (excl. btw)
Eenmalig
  38 x Yealink T43U                          à EUR 119,00     EUR 4.522,00
  6 x Yealink W73H + 2 basisstations                          EUR 1.158,00
  Installatie, configuratie en keuzemenu                      EUR 1.450,00
  Portering van de nummers                                    gratis
  Totaal eenmalig                                             EUR 7.130,00
Maandelijks
  50 gebruikerslicenties                     à EUR 9,50       EUR   475,00 per maand
De maandprijzen worden jaarlijks op 1 januari geïndexeerd volgens de index der
consumptieprijzen.
Facturatie: het eenmalige bedrag na de installatie, de maandprijzen maandelijks vooraf.
Betaling binnen 30 dagen na factuurdatum.

3. INSTALLATIE
- De school bezorgt uiterlijk op 22 januari 2027 de lijst van de toestellen per lokaal, de
  gewenste nummers en het keuzemenu, en ondertekent het porteringsformulier.
- De ICT-coördinator zorgt vóór de installatie voor een PoE-aansluiting per toestel in een apart
  spraak-VLAN, volgens de netwerkrichtlijnen van Belvox.
- De installatie en de portering gebeuren tijdens de krokusvakantie (15 tot 19 februari 2027).
  Op maandag 22 februari 2027 werkt de school met Belvox Cloud Voice.
- Het secretariaat en het onthaal krijgen op de dag van de installatie een opleiding van
  45 minuten; alle gebruikers ontvangen een beknopte handleiding per e-mail.

4. ONDERSTEUNING
- De helpdesk is bereikbaar op werkdagen van 8.00 tot 17.00 uur via 09 396 40 40 en
  support@belvox.be.
- Bij een volledige uitval van de telefonie op een campus reageert Belvox binnen 2 uur en is de
  dienst binnen 4 werkuren hersteld. Andere meldingen worden behandeld binnen 1 werkdag.
- Belvox garandeert een beschikbaarheid van het spraakplatform van 99,95 % op jaarbasis.
- De software van het platform en de firmware van de toestellen worden door Belvox automatisch
  bijgewerkt, zonder kosten.
- Op de toestellen geldt een waarborg van 24 maanden: een defect toestel wordt binnen 2 werkdagen
  kosteloos vervangen.

5. DUUR
De overeenkomst loopt 36 maanden vanaf de activatie. Zij wordt daarna stilzwijgend verlengd met
telkens 12 maanden, tenzij een partij ze ten minste één maand voor het einde van de lopende
periode schriftelijk opzegt. Bij opzegging door de school vóór het einde van de eerste periode
van 36 maanden zijn de resterende maandprijzen van die periode verschuldigd.
De toestellen worden eigendom van de school na betaling van de factuur.

6. VOORWAARDEN
Op deze bestelbon zijn de algemene voorwaarden van Belvox van toepassing
(www.belvox.be/voorwaarden). Voor de verwerking van de gespreksgegevens geldt de
privacyverklaring op www.belvox.be/privacy.

Voor Belvox bv                                  Voor akkoord, voor de school
Evelien Coppens, accountmanager                  Naam: ..................................
(handtekening)                                   Functie: ...............................
                                                 Datum: ..................................
                                                 Handtekening: ..........................
""",
    items={
        "agreement.general_terms": "partial",
        "agreement.quote_included": "missing",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "missing",
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
        "maintenance.availability": "covered",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.95,
    },
)

DOCUMENTS = [
    NL_T16S_CONVEYOR_CONTROL_SLA,
    NL_T16S_PHYSIO_SOFTWARE_MIGRATION,
    NL_T16S_ACCOUNTANCY_DOCUMENT_PORTAL_LICENCE,
    NL_T16S_SCHOOL_CLOUD_TELEPHONY_ORDER,
]
