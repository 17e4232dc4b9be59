from django.apps import AppConfig
from django.db.backends.signals import connection_created

from vendorpact.web.fold_sql import register_sqlite_fold


class WebConfig(AppConfig):
    name = "vendorpact.web"
    verbose_name = "Web"

    def ready(self) -> None:
        connection_created.connect(register_sqlite_fold, dispatch_uid="vendorpact_sqlite_fold")
