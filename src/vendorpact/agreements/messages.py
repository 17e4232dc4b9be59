"""Words for the codes the agreements services return."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vendorpact.agreements.signatures import CHANGED, NONE, ONE, TWO, UNREADABLE, SignatureCheck
from vendorpact.common.messages import text_for as common_text_for

TEXTS = {
    "agreement.bad_link_days": _("A link is valid for 1 to %(max_days)s days."),
    "agreement.version_final": _("This version is final: it can no longer change."),
    "agreement.version_superseded": _("A newer version exists: work on that one."),
    "agreement.link_unknown": _("This link does not exist."),
    "agreement.link_expired": _("This link has expired."),
    "agreement.link_revoked": _("This link was withdrawn."),
    "agreement.link_answered": _("The answers for this link have already been sent. Thank you!"),
    "agreement.name_needed": _("Give your name."),
    "agreement.no_answers": _("Answer at least one article."),
    "agreement.bad_answer": _("Article %(number)s: choose accept, propose or comment."),
    "agreement.proposal_needs_wording": _(
        "Article %(number)s: write the wording you propose (different from the current one)."
    ),
    "agreement.comment_needed": _("Article %(number)s: write your comment."),
    "agreement.article_not_disputed": _("Article %(number)s is not disputed."),
    "agreement.no_proposal": _("The supplier proposed no wording for article %(number)s."),
    "agreement.counter_needs_wording": _("Article %(number)s: write the wording you propose."),
    "agreement.nothing_to_negotiate": _("This version has no articles to negotiate."),
    "agreement.not_all_agreed": _("Every article must be agreed before the agreement is final."),
    "agreement.new_version_first": _(
        "Issue a new version with the accepted wording first, then make that version final."
    ),
    "agreement.not_final": _("Only a final version can be signed."),
    "agreement.already_signed": _("A signed copy of this agreement is already recorded."),
    "agreement.not_pdf": _("Upload the signed agreement as a PDF file."),
    "agreement.signatures_missing": _(
        "The PDF does not show both signatures: confirm by hand that client and supplier signed."
    ),
    "agreement.signature_changed": _(
        "The PDF was changed after it was signed: it is not recorded."
    ),
}


def text_for(code: str, **params) -> str:
    return common_text_for(code, TEXTS, **params)


OUTCOMES = {
    UNREADABLE: _("The file could not be read as a PDF."),
    NONE: _("The PDF carries no digital signature: confirm by hand that both parties signed it."),
    CHANGED: _(
        "The document was changed after it was signed (signed by %(signers)s): the signature "
        "no longer covers what the file shows now."
    ),
    ONE: _(
        "One digital signature, by %(signers)s, and the document was not changed after it. "
        "The second signature is missing: confirm by hand if the other party signed on paper."
    ),
    TWO: _("Signed digitally by %(signers)s; the document was not changed after signing."),
}


def signature_outcome(check: SignatureCheck) -> list[str]:
    """The signature check in words: the outcome, then a note on unknown certificates."""
    signers = ", ".join(check.signers)
    lines = [str(OUTCOMES[check.outcome]) % {"signers": signers}]
    untrusted = sum(1 for s in check.signatures if not s.trusted)
    if untrusted:
        lines.append(
            ngettext(
                "%(count)s certificate could not be traced to a recognised authority (for "
                "example a self-made certificate): check with the signer that it is theirs.",
                "%(count)s certificates could not be traced to a recognised authority (for "
                "example self-made certificates): check with the signers that they are theirs.",
                untrusted,
            )
            % {"count": untrusted}
        )
    return lines
