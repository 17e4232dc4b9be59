"""Dutch-language development documents for all checklist items, risks and figures (issue 9).

Written for this module in the styles Flemish and Netherlands IT suppliers use: a Flemish
quote answering a school group's public tender (offerte op basis van het bestek) for Wi-Fi and
device management, a Netherlands framework agreement for IT services with call-off contracts
(raamovereenkomst met nadere overeenkomsten), a Flemish prepaid hours bundle for a small
business (strippenkaart / urenbundel) and a Flemish licence and maintenance agreement for
pharmacy software. They are DEVELOPMENT fixtures, not held out: rules may be generalised to fit
the way such documents are written, never to their literal wording.

LABELS hold only clear readings against /work/shared/spec/checklist.md ("partial" as defined in
core/contracts/detectors/partial.py); an item not listed is not labelled. RISKS hold the risk
flags with a clear reading (True: raised). FIGURES hold the single-number figures with a clear
reading (None: the document states none); months count as 30 days, years as 365.
"""

OFFERTE_BESTEK_WIFI = """\
OFFERTE
in antwoord op het bestek nr. SGV/2026/ICT-04 "Draadloos netwerk en toestelbeheer"
Procedure: onderhandelingsprocedure zonder voorafgaande bekendmaking

Inschrijver: AirCampus BV, Kapelsestraat 41, 2950 Kapellen, KBO 0712.448.906
Aanbestedende overheid: Scholengroep Vaart en Velden, Stationsplein 3, 2300 Turnhout
Contactpersoon inschrijver: Lotte Verbruggen, accountmanager onderwijs
Datum: 14 september 2026
Geldigheid van de offerte: 120 kalenderdagen

1. Voorwerp
Wij bieden u de levering, installatie en configuratie aan van een beheerd draadloos netwerk in
de zeven vestigingsplaatsen van de scholengroep, samen met een platform voor toestelbeheer
(MDM) voor 2.400 leerlingentoestellen en 310 toestellen van het personeel.
Deze offerte wordt ingediend conform het bestek en de opmetingsstaat; de algemene
uitvoeringsregels (KB van 14 januari 2013) zijn van toepassing. Bij tegenstrijdigheid primeren
de bepalingen van het bestek op deze offerte. Eigen verkoopsvoorwaarden van de inschrijver
worden niet ingeroepen.

2. Prijs (samenvatting van de inventaris)
Post | Omschrijving | Bedrag excl. btw
A | Access points, switches en controllers (levering) | € 148.320,00
B | Installatie, bekabeling en configuratie | € 41.760,00
C | Opstart MDM-platform, inschrijving toestellen en profielen | € 9.850,00
D | Licenties MDM en netwerkbeheer, per jaar | € 18.600,00
Totaal eenmalig (A+B+C): € 199.930,00 excl. btw
Jaarlijks terugkerend (D): € 18.600,00 excl. btw
In de prijs zijn begrepen: alle materiaal, bekabeling tot het dichtstbijzijnde patchpaneel,
verplaatsingen en de afvoer van verpakking. Niet begrepen: herstellingen aan het bestaande
elektriciteitsnet en brandwerende doorvoeringen.
Bijkomende werken worden pas uitgevoerd na een schriftelijk bevel van de aanbestedende
overheid, op basis van een vooraf goedgekeurde verrekening.
De prijs van de licenties wordt jaarlijks herzien volgens de herzieningsformule van artikel 7
van het bestek, met de Agoria-index als referentie.

3. Facturatie en betaling
Levering en installatie worden per vestiging gefactureerd na de voorlopige oplevering van die
vestiging; de licenties worden jaarlijks vooraf gefactureerd. Betaling gebeurt binnen dertig
dagen na ontvangst van de factuur.

4. Planning
Fase | Inhoud | Termijn
1 | Site survey en heatmaps | week 1 tot 3 na de kennisgeving van de gunning
2 | Installatie vestigingen 1 tot 4 | tijdens de herfstvakantie 2026
3 | Installatie vestigingen 5 tot 7 | tijdens de kerstvakantie 2026
4 | Uitrol MDM en inschrijving toestellen | uiterlijk 31 januari 2027
De scholengroep zorgt voor toegang tot de technische lokalen tijdens de vakanties en stelt per
vestiging een ICT-coördinator aan, die de plannen van de lokalen aanlevert vóór de start van
fase 1.
Bij laattijdige uitvoering is een vertragingsboete verschuldigd van 0,1 % van het bedrag van de
vertraagde fase per kalenderdag vertraging, met een maximum van 5 %.

5. Team en werfopvolging
Projectleider: Jeroen Maes (Cisco CCNP, 12 jaar ervaring in onderwijsnetwerken)
Technisch verantwoordelijke MDM: Sara El Idrissi (Microsoft Intune-gecertificeerd)
Een vervanging van de projectleider gebeurt enkel met voorafgaande schriftelijke toestemming
van de aanbestedende overheid en door een persoon met minstens gelijkwaardige ervaring.
Tijdens de uitvoering houden wij tweewekelijks een werfvergadering met de ICT-coördinatoren;
het verslag ervan, met de stand van de werken per vestiging, bezorgen wij binnen drie werkdagen.

6. Oplevering en waarborg
Na de installatie per vestiging volgt een gezamenlijke test met metingen van de dekking en de
doorvoersnelheid tegenover de waarden van het bestek; bij een positief resultaat wordt het
proces-verbaal van voorlopige oplevering opgesteld. De waarborgtermijn bedraagt twaalf maanden
vanaf de voorlopige oplevering; gebreken die in die termijn gemeld worden, worden kosteloos
hersteld. Daarna volgt de definitieve oplevering.

7. Opleiding en documentatie
Wij voorzien per vestiging een opleiding van een halve dag voor de ICT-coördinatoren en een
handleiding voor de leerkrachten. Na de uitrol ontvangt u een as-built dossier met de
configuratie en de IP-plannen.

8. Onderhoud na de waarborgtermijn
Storingen worden gemeld via ons onderwijsportaal of op 03 640 12 12, op schooldagen van 7u30
tot 17u00. Reactietijd: 4 werkuren voor een vestiging zonder netwerk, 1 werkdag voor andere
meldingen. Firmware-updates en beveiligingspatches worden elk kwartaal buiten de lesuren
geïnstalleerd.

9. Gegevensbescherming
Voor de verwerking van persoonsgegevens van leerlingen in het MDM-platform sluiten partijen een
verwerkersovereenkomst conform de AVG; de gegevens blijven opgeslagen binnen de EU.

10. Looptijd van de licenties
De licenties lopen vier jaar vanaf de voorlopige oplevering van fase 4. Er is geen
stilzwijgende verlenging.

Voor de inschrijver,
Lotte Verbruggen, gedelegeerd bestuurder
Gedaan te Kapellen op 14 september 2026
"""

