from pathlib import Path

from django.apps import AppConfig
from django.conf import settings
from django.db.backends.signals import connection_created
from django_tasks.signals import task_finished

from vendorpact import conf
from vendorpact.web.fold_sql import register_sqlite_fold
from vendorpact.web.task_log import log_finished_task


class WebConfig(AppConfig):
    name = "vendorpact.web"
    verbose_name = "Web"

    def ready(self) -> None:
        """Django starts (any command, the WSGI app, the tests): create the data folders, the
        SQLite file and the secret key that the settings name, before anything connects."""
        conf.prepare_data_dir(
            data=Path(settings.DATA_DIR),
            media_root=Path(settings.MEDIA_ROOT),
            static_root=Path(settings.STATIC_ROOT),
            database_file=conf.sqlite_file(settings.DATABASES["default"]),
        )
        task_finished.connect(log_finished_task, dispatch_uid="vendorpact.task_log")
        connection_created.connect(register_sqlite_fold, dispatch_uid="vendorpact_sqlite_fold")
