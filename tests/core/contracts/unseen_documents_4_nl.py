"""Held-out batch 4, Dutch documents: a Flemish managed-service provider's price offer for all-in
ICT management per workstation (helpdesk, monitoring, back-up, resold Microsoft 365 licences) with
an unsigned "voor akkoord" line, a Netherlands "overeenkomst van opdracht" for building a customer
portal in Scrum sprints under the NLdigital Voorwaarden, a short Flemish order confirmation sent by
e-mail for a cloud telephone system (no signatures), and a Flemish SLA annex to a municipal
framework agreement for the maintenance of a case-management application.

Written on 2026-12-05 (01:40-02:40 UTC) by a helper session acting as examiner, without reading
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

NL_DOCUMENTS = (NL_MSP_ALLIN_OFFER,)
