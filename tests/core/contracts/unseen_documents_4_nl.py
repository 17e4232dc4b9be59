"""Held-out batch 4, Dutch documents: a Flemish managed-service provider's price offer for all-in
ICT management per workstation (helpdesk, monitoring, back-up, resold Microsoft 365 licences) with
an unsigned "voor akkoord" line, a Netherlands "overeenkomst van opdracht" for building a customer
portal in Scrum sprints under the NLdigital Voorwaarden, a short Flemish order confirmation sent by
e-mail for a cloud telephone system (no signatures), and a Flemish SLA annex to a municipal
framework agreement for the maintenance of a case-management application.

Written on 2026-12-05 (01:38-01:50 UTC) by a helper session acting as examiner, without reading
the analyser's rules or its tests; the expected labels were written from reading each text against
spec/checklist.md (only the items, risks and figures whose reading is clear; ambiguous ones are
left out) and committed before the analyser was ever run on these texts. Never change a rule to
fit these texts, never change a label or a text to fit the analyser.

Conventions as in the earlier batches: months count as 30 days for notice and warranty periods; a
response time is the highest priority's, in hours (working hours counted as hours); a quote signed
by the supplier with only an empty "voor akkoord" line for the client is partially signed and
raises risk.unsigned; a document with no signature block at all has agreement.signed_both missing.
"""

from .unseen_documents import UnseenDocument

