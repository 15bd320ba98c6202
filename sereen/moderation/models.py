"""What happened to a comment and why: the comment as received, and every decision about it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ModerationAction(models.TextChoices):
    """The action of a decision, as the engine names it (``sereen.engine.policy.Action``)."""

    KEEP = "keep", _("keep")
    REPLY = "reply", _("reply")
    REVIEW = "review", _("send to review")
    HIDE = "hide", _("hide")
    DELETE = "delete", _("delete")


class Escalation(models.TextChoices):
    NONE = "none", _("none")
    POLICE = "police", _("police")
    UNIA = "unia", _("Unia")
    PLATFORM = "platform", _("platform")


class Author(models.Model):
    """Someone who commented on a channel, known by the platform's id for them."""

    channel = models.ForeignKey(
        "connectors.Channel",
        verbose_name=_("channel"),
        on_delete=models.PROTECT,
        related_name="authors",
    )
    platform_author_id = models.CharField(_("platform id"), max_length=200)
    handle = models.CharField(_("name on the platform"), max_length=200, blank=True)
    first_seen_at = models.DateTimeField(_("first seen"), null=True, blank=True)
    account_created_at = models.DateTimeField(
        _("account created"),
        null=True,
        blank=True,
        help_text=_("When the platform says the account was made."),
    )

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "platform_author_id"], name="unique_author_per_channel"
            )
        ]

    def __str__(self) -> str:
        return self.handle or self.platform_author_id


class Comment(models.Model):
    """A comment exactly as a platform sent it, plus where it stands now."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("received, not yet decided")
        DECIDED = "decided", _("decided automatically")
        AWAITING_REVIEW = "awaiting_review", _("awaiting review")
        REVIEWED = "reviewed", _("reviewed by a person")

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="comments",
    )
    channel = models.ForeignKey(
        "connectors.Channel",
        verbose_name=_("channel"),
        on_delete=models.PROTECT,
        related_name="comments",
    )
    platform_comment_id = models.CharField(_("platform id"), max_length=200)
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="comments"
    )
    text = models.TextField(_("text"))
    post_id = models.CharField(_("post"), max_length=200, blank=True, db_index=True)
    post_text = models.TextField(_("text of the post"), blank=True)
    post_reach = models.PositiveIntegerField(_("reach of the post"), null=True, blank=True)
    parent_comment_id = models.CharField(_("replies to"), max_length=200, blank=True)
    topic = models.CharField(_("topic"), max_length=100, blank=True, db_index=True)
    created_at = models.DateTimeField(_("posted at"), db_index=True)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)
    raw = models.JSONField(_("as received"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    visible = models.BooleanField(_("visible"), default=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "platform_comment_id"], name="unique_comment_per_channel"
            )
        ]
        indexes = [
            models.Index(fields=["organisation", "created_at"]),
            models.Index(fields=["channel", "created_at"]),
        ]
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.author}: {self.text[:60]}"


class ModerationDecision(models.Model):
    """One decision about a comment, by the engine or by a person, under one policy version."""

    comment = models.ForeignKey(
        Comment, verbose_name=_("comment"), on_delete=models.PROTECT, related_name="decisions"
    )
    action = models.CharField(_("action"), max_length=10, choices=ModerationAction.choices)
    visible = models.BooleanField(_("stays visible"))
    escalate = models.CharField(
        _("escalate to"), max_length=10, choices=Escalation.choices, default="none"
    )
    rules = models.JSONField(_("house rules"), default=list, blank=True)
    reason = models.TextField(_("reason for the author"), blank=True)
    evidence = models.JSONField(_("evidence"), default=list, blank=True)
    confidence = models.FloatField(_("confidence"), default=0.0)
    policy_version = models.ForeignKey(
        "policy.PolicyVersion",
        verbose_name=_("policy version"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    policy_version_label = models.CharField(_("policy version label"), max_length=50, blank=True)
    automated = models.BooleanField(_("decided automatically"), default=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), auto_now_add=True, db_index=True)
    note = models.TextField(_("internal note"), blank=True)
    is_current = models.BooleanField(_("current decision"), default=True)
    reference = models.CharField(
        _("reference"),
        max_length=12,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Short code in the reason message; the author quotes it to appeal."),
    )
    statement_of_reasons = models.JSONField(
        _("statement of reasons"),
        default=dict,
        blank=True,
        help_text=_(
            "Modelled on the EU DSA art. 17 statement of reasons; empty when nothing was restricted."
        ),
    )
    warn = models.BooleanField(_("author warned"), default=False)
    offence = models.PositiveIntegerField(_("offence number on the ladder"), null=True, blank=True)
    propose_block_days = models.IntegerField(
        _("proposed block (days, 0 = permanent)"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("moderation decision")
        verbose_name_plural = _("moderation decisions")
        ordering = ["-decided_at", "-id"]
        indexes = [models.Index(fields=["comment", "is_current"])]
        permissions = [
            ("decide_comment", _("Can decide on a comment (keep, hide, delete ...)")),
            ("reply_comment", _("Can reply to a comment")),
            ("escalate_comment", _("Can escalate a comment to police, Unia or the platform")),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} – {self.comment_id}"


class PlatformAction(models.Model):
    """What should happen on the platform (planned) and what actually happened there.

    Decisions plan actions; a connector adapter carries them out and reports back through
    ``record_platform_result``. An action the platform does not offer is kept as
    ``not_supported_by_platform`` with a note, so a person knows to do it by hand.
    """

    class Kind(models.TextChoices):
        HIDE = "hide", _("hide")
        UNHIDE = "unhide", _("unhide")
        DELETE = "delete", _("delete")
        REPLY = "reply", _("reply")
        BLOCK = "block", _("block author")
        UNBLOCK = "unblock", _("unblock author")
        REPORT = "report", _("report to the platform")

    class Status(models.TextChoices):
        PLANNED = "planned", _("planned")
        DONE = "done", _("carried out")
        FAILED = "failed", _("failed")
        NOT_SUPPORTED = "not_supported_by_platform", _("not supported by the platform")

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    channel = models.ForeignKey(
        "connectors.Channel",
        verbose_name=_("channel"),
        on_delete=models.PROTECT,
        related_name="platform_actions",
    )
    comment = models.ForeignKey(
        Comment,
        verbose_name=_("comment"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="platform_actions",
    )
    author = models.ForeignKey(
        Author,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="platform_actions",
    )
    decision = models.ForeignKey(
        ModerationDecision,
        verbose_name=_("decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="platform_actions",
    )
    kind = models.CharField(_("action"), max_length=10, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=30, choices=Status.choices, default=Status.PLANNED, db_index=True
    )
    payload = models.JSONField(_("details"), default=dict, blank=True)
    note = models.TextField(_("note"), blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    error = models.TextField(_("last error"), blank=True)
    planned_at = models.DateTimeField(_("planned at"), auto_now_add=True)
    executed_at = models.DateTimeField(_("carried out at"), null=True, blank=True)

    class Meta:
        verbose_name = _("platform action")
        verbose_name_plural = _("platform actions")
        ordering = ["-planned_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_status_display()})"


class Strike(models.Model):
    """One counted violation of an author, for the policy's action ladder."""

    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="strikes"
    )
    comment = models.ForeignKey(
        Comment, verbose_name=_("comment"), on_delete=models.PROTECT, related_name="strikes"
    )
    decision = models.ForeignKey(
        ModerationDecision,
        verbose_name=_("decision"),
        on_delete=models.PROTECT,
        related_name="strikes",
    )
    rule_code = models.CharField(_("house rule"), max_length=20)
    created_at = models.DateTimeField(_("counted at"), db_index=True)
    warned = models.BooleanField(_("warned"), default=False)
    revoked = models.BooleanField(
        _("revoked"), default=False, help_text=_("Set when the decision was overturned.")
    )

    class Meta:
        verbose_name = _("strike")
        verbose_name_plural = _("strikes")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.author} – {self.rule_code}"


