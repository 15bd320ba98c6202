"""Rolled-up counts behind the insights pages and the transparency report.

The pages never read a million comments: ``services.refresh_rollups`` groups them per organisation,
channel, day, post and topic (and per author, per house rule) with ``GROUP BY`` in the database and
stores the counts here. Every row can be rebuilt from the comments and decisions at any time.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class _DayKey(models.Model):
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    channel = models.ForeignKey(
        "connectors.Channel", verbose_name=_("channel"), on_delete=models.CASCADE, related_name="+"
    )
    day = models.DateField(_("day"))
    post_id = models.CharField(_("post"), max_length=200, blank=True)
    topic = models.CharField(_("topic"), max_length=100, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.day} {self.channel_id} {self.post_id or '-'} {self.topic or '-'}"


class DailyCommentCount(_DayKey):
    """Comments of one channel, day, post and topic, and what became of them."""

    comments = models.PositiveIntegerField(_("comments"), default=0)
    hidden = models.PositiveIntegerField(_("hidden"), default=0)
    deleted = models.PositiveIntegerField(_("deleted"), default=0)
    in_review = models.PositiveIntegerField(_("awaiting review"), default=0)
    undecided = models.PositiveIntegerField(_("not decided"), default=0)
    automated = models.PositiveIntegerField(_("decided automatically"), default=0)
    by_person = models.PositiveIntegerField(_("decided by a person"), default=0)
    # Comments a person decided after the engine had decided keep or restrict (not "review").
    reviewed = models.PositiveIntegerField(_("engine decision reviewed"), default=0)
    agreed = models.PositiveIntegerField(_("person agreed with the engine"), default=0)
    # Time from posting to a person's decision, summed over ``response_count`` comments.
    response_count = models.PositiveIntegerField(_("decided by a person (timed)"), default=0)
    response_seconds = models.BigIntegerField(_("total response time (s)"), default=0)
    post_reach = models.PositiveIntegerField(_("reach of the post"), null=True, blank=True)

    class Meta:
        verbose_name = _("daily comment count")
        verbose_name_plural = _("daily comment counts")
        indexes = [models.Index(fields=["organisation", "day"])]
        permissions = [
            ("view_insights", _("Can view insights")),
            ("export_insights", _("Can export insights as CSV")),
            ("refresh_insights", _("Can recompute insights")),
        ]


class DailyRuleCount(_DayKey):
    """Comments whose current decision names one house rule, per action and decider."""

    rule_code = models.CharField(_("house rule"), max_length=20)
    action = models.CharField(_("action"), max_length=10)
    automated = models.BooleanField(_("decided automatically"))
    comments = models.PositiveIntegerField(_("comments"), default=0)

    class Meta:
        verbose_name = _("daily house rule count")
        verbose_name_plural = _("daily house rule counts")
        indexes = [models.Index(fields=["organisation", "day"])]


class AuthorDailyCount(_DayKey):
    """Comments of one author on one channel, day, post and topic (participation inequality)."""

    author = models.ForeignKey(
        "moderation.Author", verbose_name=_("author"), on_delete=models.CASCADE, related_name="+"
    )
    comments = models.PositiveIntegerField(_("comments"), default=0)
    restricted = models.PositiveIntegerField(_("hidden or deleted"), default=0)

    class Meta:
        verbose_name = _("daily author count")
        verbose_name_plural = _("daily author counts")
        indexes = [models.Index(fields=["organisation", "day", "author"])]


class CommentFingerprint(models.Model):
    """Text keys of a comment (``measures.text_keys``), for near-identical texts."""

    comment = models.OneToOneField(
        "moderation.Comment",
        verbose_name=_("comment"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    channel = models.ForeignKey(
        "connectors.Channel", verbose_name=_("channel"), on_delete=models.CASCADE, related_name="+"
    )
    author = models.ForeignKey(
        "moderation.Author", verbose_name=_("author"), on_delete=models.CASCADE, related_name="+"
    )
    post_id = models.CharField(_("post"), max_length=200, blank=True)
    topic = models.CharField(_("topic"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("posted at"))
    exact_key = models.CharField(_("normalised text key"), max_length=16, blank=True)
    word_key = models.CharField(_("word set key"), max_length=16, blank=True)

    class Meta:
        verbose_name = _("comment fingerprint")
        verbose_name_plural = _("comment fingerprints")
        indexes = [
            models.Index(fields=["organisation", "created_at"]),
            models.Index(fields=["organisation", "word_key", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.comment_id}: {self.word_key}"


class RollupState(models.Model):
    """When the rolled-up counts of an organisation were last recomputed."""

    organisation = models.OneToOneField(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    refreshed_at = models.DateTimeField(_("recomputed at"))
    since = models.DateField(_("recomputed from"), null=True, blank=True)
    comments = models.PositiveIntegerField(_("comments counted"), default=0)

    class Meta:
        verbose_name = _("insights state")
        verbose_name_plural = _("insights states")

    def __str__(self) -> str:
        return f"{self.organisation_id} @ {self.refreshed_at:%Y-%m-%d %H:%M}"