NL_MSP_ALLIN_OFFER = UnseenDocument(
    name="nl_msp_allin_offer",
    text="""ARDENTO IT bv
Industrieweg 28 bus 3 - 9032 Wondelgem
T 09 398 41 70 - info@ardento.be - www.ardento.be
BTW BE 0712.345.987 - RPR Gent - IBAN BE71 0689 4451 2269

PRIJSOFFERTE nr. OF-27-0412
All-in ICT-beheer voor Verhaeghe & Partners

Klant:              Verhaeghe & Partners Accountants bv
                    Brugsesteenweg 210, 8520 Kuurne
                    t.a.v. de heer Pieter Verhaeghe, zaakvoerder
Datum:              18/01/2027
Geldigheid:         45 dagen
Uw accountmanager:  Jens Claeys (jens.claeys@ardento.be - 0476 21 88 40)

Geachte heer Verhaeghe,

Naar aanleiding van ons bezoek op 11/01/2027 en de inventaris van uw IT-omgeving (25 medewerkers,
27 werkposten, 1 fileserver, 3 multifunctionele printers) bezorgen wij u graag onze prijsofferte
voor het volledige beheer van uw ICT tegen een vaste prijs per werkpost per maand.

1. Wat zit er in het all-in pakket?
  * Helpdesk: onbeperkt aantal vragen en storingsmeldingen van uw medewerkers, telefonisch
    (09 398 41 77), via support@ardento.be of via ons klantenportaal, op werkdagen van 8u00 tot
    18u00. Buiten die uren enkel via het portaal, met behandeling de volgende werkdag.
  * Monitoring: 24/7 automatische bewaking van werkposten, fileserver, firewall en back-ups, met
    automatische ticketaanmaak bij elk alarm.
  * Patchbeheer: maandelijkse installatie van Windows-, Office- en firmware-updates na test op
    onze referentieomgeving; kritieke beveiligingsupdates binnen 72 uur na publicatie.
  * Back-up: dagelijkse back-up van de fileserver en van uw Microsoft 365-gegevens (mailboxen,
    OneDrive, SharePoint, Teams) naar een Belgisch datacenter, met 30 dagelijkse en
    12 maandelijkse versies. Eén hersteltest per kwartaal.
  * Microsoft 365: levering van de licenties via ons CSP-partnerschap en beheer van gebruikers,
    rechten, MFA en licentietoewijzing.
  * Beveiliging: endpointbeveiliging (EDR) op alle werkposten en beheer van de firewall.
  * Interventies ter plaatse wanneer een storing niet op afstand kan worden verholpen.
Niet inbegrepen: aankoop van hardware en software (behalve de Microsoft 365-licenties), support op
uw boekhoud- en fiscale pakketten (die blijft bij de softwareleverancier), projecten zoals een
verhuis, een servermigratie of de installatie van nieuwe toepassingen, en herstel na schade door
verkeerd gebruik of externe oorzaken (brand, water, overspanning).

2. Prijzen (excl. btw)
| Omschrijving                              | Aantal | Eenheidsprijs | Per maand   |
| All-in beheer per werkpost                | 27     | € 54,00       | € 1.458,00  |
| Beheer fileserver en firewall             | 1      | € 135,00      | € 135,00    |
| Microsoft 365 Business Premium (licentie) | 25     | € 20,60       | € 515,00    |
| Cloudback-up Microsoft 365                | 25     | € 3,20        | € 80,00     |
| Totaal per maand                          |        |               | € 2.188,00  |

| Eenmalig                                                              | Bedrag      |
| Onboarding: inventaris, installatie agents, IT-dossier, uitrol MFA    | € 2.350,00  |

Werken buiten het pakket worden vooraf begroot. Wij voeren ze pas uit na uw schriftelijk akkoord
op die begroting en rekenen ze aan in regie aan € 92,00 per uur (per begonnen halfuur),
verplaatsing inbegrepen.

3. Onboarding
Het onboardingtraject duurt vier weken vanaf de startdatum, voorzien op maandag 1 maart 2027:
week 1 inventaris en opmaak van uw IT-dossier; week 2 installatie van de monitoring- en
back-upagents op alle werkposten en op de server; week 3 uitrol MFA en overname van de
Microsoft 365-licenties; week 4 overdracht naar de helpdesk en een infosessie van een uur voor al
uw medewerkers (werking van de helpdesk, MFA, herkennen van phishing).
U bezorgt ons uiterlijk vijf werkdagen vóór de startdatum de lijst van alle gebruikers, de
beheerderswachtwoorden van uw huidige omgeving en de gegevens van uw vorige IT-leverancier, en u
duidt een interne contactpersoon aan die tijdens de uitrol bereikbaar is.

4. Service levels
| Prioriteit | Omschrijving                                       | Reactietijd  |
| Hoog       | het kantoor of meerdere gebruikers kunnen niet werken | 1 werkuur |
| Normaal    | één gebruiker wordt gehinderd                       | 4 werkuren   |
| Laag       | vraag, aanpassing, nieuwe gebruiker                 | 2 werkdagen  |
Reactie = een technicus neemt contact met u op en start de behandeling. Voor de oplossing streven
wij naar herstel binnen dezelfde werkdag, maar een oplostijd kunnen wij niet garanderen: voor het
verhelpen van storingen gaat Ardento een middelenverbintenis aan.
Uw omgeving wordt beschreven in een IT-dossier dat wij actueel houden (netwerkplan, accounts,
licenties, procedures). Elke maand ontvangt u een beheerrapport met de tickets per prioriteit,
de status van de back-ups en de updates en onze aanbevelingen. Eén keer per jaar overlopen we
dat met u in een evaluatiegesprek met uw accountmanager.
Al onze technici zijn gecertificeerd als Microsoft 365 Administrator en volgen jaarlijks een
opleiding cyberveiligheid.

5. Algemene bepalingen
5.1 Looptijd. De overeenkomst gaat in op de startdatum van de onboarding en loopt voor een
eerste periode van 36 maanden. Daarna wordt zij stilzwijgend verlengd voor opeenvolgende periodes
van 12 maanden, tenzij een partij opzegt per aangetekende brief uiterlijk zes maanden vóór het
einde van de lopende periode.
5.2 Vervroegde beëindiging. Beëindigt de klant de overeenkomst vóór het einde van de lopende
periode, dan is een vergoeding verschuldigd gelijk aan de maandprijs voor de resterende maanden.
Elke partij kan de overeenkomst met onmiddellijke ingang beëindigen wanneer de andere partij een
ernstige tekortkoming niet herstelt binnen 30 dagen na ingebrekestelling.
5.3 Facturatie. De onboarding wordt gefactureerd bij ondertekening, de maandprijs maandelijks
vooraf op basis van het aantal werkposten en licenties op de eerste dag van de maand. Onze
facturen zijn betaalbaar binnen 30 dagen na factuurdatum.
5.4 Prijzen. De prijzen worden jaarlijks op 1 januari geïndexeerd volgens de Agoria-formule.
Prijswijzigingen van Microsoft worden doorgerekend vanaf de maand waarin ze ingaan. Ardento mag
de samenstelling van het all-in pakket bovendien op elk moment aanpassen aan de technologische
evolutie, zonder dat dit de klant een recht op beëindiging geeft.
5.5 Aansprakelijkheid. Onze aansprakelijkheid is beperkt tot directe schade en in elk geval tot
het bedrag van drie maandprijzen. Ardento is nooit aansprakelijk voor verlies of beschadiging
van gegevens, gederfde winst of schade door een beveiligingsincident.
5.6 Einde. Bij het einde van de overeenkomst bezorgen wij u het volledige IT-dossier, alle
beheerderswachtwoorden en de beheerrechten op uw Microsoft 365-tenant. De back-ups blijven nog
30 dagen beschikbaar; op uw verzoek bezorgen wij u binnen die termijn een volledige kopie op een
externe schijf (€ 150,00 plus kostprijs van de schijf). Daarna worden ze vernietigd.
5.7 Geheimhouding. Ardento en haar medewerkers behandelen alle gegevens van uw kantoor en van uw
cliënten strikt vertrouwelijk, ook na het einde van de overeenkomst.
5.8 Persoonsgegevens. Voor de verwerking van persoonsgegevens sluiten partijen een
verwerkersovereenkomst, die wij u afzonderlijk bezorgen.
5.9 Voorwaarden. Onze algemene voorwaarden (versie 2026, in bijlage) zijn van toepassing, met
uitsluiting van de voorwaarden van de klant. Bij tegenstrijdigheid gaan deze algemene bepalingen
voor op de algemene voorwaarden.
5.10 Bevoegdheid. Op deze overeenkomst is het Belgisch recht van toepassing. Enkel de rechtbanken
van Gent zijn bevoegd.

Met vriendelijke groeten,

Jens Claeys
Accountmanager, voor Ardento IT bv

Voor akkoord, de klant (naam, datum, handtekening):

.................................................
Verhaeghe & Partners Accountants bv
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.user_support": "covered",
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
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.open_ended_cost": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)

NL_AGILE_DEV_AGREEMENT = UnseenDocument(
    name="nl_agile_dev_agreement",
    text="""OVEREENKOMST VAN OPDRACHT
Ontwikkeling klantportaal "Mijn Rivierenland" volgens Scrum - kenmerk KW-OVK-2027-004

DE ONDERGETEKENDEN:
1. Stichting Woonzorg Rivierenland, gevestigd te Tiel, kantoorhoudende aan de Stationsstraat 45,
   4001 CE Tiel, KvK 41055872, rechtsgeldig vertegenwoordigd door mevrouw drs. A.M. de Groot,
   bestuurder, hierna: "Opdrachtgever";
2. Kanaalwerk B.V., gevestigd te Utrecht, kantoorhoudende aan de Vaartsche Rijn 112, 3523 BK
   Utrecht, KvK 81234567, btw-id NL862145903B01, IBAN NL42 RABO 0312 6640 75, rechtsgeldig
   vertegenwoordigd door de heer R.J. Hoekstra, directeur, hierna: "Opdrachtnemer";

OVERWEGENDE DAT Opdrachtgever haar huurders een online klantportaal wil bieden, Opdrachtnemer
daarvoor op 14 januari 2027 een offerte heeft uitgebracht (kenmerk KW-2027-004) en partijen het
portaal iteratief willen laten bouwen, KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Opdracht en rangorde
1.1 Opdrachtnemer bouwt een klantportaal (web, responsive) met de epics uit de initiële product
    backlog (Bijlage 2): inloggen met tweestapsverificatie, reparatieverzoek met foto's, inzage in
    huurcontract en betalingen, afspraken met zorgmedewerkers, berichtenbox, en een koppeling met
    het woningbeheersysteem van Opdrachtgever via de bestaande REST-API.
1.2 Buiten de opdracht vallen: hosting en beheer na oplevering, content, native apps en
    aanpassingen aan het woningbeheersysteem zelf.
1.3 De offerte (Bijlage 1), de product backlog (Bijlage 2) en de Definition of Done (Bijlage 3)
    maken deel uit van deze overeenkomst. Op de overeenkomst zijn de NLdigital Voorwaarden 2020
    van toepassing. Bij strijdigheid geldt de rangorde: deze overeenkomst, Bijlage 3, de offerte,
    de NLdigital Voorwaarden. Inkoopvoorwaarden van Opdrachtgever gelden niet.

Artikel 2 - Werkwijze
2.1 Het werk wordt uitgevoerd in sprints van twee weken. In Sprint 0 richt Opdrachtnemer de
    ontwikkelstraat (repository, CI/CD, test- en acceptatieomgeving) in en legt zij de
    architectuur vast.
2.2 Opdrachtgever wijst mevrouw F. El Amrani (teamleider klantcontact) aan als product owner,
    met de heer J. Bakker als vervanger. De product owner beheert en prioriteert de backlog, is
    ten minste twee dagen per week beschikbaar voor het team en neemt deel aan refinement en
    sprint reviews.
2.3 Aan het einde van elke sprint toont het team de werkende software in een sprint review;
    user stories die voldoen aan de Definition of Done worden door de product owner afgetekend.
2.4 Opdrachtgever mag de backlog binnen het budgetplafond vrij wijzigen en herprioriteren; dat
    leidt niet tot meerwerk. Werk boven het budgetplafond wordt alleen uitgevoerd na een
    schriftelijke aanvullende opdracht van Opdrachtgever.

Artikel 3 - Team en tarieven
| Rol                       | Naam          | Ervaring                     | Dagtarief  |
| Scrum master (0,5 fte)    | Noor Visser   | senior, 9 jaar, PSM II        | € 1.040,00 |
| Lead developer            | Daan Mulder   | senior, 12 jaar               | € 1.080,00 |
| Full-stack developer      | Sem de Vries  | medior, 5 jaar                | € 880,00   |
| Front-end developer       | Lisa Jansen   | medior, 4 jaar                | € 840,00   |
| Tester                    | Milan Bos     | medior, ISTQB Advanced        | € 820,00   |
| UX-designer (0,5 fte, sprint 0-3) | Eva Smit | senior, 10 jaar           | € 960,00   |
3.2 Teamleden worden alleen vervangen met voorafgaande schriftelijke instemming van
    Opdrachtgever, door iemand met ten minste gelijkwaardige ervaring. De inwerkperiode van een
    vervanger (ten minste vijf werkdagen overlap) komt voor rekening van Opdrachtnemer.
3.3 De dagtarieven gelden tot en met 31 december 2027 en worden daarna jaarlijks aangepast met
    de CBS-index cao-lonen, met een maximum van 3 %.

Artikel 4 - Planning
| Fase                         | Periode                    | Resultaat                          |
| Sprint 0                     | 1 - 19 maart 2027          | ontwikkelstraat en architectuur    |
| Sprint 1 - 3                 | 22 maart - 30 april 2027   | Release 1: inloggen, reparaties    |
| Sprint 4 - 6                 | 3 mei - 11 juni 2027       | Release 2: huur, betalingen        |
| Sprint 7 - 9                 | 14 juni - 23 juli 2027     | Release 3: zorgafspraken, berichten|
4.2 Opdrachtgever zorgt uiterlijk op 12 maart 2027 voor toegang tot de test-API van het
    woningbeheersysteem en voor een Azure-abonnement met test-, acceptatie- en productieomgeving.
4.3 De data in de planning zijn streefdata. Dreigt een release later te komen, dan meldt
    Opdrachtnemer dit onverwijld en stelt de stuurgroep een herziene planning vast. Ontstaat
    vertraging doordat Opdrachtgever te laat aanlevert, dan schuift de planning evenredig op en
    mag Opdrachtnemer leegloop van het team tot ten hoogste vijf dagen per geval factureren.
4.4 Gelet op de agile werkwijze staat Opdrachtnemer er niet voor in dat alle items van de backlog
    binnen het budget worden gerealiseerd; haar verplichting is een inspanningsverplichting.

Artikel 5 - Vergoeding en betaling
5.1 Sprint 0 wordt uitgevoerd voor een vaste prijs van € 14.400,00. De sprints worden op basis
    van nacalculatie gefactureerd tegen de dagtarieven van artikel 3, op grond van door de
    product owner goedgekeurde urenstaten.
5.2 Het totale budget voor deze opdracht bedraagt maximaal € 405.000,00 excl. btw
    (budgetplafond). Zodra 80 % van het budgetplafond is verbruikt, meldt Opdrachtnemer dit
    schriftelijk met een prognose. Boven het plafond is Opdrachtgever niets verschuldigd zonder
    aanvullende opdracht als bedoeld in artikel 2.4.
5.3 Opdrachtnemer factureert na elke sprint review. Betaling geschiedt binnen 30 dagen na
    ontvangst van de factuur.

Artikel 6 - Kwaliteit
Elke user story voldoet aan de Definition of Done: code review door een tweede ontwikkelaar,
geautomatiseerde tests met ten minste 80 % dekking, WCAG 2.1 niveau AA en OWASP ASVS niveau 2.
Vóór Release 1 laat Opdrachtnemer op eigen kosten een onafhankelijke pentest uitvoeren.

Artikel 7 - Acceptatie en ingebruikname
7.1 Elke release wordt op de acceptatieomgeving opgeleverd. Opdrachtgever test de release binnen
    tien werkdagen aan de hand van de acceptatiecriteria uit de backlog en meldt bevindingen in
    categorie A (blokkerend), B (ernstig) of C (gering).
7.2 Bevindingen A en B herstelt Opdrachtnemer kosteloos, waarna een hertest volgt. De release is
    aanvaard zodra er geen bevindingen A of B meer openstaan, of zodra Opdrachtgever de release
    in productie neemt.
7.3 Na aanvaarding zet Opdrachtnemer de release via de pipeline in productie, in overleg met de
    applicatiebeheerder van Opdrachtgever. Een train-de-trainersessie voor medewerkers
    klantcontact kan desgewenst in onderling overleg worden ingepland.

Artikel 8 - Garantie
Gedurende drie maanden na aanvaarding van een release herstelt Opdrachtnemer kosteloos fouten
waardoor de release afwijkt van de acceptatiecriteria, tenzij de fout is veroorzaakt door
wijzigingen die Opdrachtgever of derden hebben aangebracht.

Artikel 9 - Voortgang en overleg
9.1 Binnen twee werkdagen na elke sprint stuurt de scrum master een sprintrapport met de
    gerealiseerde stories, de burn-up, het verbruikte budget en de risico's.
9.2 Een stuurgroep (manager klantcontact en product owner namens Opdrachtgever; directeur en
    scrum master namens Opdrachtnemer) komt maandelijks bijeen. Knelpunten worden geëscaleerd van
    product owner en scrum master naar de stuurgroep en vervolgens naar de bestuurders.

Artikel 10 - Intellectuele eigendom en broncode
10.1 Alle intellectuele eigendomsrechten op de voor Opdrachtgever ontwikkelde programmatuur,
     ontwerpen en documentatie worden, in afwijking van de NLdigital Voorwaarden, bij hun ontstaan
     aan Opdrachtgever overgedragen; deze overeenkomst geldt als akte van levering. Voor bestaande
     generieke componenten van Opdrachtnemer krijgt Opdrachtgever een eeuwigdurende,
     niet-exclusieve en overdraagbare licentie.
10.2 De broncode staat doorlopend in de repository van Opdrachtgever; een escrowregeling is
     daarom niet nodig. Technische documentatie en architectuurbeschrijving worden per sprint
     bijgewerkt en bij het einde in twee overdrachtssessies aan de beheerpartij toegelicht.

Artikel 11 - Duur en beëindiging
11.1 Deze overeenkomst gaat in op 1 maart 2027 en eindigt na aanvaarding van Release 3.
11.2 Opdrachtgever kan de overeenkomst na afloop van elke sprint tussentijds opzeggen met
     inachtneming van een opzegtermijn van veertien dagen, zonder tot schadevergoeding gehouden
     te zijn. Opdrachtnemer kan de overeenkomst alleen ontbinden wegens een toerekenbare
     tekortkoming van Opdrachtgever, na ingebrekestelling.
11.3 Na beëindiging ondersteunt Opdrachtnemer op verzoek van Opdrachtgever gedurende ten hoogste
     twee maanden de overdracht aan een andere leverancier, tegen de tarieven van artikel 3.

Artikel 12 - Aansprakelijkheid
In afwijking van de NLdigital Voorwaarden is de aansprakelijkheid van Opdrachtnemer beperkt tot
het bedrag van het budgetplafond. Deze beperking geldt niet bij opzet of bewuste roekeloosheid.

Artikel 13 - Geheimhouding en AVG
13.1 Partijen houden alle vertrouwelijke informatie van de andere partij geheim.
13.2 Opdrachtnemer test uitsluitend met geanonimiseerde gegevens. Krijgt zij toegang tot
     persoonsgegevens van huurders, dan is zij verwerker in de zin van de AVG: zij verwerkt die
     gegevens alleen op schriftelijke instructie, uitsluitend binnen de EU, en meldt een
     datalek binnen 24 uur aan de functionaris gegevensbescherming van Opdrachtgever.

Artikel 14 - Geschillen
Op deze overeenkomst is Nederlands recht van toepassing. Een geschil wordt eerst in de stuurgroep
besproken; lukt een oplossing niet binnen 30 dagen, dan proberen partijen mediation. In afwijking
van de geschillenregeling in de NLdigital Voorwaarden is uitsluitend de Rechtbank Midden-Nederland
bevoegd.

Aldus overeengekomen en in tweevoud ondertekend,
Stichting Woonzorg Rivierenland          Kanaalwerk B.V.
Tiel, ___ februari 2027                  Utrecht, ___ februari 2027
______________________________           ______________________________
drs. A.M. de Groot, bestuurder           R.J. Hoekstra, directeur
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.termination": "covered",
        "exit.transition": "covered",
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
        "risk.best_efforts_only": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.auto_renewal": False,
        "risk.data_lockin": False,
    },
    figures={"payment_term_days": 30, "warranty_days": 90, "notice_period_days": 14},
)

