from django.http import QueryDict

from vendorpact.sla.queries import TicketFilters


def test_filters_read_from_the_query_string_default_to_nothing():
    filters = TicketFilters.from_query(QueryDict("month=2026-09&page=3"))
    assert filters == TicketFilters(month="2026-09")


def test_page_links_keep_only_the_filters_that_are_set():
    filters = TicketFilters(priority="P1", breached="any", month="", state="open")
    assert filters.query_string() == "priority=P1&breached=any&state=open"
