"""The main pages of the demo organisation, shared by the layout and accessibility checks."""

from django.urls import reverse

from vendorpact import demo
from vendorpact.engagements.models import Engagement

PROJECT = "Nieuwe webshop met online bestellingen"
MAINTENANCE = "Beheer en support IT-infrastructuur"


def main_pages() -> dict[str, str]:
    """Page name -> path, for the demo loaded in the test database."""
    org = demo.DEMO_ORG_SLUG
    project = Engagement.objects.get(title=PROJECT).pk
    maintenance = Engagement.objects.get(title=MAINTENANCE).pk
    return {
        "dashboard": reverse("dashboard", args=[org]),
        "engagement list": reverse("engagement_list", args=[org]),
        "engagement overview": reverse("engagement_detail", args=[org, maintenance]),
        "checklist": reverse("engagement_checklist", args=[org, maintenance]),
        "analysis": reverse("analysis_overview", args=[org, project]),
        "budget": reverse("budget_overview", args=[org, project]),
        "planning": reverse("planning_overview", args=[org, project]),
        "SLA": reverse("sla_overview", args=[org, maintenance]),
        "SLA terms": reverse("sla_terms", args=[org, maintenance]),
        "requests": reverse("supplier_request_list", args=[org, maintenance]),
        "concerns": reverse("concern_list", args=[org, maintenance]),
        "exit plan": reverse("exit_plan", args=[org, maintenance]),
        "reminders": reverse("reminder_list", args=[org]),
        "report": reverse("organisation_report", args=[org]),
        "suppliers": reverse("supplier_list", args=[org]),
    }


def log_in_as_demo(page):
    page.goto("/")
    page.fill("#id_username", demo.DEMO_USERNAME)
    page.fill("#id_password", demo.DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/o/**")
