"""The cache table exists before migrations run: data migrations that write watched tables
change data versions, which live in the cache (otherwise a fresh install logs an error per
write: "data version ... not bumped")."""

from django.core import management

from vendorpact.commands import web


def test_the_cache_table_is_created_before_migrating(monkeypatch):
    commands = []
    monkeypatch.setattr(management, "call_command", lambda name, **kw: commands.append(name))
    web.migrate(0)
    assert commands == ["createcachetable", "migrate"]
