"""Training batch 16 (nl, writer r): four Dutch documents of kinds not used before.

1. nl_t16r_hospital_nurse_call_bed_management: a long, formal Flemish maintenance contract
   (numbered articles, signed by both parties) for a hospital's nurse-call (verpleegoproep) and
   bed-management software, including a fixed-price upgrade to a new version, a 24/7 SLA with
   service credits, source-code deposit with a notary, and no tacit renewal.
2. nl_t16r_bakery_till_network_quote: an informal Flemish e-mail quote for the cash registers and
   shop network of a bakery chain with six shops, accepted by a reply e-mail, with the supplier's
   general terms, tacit renewal, unilateral price changes and a narrow liability cap.
3. nl_t16r_it_staffing_general_terms: the general terms (algemene voorwaarden) of a Dutch IT
   secondment (detachering) firm: unsigned, best-efforts only, supplier may change rates,
   liability largely excluded, Dutch law.
4. nl_t16r_municipal_open_data_platform: a Flemish agreement (signed by both parties) between a
   town and a supplier for the implementation, hosting and management of a CKAN open-data portal
   after a public procurement, with vague team-change and transition clauses and no service
   credits.

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

NL_T16R_HOSPITAL_NURSE_CALL_BED_MANAGEMENT = UnseenDocument(
    name="nl_t16r_hospital_nurse_call_bed_management",
    text="""ONDERHOUDSOVEREENKOMST
Software voor verpleegoproep en beddenbeheer - Curaflow Call en Curaflow Beds
Overeenkomst nr. CF-ZH-2027-006

TUSSEN Curaflow nv, Ottergemsesteenweg-Zuid 808, 9000 Gent, KBO 0694.552.318, vertegenwoordigd
door de heer Pieter-Jan Desmet, gedelegeerd bestuurder, hierna "de Leverancier",
EN AZ Broekdal vzw, Heirbrugstraat 40, 9160 Lokeren, KBO 0412.087.655, met campussen te Lokeren
(campus Sint-Jan) en Zele (campus Heilig Hart), vertegenwoordigd door mevrouw dr. An Verstraete,
algemeen directeur, en de heer Marc Lippens, directeur ICT, hierna "het Ziekenhuis",
WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp en contractdocumenten
1.1 De Leverancier staat in voor het onderhoud, de ondersteuning en het applicatiebeheer van
Curaflow Call 6.4 (verpleegoproep, 412 bedden) en Curaflow Beds 3.2 (beddenbeheer), met de
koppelingen met het elektronisch patiëntendossier (HL7 ADT), de Ascom DECT-toestellen en de app
van de schoonmaakdienst, en voert de upgrade van Curaflow Call naar versie 7 uit (artikel 4).
1.2 De opdracht werd gegund na een onderhandelingsprocedure op basis van het bestek
ZH-ICT-2026-031. De offerte CF-O-2026-219 van 21 oktober 2026 maakt als Bijlage 1 deel uit van
deze overeenkomst; Bijlage 2 is de verwerkersovereenkomst, Bijlage 3 de escrowovereenkomst.
1.3 Bij tegenstrijdigheid geldt de rangorde: deze overeenkomst, het bestek, Bijlagen 2 en 3, de
offerte. De algemene voorwaarden van de Leverancier zijn niet van toepassing.
1.4 Niet inbegrepen zijn: de kamerhardware (drukknoppen, peertjes, signalisatie, bekabeling), die
de elektrotechnische installateur van het Ziekenhuis onderhoudt; de DECT-infrastructuur; de
virtuele servers, het besturingssysteem en de back-up ervan; nieuwe koppelingen.

Artikel 2 - Diensten (formule Zorgkritisch)
2.1 De formule omvat: correctief onderhoud; 24/7 monitoring van de applicatieservices en de
koppelingen; twee preventieve bezoeken per jaar per campus (maart en september) met controle van
de escalatieketens, analyse van de logbestanden en een test van 10 % van de kamers samen met de
technische dienst; de helpdesk; het ter beschikking stellen en installeren van updates.
2.2 Beveiligingspatches worden geïnstalleerd binnen tien werkdagen na hun beschikbaarheid,
kritieke patches binnen 72 uur. Nieuwe versies zijn inbegrepen in de maandvergoeding. Elke update
gaat eerst naar de testomgeving en pas na goedkeuring door de applicatiebeheerder van het
Ziekenhuis naar productie, op dinsdag tussen 14.00 en 16.00 uur, met het systeem in terugvalmodus.

Artikel 3 - Helpdesk, prioriteiten en beschikbaarheid
3.1 Meldingen van prioriteit 1 en 2 worden 24/7 aangenomen via het permanentienummer 09 298 44 10.
Andere meldingen worden op werkdagen van 8.00 tot 17.00 uur behandeld via het klantenportaal of
support@curaflow.be.
3.2 Prioriteiten en termijnen:
   P1 - uitval verpleegoproep op een afdeling of campus, of van de doorschakeling naar DECT:
        reactie 15 minuten, herstel of workaround binnen 4 uur
   P2 - uitval in afzonderlijke kamers of storing Curaflow Beds: reactie 1 uur, herstel 8 uur
   P3 - storing zonder impact op de zorg: reactie 1 werkdag, herstel 5 werkdagen
   P4 - vraag of wijzigingsverzoek: reactie 3 werkdagen
