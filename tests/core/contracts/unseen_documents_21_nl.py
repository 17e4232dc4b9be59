"""Held-out batch 21, Dutch documents: a short Flemish e-mail offer from a two-person web agency
for a new website with an online pitch-reservation module for a family camping site, accepted by
the client in a reply mail; a Flemish price quote ("prijsofferte") with the supplier's general
terms on the back for wireless HACCP temperature monitoring of the cold rooms of a caterer
(empty "voor akkoord" line); a Netherlands SaaS agreement for the implementation and use of
practice software in the twelve shops of an optician chain (signed by both parties, with a
processing agreement and an escrow arrangement); and a Flemish maintenance contract for the
control and traceability software of an egg-grading and packing line (signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority
in hours (working hours counted as hours; 30 minutes = 0.5); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned (an empty "voor akkoord" line for the client is a
partial signature); items, risks and figures whose reading is ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

NL_B21_CAMPING_RESERVATION_SITE_EMAIL_OFFER = UnseenDocument(
    name="nl_b21_camping_reservation_site_email_offer",
    text="""Van: Jens Callewaert <jens@pixelduin.be>
Aan: info@campingdezeearend.be
Datum: donderdag 3 december 2026 16:42
Onderwerp: RE: nieuwe website + online reservaties

Dag Katrien, dag Geert,

Nog eens bedankt voor de koffie en de rondleiding op de camping maandag. Zoals beloofd hierbij
ons voorstel voor jullie nieuwe site, zodat jullie vanaf het nieuwe seizoen de staanplaatsen en
de chalets online kunnen laten boeken in plaats van alles via telefoon en mail.

Wat we maken:
- een nieuwe WordPress-site in drie talen (NL, FR, DE) met jullie foto's, de uitleg over de
  camping, de prijzen, de omgeving en een contactformulier;
- een online reservatiemodule (plug-in CampBook) met een plaatsenkaart van de 86 staanplaatsen
  en 12 chalets, beschikbaarheid in real time, online voorschot via Mollie (Bancontact, kaart,
  iDEAL) en automatische bevestigingsmails;
