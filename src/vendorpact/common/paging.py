"""Paging of HTML lists: one page of rows and the query string that keeps filters and sort."""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.utils.http import urlencode

PER_PAGE = 25


def page_of(request, rows, per_page: int = PER_PAGE) -> Page:
    """The page of `rows` (a queryset, sliced by the database, or a list) named by `?page=`;
    a missing or wrong number gives the first page, a number past the end the last."""
    return Paginator(rows, per_page).get_page(request.GET.get("page"))


def query_without_page(request) -> str:
    """The request's query string without `page` (for the page links), empty values left out."""
    return urlencode([(k, v) for k, v in request.GET.items() if k != "page" and v])
