"""Rolled-up counts behind the insights pages and the transparency report.

The pages never read a million comments: ``services.refresh_rollups`` groups them and stores the
counts here. Every row can be rebuilt from the comments, decisions and review items at any time.

Two ideas keep every page query small, whatever the period:

* **Grains.** Each count is stored per day, per month and per year (``grain``; ``day`` is the
  first day of the period). A page period is read as whole years, then whole months, then the
  remaining days (``selectors.period_segments``), so a year of figures is one row per key, not 365.
* **Levels.** A ``NULL`` in a key column means "all of them": a ``CommentCount`` row with
  ``post_id=NULL`` counts every post of its channel and topic; an ``AuthorCount`` row with
  ``topic=NULL`` counts an author over every topic. Pages without a post or topic filter read only
  those summed rows; the per-post and per-topic rows are read only when a page asks for them.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Grain(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


# The rolled-up rows are derived data, written millions at a time by one refresh and deleted
# with their organisation, channel or author by Django (``on_delete``). Database constraints
# (``db_constraint=False``) would only check at commit what the refresh itself guarantees, and
# made a full refresh of a million comments several minutes slower.


class _Rollup(models.Model):
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,
        db_index=False,  # every index of these tables starts with the organisation
    )
    grain = models.CharField(_("grain"), max_length=5, choices=Grain.choices, default=Grain.DAY)
    day = models.DateField(_("first day of the period"))
    channel = models.ForeignKey(
        "connectors.Channel",
        verbose_name=_("channel"),
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,
        db_index=False,  # deleting a channel is rare; the refresh writes millions of rows
    )
    topic = models.CharField(_("topic"), max_length=100, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.grain} {self.day} {self.channel_id} {self.topic or '-'}"


class CommentCount(_Rollup):
    """Comments of one channel, topic and post (``NULL``: all posts) in one period, and what became
    of them."""

    post_id = models.CharField(_("post"), max_length=200, null=True, blank=True)
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
    # Review items of the inbox (opened for these comments) and how fast they were resolved.
    review_opened = models.PositiveIntegerField(_("review items opened"), default=0)
    review_resolved = models.PositiveIntegerField(_("review items resolved"), default=0)
    review_in_time = models.PositiveIntegerField(_("resolved before the due time"), default=0)
    review_seconds = models.BigIntegerField(_("total time to resolve (s)"), default=0)
    post_reach = models.PositiveIntegerField(_("reach of the post"), null=True, blank=True)

    class Meta:
        verbose_name = _("comment count")
        verbose_name_plural = _("comment counts")
        indexes = [
            models.Index(
                fields=["organisation", "grain", "day"],
                condition=Q(post_id__isnull=True),
                name="insights_cc_all_posts",
            ),
            models.Index(
                fields=["organisation", "grain", "post_id", "day"],
                condition=Q(post_id__isnull=False),
                name="insights_cc_per_post",
            ),
            # The busiest posts of a period: read from the index alone (PostgreSQL). The read
            # columns are key columns, not INCLUDE: SQLite has no INCLUDE.
            models.Index(
                fields=[
                    "organisation",
                    "grain",
                    "day",
                    "post_id",
                    "channel",
                    "topic",
                    "comments",
                    "post_reach",
                ],
                condition=Q(post_id__isnull=False),
                name="insights_cc_busiest_posts",
            ),
        ]
        permissions = [
            ("view_insights", _("Can view insights")),
            ("export_insights", _("Can export insights as CSV")),
            ("refresh_insights", _("Can recompute insights")),
        ]


class RuleCount(_Rollup):
    """Comments whose current decision names one house rule, per action and decider; ``post_id``
    ``NULL`` counts every post of the channel and topic."""

    post_id = models.CharField(_("post"), max_length=200, null=True, blank=True)
    rule_code = models.CharField(_("house rule"), max_length=20)
    action = models.CharField(_("action"), max_length=10)
    automated = models.BooleanField(_("decided automatically"))
    comments = models.PositiveIntegerField(_("comments"), default=0)

    class Meta:
        verbose_name = _("house rule count")
        verbose_name_plural = _("house rule counts")
        indexes = [
            models.Index(
                fields=["organisation", "grain", "day"],
                condition=Q(post_id__isnull=True),
                name="insights_rc_all_posts",
            ),
            models.Index(
                fields=["organisation", "post_id", "day"],
                condition=Q(post_id__isnull=False),
                name="insights_rc_per_post",
            ),
        ]


class AuthorCount(_Rollup):
    """Comments of one author in one period (participation inequality, repeat authors).

    ``topic=NULL`` rows sum an author over every topic (the overall and per-channel figures: an
    author belongs to one channel). Per-post rows live in ``AuthorPostCount``.
    """

    topic = models.CharField(_("topic"), max_length=100, null=True, blank=True)
    author = models.ForeignKey(
        "moderation.Author",
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,
    )
    comments = models.PositiveIntegerField(_("comments"), default=0)
    restricted = models.PositiveIntegerField(_("hidden or deleted"), default=0)

    class Meta:
        verbose_name = _("author count")
        verbose_name_plural = _("author counts")
        # Covering indexes: the per-author sums of a period are read from the index alone
        # (PostgreSQL), not from rows scattered over the table. The read columns are key columns,
        # not INCLUDE: SQLite has no INCLUDE.
        indexes = [
            models.Index(
                fields=[
                    "organisation",
                    "grain",
                    "day",
                    "author",
                    "channel",
                    "comments",
                    "restricted",
                ],
                condition=Q(topic__isnull=True),
                name="insights_ac_all_topics",
            ),
            models.Index(
                fields=[
                    "organisation",
                    "grain",
                    "day",
                    "topic",
                    "author",
                    "channel",
                    "comments",
                    "restricted",
                ],
                condition=Q(topic__isnull=False),
                name="insights_ac_per_topic",
            ),
        ]


class AuthorPostCount(models.Model):
    """Comments of one author under one post on one day (participation per post).

    Only per day: a post is read on its own (or the twenty busiest posts), a few rows each.
    """

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,
        db_index=False,
    )
    day = models.DateField(_("day"))
    channel = models.ForeignKey(
        "connectors.Channel",
        verbose_name=_("channel"),
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,
        db_index=False,
    )
    topic = models.CharField(_("topic"), max_length=100, blank=True)
    post_id = models.CharField(_("post"), max_length=200, blank=True)
    author = models.ForeignKey(
        "moderation.Author",
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,
    )
    comments = models.PositiveIntegerField(_("comments"), default=0)
    restricted = models.PositiveIntegerField(_("hidden or deleted"), default=0)

    class Meta:
        verbose_name = _("author count per post")
        verbose_name_plural = _("author counts per post")
        indexes = [models.Index(fields=["organisation", "post_id", "day"])]

    def __str__(self) -> str:
        return f"{self.day} {self.post_id} {self.author_id}"


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
    # Another comment of the organisation has the same word key. Only these can be copies, so the
    # coordination page reads a handful of rows instead of every comment of the period.
    shared = models.BooleanField(_("text seen more than once"), default=False)

    class Meta:
        verbose_name = _("comment fingerprint")
        verbose_name_plural = _("comment fingerprints")
        indexes = [
            models.Index(fields=["organisation", "created_at"]),
            models.Index(fields=["organisation", "word_key"]),
            models.Index(
                fields=["organisation", "created_at"],
                condition=Q(shared=True),
                name="insights_fp_shared",
            ),
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
