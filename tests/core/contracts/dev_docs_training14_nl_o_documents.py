"""Training batch 14 (nl, writer o): four Dutch-language documents of kinds not used before.

1. nl_t14o_municipal_appointment_app: a formal Flemish development agreement (public
   procurement, numbered articles, signed by both parties) for an appointment-booking web and
   mobile app for a municipality, with four years of hosting and maintenance; the source code
   is placed in the municipality's own repository.
2. nl_t14o_managed_backup_dr_order_form: a Netherlands order form for managed back-up (Veeam,
   Microsoft 365) and disaster recovery (standby failover) for an installation company, signed
   by both parties, with the supplier's general terms applying, best-efforts RTO/RPO, no
   service credits and a tacit renewal with three months' notice.
3. nl_t14o_notary_email_tenant_migration: an informal Flemish e-mail offer for migrating a
   notary office's mailboxes to its own Microsoft 365 tenant, accepted by a reply e-mail.
4. nl_t14o_web_agency_general_terms: the general terms and conditions of a Dutch web agency
   (projects, hosting, maintenance), unsigned.

Written on 2026-12-05 by a helper session acting as training documents for the checklist
model, without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; "partial" = mentioned but vague, a bare
cross-reference without content, a placeholder, best-efforts only, or a negation/disclaimer.
Items and risks whose reading was ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

NL_T14O_MUNICIPAL_APPOINTMENT_APP = UnseenDocument(
    name="nl_t14o_municipal_appointment_app",
    text="""OVEREENKOMST VOOR DE ONTWIKKELING, HOSTING EN HET ONDERHOUD VAN EEN AFSPRAKENAPP
Overheidsopdracht van diensten - onderhandelingsprocedure zonder voorafgaande bekendmaking
Dossiernummer: 2026/ICT/017

TUSSEN
de gemeente Hoevelde, Marktplein 1, 2270 Hoevelde, KBO 0207.512.846, vertegenwoordigd door het
college van burgemeester en schepenen, voor wie optreden mevrouw Els Vermeiren, burgemeester, en
de heer Peter Aerts, algemeen directeur, in uitvoering van de collegebeslissing van 16 november
2026, hierna "de Gemeente",

EN
Loketlink bv, Vaartkom 21, 3000 Leuven, KBO 0745.390.118, vertegenwoordigd door de heer Maarten
Claessens, zaakvoerder, hierna "de Opdrachtnemer",

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp en contractdocumenten
1.1 De Opdrachtnemer ontwikkelt voor de Gemeente een afsprakenapp waarmee burgers online een
afspraak maken bij de diensten Burgerzaken, Omgeving en het Sociaal Huis: een webapplicatie en
apps voor iOS en Android, een beheermodule voor de loketmedewerkers, aanmelding via itsme en de
eID, herinneringen per e-mail en sms, en een koppeling met de agenda's in Microsoft 365.
1.2 Na de ingebruikname host en onderhoudt de Opdrachtnemer de app volgens artikel 7 en 8.
1.3 De overeenkomst bestaat uit, in deze volgorde van voorrang: (a) deze overeenkomst, (b) het
bestek 2026/ICT/017, (c) de offerte LL-2026-093 van 28 oktober 2026 van de Opdrachtnemer. De
algemene uitvoeringsregels van het KB van 14 januari 2013 zijn van toepassing. Algemene
voorwaarden van de Opdrachtnemer zijn uitgesloten.
1.4 Niet inbegrepen zijn: de licenties voor Microsoft 365, de kosten van de itsme-aansluiting die
de Gemeente rechtstreeks met de dienstverlener afsluit, de sms-kosten boven 6.000 berichten per
jaar (EUR 0,07 per bericht) en de aanpassing van de gemeentelijke website buiten het plaatsen
van de afsprakenmodule.

Artikel 2 - Prijs en betaling
2.1 De ontwikkeling gebeurt tegen een globale prijs van EUR 64.500,00 excl. btw. De eenmalige
inrichting van de hostingomgeving (test en productie) kost EUR 1.250,00 excl. btw.
2.2 Hosting en onderhoud kosten EUR 690,00 excl. btw per maand, inclusief 6.000 sms-berichten per
jaar en 8 uur kleine aanpassingen per kwartaal.
2.3 Wijzigingen aan de scope worden behandeld als wijzigingsverzoek: de Opdrachtnemer bezorgt
binnen vijf werkdagen een schriftelijke raming in mandagen en de impact op de planning. Het werk
start pas na schriftelijke goedkeuring door de projectleider van de Gemeente, en voor bedragen
boven EUR 5.000,00 na beslissing van het college. Het dagtarief bedraagt EUR 780,00 excl. btw.
2.4 De maandvergoeding en het dagtarief worden jaarlijks op 1 januari herzien volgens de formule
P = P0 x (0,2 + 0,8 x S / S0), waarbij S het Agoria-referentieloon (nationaal gemiddelde) is.
2.5 Facturatie van de globale prijs: 20 % bij goedkeuring van de analyse (mijlpaal 1), 40 % bij
voorlopige oplevering (mijlpaal 3) en 40 % na de stabilisatieperiode (mijlpaal 4). De
inrichtingskost wordt gefactureerd bij mijlpaal 3, de maandvergoeding per kwartaal achteraf.
Facturen worden betaald binnen 30 dagen na ontvangst, na verificatie door de Gemeente.

