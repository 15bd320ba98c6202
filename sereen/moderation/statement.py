"""Statements of reasons, modelled on the EU DSA art. 17 statement of reasons.

A municipality that moderates its own Facebook page is not the hosting provider, so art. 17 does not
bind it; Sereen still records every restricting decision in that shape (see
shared/design/anchors-moderation.md §4): it is good governance, and public bodies get challenged.
The statement is stored as JSON on the decision, frozen at decision time, so a later policy version
never changes what the author was told.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

if TYPE_CHECKING:
    from sereen.engine.policy import Policy
    from sereen.moderation.models import Comment, ModerationDecision

RESTRICTING_ACTIONS = frozenset({"hide", "delete"})

_RESTRICTION = {
    "hide": gettext_lazy("Your comment has been hidden: others no longer see it."),
    "delete": gettext_lazy("Your comment has been removed."),
}
_DSA_VISIBILITY = {
    "hide": "DECISION_VISIBILITY_CONTENT_DISABLED",
    "delete": "DECISION_VISIBILITY_CONTENT_REMOVED",
}
_AUTOMATED = {
    "fully": gettext_lazy("This decision was taken automatically by our moderation system."),
    "partially": gettext_lazy(
        "Our moderation system proposed this decision; a member of staff took it."
    ),
    "not": gettext_lazy("A member of staff took this decision."),
}
_DSA_AUTOMATED = {
    "fully": "AUTOMATED_DECISION_FULLY",
    "partially": "AUTOMATED_DECISION_PARTIALLY",
    "not": "AUTOMATED_DECISION_NOT_AUTOMATED",
}


def author_language() -> str:
    """The language of everything Sereen tells an author (the installation's language, Dutch).

    Statements and reason messages are stored and sent, so they must not follow the language of
    whoever happened to trigger the decision (a worker, a staff member with an English interface).
    """
    return settings.LANGUAGE_CODE


def site_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def house_rules_url(org_slug: str) -> str:
    return site_url(f"/{org_slug}/huisregels/")


@lru_cache(maxsize=512)
def _appeal_path(org_slug: str) -> str:
    # Resolved once per organisation: an engine batch builds hundreds of statements.
    return reverse("moderation_public:appeal", kwargs={"org_slug": org_slug})


def appeal_url(org_slug: str, reference: str) -> str:
    return site_url(f"{_appeal_path(org_slug)}?referentie={reference}")


def statement_url(org_slug: str, reference: str) -> str:
    return site_url(
        reverse(
            "moderation_public:statement", kwargs={"org_slug": org_slug, "reference": reference}
        )
    )


def rule_texts(policy: Policy | None, codes: list[str] | tuple[str, ...]) -> list[dict[str, str]]:
    """The house rules named by ``codes`` with their public texts (codes only without a policy)."""
    out = []
    for code in codes:
        rule = policy.house_rules.by_code(code) if policy is not None else None
        if rule is None:
            out.append({"code": code, "title": "", "text": "", "public_reason": ""})
        else:
            out.append(
                {
                    "code": rule.code,
                    "title": rule.title,
                    "text": rule.explanation,
                    "public_reason": rule.public_reason,
                }
            )
    return out


def _facts(evidence: list[dict[str, Any]], comment_text: str) -> list[str]:
    facts = []
    for item in evidence:
        rule = item.get("rule") or "-"
        if item.get("match"):
            facts.append(
                _("The comment contains “%(match)s” (%(kind)s, house rule %(rule)s).")
                % {"match": item["match"], "kind": item.get("kind", ""), "rule": rule}
            )
        elif item.get("note"):
            facts.append(
                _("%(note)s (house rule %(rule)s).") % {"note": item["note"], "rule": rule}
            )
    if not facts:
        facts.append(_("A member of staff assessed the full text of the comment."))
    return facts


def _ground(rules: list[dict[str, str]]) -> str:
    parts = []
    for rule in rules:
        if rule.get("title"):
            parts.append(
                _("house rule %(code)s (%(title)s)")
                % {"code": rule["code"], "title": rule["title"]}
            )
        else:
            parts.append(_("house rule %(code)s") % {"code": rule["code"]})
    return "; ".join(parts)


def build_statement_of_reasons(
    *,
    comment: Comment,
    org_slug: str,
    action: str,
    rules: list[dict[str, str]],
    evidence: list[dict[str, Any]],
    automated_detection: bool,
    automated_decision: str,
    decided_at: datetime,
    reference: str,
    policy_version_label: str,
    note_for_author: str = "",
) -> dict[str, Any]:
    """The statement of reasons for one restricting decision, as stored JSON, in the author's
    language (``author_language``).

    ``rules`` come from ``rule_texts``: each cited house rule with its public text from the
    published policy version, frozen here. ``automated_decision`` is "fully", "partially" or "not"
    (DSA art. 17(3)(c)).
    """
    arguments = {
        "comment": comment,
        "org_slug": org_slug,
        "action": action,
        "rules": rules,
        "evidence": evidence,
        "automated_detection": automated_detection,
        "automated_decision": automated_decision,
        "decided_at": decided_at,
        "reference": reference,
        "policy_version_label": policy_version_label,
        "note_for_author": note_for_author,
    }
    if translation.get_language() == author_language():  # the engine's batches switch once
        return _statement(**arguments)
    with translation.override(author_language()):
        return _statement(**arguments)


def _statement(
    *,
    comment: Comment,
    org_slug: str,
    action: str,
    rules: list[dict[str, str]],
    evidence: list[dict[str, Any]],
    automated_detection: bool,
    automated_decision: str,
    decided_at: datetime,
    reference: str,
    policy_version_label: str,
    note_for_author: str,
) -> dict[str, Any]:
    decided_at = timezone.localtime(decided_at)
    ground = _ground(rules)
    return {
        "reference": reference,
        "restriction": {
            "action": action,
            "description": str(_RESTRICTION[action]),
            "scope": _("the comment on %(platform)s (%(channel)s)")
            % {"platform": comment.channel.get_platform_display(), "channel": comment.channel.name},
            "duration": _("indefinitely, until an appeal is granted"),
        },
        "content": {
            "platform_comment_id": comment.platform_comment_id,
            "posted_at": timezone.localtime(comment.created_at).isoformat(),
            "excerpt": comment.text[:280],
        },
        "ground": {
            "kind": "house_rules",
            "description": (
                _("The comment breaks %(ground)s.") % {"ground": ground}
                if ground
                else _("The comment breaks the house rules.")
            ),
            "rules": rules,
            "house_rules_url": house_rules_url(org_slug),
            "policy_version": policy_version_label,
        },
        "facts": _facts(evidence, comment.text) + ([note_for_author] if note_for_author else []),
        "source": _("own initiative (no notice from third parties)"),
        "automated_detection": automated_detection,
        "automated_decision": automated_decision,
        "automated_description": str(_AUTOMATED[automated_decision]),
        "decided_at": decided_at.isoformat(),
        "redress": {
            "appeal_url": appeal_url(org_slug, reference),
            "reference": reference,
            "steps": [
                _(
                    "Object through the form with your reference; a member of staff other than "
                    "the one who decided looks at your objection."
                ),
                _("If you disagree with the outcome, you can turn to the Flemish Ombudsman."),
                _("You can always go to court as well."),
            ],
        },
        # The same facts in the Commission's transparency-database vocabulary, for export.
        "dsa": {
            "decision_visibility": [_DSA_VISIBILITY[action]],
            "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
            "incompatible_content_ground": ground[:500],
            "decision_ground_reference_url": house_rules_url(org_slug),
            "content_type": ["CONTENT_TYPE_TEXT"],
            "territorial_scope": ["BE"],
            "content_language": "NL",
            "content_date": timezone.localtime(comment.created_at).date().isoformat(),
            "application_date": decided_at.date().isoformat(),
            "source_type": "SOURCE_VOLUNTARY",
            "automated_detection": "Yes" if automated_detection else "No",
            "automated_decision": _DSA_AUTOMATED[automated_decision],
            "puid": reference,
        },
    }


def reason_message_for(decision: ModerationDecision) -> str:
    """A short message for the author in the author's language: what happened, which house rule,
    where to read the house rules, and how to appeal with the reference."""
    comment = decision.comment
    org_slug = comment.organisation.slug
    codes = list(decision.rules)
    sor = decision.statement_of_reasons or {}
    titles = {r["code"]: r.get("title", "") for r in sor.get("ground", {}).get("rules", [])}
    cited = ", ".join(f"{c}" + (f" ({titles[c]})" if titles.get(c) else "") for c in codes)
    with translation.override(author_language()):
        if decision.action == "delete":
            opening = (
                _("We removed your comment because it breaks house rule %(rules)s.")
                if cited
                else _("We removed your comment.")
            )
        elif decision.action == "hide":
            opening = (
                _("We hid your comment because it breaks house rule %(rules)s.")
                if cited
                else _("We hid your comment.")
            )
        else:
            opening = _("We looked at your comment.")
        message = opening % {"rules": cited}  # a mapping leaves texts without it unchanged
        message += " " + _("Read our house rules at %(url)s.") % {"url": house_rules_url(org_slug)}
        if decision.reference:
            message += " " + _(
                "Do you disagree? Object with reference %(reference)s at %(url)s."
            ) % {
                "reference": decision.reference,
                "url": appeal_url(org_slug, decision.reference),
            }
    return message