- het overzetten van de reservaties die al in jullie Excel staan voor 2027 (zo'n 140 boekingen);
- een opleiding van een uurtje aan het onthaal voor jullie en de jobstudenten, over reservaties
  opzoeken, wijzigen en annuleren.

Prijs (excl. btw):
  ontwerp en bouw website, 3 talen              EUR 3.900,00
  installatie en configuratie CampBook          EUR   650,00  (eenmalig)
  overzetten reservaties uit Excel              EUR   300,00
  totaal                                        EUR 4.850,00

Niet inbegrepen: het vertalen van de teksten (die leveren jullie aan in de drie talen), de
transactiekosten van Mollie (rechtstreeks door Mollie aangerekend) en nieuwe foto's of drone-
beelden. Hebben jullie onderweg extra wensen, dan laten we altijd eerst per mail weten hoeveel
het kost en beginnen we pas na jullie ok. Extra werk rekenen we aan EUR 75,00 per uur.

Hosting en onderhoud: EUR 39,00 per maand (excl. btw), jaarlijks vooraf gefactureerd. Daarvoor
hosten we de site op onze servers bij Combell in Gent, nemen we elke nacht een back-up, houden
we WordPress, CampBook en de andere plug-ins up-to-date en zorgen we voor het SSL-certificaat.
Het hostingpakket loopt telkens per jaar en wordt automatisch met een jaar verlengd, tenzij
jullie een maand voor het einde opzeggen. Willen jullie ooit naar een andere partij, dan krijgen
jullie van ons een volledige kopie van de site en een export van alle reservaties in Excel.

Planning: we starten in de week van 4 januari. Graag tegen 15 januari jullie teksten in de drie
talen, de prijzen voor 2027, de plaatsenkaart (de pdf van de brandweer is prima) en de toegang
tot jullie Mollie-account. Half februari krijgen jullie een testversie; jullie hebben dan een
week om alles te overlopen en testboekingen te doen. Na jullie ok per mail zetten we de site
live op campingdezeearend.be, ten laatste op 1 maart, ruim voor de opening op 1 april.
Vooraleer de site live gaat, testen we alles zelf op gsm, tablet en computer en in de drie talen.

Fien doet het ontwerp, ik bouw de site en de reservatiemodule en ben jullie aanspreekpunt.
Vragen of problemen: op werkdagen van 9 tot 17 uur op 0478 52 13 09 of via support@pixelduin.be.
Ligt de site plat of lukt boeken niet meer, bel dan gerust, dan kijken we er zo snel mogelijk
naar.

Tot twee maanden na de livegang lossen we fouten in de site of in de reservatiemodule gratis op.
De site en de teksten zijn na betaling van jullie; voor CampBook krijgen jullie een
gebruikslicentie zolang jullie bij ons hosten. Voor de gegevens van jullie gasten maken we nog
een verwerkersovereenkomst op.

Facturatie: 50 % bij de start, 50 % bij de livegang, betaalbaar binnen 14 dagen. Op deze offerte
zijn onze algemene voorwaarden van toepassing (www.pixelduin.be/voorwaarden).

Laat maar weten of dit voor jullie goed is!

Groeten,
Jens

Jens Callewaert
Pixelduin - webdesign & online boeken
Zeedijk 211, 8670 Koksijde | BTW BE 0792.114.506

-----------------------------------------------------------------------
Van: Katrien Declercq <info@campingdezeearend.be>
Aan: Jens Callewaert <jens@pixelduin.be>
Datum: vrijdag 4 december 2026 08:15
Onderwerp: RE: RE: nieuwe website + online reservaties

Hoi Jens,

Geert en ik hebben het gisterenavond nog eens overlopen: voor ons is het goed, je mag starten
zoals voorgesteld. Stuur de eerste factuur maar naar boekhouding@campingdezeearend.be. De teksten
zijn bij mijn zus, die vertaalt ze naar het Frans en het Duits.

Groetjes,
Katrien
Camping De Zee-Arend, Koksijde
""",
    items={
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
        "team.seniority": "missing",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "warranty_days": 60,
    },
)

NL_B21_HACCP_TEMPERATURE_MONITORING_QUOTE = UnseenDocument(
    name="nl_b21_haccp_temperature_monitoring_quote",
    text="""KOELTRACK BV - draadloze temperatuurbewaking voor voeding en zorg
Ardooisesteenweg 301, 8800 Roeselare | 051 69 48 20 | verkoop@koeltrack.be | www.koeltrack.be
BTW BE 0714.559.862 | RPR Gent, afdeling Kortrijk | Belfius BE71 0689 3340 2269

                                                  Traiteur Vanhoutte bv
                                                  t.a.v. mevrouw Sofie Vanhoutte
                                                  Markt 17
                                                  8700 Tielt

PRIJSOFFERTE nr. KT-2026-1187                                   Roeselare, 30 november 2026
Uw contactpersoon: Dries Lambrecht, technisch adviseur - dries@koeltrack.be - 0472 33 81 06

Betreft: draadloze HACCP-temperatuurbewaking van uw koel- en vriescellen

Geachte mevrouw Vanhoutte,

Naar aanleiding van ons bezoek van 26 november bieden wij u graag het volgende aan.

A. LEVERING EN INSTALLATIE (eenmalig, excl. btw)
   6 draadloze temperatuursensoren KT-S2 (koelcellen, toonbank, keuken)    6 x 145,00   870,00
   2 draadloze sensoren met insteekvoeler KT-S2F (vriescellen -25 C)      2 x 189,00   378,00
   1 gateway KT-G4 met 4G-back-up en batterijbuffer van 8 uur                           495,00
   installatie, configuratie van alarmdrempels en testmeting (1 dag)                    640,00
   opleiding van uw personeel ter plaatse (30 minuten)                                   inbegrepen
   TOTAAL EENMALIG                                                                    2.383,00

B. ABONNEMENT KOELTRACK CLOUD (excl. btw)
   8 sensoren x 9,50 per maand                                            76,00 per maand
   Inbegrepen: toegang tot het webplatform en de app, alarmen per sms, e-mail en telefoon-
   oproep, automatisch HACCP-registratierapport in pdf, bewaring van de meetgegevens
   gedurende de looptijd, de updates van het platform en van de firmware van sensoren en
   gateway, jaarlijkse controle van de kalibratie op afstand en de kosteloze vervanging van
   defecte sensoren.
   Niet inbegrepen: de wifi- of netwerkaansluiting in uw gebouw, de stroomvoorziening van de
   gateway, vervangbatterijen na de eerste twee jaar, herstellingen aan uw koelinstallatie zelf
   en interventies ter plaatse die niet het gevolg zijn van een defect van ons materiaal.

C. UITVOERING
Installatie binnen drie weken na ontvangst van de ondertekende offerte, op een datum in overleg
met u. U zorgt op die dag voor toegang tot alle cellen en voor een stopcontact binnen twee meter
van de plaats van de gateway. U bezorgt ons vooraf de namen en gsm-nummers van de personen die
de alarmen moeten ontvangen, en de gewenste alarmdrempels per cel.
Elke sensor wordt geleverd met een kalibratiecertificaat (traceerbaar naar ISO/IEC 17025) en
wordt bij de installatie gecontroleerd met een referentiethermometer.

D. ONDERSTEUNING
Onze helpdesk is bereikbaar op werkdagen van 8.00 tot 17.00 uur op 051 69 48 29 en via
support@koeltrack.be. Valt de gateway uit, dan nemen wij binnen 4 werkuren contact met u op en
sturen wij binnen 2 werkdagen een vervangtoestel op.

E. PRIJS EN BETALING
Het eenmalige bedrag wordt gefactureerd na de installatie. Het abonnement wordt jaarlijks vooraf
gefactureerd, de eerste maal bij de installatie. Onze facturen zijn betaalbaar binnen 30 dagen na
factuurdatum.

Het abonnement heeft een looptijd van 36 maanden vanaf de installatie.

Deze offerte is 30 dagen geldig. Onze algemene voorwaarden op de keerzijde maken er integraal
deel van uit.

Met vriendelijke groeten,

Dries Lambrecht
Koeltrack bv

Voor akkoord, Traiteur Vanhoutte bv
datum, naam en handtekening, voorafgegaan door "gelezen en goedgekeurd":


..............................................................

                                                                                   keerzijde
ALGEMENE VOORWAARDEN KOELTRACK BV

Art. 1. Deze voorwaarden zijn van toepassing op al onze offertes, leveringen en abonnementen. Zij
gaan voor op de aankoopvoorwaarden van de klant en, bij strijdigheid, op de bepalingen van de
offerte.
Art. 2. Leverings- en installatietermijnen zijn steeds indicatief. Een vertraging geeft de klant
geen recht op schadevergoeding of op ontbinding van de overeenkomst.
Art. 3. Koeltrack verbindt zich ertoe alle redelijke middelen in te zetten om de metingen en de
alarmen tijdig door te geven. Het betreft een inspanningsverbintenis; Koeltrack staat niet in
voor storingen van de gsm- of internetnetwerken.
Art. 4. Koeltrack mag de prijzen van de abonnementen en de inhoud van de diensten wijzigen. De
klant wordt daarvan ten minste een maand vooraf per e-mail op de hoogte gebracht.
Art. 5. Bijkomende werken en verplaatsingen die niet in de offerte zijn voorzien, worden in regie
aangerekend aan 72,00 EUR per uur en 0,60 EUR per km.
Art. 6. Het abonnement wordt na de initiële looptijd stilzwijgend verlengd voor opeenvolgende
periodes van twaalf maanden, tenzij het door een van de partijen wordt opgezegd bij aangetekend
schrijven ten minste drie maanden voor het einde van de lopende periode. Bij vroegtijdige
beëindiging door de klant zijn de abonnementsgelden tot het einde van de lopende periode
onmiddellijk opeisbaar. Elke partij kan het abonnement beëindigen wanneer de andere partij haar
verplichtingen ernstig niet nakomt en daaraan geen gevolg geeft binnen 15 dagen na een
ingebrekestelling.
Art. 7. Op de geleverde sensoren en gateways geldt een waarborg van 24 maanden vanaf de
installatie tegen fabricagefouten. Schade door vocht, schokken of verkeerd gebruik valt niet
onder de waarborg.
Art. 8. De sensoren en de gateway worden eigendom van de klant na volledige betaling. Het
platform Koeltrack Cloud en de app blijven eigendom van Koeltrack; de klant krijgt een niet-
overdraagbaar gebruiksrecht voor de duur van het abonnement.
Art. 9. De aansprakelijkheid van Koeltrack is in elk geval beperkt tot het bedrag van drie
maanden abonnementsgeld. Koeltrack is nooit aansprakelijk voor het bederf of verlies van
voedingswaren of andere goederen, voor productieverlies, gederfde winst of verlies van gegevens.
Art. 10. Na het einde van het abonnement kan de klant gedurende 60 dagen kosteloos een export van
alle meetgegevens en HACCP-rapporten in CSV- en pdf-formaat downloaden; daarna worden ze gewist.
Art. 11. Partijen houden alle vertrouwelijke informatie die zij van elkaar ontvangen geheim.
Art. 12. Koeltrack verwerkt persoonsgegevens van de klant in overeenstemming met de AVG, zoals
beschreven in haar privacyverklaring op www.koeltrack.be/privacy.
Art. 13. Op alle overeenkomsten is uitsluitend het Belgisch recht van toepassing. Bij betwisting
zijn enkel de rechtbanken van Gent, afdeling Kortrijk, bevoegd.
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
        "team.knowledge_transfer": "missing",
        "team.quality": "covered",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
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
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 4,
    },
)

