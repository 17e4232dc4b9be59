"""Held-out batch 5, Dutch documents (continued from unseen_documents_5_nl.py, written and labelled
the same way and at the same time): a Flemish rental and maintenance agreement for a managed print
fleet."""

from .unseen_documents import UnseenDocument

NL_PRINTER_FLEET_CONTRACT = UnseenDocument(
    name="nl_printer_fleet_contract",
    text="""DOCUVIA nv - Researchpark 310, 1731 Zellik - 02 466 10 00
BTW BE 0462.781.390 - RPR Brussel - IBAN BE68 5390 0754 7034

HUUR- EN ONDERHOUDSOVEREENKOMST MANAGED PRINT nr. HO-27-0219

Tussen Docuvia nv, vertegenwoordigd door Nathalie Peeters, accountmanager, hierna "Docuvia", en
Lambrecht Logistics nv, Scheldedijk 30, 2070 Zwijndrecht, BTW BE 0455.630.218, vertegenwoordigd
door Wim Lambrecht, afgevaardigd bestuurder, hierna "de Klant", wordt overeengekomen wat volgt.

1. Toestellen en installatie
| Aantal | Toestel                       | Plaats                     | Huur per toestel/maand |
| 6      | Kyocera TASKalfa 3554ci (A3)  | kantoren, verdiepingen 0-2 | € 84,00                |
| 2      | Kyocera ECOSYS MA4500ifx (A4) | magazijn en expeditie      | € 31,00                |
| 1      | Kyocera TASKalfa 6054ci (A3)  | centrale printruimte       | € 142,00               |
Totale huur: € 708,00 per maand excl. btw. De levering, installatie, netwerkconfiguratie,
scan-naar-mail en de inrichting van PaperCut gebeuren op 14 en 15 juni 2027, buiten de kantooruren,
voor een eenmalig bedrag van € 1.150,00. Aansluitend krijgen de medewerkers twee sessies van een
uur uitleg aan het toestel en krijgen de twee interne beheerders een opleiding van een halve dag.
2. Kost per pagina (all-in)
Zwart-wit € 0,0075 en kleur € 0,049 per A4-pagina; een A3-pagina telt als twee pagina's. Dit
omvat toner, onderdelen, arbeid en verplaatsingen van de technicus. Niet inbegrepen: papier,
nietjes, herstellingen na val, vocht of verkeerd gebruik, en het verhuizen van toestellen naar een
ander adres; zulke prestaties gebeuren enkel na goedkeuring van een offerte, aan € 92,00 per uur.
Per kwartaal wordt minstens 12.000 zwart-witpagina's aangerekend.
3. Onderhoud en service
3.1 Docuvia voert het preventief onderhoud uit volgens de voorschriften van de fabrikant en
installeert firmware-updates en beveiligingspatches op de toestellen.
3.2 Storingen worden gemeld via de servicedesk (02 466 10 10) of het klantenportaal, op werkdagen
van 8u tot 17u. Een technicus is binnen 8 werkuren na de melding ter plaatse. Kan een toestel niet
binnen drie werkdagen hersteld worden, dan plaatst Docuvia kosteloos een gelijkwaardig
vervangtoestel.
3.3 De tellerstanden en tonerniveaus worden via telemetrie doorgegeven. Toner wordt automatisch
geleverd zodra het niveau onder 20 % zakt, binnen twee werkdagen.
3.4 Alle interventies gebeuren door Kyocera-gecertificeerde technici. Vaste regiotechnicus voor de
Klant is Dries Maes; vast aanspreekpunt voor commerciële vragen is Nathalie Peeters.
3.5 De servicelevels en de compensatie bij niet-naleving staan in Bijlage 3 (Service Level
Agreement).
3.6 Elk kwartaal ontvangt de Klant een rapport met de volumes per toestel en per afdeling; één keer
per jaar bespreken partijen het park en de volumes in een evaluatievergadering.
4. Prijzen en facturatie
De huur wordt maandelijks vooraf gefactureerd, de pagina's per kwartaal achteraf op basis van de
tellerstanden. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum. Huur en kost per pagina
liggen vast gedurende de eerste twaalf maanden en worden daarna jaarlijks op 1 juli aangepast
volgens de formule P = P0 x (0,20 + 0,80 x S/S0), waarbij S de Agoria-referentieloonkost is.
5. Duur en einde
5.1 De overeenkomst loopt 60 maanden vanaf de installatiedatum. Zonder opzegging door een van de
partijen per aangetekende brief, ten minste zes maanden vóór het verstrijken, wordt zij
stilzwijgend verlengd voor opeenvolgende periodes van twaalf maanden.
5.2 Beëindigt de Klant de overeenkomst vóór het einde van de looptijd, dan is hij een vergoeding
verschuldigd gelijk aan de huur van de resterende maanden.
5.3 Bij het einde van de overeenkomst haalt Docuvia de toestellen kosteloos op. De harde schijven
worden ter plaatse gewist; de Klant ontvangt daarvan een certificaat.
6. Aansprakelijkheid, vertrouwelijkheid en persoonsgegevens
6.1 Docuvia is niet aansprakelijk voor onrechtstreekse schade, zoals productieverlies, gemiste
leveringen of verlies van gescande of opgeslagen documenten en gegevens; haar aansprakelijkheid is
in elk geval beperkt tot drie maanden huur. Zij houdt alle informatie van de Klant geheim.
6.2 Voor de adresboeken en de PaperCut-gebruikerslijst handelt Docuvia als verwerker onder de AVG:
enkel op instructie van de Klant, zonder doorgifte buiten de EU, met melding van een datalek binnen
48 uur.
7. Toepasselijk recht
Belgisch recht; enkel de Nederlandstalige ondernemingsrechtbank te Brussel is bevoegd.

Bijlagen: 1. Toestellenlijst met serienummers - 2. Prijsoverzicht

Opgemaakt te Zwijndrecht in twee originelen, elke partij erkent het hare te hebben ontvangen.
Voor Docuvia nv                               Voor Lambrecht Logistics nv
Naam: Nathalie Peeters                        Naam: Wim Lambrecht
Functie: accountmanager                       Functie: afgevaardigd bestuurder
Datum: 19/05/2027                             Datum: 21/05/2027
Handtekening: (getekend)                      Handtekening: (getekend)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 60,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 8,
    },
)


NL_MORE_DOCUMENTS = (NL_PRINTER_FLEET_CONTRACT,)