NL_VOIP_ORDER_CONFIRMATION = UnseenDocument(
    name="nl_voip_order_confirmation",
    text="""Van:        Sarah Mertens <sarah.mertens@belvox.be>
Aan:        Tom Peeters <tom@peetersbouwmaterialen.be>
Datum:      maandag 15 maart 2027 10:42
Onderwerp:  Orderbevestiging BV-27-0193 - cloudtelefonie Peeters Bouwmaterialen

Beste Tom,

Hartelijk dank voor uw akkoord per e-mail van 12/03/2027 op onze prijsofferte PO-2027-031 van
05/03/2027. Hierbij bevestigen wij uw bestelling. Die offerte en deze orderbevestiging vormen
samen de overeenkomst tussen Peeters Bouwmaterialen bv en Belvox nv.

Klant:            Peeters Bouwmaterialen bv - Industriepark Noord 14, 2800 Mechelen
                  BTW BE 0456.781.223 - klantnummer 20731
Installatieadres: idem
Contactpersoon:   Tom Peeters, zaakvoerder (0475 33 19 02)

UW BESTELLING (prijzen excl. btw)

Toestellen (aankoop)
| Artikel                                 | Aantal | Prijs/st. | Totaal      |
| Yealink T54W bureautoestel              | 12     | € 189,00  | € 2.268,00  |
| Yealink W73P DECT-handset met basis     | 4      | € 149,00  | € 596,00    |
| Yealink BH72 bluetooth-headset          | 2      | € 101,00  | € 202,00    |

| Eenmalig                                                   |            |
| Installatie en configuratie door technicus (1 dag)        | € 450,00   |
| Overdracht van 3 hoofdnummers en 16 rechtstreekse nummers | gratis     |
| Totaal eenmalig (toestellen + installatie)                | € 3.516,00 |

| Maandelijks                                   | Aantal | Per stuk | Per maand |
| Licentie Belvox Cloud PBX Business per gebruiker | 16  | € 14,50  | € 232,00  |
| Module wachtrij en keuzemenu                  | 1      | € 19,00  | € 19,00   |
| Totaal per maand                              |        |          | € 251,00  |

In de licentie zit: onbeperkt bellen naar Belgische vaste en mobiele nummers, voicemail naar
e-mail, mobiele app, Teams-koppeling, automatische software- en firmware-updates van de centrale
en de toestellen, en onze helpdesk.
Niet inbegrepen: internationale gesprekken (volgens onze tarieflijst), netwerkbekabeling,
PoE-switches en aanpassingen aan uw internetverbinding.

PLANNING
- Installatie: dinsdag 06/04/2027 vanaf 8u30, door onze technicus Kevin Wouters.
- Nummeroverdracht: aangevraagd voor 06/04/2027; de definitieve datum wordt door uw huidige
  operator bevestigd (meestal binnen 10 werkdagen na de aanvraag).
- Na de installatie geeft Kevin uw medewerkers een korte uitleg (ca. 30 minuten) en ontvangt u
  de handleiding per e-mail.

WAT WE NOG VAN U NODIG HEBBEN
- Uiterlijk 22/03/2027: de ondertekende LOA (machtiging voor de nummeroverdracht) en een recente
  factuur van uw huidige operator.
- Uiterlijk 01/04/2027: de lijst van gebruikers en toestelnummers en het gewenste keuzemenu.
- Op de installatiedag: een netwerkaansluiting per bureautoestel en iemand met toegang tot de
  serverkast.
Bijkomend werk op de installatiedag (bijvoorbeeld extra bekabeling) overloopt onze technicus
eerst met u. Het wordt enkel uitgevoerd na uw akkoord en aangerekend aan € 95,00 per uur.

FACTURATIE
De toestellen en de installatie worden gefactureerd na de installatie, de licenties maandelijks
vooraf vanaf de activatie, via domiciliëring. Onze facturen zijn betaalbaar binnen 15 dagen na
factuurdatum.

LOOPTIJD
De licenties lopen 36 maanden vanaf de activatiedatum. Daarna wordt de overeenkomst stilzwijgend
verlengd met telkens 12 maanden, tenzij u uiterlijk drie maanden vóór de vervaldag per
aangetekende brief opzegt. Bij opzegging vóór het einde van de eerste looptijd blijven de
resterende maandbedragen verschuldigd.
Belvox kan de maandprijzen aanpassen; u wordt daarvan minstens één maand vooraf per e-mail op de
hoogte gebracht.

GARANTIE EN HELPDESK
Op de toestellen geldt 24 maanden garantie: een defect toestel ruilen we kosteloos om.
Onze helpdesk is bereikbaar op werkdagen van 8u00 tot 17u30 op 015 79 40 00 of via
support@belvox.be. Storingsmeldingen krijgen bij ons altijd voorrang en worden met de grootst
mogelijke spoed opgevolgd.

Op deze bestelling zijn onze algemene verkoopvoorwaarden van toepassing
(www.belvox.be/voorwaarden).

Hebt u nog vragen, dan hoor ik het graag.

Met vriendelijke groeten,

Sarah Mertens
Accountmanager KMO
Belvox nv - Leuvensesteenweg 555, 2812 Muizen - T 015 79 40 40
BTW BE 0687.902.114 - RPR Antwerpen, afdeling Mechelen - IBAN BE09 7350 4412 8857
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
        "agreement.quote_included": "covered",
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
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.data_return": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.auto_renewal": True,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.open_ended_cost": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
        "warranty_days": 720,
    },
)

NL_SLA_ANNEX = UnseenDocument(
    name="nl_sla_annex",
    text="""RAAMOVEREENKOMST nr. 2026/ICT/017
Onderhoud en ondersteuning van het zaakbeheersysteem Dossio

BIJLAGE 3 - SERVICE LEVEL AGREEMENT

Tussen: Gemeente Bremdonk, Gemeenteplein 1, 2220 Bremdonk, KBO 0207.512.388, vertegenwoordigd
        door het college van burgemeester en schepenen ("het bestuur")
En:     Civitas Software nv, Interleuvenlaan 62, 3001 Heverlee, KBO/BTW BE 0823.417.650,
        IBAN BE58 0017 7702 4579 ("de opdrachtnemer")

1. Voorwerp en rangorde
1.1 Deze bijlage maakt integraal deel uit van de raamovereenkomst nr. 2026/ICT/017, gegund na de
    openbare procedure met bestek BRE/2026/041. Zij beschrijft de dienstverlening van de
    opdrachtnemer voor het onderhoud en de ondersteuning van Dossio bij het bestuur.
1.2 Van toepassing zijn, in deze volgorde van voorrang: het bestek, de algemene
    uitvoeringsregels (KB van 14 januari 2013), de raamovereenkomst met haar bijlagen en de
    offerte van de opdrachtnemer van 12 september 2026. Algemene of verkoopvoorwaarden van de
    opdrachtnemer zijn uitgesloten, ook wanneer zij op de offerte of op facturen vermeld staan.
1.3 Deze SLA loopt gelijk met de raamovereenkomst: 48 maanden vanaf 1 januari 2027, zonder
    stilzwijgende verlenging.

2. Diensten
Het onderhoud omvat:
  a) correctief onderhoud: het verhelpen van incidenten en fouten in Dossio en in de
     standaardkoppelingen (MAGDA, e-Box, documentbeheer, financiële toepassing);
  b) adaptief onderhoud: aanpassing aan gewijzigde regelgeving en aan nieuwe versies van
     besturingssysteem, databank en browsers;
  c) releases: ten minste drie functionele releases per jaar; beveiligingspatches voor
     kwetsbaarheden met een CVSS-score van 9,0 of hoger binnen vijf werkdagen na bekendmaking;
  d) tweedelijnsondersteuning voor de key users van het bestuur.
