"""Organisations (a city, its OCMW, its police zone ...), the people who work in them, and their roles."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    """A public body that runs its own social media policy; one installation serves several."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("municipality")
        OCMW = "ocmw", _("OCMW (public centre for social welfare)")
        POLICE_ZONE = "police_zone", _("police zone")
        LIBRARY = "library", _("library")
        SCHOOL = "school", _("school")
        OTHER = "other", _("other public body")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("web address"),
        unique=True,
        help_text=_("Used in public addresses such as /<slug>/huisregels/."),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.MUNICIPALITY
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("For example the municipality an OCMW or library belongs to."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    """A person working for one or more organisations. Roles live on ``Membership``."""

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class Role(models.TextChoices):
    """The roles of the management process. Each is also a Django group with its permissions."""

    BEHEERDER = "beheerder", _("administrator (beheerder)")
    REDACTEUR = "redacteur", _("editor (redacteur)")
    MODERATOR = "moderator", _("moderator")
    ANTWOORDER = "antwoorder", _("responder (antwoorder)")
    LEIDINGGEVENDE = "leidinggevende", _("manager (leidinggevende)")
    BESTUUR = "bestuur", _("governing body (bestuur)")
    LEZER = "lezer", _("reader / auditor (lezer)")


class Membership(models.Model):
    """A person holds a role in an organisation; a person may hold several."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "role"], name="unique_role_per_org"
            )
        ]
        ordering = ["organisation", "user", "role"]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} – {self.organisation}"