De reactietermijn loopt tot een gekwalificeerde technieker contact heeft met de ICT-permanentie
van het Ziekenhuis en de diagnose start.
3.3 De beschikbaarheid van Curaflow Call en van Curaflow Beds bedraagt elk ten minste 99,8 % per
kalendermaand, buiten het onderhoud van artikel 2.2 en storingen die aantoonbaar te wijten zijn
aan de infrastructuur van het Ziekenhuis.
3.4 Per overschreden P1-hersteltermijn crediteert de Leverancier 10 % van de maandvergoeding, en
per begonnen schijf van 0,1 % onder de beschikbaarheid van 3.3 5 %, samen ten hoogste 30 % van de
maandvergoeding per maand, verrekend op de volgende factuur, onverminderd artikel 9.3.

Artikel 4 - Upgrade Curaflow Call versie 7
4.1 De upgrade omvat de installatie van versie 7 in test en productie en de conversie van de
configuratie (kamerindeling, escalatieschema's, gebruikers) en van de oproephistoriek van 24
maanden naar het datamodel van versie 7, met een proefconversie in de testomgeving.
4.2 Planning: testomgeving op 15 maart 2027; proefconversie in week 13; acceptatietests in april;
ingebruikname op campus Zele op 11 mei 2027 en op campus Sint-Jan op 25 mei 2027.
4.3 Partijen stellen uiterlijk op 1 maart 2027 een testscript van ongeveer 40 scenario's vast,
met alle escalatieketens en koppelingen. Het Ziekenhuis test binnen tien werkdagen na de
proefconversie; blokkerende bevindingen worden binnen vijf werkdagen hersteld en hertest. De
ingebruikname gebeurt pas na schriftelijke goedkeuring door de directeur ICT en de zorgmanager.
4.4 Op de dag van ingebruikname en de dag erna zijn twee techniekers van 7.00 tot 19.00 uur
aanwezig op de campus. De Leverancier geeft twee sessies train-de-trainer aan twaalf
referentieverpleegkundigen en levert een e-learningmodule en een handleiding in het Nederlands.
4.5 Wordt een datum van ingebruikname door toedoen van de Leverancier overschreden, dan is hij
1 % van de prijs van de upgrade per werkdag verschuldigd, met een maximum van 10 %. Ligt de
oorzaak bij het Ziekenhuis, dan wordt de planning in overleg verschoven; bij meer dan tien werkdagen
verschuiving worden de bijkomende prestaties aangerekend volgens artikel 5.5.
4.6 Gedurende 90 dagen na de ingebruikname op de laatste campus herstelt de Leverancier kosteloos
alle gebreken van versie 7 en van de conversie, binnen de termijnen van artikel 3.2.

Artikel 5 - Prijzen en betaling
5.1 Maandvergoeding formule Zorgkritisch, beide producten:              EUR   3.420,00
5.2 Eenmalige opstartkost (inventaris, configuratiedossier, monitoring):  EUR   2.400,00
5.3 Upgrade Curaflow Call versie 7, vaste prijs:                         EUR  18.650,00
5.4 Totale contractwaarde over 36 maanden:                               EUR 144.170,00
Alle bedragen zijn exclusief btw.
5.5 Prestaties buiten deze overeenkomst worden enkel uitgevoerd na een schriftelijke prijsofferte
en een bestelbon ondertekend door de directeur ICT, aan EUR 98,00 per uur op werkdagen van 8.00
tot 18.00 uur en 150 % daarbuiten, plus een verplaatsingsforfait van EUR 55,00.
5.6 De maandvergoeding en het uurtarief worden jaarlijks op 1 januari geïndexeerd volgens
P = P0 x (0,2 + 0,8 x S / S0), met S het Agoria-referentieloon. Elke andere prijswijziging vereist
een schriftelijk addendum ondertekend door beide partijen.
5.7 De maandvergoeding wordt per kwartaal vooraf gefactureerd, de opstartkost na oplevering van het
configuratiedossier, de upgrade na de ingebruikname op de laatste campus. Facturen zijn betaalbaar
binnen 30 dagen na ontvangst.

Artikel 6 - Team en kennis van de omgeving
6.1 Vaste servicemanager is mevrouw Leen Van Acker; projectleider van de upgrade is de heer Bram
De Clercq. Aanspreekpunten van het Ziekenhuis zijn de heer Koen Baert, applicatiebeheerder, en
mevrouw Els Martens, zorgmanager.
6.2 De interventies gebeuren door techniekers met de certificering Curaflow niveau 3 en ten minste
drie jaar ervaring met verpleegoproepsystemen in ziekenhuizen.
6.3 De servicemanager en de projectleider worden slechts vervangen na een kennisgeving van één
maand, door een persoon met gelijkwaardige ervaring, met twee weken overlap en zonder kosten
voor het Ziekenhuis.
6.4 De Leverancier houdt een configuratiedossier bij (kamerindeling, escalatieschema's,
koppelingen, accounts, netwerkgegevens), werkt het bij na elke wijziging en stelt het via het
klantenportaal ter beschikking van het Ziekenhuis.
6.5 De Leverancier werkt volgens de regels van de kunst en de norm DIN VDE 0834, en is
gecertificeerd volgens ISO/IEC 27001.

Artikel 7 - Medewerking van het Ziekenhuis
Het Ziekenhuis verleent permanente toegang via VPN met tweestapsverificatie, stelt uiterlijk op
1 maart 2027 de virtuele servers voor versie 7 ter beschikking, meldt verbouwingen en wijzigingen
aan de kamerindeling ten minste tien werkdagen vooraf en zorgt dat zijn ICT-permanentie 24/7
bereikbaar is.

Artikel 8 - Rapportering en overleg
8.1 Uiterlijk de tiende werkdag van elke maand bezorgt de Leverancier een servicerapport met de
incidenten per prioriteit, de reactie- en hersteltijden, de beschikbaarheid, de creditering en de
geïnstalleerde updates; tijdens de upgrade om de twee weken een voortgangsrapport.
8.2 Elk kwartaal overleggen de servicemanager, de directeur ICT en de zorgmanager. Eenmaal per jaar
komt een stuurgroep samen met de gedelegeerd bestuurder en de algemeen directeur.
8.3 Escalatie: servicemanager, daarna de operationeel directeur van de Leverancier (reactie binnen
één werkdag), daarna de gedelegeerd bestuurder.

Artikel 9 - Duur en beëindiging
9.1 Deze overeenkomst loopt 36 maanden vanaf 1 januari 2027, zonder stilzwijgende verlenging. Het
Ziekenhuis kan haar tweemaal verlengen met twaalf maanden door een schriftelijke bestelling vóór
de vervaldag.
9.2 Na het eerste contractjaar kan het Ziekenhuis de overeenkomst op elk ogenblik opzeggen met een
opzegtermijn van drie maanden, bij aangetekende brief.
9.3 Elke partij kan de overeenkomst ontbinden wanneer de andere een zware tekortkoming niet
herstelt binnen 30 dagen na een aangetekende ingebrekestelling. Het Ziekenhuis kan ook ontbinden
wanneer de beschikbaarheid in drie maanden binnen twaalf maanden lager ligt dan 99,5 %.
9.4 Bij het einde, om welke reden ook, blijft de Leverancier op verzoek van het Ziekenhuis het
onderhoud verzekeren tegen dezelfde voorwaarden gedurende ten hoogste zes maanden, tot de
overname door een nieuwe leverancier, en bezorgt hij die het configuratiedossier en de
specificaties van de koppelingen.
9.5 Binnen 30 dagen na het einde bezorgt de Leverancier een volledige export van de gegevens
(oproephistoriek, historiek van de bedbezetting, configuratie) in csv-formaat en als databasedump,
met de beschrijving van het datamodel, en wist hij daarna alle gegevens. De Leverancier heeft geen
retentierecht op de gegevens.

Artikel 10 - Broncode
De broncode van beide producten is gedeponeerd bij notaris Van den Bossche te Gent volgens
Bijlage 3, wordt bij elke hoofdversie geactualiseerd en wordt aan het Ziekenhuis vrijgegeven bij
faillissement of vereffening van de Leverancier of wanneer hij het onderhoud van de producten
stopzet. De kosten van het depot zijn ten laste van de Leverancier.

Artikel 11 - Aansprakelijkheid
De aansprakelijkheid van de Leverancier is beperkt tot EUR 500.000,00 per schadegeval en
EUR 1.000.000,00 per kalenderjaar, behalve bij opzet, zware fout of lichamelijk letsel. De
Leverancier houdt een beroepsaansprakelijkheidsverzekering aan van ten minste EUR 2.500.000,00.

Artikel 12 - Intellectuele eigendom
De rechten op Curaflow Call en Curaflow Beds blijven bij de Leverancier. Het Ziekenhuis behoudt
een niet-exclusief, niet-overdraagbaar gebruiksrecht voor al zijn campussen, zonder beperking van
het aantal bedden, ook op nieuwe versies.

Artikel 13 - Vertrouwelijkheid en persoonsgegevens
13.1 Partijen houden alle informatie van de andere partij vertrouwelijk, tijdens de overeenkomst
en vijf jaar na het einde ervan. Medewerkers met toegang tot patiëntgegevens ondertekenen vooraf
een vertrouwelijkheidsverklaring.
13.2 Curaflow Beds verwerkt de identiteit van de patiënt, de kamer en de opname- en ontslagdata.
De Leverancier treedt op als verwerker volgens Bijlage 2, verwerkt de gegevens uitsluitend in de
Europese Unie, heeft enkel toegang via de VPN met logging en meldt een datalek binnen 24 uur aan
de functionaris voor gegevensbescherming van het Ziekenhuis.

Artikel 14 - Geschillen
Een geschil wordt eerst behandeld volgens de escalatie van artikel 8.3. Is het na 30 dagen niet
opgelost, dan doen partijen een beroep op een erkend bemiddelaar voordat zij naar de rechter
stappen. Deze overeenkomst wordt beheerst door het Belgisch recht; bevoegd is de
ondernemingsrechtbank Gent, afdeling Dendermonde.

Opgemaakt te Lokeren op 4 december 2026, in twee exemplaren.

Voor Curaflow nv                                 Voor AZ Broekdal vzw
Pieter-Jan Desmet, gedelegeerd bestuurder         dr. An Verstraete, algemeen directeur
(handtekening)                                   Marc Lippens, directeur ICT
                                                 (handtekeningen)
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
        "risk.auto_renewal": False,
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
        "availability_percent": 99.8,
    },
)

