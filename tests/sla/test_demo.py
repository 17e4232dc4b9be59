"""The SLA demo on the demo organisation: loads NetCare's terms, tickets and downtime once."""

from datetime import date

from django.contrib.auth import get_user_model

from tests.clock import on_day
from vendorpact import demo
from vendorpact.engagements.models import Engagement
from vendorpact.sla import demo as sla_demo
from vendorpact.sla.figures import EngagementSla
from vendorpact.sla.models import Downtime, SlaImport, Ticket


@on_day(date(2026, 11, 16))  # the demo's tickets are dated back from today
def test_demo_loads_once_with_a_month_below_target(db):
    org = demo.load_demo()
    user = get_user_model().objects.get(username=demo.DEMO_USERNAME)
    engagements = {e.title: e for e in Engagement.objects.filter(organisation=org)}
    sla_demo.load(org, user, engagements)
    sla_demo.load(org, user, engagements)
    engagement = engagements[sla_demo.ENGAGEMENT_TITLE]
    assert Ticket.objects.filter(engagement=engagement).count() == 150
    assert SlaImport.objects.filter(engagement=engagement, state="done").count() == 2
    assert Downtime.objects.filter(engagement=engagement).exists()
    months = EngagementSla(engagement).months
    assert [row.credit_eur for row in months if row.credit_eur] == [60.0]
    assert sum(row.breaches for row in months) > 0
