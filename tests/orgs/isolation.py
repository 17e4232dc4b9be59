"""Organisation pages and endpoints in the isolation matrices: an outsider must not rename or
delete an organisation, nor withdraw its invitations (tests/test_isolation.py,
tests/api/test_isolation_api.py)."""

from datetime import UTC, datetime

from vendorpact.orgs.models import Invitation, Organisation


def make_invitation(tenancy, engagement):
    invitation = Invitation.objects.create(
        organisation=tenancy.org_a,
        email="nina@example.be",
        role="viewer",
        token_hash="a" * 64,
        invited_by=tenancy.olga,
        expires_at=datetime(2099, 1, 1, tzinfo=UTC),
    )
    return invitation.pk


# The organisation pages (organisation/, organisation/export/, organisation/delete/) take no id.
FACTORIES = {"invitations": make_invitation}
SNAPSHOT_MODELS = [Organisation, Invitation]