Evolutief onderhoud (nieuwe functionaliteit op maat) valt buiten deze SLA en wordt afzonderlijk
besteld. De maandelijkse onderhoudsvergoeding is opgenomen in de inventaris (bijlage 2).

3. Servicevensters
| Venster             | Wanneer                                                      |
| Servicedesk         | werkdagen van 8u00 tot 17u00 (portaal, mail, 016 48 22 00)   |
| Wachtdienst P1      | 7 dagen op 7, 24 uur op 24, telefonisch op 016 48 22 90      |
| Gepland onderhoud   | dinsdag 19u00 - 23u00, minstens 5 werkdagen vooraf gemeld    |
Meldingen gebeuren via het serviceportaal; een P1 wordt bovendien telefonisch gemeld.

4. Prioriteiten
| Prio         | Omschrijving                                   | Reactie     | Herstel      |
| P1 kritiek   | Dossio onbeschikbaar of gegevensverlies dreigt | 30 minuten  | 4 uur        |
| P2 hoog      | kernproces geblokkeerd voor meerdere gebruikers | 2 werkuren | 1 werkdag    |
| P3 normaal   | functie gestoord, omweg mogelijk               | 1 werkdag   | 10 werkdagen |
| P4 laag      | cosmetische fout of vraag                      | 2 werkdagen | volgende release |
De reactietijd loopt van de registratie van de melding tot een analist het incident in
behandeling neemt en de melder contacteert; de hersteltijd tot het herstel of een door het
bestuur aanvaarde workaround. Voor P1 lopen de termijnen 24/7, voor de andere prioriteiten enkel
binnen het venster van de servicedesk. De tijd waarin de opdrachtnemer wacht op informatie van
het bestuur wordt niet meegeteld. Het bestuur kent de prioriteit toe bij de melding.

