from datetime import datetime
from typing import Literal

from ninja import Field, Schema

RequestKindT = Literal["incident", "question", "change"]
ImpactT = Literal["", "blocking", "major", "minor", "cosmetic"]
UrgencyT = Literal["", "immediate", "today", "this_week", "later"]
FrequencyT = Literal["", "once", "intermittent", "always"]
LanguageT = Literal["nl", "en"]


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
