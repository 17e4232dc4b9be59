"""Writes of the check-up app: running and storing a check-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from decimal import Decimal

from django.db import transaction

from vendorpact.checkup.facts import organisation_facts
from vendorpact.checkup.models import Checkup
from vendorpact.core.checkup import CheckupResult, run_checkup, stored_scores


def _jsonable(value):
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def result_to_json(result: CheckupResult) -> dict:
    """The whole result as JSON: amounts as decimal strings, dates as ISO dates."""
    return _jsonable(asdict(result))


@transaction.atomic
def make_checkup(*, org, actor, as_of: dt.date) -> Checkup:
    """Score every running engagement of `org` on `as_of` against its last check-up and store
    the result."""
    previous = Checkup.objects.latest_of(org)
    result = run_checkup(
        organisation_facts(org, as_of), as_of, previous.scores if previous else None
    )
    return Checkup.objects.create(
        organisation=org,
        made_on=as_of,
        made_by=actor,
        overall=result.overall,
        scores=stored_scores(result),
        result=result_to_json(result),
    )
