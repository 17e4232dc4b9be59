"""Limit/offset paging for the API's list endpoints that keeps the response a JSON array.

A list endpoint decorated with `@paginated` (below the router decorator) takes `limit`
(default 100, at most 500) and `offset` (default 0) query parameters and returns that slice of
its rows; the `X-Total-Count` header gives the number of rows over all pages and, when there are
more, a `Link: <...>; rel="next"` header the URL of the next page. Clients that read only the
first page keep receiving an array as before.
"""

from __future__ import annotations

import inspect
from functools import wraps

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Schema
from ninja.utils import contribute_operation_args

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500
# Far beyond any list we hold, and within the databases' 64-bit integers (a larger offset made
# SQLite fail with an overflow).
MAX_OFFSET = 10**9
PAGING_ARG = "paging"
RESPONSE_ARG = "paged_response"


class Paging(Schema):
    limit: int = Field(
        DEFAULT_PAGE_SIZE,
        ge=1,
        le=MAX_PAGE_SIZE,
        description=f"How many rows to return (1 to {MAX_PAGE_SIZE}).",
    )
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many rows to skip.")


class Converted:
    """Rows of which only the returned page is converted (e.g. to a dict with computed fields):
    `Converted(queryset, convert)` for an endpoint whose rows need more than the model."""

    def __init__(self, rows, convert) -> None:
        self.rows = rows
        self.convert = convert

    def __len__(self) -> int:
        return self.rows.count() if isinstance(self.rows, QuerySet) else len(self.rows)

    def __getitem__(self, page: slice) -> list:
        return [self.convert(row) for row in self.rows[page]]


def next_page_url(request: HttpRequest, paging: Paging) -> str:
    query = request.GET.copy()
    query["limit"] = str(paging.limit)
    query["offset"] = str(paging.offset + paging.limit)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def page_of(rows, paging: Paging, request: HttpRequest, response: HttpResponse) -> list:
    """The requested slice of `rows` (a QuerySet or a list); sets the paging headers."""
    total = rows.count() if isinstance(rows, QuerySet) else len(rows)
    page = list(rows[paging.offset : paging.offset + paging.limit])
    response["X-Total-Count"] = str(total)
    if paging.offset + paging.limit < total:
        response["Link"] = f'<{next_page_url(request, paging)}>; rel="next"'
    return page


def paginated(view):
    """Decorate a list endpoint that returns all its rows (a QuerySet or a list, in a stable
    order) so that it returns one page of them."""

    @wraps(view)
    def view_with_paging(request, **kwargs):
        paging = kwargs.pop(PAGING_ARG, None) or Paging()
        response = kwargs.pop(RESPONSE_ARG)
        return page_of(view(request, **kwargs), paging, request, response)

    # The endpoint's own parameters plus the temporal response that carries the headers.
    signature = inspect.signature(view, eval_str=True)
    temporal = inspect.Parameter(
        RESPONSE_ARG, inspect.Parameter.KEYWORD_ONLY, annotation=HttpResponse
    )
    view_with_paging.__signature__ = signature.replace(
        parameters=[*signature.parameters.values(), temporal]
    )
    contribute_operation_args(view_with_paging, PAGING_ARG, Paging, Query(...))
    return view_with_paging
