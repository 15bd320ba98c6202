"""Statements of reasons, modelled on the EU DSA art. 17 statement of reasons.

A municipality that moderates its own Facebook page is not the hosting provider, so art. 17 does not
bind it; Sereen still records every restricting decision in that shape (see
shared/design/anchors-moderation.md §4): it is good governance, and public bodies get challenged.
The statement is stored as JSON on the decision, frozen at decision time, so a later policy version
never changes what the author was told.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

if TYPE_CHECKING:
    from sereen.engine.policy import Policy
    from sereen.moderation.models import Comment, ModerationDecision

RESTRICTING_ACTIONS = frozenset({"hide", "delete"})

_RESTRICTION_NL = {
    "hide": "Je reactie is verborgen: anderen zien ze niet meer.",
    "delete": "Je reactie is verwijderd.",
}
_DSA_VISIBILITY = {
    "hide": "DECISION_VISIBILITY_CONTENT_DISABLED",
    "delete": "DECISION_VISIBILITY_CONTENT_REMOVED",
}
_AUTOMATED_NL = {
    "fully": "Deze beslissing is automatisch genomen door ons moderatiesysteem.",
    "partially": "Ons moderatiesysteem stelde deze beslissing voor; een medewerker nam ze.",
    "not": "Een medewerker heeft deze beslissing genomen.",
}
_DSA_AUTOMATED = {
    "fully": "AUTOMATED_DECISION_FULLY",
    "partially": "AUTOMATED_DECISION_PARTIALLY",
    "not": "AUTOMATED_DECISION_NOT_AUTOMATED",
}


def site_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def house_rules_url(org_slug: str) -> str:
    return site_url(f"/{org_slug}/huisregels/")


def appeal_url(org_slug: str, reference: str) -> str:
    path = reverse("moderation_public:appeal", kwargs={"org_slug": org_slug})
    return site_url(f"{path}?referentie={reference}")


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
        if item.get("match"):
            facts.append(
                f"De reactie bevat “{item['match']}” ({item.get('kind', '')}, "
                f"huisregel {item.get('rule') or '-'})."
            )
        elif item.get("note"):
            facts.append(f"{item['note']} (huisregel {item.get('rule') or '-'}).")
    if not facts:
        facts.append("Een medewerker beoordeelde de volledige tekst van de reactie.")
    return facts


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
    """The statement of reasons for one restricting decision, as stored JSON.

    ``automated_decision`` is "fully", "partially" or "not" (DSA art. 17(3)(c)).
    """
    decided_at = timezone.localtime(decided_at)
    ground = "; ".join(
        f"huisregel {r['code']}" + (f" ({r['title']})" if r["title"] else "") for r in rules
    )
    return {
        "reference": reference,
        "restriction": {
            "action": action,
            "description": _RESTRICTION_NL[action],
            "scope": f"de reactie op {comment.channel.get_platform_display()} ({comment.channel.name})",
            "duration": "onbepaalde duur, tot een bezwaar wordt toegekend",
        },
        "content": {
            "platform_comment_id": comment.platform_comment_id,
            "posted_at": timezone.localtime(comment.created_at).isoformat(),
            "excerpt": comment.text[:280],
        },
        "ground": {
            "kind": "house_rules",
            "description": f"De reactie gaat in tegen {ground or 'de huisregels'}.",
            "rules": rules,
            "house_rules_url": house_rules_url(org_slug),
            "policy_version": policy_version_label,
        },
        "facts": _facts(evidence, comment.text) + ([note_for_author] if note_for_author else []),
        "source": "eigen initiatief (geen melding van derden)",
        "automated_detection": automated_detection,
        "automated_decision": automated_decision,
        "automated_description": _AUTOMATED_NL[automated_decision],
        "decided_at": decided_at.isoformat(),
        "redress": {
            "appeal_url": appeal_url(org_slug, reference),
            "reference": reference,
            "steps": [
                "Dien bezwaar in via het formulier met je referentie; een andere medewerker dan "
                "wie besliste, bekijkt je bezwaar.",
                "Ben je het niet eens met de uitkomst, dan kan je terecht bij de Vlaamse "
                "Ombudsdienst.",
                "Je kan ook altijd naar de rechter stappen.",
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
    """A short Dutch message for the author: what happened, which rule, where to read it, how to appeal."""
    comment = decision.comment
    org_slug = comment.organisation.slug
    codes = list(decision.rules)
    sor = decision.statement_of_reasons or {}
    titles = {r["code"]: r.get("title", "") for r in sor.get("ground", {}).get("rules", [])}
    cited = ", ".join(f"{c}" + (f" ({titles[c]})" if titles.get(c) else "") for c in codes)
    if decision.action == "delete":
        opening = "We hebben je reactie verwijderd"
    elif decision.action == "hide":
        opening = "We hebben je reactie verborgen"
    else:
        opening = "We hebben je reactie bekeken"
    rule_part = f" omdat ze ingaat tegen huisregel {cited}" if cited else ""
    message = f"{opening}{rule_part}. Lees onze huisregels op {house_rules_url(org_slug)}."
    if decision.reference:
        message += (
            f" Niet akkoord? Dien bezwaar in met referentie {decision.reference} via "
            f"{appeal_url(org_slug, decision.reference)}."
        )
    return message