Artikel 3 - Planning en medewerking
3.1 Mijlpalen: (1) analyse en ontwerp goedgekeurd uiterlijk 29 januari 2027; (2) testversie
beschikbaar uiterlijk 2 april 2027; (3) voorlopige oplevering en livegang uiterlijk 3 mei 2027;
(4) einde van de stabilisatieperiode van zes weken, uiterlijk 14 juni 2027.
3.2 De Gemeente stelt vóór 11 januari 2027 een projectleider en per dienst een sleutelgebruiker
aan, bezorgt vóór 1 februari 2027 de openingsuren, afspraaktypes en formulieren per dienst,
regelt de itsme-aansluiting vóór 1 maart 2027 en geeft haar opmerkingen op de testversie binnen
tien werkdagen.
3.3 Bij laattijdige oplevering van mijlpaal 3 door toedoen van de Opdrachtnemer is een
vertragingsboete verschuldigd van 0,1 % van de globale prijs per kalenderdag, met een maximum van
5 %. Vertraging door de Gemeente verschuift de volgende mijlpalen met dezelfde duur, zonder
meerkost voor de Gemeente tenzij de vertraging meer dan twintig werkdagen bedraagt.

Artikel 4 - Team
4.1 Projectleider van de Opdrachtnemer is mevrouw Sarah Wuyts (senior, tien jaar ervaring met
overheidsprojecten). Het team bestaat verder uit een senior ontwikkelaar, twee medior
ontwikkelaars, een UX-ontwerper en een tester. Projectleider van de Gemeente is de heer Kris
Michiels, ICT-coördinator.
4.2 De projectleider en de senior ontwikkelaar worden enkel vervangen na schriftelijke melding en
akkoord van de Gemeente, door een persoon met minstens gelijkwaardige ervaring en met een
overdrachtsperiode van vijf werkdagen op kosten van de Opdrachtnemer.
4.3 De app voldoet aan WCAG 2.1 niveau AA. Elke wijziging aan de code wordt door een tweede
ontwikkelaar nagelezen en doorloopt geautomatiseerde tests; vóór de livegang laat de
Opdrachtnemer op eigen kosten een penetratietest uitvoeren door een externe partij.

