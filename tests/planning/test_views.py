from datetime import date

from tests.clock import on_day
from vendorpact.planning.models import Milestone, TeamSwap

# The planning page marks what is overdue as of today.
pytestmark = on_day(date(2026, 2, 20))


def url(tenancy, path):
    return f"/o/{tenancy.org_a.slug}/{path}"


def test_overdue_client_obligation_is_highlighted_in_what_we_owe(
    client, tenancy, engagement_a, design
):
    Milestone.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        title="Productfoto's aanleveren",
        owner_side="client",
        original_due=date(2026, 2, 15),
    )
    client.force_login(tenancy.vera)
    page = client.get(url(tenancy, f"engagements/{engagement_a.pk}/planning/")).content.decode()
    we_owe = page[page.index('id="we-owe"') : page.index('id="milestones"')]
    assert "Productfoto" in we_owe and 'class="overdue"' in we_owe


def test_supplier_item_is_listed_under_what_the_supplier_owes(
    client, tenancy, engagement_a, design
):
    client.force_login(tenancy.vera)
    page = client.get(url(tenancy, f"engagements/{engagement_a.pk}/planning/")).content.decode()
    owes = page[page.index('id="supplier-owes"') : page.index('id="we-owe"')]
    assert "Oplevering ontwerp" in owes


def test_cycle_through_the_form_gets_an_error(client, tenancy, design, texts):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy, f"milestones/{design.pk}/edit/"),
        {
            "title": design.title,
            "kind": "milestone",
            "owner_side": "supplier",
            "original_due": "2026-02-15",
            "status": "planned",
            "depends_on": texts.pk,
        },
    )
    assert response.status_code == 200
    design.refresh_from_db()
    assert design.depends_on is None


def test_swap_form_asks_about_knowledge_transfer_and_notice(client, tenancy, developer):
    client.force_login(tenancy.alice)
    page = client.get(url(tenancy, f"team-members/{developer.pk}/swap/")).content.decode()
    assert 'name="knowledge_transfer"' in page and 'name="notice_as_agreed"' in page


def test_swap_is_recorded_through_the_form(client, tenancy, developer):
    client.force_login(tenancy.alice)
    client.post(
        url(tenancy, f"team-members/{developer.pk}/swap/"),
        {
            "on": "2026-04-01",
            "name": "Lies Maes",
            "knowledge_transfer": "no",
            "notice_as_agreed": "yes",
        },
    )
    assert TeamSwap.objects.get().joining.name == "Lies Maes"


def test_viewer_cannot_record_a_slip(client, tenancy, design):
    client.force_login(tenancy.vera)
    response = client.post(
        url(tenancy, f"milestones/{design.pk}/slip/"), {"new_due": "2026-03-01", "reason": "x"}
    )
    assert response.status_code == 403


def test_meeting_form_creates_action_items(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    client.post(
        url(tenancy, f"engagements/{engagement_a.pk}/meetings/new/"),
        {
            "date": "2026-02-03",
            "kind": "steering",
            "decisions": "Fase 2 goedgekeurd",
            "actions-TOTAL_FORMS": "3",
            "actions-INITIAL_FORMS": "0",
            "actions-0-title": "Testaccounts aanmaken",
            "actions-0-owner_side": "supplier",
            "actions-0-original_due": "2026-02-10",
        },
    )
    assert Milestone.objects.get().meeting.decisions == "Fase 2 goedgekeurd"


def test_timeline_lists_the_slip_with_its_reason(client, tenancy, engagement_a, design):
    from vendorpact.planning.services import record_slip

    record_slip(
        org=tenancy.org_a,
        actor=tenancy.alice,
        milestone=design,
        new_due=date(2026, 3, 2),
        reason="Wachten op hosting",
    )
    client.force_login(tenancy.vera)
    page = client.get(url(tenancy, f"engagements/{engagement_a.pk}/timeline/")).content.decode()
    assert "Wachten op hosting" in page


def test_member_cannot_delete_a_milestone_manager_can(client, tenancy, design):
    client.force_login(tenancy.alice)
    denied = client.post(url(tenancy, f"milestones/{design.pk}/delete/"))
    client.force_login(tenancy.max)
    client.post(url(tenancy, f"milestones/{design.pk}/delete/"))
    assert denied.status_code == 403 and not Milestone.objects.exists()


def test_planning_page_renders_in_english(client, tenancy, engagement_a, design):
    client.force_login(tenancy.vera)
    page = client.get(
        url(tenancy, f"engagements/{engagement_a.pk}/planning/"), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "What the supplier owes us" in page and "nog moet leveren" not in page