NL_T16R_BAKERY_TILL_NETWORK_QUOTE = UnseenDocument(
    name="nl_t16r_bakery_till_network_quote",
    text="""Van: Jeroen Vercruysse <jeroen@bakkerijvercruysse.be>
Aan: Pieter Lambrecht <pieter@kassanova.be>
Datum: donderdag 3 december 2026 21:42
Onderwerp: RE: Offerte OF-26-0871 kassa's en netwerk 6 winkels

Dag Pieter,

Akkoord met de offerte, mag besteld worden. Graag installeren vanaf februari, op maandag want dan
zijn we dicht. Sabine stuurt het artikelbestand deze week nog door.

Groeten,
Jeroen

Jeroen Vercruysse | zaakvoerder
Bakkerij Vercruysse bv | Meensesteenweg 214, 8800 Roeselare

-----Oorspronkelijk bericht-----
Van: Pieter Lambrecht <pieter@kassanova.be>
Datum: dinsdag 24 november 2026 10:05
Aan: Jeroen Vercruysse <jeroen@bakkerijvercruysse.be>
Onderwerp: Offerte OF-26-0871 kassa's en netwerk 6 winkels

Dag Jeroen,

Bedankt voor de rondleiding vorige week in Roeselare en Izegem. Hieronder onze offerte voor de
nieuwe kassa's en het netwerk in jullie zes winkels (Roeselare centrum met tearoom, Roeselare
Beveren, Izegem, Ingelmunster, Tielt en Hooglede).

Wat we leveren en installeren
- 11 kassasets: touchscreen 15", klantendisplay, bonprinter en kassalade (twee per winkel,
  één in Hooglede)
- de koppeling met jullie bestaande Bizerba-weegschalen en met de CCV-betaalterminals
- per winkel een netwerkpakket: firewall, PoE-switch met 8 poorten, 4G-back-up (als jullie
  internet uitvalt, blijven kassa's en betaalterminals werken) en een klein wandrack
- voor de tearoom in Roeselare een geregistreerd kassasysteem (GKS) met fiscale datamodule
- de cloud-backoffice: artikels en prijzen centraal beheren, dagomzet per winkel, bestellingen
  voor het atelier
- overname van jullie artikelbestand (ca. 350 artikels) uit de Excel die Sabine bijhoudt
- opleiding van het winkelpersoneel: 1,5 uur per winkel, ter plaatse bij de installatie

Niet inbegrepen: de betaalterminals zelf en jullie contract met CCV, de internetaansluiting per
winkel, elektriciteitswerken, extra netwerkkabels buiten de kassazone en de weegschalen.

Prijs eenmalig (excl. btw)
  11 x kassaset à EUR 1.485,00                                 EUR 16.335,00
  6 x netwerkpakket à EUR 890,00                               EUR  5.340,00
  fiscale datamodule tearoom                                   EUR    495,00
  installatie, configuratie en netwerk, 6 winkels (forfait)    EUR  3.900,00
  overname artikelbestand en opbouw productcatalogus           EUR    650,00
  opleiding personeel                                          EUR    900,00
  Totaal eenmalig                                              EUR 27.620,00

Prijs per maand (excl. btw)
  kassasoftware en cloud-backoffice, 11 x EUR 29,00            EUR 319,00
  GKS-licentie tearoom                                         EUR  15,00
  netwerkbeheer en 4G-data, 6 x EUR 24,00                      EUR 144,00
  supportpakket Bakker Plus, 6 x EUR 35,00                     EUR 210,00
  Totaal per maand                                             EUR 688,00

Planning
Levering van de toestellen drie à vier weken na jullie akkoord. We installeren op maandag, twee
winkels per keer, dus alles staat er na drie maandagen. Van jullie hebben we nodig: een werkende
internetaansluiting en stopcontacten aan de toonbank in elke winkel, het artikelbestand met
prijzen ten laatste twee weken voor de eerste installatie, en per winkel een verantwoordelijke
die aanwezig is voor de opleiding.

Support Bakker Plus
- Helpdesk 7 dagen op 7, van 6.00 tot 20.00 uur, op 056 35 71 90 of via WhatsApp.
- Ligt een winkel helemaal plat (kassa's of netwerk), dan bellen we binnen het uur terug. Lukt het
  niet op afstand, dan staat er uiterlijk de volgende dag voor 10.00 uur een vervangtoestel, ook
  op zaterdag en zondag.
- Andere problemen pakken we op werkdagen binnen de vier uur op.
- Software-updates van kassa's en backoffice en de beveiligingsupdates van de firewalls gebeuren
  automatisch 's nachts en zitten in de maandprijs.
- Ik blijf jullie vaste contactpersoon, ook na de installatie.

Garantie: 24 maanden op alle hardware, onderdelen en werkuren inbegrepen, behalve val- en
waterschade.

Voorwaarden
- Prijzen excl. btw, offerte geldig tot 24 december 2026.
- Facturatie: 40 % voorschot bij bestelling, saldo na installatie van de laatste winkel, betaalbaar
  binnen 15 dagen. De maandbedragen innen we maandelijks via domiciliëring.
- De abonnementen lopen 36 maanden vanaf de installatie en worden daarna stilzwijgend verlengd per
  12 maanden, tenzij opgezegd ten laatste 3 maanden voor de vervaldag.
- KassaNova kan de abonnementsprijzen één keer per jaar aanpassen; we laten dat minstens een maand
  op voorhand weten.
- Werk dat niet in deze offerte staat, rekenen we aan in regie aan EUR 68,00 per uur, plus
  EUR 0,55 per km.
- De hardware blijft eigendom van KassaNova tot volledige betaling. Op de software krijgen jullie
  een gebruiksrecht zolang het abonnement loopt.
- Stoppen jullie het abonnement, dan kunnen jullie tot 60 dagen na het einde het artikelbestand en
  de verkoophistoriek exporteren in Excel (csv) vanuit de backoffice.
- Onze aansprakelijkheid is beperkt tot drie maanden abonnementsgeld. We zijn niet aansprakelijk
  voor omzetverlies, verlies van gegevens of onrechtstreekse schade.
- Verder gelden de algemene voorwaarden van KassaNova, zie kassanova.be/voorwaarden.

Als alles klopt, volstaat een mailtje met "akkoord" en dan plannen we de installatie in.

Groeten,
Pieter

Pieter Lambrecht | accountmanager
KassaNova bv | Kortrijksestraat 118, 8500 Kortrijk | 056 35 71 90 | BE 0745.218.906
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
        "rollout.data_migration": "covered",
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
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 1,
    },
)

NL_T16R_IT_STAFFING_GENERAL_TERMS = UnseenDocument(
    name="nl_t16r_it_staffing_general_terms",
    text="""ALGEMENE VOORWAARDEN DETACHERING ICT
Bitforce Detachering B.V., Vliegend Hertlaan 51, 3526 KT Utrecht, KvK 72418530
Versie 2026-01, gedeponeerd bij de Kamer van Koophandel

Artikel 1 - Definities
Bitforce: Bitforce Detachering B.V. Opdrachtgever: de partij aan wie Bitforce een Professional
ter beschikking stelt. Professional: de werknemer van Bitforce of de door Bitforce ingeschakelde
zelfstandige die bij Opdrachtgever werkzaamheden verricht. Opdrachtbevestiging: het door beide
partijen ondertekende document waarin de Professional, de functie, de startdatum, de duur, het
aantal uren per week en het uurtarief zijn vastgelegd. Overeenkomst: de Opdrachtbevestiging
samen met deze voorwaarden.

Artikel 2 - Toepasselijkheid
2.1 Deze voorwaarden zijn van toepassing op alle aanbiedingen van Bitforce en op alle
Overeenkomsten. De toepasselijkheid van inkoop- of andere voorwaarden van Opdrachtgever wordt
uitdrukkelijk van de hand gewezen.
2.2 Bij strijdigheid tussen de Opdrachtbevestiging en deze voorwaarden prevaleert de
Opdrachtbevestiging. Afwijkingen van deze voorwaarden gelden alleen als zij schriftelijk zijn
overeengekomen.

Artikel 3 - Duur en beëindiging
3.1 De Overeenkomst wordt aangegaan voor de duur die in de Opdrachtbevestiging is vermeld. Na
afloop wordt zij stilzwijgend verlengd met telkens drie maanden, tenzij een van de partijen
schriftelijk opzegt tegen het einde van de lopende periode met inachtneming van een opzegtermijn
van één kalendermaand.
3.2 Elke partij kan de Overeenkomst met onmiddellijke ingang schriftelijk ontbinden indien de
andere partij in staat van faillissement wordt verklaard, surseance van betaling aanvraagt of
een wezenlijke verplichting niet nakomt binnen 14 dagen na een schriftelijke ingebrekestelling.

Artikel 4 - Selectie en inzet van de Professional
4.1 Bitforce selecteert de Professional aan de hand van het functieprofiel van Opdrachtgever en
staat ervoor in dat de Professional beschikt over de opleiding en ervaring die in de
Opdrachtbevestiging zijn vermeld.
4.2 De Professional verricht de werkzaamheden onder leiding en toezicht van Opdrachtgever.
Bitforce spant zich in om de werkzaamheden naar beste inzicht en vermogen te laten uitvoeren. Alle
verplichtingen van Bitforce zijn inspanningsverplichtingen; Bitforce staat niet in voor het
resultaat van de werkzaamheden.

Artikel 5 - Vervanging
5.1 Bitforce vervangt de Professional alleen met voorafgaande toestemming van Opdrachtgever,
behalve bij ziekte langer dan tien werkdagen of bij het einde van het dienstverband van de
Professional. In die gevallen stelt Bitforce binnen tien werkdagen een vervanger voor met een
gelijkwaardig profiel.
5.2 Opdrachtgever kan op redelijke gronden om vervanging van de Professional verzoeken. Bitforce
stelt dan binnen tien werkdagen een vervanger voor.
5.3 De eerste 16 uur van een vervanger worden als inwerktijd niet gefactureerd. Kan Bitforce geen
passende vervanger voorstellen, dan kan elke partij de Overeenkomst met onmiddellijke ingang en
zonder kosten beëindigen.

Artikel 6 - Verplichtingen van Opdrachtgever
6.1 Opdrachtgever zorgt uiterlijk op de eerste werkdag voor een werkplek, de benodigde hardware,
accounts en toegangsrechten, en informeert de Professional over de huisregels en werktijden.
6.2 Opdrachtgever zorgt voor een veilige werkomgeving en neemt jegens de Professional de
verplichtingen van artikel 7:658 BW en de Arbeidsomstandighedenwet in acht.
6.3 Opdrachtgever verstrekt vóór de start en bij iedere wijziging de informatie over de
inlenersbeloning die Bitforce nodig heeft om te voldoen aan artikel 8 van de Waadi.

Artikel 7 - Tarieven
7.1 Het uurtarief is vermeld in de Opdrachtbevestiging en is exclusief btw.
7.2 Overwerk wordt alleen verricht na voorafgaande toestemming van Opdrachtgever, wordt apart op
de urenstaat vermeld en wordt gefactureerd tegen 125 % van het uurtarief op werkdagen buiten
7.00-19.00 uur, 150 % op zaterdag en 200 % op zon- en feestdagen. Dienstreizen op verzoek van
Opdrachtgever worden gefactureerd tegen EUR 0,23 per kilometer.
7.3 Bitforce is gerechtigd de tarieven per 1 januari van elk jaar te wijzigen en maakt de nieuwe
tarieven uiterlijk op 1 december bekend. Een tariefwijziging geeft Opdrachtgever geen recht de
Overeenkomst te ontbinden.

Artikel 8 - Urenstaten, facturatie en betaling
8.1 De Professional registreert de gewerkte uren wekelijks in het urenportaal van Bitforce.
Opdrachtgever keurt de urenstaat binnen vijf werkdagen goed. Is de urenstaat binnen die termijn
niet goedgekeurd of betwist, dan factureert Bitforce op basis van haar eigen registratie.
8.2 Bitforce factureert per kalendermaand achteraf. Betaling geschiedt binnen 14 dagen na
factuurdatum. Bij te late betaling is Opdrachtgever de wettelijke handelsrente en
buitengerechtelijke incassokosten van 15 % verschuldigd, en mag Bitforce de terbeschikkingstelling
opschorten.

Artikel 9 - Evaluatie en contact
9.1 Bitforce wijst een accountmanager aan als aanspreekpunt voor Opdrachtgever. Ten minste eens per
drie maanden vindt een evaluatiegesprek plaats tussen Opdrachtgever, de Professional en de
accountmanager.
9.2 Klachten meldt Opdrachtgever schriftelijk aan de accountmanager. Is de klacht niet binnen tien
werkdagen opgelost, dan wordt zij voorgelegd aan de directie van Bitforce.

Artikel 10 - Overdracht bij het einde
In de laatste week van de Overeenkomst draagt de Professional de lopende werkzaamheden over aan
de door Opdrachtgever aangewezen medewerkers en legt hij de stand van zaken, de gemaakte code en
configuraties schriftelijk vast. Deze uren worden gefactureerd tegen het geldende uurtarief.

Artikel 11 - Intellectuele eigendom
Alle intellectuele eigendomsrechten op de resultaten van de werkzaamheden van de Professional,
waaronder software, documentatie en ontwerpen, komen toe aan Opdrachtgever. Voor zover nodig
draagt Bitforce die rechten bij voorbaat over, onder de opschortende voorwaarde van betaling van
de betreffende facturen. De algemene kennis en ervaring van de Professional blijven vrij.

Artikel 12 - Geheimhouding
Bitforce en de Professional houden alle vertrouwelijke informatie van Opdrachtgever geheim,
tijdens de Overeenkomst en twee jaar daarna. Op verzoek van Opdrachtgever tekent de Professional
een geheimhoudingsverklaring.

Artikel 13 - Persoonsgegevens
13.1 Bitforce verwerkt de persoonsgegevens van de Professional als verwerkingsverantwoordelijke,
overeenkomstig de AVG. Cv's worden alleen voor de selectie gedeeld en binnen vier weken verwijderd
indien geen Overeenkomst tot stand komt.
13.2 Heeft de Professional toegang tot persoonsgegevens van Opdrachtgever, dan verwerkt hij die
onder het gezag van Opdrachtgever in de zin van artikel 29 AVG. Bitforce is in dat geval geen
verwerker; Opdrachtgever geeft de instructies en treft de beveiligingsmaatregelen.

Artikel 14 - Aansprakelijkheid
14.1 Omdat de Professional onder leiding en toezicht van Opdrachtgever werkt, is Bitforce niet
aansprakelijk voor schade die de Professional aan Opdrachtgever of derden toebrengt. Opdrachtgever
vrijwaart Bitforce voor aanspraken van derden.
14.2 Bitforce is alleen aansprakelijk voor directe schade die het gevolg is van een toerekenbare
tekortkoming in de selectie van de Professional, tot ten hoogste het bedrag dat Bitforce in de
laatste drie maanden van de Overeenkomst heeft gefactureerd, met een maximum van EUR 50.000,00.
Aansprakelijkheid voor gevolgschade, gederfde winst en verlies van gegevens is uitgesloten.

Artikel 15 - Indiensttreding van de Professional
Treedt de Professional binnen twaalf maanden na het einde van de Overeenkomst direct of indirect
in dienst van Opdrachtgever, dan is Opdrachtgever een vergoeding verschuldigd van 20 % van het
bruto jaarsalaris dat hem wordt aangeboden, met een minimum van EUR 15.000,00.

Artikel 16 - Geschillen en toepasselijk recht
16.1 Partijen leggen een geschil eerst schriftelijk voor aan elkaars directie, die binnen 14 dagen
overleg voert. Leidt dat overleg niet binnen 30 dagen tot een oplossing, dan kan elke partij het
geschil voorleggen aan de rechter.
16.2 Op de Overeenkomst is Nederlands recht van toepassing. Geschillen worden uitsluitend
voorgelegd aan de rechtbank Midden-Nederland, locatie Utrecht.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.replacement": "covered",
        "team.seniority": "partial",
        "team.knowledge_transfer": "covered",
        "team.quality": "partial",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "missing",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.termination": "covered",
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
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 3,
        "notice_period_days": 30,
        "payment_term_days": 14,
    },
)

