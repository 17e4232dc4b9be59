"""Held-out batch 5, Dutch documents: a Flemish implementation agreement for an Odoo roll-out at a
technical wholesaler (phases, fit-gap analysis, user tests, cutover weekend, data conversion,
hypercare, fixed price per phase plus optional modules), the Netherlands delivery terms of a small
cloud back-up provider, a short Flemish letter proposing a WordPress website maintenance contract
with an empty "voor akkoord" line, and a Flemish rental and maintenance agreement for a managed
print fleet of multifunctionals (cost per page, 60-month term), signed by both parties (in
unseen_documents_5_nl2.py, to keep each module under ~500 lines).

Written on 2026-12-05 (committed 02:00-02:03 UTC) by a helper session acting as examiner, without
reading the analyser's rules or its tests; the labels come from reading each text against
spec/checklist.md (only clear readings; ambiguous ones are left out) and were committed before the
analyser was ever run on these texts. Never change a rule to fit these texts, nor a label or a text
to fit the analyser. Conventions as in the earlier batches (months = 30 days for notice and
warranty; response time of the highest priority in hours, working hours counted as hours; an empty
"voor akkoord" line for the client is a partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

NL_ERP_IMPLEMENTATION_CONTRACT = UnseenDocument(
    name="nl_erp_implementation_contract",
    text="""IMPLEMENTATIEOVEREENKOMST ODOO 17 ENTERPRISE - nr. IMP-2027-031

TUSSEN Kalvero Solutions bv, Kortrijksesteenweg 1120, 9051 Sint-Denijs-Westrem, KBO/BTW
BE 0745.218.663, IBAN BE32 7370 5521 8402, vertegenwoordigd door mevrouw Lien Desmet, gedelegeerd
bestuurder, hierna "de Implementatiepartner",
EN Van Damme Technische Groothandel nv, Nijverheidslaan 44, 8540 Deerlijk, KBO/BTW BE 0438.902.115,
vertegenwoordigd door de heer Koen Van Damme, CEO, hierna "de Klant".

