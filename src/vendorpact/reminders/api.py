"""API: the organisation's reminders."""

from django.utils import timezone
from ninja import Router

from vendorpact.common.api_errors import ERRORS
from vendorpact.common.messages import lang
from vendorpact.common.pagination import Converted, paginated
from vendorpact.orgs.access import org_for_request
from vendorpact.reminders.schemas import ReminderOut
from vendorpact.reminders.services import reminder_path, reminder_title
from vendorpact.reminders.sources import reminders_for_org

router = Router()


@router.get(
    "/orgs/{org_slug}/reminders", response={200: list[ReminderOut], **ERRORS}, tags=["reminders"]
)
@paginated
def list_reminders(request, org_slug: str):
    org = org_for_request(request, org_slug)
    reminders = reminders_for_org(org, timezone.localdate())
    return Converted(reminders, lambda r: reminder_out(org, r))


def reminder_out(org, r) -> dict:
    return {
        "uid": r.uid,
        "kind": r.kind,
        "due": r.due,
        "overdue": r.overdue,
        "engagement_id": int(r.engagement_id),
        "object_id": r.object_id,
        "title": reminder_title(r, lang()),
        "path": reminder_path(org, r),
    }
