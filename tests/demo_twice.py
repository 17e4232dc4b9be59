"""Loading an app's demo part a second time on top of the demo adds nothing (its tests use this)."""

from vendorpact import demo
from vendorpact.engagements.models import Engagement


def load_demo_twice(app_demo):
    """The demo organisation with `app_demo.load` run once more; (org, engagements by title)."""
    org = demo.load_demo()
    user = org.memberships.get(role="owner").user
    engagements = {e.title: e for e in Engagement.objects.filter(organisation=org)}
    app_demo.load(org, user, engagements)
    app_demo.load(org, user, engagements)
    return org, engagements