Artikel 1 - Voorwerp en contractdocumenten
1.1 De Implementatiepartner voert bij de Klant (circa 60 gebruikers) Odoo 17 Enterprise in met de
apps Verkoop, Aankoop, Voorraad, Boekhouding en CRM, ter vervanging van Exact Globe.
1.2 De overeenkomst bestaat uit deze tekst en de offerte OF-2027-118 van 14/02/2027; bij
tegenstrijdigheid gaat deze tekst voor. Algemene voorwaarden van partijen zijn niet van toepassing.
Artikel 2 - Fasering, planning en prijs (vaste prijs per fase, excl. btw)
| Fase                  | Inhoud                           | Periode            | Prijs       |
| 1 Analyse             | workshops, fit-gap rapport       | 01/03 - 02/04/2027 | € 14.800,00 |
| 2 Configuratie        | parametrering, goedgekeurde gaps | 05/04 - 18/06/2027 | € 38.600,00 |
| 3 Conversie en testen | dataconversie, testen, opleiding | 21/06 - 10/09/2027 | € 16.200,00 |
| 4 Cutover             | cutoverweekend, go-live op 13/09 | 11/09 - 13/09/2027 | € 5.400,00  |
| 5 Hypercare           | zes weken nazorg na de go-live   | 13/09 - 22/10/2027 | € 6.900,00  |
| Totaal                |                                  |                    | € 81.900,00 |
De prijs van fase 2 dekt de gaps die in het fit-gap rapport als "standaard" of "kleine aanpassing"
worden ingedeeld, met een maximum van 45 ontwikkelingsdagen. Niet in de prijs begrepen: de
Odoo-licenties (door de Klant rechtstreeks af te sluiten bij Odoo nv), hardware (handscanners,
labelprinters), de koppeling met het transportplatform en boekhoudhistoriek van vóór 2026.
Optioneel, enkel na afzonderlijke schriftelijke bestelling: kwaliteitsbeheer € 4.200,00 -
barcodescanning in het magazijn € 3.900,00 - klantenportaal met bestelhistoriek € 5.750,00.
Artikel 3 - Organisatie en verplichtingen van de Klant
3.1 Projectleider bij de Implementatiepartner is Tom Verbeke, senior functioneel consultant met
twaalf jaar Odoo-ervaring; technisch consultant is Sara El Amrani (gecertificeerd ontwikkelaar).
De projectleider wordt enkel met akkoord van de Klant vervangen; bij ziekte of vertrek volgt binnen
tien werkdagen een vervanger met gelijkwaardige ervaring, zonder aanrekening van de inwerking.
3.2 De Klant stelt een projectleider aan (Annelies Goossens, operations manager) en per domein een
key user (verkoop, aankoop, magazijn, boekhouding). Elke key user is tijdens fases 2 en 3 minstens
één dag per week beschikbaar, schrijft de testscenario's mee uit en leidt na de opleiding de
eindgebruikers van zijn afdeling op (train-the-trainer).
3.3 Elke vrijdag is er projectoverleg; de Implementatiepartner bezorgt daarna een statusrapport met
voortgang per fase, open punten, risico's en verbruikte dagen. Een stuurgroep (Lien Desmet, Tom
Verbeke, Koen Van Damme, Annelies Goossens) vergadert maandelijks en beslist over planning/scope.
Artikel 4 - Dataconversie
De Klant bezorgt uiterlijk op 11/06/2027 exports uit Exact Globe van klanten (ca. 3.400), artikelen
met prijslijsten (ca. 18.000), leveranciers, de openstaande posten klanten en leveranciers en de
beginvoorraad. De Implementatiepartner schrijft de conversiescripts en voert twee proefconversies
uit; de Klant controleert elke proefconversie binnen vijf werkdagen. Het opschonen van de brondata
(dubbele klanten, inactieve artikelen) blijft de taak van de Klant. De definitieve conversie van de
openstaande posten gebeurt tijdens het cutoverweekend op basis van de afsluiting van 10/09/2027.
Artikel 5 - Gebruikerstesten, go-live en nazorg
5.1 De key users testen drie weken in een testomgeving met geconverteerde data; bevindingen zijn A
(blokkerend), B (hinderlijk) of C (cosmetisch). Alle maatwerk wordt vóór oplevering door een tweede
ontwikkelaar nagelezen en met geautomatiseerde tests opgeleverd.
5.2 De stuurgroep neemt op 08/09/2027 een go/no-go-beslissing. De Klant aanvaardt schriftelijk
wanneer geen enkele A-bevinding en hoogstens tien B-bevindingen openstaan. Bij een no-go blijft
Exact Globe in gebruik en wordt een nieuwe cutoverdatum vastgelegd volgens het draaiboek.
5.3 Opleiding: vier halve dagen voor de key users, plus e-learningvideo's voor alle eindgebruikers.
5.4 Hypercare: de eerste twee weken na de go-live is een consultant drie dagen per week ter plaatse
in Deerlijk; meldingen via het ticketplatform of 09 277 40 40, op werkdagen van 8u00 tot 17u30.
Blokkerende meldingen krijgen een reactie binnen 2 werkuren, andere binnen één werkdag.
5.5 Fouten in haar configuratie of maatwerk verbetert de Implementatiepartner kosteloos gedurende
drie maanden na de go-live. Bij het einde van de hypercare levert zij een functioneel en technisch
dossier en geeft zij een overdrachtssessie aan de interne IT-verantwoordelijke van de Klant.
Artikel 6 - Wijzigingen en vertraging
Elke scopewijziging verloopt via een wijzigingsverzoek met een raming van dagen, prijs en impact
op de planning; ze wordt pas uitgevoerd na schriftelijk akkoord van de projectleider van de Klant.
Dagtarieven (vast tot het einde van de overeenkomst): senior consultant € 850,00, ontwikkelaar
€ 720,00. Vertraging door de Klant (data of key users niet tijdig beschikbaar) leidt tot herplanning
in de stuurgroep; extra dagen worden aan deze tarieven aangerekend. Schuift de go-live door toedoen
van de Implementatiepartner meer dan vijftien werkdagen op, dan betaalt zij € 250,00 per werkdag,
begrensd op 5 % van de totaalprijs.
Artikel 7 - Facturatie en betaling
Per fase wordt 30 % gefactureerd bij de start en 70 % na schriftelijke aanvaarding van de fase.
Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.
Artikel 8 - Duur en beëindiging
De overeenkomst loopt tot het einde van de hypercare en eindigt dan van rechtswege, zonder
verlenging. De Klant kan na de afronding van elke fase opzeggen met een aangetekende brief en een
opzegtermijn van 30 dagen; de uitgevoerde fases blijven verschuldigd. Elke partij kan ontbinden bij
een ernstige tekortkoming die niet binnen 30 dagen na ingebrekestelling is verholpen.
Artikel 9 - Intellectuele eigendom, vertrouwelijkheid en persoonsgegevens
De Klant verkrijgt een niet-exclusief, eeuwigdurend en overdraagbaar gebruiksrecht op de
maatwerkmodules; de broncode wordt bij oplevering in de Git-repository van de Klant geplaatst.
Partijen houden elkaars bedrijfsinformatie geheim, ook vijf jaar na het einde van de overeenkomst.
Bij de conversie verwerkt de Implementatiepartner persoonsgegevens van klanten als verwerker in de
zin van de AVG: uitsluitend op instructie van de Klant, in de EU, met melding van een datalek binnen
24 uur en verwijdering van alle conversiebestanden na de go-live.
Artikel 10 - Aansprakelijkheid, geschillen en recht
De aansprakelijkheid van de Implementatiepartner is beperkt tot de totaalprijs van artikel 2;
gevolgschade zoals gederfde winst is uitgesloten, behalve bij opzet of grove fout. Een geschil gaat
eerst naar de stuurgroep en, zonder oplossing binnen 30 dagen, naar een erkend bemiddelaar.
Belgisch recht is van toepassing; bevoegd zijn de rechtbanken van Gent, afdeling Kortrijk.

