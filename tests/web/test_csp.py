"""Content-Security-Policy: no inline script is allowed, and no template relies on one."""

import re
from pathlib import Path

import vendorpact

TEMPLATES = sorted(Path(vendorpact.__file__).parent.rglob("templates/**/*.html"))
INLINE_HANDLER = re.compile(r"""\son[a-z]+\s*=\s*["']""", re.IGNORECASE)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>", re.I)


def script_src(response) -> str:
    policy = response["Content-Security-Policy"]
    return next(part for part in policy.split(";") if part.strip().startswith("script-src"))


def test_pages_send_a_policy_without_inline_script(client, tenancy):
    client.force_login(tenancy.alice)
    response = client.get(f"/o/{tenancy.org_a.slug}/")
    assert script_src(response).split() == ["script-src", "'self'"]


def test_login_page_sends_the_policy(client):
    assert "frame-ancestors 'none'" in client.get("/accounts/login/")["Content-Security-Policy"]


def test_templates_were_found():
    assert len(TEMPLATES) > 50


def test_no_template_has_inline_event_handlers():
    offenders = [str(p) for p in TEMPLATES if INLINE_HANDLER.search(p.read_text())]
    assert offenders == []


def test_no_template_has_inline_script_blocks():
    offenders = [str(p) for p in TEMPLATES if INLINE_SCRIPT.search(p.read_text())]
    assert offenders == []