5. Beschikbaarheid
De opdrachtnemer waarborgt voor de productieomgeving van Dossio, gehost in zijn datacenter, een
beschikbaarheid van 99,6 % per kalendermaand, gemeten op werkdagen tussen 7u00 en 20u00.
Beschikbaarheid = (meettijd - onbeschikbaarheid) / meettijd x 100 %. Gepland onderhoud binnen
het venster van punt 3 en storingen in het netwerk van het bestuur tellen niet mee. Buiten het
meetvenster streeft de opdrachtnemer naar 99,9 % op jaarbasis, zonder dat daar kredieten aan
verbonden zijn.

6. Servicekredieten
| Tekortkoming                                   | Kredietnota                              |
| beschikbaarheid lager dan 99,6 % (min. 99,0 %) | 5 % van de maandelijkse vergoeding       |
| beschikbaarheid lager dan 99,0 %               | 15 % van de maandelijkse vergoeding      |
| hersteltijd P1 overschreden                    | € 200,00 per begonnen uur                |
| hersteltijd P2 overschreden                    | € 150,00 per begonnen werkdag            |
De kredieten worden berekend in het maandrapport en verrekend op de eerstvolgende factuur. Zij
bedragen samen ten hoogste 25 % van de maandelijkse onderhoudsvergoeding en laten de maatregelen
van ambtswege en de straffen van de algemene uitvoeringsregels onverlet. De aansprakelijkheid van
de opdrachtnemer wordt geregeld in artikel 14 van de raamovereenkomst.

