"""Response headers of the pages a supplier opens through a private link (no account)."""

PRIVATE_HEADERS = {
    # The token must not leak to other sites; "no-referrer" would make browsers send
    # "Origin: null" with the answer form, which Django's CSRF check rightly refuses.
    "Referrer-Policy": "same-origin",
    "X-Robots-Tag": "noindex, nofollow",
    "Cache-Control": "no-store",
}


def private(response):
    """`response` with the headers that keep a private link's page out of referrers, search
    engines and caches."""
    for header, value in PRIVATE_HEADERS.items():
        response[header] = value
    return response
