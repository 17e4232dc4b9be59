from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django_tasks.signals import task_finished

from vendorpact.web.fold_sql import register_sqlite_fold
from vendorpact.web.task_log import log_finished_task


class WebConfig(AppConfig):
    name = "vendorpact.web"
    verbose_name = "Web"

    def ready(self) -> None:
        task_finished.connect(log_finished_task, dispatch_uid="vendorpact.task_log")
        connection_created.connect(register_sqlite_fold, dispatch_uid="vendorpact_sqlite_fold")
