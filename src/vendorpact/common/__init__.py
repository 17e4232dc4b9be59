"""Shared helpers under every domain app: message texts, form and model fields, deletion,
optimistic versioning, charts, throttling, import bounds and the API's paging and error shapes.
It imports only `vendorpact.core` and Django (tests/test_layers.py enforces the order)."""
