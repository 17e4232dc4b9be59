"""What each gunicorn worker does once when it loads the application."""

import gc

from vendorpact import wsgi
from vendorpact.commands.server import loaded_application


def test_loading_the_application_moves_the_loaded_objects_out_of_the_collectors_reach():
    gc.unfreeze()
    try:
        application = loaded_application()
        assert application is wsgi.application
        # The application, its settings and every imported view are now permanent objects
        # that a full collection no longer walks.
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