OFFERTE_BESTEK_WIFI_LABELS = {
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
    "timing.delay": "covered",
    "team.named_team": "covered",
    "team.replacement": "covered",
    "team.seniority": "covered",
    "team.knowledge_transfer": "covered",
    "reporting.progress": "covered",
    "reporting.governance": "covered",
    "rollout.deployment": "covered",
    "rollout.data_migration": "missing",
    "rollout.acceptance": "covered",
    "rollout.warranty": "covered",
    "rollout.user_support": "covered",
    "maintenance.support_hours": "covered",
    "maintenance.response_time": "covered",
    "maintenance.resolution_time": "missing",
    "maintenance.availability": "missing",
    "maintenance.service_credits": "missing",
    "maintenance.updates": "covered",
    "exit.duration_renewal": "covered",
    "exit.transition": "missing",
    "exit.data_return": "missing",
    "exit.escrow": "missing",
    "legal.liability": "missing",
    "legal.ip": "missing",
    "legal.confidentiality": "missing",
    "legal.data_protection": "covered",
    "legal.governing_law": "missing",
    "legal.dispute_resolution": "missing",
}

OFFERTE_BESTEK_WIFI_RISKS = {
    "risk.supplier_terms_prevail": False,
    "risk.best_efforts_only": False,
    "risk.unilateral_change": False,
    "risk.auto_renewal": False,
    "risk.liability_excluded": False,
    "risk.open_ended_cost": False,
    "risk.data_lockin": False,
}

OFFERTE_BESTEK_WIFI_FIGURES = {
    "payment_term_days": 30,
    "warranty_days": 360,
    "contract_term_months": 48,
    "renewal_term_months": None,
    "notice_period_days": None,
    "availability_percent": None,
}

