from datetime import date
from typing import Literal

from ninja import Schema

from vendorpact.common.patch import PatchSchema, nullable_fields

SideT = Literal["supplier", "client"]
ItemKindT = Literal["milestone", "deliverable", "action_item"]
ItemStatusT = Literal["planned", "in_progress", "done", "cancelled"]
SeniorityT = Literal["junior", "medior", "senior", "lead", ""]
YesNoT = Literal["yes", "partly", "no", "unknown"]
MeetingKindT = Literal["steering", "status", "review"]


class SlipOut(Schema):
    from_date: date
    to_date: date
    reason: str
    caused_by: str
    recorded_on: date


class MilestoneIn(Schema):
    title: str
    owner_side: SideT
    original_due: date
    kind: ItemKindT = "milestone"
    owner_person: str = ""
    status: ItemStatusT = "planned"
    depends_on_id: int | None = None
    description: str = ""


class MilestonePatch(PatchSchema):
    may_be_null = nullable_fields(MilestoneIn)
    title: str | None = None
    owner_side: SideT | None = None
    kind: ItemKindT | None = None
    owner_person: str | None = None
    status: ItemStatusT | None = None
    depends_on_id: int | None = None
    description: str | None = None


class MilestoneOut(Schema):
    id: int
    engagement_id: int
    title: str
    kind: str
    owner_side: str
    owner_person: str
    original_due: date
    current_due: date | None
    due_date: date
    status: str
    depends_on_id: int | None
    meeting_id: int | None
    done_on: date | None
    slips: list[SlipOut]


class SlipIn(Schema):
    new_due: date
    reason: str
    caused_by: SideT | Literal[""] = ""


class TeamMemberIn(Schema):
    name: str
    side: SideT = "supplier"
    role: str = ""
    seniority: SeniorityT = ""
    is_key_person: bool = False
    counterpart_id: int | None = None
    since: date | None = None
    until: date | None = None


class TeamMemberPatch(PatchSchema):
    may_be_null = nullable_fields(TeamMemberIn)
    name: str | None = None
    role: str | None = None
    seniority: SeniorityT | None = None
    is_key_person: bool | None = None
    counterpart_id: int | None = None
    since: date | None = None
    until: date | None = None


class TeamMemberOut(Schema):
    id: int
    engagement_id: int
    side: str
    name: str
    role: str
    seniority: str
    is_key_person: bool
    counterpart_id: int | None
    since: date | None
    until: date | None


class SwapIn(Schema):
    on: date
    name: str
    role: str = ""
    seniority: SeniorityT = ""
    knowledge_transfer: YesNoT
    notice_as_agreed: YesNoT
    note: str = ""


class SwapOut(Schema):
    id: int
    leaving_id: int
    joining_id: int
    on: date
    knowledge_transfer: str
    notice_as_agreed: str
    note: str


class ActionItemIn(Schema):
    title: str
    owner_side: SideT
    original_due: date
    owner_person: str = ""


class MeetingIn(Schema):
    date: date
    kind: MeetingKindT = "status"
    attendees: str = ""
    decisions: str = ""
    notes: str = ""
    action_items: list[ActionItemIn] = []


class MeetingOut(Schema):
    id: int
    engagement_id: int
    date: date
    kind: str
    attendees: str
    decisions: str
    notes: str
    status_report_id: int | None
    action_items: list[MilestoneOut]
