"""The server-error page: rendered without the request, the database or context processors."""

import logging

from django.http import HttpResponseServerError
from django.template import loader

logger = logging.getLogger(__name__)

BARE_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>VendorPact</title></head>"
    "<body><h1>Server error (500)</h1><p><a href='/'>VendorPact</a></p></body></html>"
)


def server_error(request, template_name="500.html"):
    """Django's handler500 for VendorPact: the static 500 page, else a bare one."""
    try:
        body = loader.get_template(template_name).render()
    except Exception:  # the error page itself must never fail
        logger.exception("The 500 page could not be rendered")
        body = BARE_PAGE
    return HttpResponseServerError(body)