Opgemaakt te Deerlijk op 22/02/2027, in twee exemplaren.
Voor Kalvero Solutions bv, Lien Desmet, gedelegeerd bestuurder          (handtekening)
Voor Van Damme Technische Groothandel nv, Koen Van Damme, CEO           (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.liability_excluded": False,
        "risk.unsigned": False,
    },
    figures={
        "payment_term_days": 30,
        "warranty_days": 90,
        "notice_period_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)

NL_CLOUD_BACKUP_TERMS = UnseenDocument(
    name="nl_cloud_backup_terms",
    text="""KLUISWERK B.V. - LEVERINGSVOORWAARDEN CLOUD BACK-UP
Versie 3.2, geldig vanaf 1 januari 2027
Kluiswerk B.V., Kanaalweg 17G, 3526 KL Utrecht | KvK 81234567 | btw NL862345678B01
IBAN NL44 RABO 0312 4567 89 | support@kluiswerk.nl | 030 760 22 14

Artikel 1 - Toepasselijkheid
1.1 Deze Leveringsvoorwaarden gelden voor elk aanbod van en elke Overeenkomst met Kluiswerk over
de Dienst: de geautomatiseerde back-up van servers, werkplekken en Microsoft 365-omgevingen.
Inkoop- of andere voorwaarden van de Klant worden uitdrukkelijk van de hand gewezen.
1.2 Wijkt de bestelling af van deze Leveringsvoorwaarden, dan gaan deze Leveringsvoorwaarden voor.
1.3 Kluiswerk mag deze Leveringsvoorwaarden wijzigen. De nieuwe versie wordt op de website
gepubliceerd en geldt vanaf dertig dagen na publicatie, ook voor lopende Overeenkomsten.
1.4 De Overeenkomst komt tot stand zodra de Klant zich registreert op mijn.kluiswerk.nl (het
Portaal) en Kluiswerk de activatie per e-mail bevestigt. Een ondertekening is niet vereist.
Artikel 2 - De Dienst
2.1 De back-upagent maakt dagelijks een back-up, versleuteld met AES-256 met een sleutel die alleen
de Klant kent, en bewaart de gegevens in twee datacenters in Nederland (Amsterdam en Groningen).
Standaard worden 30 dagelijkse versies bewaard; langere bewaring kan tegen meerprijs.
2.2 Na elke back-uptaak ontvangt de Klant een e-mailrapport met de status (geslaagd, waarschuwing,
mislukt); elke maand volgt een overzicht van het opgeslagen volume per apparaat.
2.3 De Klant controleert zelf of de back-ups slagen en test het terugzetten van gegevens.
2.4 De agentsoftware wordt automatisch bijgewerkt naar de nieuwste versie; beveiligingsupdates
worden zonder voorafgaande melding uitgerold. Gepland onderhoud aan het platform wordt minstens
48 uur vooraf in het Portaal aangekondigd.
Artikel 3 - Ondersteuning en beschikbaarheid
3.1 Ondersteuning wordt gegeven via support@kluiswerk.nl en telefonisch op werkdagen van 9.00 tot
17.00 uur, en is beperkt tot de installatie en het gebruik van de agent en het Portaal.
3.2 Kluiswerk spant zich in om supportvragen binnen één werkdag te beantwoorden en streeft naar een
beschikbaarheid van het Portaal en de opslag van 99,5% per maand. Dit zijn streefwaarden: er is
geen Service Level Agreement en een overschrijding geeft geen recht op korting of schadevergoeding.
Artikel 4 - Prijzen en betaling
| Onderdeel                                       | Prijs excl. btw         |
| Opslag (na compressie en deduplicatie)          | € 0,09 per GB per maand |
| Minimumbedrag per Overeenkomst                  | € 25,00 per maand       |
| Eenmalige activatie en eerste volledige back-up | € 75,00                 |
| Herstel via verzonden schijf (op verzoek)       | € 150,00 per levering   |
| Assistentie bij herstel buiten 3.1              | € 95,00 per uur         |
4.1 In de maandprijs zijn begrepen: de agentsoftware voor onbeperkt veel apparaten, de opslag, de
versleuteling, de rapportage en de ondersteuning van artikel 3. Niet inbegrepen: herstel via schijf,
extra bewaartermijnen en hulp bij het terugzetten buiten artikel 3.1.
4.2 Het verbruik wordt maandelijks achteraf gefactureerd op basis van het gemiddelde opgeslagen
volume en per automatische incasso geïnd. Facturen moeten binnen 14 dagen na factuurdatum zijn
voldaan; daarna is de Klant zonder ingebrekestelling de wettelijke handelsrente verschuldigd.
4.3 Kluiswerk kan haar prijzen aanpassen. Een prijswijziging wordt ten minste een maand vooraf per
e-mail aangekondigd; de Klant die de wijziging niet aanvaardt, kan de Overeenkomst opzeggen tegen
de datum waarop de wijziging ingaat.
Artikel 5 - Duur en opzegging
5.1 Het abonnement wordt aangegaan voor twaalf maanden vanaf de activatie en wordt daarna steeds
stilzwijgend voortgezet voor eenzelfde periode van twaalf maanden.
5.2 Opzegging gebeurt schriftelijk of via het Portaal, uiterlijk twee maanden vóór het einde van de
lopende periode.
Artikel 6 - Einde van de Overeenkomst
6.1 Na het einde van de Overeenkomst blijven de back-ups nog 30 dagen bewaard. In die periode kan de
Klant via het Portaal zijn bestanden in hun oorspronkelijke formaat terugzetten of als ZIP-archief
downloaden. Daarna worden alle gegevens definitief en onherstelbaar verwijderd.
6.2 Zolang er facturen openstaan, mag Kluiswerk de toegang tot het Portaal en de back-ups blokkeren,
ook tijdens de termijn van 30 dagen.
Artikel 7 - Aansprakelijkheid
7.1 De aansprakelijkheid van Kluiswerk is beperkt tot vergoeding van directe schade, tot ten
hoogste het bedrag dat de Klant in de drie maanden vóór de schadeveroorzakende gebeurtenis heeft
betaald. Kluiswerk is nooit aansprakelijk voor verlies, verminking of onbruikbaarheid van gegevens,
gederfde winst of bedrijfsstilstand. De Klant zorgt zelf voor een tweede, onafhankelijke kopie.
7.2 Storingen bij het datacenter of de internetverbinding gelden als overmacht.
Artikel 8 - Geheimhouding en persoonsgegevens
8.1 Kluiswerk en haar medewerkers behandelen alle gegevens van de Klant als vertrouwelijk.
8.2 Voor de persoonsgegevens in de back-ups is Kluiswerk verwerker in de zin van de AVG. Zij
verwerkt die uitsluitend in Nederland en op instructie van de Klant, schakelt alleen de genoemde
subverwerker (het datacenter) in en meldt een datalek binnen 24 uur na ontdekking.
8.3 De Klant krijgt voor de duur van het abonnement een niet-overdraagbaar gebruiksrecht op de
agentsoftware; alle intellectuele eigendomsrechten blijven bij Kluiswerk of haar licentiegevers.
Artikel 9 - Toepasselijk recht
Op de Overeenkomst is Nederlands recht van toepassing. Geschillen worden uitsluitend voorgelegd aan
de bevoegde rechter van de rechtbank Midden-Nederland, locatie Utrecht.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "covered",
        "rollout.acceptance": "missing",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
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
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 14,
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
    },
)

NL_WEBSITE_MAINTENANCE_LETTER = UnseenDocument(
    name="nl_website_maintenance_letter",
    text="""PIXELWERF bv - webdesign & webbeheer
Stationsstraat 52, 2800 Mechelen - 015 43 09 87 - hallo@pixelwerf.be
BTW BE 0693.114.572 - RPR Antwerpen, afdeling Mechelen - IBAN BE12 0018 7654 3321

                                            Tuincentrum Wouters bv
                                            t.a.v. mevrouw Griet Wouters
                                            Liersesteenweg 311, 2580 Putte

Mechelen, 3 maart 2027
Onze ref.: OND-2027-014
Betreft: voorstel onderhoudscontract voor www.tuincentrumwouters.be

Beste mevrouw Wouters,

Bedankt voor het fijne gesprek van vorige week. Zoals beloofd stellen wij u hieronder voor hoe wij
uw WordPress-website vanaf 1 april 2027 kunnen hosten en onderhouden.

Wat wij voor u doen
  - Hosting op onze beheerde server in een datacenter in Brussel, met SSL-certificaat en een
    dagelijkse back-up die 14 dagen wordt bijgehouden.
  - Updates: elke maand installeren wij de updates van WordPress, uw thema en de plugins, eerst op
    een testkopie en daarna op de live site. Beveiligingsupdates volgen binnen twee werkdagen na
    hun verschijning.
  - Kleine aanpassingen: elke maand 3 uur voor kleine wijzigingen zoals teksten, foto's,
    openingsuren of een nieuwe pagina op een bestaand sjabloon. Niet gebruikte uren vervallen op
    het einde van de maand.
  - Eén keer per kwartaal krijgt u een kort verslag met de uitgevoerde updates, de gebruikte uren
    en de status van de back-ups.

Niet in het contract: nieuwe functionaliteit, een webshop, een herontwerp, het schrijven van
teksten en de licenties van betalende plugins (die rekenen wij door aan kostprijs).

Bereikbaarheid
U kan ons bereiken via support@pixelwerf.be of op 015 43 09 87, op werkdagen van 9u tot 17u. Wij
reageren op elke vraag binnen één werkdag. Ligt de site plat, dan brengen wij die zo snel mogelijk
weer online. Uw vaste aanspreekpunt blijft Ruben Claes, die uw website in 2024 heeft gebouwd en
ze door en door kent.

Prijs
| Omschrijving                                   | Bedrag excl. btw       |
| Hosting en onderhoud (incl. 3 uur per maand)   | € 89,00 per maand      |
| Eenmalige overname van site en hosting         | € 350,00               |
| Extra uren boven de 3 uur per maand            | € 75,00 per uur        |
Vraagt een aanvraag meer tijd dan de resterende uren van de maand, dan bezorgen wij u eerst een
schatting per mail; pas na uw akkoord voeren wij het werk uit. Extra uren worden per kwartier
aangerekend op de volgende factuur. Het onderhoud wordt jaarlijks vooraf gefactureerd
(€ 1.068,00); onze facturen zijn betaalbaar binnen 15 dagen na factuurdatum.

Duur
Het contract loopt een jaar vanaf 1 april 2027 en wordt daarna telkens stilzwijgend met een jaar
verlengd, tenzij u of wij het per aangetekende brief opzeggen, ten laatste drie maanden voor de
vervaldag. Bij het einde bezorgen wij u een volledige kopie van uw website (bestanden en databank),
zodat een andere partij ze zonder problemen kan overnemen.

Wat u nog moet weten
Onze algemene voorwaarden, die u vindt op www.pixelwerf.be/voorwaarden, zijn van toepassing. Voor
de persoonsgegevens uit uw contactformulier treden wij op als verwerker; de verwerkersovereenkomst
vindt u in bijlage. Onze aansprakelijkheid is beperkt tot het bedrag van één jaarabonnement.

Gaat u akkoord? Gelieve dan een ondertekend exemplaar van deze brief terug te bezorgen, per post of
ingescand per mail. Wij kijken ernaar uit om verder voor u te werken.

Met vriendelijke groeten,

Ruben Claes, zaakvoerder Pixelwerf bv                 Voor akkoord, Tuincentrum Wouters bv
(getekend)                                            Naam: ..................................
                                                      Datum: ........ Handtekening: ..........

Bijlage: algemene voorwaarden Pixelwerf (versie 2026)
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "reporting.progress": "covered",
        "rollout.acceptance": "missing",
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
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 15,
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
    },
)


NL_DOCUMENTS = (
    NL_ERP_IMPLEMENTATION_CONTRACT,
    NL_CLOUD_BACKUP_TERMS,
    NL_WEBSITE_MAINTENANCE_LETTER,
)
