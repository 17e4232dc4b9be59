from datetime import datetime

from ninja import Field, Schema


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
