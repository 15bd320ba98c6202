"""The review inbox: comments the engine leaves to people, their notes and the reply templates."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Priority(models.TextChoices):
    """How urgent a review item is; the order of ``RANK`` is the order of the queue."""

    URGENT = "urgent", _("urgent")
    HIGH = "high", _("high")
    NORMAL = "normal", _("normal")
    LOW = "low", _("low")


#: Sort key per priority (urgent first). Stored on the item so the queue sorts in the database.
PRIORITY_RANK = {Priority.URGENT: 0, Priority.HIGH: 1, Priority.NORMAL: 2, Priority.LOW: 3}


RESOLUTION_LABELS = {
    "keep": _("approved"),
    "reply": _("replied"),
    "hide": _("hidden"),
    "delete": _("deleted"),
}


class ReviewItem(models.Model):
    """One comment waiting for (or handled by) a person, with its deadline from the policy."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        RESOLVED = "resolved", _("resolved")

    comment = models.OneToOneField(
        "moderation.Comment",
        verbose_name=_("comment"),
        on_delete=models.PROTECT,
        related_name="review_item",
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="review_items",
    )
    decision = models.ForeignKey(
        "moderation.ModerationDecision",
        verbose_name=_("decision that opened it"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    priority = models.CharField(
        _("priority"), max_length=10, choices=Priority.choices, default=Priority.NORMAL
    )
    priority_rank = models.PositiveSmallIntegerField(_("priority rank"), default=2)
    opened_at = models.DateTimeField(_("opened at"), default=timezone.now)
    due_at = models.DateTimeField(_("due at"), db_index=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_review_items",
    )
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    resolution = models.CharField(_("action taken"), max_length=10, blank=True)
    overdue_notified_at = models.DateTimeField(_("overdue notice sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("review item")
        verbose_name_plural = _("review items")
        ordering = ["priority_rank", "due_at", "pk"]
        indexes = [models.Index(fields=["organisation", "status", "priority_rank", "due_at"])]
        permissions = [
            ("handle_reviewitem", _("Can handle review items (keep, hide, delete)")),
            ("reply_reviewitem", _("Can answer review items with a reply")),
        ]

    def __str__(self) -> str:
        return f"{self.get_priority_display()} – {self.comment_id}"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def resolution_label(self) -> str:
        return str(RESOLUTION_LABELS.get(self.resolution, self.resolution))

    def is_overdue(self, now=None) -> bool:
        return self.is_open and self.due_at < (now or timezone.now())


class InternalNote(models.Model):
    """A note between colleagues about a review item; never shown to the author."""

    item = models.ForeignKey(
        ReviewItem, verbose_name=_("review item"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.text[:60]


class ReplyTemplate(models.Model):
    """A reply in plain Dutch for one house rule (blank rule: general, questions, criticism).

    The text may use ``{regel}`` (the rule code and title), ``{huisregels_url}`` (the public house
    rules) and ``{naam}`` (the author's handle).
    """

    class Kind(models.TextChoices):
        RULE = "rule", _("house rule")
        QUESTION = "question", _("question")
        CRITICISM = "criticism", _("criticism")
        GENERAL = "general", _("general")

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="reply_templates",
    )
    rule_code = models.CharField(
        _("house rule"), max_length=20, blank=True, help_text=_("Empty: a general template.")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.GENERAL)
    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(
        _("text"),
        help_text=_("Placeholders: {regel}, {huisregels_url}, {naam}."),
    )
    is_active = models.BooleanField(_("in use"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")
        ordering = ["rule_code", "kind", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "title"], name="unique_reply_template_title"
            )
        ]
        permissions = [("manage_replytemplate", _("Can manage reply templates"))]

    def __str__(self) -> str:
        return f"{self.rule_code or '-'} {self.title}"
