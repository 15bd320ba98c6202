"""The social media policy of an organisation, as versioned data.

The content of a version is the validated document of the YAML form (``sereen.engine.policyfile``),
so what is approved is exactly what the moderation engine enforces.

Approved, published and superseded versions are immutable. The services refuse to change them, and
so does ``save()`` here, so that not even the admin or a stray script can change what the governing
body approved. Only the publication steps (approved → published → superseded) may still move them.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class VersionIsImmutable(Exception):
    """Raised on any attempt to change the content of an approved, published or superseded version."""


class Policy(models.Model):
    """The one social media policy of an organisation; its content lives in versions."""

    organisation = models.OneToOneField(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="policy",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("policy")
        verbose_name_plural = _("policies")

    def __str__(self) -> str:
        return str(self.organisation)


#: Fields that make up what the governing body approved; frozen from approval on.
FROZEN_FIELDS = (
    "policy_id",
    "number",
    "document",
    "based_on_id",
    "created_by_id",
    "change_note",
    "submitted_at",
    "submitted_by_id",
    "approved_at",
    "approved_by_id",
    "approval_body",
    "decision_date",
    "decision_reference",
    "review_date",
    "approval_note",
)

#: The only moves a locked version may still make, with the fields each move may set.
LOCKED_TRANSITIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("approved", "approved"): (),
    ("approved", "published"): ("published_at", "published_by_id"),
    ("published", "published"): (),
    ("published", "superseded"): ("superseded_at",),
    ("superseded", "superseded"): (),
}


class PolicyVersionQuerySet(models.QuerySet["PolicyVersion"]):
    def locked(self) -> PolicyVersionQuerySet:
        return self.filter(state__in=PolicyVersion.LOCKED_STATES)

    def update(self, **kwargs: Any) -> int:
        # A bulk update bypasses save(); refuse it for frozen fields of locked versions too.
        frozen = {name.removesuffix("_id") for name in FROZEN_FIELDS}
        touched = {name.removesuffix("_id") for name in kwargs} & frozen
        if touched and self.locked().exists():
            raise VersionIsImmutable(
                f"Approved versions cannot be changed (fields: {', '.join(sorted(touched))})."
            )
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if self.locked().exists():
            raise VersionIsImmutable("Approved versions cannot be deleted.")
        return super().delete()


class PolicyVersion(models.Model):
    """One version of a policy: drafted, submitted, approved by the governing body, then published."""

    class State(models.TextChoices):
        DRAFT = "draft", _("draft")
        SUBMITTED = "submitted", _("submitted for approval")
        APPROVED = "approved", _("approved")
        PUBLISHED = "published", _("published")
        SUPERSEDED = "superseded", _("superseded")

    LOCKED_STATES = (State.APPROVED, State.PUBLISHED, State.SUPERSEDED)

    policy = models.ForeignKey(
        Policy, verbose_name=_("policy"), on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField(_("version number"))
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.DRAFT)
    document = models.JSONField(_("content"), default=dict)
    based_on = models.ForeignKey(
        "self",
        verbose_name=_("based on"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    change_note = models.TextField(
        _("what changed"),
        blank=True,
        help_text=_("A short explanation for the governing body of what this version changes."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    returned_reason = models.TextField(
        _("reason for returning"),
        blank=True,
        help_text=_("Why the governing body sent the version back to draft."),
    )
    approved_at = models.DateTimeField(_("approval recorded at"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approval recorded by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    approval_body = models.CharField(_("approved by (body)"), max_length=200, blank=True)
    decision_date = models.DateField(_("date of the decision"), null=True, blank=True)
    decision_reference = models.CharField(_("decision reference"), max_length=200, blank=True)
    review_date = models.DateField(_("review date"), null=True, blank=True)
    approval_note = models.TextField(_("note with the approval"), blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    superseded_at = models.DateTimeField(_("superseded at"), null=True, blank=True)

    objects = PolicyVersionQuerySet.as_manager()

    class Meta:
        verbose_name = _("policy version")
        verbose_name_plural = _("policy versions")
        ordering = ["policy", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["policy", "number"], name="unique_version_number")
        ]
        permissions = [
            ("edit_draft", _("Can write, import and discard draft versions")),
            ("submit_version", _("Can submit a version to the governing body")),
            ("approve_version", _("Can record the approval or return of a version")),
            ("publish_version", _("Can publish an approved version")),
            ("send_code_of_conduct", _("Can send the code of conduct to all staff")),
            ("view_acknowledgements", _("Can see who acknowledged the code of conduct")),
            ("acknowledge_code_of_conduct", _("Can acknowledge the code of conduct")),
        ]

    def __str__(self) -> str:
        return f"{self.policy} v{self.number}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            self._refuse_changes_to_locked_version()
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        if self.pk is not None:
            stored = type(self).objects.filter(pk=self.pk).values_list("state", flat=True).first()
            if stored in self.LOCKED_STATES:
                raise VersionIsImmutable(f"{self} is {stored} and cannot be deleted.")
        return super().delete(*args, **kwargs)

    @property
    def is_locked(self) -> bool:
        return self.state in self.LOCKED_STATES

    @property
    def is_editable(self) -> bool:
        return self.state == self.State.DRAFT

    def _refuse_changes_to_locked_version(self) -> None:
        names = ("state", *FROZEN_FIELDS, "published_at", "published_by_id", "superseded_at")
        stored = type(self).objects.filter(pk=self.pk).values(*names).first()
        if stored is None or stored["state"] not in self.LOCKED_STATES:
            return
        move = (stored["state"], self.state)
        if move not in LOCKED_TRANSITIONS:
            raise VersionIsImmutable(f"{self} is {stored['state']}; it cannot become {self.state}.")
        may_set = LOCKED_TRANSITIONS[move]
        changed = [
            name
            for name in names
            if name != "state" and name not in may_set and getattr(self, name) != stored[name]
        ]
        if changed:
            raise VersionIsImmutable(
                f"{self} is {stored['state']} and cannot be changed (fields: {', '.join(changed)}). "
                "Start a new draft instead."
            )


class CodeOfConductDistribution(models.Model):
    """The published code of conduct was sent to all staff by e-mail."""

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    version = models.ForeignKey(
        PolicyVersion, verbose_name=_("version"), on_delete=models.PROTECT, related_name="+"
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    recipients = models.JSONField(_("recipients"), default=list)
    without_email = models.JSONField(
        _("staff without an e-mail address"),
        default=list,
        help_text=_("They were not mailed; tell them in person."),
    )

    class Meta:
        verbose_name = _("code of conduct sent to staff")
        verbose_name_plural = _("codes of conduct sent to staff")
        ordering = ["-sent_at", "-id"]

    def __str__(self) -> str:
        return f"{self.version} – {self.sent_at:%Y-%m-%d}"


class CodeOfConductAcknowledgement(models.Model):
    """A staff member confirmed having read the code of conduct of a published version.

    ``code_digest`` identifies the text of the code itself, so a new policy version that leaves the
    code untouched does not ask everyone to acknowledge it again.
    """

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        on_delete=models.PROTECT,
        related_name="code_acknowledgements",
    )
    version = models.ForeignKey(
        PolicyVersion, verbose_name=_("version"), on_delete=models.PROTECT, related_name="+"
    )
    code_digest = models.CharField(_("code of conduct fingerprint"), max_length=64, db_index=True)
    acknowledged_at = models.DateTimeField(_("acknowledged at"), auto_now_add=True)

    class Meta:
        verbose_name = _("acknowledgement of the code of conduct")
        verbose_name_plural = _("acknowledgements of the code of conduct")
        ordering = ["-acknowledged_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "version"], name="one_acknowledgement_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.version}"


class ReviewReminder(models.Model):
    """A reminder that the review date of a published version is near (or past) was sent."""

    version = models.ForeignKey(
        PolicyVersion,
        verbose_name=_("version"),
        on_delete=models.PROTECT,
        related_name="review_reminders",
    )
    sent_at = models.DateTimeField(_("sent at"))
    review_date = models.DateField(_("review date"))
    recipients = models.JSONField(_("recipients"), default=list)

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        ordering = ["-sent_at", "-id"]

    def __str__(self) -> str:
        return f"{self.version} – {self.sent_at:%Y-%m-%d}"
