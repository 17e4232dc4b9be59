from django.apps import AppConfig
from django.db import connections
from django.db.backends.signals import connection_created

from vendorpact.common import data_versions


class CommonConfig(AppConfig):
    name = "vendorpact.common"
    verbose_name = "Common"

    def ready(self):
        # Every connection reports writes to the data versions (see common/data_versions.py),
        # also one opened before this app was ready.
        connection_created.connect(data_versions.install)
        for connection in connections.all(initialized_only=True):
            data_versions.install(connection)