NL_T16R_MUNICIPAL_OPEN_DATA_PLATFORM = UnseenDocument(
    name="nl_t16r_municipal_open_data_platform",
    text="""OVEREENKOMST OPEN-DATAPLATFORM DATA.ZANDEVELD.BE - IMPLEMENTATIE, HOSTING EN BEHEER
Dossier 2026/ICT/014

Tussen
Stad Zandeveld, Stadhuisplein 1, 3290 Zandeveld, vertegenwoordigd door de heer Wim Claessens,
burgemeester, en mevrouw Katrien Jacobs, algemeen directeur, in uitvoering van de beslissing van
het college van burgemeester en schepenen van 17 november 2026, hierna "de Stad",
en
Opendatapunt bv, Kempische Steenweg 303, 3500 Hasselt, KBO 0738.604.129, vertegenwoordigd door
mevrouw Sarah Peeters, zaakvoerder, hierna "de Leverancier".

1. Voorwerp en contractdocumenten
1.1 De Leverancier richt voor de Stad het open-dataportaal data.zandeveld.be in op basis van CKAN,
met metadata volgens DCAT-AP Vlaanderen 2.0 en harvesting door het Open Data Portaal Vlaanderen,
een API, vijf standaardvisualisaties (kaarten en grafieken) en automatische publicatie van de
datasets van bijlage A, en staat daarna in voor de hosting, het beheer en de ondersteuning.
1.2 Niet inbegrepen zijn: bijkomende visualisaties, het opschonen of anonimiseren van brongegevens,
koppelingen met andere bronsystemen dan die van bijlage A, en de domeinnaam, die de Stad zelf
registreert.
1.3 De opdracht werd gegund via een vereenvoudigde onderhandelingsprocedure met bekendmaking. De
opdracht wordt beheerst door de algemene uitvoeringsregels (KB van 14 januari 2013), deze
overeenkomst, het bestek 2026/ICT/014 en de offerte van de Leverancier van 3 oktober 2026, in
die rangorde. Algemene voorwaarden van de Leverancier zijn niet van toepassing.

2. Prijzen en betaling
2.1 Implementatie, vaste prijs: EUR 24.900,00 excl. btw.
2.2 Hosting, beheer en ondersteuning: EUR 1.150,00 excl. btw per maand.
2.3 Totale waarde over de looptijd: EUR 80.100,00 excl. btw.
2.4 Bijkomende prestaties worden enkel uitgevoerd na een schriftelijke prijsofferte van de
Leverancier en een bestelbon ondertekend door de algemeen directeur, aan een dagprijs van
EUR 780,00 excl. btw.
2.5 De maandprijs en de dagprijs worden jaarlijks op 1 januari herzien volgens de gezondheidsindex:
P = P0 x I / I0. Andere prijsaanpassingen zijn uitgesloten.
2.6 De implementatie wordt gefactureerd voor 30 % na goedkeuring van het functioneel ontwerp en
voor 70 % na de voorlopige oplevering; de maandprijs per kwartaal achteraf. Facturen worden
elektronisch bezorgd via Mercurius en betaald binnen 30 dagen na ontvangst.

3. Planning en vertraging
3.1 Startvergadering op 11 januari 2027; functioneel ontwerp op 12 februari 2027; testplatform op
15 maart 2027; acceptatietest van 15 tot 31 maart 2027; livegang op 15 april 2027.
3.2 Bij overschrijding van de datum van livegang door toedoen van de Leverancier is een
vertragingsboete verschuldigd van 0,1 % van de implementatieprijs per kalenderdag, met een
maximum van 5 %. Vertraging door de Stad verschuift de planning met dezelfde duur.

4. Medewerking van de Stad
De Stad duidt mevrouw Nele Vos, informatiebeheerder, aan als datacoördinator en per dataset een
data-eigenaar. Zij verleent uiterlijk op 1 februari 2027 leestoegang tot de GIS-server en de
databankviews van bijlage A, keurt het functioneel ontwerp goed binnen tien werkdagen en beslist
per dataset over de publicatie onder de Modellicentie Gratis Hergebruik.

5. Team
Projectleider en vaste contactpersoon van de Leverancier is de heer Tim Ooms, met meer dan vijf
jaar ervaring in open-dataprojecten voor lokale besturen. Hij wordt bijgestaan door een
CKAN-ontwikkelaar en een UX-ontwerper. Wijzigingen in het team worden in onderling overleg met de
Stad besproken.

6. Uitvoering, gegevens en oplevering
6.1 Het portaal voldoet aan WCAG 2.1 niveau AA en de metadata worden gevalideerd met de validator
van Digitaal Vlaanderen. Alle code wordt nagekeken door een tweede ontwikkelaar en automatisch
getest.
6.2 De 18 datasets die de Stad nu als downloads op haar website publiceert, worden met hun
metadata overgezet naar het portaal; 22 nieuwe datasets worden automatisch gevoed vanuit de
bronsystemen van bijlage A.
6.3 Tijdens de implementatie is er om de twee weken een projectoverleg, waarvan de Leverancier een
verslag met de voortgang en de open punten opmaakt.
6.4 De Stad test het platform gedurende de acceptatieperiode aan de hand van de testscenario's van
het bestek. De voorlopige oplevering wordt vastgesteld in een proces-verbaal wanneer alle
scenario's geslaagd zijn. Gebreken die binnen zes maanden na de voorlopige oplevering worden
vastgesteld, herstelt de Leverancier kosteloos; daarna volgt de definitieve oplevering.
6.5 De Leverancier plaatst het portaal in productie na de voorlopige oplevering, geeft twee
opleidingen van een halve dag aan de data-eigenaars en bezorgt een handleiding voor beheerders en
de technische documentatie van de installatie.

7. Hosting, beheer en ondersteuning
7.1 Het portaal wordt gehost in een datacenter in België, met een dagelijkse back-up die 30 dagen
wordt bewaard en 24/7 monitoring.
7.2 Beveiligingsupdates van CKAN en het besturingssysteem worden binnen vijf werkdagen
geïnstalleerd, kritieke binnen 48 uur. Kleine versies zijn inbegrepen, een grote versie-upgrade
van CKAN eenmaal per twee jaar eveneens.
7.3 De helpdesk is bereikbaar op werkdagen van 8.30 tot 17.00 uur via 011 76 24 80 en het
ticketportaal. Prioriteit 1 (portaal of API onbereikbaar): reactie binnen 2 werkuren, herstel
binnen 1 werkdag. Prioriteit 2: reactie binnen 1 werkdag, herstel binnen 5 werkdagen.
7.4 De beschikbaarheid bedraagt ten minste 99,5 % per kalendermaand, buiten onderhoud dat vijf
werkdagen vooraf is aangekondigd en buiten de kantooruren plaatsvindt.
7.5 De Leverancier bezorgt elke maand een rapport met de beschikbaarheid, de incidenten en de
gebruiksstatistieken (downloads, API-oproepen). Elk halfjaar evalueren de projectleider en de
datacoördinator de dienstverlening.

8. Duur en einde
8.1 Hosting en beheer lopen 48 maanden vanaf de voorlopige oplevering en eindigen dan van
rechtswege, zonder stilzwijgende verlenging.
8.2 De Stad kan de overeenkomst tegen het einde van elk contractjaar opzeggen met een opzegtermijn
van drie maanden, bij aangetekende brief. De maatregelen van ambtswege van de algemene
uitvoeringsregels blijven van toepassing.
8.3 Bij het einde verleent de Leverancier in redelijke mate bijstand bij de overdracht naar een
nieuwe leverancier.
8.4 Binnen 15 dagen na het einde bezorgt de Leverancier een volledige export van alle datasets
(csv en oorspronkelijke formaten), de metadata in DCAT-RDF, de configuratie en een databasedump,
en wist hij daarna alle gegevens.

9. Intellectuele eigendom en broncode
CKAN blijft onder zijn open-sourcelicentie. Alle extensies, het thema en de installatiescripts die
voor de Stad worden ontwikkeld, zijn eigendom van de Stad en worden onder de EUPL 1.2 gepubliceerd
in de publieke repository van de Stad, zodat de Stad of een andere leverancier het portaal kan
verderzetten.

10. Aansprakelijkheid, vertrouwelijkheid en persoonsgegevens
10.1 De aansprakelijkheid van de Leverancier is beperkt tot EUR 150.000,00 per schadegeval,
behalve bij opzet of zware fout.
10.2 De Leverancier houdt niet-gepubliceerde gegevens, toegangsgegevens en beveiligingsinformatie
van de Stad vertrouwelijk.
10.3 Het portaal publiceert geen persoonsgegevens; de Stad controleert elke dataset vóór
publicatie. Voor de accounts van medewerkers en de toegangslogs (bewaard 30 dagen) treedt de
Leverancier op als verwerker volgens de verwerkersovereenkomst in bijlage B, die samen met deze
overeenkomst wordt ondertekend. Alle gegevens blijven in de Europese Unie.

11. Toepasselijk recht
Deze overeenkomst wordt beheerst door het Belgisch recht. Bevoegd zijn de rechtbanken van het
gerechtelijk arrondissement Limburg, afdeling Hasselt.

Opgemaakt te Zandeveld op 1 december 2026 in twee exemplaren.

Voor de Stad Zandeveld                            Voor Opendatapunt bv
Wim Claessens, burgemeester                        Sarah Peeters, zaakvoerder
Katrien Jacobs, algemeen directeur                 (handtekening)
(handtekeningen)
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
        "team.replacement": "partial",
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
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "partial",
        "exit.data_return": "covered",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
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
        "warranty_days": 180,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

DOCUMENTS = [
    NL_T16R_HOSPITAL_NURSE_CALL_BED_MANAGEMENT,
    NL_T16R_BAKERY_TILL_NETWORK_QUOTE,
    NL_T16R_IT_STAFFING_GENERAL_TERMS,
    NL_T16R_MUNICIPAL_OPEN_DATA_PLATFORM,
]
