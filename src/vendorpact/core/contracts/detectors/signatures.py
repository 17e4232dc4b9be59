"""Signature blocks: "Voor de Klant … Voor de Leverancier", "For the Customer: Name: …",
"Pour le Client … Pour le Prestataire" followed by names or signature lines. Blocks for both
sides settle agreement.signed_both."""

from __future__ import annotations

import re

from vendorpact.core.contracts.detectors.engine import Finding
from vendorpact.core.contracts.detectors.thresholds import SETTLED_SCORE
from vendorpact.core.contracts.structure import SIGNATURE_LABEL, Structure, quote

LABEL = re.compile(
    r"(?:voor|namens|pour|for(?: and on behalf of)?|on behalf of|signed for)\s+"
    r"(?:de |het |le |la |l'|the )?(?P<party>klant|opdrachtgever|afnemer|leverancier|"
    r"opdrachtnemer|dienstverlener|client|prestataire|fournisseur|customer|provider|supplier|"
    r"vendor|licensor|licensee|contractor|company)\b|(?P<accord>voor akkoord|bon pour accord|"
    r"pour accord)",
    re.IGNORECASE,
)
CLIENT_SIDE = {"klant", "opdrachtgever", "afnemer", "client", "customer", "licensee"}
# A name ("Lotte Verhaegen", "M. Julien Renard") or a place to sign ("Signature: ____").
NAME_OR_LINE = re.compile(
    r"\b(?:name|naam|nom|signature|handtekening|signé|by)\s*:|_{3,}|\.{5,}|/s/|"
    r"\b[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: (?:van der |van den |van |de |du |le |la )?[A-ZÀ-Ý][a-zà-ÿ'’-]+)+"
)
MAX_BLOCK_SENTENCES = 6


def signature_blocks(structure: Structure) -> tuple[set[str], int, list[int]]:
    """(sides with a block: "client" / "supplier", names or lines seen, sentence indices)."""
    sides: set[str] = set()
    names = 0
    indices: list[int] = []
    for index, sentence in enumerate(structure.sentences):
        if sentence.is_heading or not SIGNATURE_LABEL.match(sentence.text):
            continue
        labels = list(LABEL.finditer(sentence.text))
        if not labels or len(indices) >= MAX_BLOCK_SENTENCES:
            continue
        for label in labels:
            party = (label.group("party") or "").lower()
            sides.add("client" if label.group("accord") or party in CLIENT_SIDE else "supplier")
        rest = LABEL.sub(" ", sentence.text)
        names += len(NAME_OR_LINE.findall(rest))
        indices.append(index)
    return sides, names, indices


def apply_signature_blocks(structure: Structure, finding: Finding) -> Finding:
    """Covered when both parties have a signature block with a name or a line to sign on."""
    if finding.status == "covered":
        return finding
    sides, names, indices = signature_blocks(structure)
    if sides != {"client", "supplier"} or names < 2:
        return finding
    evidence = [_evidence(structure, index) for index in indices[:2]]
    evidence += [e for e in finding.evidence if e not in evidence]
    confidence = max(finding.confidence, 0.8)
    return Finding(finding.id, "covered", confidence, evidence[:3], SETTLED_SCORE, SETTLED_SCORE)


def _evidence(structure: Structure, index: int) -> dict:
    sentence = structure.sentences[index]
    return {"page": sentence.page, "clause": sentence.clause, "text": quote(sentence)}