7. Rapportering
Uiterlijk op de tiende werkdag van elke maand bezorgt de opdrachtnemer het bestuur een
maandrapport met het aantal meldingen per prioriteit, de gemeten reactie- en hersteltijden, de
beschikbaarheid, de uitgevoerde onderhoudsmomenten en patches, de openstaande problemen met hun
actieplan en de berekening van de servicekredieten.

8. Opvolging en escalatie
8.1 Elke maand overleggen de applicatiebeheerder van het bestuur en de servicemanager van de
    opdrachtnemer over het maandrapport.
8.2 Elk kwartaal komt een stuurgroep samen met de algemeen directeur (voorzitter), het diensthoofd
    ICT en, op uitnodiging, de DPO van het bestuur, en de accountmanager en de servicemanager van
    de opdrachtnemer. De stuurgroep volgt de service levels op, beslist over verbeteracties en
    keurt de releaseplanning goed.
8.3 Escalatiecontacten:
| Niveau | Bestuur                               | Opdrachtnemer                            |
| 1      | Bart Segers, applicatiebeheerder      | Ilse Vanhove, servicemanager             |
|        | 03 410 22 51                          | 0473 55 12 80                            |
| 2      | Griet Janssens, diensthoofd ICT       | Koen Dewitte, accountmanager             |
| 3      | Hilde Verstraeten, algemeen directeur | Filip Moens, gedelegeerd bestuurder      |
Wordt een probleem op een niveau niet binnen vijf werkdagen opgelost, dan gaat het naar het
volgende niveau. Betwistingen over metingen of kredieten worden eerst aan de stuurgroep voorgelegd
voor een minnelijke regeling, vooraleer een partij zich tot de rechter wendt.

