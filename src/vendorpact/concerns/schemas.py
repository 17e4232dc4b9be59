from datetime import date
from typing import Literal

from ninja import Field, Schema

from vendorpact.common.patch import PatchSchema

ConcernStatusT = Literal["raised", "in_consultation", "resolved", "escalated", "exit_decided"]
TaskStatusT = Literal["todo", "in_progress", "done", "not_applicable"]


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