NL_B21_OPTICIAN_PRACTICE_SAAS_AGREEMENT = UnseenDocument(
    name="nl_b21_optician_practice_saas_agreement",
    text="""OVEREENKOMST INZAKE DE IMPLEMENTATIE EN HET GEBRUIK VAN LENSFLOW
Kenmerk: LF/OV/2027-009

PARTIJEN
1. Lensflow B.V., gevestigd te Amersfoort aan de Stadsring 58, 3811 HR, KvK 81246339,
   rechtsgeldig vertegenwoordigd door de heer R. (Ruben) van Dijk, directeur,
   hierna: "Lensflow";
2. Optiek Brinkman Groep B.V., gevestigd te Apeldoorn aan de Hoofdstraat 140, 7311 BH,
   KvK 08112457, rechtsgeldig vertegenwoordigd door mevrouw J.C. (Judith) Brinkman, directeur,
   hierna: "Brinkman";

NEMEN IN AANMERKING dat Brinkman in haar twaalf winkels de verouderde, lokaal geïnstalleerde
kassa- en klantensoftware OogPro 7 wil vervangen door Lensflow, een online dienst voor
opticiens met klantkaarten, oogmeetgegevens, orders bij leveranciers van glazen en monturen,
afspraken en kassa, en dat Lensflow op 2 november 2026 daarvoor offerte LF-2026-214 uitbracht;

EN KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Overeenkomst en rangorde
1.1 Deze overeenkomst bestaat uit deze tekst en de bijlagen: 1. Service Level Agreement;
2. verwerkersovereenkomst; 3. offerte LF-2026-214; 4. projectplan van 20 november 2026.
1.2 Bij strijdigheid gaat deze tekst voor, daarna de bijlagen in de genoemde volgorde.
Algemene voorwaarden van Lensflow en inkoopvoorwaarden van Brinkman zijn niet van toepassing.

Artikel 2 - Dienst en prijzen
2.1 Lensflow verleent Brinkman toegang tot Lensflow met de modules Klantkaart en Refractie,
Orders en Leveranciers, Agenda, Kassa en de koppeling met het boekhoudpakket van Brinkman.
Niet inbegrepen zijn kassahardware, pinterminals, meetapparatuur in de winkels en maatwerk.
2.2 Eenmalige implementatievergoeding: EUR 18.600,- (exclusief btw), bestaande uit inrichting
(EUR 6.200,-), dataconversie (EUR 5.900,-), opleidingen (EUR 4.300,-) en projectleiding
(EUR 2.200,-). Dit is een vaste prijs.
2.3 Abonnement: EUR 265,- per winkel per maand, voor twaalf winkels EUR 3.180,- per maand
(exclusief btw), verschuldigd per winkel vanaf de livegang van die winkel.
2.4 Lensflow kan de abonnementsprijs eenmaal per jaar per 1 januari aanpassen met ten hoogste
het CBS-consumentenprijsindexcijfer (CPI) over het voorgaande jaar, met een maximum van 3 %.
Andere prijswijzigingen gelden alleen na schriftelijke instemming van Brinkman.
2.5 Wijzigingen of aanvullingen die Brinkman wenst, legt Lensflow vooraf vast in een
wijzigingsvoorstel met beschrijving, planning en vaste prijs of begroting. Lensflow voert
geen meerwerk uit en factureert geen meerwerk zonder schriftelijk akkoord van Brinkman.
Tarief voor meerwerk in 2027: EUR 115,- per uur (consultant) en EUR 130,- per uur
(ontwikkelaar).
2.6 Facturering: de implementatievergoeding voor 30 % bij ondertekening, 40 % bij livegang van
de pilotwinkel en 30 % na acceptatie van de laatste winkel; het abonnement maandelijks vooraf.
Betaling binnen 30 dagen na factuurdatum.

Artikel 3 - Planning en medewerking
3.1 De implementatie verloopt volgens het projectplan van bijlage 4: inrichting en
proefconversie in februari 2027, livegang van de pilotwinkel Apeldoorn-Centrum op 1 maart 2027,
evaluatie van twee weken, en daarna de overige elf winkels in drie golven, de laatste uiterlijk
op 31 mei 2027.
3.2 Brinkman levert uiterlijk 15 januari 2027 een volledige export van OogPro 7 aan, stelt per
winkel een key user beschikbaar voor de opleiding en de testen, en zorgt dat de winkels
beschikken over werkplekken en een internetverbinding volgens de systeemeisen van bijlage 4.
3.3 Wordt een winkel door toedoen van Lensflow later live genomen dan gepland, dan is voor die
winkel geen abonnement verschuldigd tot drie maanden na de werkelijke livegang en betaalt Lensflow
een boete van EUR 250,- per winkel per werkdag, met een maximum van 10 % van de
implementatievergoeding. Bij vertraging door Brinkman stellen partijen samen een nieuwe planning
op; de extra inzet van Lensflow die daaruit volgt wordt als meerwerk volgens 2.5 behandeld.

Artikel 4 - Projectorganisatie
4.1 Projectleider bij Lensflow is mevrouw E. (Eline) Jansen; projectleider bij Brinkman is de heer
T. (Thijs) Brinkman, manager operations. Lensflow zet voor de conversie een senior data-engineer
met ten minste vijf jaar ervaring met conversies uit opticiensoftware in.
4.2 Lensflow vervangt de projectleider of de data-engineer alleen met voorafgaande schriftelijke
instemming van Brinkman, door een persoon met ten minste gelijkwaardige ervaring, met een
overdracht van ten minste vijf werkdagen en zonder kosten voor Brinkman.
4.3 Tijdens de implementatie stuurt de projectleider van Lensflow elke twee weken een
voortgangsrapport (voortgang per winkel, risico's, open punten). De stuurgroep (beide
directeuren en beide projectleiders) komt maandelijks bijeen. Na de implementatie vindt elk
kwartaal een serviceoverleg plaats.

Artikel 5 - Conversie, acceptatie en nazorg
5.1 Lensflow converteert de klantkaarten, de refractie- en lensmeetgegevens van de laatste tien
jaar, de openstaande orders en de agenda's uit OogPro 7. Een proefconversie wordt door de key
users aan de hand van een steekproef van ten minste honderd klantkaarten gecontroleerd.
5.2 Per winkel voeren de key users binnen vijf werkdagen na de livegang de acceptatietesten uit
volgens het testplan in bijlage 4. De winkel is geaccepteerd wanneer geen bevindingen met
prioriteit 1 of 2 meer openstaan; Brinkman bevestigt de acceptatie schriftelijk.
5.3 Gedurende 90 dagen na de acceptatie van elke winkel herstelt Lensflow kosteloos alle gebreken
in de inrichting en in de geconverteerde gegevens.
5.4 Lensflow verzorgt per winkel een opleiding van een dagdeel op locatie, een train-de-trainer-
sessie voor de key users en toegang tot de e-learningomgeving. Op de dag van livegang is een
consultant van Lensflow in de winkel aanwezig.
5.5 Bij de afronding van de implementatie levert Lensflow een inrichtingsdocument met alle
instellingen, koppelingen en autorisaties, en draagt zij het functioneel beheer in een sessie
van een dag over aan de functioneel beheerder van Brinkman.
5.6 Lensflow ontwikkelt en test volgens haar ISO/IEC 27001-gecertificeerde werkwijze; elke
nieuwe release wordt eerst op de acceptatieomgeving van Brinkman beschikbaar gesteld.

Artikel 6 - Dienstverlening (samenvatting van bijlage 1)
6.1 Het abonnement omvat hosting in twee datacenters in Nederland, beveiliging, back-ups, de
servicedesk en alle updates en nieuwe releases. Beveiligingspatches worden binnen 72 uur na
beschikbaarheid geïnstalleerd; releases worden buiten de openingstijden uitgerold.
6.2 De servicedesk is bereikbaar van maandag tot en met zaterdag van 08.00 tot 18.00 uur via
033 760 21 40 en het klantportaal; prioriteit 1 alleen telefonisch.
6.3 Reactie- en oplostijden:
    Prioriteit 1 (kassa of klantkaarten in een of meer winkels niet bruikbaar):
        reactie binnen 30 minuten, oplossing of workaround binnen 4 uur
    Prioriteit 2 (belangrijke functie verstoord): reactie binnen 2 uur, oplossing binnen 1 werkdag
    Prioriteit 3 (overige): reactie binnen 1 werkdag, oplossing in de volgende release
6.4 Lensflow garandeert een beschikbaarheid van 99,7 % per kalendermaand tijdens de openingstijden
van de winkels, gepland onderhoud buiten de openingstijden niet meegerekend.
6.5 Bij een lagere beschikbaarheid of overschrijding van de oplostijd voor prioriteit 1 crediteert
Lensflow 5 % van het maandabonnement per begonnen 0,1 % of per begonnen uur, met een maximum van
30 % per maand. Lensflow stuurt elke maand een servicerapport met beschikbaarheid, meldingen en
oplostijden.
6.6 Lensflow wijst een vaste customer success manager aan en houdt een actueel klantdossier bij
met de inrichting, koppelingen en contactpersonen per winkel.

Artikel 7 - Duur en beëindiging
7.1 De overeenkomst gaat in op de datum van ondertekening en heeft een looptijd van 36 maanden
vanaf de livegang van de pilotwinkel. Zij wordt daarna stilzwijgend verlengd met telkens 12
maanden, tenzij een partij schriftelijk opzegt met een opzegtermijn van drie maanden.
7.2 Elke partij kan de overeenkomst ontbinden als de andere partij na een schriftelijke
ingebrekestelling met een termijn van dertig dagen tekortschiet, of bij faillissement of
surseance van betaling van de andere partij.
7.3 Bij beëindiging levert Lensflow binnen dertig dagen, kosteloos, een volledige export van alle
gegevens van Brinkman in CSV met een beschrijving van het gegevensmodel, en de documenten in pdf.
Lensflow verleent gedurende ten hoogste zes maanden na het einde de medewerking die nodig is voor
een ordelijke overgang naar een andere leverancier en houdt de dienst in die periode op verzoek
van Brinkman tegen de geldende tarieven in de lucht. Daarna vernietigt Lensflow de gegevens.
7.4 Lensflow heeft de broncode, de actuele installatiescripts en een wekelijkse kopie van de
gegevens van Brinkman ondergebracht bij een onafhankelijke escrow-agent in een SaaS-
continuïteitsregeling, waarin Brinkman als begunstigde is opgenomen. Bij faillissement of
beëindiging van de dienstverlening door Lensflow wordt de dienst gedurende zes maanden voortgezet
en krijgt Brinkman de gegevens en de broncode.

Artikel 8 - Intellectuele eigendom
8.1 Alle rechten op Lensflow blijven bij Lensflow; Brinkman krijgt voor de duur van de
overeenkomst een niet-exclusief gebruiksrecht voor haar winkels en medewerkers. Alle gegevens die
Brinkman invoert of laat converteren, blijven eigendom van Brinkman.

Artikel 9 - Aansprakelijkheid
9.1 De aansprakelijkheid van elk van de partijen is per jaar beperkt tot het bedrag dat Brinkman
in de twaalf maanden voorafgaand aan de schade heeft betaald, met een minimum van EUR 100.000,-.
De beperking geldt niet bij opzet of bewuste roekeloosheid, noch voor schade door verlies of
verminking van gegevens van Brinkman die aan Lensflow is toe te rekenen; in dat geval bedraagt de
aansprakelijkheid ten hoogste EUR 500.000,-.

Artikel 10 - Geheimhouding en persoonsgegevens
10.1 Partijen houden vertrouwelijke informatie geheim, tijdens de overeenkomst en vijf jaar erna.
10.2 Lensflow verwerkt de persoonsgegevens van klanten van Brinkman, waaronder gegevens over de
gezondheid van het oog, als verwerker in de zin van de AVG, uitsluitend in Nederland en volgens de
verwerkersovereenkomst van bijlage 2. Een datalek meldt Lensflow binnen 24 uur.

Artikel 11 - Geschillen en toepasselijk recht
11.1 Op deze overeenkomst is Nederlands recht van toepassing.
11.2 Partijen leggen een geschil eerst voor aan de stuurgroep en daarna aan beide directeuren.
Is het geschil niet binnen dertig dagen opgelost, dan proberen partijen het op te lossen door
mediation volgens het reglement van de Stichting Geschillenoplossing Automatisering (SGOA). Slaagt
de mediation niet, dan is uitsluitend de rechtbank Gelderland, locatie Arnhem, bevoegd.

Aldus overeengekomen en in tweevoud ondertekend te Apeldoorn op 4 december 2026.

Lensflow B.V.                                      Optiek Brinkman Groep B.V.

(handtekening)                                     (handtekening)
R. van Dijk, directeur                             J.C. Brinkman, directeur
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
        "warranty_days": 90,
        "availability_percent": 99.7,
        "response_time_hours_highest_priority": 0.5,
    },
)

NL_B21_EGG_GRADING_SOFTWARE_MAINTENANCE_CONTRACT = UnseenDocument(
    name="nl_b21_egg_grading_software_maintenance_contract",
    text="""ONDERHOUDSCONTRACT SOFTWARE nr. OVT-OC-2027-044
Formule "Gold" - sorteer-, verpakkings- en traceerbaarheidssoftware

Tussen
OVOTECH SYSTEMS bv, Kachtemsestraat 260, 8870 Izegem, ondernemingsnummer 0478.902.316,
vertegenwoordigd door de heer Stijn Verhaeghe, zaakvoerder, hierna "Ovotech",
en
EIERHANDEL DE LEEUW bv, Roeselarestraat 88, 8830 Hooglede, ondernemingsnummer 0446.183.720,
vertegenwoordigd door mevrouw Hilde De Leeuw, zaakvoerder, hierna "de klant",

wordt overeengekomen wat volgt.

1. Voorwerp
Ovotech onderhoudt de besturingssoftware OvoGrade 6 van de sorteer- en verpakkingslijn van de
klant (capaciteit 120.000 eieren per uur, installatie 2021, serienummer OG6-21-0137), de
stempelmodule die de producentencode op de eieren drukt, en de traceerbaarheidsmodule OvoTrace
met de koppeling naar het facturatiepakket van de klant.

2. Inhoud van de formule Gold
- telefonische ondersteuning en hulp op afstand via de beveiligde VPN-verbinding;
- de 24/7-storingslijn bij productiestilstand;
- interventies ter plaatse voor softwarestoringen;
- alle updates en patches van OvoGrade 6 en OvoTrace, inclusief de aanpassingen die nodig zijn
  door gewijzigde wettelijke vereisten voor de stempeling en de traceerbaarheid;
- een preventieve onderhoudsbeurt per jaar (controle van de software, de parameters, de
  logbestanden en de back-ups van de PLC-programma's), op een datum in overleg.
Niet inbegrepen: mechanische onderdelen, sensoren, camera's, PLC- en computerhardware, de
elektrische installatie, upgrades naar een nieuwe hoofdversie (OvoGrade 7) en storingen die
het gevolg zijn van wijzigingen door de klant of door derden. Updates worden eerst getest op de
testlijn van Ovotech in Izegem voordat ze bij de klant worden geïnstalleerd.

3. Prijs en betaling
3.1 Jaarlijkse vergoeding formule Gold: EUR 4.680,00 excl. btw, jaarlijks vooraf gefactureerd in
januari. Eenmalige opstartkost voor de opmaak van het configuratiedossier: EUR 650,00 excl. btw.
3.2 Interventies buiten het contract: technieker EUR 89,00 per uur, verplaatsing EUR 0,65 per km;
toeslag van 50 % op zaterdag en van 100 % op zon- en feestdagen. De technieker meldt vóór
aanvang dat een interventie niet onder het contract valt en geeft een raming; boven EUR 750,00
is een schriftelijk akkoord (e-mail volstaat) van de klant nodig.
3.3 De prijzen worden jaarlijks op 1 januari aangepast volgens de formule
P = P0 x (0,2 + 0,8 x S/S0), waarbij S het Agoria-referentieloon is.
3.4 Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

4. Bereikbaarheid en interventietermijnen
4.1 Helpdesk: werkdagen van 7.00 tot 18.00 uur en zaterdag van 7.00 tot 12.00 uur, 051 31 77 40,
helpdesk@ovotech.be. Storingslijn bij productiestilstand: 24 uur per dag, 7 dagen per week,
0800 39 011.
4.2 Bij productiestilstand belt een technieker binnen 1 uur na de melding terug en start hij de
hulp op afstand; is een interventie ter plaatse nodig, dan is een technieker binnen 8 uur aanwezig.
Andere storingen: terugbelactie binnen 4 werkuren.
4.3 Ovotech zet alle redelijke middelen in om de lijn zo snel mogelijk weer in productie te
brengen. Ovotech gaat een middelenverbintenis aan en geen resultaatsverbintenis.

5. Verplichtingen van de klant
De klant houdt de VPN-verbinding permanent beschikbaar, zorgt bij een interventie voor de
aanwezigheid van een operator die de lijn kent, maakt dagelijks een back-up van de OvoTrace-
databank volgens de instructies van Ovotech en meldt elke wijziging aan de lijn of aan het
netwerk vooraf.

6. Opvolging
6.1 Vast aanspreekpunt voor de klant is technieker Bart Vandaele; bij zijn afwezigheid neemt
een collega van het team Eiersortering over. De interventies gebeuren door techniekers met ten
minste vijf jaar ervaring op OvoGrade-lijnen.
6.2 Ovotech houdt voor de lijn van de klant een configuratiedossier bij met de softwareversies,
de parameters per eiklasse, de netwerkgegevens en de back-ups van de PLC-programma's, dat de
helpdesk bij elke melding raadpleegt.
6.3 Na elke interventie ontvangt de klant een interventierapport met de oorzaak, de uitgevoerde
werken en de gewijzigde parameters. Bij de preventieve onderhoudsbeurt bespreken de klant en
Ovotech een jaaroverzicht van alle meldingen. Raakt een probleem niet opgelost, dan kan de klant
het rechtstreeks voorleggen aan de zaakvoerder van Ovotech.

7. Duur en opzegging
7.1 Het contract loopt van 1 januari 2027 tot en met 31 december 2027 en wordt daarna
stilzwijgend verlengd met telkens een jaar, tenzij een partij het ten minste twee maanden vóór
de vervaldag bij aangetekende brief opzegt.
7.2 Elke partij kan het contract met onmiddellijke ingang beëindigen wanneer de andere partij
een wezenlijke verplichting niet nakomt binnen vijftien dagen na een aangetekende
ingebrekestelling.

8. Aansprakelijkheid
De aansprakelijkheid van Ovotech is beperkt tot het bedrag van de jaarlijkse vergoeding van het
lopende contractjaar. Ovotech is in geen geval aansprakelijk voor productieverlies, stilstand,
verlies of beschadiging van eieren, gederfde winst, schade aan derden of verlies van gegevens.

9. Licentie en vertrouwelijkheid
9.1 OvoGrade 6 en OvoTrace blijven eigendom van Ovotech. De klant heeft een niet-exclusief en
niet-overdraagbaar gebruiksrecht op de software voor de lijn vermeld in artikel 1.
9.2 Partijen houden de informatie die zij bij de uitvoering van dit contract over elkaars
onderneming verkrijgen, waaronder de klantenlijsten en de productiecijfers van de klant,
vertrouwelijk.

10. Algemene voorwaarden, geschillen en bevoegdheid
10.1 De algemene voorwaarden van Ovotech (bijlage) zijn van toepassing voor zover dit contract
er niet van afwijkt; bij strijdigheid heeft dit contract voorrang.
10.2 Bij een geschil zoeken de zaakvoerders van beide partijen eerst binnen vijftien dagen een
minnelijke oplossing. Lukt dat niet, dan is het Belgisch recht van toepassing en zijn de
rechtbanken van Gent, afdeling Kortrijk, bevoegd.

Opgemaakt te Izegem op 1 december 2026 in twee exemplaren.

Voor Ovotech Systems bv                         Voor Eierhandel De Leeuw bv
(handtekening)                                  (handtekening)
Stijn Verhaeghe, zaakvoerder                    Hilde De Leeuw, zaakvoerder
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
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.seniority": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
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
        "legal.confidentiality": "covered",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)


NL_DOCUMENTS = [
    NL_B21_CAMPING_RESERVATION_SITE_EMAIL_OFFER,
    NL_B21_HACCP_TEMPERATURE_MONITORING_QUOTE,
    NL_B21_OPTICIAN_PRACTICE_SAAS_AGREEMENT,
    NL_B21_EGG_GRADING_SOFTWARE_MAINTENANCE_CONTRACT,
]
