from datetime import date

from ninja import Schema


class ReminderOut(Schema):
    uid: str
    kind: str
    due: date
    overdue: bool
    engagement_id: int
    object_id: str
    title: str
    path: str
