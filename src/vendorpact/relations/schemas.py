from datetime import date, datetime
from typing import Literal

from ninja import Field, Schema

from vendorpact.common.patch import PatchSchema

RequestKindT = Literal["incident", "question", "change"]
ImpactT = Literal["", "blocking", "major", "minor", "cosmetic"]
UrgencyT = Literal["", "immediate", "today", "this_week", "later"]
FrequencyT = Literal["", "once", "intermittent", "always"]
LanguageT = Literal["nl", "en"]
ConcernStatusT = Literal["raised", "in_consultation", "resolved", "escalated", "exit_decided"]
TaskStatusT = Literal["todo", "in_progress", "done", "not_applicable"]


class RequestIn(Schema):
    kind: RequestKindT = "incident"
    subject: str = Field("", max_length=200)
    what_happened: str = ""
    system: str = Field("", max_length=200)
    environment: str = Field("", max_length=100)
    url: str = Field("", max_length=500)
    since_when: str = Field("", max_length=200)
    frequency: FrequencyT = ""
    business_impact: str = ""
    impact: ImpactT = ""
    urgency: UrgencyT = ""
    steps_to_reproduce: str = ""
    expected_result: str = ""
    actual_result: str = ""
    already_tried: str = ""
    contact_person: str = Field("", max_length=200)
    contact_details: str = Field("", max_length=200)
    contact_availability: str = Field("", max_length=200)
    attachments: str = ""
    reference: str = Field("", max_length=100)
    language: LanguageT = "nl"
    include_context_link: bool = False


class FindingOut(Schema):
    field: str
    code: str
    severity: str
    points_lost: int
    message: str
    why: str


class ScoreOut(Schema):
    score: int
    priority_code: str
    findings: list[FindingOut]
    subject: str
    body: str


class RequestOut(ScoreOut):
    id: int
    engagement_id: int
    kind: str
    language: str
    context_sheet_url: str
    created_at: datetime


class ContextSystemOut(Schema):
    name: str
    version: str
    supported_by: str
    notes: str


class ContextSheetIn(Schema):
    who_we_are: str | None = None
    key_processes: str | None = None
    contacts: str | None = None
    hours: str | None = None


class ContextSheetOut(Schema):
    who_we_are: str
    key_processes: str
    contacts: str
    hours: str
    systems: list[ContextSystemOut]


class ConcernIn(Schema):
    title: str = Field(..., min_length=1, max_length=200)
    since: date | None = None
    raised_on: date | None = None
    impact: str = ""
    raised_with: str = Field("", max_length=200)


class ConcernTransitionIn(Schema):
    status: ConcernStatusT
    on: date | None = None
    note: str = ""


class ConcernActionIn(Schema):
    note: str = Field(..., min_length=1)
    on: date | None = None


class ConcernEventOut(Schema):
    on: date
    status: str
    level: int
    is_action: bool
    note: str
    by: str


class ConcernOut(Schema):
    id: int
    engagement_id: int
    title: str
    since: date | None
    raised_on: date
    impact: str
    raised_with: str
    status: str
    level: int
    days_without_action: int | None
    events: list[ConcernEventOut]


class ExitTaskOut(Schema):
    id: int
    code: str
    label: str
    checklist_item: str
    due: date | None
    status: str
    owner: str
    note: str


class ExitTaskPatch(PatchSchema):
    may_be_null = frozenset({"due"})
    status: TaskStatusT | None = None
    owner: str | None = Field(None, max_length=150)
    note: str | None = None
    due: date | None = None


class ExitPlanOut(Schema):
    engagement_id: int
    notice_deadline: date | None
    contract_end: date | None
    concern_id: int | None
    tasks: list[ExitTaskOut]


class HealthCheckIn(Schema):
    period: str = Field("", max_length=20)


class ThemeScoreOut(Schema):
    theme: str
    label: str
    client: float | None
    supplier: float | None
    combined: float | None
    gap: float | None
    large_gap: bool


class HealthCheckOut(Schema):
    id: int
    engagement_id: int
    period: str
    client_answered: bool
    supplier_answered: bool
    client_overall: float | None
    supplier_overall: float | None
    overall: float | None
    band: str | None
    themes: list[ThemeScoreOut]


class HealthAnswersIn(Schema):
    answers: dict[str, int | None]
    comment: str = ""


class HealthLinkIn(Schema):
    sent_to: str = Field("", max_length=200)
    days: int = 14


class HealthLinkOut(Schema):
    id: int
    health_check_id: int
    sent_to: str
    expires_at: datetime
    state: str
    url: str = ""  # only when the link is created: the token is never stored
