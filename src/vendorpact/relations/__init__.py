"""The former `relations` app, kept only for its migration history.

Its models moved to `vendorpact.supplier_requests`, `vendorpact.concerns` and `vendorpact.health`
(their tables keep the `relations_*` names). Migration 0005 removes them from this app's state
without touching the tables; each new app's 0001 takes them over and relabels their content
types. The app has no models and no code; it stays installed so that databases migrated before
the split keep a consistent migration history.
"""