9. Kennis van de omgeving
De servicemanager is het vaste aanspreekpunt van het bestuur. De opdrachtnemer houdt een
configuratiedossier bij van de installatie bij het bestuur (versies, parameters, koppelingen,
maatwerk) en werkt het bij na elke release. Een vervanging van de servicemanager wordt minstens
een maand vooraf gemeld; de opvolger wordt op kosten van de opdrachtnemer ingewerkt.

10. Releases
Elke release wordt eerst op de acceptatieomgeving geïnstalleerd. Het bestuur test ze binnen tien
werkdagen en geeft schriftelijk zijn goedkeuring; pas daarna zet de opdrachtnemer de release in
productie tijdens een gepland onderhoudsvenster.

11. Continuïteit en einde
11.1 De broncode en de technische documentatie van Dossio worden bij elke major release
     gedeponeerd bij Codekluis bv (Antwerpen). Het bestuur is begunstigde en krijgt toegang bij
     faillissement van de opdrachtnemer of wanneer die het onderhoud van Dossio stopzet.
11.2 Bij het einde van de raamovereenkomst levert de opdrachtnemer binnen 30 kalenderdagen en
     kosteloos een volledige export van alle dossiers, metadata en documenten in een open formaat
     (XML of CSV met datadictionary, documenten in PDF/A) en vernietigt hij daarna de gegevens.
