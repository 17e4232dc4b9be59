"""Held-out batch 4, Dutch documents: a Flemish managed-service provider's price offer for all-in
ICT management per workstation (helpdesk, monitoring, back-up, resold Microsoft 365 licences) with
an unsigned "voor akkoord" line, a Netherlands "overeenkomst van opdracht" for building a customer
portal in Scrum sprints under the NLdigital Voorwaarden, a short Flemish order confirmation sent by
e-mail for a cloud telephone system (no signatures), and a Flemish SLA annex to a municipal
framework agreement for the maintenance of a case-management application. The last two live in
unseen_documents_4_nl2.py (one module per ~500 lines).

Written on 2026-12-05 (committed 01:43-01:46 UTC) by a helper session acting as examiner, without
reading the analyser's rules or its tests; the expected labels were written from reading each text
against spec/checklist.md (only the items, risks and figures whose reading is clear; ambiguous ones
are left out) and committed before the analyser was ever run on these texts. Never change a rule to
fit these texts, never change a label or a text to fit the analyser.

Conventions as in the earlier batches: months count as 30 days for notice and warranty periods; a
response time is the highest priority's, in hours (working hours counted as hours); a quote signed
by the supplier with only an empty "voor akkoord" line for the client is partially signed and raises
risk.unsigned; a document with no signature block at all has agreement.signed_both missing.
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


NL_DOCUMENTS = (NL_MSP_ALLIN_OFFER, NL_AGILE_DEV_AGREEMENT)
