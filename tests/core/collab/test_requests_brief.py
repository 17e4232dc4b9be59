from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from vendorpact.core.requests_brief import (
    ContractPriority,
    Frequency,
    Impact,
    RequestBrief,
    RequestKind,
    Urgency,
    mailto_url,
    map_priority,
    render_request,
    score_request,
)

COMPLETE = RequestBrief(
    subject="Fout 500 bij boeken verkooporder",
    what_happened="Bij het boeken van een verkooporder toont Odoo een fout 500 en wordt de order "
    "niet bewaard.",
    system="Odoo 17 ERP",
    environment="productie",
    url="https://erp.bakkerij-peeters.be/odoo/sales",
    since_when="maandag 9 maart, na de update van het weekend",
    frequency=Frequency.ALWAYS,
    business_impact="De winkel kan geen bestellingen voor morgen ingeven.",
    impact=Impact.BLOCKING,
    urgency=Urgency.TODAY,
    steps_to_reproduce="1. Verkoop > Nieuw\n2. Klant Bakkerij De Zon\n3. Bevestigen",
    expected_result="Order wordt bevestigd.",
    actual_result="Foutmelding 500, order verdwijnt.",
    already_tried="Andere browser, andere gebruiker: zelfde fout.",
    contact_person="An Peeters",
    contact_details="0470 12 34 56",
    contact_availability="werkdagen 8-16 u",
    attachments=("fout500.png",),
    context_sheet_url="https://vendorpact.example/ctx/abc123",
)
PRIORITIES = (
    ContractPriority("P1", "Kritiek", "1 werkuur"),
    ContractPriority("P2", "Hoog", "4 werkuren"),
    ContractPriority("P3", "Normaal", "1 werkdag"),
)


def codes(score):
    return [f.code for f in score.findings]


def test_complete_incident_scores_100():
    assert score_request(COMPLETE).score == 100


def test_empty_request_scores_0():
    assert score_request(RequestBrief()).score == 0


def test_missing_steps_cost_points_and_say_why():
    brief = RequestBrief(**{**COMPLETE.__dict__, "steps_to_reproduce": ""})
    result = score_request(brief)
    finding = next(f for f in result.findings if f.field == "steps_to_reproduce")
    assert (result.score, finding.code, finding.why) == (
        90,
        "request.steps_to_reproduce_missing",
        "why.cannot_reproduce",
    )


def test_short_description_is_weak_not_missing():
    brief = RequestBrief(**{**COMPLETE.__dict__, "what_happened": "Werkt niet."})
    assert "request.what_happened_short" in codes(score_request(brief))


def test_expected_without_actual_earns_half():
    brief = RequestBrief(**{**COMPLETE.__dict__, "actual_result": ""})
    assert (score_request(brief).score, codes(score_request(brief))) == (
        95,
        ["request.expected_actual_half"],
    )


def test_missing_context_sheet_is_reported():
    brief = RequestBrief(**{**COMPLETE.__dict__, "context_sheet_url": ""})
    assert codes(score_request(brief)) == ["request.context_sheet_missing"]


def test_question_is_not_asked_for_steps_to_reproduce():
    question = RequestBrief(
        kind=RequestKind.QUESTION,
        what_happened="Hoe kunnen we een extra magazijn toevoegen in Odoo?",
    )
    assert "request.steps_to_reproduce_missing" not in codes(score_request(question))


def test_question_scores_over_the_fields_that_apply():
    question = RequestBrief(
        **{**COMPLETE.__dict__, "kind": RequestKind.QUESTION, "steps_to_reproduce": ""}
    )
    assert score_request(question).score == 100


def test_missing_url_is_a_hint_without_points():
    brief = RequestBrief(**{**COMPLETE.__dict__, "url": ""})
    result = score_request(brief)
    assert (result.score, [(f.code, f.severity) for f in result.findings]) == (
        100,
        [("request.url_missing", "hint")],
    )


def test_immediate_urgency_with_minor_impact_gets_a_hint():
    brief = RequestBrief(
        **{**COMPLETE.__dict__, "impact": Impact.MINOR, "urgency": Urgency.IMMEDIATE}
    )
    assert "request.urgency_vs_impact" in codes(score_request(brief))


def test_findings_have_dutch_and_english_texts():
    finding = score_request(RequestBrief()).findings[0]
    assert (finding.message("nl"), finding.message("en")) == (
        "Beschrijf wat er gebeurde.",
        "Describe what happened.",
    )


@pytest.mark.parametrize(
    ("impact", "urgency", "expected"),
    [
        (Impact.BLOCKING, Urgency.IMMEDIATE, "P1"),
        (Impact.MAJOR, Urgency.TODAY, "P2"),
        (Impact.MINOR, Urgency.THIS_WEEK, "P3"),  # level 4 falls back to the lowest priority
    ],
)
def test_impact_and_urgency_map_to_the_contract_priority(impact, urgency, expected):
    assert map_priority(impact, urgency, PRIORITIES).contract_priority.code == expected


def test_priority_without_impact_is_unknown():
    assert map_priority(None, Urgency.TODAY, PRIORITIES) is None


def test_rendered_subject_carries_priority_and_system():
    priority = map_priority(COMPLETE.impact, COMPLETE.urgency, PRIORITIES)
    rendered = render_request(COMPLETE, "nl", priority)
    assert rendered.subject == "[P1] Fout 500 bij boeken verkooporder (Odoo 17 ERP)"


def test_rendered_dutch_body_has_dutch_headings():
    body = render_request(COMPLETE, "nl").body
    assert "Stappen om het na te bootsen:\n1. Verkoop > Nieuw" in body


def test_rendered_english_body_has_english_headings():
    body = render_request(COMPLETE, "en").body
    assert "Expected result:\nOrder wordt bevestigd." in body


def test_rendered_body_leaves_out_empty_fields():
    body = render_request(
        RequestBrief(what_happened="Printer in de winkel drukt geen tickets af."), "en"
    ).body
    assert "Steps to reproduce" not in body


def test_mailto_url_round_trips_subject_and_body():
    rendered = render_request(COMPLETE, "nl")
    url = mailto_url("support@acme.be", rendered.subject, rendered.body)
    query = parse_qs(urlsplit(url).query)
    assert (query["subject"][0], query["body"][0]) == (
        rendered.subject,
        rendered.body.replace("\n", "\r\n"),
    )


def test_mailto_url_keeps_the_address_readable():
    url = mailto_url("support@acme.be", "Test", "Hallo")
    assert unquote(url).startswith("mailto:support@acme.be?")


def test_mailto_url_encodes_spaces_as_percent_20():
    assert "subject=Fout%20500" in mailto_url("support@acme.be", "Fout 500", "")


def test_mailto_refuses_header_injection():
    with pytest.raises(ValueError):
        mailto_url("support@acme.be?bcc=evil@x.be", "Test", "Hallo")
