from pathlib import Path

from django.apps import AppConfig
from django.conf import settings

from vendorpact import conf


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
