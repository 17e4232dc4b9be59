"""Held-out batch 4, Dutch documents (continued from unseen_documents_4_nl.py, written and labelled
the same way and at the same time): a short Flemish order confirmation sent by e-mail for a cloud
telephone system (no signatures) and a Flemish SLA annex to a municipal framework agreement for the
maintenance of a case-management application."""

from .unseen_documents import UnseenDocument

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


NL_MORE_DOCUMENTS = (NL_VOIP_ORDER_CONFIRMATION, NL_SLA_ANNEX)