RAAMOVEREENKOMST_ICT = """\
RAAMOVEREENKOMST ICT-DIENSTVERLENING

De ondergetekenden:
1. Stichting Zorggroep Lingewaard, gevestigd te Bemmel, KvK 41055872, hierna: "Opdrachtgever";
2. Bitwerk Solutions B.V., gevestigd te Arnhem, KvK 09187654, hierna: "Opdrachtnemer";

overwegende dat Opdrachtgever gedurende de looptijd van deze overeenkomst ICT-diensten wil
afnemen op basis van afzonderlijke opdrachten, en partijen de voorwaarden daarvan in één
raamovereenkomst wensen vast te leggen;

komen het volgende overeen:

Artikel 1 Definities
Nadere Overeenkomst: een door beide partijen ondertekende opdracht onder deze Raamovereenkomst.
Werkdag: maandag tot en met vrijdag, met uitzondering van algemeen erkende feestdagen.

Artikel 2 Toepasselijkheid en rangorde
2.1 Op de Raamovereenkomst en de Nadere Overeenkomsten zijn de NLdigital Voorwaarden 2025 van
toepassing, behalve waar deze Raamovereenkomst anders bepaalt.
2.2 Bij strijdigheid geldt de volgende rangorde: (a) de Nadere Overeenkomst; (b) deze
Raamovereenkomst; (c) de bijlagen; (d) de NLdigital Voorwaarden.

Artikel 3 Nadere Overeenkomsten
3.1 Iedere opdracht wordt vastgelegd in een Nadere Overeenkomst volgens het model van
Bijlage 2, met daarin de te leveren diensten, de planning en mijlpalen, de in te zetten
medewerkers, het maximumbudget of de vaste prijs en de acceptatiecriteria.
3.2 Een Nadere Overeenkomst komt tot stand door ondertekening door beide partijen.

Artikel 4 Tarieven
4.1 Werkzaamheden worden verricht tegen de volgende uurtarieven (excl. btw):
Rol | Uurtarief
Junior consultant | € 85,00
Medior consultant | € 105,00
Senior consultant / architect | € 128,00
Projectmanager | € 135,00
4.2 De tarieven worden jaarlijks per 1 januari aangepast met de CBS-index cao-lonen
zakelijke dienstverlening, met een maximum van 4 %.
4.3 Werkzaamheden op basis van nacalculatie worden alleen verricht binnen het maximumbudget
van de Nadere Overeenkomst. Dreigt dat budget te worden overschreden, dan meldt Opdrachtnemer
dit onverwijld schriftelijk; meerwerk wordt uitsluitend uitgevoerd na schriftelijke
goedkeuring door Opdrachtgever.

Artikel 5 Facturering en betaling
Opdrachtnemer factureert maandelijks achteraf de bestede uren op basis van door Opdrachtgever
geaccordeerde urenverantwoordingen. Facturen worden binnen 30 dagen na factuurdatum voldaan.

Artikel 6 Inzet van personeel
6.1 Vervanging van een ingezette medewerker geschiedt uitsluitend na voorafgaande toestemming
van Opdrachtgever, die deze niet op onredelijke gronden weigert. De inwerktijd van een
vervanger komt voor rekening van Opdrachtnemer.
6.2 Bij het einde van een opdracht draagt Opdrachtnemer de opgebouwde kennis over door middel
van actuele documentatie en een overdrachtssessie met de medewerkers van Opdrachtgever.

Artikel 7 Overleg en rapportage
7.1 Partijen wijzen elk een contractmanager aan. De contractmanagers voeren elk kwartaal een
contractoverleg over de lopende Nadere Overeenkomsten, de kwaliteit van de dienstverlening en
de tarieven.
7.2 Opdrachtnemer levert maandelijks per Nadere Overeenkomst een voortgangsrapportage met de
bestede uren, het resterende budget en de risico's.
7.3 Geschillen die het contractoverleg niet oplost, worden eerst voorgelegd aan de directies
van beide partijen, voordat een partij zich tot de rechter wendt.

Artikel 8 Duur en beëindiging
8.1 Deze Raamovereenkomst wordt aangegaan voor een periode van drie jaar, ingaande op
1 februari 2027. Opdrachtgever kan de overeenkomst daarna tweemaal met een jaar verlengen door
dit uiterlijk twee maanden voor het verstrijken schriftelijk te melden.
8.2 Elk der partijen kan de Raamovereenkomst tussentijds opzeggen met inachtneming van een
opzegtermijn van drie maanden, tegen het einde van een kalendermaand. Lopende Nadere
Overeenkomsten worden in dat geval afgerond, tenzij Opdrachtgever anders beslist.
8.3 Bij het einde van de Raamovereenkomst of van een Nadere Overeenkomst verleent
Opdrachtnemer medewerking aan de overdracht van de werkzaamheden aan Opdrachtgever of aan een
door haar aangewezen derde, tegen de tarieven van artikel 4, en levert hij alle gegevens van
Opdrachtgever terug in een gangbaar, open bestandsformaat.

Artikel 9 Intellectuele eigendom
De rechten van intellectuele eigendom op programmatuur en documentatie die specifiek voor
Opdrachtgever worden ontwikkeld, berusten bij Opdrachtgever; Opdrachtnemer draagt deze rechten
bij voorbaat aan Opdrachtgever over.

Artikel 10 Geheimhouding en persoonsgegevens
10.1 Partijen houden alle vertrouwelijke informatie van de andere partij geheim, ook na het
einde van deze overeenkomst.
10.2 Voor zover Opdrachtnemer persoonsgegevens verwerkt, geldt de verwerkersovereenkomst van
Bijlage 3, gesloten overeenkomstig artikel 28 AVG.

Artikel 11 Aansprakelijkheid
De aansprakelijkheid van Opdrachtnemer voor directe schade is per gebeurtenis beperkt tot het
bedrag dat onder de betreffende Nadere Overeenkomst is gefactureerd in de twaalf maanden
voorafgaand aan de schadeveroorzakende gebeurtenis, met een maximum van € 250.000,00 per jaar.
Deze beperking geldt niet bij opzet of bewuste roekeloosheid.

Artikel 12 Toepasselijk recht en bevoegde rechter
Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de
bevoegde rechter van de rechtbank Gelderland.

Bijlagen:
1. Dienstenbeschrijving en rollen
2. Model Nadere Overeenkomst
3. Verwerkersovereenkomst

Aldus overeengekomen en in tweevoud ondertekend,
Opdrachtgever | Opdrachtnemer
Stichting Zorggroep Lingewaard | Bitwerk Solutions B.V.
naam: A.M. de Wit, bestuurder | naam: R. Jansen, directeur
datum: | datum:
handtekening: | handtekening:
"""

