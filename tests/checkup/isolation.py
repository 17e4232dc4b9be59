"""Check-up pages in the isolation matrix (tests/test_isolation.py): an outsider must not read
a check-up of organisation A nor run one."""

from datetime import date

from vendorpact.checkup.models import Checkup


def make_checkup(tenancy, engagement):
    checkup = Checkup.objects.create(
        organisation=tenancy.org_a,
        made_on=date(2026, 1, 15),
        overall=40,
        scores={"overall": 40, "engagements": {}},
        result={"as_of": "2026-01-15", "engagements": [], "actions": [], "overall": 40},
    )
    return checkup.pk


FACTORIES = {"checkups": make_checkup}
SNAPSHOT_MODELS = [Checkup]
