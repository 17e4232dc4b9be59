"""The demo organisation's agreements: one in negotiation with one disputed article, one
final and signed by both."""

import pytest

from vendorpact.agreements.demo import AUDIT, DISPUTED_ITEM, ERP_LINK
from vendorpact.agreements.models import AgreementDraft, SignedCopy
from vendorpact.demo import load_demo
from vendorpact.engagements.models import Engagement


@pytest.fixture
def demo(db):
    return load_demo()


def test_erp_link_agreement_has_one_disputed_article(demo):
    draft = AgreementDraft.objects.get(engagement__title=ERP_LINK)
    disputed = list(draft.articles.filter(status="disputed").values_list("key", flat=True))
    assert disputed == [f"{DISPUTED_ITEM}#1"]
    assert not draft.articles.filter(status="open").exists()
    assert not draft.is_final


def test_audit_agreement_is_final_and_signed_by_both(demo):
    draft = AgreementDraft.objects.get(engagement__title=AUDIT)
    assert draft.is_final
    copy = SignedCopy.objects.get(draft=draft)
    assert copy.confirmed_by_hand and copy.document is not None
    assert Engagement.objects.get(title=AUDIT).agreed_how == "signed_both"


def test_loading_twice_adds_no_second_version(demo):
    load_demo()
    assert AgreementDraft.objects.filter(engagement__title=ERP_LINK).count() == 1
    assert AgreementDraft.objects.filter(engagement__title=AUDIT).count() == 1