RAAMOVEREENKOMST_ICT_LABELS = {
    "agreement.signed_both": "covered",
    "agreement.general_terms": "covered",
    "budget.startup_cost": "missing",
    "budget.extra_costs": "covered",
    "budget.recurring_cost": "missing",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "timing.planning": "partial",
    "timing.delay": "missing",
    "team.replacement": "covered",
    "team.knowledge_transfer": "covered",
    "reporting.progress": "covered",
    "reporting.governance": "covered",
    "maintenance.response_time": "missing",
    "maintenance.resolution_time": "missing",
    "maintenance.availability": "missing",
    "maintenance.service_credits": "missing",
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
}

RAAMOVEREENKOMST_ICT_RISKS = {
    "risk.best_efforts_only": False,
    "risk.unilateral_change": False,
    "risk.auto_renewal": False,
    "risk.liability_excluded": False,
    "risk.open_ended_cost": False,
    "risk.data_lockin": False,
    "risk.unsigned": False,
}

RAAMOVEREENKOMST_ICT_FIGURES = {
    "contract_term_months": 36,
    "renewal_term_months": 12,
    "notice_period_days": 90,
    "payment_term_days": 30,
    "warranty_days": None,
    "availability_percent": None,
}

STRIPPENKAART_SUPPORT = """\
SUPPORTOVEREENKOMST - URENBUNDEL (STRIPPENKAART)
Nr. SK-2026-117

Dienstverlener: PC Hulp Meetjesland BV, Oostveldstraat 9, 9900 Eeklo (BTW BE 0789.554.210)
Klant: Bakkerij De Gouden Aar BV, Markt 22, 9990 Maldegem (BTW BE 0466.301.877)
Contactpersoon klant: Ine Van Hecke, zaakvoerder
Vaste technieker: Bram De Smet

1. Wat houdt de strippenkaart in?
1.1 De klant koopt een bundel van 20 uur ondersteuning op afstand en ter plaatse voor de
kassasystemen, de zes pc's, de printers en het netwerk van de winkel en het atelier.
1.2 Per tussenkomst wordt de werkelijk gepresteerde tijd afgeboekt per begonnen kwartier, met
een minimum van 15 minuten voor hulp op afstand en 1 uur voor een tussenkomst ter plaatse
(verplaatsing inbegrepen).
1.3 Niet inbegrepen: hardware, licenties, prestaties buiten de werkuren (zie 3.3) en werken aan
de kassasoftware van derden.

2. Prijs en betaling
Urenbundel 20 uur: € 1.560,00 excl. btw (€ 78,00 per uur), te betalen bij aankoop.
Losse uren buiten de bundel: € 92,00 per uur.
Facturen zijn betaalbaar binnen 14 dagen na factuurdatum.
De dienstverlener kan de uurprijzen voor nieuwe bundels op elk ogenblik aanpassen.(1)

3. Bereikbaarheid
3.1 Oproepen via support@pchulp-mtl.be of op 09 377 45 45.
3.2 Werkuren: maandag tot vrijdag van 8 tot 18 uur, zaterdag van 8 tot 12 uur.
3.3 Buiten de werkuren enkel na afspraak, aan 150 % van het uurtarief.
3.4 Wij reageren op een melding binnen 4 werkuren; staat een kassa stil, dan is een technieker
de volgende werkdag ter plaatse.

4. Saldo en geldigheid
4.1 Na elke tussenkomst ontvangt de klant per mail een werkbon met de gepresteerde tijd en het
resterende saldo van de bundel.
4.2 De bundel is 12 maanden geldig vanaf de aankoopdatum. Niet opgebruikte uren vervallen na
die termijn en worden niet terugbetaald.
4.3 Wanneer nog 2 uur resten, verwittigt de dienstverlener de klant, die dan een nieuwe bundel
kan bestellen.

5. Kennis van de omgeving
De vaste technieker houdt een fiche bij met het netwerkschema, de leveranciers van de kassa, de
back-upregeling en de wachtwoorden (in een beveiligde kluis) van de klant.

6. Aard van de verbintenis
De dienstverlener levert zijn diensten als een middelenverbintenis; hij garandeert niet dat elk
probleem binnen de bundel opgelost kan worden.

7. Aansprakelijkheid
De aansprakelijkheid van de dienstverlener is beperkt tot het bedrag van de lopende bundel.
Verlies van gegevens, gederfde winst en onrechtstreekse schade zijn uitgesloten; de klant staat
zelf in voor zijn back-ups.

8. Discretie en privacy
De dienstverlener behandelt alle gegevens die hij bij de klant te zien krijgt strikt
vertrouwelijk en verwerkt persoonsgegevens van klanten en personeel enkel in opdracht van de
klant, overeenkomstig de AVG.

9. Toepasselijk recht
Deze overeenkomst valt onder het Belgisch recht. Enkel de rechtbanken van het arrondissement
Oost-Vlaanderen, afdeling Gent, zijn bevoegd.

Ondertekend in twee exemplaren te Maldegem op 3 november 2026.
Voor de dienstverlener | Voor de klant
Bram De Smet | Ine Van Hecke

(1) Een aanpassing geldt nooit voor een reeds betaalde bundel.
"""