Artikel 5 - Opvolging
Tijdens de ontwikkeling bezorgt de Opdrachtnemer om de twee weken een voortgangsverslag
(afgewerkte functies, planning, risico's, bestede uren aan wijzigingsverzoeken). Een stuurgroep
met de projectleiders, de diensthoofden Burgerzaken en Omgeving en de zaakvoerder van de
Opdrachtnemer vergadert maandelijks; na de livegang komt zij elk kwartaal samen.

Artikel 6 - Oplevering
6.1 De Opdrachtnemer plaatst de app in de App Store en Google Play onder het ontwikkelaarsaccount
van de Gemeente, installeert de productieomgeving en plaatst de afsprakenmodule op de website.
6.2 De afspraken die in het huidige systeem (Afspraakplanner 3) gepland staan na de livegang,
worden door de Opdrachtnemer overgezet, samen met de lijst van afspraaktypes en
loketmedewerkers. De Gemeente levert daartoe een CSV-export uiterlijk vijf werkdagen voor de
livegang; de Opdrachtnemer controleert na de overzetting de aantallen per dienst.
6.3 De sleutelgebruikers voeren de acceptatietests uit volgens de testscenario's van bijlage B. De
voorlopige oplevering wordt vastgesteld in een proces-verbaal wanneer er geen blokkerende
bevindingen meer zijn. De definitieve oplevering volgt na de stabilisatieperiode.
6.4 De Opdrachtnemer geeft twee opleidingen van een halve dag voor de loketmedewerkers en een
opleiding voor de sleutelgebruikers, en is de eerste week na de livegang ter plaatse aanwezig.
6.5 Bij de voorlopige oplevering bezorgt de Opdrachtnemer de technische documentatie, de
architectuurbeschrijving en een beheerhandleiding.
6.6 Gedurende zes maanden na de voorlopige oplevering herstelt de Opdrachtnemer kosteloos alle
fouten in de opgeleverde software.

Artikel 7 - Hosting, onderhoud en ondersteuning
7.1 De Opdrachtnemer host de app in een datacenter in België, neemt dagelijks een back-up die
dertig dagen bewaard wordt, en houdt het besturingssysteem, de frameworks en de apps actueel.
Beveiligingspatches voor kritieke kwetsbaarheden worden binnen vijf werkdagen toegepast. De apps
worden aangepast aan nieuwe versies van iOS en Android binnen twee maanden na hun verschijnen.
7.2 De servicedesk is bereikbaar op werkdagen van 8.00 tot 17.00 uur via 016 44 72 10 en
support@loketlink.be. Prioriteit 1 (de app is onbereikbaar of er kunnen geen afspraken worden
gemaakt) kan ook buiten die uren gemeld worden via het noodnummer 016 44 72 19.
7.3 Reactie- en oplostijden:
   Prioriteit 1   reactie binnen 1 uur    workaround of herstel binnen 4 uur
   Prioriteit 2   reactie binnen 4 uur    herstel binnen 2 werkdagen
   Prioriteit 3   reactie binnen 2 werkdagen, herstel in de volgende release
7.4 De beschikbaarheid van de productieomgeving bedraagt ten minste 99,5 % per kalendermaand,
gepland onderhoud tussen 22.00 en 6.00 uur niet meegerekend.
7.5 Bij een lagere beschikbaarheid of een overschreden oplostijd voor prioriteit 1 wordt 10 % van
de maandvergoeding gecrediteerd per begonnen schijf van 0,5 % of per incident, met een maximum
van 50 % van de maandvergoeding.
7.6 Vast aanspreekpunt na de livegang is mevrouw Sarah Wuyts. De Opdrachtnemer houdt een
configuratiedossier bij van de diensten, afspraaktypes en koppelingen van de Gemeente.
7.7 Elke maand ontvangt de Gemeente een rapport met de beschikbaarheid, het aantal afspraken per
dienst en de meldingen met hun reactie- en oplostijden.

Artikel 8 - Duur en beëindiging
8.1 Hosting en onderhoud lopen 48 maanden vanaf de voorlopige oplevering. De Gemeente kan die
periode eenmaal verlengen met twaalf maanden bij uitdrukkelijke beslissing van het college; er is
geen stilzwijgende verlenging.
8.2 De Gemeente kan hosting en onderhoud beëindigen tegen het einde van elk contractjaar met een
opzegtermijn van drie maanden, bij aangetekende brief. Elke partij kan de overeenkomst ontbinden
bij een ernstige tekortkoming die niet hersteld is binnen dertig dagen na ingebrekestelling.
8.3 Bij het einde levert de Opdrachtnemer binnen tien werkdagen een volledige export van de
afspraken, afspraaktypes en gebruikers in CSV en JSON, en verleent hij gedurende drie maanden
zijn medewerking aan de overdracht naar een nieuwe leverancier, waarbij hij de dienstverlening
ongewijzigd voortzet. De gegevens worden daarna gewist en de wissing wordt schriftelijk bevestigd.

Artikel 9 - Intellectuele eigendom en broncode
De Gemeente wordt eigenaar van de specifiek voor haar ontwikkelde software en verkrijgt alle
vermogensrechten erop bij betaling van de betrokken mijlpaal. Voor herbruikbare componenten van de
Opdrachtnemer krijgt zij een kosteloos, eeuwigdurend gebruiksrecht. De volledige broncode wordt
bij elke release in de Git-repository van de Gemeente geplaatst; dit geldt als waarborg voor de
continuïteit, zodat geen escrowregeling nodig is.

Artikel 10 - Aansprakelijkheid, vertrouwelijkheid en persoonsgegevens
10.1 De aansprakelijkheid van de Opdrachtnemer is per schadegeval beperkt tot EUR 100.000,00,
behalve bij opzet, zware fout of inbreuk op de vertrouwelijkheid of de gegevensbescherming.
10.2 Partijen houden alle vertrouwelijke informatie geheim tijdens de overeenkomst en gedurende
vijf jaar na het einde ervan.
10.3 De Opdrachtnemer verwerkt de persoonsgegevens van burgers (naam, rijksregisternummer bij
aanmelding met itsme, contactgegevens, reden van de afspraak) als verwerker in de zin van de AVG,
uitsluitend in de Europese Unie en volgens de verwerkersovereenkomst van bijlage C, die de
doeleinden, de bewaartermijn van twaalf maanden, de beveiligingsmaatregelen, de subverwerkers en
de melding van datalekken binnen 24 uur regelt.

Artikel 11 - Geschillen
Een geschil wordt eerst voorgelegd aan de stuurgroep. Wordt het niet binnen dertig dagen
opgelost, dan kunnen partijen een bemiddelaar aanstellen. Op deze overeenkomst is het Belgisch
recht van toepassing; enkel de rechtbanken van het gerechtelijk arrondissement Antwerpen,
afdeling Mechelen, zijn bevoegd.

Opgemaakt te Hoevelde op 4 december 2026 in twee exemplaren.

Voor de Gemeente                                 Voor Loketlink bv
Peter Aerts          Els Vermeiren               Maarten Claessens
algemeen directeur   burgemeester                zaakvoerder
(handtekening)       (handtekening)              (handtekening)
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
        "contract_term_months": 48,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

NL_T14O_MANAGED_BACKUP_DR_ORDER_FORM = UnseenDocument(
    name="nl_t14o_managed_backup_dr_order_form",
    text="""ORDERFORMULIER MANAGED BACKUP & DISASTER RECOVERY
Ordernummer: VT-ORD-2026-1184                          Datum: 1 december 2026

Leverancier:   Veilig Terug B.V., Papendorpseweg 100, 3528 BJ Utrecht, KvK 61893027
               Contactpersoon: Marloes de Wit, Service Delivery Manager
Klant:         Van Dijk Installatietechniek B.V., Nijverheidsweg-Noord 38, 3812 PM Amersfoort,
               KvK 32087745
               Contactpersoon: Ruben Hoekstra, IT-coördinator

Dit orderformulier is opgesteld op basis van offerte VT-2026-0871 van 12 november 2026, die
onderdeel uitmaakt van de overeenkomst.

1. Dienst
Pakket: Managed Backup Pro + DR Standby
- back-up met Veeam van 6 virtuele servers (VMware) en de Microsoft 365-omgeving (Exchange
  Online, OneDrive, SharePoint en Teams) van 45 gebruikers;
- back-up elk uur voor de servers, vier keer per dag voor Microsoft 365;
- lokale kopie op een appliance bij de klant en een onveranderbare (immutable) kopie in het
  datacenter van Veilig Terug in Amsterdam;
- bewaartermijn: 30 dagelijkse, 12 maandelijkse en 7 jaarlijkse herstelpunten;
- DR Standby: uitwijk van de 6 servers naar het DR-platform van Veilig Terug, met
  VPN-toegang voor de medewerkers;
- dagelijkse controle van alle back-upjobs door de servicedesk, met opvolging van mislukte jobs;
- per kwartaal een hersteltest van een willekeurige server en een map in Microsoft 365;
- eenmaal per jaar een volledige DR-test in overleg met de klant, met een verslag.
Niet inbegrepen: back-up van laptops en werkplekken, herstel van fysieke hardware, en het
herinrichten van de netwerkomgeving van de klant na een calamiteit.

2. Prijzen (exclusief btw)
Eenmalige onboarding (appliance, installatie, eerste volledige back-up, DR-plan)   EUR  2.450,00
Maandelijkse vergoeding Managed Backup Pro + DR Standby                             EUR  1.185,00
Opslag boven 10 TB in het datacenter: EUR 24,00 per TB per maand.
Totale contractwaarde eerste termijn (onboarding + 36 maanden)                      EUR 45.110,00
Werkzaamheden buiten het pakket (zoals herstel na een calamiteit buiten de DR-test) worden
uitgevoerd tegen EUR 115,00 per uur, uitsluitend na akkoord van de klant op een schatting van
het aantal uren. In een noodgeval volstaat een akkoord per e-mail of telefoon van de
contactpersoon van de klant.
Prijzen worden jaarlijks per 1 januari geïndexeerd met de CBS-index cao-lonen
(zakelijke dienstverlening) van het voorgaande jaar.
Facturatie: onboarding na afronding; de maandelijkse vergoeding maandelijks vooraf. Betaling
binnen 14 dagen na factuurdatum.

3. Onboarding
Veilig Terug rondt de onboarding af binnen 15 werkdagen na ondertekening. De klant levert
binnen 5 werkdagen na ondertekening beheerdersaccounts voor VMware en Microsoft 365, een plek in
het serverrek met stroom en netwerk voor de appliance, en een uploadsnelheid van ten minste 100
Mbit/s. De klant meldt wijzigingen in zijn omgeving (nieuwe servers, extra gebruikers) vooraf aan
de servicedesk.
Veilig Terug stelt in overleg met de klant een DR-plan (runbook) op met de uitwijkvolgorde, de
contactpersonen en de stappen voor de uitwijk en terugkeer. Het plan wordt met de klant
doorgenomen en aan de klant overhandigd, en na elke DR-test bijgewerkt.
De onboarding is afgerond wanneer een eerste hersteltest is geslaagd en de klant dat per e-mail
heeft bevestigd.

4. Servicelevels
Servicedesk: werkdagen 8.00-18.00 uur via 030 711 42 00, servicedesk@veiligterug.nl en het
klantportaal. Calamiteiten (prioriteit 1: uitwijk nodig of productie plat) kunnen 24/7 worden
gemeld via 030 711 42 99.
Reactietijd: prioriteit 1 binnen 30 minuten, 24/7; prioriteit 2 binnen 4 werkuren; prioriteit 3
binnen 2 werkdagen.
Beschikbaarheid van het back-upportaal en het DR-platform: 99,9 % per kalendermaand, exclusief
aangekondigd onderhoud.
Streefwaarden bij uitwijk: RTO (tijd tot de servers op het DR-platform draaien) 4 uur, RPO
(maximaal gegevensverlies) 1 uur. Voor het halen van deze streefwaarden en voor het herstel van
gegevens geldt een inspanningsverplichting; Veilig Terug garandeert niet dat alle gegevens in
alle omstandigheden hersteld kunnen worden.
Het niet halen van de servicelevels geeft geen recht op creditering of schadevergoeding.
Veilig Terug houdt de back-upsoftware, de agents en de appliance up-to-date en installeert
beveiligingsupdates binnen 14 dagen na het verschijnen ervan, kritieke updates binnen 3 werkdagen.
Veilig Terug is gecertificeerd volgens ISO 27001 en NEN 7510; beide certificaten worden
jaarlijks door een externe auditor getoetst.
De Service Delivery Manager is het vaste aanspreekpunt van de klant en houdt samen met de
servicedesk een actueel overzicht bij van de geback-upte systemen en het DR-plan.

5. Rapportage en overleg
Maandelijks ontvangt de klant een rapport met de status van alle back-upjobs, het
opslaggebruik, de resultaten van de hersteltests en de gemelde incidenten. Elk halfjaar vindt een
serviceoverleg plaats tussen de Service Delivery Manager en de IT-coördinator van de klant.

6. Looptijd en beëindiging
De overeenkomst gaat in op de datum van ondertekening en heeft een looptijd van 36 maanden. Na
afloop wordt de overeenkomst stilzwijgend verlengd met telkens 12 maanden, tenzij een partij
schriftelijk opzegt met inachtneming van een opzegtermijn van drie maanden.
Na beëindiging bewaart Veilig Terug de back-ups nog 30 dagen. Binnen die termijn zet Veilig
Terug op verzoek de laatste herstelpunten terug naar opslag van de klant of levert zij de
back-upbestanden aan in Veeam-formaat, tegen het uurtarief van artikel 2. Daarna worden alle
back-ups vernietigd.

7. Voorwaarden
Op deze overeenkomst zijn de Algemene Voorwaarden van Veilig Terug B.V. (versie 2025, gebaseerd
op de NLdigital Voorwaarden) van toepassing. Bij strijdigheid prevaleert dit orderformulier.
De klant krijgt voor de duur van de overeenkomst een niet-overdraagbaar gebruiksrecht op de
back-upsoftware en het klantportaal; alle intellectuele eigendomsrechten blijven bij Veilig
Terug of haar licentiegevers.
De aansprakelijkheid van Veilig Terug is beperkt tot het bedrag van drie maandelijkse
vergoedingen. Veilig Terug is niet aansprakelijk voor indirecte schade, waaronder gevolgschade,
gederfde winst en verlies of verminking van gegevens.
Beide partijen houden vertrouwelijke informatie van de andere partij geheim, ook na het einde van
de overeenkomst.
De verwerkersovereenkomst (bijlage 2) maakt deel uit van deze overeenkomst.
Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de
bevoegde rechter van de Rechtbank Midden-Nederland.

Voor akkoord:

Veilig Terug B.V.                              Van Dijk Installatietechniek B.V.
Naam: Jeroen Bakker, directeur                  Naam: Anouk van Dijk, directeur
Datum: 1 december 2026                          Datum: 3 december 2026
Handtekening: [getekend]                        Handtekening: [getekend]
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
        "rollout.acceptance": "covered",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
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
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.9,
    },
)

NL_T14O_NOTARY_EMAIL_TENANT_MIGRATION = UnseenDocument(
    name="nl_t14o_notary_email_tenant_migration",
    text="""Van: Notaris Lieve Desmet <lieve.desmet@notaris-desmet.be>
Verzonden: vrijdag 4 december 2026 11:02
Aan: Pieter Verbeeck <pieter@verbeeck-it.be>
CC: Caroline Maes <caroline.maes@notaris-desmet.be>
Onderwerp: RE: Offerte migratie e-mail naar eigen Microsoft 365-tenant

Dag Pieter,

Ik heb het met mijn vennoot besproken: we gaan akkoord met je offerte van 2 december. Het weekend
van 23-24 januari past ons. Caroline regelt de toegang tot de DNS bij onze registrar.

Met vriendelijke groeten,
Lieve Desmet
geassocieerd notaris

Desmet & Van Hoecke, geassocieerde notarissen bv | Kouter 12, 9000 Gent

-----Oorspronkelijk bericht-----
Van: Pieter Verbeeck <pieter@verbeeck-it.be>
Verzonden: woensdag 2 december 2026 17:35
Aan: Notaris Lieve Desmet <lieve.desmet@notaris-desmet.be>
Onderwerp: Offerte migratie e-mail naar eigen Microsoft 365-tenant

Dag notaris Desmet, beste Lieve,

Bedankt voor het gesprek van vorige week. Zoals afgesproken stuur ik je hierbij onze offerte om
de mailboxen van het kantoor over te zetten van de gedeelde Microsoft 365-omgeving van jullie
vorige IT-partner naar een eigen tenant op naam van het kantoor.

Wat we doen
- Een nieuwe Microsoft 365-tenant aanmaken op naam van Desmet & Van Hoecke, met datalocatie
  Europa, en het domein notaris-desmet.be erin verifiëren.
- 14 persoonlijke mailboxen en 3 gedeelde mailboxen (info@, akten@ en boekhouding@) overzetten
  met MigrationWiz: alle mails, agenda's, contactpersonen en de online archieven, in totaal
  ongeveer 310 GB. De twee PST-archiefbestanden van notaris Van Hoecke laden we mee op in zijn
  online archief.
- Meervoudige verificatie (MFA) voor alle gebruikers, de standaard beveiligingsinstellingen en
  een e-mailhandtekening in de huisstijl van het kantoor.
- Op de 14 pc's het nieuwe Outlook-profiel instellen en de gedeelde mailboxen koppelen.
Niet inbegrepen: de migratie van de bestanden op de server en van OneDrive (die staan nog bij
de vorige partner en komen in een apart voorstel), en de koppeling van de aktesoftware met de
nieuwe mailboxen als de softwareleverancier daar zelf werk voor aanrekent.

Planning
- tot 15 januari: tenant aanmaken, licenties bestellen, voorafgaande synchronisatie van de
  oude mails (dat merken jullie niet);
- vrijdag 22 januari vanaf 17 uur: laatste synchronisatie; vanaf dan niet meer mailen;
- zaterdag 23 januari: omzetting van de DNS (MX-record) naar de nieuwe tenant;
- zondag 24 januari: controle per mailbox en profielen op de pc's;
- maandag 25 januari: Jens is de hele voormiddag op het kantoor om iedereen te helpen met MFA en
  de eerste aanmelding. We geven die ochtend ook een korte uitleg van een halfuur voor het
  personeel.
Wat we van jullie nodig hebben: vóór 8 januari een beheerdersaccount in de oude tenant (jullie
vorige partner moet dat geven), de toegang tot de DNS bij jullie registrar, en dat iedereen op
vrijdag 22 januari om 17 uur Outlook afsluit en de pc aan laat staan.

Wie
Ik volg het project zelf op en ben jullie aanspreekpunt. Het technische werk doet mijn collega
Jens Willems; hij is gecertificeerd Microsoft 365 Administrator Expert en deed het afgelopen jaar
een tiental gelijkaardige migraties.

Oplevering
Op maandagmiddag overlopen we met Caroline de checklist per gebruiker (mails, agenda's, gedeelde
mailboxen, handtekening, aanmelding met MFA op pc en gsm). Haar akkoord geldt als oplevering.
We bezorgen jullie daarna een kort document met de nieuwe configuratie en de beheerdersaccounts,
die we in jullie kluis laten bewaren. Problemen die voortkomen uit de migratie lossen we tot
30 dagen na de migratie kosteloos op.

Prijs (excl. btw)
- Migratie, vaste prijs voor alles hierboven: EUR 4.950,00
- Licenties Microsoft 365 Business Premium: EUR 20,60 per gebruiker per maand, 14 gebruikers,
  maandelijks gefactureerd. Het aantal kan maandelijks aangepast worden en de licenties zijn
  maandelijks opzegbaar. De licentieprijzen volgen de prijslijst van Microsoft en kunnen dus
  wijzigen.
- Bijkomend werk dat niet in deze offerte staat, doen we aan EUR 95,00 per uur, maar altijd na
  een inschatting die jij eerst goedkeurt.
Facturatie: de migratie na de oplevering, betaalbaar binnen 15 dagen.

Vertrouwelijkheid
We weten dat jullie mailboxen onder het beroepsgeheim vallen. Jens en ik zijn de enigen die
toegang krijgen tot de migratietool; we openen geen mails, tenzij jij dat vraagt om een probleem
op te lossen. Het migratie-account en de tijdelijke beheerrechten verwijderen we op 25 februari,
en MigrationWiz wist zijn logbestanden 30 dagen na de migratie. Alles blijft binnen de EU.
Voor de verwerking van de persoonsgegevens geldt de verwerkersovereenkomst die we op 14 maart
2025 met het kantoor ondertekenden.

Na de migratie valt de ondersteuning van de nieuwe tenant onder ons bestaande onderhoudscontract.

Verder zijn onze algemene voorwaarden van toepassing (in bijlage).

Als je akkoord bent, volstaat een mailtje en dan bestellen we de licenties.

Met vriendelijke groeten,
Pieter Verbeeck
Verbeeck IT bv | Brusselsesteenweg 410, 9050 Gentbrugge | 09 231 58 74 | BE 0687.224.519
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
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
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "partial",
        "exit.termination": "covered",
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
        "risk.unilateral_change": True,
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

NL_T14O_WEB_AGENCY_GENERAL_TERMS = UnseenDocument(
    name="nl_t14o_web_agency_general_terms",
    text="""ALGEMENE VOORWAARDEN PIXELHAVEN B.V.
Versie 3.2 - 1 september 2026
Pixelhaven B.V., Van Nelleweg 1, 3044 BC Rotterdam, KvK 70418263

Artikel 1 - Definities
In deze voorwaarden wordt verstaan onder Pixelhaven: Pixelhaven B.V.; Opdrachtgever: de partij
die Pixelhaven opdracht geeft; Project: het ontwerpen en bouwen van een website, webshop of
webapplicatie; Duurdienst: hosting, onderhoud en support.

Artikel 2 - Toepasselijkheid en totstandkoming
2.1 Deze voorwaarden zijn van toepassing op alle offertes van en overeenkomsten met Pixelhaven.
De toepasselijkheid van inkoop- of andere voorwaarden van Opdrachtgever wordt uitdrukkelijk van
de hand gewezen.
2.2 De overeenkomst komt tot stand door schriftelijke of digitale aanvaarding van de offerte
door Opdrachtgever, of doordat Pixelhaven met instemming van Opdrachtgever met de uitvoering
begint. De offerte en deze voorwaarden vormen samen de overeenkomst.
2.3 Bij strijdigheid tussen de offerte en deze voorwaarden prevaleert de offerte.
2.4 Pixelhaven mag deze voorwaarden wijzigen. Wijzigingen gelden ook voor lopende overeenkomsten
vanaf 30 dagen na bekendmaking aan Opdrachtgever per e-mail.

Artikel 3 - Uitvoering
3.1 Pixelhaven voert de overeenkomst naar beste inzicht en vermogen uit. Alle diensten worden
verricht op basis van een inspanningsverplichting, tenzij in de offerte uitdrukkelijk een
resultaat is toegezegd.
3.2 Opdrachtgever levert alle teksten, beelden, logo's en toegangsgegevens die Pixelhaven nodig
heeft uiterlijk op de data die in de planning van de offerte staan, in het gevraagde formaat.
Opdrachtgever staat ervoor in dat hij de rechten heeft op de aangeleverde materialen.
3.3 Levert Opdrachtgever niet tijdig aan, dan schuift de planning op en mag Pixelhaven de
daardoor ontstane extra uren tegen het geldende uurtarief in rekening brengen. Heeft
Opdrachtgever na 60 dagen nog niet aangeleverd, dan mag Pixelhaven de resterende termijnen
factureren.
3.4 Door Pixelhaven genoemde termijnen zijn streeftermijnen en nooit fatale termijnen.
Overschrijding geeft Opdrachtgever geen recht op schadevergoeding. Opdrachtgever moet Pixelhaven
eerst schriftelijk in gebreke stellen met een redelijke termijn van ten minste 20 werkdagen;
pas daarna mag hij de overeenkomst ontbinden voor het nog niet uitgevoerde deel.
3.5 Pixelhaven levert geen technische documentatie, tenzij dit in de offerte is opgenomen.

Artikel 4 - Meerwerk
Wensen van Opdrachtgever die niet in de offerte staan, gelden als meerwerk. Pixelhaven stuurt
daarvoor eerst een schriftelijke begroting en voert het meerwerk pas uit na akkoord van
Opdrachtgever per e-mail. Meerwerk wordt maandelijks achteraf gefactureerd op basis van de
werkelijk bestede uren, tegen het uurtarief van EUR 95,00 exclusief btw, tenzij in de offerte
een ander tarief staat.

Artikel 5 - Prijzen en betaling
5.1 Alle prijzen zijn in euro en exclusief btw.
5.2 Projecten worden gefactureerd voor 40 % bij opdracht, 40 % bij oplevering van de
testomgeving en 20 % bij livegang. Duurdiensten worden per jaar vooruit gefactureerd.
5.3 Facturen moeten binnen 14 dagen na factuurdatum worden betaald. Bij niet-tijdige betaling is
Opdrachtgever de wettelijke handelsrente verschuldigd en mag Pixelhaven de Duurdiensten
opschorten na een schriftelijke aanmaning.
5.4 Pixelhaven mag haar tarieven en de prijzen van Duurdiensten jaarlijks per 1 januari
aanpassen. Bij een verhoging van meer dan 10 % mag Opdrachtgever de betrokken Duurdienst
opzeggen tegen de datum van de verhoging.

Artikel 6 - Oplevering en acceptatie
6.1 Pixelhaven levert het Project eerst op in een testomgeving. Opdrachtgever test binnen 10
werkdagen en meldt gebreken gemotiveerd per e-mail. Meldt Opdrachtgever binnen die termijn
niets, of neemt hij de website in gebruik, dan geldt het Project als geaccepteerd. Kleine
gebreken die de ingebruikname niet in de weg staan, zijn geen reden om acceptatie te weigeren.
6.2 Na acceptatie zet Pixelhaven de website live op de hostingomgeving van Pixelhaven of, op
verzoek, op een door Opdrachtgever aangewezen server.
6.3 Bij livegang krijgt Opdrachtgever een online instructie van een uur over het beheer van de
inhoud in het CMS.
6.4 Fouten die Opdrachtgever binnen 30 dagen na livegang meldt, herstelt Pixelhaven kosteloos.
Daarna worden herstellingen als meerwerk gefactureerd, tenzij Opdrachtgever een
onderhoudscontract heeft.

Artikel 7 - Hosting, onderhoud en support
7.1 Pixelhaven biedt twee onderhoudscontracten aan. Basis: maandelijkse updates van WordPress,
thema en plug-ins, beveiligingsupdates binnen 48 uur na publicatie, dagelijkse back-up met 30
dagen bewaring en monitoring van de bereikbaarheid. Plus: Basis aangevuld met 2 uur kleine
aanpassingen per maand en een kwartaalcontrole van snelheid en vindbaarheid.
7.2 Support is bereikbaar op werkdagen van 9.00 tot 17.00 uur via support@pixelhaven.nl en
010 820 44 60. Meldingen worden binnen één werkdag beantwoord; is een door Pixelhaven gehoste
website onbereikbaar, dan reageert Pixelhaven binnen 2 uur tijdens kantoortijden.
7.3 Pixelhaven streeft naar een beschikbaarheid van de hosting van 99,8 %, maar garandeert geen
beschikbaarheid en geen hersteltermijn. Onbeschikbaarheid geeft geen recht op creditering of
korting.

Artikel 8 - Duur en beëindiging van Duurdiensten
8.1 Duurdiensten worden aangegaan voor 12 maanden en worden daarna stilzwijgend verlengd met
telkens 12 maanden, tenzij een partij uiterlijk 3 maanden voor het einde van de lopende periode
schriftelijk opzegt.
8.2 Bij het einde van de hosting levert Pixelhaven binnen 10 werkdagen een volledige kopie van
de website-bestanden en de database (ZIP-bestand en SQL-export) en verleent zij tegen het
geldende uurtarief medewerking aan de verhuizing naar een andere hostingpartij. Pixelhaven mag
de levering van de kopie opschorten zolang Opdrachtgever niet al haar facturen heeft betaald.
8.3 Na het einde van de hosting verwijdert Pixelhaven de website en alle gegevens na 30 dagen.

Artikel 9 - Intellectuele eigendom
Alle intellectuele eigendomsrechten op ontwerpen, software en andere materialen die Pixelhaven
ontwikkelt, blijven bij Pixelhaven. Opdrachtgever krijgt na volledige betaling een niet-
exclusief, eeuwigdurend gebruiksrecht voor zijn eigen organisatie. Voor thema's, plug-ins en
lettertypen van derden gelden de licenties van die derden.

Artikel 10 - Aansprakelijkheid
De aansprakelijkheid van Pixelhaven is beperkt tot het bedrag dat Opdrachtgever voor het Project
heeft betaald, en bij Duurdiensten tot de vergoeding over de laatste 3 maanden, met een maximum
van EUR 10.000,00. Pixelhaven is nooit aansprakelijk voor indirecte schade, gederfde omzet,
verlies van gegevens of schade door storingen bij derden, zoals hostingproviders en
betaalplatforms.

Artikel 11 - Geheimhouding en persoonsgegevens
11.1 Partijen houden alle vertrouwelijke informatie die zij van elkaar ontvangen geheim, ook na
het einde van de overeenkomst.
11.2 Voor zover Pixelhaven bij de uitvoering persoonsgegevens verwerkt, sluiten partijen een
verwerkersovereenkomst. Daarvoor geldt de standaard verwerkersovereenkomst van Pixelhaven.

Artikel 12 - Geschillen en toepasselijk recht
12.1 Op alle overeenkomsten met Pixelhaven is Nederlands recht van toepassing.
12.2 Bij een geschil overleggen eerst de contactpersoon van Opdrachtgever en de directie van
Pixelhaven binnen 14 dagen na een schriftelijke melding. Leidt dat niet binnen 30 dagen tot een
oplossing, dan leggen partijen het geschil voor aan mediation volgens het reglement van de
Stichting Geschillenoplossing Automatisering (SGOA). Slaagt de mediation niet, dan is
uitsluitend de rechtbank Rotterdam bevoegd.
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "partial",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
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
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
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
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "warranty_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)


DOCUMENTS = [
    NL_T14O_MUNICIPAL_APPOINTMENT_APP,
    NL_T14O_MANAGED_BACKUP_DR_ORDER_FORM,
    NL_T14O_NOTARY_EMAIL_TENANT_MIGRATION,
    NL_T14O_WEB_AGENCY_GENERAL_TERMS,
]
