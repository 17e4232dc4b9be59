"""The API's error body and the error statuses every endpoint documents."""

from ninja import Schema


class ErrorOut(Schema):
    detail: str


ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}