STRIPPENKAART_SUPPORT_LABELS = {
    "agreement.signed_both": "covered",
    "budget.scope": "covered",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "team.named_team": "covered",
    "reporting.progress": "covered",
    "maintenance.services": "covered",
    "maintenance.support_hours": "covered",
    "maintenance.response_time": "covered",
    "maintenance.availability": "missing",
    "maintenance.service_credits": "missing",
    "maintenance.customer_knowledge": "covered",
    "maintenance.updates": "missing",
    "exit.termination": "missing",
    "exit.transition": "missing",
    "exit.data_return": "missing",
    "exit.escrow": "missing",
    "legal.liability": "covered",
    "legal.ip": "missing",
    "legal.confidentiality": "covered",
    "legal.data_protection": "covered",
    "legal.governing_law": "covered",
    "legal.dispute_resolution": "missing",
}

STRIPPENKAART_SUPPORT_RISKS = {
    "risk.supplier_terms_prevail": False,
    "risk.best_efforts_only": True,
    "risk.unilateral_change": True,
    "risk.auto_renewal": False,
    "risk.liability_excluded": True,
    "risk.data_lockin": False,
    "risk.unsigned": False,
}

STRIPPENKAART_SUPPORT_FIGURES = {
    "payment_term_days": 14,
    "notice_period_days": None,
    "renewal_term_months": None,
    "warranty_days": None,
    "availability_percent": None,
}

