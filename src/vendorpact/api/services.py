import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from vendorpact.api.models import TOKEN_PREFIX, ApiToken, hash_token

# A token's use is recorded at most this often, so that API reads do not write on every call.
LAST_USED_RESOLUTION = timedelta(minutes=1)


@transaction.atomic
def create_token(*, user, name: str) -> tuple[ApiToken, str]:
    """Create a token; returns the model and the raw token, which is never stored."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name or "API", key_hash=hash_token(raw), hint=raw[:8]
    )
    return token, raw


@transaction.atomic
def revoke_token(*, user, token: ApiToken) -> None:
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])


def user_for_token(raw: str):
    if not raw.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.active().select_related("user").filter(key_hash=hash_token(raw)).first()
    )
    if token is None or not token.user.is_active:
        return None
    record_use(token, timezone.now())
    return token.user


def record_use(token: ApiToken, now) -> None:
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