class Block(models.Model):
    """Blocking an author from a channel: proposed (by the ladder or a person), then confirmed."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        CONFIRMED = "confirmed", _("confirmed")
        LIFTED = "lifted", _("lifted")
        REJECTED = "rejected", _("not confirmed")

    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="blocks"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED
    )
    reason = models.TextField(_("reason"), blank=True)
    rule_code = models.CharField(_("house rule"), max_length=20, blank=True)
    days = models.PositiveIntegerField(_("days (0 = permanent)"), default=0)
    decision = models.ForeignKey(
        ModerationDecision,
        verbose_name=_("decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="blocks",
    )
    starts_at = models.DateTimeField(_("starts at"), null=True, blank=True)
    ends_at = models.DateTimeField(
        _("ends at"), null=True, blank=True, help_text=_("Empty: a permanent block.")
    )
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lifted by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    lifted_at = models.DateTimeField(_("lifted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        ordering = ["-proposed_at"]
        permissions = [
            ("propose_block", _("Can propose to block an author")),
            ("confirm_block", _("Can confirm or lift a block")),
        ]

    def __str__(self) -> str:
        return f"{self.author} – {self.get_status_display()}"


class Appeal(models.Model):
    """An objection against a decision, by the author (public form) or by a colleague."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        DECIDED = "decided", _("decided")

    class Outcome(models.TextChoices):
        UPHELD = "upheld", _("decision upheld")
        OVERTURNED = "overturned", _("decision overturned")
        PARTIALLY_OVERTURNED = "partially_overturned", _("decision partly overturned")

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="appeals",
    )
    comment = models.ForeignKey(
        Comment, verbose_name=_("comment"), on_delete=models.PROTECT, related_name="appeals"
    )
    decision = models.ForeignKey(
        ModerationDecision,
        verbose_name=_("contested decision"),
        on_delete=models.PROTECT,
        related_name="appeals",
    )
    reference = models.CharField(_("reference"), max_length=12, unique=True)
    filed_by_public = models.BooleanField(_("filed by the author"), default=False)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("filed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    text = models.TextField(_("explanation"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    outcome = models.CharField(_("outcome"), max_length=25, choices=Outcome.choices, blank=True)
    outcome_note = models.TextField(_("explanation of the outcome"), blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("filed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("appeal")
        verbose_name_plural = _("appeals")
        ordering = ["-created_at"]
        permissions = [
            ("file_appeal", _("Can contest a decision on behalf of a colleague or citizen")),
            ("handle_appeal", _("Can decide on an appeal")),
        ]

    def __str__(self) -> str:
        return f"{self.reference} ({self.get_status_display()})"


class CrisisPeriod(models.Model):
    """A period of crisis mode, or a proposal to start one (``started_at`` still empty)."""

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="crisis_periods",
    )
    reason = models.TextField(_("reason"))
    proposed_automatically = models.BooleanField(_("proposed automatically"), default=False)
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ended by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("crisis period")
        verbose_name_plural = _("crisis periods")
        ordering = ["-proposed_at"]
        permissions = [("manage_crisis_mode", _("Can switch crisis mode on and off"))]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.started_at or self.proposed_at:%Y-%m-%d %H:%M}"

    @property
    def is_active(self) -> bool:
        return self.started_at is not None and self.ended_at is None