LICENTIE_APOTHEEK = """\
LICENTIE- EN ONDERHOUDSOVEREENKOMST
Apotheeksoftware OfficinaPlus

Tussen
Medisoft Vlaanderen NV, Ambachtenlaan 18, 3001 Leuven, KBO 0455.902.118, hierna "de
leverancier",
en
Apotheek Verhaegen BV, Kerkstraat 5, 2400 Mol, KBO 0631.740.223, vertegenwoordigd door
apr. Els Verhaegen, titularis, hierna "de afnemer".

BIJZONDERE VOORWAARDEN
Modules: OfficinaPlus Basis, Tarificatie, Voorraadbeheer, Robotkoppeling
Aantal werkposten: 4
Eenmalige licentievergoeding: € 7.400,00 excl. btw
Installatie, gegevensovername en opleiding: € 1.250,00 excl. btw (forfait)
Jaarlijkse onderhoudsvergoeding: € 2.280,00 excl. btw, vooraf gefactureerd in januari
Betalingstermijn: 30 dagen na factuurdatum
Ingangsdatum: 1 maart 2027
Aanvangsduur onderhoud: 3 jaar
Opzegtermijn: 6 maanden vóór de vervaldag, bij aangetekend schrijven
De algemene voorwaarden van de leverancier, die de afnemer verklaart ontvangen te hebben, zijn
van toepassing. Bij strijdigheid hebben deze bijzondere voorwaarden voorrang.

ALGEMENE BEPALINGEN

Art. 1 - Gebruiksrecht
De leverancier verleent de afnemer een niet-exclusief en niet-overdraagbaar gebruiksrecht op
de software voor het aantal werkposten in de bijzondere voorwaarden, uitsluitend voor de eigen
apotheek. De leverancier blijft titularis van alle intellectuele rechten op de software.

Art. 2 - Ingebruikname
De software wordt door een consultant van de leverancier geïnstalleerd op een datum die
partijen samen vastleggen. De leverancier neemt de gegevens over uit het vorige
apotheekpakket (patiënten, voorschriften van de voorbije 24 maanden, voorraad), op basis van
een export die de afnemer bij zijn vorige leverancier opvraagt. De apotheekassistenten worden
op de dag van de ingebruikname ter plaatse begeleid en krijgen nadien een opleiding van twee
keer drie uur op afstand.

Art. 3 - Onderhoud
3.1 De jaarlijkse onderhoudsvergoeding omvat:
  a) het verhelpen van fouten in de software;
  b) nieuwe versies en updates, beveiligingsupdates inbegrepen;
  c) de wettelijke aanpassingen die het RIZIV, het FAGG en de tarificatiediensten opleggen,
     tijdig vóór hun datum van inwerkingtreding;
  d) de toegang tot de helpdesk.
3.2 Niet inbegrepen: aanpassingen op maat, hardware en herinstallaties na een fout van de
afnemer.

Art. 4 - Helpdesk
4.1 De helpdesk is op werkdagen bereikbaar van 8u30 tot 18u00 en op zaterdag van 9u00 tot
12u30, telefonisch of via het klantenportaal. Tijdens de wachtdiensten van de apotheek is een
noodnummer bereikbaar, 7 dagen op 7.
4.2 Blokkerende storingen (geen aflevering of tarificatie mogelijk) worden binnen 1 uur door
een medewerker opgenomen; andere vragen binnen 1 werkdag.
4.3 Blokkerende storingen worden binnen 8 uur hersteld, of binnen die termijn wordt een
werkbare omweg geboden.

Art. 5 - Prijsaanpassing
De onderhoudsvergoeding wordt jaarlijks op 1 januari aangepast volgens de formule
P = P0 x (0,2 + 0,8 x S/S0), waarin S de referentieloonkost van Agoria is.

Art. 6 - Duur en opzegging
6.1 Het onderhoud geldt voor de aanvangsduur vermeld in de bijzondere voorwaarden en wordt
daarna telkens stilzwijgend verlengd voor opeenvolgende periodes van één jaar, tenzij een
partij opzegt met inachtneming van de opzegtermijn in de bijzondere voorwaarden.
6.2 Elke partij kan de overeenkomst met onmiddellijke ingang beëindigen wanneer de andere
partij een ernstige tekortkoming niet herstelt binnen 30 dagen na een ingebrekestelling.

Art. 7 - Einde van de overeenkomst
Bij het einde van de overeenkomst bezorgt de leverancier de afnemer kosteloos een volledige
export van de patiënten-, voorschrift- en voorraadgegevens in CSV-formaat, met een beschrijving
van de velden.

Art. 8 - Broncode
De broncode van de software wordt bij elke hoofdversie gedeponeerd bij een onafhankelijke
escrow-agent. Bij faillissement van de leverancier of stopzetting van het onderhoud wordt ze
aan de afnemer vrijgegeven, uitsluitend voor het verdere onderhoud voor eigen gebruik.

Art. 9 - Aansprakelijkheid
De aansprakelijkheid van de leverancier is beperkt tot de onderhoudsvergoeding van het lopende
jaar. De leverancier is niet aansprakelijk voor onrechtstreekse schade, zoals winstderving of
verlies van gegevens.

Art. 10 - Gegevensbescherming en beroepsgeheim
De leverancier treedt voor de gezondheidsgegevens in de software op als verwerker in de zin
van de AVG. Zijn medewerkers zijn gebonden door een strikte geheimhoudingsplicht.

Art. 11 - Geschillen
Partijen trachten een geschil eerst in der minne op te lossen. Lukt dat niet binnen 30 dagen,
dan is enkel de ondernemingsrechtbank te Leuven bevoegd. Het Belgisch recht is van toepassing.

Opgemaakt te Mol op 12 januari 2027, in twee exemplaren.
Voor de leverancier | Voor de afnemer
Koen Peeters, sales manager | apr. Els Verhaegen, titularis
"""

