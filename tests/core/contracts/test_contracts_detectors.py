"""One behaviour per detector: a clause in Dutch, English or French and the status it gets."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text).item(item_id).status


COVERED = [
    ("agreement.signed_both", "IN WITNESS WHEREOF, the parties have executed this Agreement."),
    ("agreement.signed_both", "Opgemaakt te Gent in tweevoud. Voor akkoord, beide partijen."),
    ("agreement.signed_both", "Fait à Namur en deux exemplaires. Lu et approuvé."),
    (
        "agreement.general_terms",
        "Bij tegenstrijdigheid heeft deze overeenkomst voorrang op de algemene voorwaarden.",
    ),
    (
        "agreement.general_terms",
        "In the event of a conflict between the Order Form and the General Terms, the Order Form "
        "shall prevail.",
    ),
    (
        "agreement.quote_included",
        "De offerte nr. OFF-2024-117 van 3 maart 2024 maakt integraal deel uit van de "
        "overeenkomst.",
    ),
    ("budget.project_cost", "The total project price is EUR 48.000 excluding VAT."),
    ("budget.project_cost", "Le prix forfaitaire du projet s'élève à 12.500,00 € HTVA."),
    ("budget.startup_cost", "De eenmalige opstartkosten bedragen € 1.250,00 excl. btw."),
    ("budget.scope", "Niet inbegrepen zijn hardwareherstellingen en opleidingen."),
    (
        "budget.extra_costs",
        "Meerwerk wordt enkel uitgevoerd na voorafgaande schriftelijke goedkeuring van de klant.",
    ),
    (
        "budget.extra_costs",
        "Les travaux supplémentaires font l'objet d'un devis soumis à l'accord écrit préalable.",
    ),
    ("budget.recurring_cost", "De klant betaalt een maandelijkse vergoeding van € 450,00."),
    ("budget.recurring_cost", "La redevance mensuelle est de 250 € HTVA."),
    ("budget.rates", "Additional services are billed at an hourly rate of EUR 95."),
    ("budget.rates", "De prijzen worden jaarlijks geïndexeerd volgens de Agoria-index."),
    ("budget.payment_terms", "Facturen zijn betaalbaar binnen dertig (30) dagen na factuurdatum."),
    ("budget.payment_terms", "Les factures sont payables à trente (30) jours date de facture."),
    ("timing.planning", "Oplevering uiterlijk op 19 april 2024; de mijlpalen staan in bijlage 2."),
    (
        "timing.client_obligations",
        "De klant levert alle teksten en foto's aan uiterlijk op 1 maart 2024.",
    ),
    (
        "timing.delay",
        "Bij vertraging door de leverancier is een boete verschuldigd van 1% per week.",
    ),
    ("team.named_team", "De projectleider is Pieter De Smet: pieter@itworks.be."),
    (
        "team.replacement",
        "De leverancier vervangt teamleden enkel met voorafgaande toestemming van de klant en "
        "zonder kosten.",
    ),
    ("team.seniority", "Consultants have at least 5 years of experience and are certified."),
    (
        "team.knowledge_transfer",
        "Supplier shall provide full documentation and a knowledge transfer to the client.",
    ),
    ("team.quality", "Services shall be performed in a professional and workmanlike manner."),
    ("reporting.progress", "De leverancier bezorgt een maandelijks voortgangsrapport."),
    ("reporting.governance", "A steering committee meets monthly to review the project."),
    (
        "rollout.deployment",
        "The supplier shall install the software on the client's servers before the go-live date.",
    ),
    (
        "rollout.data_migration",
        "La reprise des données existantes est réalisée par le prestataire au format CSV.",
    ),
    (
        "rollout.acceptance",
        "Client performs acceptance tests within 10 days; the deliverable is deemed accepted "
        "afterwards.",
    ),
    (
        "rollout.warranty",
        "Gebreken gemeld binnen drie maanden na oplevering worden kosteloos hersteld.",
    ),
    (
        "rollout.warranty",
        "Defects reported within ninety (90) days after delivery are corrected free of charge.",
    ),
    ("rollout.user_support", "Training for end users is included: two sessions of half a day."),
    (
        "maintenance.services",
        "Maintenance services include corrective maintenance, updates and monitoring.",
    ),
    ("maintenance.support_hours", "Support is bereikbaar op werkdagen van 8u00 tot 18u00."),
    ("maintenance.response_time", "Reactietijd bij prioriteit 1: binnen 1 uur."),
    ("maintenance.response_time", "Le délai d'intervention est de quatre (4) heures ouvrées."),
    ("maintenance.resolution_time", "De hersteltijd voor kritieke storingen bedraagt 8 uur."),
    ("maintenance.availability", "De leverancier garandeert een beschikbaarheid van 99,5%."),
    ("maintenance.availability", "Le taux de disponibilité garanti est de 99,9 % par mois."),
    (
        "maintenance.service_credits",
        "If availability falls below target, Customer receives service credits of 5% of the "
        "monthly fee.",
    ),
    ("maintenance.customer_knowledge", "Each client has a dedicated account manager at the desk."),
    (
        "maintenance.updates",
        "Security updates are installed within five business days at no additional charge.",
    ),
    (
        "exit.duration_renewal",
        "De overeenkomst wordt aangegaan voor twaalf maanden en daarna stilzwijgend verlengd.",
    ),
    (
        "exit.duration_renewal",
        "Le contrat est conclu pour une durée d'un an, renouvelable par tacite reconduction.",
    ),
    ("exit.termination", "Elke partij kan opzeggen met een opzegtermijn van drie maanden."),
    ("exit.termination", "Either party may terminate upon thirty (30) days' written notice."),
    (
        "exit.transition",
        "Bij beëindiging verleent de leverancier bijstand bij de overdracht naar een nieuwe "
        "leverancier gedurende drie maanden.",
    ),
    (
        "exit.data_return",
        "En fin de contrat, le prestataire restitue les données du client dans un format standard.",
    ),
    ("exit.escrow", "De broncode wordt in een broncodedepot bij een escrowagent gedeponeerd."),
    (
        "legal.liability",
        "De aansprakelijkheid van de leverancier is beperkt tot het bedrag van de vergoedingen "
        "van twaalf maanden.",
    ),
    ("legal.ip", "All intellectual property rights in the deliverables vest in the Client."),
    ("legal.confidentiality", "Partijen houden alle vertrouwelijke informatie geheim."),
    (
        "legal.data_protection",
        "Partijen sluiten een verwerkersovereenkomst volgens artikel 28 AVG.",
    ),
    (
        "legal.governing_law",
        "Op deze overeenkomst is het Belgisch recht van toepassing; bevoegd is de "
        "ondernemingsrechtbank te Gent.",
    ),
    (
        "legal.governing_law",
        "This Agreement shall be governed by the laws of Belgium; the courts of Brussels have "
        "exclusive jurisdiction.",
    ),
    (
        "legal.dispute_resolution",
        "Avant toute action en justice, les parties recherchent une solution à l'amiable.",
    ),
]


@pytest.mark.parametrize(("item_id", "text"), COVERED)
def test_clause_covers_item(item_id, text):
    assert status_of(text, item_id) == "covered"


PARTIAL = [
    ("budget.extra_costs", "Other services will be charged at fees to be agreed later."),
    ("timing.planning", "Delivery Date: TBD. Installation Date: TBD."),
    ("budget.payment_terms", "Customer will pay each invoice within [ # ] days."),
    ("maintenance.availability", "Target Uptime: [__]%"),
    (
        "maintenance.response_time",
        "The supplier will respond to incidents as soon as reasonably possible.",
    ),
    (
        "maintenance.resolution_time",
        "De leverancier herstelt storingen binnen een redelijke termijn.",
    ),
    (
        "budget.recurring_cost",
        "De kosten van de ondersteuning worden afzonderlijk in de overeenkomst vermeld.",
    ),
    ("maintenance.updates", "Nieuwe versies worden in onderling overleg ingepland."),
    (
        "maintenance.response_time",
        "Le prestataire s'efforcera d'intervenir sous 4 heures, dans le cadre d'une obligation "
        "de moyens.",
    ),
    (
        "maintenance.availability",
        "Provider will use commercially reasonable efforts to make the service available 99.9% "
        "of the time.",
    ),
]


@pytest.mark.parametrize(("item_id", "text"), PARTIAL)
def test_vague_or_blank_clause_is_partial(item_id, text):
    assert status_of(text, item_id) == "partial"


def test_unrelated_text_leaves_item_missing():
    text = "The parties met in Brussels to discuss the weather and the football results."
    result = analyse_text(text)
    assert all(item.status == "missing" for item in result.items if item.id != "budget.scope")


RISKS = [
    (
        "risk.supplier_terms_prevail",
        "Onze algemene voorwaarden zijn van toepassing en primeren op die van de klant.",
    ),
    (
        "risk.best_efforts_only",
        "De leverancier levert de dienst op basis van een inspanningsverbintenis.",
    ),
    ("risk.best_efforts_only", "Le prestataire est tenu d'une obligation de moyens."),
    ("risk.best_efforts_only", "Vendor will use commercially reasonable efforts to meet SLAs."),
    (
        "risk.unilateral_change",
        "Provider may change the fees and these terms at any time by notice on its website.",
    ),
    ("risk.unilateral_change", "La société se réserve le droit de modifier ses tarifs."),
    (
        "risk.auto_renewal",
        "Het contract wordt stilzwijgend verlengd, tenzij opgezegd met een opzegtermijn van zes "
        "maanden.",
    ),
    ("risk.liability_excluded", "De leverancier is niet aansprakelijk voor verlies van gegevens."),
    ("risk.liability_excluded", "Supplier's liability shall be limited to one (1) month's fees."),
    (
        "risk.open_ended_cost",
        "Alle werken worden in regie uitgevoerd volgens de geldende tarieven.",
    ),
    (
        "risk.data_lockin",
        "De leverancier heeft een retentierecht op de gegevens zolang facturen openstaan.",
    ),
    ("risk.unsigned", "Subject: RE: quote 2024-051\nOK, we agree with the quote, go ahead."),
]


@pytest.mark.parametrize(("risk_id", "text"), RISKS)
def test_clause_raises_risk(risk_id, text):
    assert risk_id in analyse_text(text).risk_ids()


def test_long_notice_in_the_renewal_clause_is_a_risk_even_with_short_termination():
    text = (
        "Customer may terminate for convenience upon thirty (30) days notice. The agreement "
        "renews automatically unless either party notifies the other at least ninety (90) days "
        "prior to the end of the then-current term."
    )
    assert "risk.auto_renewal" in analyse_text(text).risk_ids()


def test_short_notice_renewal_is_not_a_risk():
    text = (
        "The agreement renews automatically for successive one-year terms unless a party "
        "gives thirty (30) days' notice."
    )
    assert "risk.auto_renewal" not in analyse_text(text).risk_ids()


def test_agreement_prevailing_over_supplier_terms_is_not_a_risk():
    text = (
        "Bij tegenstrijdigheid met de algemene voorwaarden van de leverancier heeft deze "
        "overeenkomst voorrang. IN WITNESS WHEREOF the parties have signed."
    )
    assert "risk.supplier_terms_prevail" not in analyse_text(text).risk_ids()


def test_obligation_of_result_is_not_best_efforts_only():
    text = "Le prestataire est tenu d'une obligation de résultat quant aux délais d'intervention."
    assert "risk.best_efforts_only" not in analyse_text(text).risk_ids()


def test_evidence_names_page_clause_and_quote():
    pages = [
        "Artikel 1 – Voorwerp\nOnderhoud van de webwinkel.",
        "Artikel 7 – Duur\n7.2 De opzegtermijn bedraagt drie maanden.",
    ]
    item = analyse_text(pages).item("exit.termination")
    assert item.evidence[0] == {
        "page": 2,
        "clause": "7.2",
        "text": "7.2 De opzegtermijn bedraagt drie maanden.",
    }


def test_evidence_quote_is_at_most_300_characters():
    text = "Either party may terminate this agreement on ninety days' notice " + "and so on " * 60
    evidence = analyse_text(text).item("exit.termination").evidence[0]
    assert len(evidence["text"]) <= 300
