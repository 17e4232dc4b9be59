"""Amounts in euro, formatted the way Belgian and Dutch readers expect."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def format_eur(amount: Decimal | int | float | None, lang: str = "nl") -> str:
    """`€ 1.234,56` in Dutch (and French), `€1,234.56` in English; empty for None."""
    if amount is None:
        return ""
    value = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    whole, cents = f"{abs(value):,.2f}".split(".")
    if lang == "en":
        return f"{sign}€{whole}.{cents}"
    return f"{sign}€ {whole.replace(',', '.')},{cents}"
