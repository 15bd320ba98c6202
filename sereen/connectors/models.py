"""Channels: the pages and accounts an organisation runs, and what each platform lets us do there."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Platform(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    YOUTUBE = "youtube", "YouTube"
    X = "x", "X"
    LINKEDIN = "linkedin", "LinkedIn"
    MASTODON = "mastodon", "Mastodon"
    BLUESKY = "bluesky", "Bluesky"
    TIKTOK = "tiktok", "TikTok"
    WEBSITE = "website", _("website comment section")


class Capability(models.TextChoices):
    """A moderation action a platform lets a page owner carry out on comments."""

    HIDE = "hide", _("hide")
    DELETE = "delete", _("delete")
    REPLY = "reply", _("reply")
    BLOCK = "block", _("block author")
    REPORT = "report", _("report to the platform")


# What each platform lets a page owner do with comments on its own posts, per the capability matrix
# in shared/design/platforms-and-context.md §0. Where the API only offers a near equivalent we count
# it (YouTube "reject" = hide, YouTube "banAuthor" = block, Bluesky threadgate hiddenReplies = hide);
# where the owner cannot act at all we leave it out, so the decision says what to do by hand:
# X can only hide replies (block is Enterprise-only), Instagram and TikTok cannot block, only
# Facebook, Instagram and LinkedIn can delete others' comments, Mastodon owners can only reply,
# block and report. "report" means reporting the comment to the platform itself.
PLATFORM_CAPABILITIES: dict[str, frozenset[str]] = {
    Platform.FACEBOOK: frozenset({"hide", "delete", "reply", "block"}),
    Platform.INSTAGRAM: frozenset({"hide", "delete", "reply"}),
    Platform.YOUTUBE: frozenset({"hide", "reply", "block"}),
    Platform.X: frozenset({"hide", "reply"}),
    Platform.LINKEDIN: frozenset({"delete", "reply"}),
    Platform.MASTODON: frozenset({"reply", "block", "report"}),
    Platform.BLUESKY: frozenset({"hide", "reply", "block", "report"}),
    Platform.TIKTOK: frozenset({"hide", "reply"}),
    Platform.WEBSITE: frozenset({"hide", "delete", "reply", "block"}),
}


class Channel(models.Model):
    """One page or account of an organisation on one platform."""

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="channels",
    )
    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices)
    name = models.CharField(_("name"), max_length=200)
    handle = models.CharField(_("account or page"), max_length=200, blank=True)
    url = models.URLField(_("address"), blank=True)
    external_id = models.CharField(_("platform id"), max_length=200, blank=True)
    follower_count = models.PositiveIntegerField(
        _("followers"),
        null=True,
        blank=True,
        help_text=_("From the platform or entered by hand; used for reach."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    adapter = models.CharField(
        _("connector"),
        max_length=30,
        blank=True,
        choices=[("", _("none: actions are carried out by hand")), ("demo", _("demo"))],
        help_text=_("Which connector carries out hide, delete, reply and block on the platform."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("channel")
        verbose_name_plural = _("channels")
        ordering = ["organisation", "platform", "name"]
        permissions = [("import_comments", _("Can import comments from a platform export"))]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_platform_display()})"

    @property
    def capabilities(self) -> frozenset[str]:
        return PLATFORM_CAPABILITIES.get(self.platform, frozenset())

    def allows(self, capability: str) -> bool:
        return capability in self.capabilities

    def capability_labels(self) -> list[str]:
        """What the platform allows, as readable labels in a fixed order (hide, delete, ...)."""
        return [str(label) for value, label in Capability.choices if value in self.capabilities]

    def missing_capability_labels(self) -> list[str]:
        """What the platform does not allow; Sereen then says what to do by hand."""
        return [str(label) for value, label in Capability.choices if value not in self.capabilities]


class ChannelToken(models.Model):
    """An API key with which one integration may send comments for one channel.

    Only a SHA-256 hash is stored: the token itself is shown once, when it is issued.
    """

    channel = models.ForeignKey(
        Channel, verbose_name=_("channel"), on_delete=models.CASCADE, related_name="tokens"
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    prefix = models.CharField(
        _("first characters"), max_length=12, help_text=_("To recognise the token.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("channel token")
        verbose_name_plural = _("channel tokens")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.channel})"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
