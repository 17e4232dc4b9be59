from vendorpact.reminders.models import CalendarFeed, DigestLog

FACTORIES = {}
SNAPSHOT_MODELS = [CalendarFeed, DigestLog]
