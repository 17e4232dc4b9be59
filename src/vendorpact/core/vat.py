"""Enterprise / VAT number validation for the countries VendorPact's users deal with."""

from __future__ import annotations

from dataclasses import dataclass

from stdnum import exceptions as stdnum_errors
from stdnum.be import vat as be_vat
from stdnum.de import vat as de_vat
from stdnum.fr import tva as fr_vat
from stdnum.lu import tva as lu_vat
from stdnum.nl import btw as nl_vat

VALIDATORS = {"BE": be_vat, "NL": nl_vat, "FR": fr_vat, "LU": lu_vat, "DE": de_vat}
SUPPORTED_COUNTRIES = tuple(VALIDATORS)


class VatError(ValueError):
    """`code` is one of vat.unsupported_country, vat.invalid_format, vat.invalid_checksum."""

    def __init__(self, code: str, country: str = ""):
        super().__init__(code)
        self.code = code
        self.country = country


@dataclass(frozen=True)
class VatNumber:
    country: str
    number: str  # compact, without country prefix

    @property
    def full(self) -> str:
        return f"{self.country}{self.number}"

    @property
    def display(self) -> str:
        if self.country == "BE":
            n = self.number
            return f"BE {n[:4]}.{n[4:7]}.{n[7:]}"
        return self.full


def display_vat(stored: str) -> str:
    """A stored VAT number in its national form (BE 0403.170.701); as stored if unreadable."""
    if not stored:
        return ""
    try:
        return parse_vat(stored).display
    except VatError:
        return stored


def parse_vat(raw: str, default_country: str = "BE") -> VatNumber:
    """Validate a VAT or enterprise number, with or without its country prefix."""
    text = "".join(raw.split()).upper().replace(".", "").replace("-", "")
    country = text[:2] if text[:2].isalpha() else default_country.upper()
    if country not in VALIDATORS:
        raise VatError("vat.unsupported_country", country)
    validator = VALIDATORS[country]
    try:
        compact = validator.validate(text)
    except stdnum_errors.InvalidChecksum as error:
        raise VatError("vat.invalid_checksum", country) from error
    except stdnum_errors.ValidationError as error:
        raise VatError("vat.invalid_format", country) from error
    if compact[:2] == country:
        compact = compact[2:]
    return VatNumber(country=country, number=compact)
