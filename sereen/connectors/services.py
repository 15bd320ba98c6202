"""Writes for channels and their API tokens."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from django.db import transaction

from sereen.accounts.models import Organisation, User
from sereen.accounts.permissions import require_org_perm
from sereen.connectors.models import Channel, ChannelToken
from sereen.core.audit import record_audit_event

TOKEN_PREFIX = "srn_"


def hash_token(token: str) -> str:
    """SHA-256 of the token: tokens are long and random, so a plain fast hash is enough."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class IssuedToken:
    token: ChannelToken
    secret: str  # shown once; never stored


@transaction.atomic
def create_channel(
    *,
    organisation: Organisation,
    actor: User | None,
    platform: str,
    name: str,
    handle: str = "",
    url: str = "",
    external_id: str = "",
    adapter: str = "",
    follower_count: int | None = None,
) -> Channel:
    """Add a page or account of ``organisation``."""
    require_org_perm(actor, "connectors.add_channel", organisation)
    channel = Channel(
        organisation=organisation,
        platform=platform,
        name=name,
        handle=handle,
        url=url,
        external_id=external_id,
        adapter=adapter,
        follower_count=follower_count,
    )
    channel.full_clean()
    channel.save()
    record_audit_event(
        actor=actor,
        action="connectors.channel_created",
        organisation=organisation,
        subject=channel,
        after={"platform": platform, "name": name},
    )
    return channel


#: What ``update_channel`` may change; the platform and platform id stay as created.
CHANGEABLE_CHANNEL_FIELDS = ("name", "handle", "url", "follower_count", "is_active", "adapter")


@transaction.atomic
def update_channel(*, channel: Channel, actor: User | None, **changes: object) -> Channel:
    """Change the name, address, follower count, connector or on/off state of ``channel``."""
    require_org_perm(actor, "connectors.change_channel", channel.organisation)
    unknown = set(changes) - set(CHANGEABLE_CHANNEL_FIELDS)
    if unknown:
        raise ValueError(f"update_channel cannot change {', '.join(sorted(unknown))}.")
    before = {name: getattr(channel, name) for name in changes}
    for name, value in changes.items():
        setattr(channel, name, value)
    channel.full_clean()
    channel.save(update_fields=list(changes))
    changed = {name: value for name, value in changes.items() if before[name] != value}
    if changed:
        record_audit_event(
            actor=actor,
            action="connectors.channel_changed",
            organisation=channel.organisation,
            subject=channel,
            before={name: before[name] for name in changed},
            after=changed,
        )
    return channel


@transaction.atomic
def issue_channel_token(channel: Channel, actor: User | None, *, name: str = "") -> IssuedToken:
    """Make a new API token for ``channel``. The secret is returned once; only its hash is kept."""
    require_org_perm(actor, "connectors.add_channeltoken", channel.organisation)
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ChannelToken.objects.create(
        channel=channel,
        name=name,
        token_hash=hash_token(secret),
        prefix=secret[:10],
        created_by=actor if actor is not None and actor.is_authenticated else None,
    )
    record_audit_event(
        actor=actor,
        action="connectors.token_issued",
        organisation=channel.organisation,
        subject=channel,
        after={"token": token.prefix + "…", "name": name},
    )
    return IssuedToken(token=token, secret=secret)


@transaction.atomic
def revoke_channel_token(token: ChannelToken, actor: User | None) -> ChannelToken:
    """Stop a token from working; kept for the record."""
    from django.utils import timezone

    require_org_perm(actor, "connectors.change_channeltoken", token.channel.organisation)
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        record_audit_event(
            actor=actor,
            action="connectors.token_revoked",
            organisation=token.channel.organisation,
            subject=token.channel,
            after={"token": token.prefix + "…"},
        )
    return token


def channel_for_token(secret: str) -> ChannelToken | None:
    """The active token with this secret, or None."""
    if not secret:
        return None
    return (
        ChannelToken.objects.select_related("channel", "channel__organisation")
        .filter(token_hash=hash_token(secret), revoked_at__isnull=True)
        .first()
    )
