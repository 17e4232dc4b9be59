"""Organisation pages and endpoints in the isolation matrices: an outsider must not rename or
delete an organisation (tests/test_isolation.py, tests/api/test_isolation_api.py)."""

from vendorpact.orgs.models import Organisation

# The organisation pages (organisation/, organisation/export/, organisation/delete/) take no id.
FACTORIES = {}
SNAPSHOT_MODELS = [Organisation]