LICENTIE_APOTHEEK_LABELS = {
    "agreement.signed_both": "covered",
    "agreement.general_terms": "covered",
    "budget.startup_cost": "covered",
    "budget.scope": "covered",
    "budget.recurring_cost": "covered",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "rollout.deployment": "covered",
    "rollout.data_migration": "covered",
    "rollout.acceptance": "missing",
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
    "exit.data_return": "covered",
    "exit.escrow": "covered",
    "legal.liability": "covered",
    "legal.ip": "covered",
    "legal.confidentiality": "covered",
    "legal.data_protection": "covered",
    "legal.governing_law": "covered",
    "legal.dispute_resolution": "covered",
}

LICENTIE_APOTHEEK_RISKS = {
    "risk.supplier_terms_prevail": True,
    "risk.best_efforts_only": False,
    "risk.unilateral_change": False,
    "risk.auto_renewal": True,
    "risk.liability_excluded": True,
    "risk.open_ended_cost": False,
    "risk.data_lockin": False,
    "risk.unsigned": False,
}

LICENTIE_APOTHEEK_FIGURES = {
    "contract_term_months": 36,
    "renewal_term_months": 12,
    "notice_period_days": 180,
    "payment_term_days": 30,
    "warranty_days": None,
    "availability_percent": None,
}

DOCUMENTS = {
    "offerte_bestek_wifi": OFFERTE_BESTEK_WIFI,
    "raamovereenkomst_ict": RAAMOVEREENKOMST_ICT,
    "strippenkaart_support": STRIPPENKAART_SUPPORT,
    "licentie_apotheek": LICENTIE_APOTHEEK,
}

LABELS = {
    "offerte_bestek_wifi": OFFERTE_BESTEK_WIFI_LABELS,
    "raamovereenkomst_ict": RAAMOVEREENKOMST_ICT_LABELS,
    "strippenkaart_support": STRIPPENKAART_SUPPORT_LABELS,
    "licentie_apotheek": LICENTIE_APOTHEEK_LABELS,
}

RISKS = {
    "offerte_bestek_wifi": OFFERTE_BESTEK_WIFI_RISKS,
    "raamovereenkomst_ict": RAAMOVEREENKOMST_ICT_RISKS,
    "strippenkaart_support": STRIPPENKAART_SUPPORT_RISKS,
    "licentie_apotheek": LICENTIE_APOTHEEK_RISKS,
}

FIGURES = {
    "offerte_bestek_wifi": OFFERTE_BESTEK_WIFI_FIGURES,
    "raamovereenkomst_ict": RAAMOVEREENKOMST_ICT_FIGURES,
    "strippenkaart_support": STRIPPENKAART_SUPPORT_FIGURES,
    "licentie_apotheek": LICENTIE_APOTHEEK_FIGURES,
}