11.3 Op verzoek van het bestuur blijft de opdrachtnemer tot zes maanden na het einde het
     onderhoud onder deze SLA verzekeren tegen de laatst geldende vergoeding, en werkt hij mee aan
     de overdracht naar een nieuwe dienstverlener.

12. Gegevensbescherming en geheimhouding
De opdrachtnemer verwerkt persoonsgegevens van burgers als verwerker van het bestuur, uitsluitend
in datacenters in de Europese Unie. Hij en zijn personeel houden alle gegevens van het bestuur en
van burgers geheim. Een inbreuk in verband met persoonsgegevens meldt hij binnen 24 uur aan de DPO
van het bestuur.

13. Wijzigingen
Deze bijlage kan alleen worden gewijzigd bij een schriftelijk bijvoegsel dat door beide partijen
is ondertekend, na advies van de stuurgroep.

Opgemaakt te Bremdonk op 14/12/2026, in twee exemplaren.

Voor het bestuur,                              Voor de opdrachtnemer,
Hilde Verstraeten, algemeen directeur          Filip Moens, gedelegeerd bestuurder
Jan Van Looy, burgemeester
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.recurring_cost": "partial",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "covered",
        "rollout.data_migration": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "covered",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.auto_renewal": False,
        "risk.supplier_terms_prevail": False,
        "risk.unilateral_change": False,
        "risk.data_lockin": False,
    },
    figures={
        "availability_percent": 99.6,
        "response_time_hours_highest_priority": 0.5,
        "contract_term_months": 48,
    },
)

NL_DOCUMENTS = (
    NL_MSP_ALLIN_OFFER,
    NL_AGILE_DEV_AGREEMENT,
    NL_VOIP_ORDER_CONFIRMATION,
    NL_SLA_ANNEX,
)
