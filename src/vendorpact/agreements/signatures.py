"""The digital (PAdES) signatures of an uploaded PDF, read and checked with pyHanko: who
signed, whether the document changed after each signature, and the outcome as a code."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache

import certifi
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import ModificationLevel, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

# what may follow a signature without changing the signed document: nothing, long-term
# validation data, or filling in a signature field (the other party's signature)
ALLOWED_AFTER_SIGNING = {
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
}
WHOLE_DOCUMENT = {SignatureCoverageLevel.ENTIRE_REVISION, SignatureCoverageLevel.ENTIRE_FILE}

UNREADABLE, NONE, CHANGED, ONE, TWO = (
    "signature.unreadable",
    "signature.none",
    "signature.changed",
    "signature.one",
    "signature.two",
)


@dataclass(frozen=True)
class FoundSignature:
    signer: str
    unchanged: bool  # the signed bytes are intact and nothing but signing followed
    trusted: bool  # the certificate leads to an authority the validator knows


@dataclass(frozen=True)
class SignatureCheck:
    readable: bool
    signatures: tuple[FoundSignature, ...] = ()

    @property
    def changed(self) -> bool:
        return any(not s.unchanged for s in self.signatures)

    @property
    def signed_by_two(self) -> bool:
        """Two or more signatures, none of them broken by a later change."""
        return len(self.signatures) >= 2 and not self.changed

    @property
    def signers(self) -> list[str]:
        return [s.signer for s in self.signatures]

    @property
    def outcome(self) -> str:
        if not self.readable:
            return UNREADABLE
        if not self.signatures:
            return NONE
        if self.changed:
            return CHANGED
        return TWO if len(self.signatures) >= 2 else ONE


def _signer_name(status) -> str:
    subject = status.signing_cert.subject.native
    return subject.get("common_name") or status.signing_cert.subject.human_friendly


@cache
def trust_roots() -> tuple[asn1_x509.Certificate, ...]:
    """The certificate authorities of the Mozilla list (certifi), read once."""
    with open(certifi.where(), "rb") as bundle:
        return tuple(
            asn1_x509.Certificate.load(der)
            for _type, _headers, der in pem.unarmor(bundle.read(), multiple=True)
        )


def check_pdf(data: bytes) -> SignatureCheck:
    """Read every embedded signature; never fetches anything over the network."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError):
        return SignatureCheck(readable=False)
    found = []
    for signature in embedded:
        status = validate_pdf_signature(
            signature, ValidationContext(trust_roots=list(trust_roots()), allow_fetching=False)
        )
        unchanged = (
            status.intact
            and status.valid
            and status.coverage in WHOLE_DOCUMENT
            and status.modification_level in ALLOWED_AFTER_SIGNING
        )
        found.append(FoundSignature(_signer_name(status), bool(unchanged), bool(status.trusted)))
    return SignatureCheck(readable=True, signatures=tuple(found))
