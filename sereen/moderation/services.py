"""Writes for moderation: engine decisions, human decisions, platform actions, strikes, blocks,
appeals and crisis mode. Every function checks the actor's permission (``actor=None`` is the system)
and records human actions in the audit log.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sereen.accounts.models import Organisation, Role, User
from sereen.accounts.permissions import require_org_perm
from sereen.accounts.roles import has_org_perm, roles_of
from sereen.connectors.adapters import adapter_for
from sereen.connectors.models import Channel
from sereen.core.audit import record_audit_event
from sereen.moderation import policy_access
from sereen.moderation.models import (
    Appeal,
    Author,
    Block,
    Comment,
    CrisisPeriod,
    Escalation,
    ModerationAction,
    ModerationDecision,
    PlatformAction,
    Strike,
)
from sereen.moderation.references import new_reference, normalise_reference
from sereen.moderation.statement import (
    RESTRICTING_ACTIONS,
    author_language,
    build_statement_of_reasons,
    reason_message_for,
    rule_texts,
)

if TYPE_CHECKING:
    from sereen.engine.policy import Policy

log = logging.getLogger(__name__)

NO_POLICY_REASON = gettext_lazy("No published policy: a member of staff will look at your comment.")
HISTORY_DAYS = 180  # longer than any sensible ladder window
HISTORY_ITEMS = 50  # per author; enough for the ladder and the flooding detector
HOSTILE_Q = Q(action__in=["hide", "delete"]) | ~Q(escalate="none")

__all__ = [
    "NO_POLICY_REASON",
    "check_for_hostile_spike",
    "confirm_block",
    "decide_appeal",
    "decide_by_human",
    "end_crisis_mode",
    "escalate_comment",
    "execute_planned_actions",
    "file_appeal",
    "is_crisis_mode",
    "lift_block",
    "mark_platform_action_done",
    "moderate_comment",
    "moderate_comments",
    "propose_block",
    "reason_message_for",
    "record_platform_result",
    "reply_to_comment",
    "start_crisis_mode",
]


# ---------------------------------------------------------------------------------------------
# Platform actions

_PLATFORM_NOTES = {
    "hide": gettext_lazy(
        "%(platform)s does not let you hide a comment. Delete or report the comment by hand "
        "where possible, or reply with the house rules."
    ),
    "unhide": gettext_lazy(
        "%(platform)s cannot make the comment visible again (it was removed or could not be "
        "hidden). Let the author know that the comment may be posted again."
    ),
    "delete": gettext_lazy("%(platform)s does not let you delete other people's comments."),
    "reply": gettext_lazy(
        "%(platform)s does not let you reply through the connection: reply by hand."
    ),
    "block": gettext_lazy(
        "%(platform)s does not let you block the author through the connection: block or "
        "restrict the author by hand in the platform's app, or report the author."
    ),
    "unblock": gettext_lazy("%(platform)s: lift the block by hand in the platform's app."),
    "report": gettext_lazy(
        "%(platform)s has no report button in the connection: report the comment by hand "
        "through the platform's report form."
    ),
}
_CAPABILITY_FOR = {
    "hide": "hide",
    "unhide": "hide",
    "delete": "delete",
    "reply": "reply",
    "block": "block",
    "unblock": "block",
    "report": "report",
}


def _action(
    channel: Channel,
    kind: str,
    *,
    comment: Comment | None,
    decision: ModerationDecision | None,
    author: Author | None = None,
    payload: dict[str, Any] | None = None,
    note: str = "",
) -> PlatformAction:
    """One unsaved action; ``not_supported_by_platform`` when the platform cannot do ``kind``."""
    supported = channel.allows(_CAPABILITY_FOR[kind])
    return PlatformAction(
        organisation_id=channel.organisation_id,
        channel=channel,
        comment=comment,
        author=author if author is not None else (comment.author if comment else None),
        decision=decision,
        kind=kind,
        status=PlatformAction.Status.PLANNED if supported else PlatformAction.Status.NOT_SUPPORTED,
        payload=payload or {},
        note=note
        if supported
        else _PLATFORM_NOTES[kind] % {"platform": channel.get_platform_display()},
    )


def plan_actions_for_decision(
    *,
    comment: Comment,
    decision: ModerationDecision,
    was_visible: bool,
    reply_text: str = "",
) -> list[PlatformAction]:
    """The platform actions that carry out ``decision`` (unsaved), strongest allowed first.

    A delete the platform does not allow falls back to a hide where possible (the strongest
    restriction the platform offers, per the design note); the unsupported delete is kept on record.
    A hide is never upgraded to a delete.
    """
    channel = comment.channel
    planned: list[PlatformAction] = []
    if decision.action == "delete":
        planned.append(_action(channel, "delete", comment=comment, decision=decision))
        if not channel.allows("delete") and channel.allows("hide"):
            planned.append(
                _action(
                    channel,
                    "hide",
                    comment=comment,
                    decision=decision,
                    note=_("Hidden instead of deleted: the platform does not allow deleting."),
                )
            )
    elif decision.action == "hide":
        planned.append(_action(channel, "hide", comment=comment, decision=decision))
    elif decision.visible and not was_visible:
        planned.append(_action(channel, "unhide", comment=comment, decision=decision))
    if reply_text:
        planned.append(
            _action(
                channel, "reply", comment=comment, decision=decision, payload={"text": reply_text}
            )
        )
    if decision.escalate == Escalation.PLATFORM:
        planned.append(_action(channel, "report", comment=comment, decision=decision))
    return planned


def _manual_note(actions: Iterable[PlatformAction]) -> str:
    return " ".join(
        _("By hand: %(note)s") % {"note": a.note}
        for a in actions
        if a.status == PlatformAction.Status.NOT_SUPPORTED
    )


def execute_planned_actions(actions: Iterable[PlatformAction]) -> None:
    """Let each channel's adapter carry out its planned actions; channels without one wait for a person."""
    for action in actions:
        if action.status != PlatformAction.Status.PLANNED:
            continue
        adapter = adapter_for(action.channel)
        if adapter is None:
            continue
        try:
            ok, error = adapter.execute(action)
        except Exception as exc:  # an adapter failure is recorded, never lost
            log.exception("Platform adapter %s failed", adapter.name)
            ok, error = False, f"{type(exc).__name__}: {exc}"
        record_platform_result(action, ok=ok, error=error)


def record_platform_result(action: PlatformAction, ok: bool, error: str = "") -> PlatformAction:
    """A connector (or a person) reports what happened when it tried to carry out ``action``."""
    action.attempts += 1
    action.status = PlatformAction.Status.DONE if ok else PlatformAction.Status.FAILED
    action.error = "" if ok else (error or _("unknown error"))
    action.executed_at = timezone.now() if ok else action.executed_at
    action.save(update_fields=["attempts", "status", "error", "executed_at"])
    return action


OPEN_PLATFORM_STATUSES = (
    PlatformAction.Status.PLANNED,
    PlatformAction.Status.FAILED,
    PlatformAction.Status.NOT_SUPPORTED,
)


@transaction.atomic
def mark_platform_action_done(
    *, action: PlatformAction, actor: User, note: str = ""
) -> PlatformAction:
    """A person carried out ``action`` by hand on the platform (there is no connector, it failed,
    or the platform's connection does not offer it). Replies need ``reply_comment``, everything
    else ``decide_comment``."""
    perm = "moderation.reply_comment" if action.kind == "reply" else "moderation.decide_comment"
    require_org_perm(actor, perm, action.organisation)
    action = PlatformAction.objects.select_for_update().get(pk=action.pk)
    if action.status not in OPEN_PLATFORM_STATUSES:
        raise ValidationError(_("This action has already been carried out."))
    before = action.status
    action.status = PlatformAction.Status.DONE
    action.executed_at = timezone.now()
    action.error = ""
    handmade = _("Carried out by hand by %(person)s.") % {"person": actor.get_username()}
    action.note = "\n".join(part for part in (action.note, handmade, note.strip()) if part)
    action.save(update_fields=["status", "executed_at", "error", "note"])
    record_audit_event(
        actor=actor,
        action="moderation.platform_action_done",
        organisation=action.organisation,
        subject=action,
        before={"status": before},
        after={"status": action.status, "kind": action.kind, "by_hand": True},
        note=note,
    )
    return action


# ---------------------------------------------------------------------------------------------
# Engine decisions


def is_crisis_mode(organisation: Organisation) -> bool:
    """Whether crisis mode is switched on for ``organisation`` now."""
    return CrisisPeriod.objects.filter(
        organisation=organisation, started_at__isnull=False, ended_at__isnull=True
    ).exists()


def _history_for(author_ids: set[int], earliest: datetime) -> dict[int, list[Any]]:
    """Earlier decided comments of these authors (their current decisions), oldest first,
    back to ``HISTORY_DAYS`` before the earliest comment being decided.

    A comment the classifier alone hid counts as awaiting review until a person confirms it:
    a model's guess is no offence on the author's ladder."""
    from sereen.engine import HistoryItem
    from sereen.engine.decide import MODEL_ALONE_NOTE

    history: dict[int, list[Any]] = defaultdict(list)
    if not author_ids:
        return history
    since = earliest - timedelta(days=HISTORY_DAYS)
    rows = (
        ModerationDecision.objects.filter(
            is_current=True, comment__author_id__in=author_ids, comment__created_at__gte=since
        )
        .order_by("comment__created_at")
        .values_list(
            "comment__author_id",
            "comment__created_at",
            "rules",
            "action",
            "comment__text",
            "automated",
            "evidence",
        )
    )
    for author_id, at, rules, action, text, automated, evidence in rows:
        if automated and any(
            isinstance(e, dict) and str(e.get("note", "")).endswith(MODEL_ALONE_NOTE)
            for e in evidence or ()
        ):
            action = ModerationAction.REVIEW
        history[author_id].append(
            HistoryItem(at=at, rules=tuple(rules or ()), action=action, text=text)
        )
    for author_id, items in history.items():
        if len(items) > HISTORY_ITEMS:
            history[author_id] = items[-HISTORY_ITEMS:]
    return history


def _needs_person(
    decision: ModerationDecision, crisis: bool, manual: bool, confirm: bool = False
) -> bool:
    return (
        confirm  # hidden by the classifier alone: a person confirms or restores it
        or decision.action in ("review", "reply")
        or decision.escalate != Escalation.NONE
        or (crisis and decision.action != "keep")
        or manual
    )


def _open_review_items(pairs: list[tuple[Comment, ModerationDecision]]) -> None:
    """Hand decisions that need a person to the inbox (the inbox app owns review items)."""
    if not pairs:
        return
    try:
        from sereen.inbox.services import open_review_items
    except ImportError:
        # Without the inbox app the comments still wait with status "awaiting_review", so nothing
        # is lost; the inbox picks them up by status.
        return
    open_review_items(pairs)


def _decide_batch(comments: list[Comment], *, supersede: bool = False) -> list[ModerationDecision]:
    """Decide ``comments`` (all of one organisation) with the engine and store everything."""
    from sereen.engine import Comment as EngineComment
    from sereen.engine import Context, compile_policy, moderate

    if not comments:
        return []
    organisation = comments[0].organisation
    version, policy = policy_access.published_policy(organisation)
    crisis = is_crisis_mode(organisation)
    now = timezone.now()
    decisions: list[ModerationDecision] = []
    extras: list[tuple[Comment, Any]] = []  # (comment, engine decision or None)
    if policy is None:
        with translation.override(author_language()):
            no_policy_reason = str(NO_POLICY_REASON)
        for comment in comments:
            decisions.append(
                ModerationDecision(
                    comment=comment,
                    action=ModerationAction.REVIEW,
                    visible=True,
                    rules=[],
                    reason=no_policy_reason,
                    confidence=0.0,
                    automated=False,
                    note=_("No published policy: a member of staff decides."),
                )
            )
            extras.append((comment, None))
    else:
        compiled = compile_policy(policy)
        history = _history_for({c.author_id for c in comments}, min(c.created_at for c in comments))
        label = str(getattr(policy, "version", "")) or (f"v{version.number}" if version else "")
        from sereen.engine import HistoryItem

        for comment in comments:
            context = Context(
                author=comment.author.handle or comment.author.platform_author_id,
                history=tuple(history.get(comment.author_id, ())),
                channel=comment.channel.platform,
                parent_text=comment.post_text,
                time=comment.created_at,
                crisis=crisis,
            )
            result = moderate(
                EngineComment(text=comment.text, id=comment.pk), compiled, context=context
            )
            action = result.action.value
            reference = new_reference() if action in RESTRICTING_ACTIONS else None
            evidence = [e.to_dict() for e in result.evidence]
            decision = ModerationDecision(
                comment=comment,
                action=action,
                visible=result.visible,
                escalate=result.escalate.value,
                rules=list(result.rules),
                reason=result.reason,
                evidence=evidence,
                confidence=result.confidence,
                policy_version=version,
                policy_version_label=label,
                automated=result.automated,
                reference=reference,
                warn=result.warn,
                offence=result.offence,
                propose_block_days=result.propose_block_days,
            )
            if reference:
                decision.statement_of_reasons = build_statement_of_reasons(
                    comment=comment,
                    org_slug=organisation.slug,
                    action=action,
                    rules=rule_texts(policy, result.rules),
                    evidence=evidence,
                    automated_detection=True,
                    automated_decision="fully",
                    decided_at=now,
                    reference=reference,
                    policy_version_label=label,
                )
            decisions.append(decision)
            extras.append((comment, result))
            # Later comments of the same author in this batch see this one in their history.
            history[comment.author_id].append(
                HistoryItem(
                    at=comment.created_at,
                    rules=result.rules,
                    # not an offence until a person confirms it (see ``_history_for``)
                    action=ModerationAction.REVIEW if result.confirm else action,
                    text=comment.text,
                )
            )

    if supersede:
        ModerationDecision.objects.filter(
            comment__in=[c.pk for c in comments], is_current=True
        ).update(is_current=False)
    ModerationDecision.objects.bulk_create(decisions, batch_size=500)

    actions: list[PlatformAction] = []
    strikes: list[Strike] = []
    review: list[tuple[Comment, ModerationDecision]] = []
    by_state: dict[tuple[str, bool], list[int]] = defaultdict(list)
    block_proposals: list[tuple[ModerationDecision, int]] = []
    noted: list[ModerationDecision] = []
    for decision, (comment, result) in zip(decisions, extras, strict=True):
        planned = plan_actions_for_decision(
            comment=comment, decision=decision, was_visible=comment.visible
        )
        actions.extend(planned)
        manual = _manual_note(planned)
        if manual:
            decision.note = (decision.note + " " + manual).strip()
            noted.append(decision)
        confirm = result is not None and result.confirm
        # A comment the classifier alone hid earns no strike until a person confirms the hide
        # (their decision counts it); restored, it never did.
        if decision.action in RESTRICTING_ACTIONS and decision.rules and not confirm:
            strikes.append(
                Strike(
                    author_id=comment.author_id,
                    comment=comment,
                    decision=decision,
                    rule_code=decision.rules[0],
                    created_at=comment.created_at,
                    warned=decision.warn,
                )
            )
        if decision.propose_block_days is not None:
            block_proposals.append((decision, decision.propose_block_days))
        needs_person = _needs_person(decision, crisis, bool(manual), confirm)
        status = Comment.Status.AWAITING_REVIEW if needs_person else Comment.Status.DECIDED
        comment.status, comment.visible = status, decision.visible
        by_state[(status, decision.visible)].append(comment.pk)
        if needs_person:
            review.append((comment, decision))
    if noted:
        ModerationDecision.objects.bulk_update(noted, ["note"], batch_size=500)
    for (status, visible), ids in by_state.items():
        for start in range(0, len(ids), 2000):
            Comment.objects.filter(pk__in=ids[start : start + 2000]).update(
                status=status, visible=visible
            )
    PlatformAction.objects.bulk_create(actions, batch_size=500)
    Strike.objects.bulk_create(strikes, batch_size=500)
    for decision, days in block_proposals:
        _propose_block_by_system(decision=decision, days=days)
    _open_review_items(review)
    execute_planned_actions(actions)
    if policy is not None and any(
        d.action in RESTRICTING_ACTIONS or d.escalate != "none" for d in decisions
    ):
        # In its own task: the proposal mails people, which must not slow down or break deciding.
        from sereen.moderation.tasks import check_hostile_spike

        check_hostile_spike.enqueue(organisation.pk)
    return decisions


def moderate_comments(comment_ids: Iterable[int]) -> list[ModerationDecision]:
    """Decide every comment in ``comment_ids`` that has no decision yet (safe to run twice)."""
    ids = list(comment_ids)
    decided = set(
        ModerationDecision.objects.filter(comment_id__in=ids).values_list("comment_id", flat=True)
    )
    todo = [i for i in ids if i not in decided]
    comments = list(
        Comment.objects.filter(pk__in=todo).select_related("author").order_by("created_at", "pk")
    )
    # A batch comes from one or a few channels: load each channel and organisation once.
    channels = Channel.objects.select_related("organisation").in_bulk(
        {c.channel_id for c in comments}
    )
    by_org: dict[int, list[Comment]] = defaultdict(list)
    for comment in comments:
        comment.channel = channels[comment.channel_id]
        comment.organisation = comment.channel.organisation
        by_org[comment.organisation_id].append(comment)
    out: list[ModerationDecision] = []
    # What the batch stores for authors and staff is in the installation's language.
    with translation.override(author_language()):
        for org_comments in by_org.values():
            with transaction.atomic():
                out.extend(_decide_batch(org_comments))
    return out


@transaction.atomic
def moderate_comment(*, comment: Comment) -> ModerationDecision:
    """Let the engine decide ``comment`` (again) under the published policy; supersedes earlier decisions."""
    comment = Comment.objects.select_related("channel", "organisation", "author").get(pk=comment.pk)
    return _decide_batch([comment], supersede=True)[0]


# ---------------------------------------------------------------------------------------------
# Human decisions

HUMAN_ACTIONS = {"keep", "reply", "hide", "delete"}


def _ladder_for(policy: Policy | None, rule_code: str) -> Any:
    if policy is None:
        return None
    for ladder in policy.management.ladders:
        if not ladder.rules or rule_code in ladder.rules:
            return ladder
    return None


def _count_strike(
    *, comment: Comment, decision: ModerationDecision, policy: Policy | None, actor: User | None
) -> Strike | None:
    """Count a strike for a restricting human decision and follow the ladder (warn, propose a block)."""
    if decision.action not in RESTRICTING_ACTIONS or not decision.rules:
        return None
    rule_code = decision.rules[0]
    ladder = _ladder_for(policy, rule_code)
    step = None
    if ladder is not None:
        since = comment.created_at - timedelta(days=ladder.window_days)
        earlier = Strike.objects.filter(
            author_id=comment.author_id, revoked=False, created_at__gte=since
        ).exclude(comment=comment)
        if ladder.rules:
            earlier = earlier.filter(rule_code__in=ladder.rules)
        offence = earlier.count() + 1
        for candidate in sorted(ladder.steps, key=lambda s: s.offence):
            if candidate.offence <= offence:
                step = candidate
        decision.offence = offence
    decision.warn = bool(step and step.warn)
    decision.propose_block_days = step.propose_block_days if step else None
    decision.save(update_fields=["offence", "warn", "propose_block_days"])
    strike = Strike.objects.create(
        author_id=comment.author_id,
        comment=comment,
        decision=decision,
        rule_code=rule_code,
        created_at=comment.created_at,
        warned=decision.warn,
    )
    if decision.propose_block_days is not None:
        _propose_block_by_system(decision=decision, days=decision.propose_block_days, actor=actor)
    return strike


def _record_human_decision(
    *,
    comment: Comment,
    actor: User | None,
    action: str,
    rule_codes: list[str],
    note: str,
    reply_text: str,
    escalate: str,
    reason: str = "",
) -> ModerationDecision:
    """Store a person's decision (permission already checked), supersede the current one, plan."""
    comment = (
        Comment.objects.select_for_update()
        .select_related("channel", "organisation", "author")
        .get(pk=comment.pk)
    )
    organisation = comment.organisation
    previous = comment.decisions.filter(is_current=True).first()
    comment.decisions.filter(is_current=True).update(is_current=False)
    # Strikes follow the current decision: a new decision replaces what the old one counted.
    Strike.objects.filter(comment=comment, revoked=False).update(revoked=True)
    version, policy = policy_access.published_policy(organisation)
    label = f"v{version.number}" if version is not None else ""
    if policy is not None and getattr(policy, "version", ""):
        label = str(policy.version)
    texts = rule_texts(policy, rule_codes)
    restricting = action in RESTRICTING_ACTIONS
    if not reason:
        public = [t["public_reason"] for t in texts if t["public_reason"]]
        with translation.override(author_language()):
            if restricting:
                reason = (
                    public[0]
                    if public
                    else _("Your comment breaks house rule %(rules)s.")
                    % {"rules": ", ".join(rule_codes)}
                )
            else:
                reason = _("Your comment follows the house rules.")
    now = timezone.now()
    decision = ModerationDecision(
        comment=comment,
        action=action,
        visible=not restricting,
        escalate=escalate,
        rules=list(rule_codes),
        reason=reason,
        evidence=list(previous.evidence) if previous is not None else [],
        confidence=1.0,
        policy_version=version,
        policy_version_label=label,
        automated=False,
        decided_by=actor if actor is not None and actor.is_authenticated else None,
        note=note,
        reference=new_reference() if restricting else None,
    )
    if restricting:
        machine_flagged = (
            previous is not None and previous.decided_by_id is None and bool(previous.rules)
        )
        decision.statement_of_reasons = build_statement_of_reasons(
            comment=comment,
            org_slug=organisation.slug,
            action=action,
            rules=texts,
            evidence=decision.evidence,
            automated_detection=machine_flagged,
            automated_decision="partially" if machine_flagged else "not",
            decided_at=now,
            reference=decision.reference or "",
            policy_version_label=label,
        )
    decision.save()
    planned = plan_actions_for_decision(
        comment=comment, decision=decision, was_visible=comment.visible, reply_text=reply_text
    )
    PlatformAction.objects.bulk_create(planned)
    manual = _manual_note(planned)
    if manual:
        decision.note = (decision.note + "\n" + manual).strip()
        decision.save(update_fields=["note"])
    _count_strike(comment=comment, decision=decision, policy=policy, actor=actor)
    comment.status = Comment.Status.REVIEWED
    comment.visible = decision.visible
    comment.save(update_fields=["status", "visible"])
    record_audit_event(
        actor=actor,
        action="moderation.decided",
        organisation=organisation,
        subject=comment,
        before=(
            {"action": previous.action, "rules": previous.rules, "visible": previous.visible}
            if previous is not None
            else None
        ),
        after={
            "action": action,
            "rules": list(rule_codes),
            "visible": decision.visible,
            "escalate": escalate,
            "reference": decision.reference,
            "reply": reply_text,
        },
        note=note,
    )
    execute_planned_actions(planned)
    return decision


@transaction.atomic
def decide_by_human(
    *,
    comment: Comment,
    actor: User,
    action: str,
    rule_codes: list[str],
    note: str = "",
    reply_text: str = "",
    escalate: str = "none",
) -> ModerationDecision:
    """A person decides ``comment``: keep, reply, hide or delete, citing house rules.

    Moderators and beheerders may take any action; an antwoorder only keep or reply, with a reply
    text. Hide and delete must cite at least one house rule. The new decision becomes the current
    one; platform actions, strikes, the statement of reasons and the audit event follow from it.
    """
    organisation = comment.organisation
    reply_text = (reply_text or "").strip()
    if action not in HUMAN_ACTIONS:
        raise ValidationError({"action": _("Unknown action '%(action)s'.") % {"action": action}})
    if escalate not in Escalation.values:
        raise ValidationError(
            {"escalate": _("Unknown escalation '%(escalate)s'.") % {"escalate": escalate}}
        )
    if not has_org_perm(actor, "moderation.decide_comment", organisation):
        if not (action in ("keep", "reply") and reply_text and escalate == "none"):
            raise PermissionDenied(
                _("%(actor)s may only reply in %(organisation)s, not hide or delete.")
                % {"actor": actor, "organisation": organisation}
            )
        require_org_perm(actor, "moderation.reply_comment", organisation)
    if escalate != "none":
        require_org_perm(actor, "moderation.escalate_comment", organisation)
    if action in RESTRICTING_ACTIONS and not rule_codes:
        raise ValidationError({"rule_codes": _("Choose the house rule the comment breaks.")})
    if action == "reply" and not reply_text:
        raise ValidationError({"reply_text": _("Write the reply.")})
    return _record_human_decision(
        comment=comment,
        actor=actor,
        action=action,
        rule_codes=list(rule_codes),
        note=note,
        reply_text=reply_text,
        escalate=escalate,
    )


@transaction.atomic
def reply_to_comment(*, comment: Comment, actor: User, text: str) -> PlatformAction:
    """Plan (and where a connector exists, send) a public reply to ``comment``."""
    require_org_perm(actor, "moderation.reply_comment", comment.organisation)
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("Write the reply.")})
    current = comment.decisions.filter(is_current=True).first()
    action = _action(
        comment.channel, "reply", comment=comment, decision=current, payload={"text": text}
    )
    action.save()
    record_audit_event(
        actor=actor,
        action="moderation.replied",
        organisation=comment.organisation,
        subject=comment,
        after={"text": text, "status": action.status},
    )
    execute_planned_actions([action])
    return action


@transaction.atomic
def escalate_comment(
    *, comment: Comment, actor: User, to: str, note: str = ""
) -> ModerationDecision:
    """Record that ``comment`` goes to the police, Unia or the platform (which gets a report action)."""
    require_org_perm(actor, "moderation.escalate_comment", comment.organisation)
    if to not in ("police", "unia", "platform"):
        raise ValidationError({"to": _("Choose the police, Unia or the platform.")})
    decision = comment.decisions.filter(is_current=True).first()
    if decision is None:
        raise ValidationError(_("This comment has no decision yet."))
    before = decision.escalate
    decision.escalate = to
    if note:
        decision.note = (decision.note + "\n" + _("Escalation: %(note)s") % {"note": note}).strip()
    decision.save(update_fields=["escalate", "note"])
    planned: list[PlatformAction] = []
    if to == "platform":
        report = _action(comment.channel, "report", comment=comment, decision=decision)
        report.save()
        planned.append(report)
    record_audit_event(
        actor=actor,
        action="moderation.escalated",
        organisation=comment.organisation,
        subject=comment,
        before={"escalate": before},
        after={"escalate": to},
        note=note,
    )
    execute_planned_actions(planned)
    return decision


# ---------------------------------------------------------------------------------------------
# Blocks


def _open_block(author: Author) -> Block | None:
    now = timezone.now()
    return (
        Block.objects.filter(author=author)
        .filter(
            Q(status=Block.Status.PROPOSED)
            | Q(status=Block.Status.CONFIRMED) & (Q(ends_at__isnull=True) | Q(ends_at__gt=now))
        )
        .first()
    )


def _propose_block_by_system(
    *, decision: ModerationDecision, days: int, actor: User | None = None
) -> Block | None:
    author = decision.comment.author
    if _open_block(author) is not None:
        return None
    block = Block.objects.create(
        author=author,
        days=days,
        decision=decision,
        rule_code=decision.rules[0] if decision.rules else "",
        reason=_("Proposed by the action ladder (offence %(offence)s).")
        % {"offence": decision.offence or "?"},
        proposed_by=actor if actor is not None and actor.is_authenticated else None,
    )
    record_audit_event(
        actor=actor,
        action="moderation.block_proposed",
        organisation=decision.comment.organisation,
        subject=block,
        after={"days": days, "author": str(author)},
        note=block.reason,
    )
    return block


@transaction.atomic
def propose_block(
    *,
    author: Author,
    actor: User | None,
    days: int,
    reason: str,
    rule_code: str = "",
    decision: ModerationDecision | None = None,
) -> Block:
    """Propose to block ``author`` for ``days`` (0 = permanently); another person confirms it."""
    organisation = author.channel.organisation
    require_org_perm(actor, "moderation.propose_block", organisation)
    if days < 0:
        raise ValidationError({"days": _("The number of days cannot be negative.")})
    if not reason.strip():
        raise ValidationError({"reason": _("Give a reason for the block.")})
    if _open_block(author) is not None:
        raise ValidationError(_("This author already has a proposed or running block."))
    block = Block.objects.create(
        author=author,
        days=days,
        reason=reason,
        rule_code=rule_code,
        decision=decision,
        proposed_by=actor if actor is not None and actor.is_authenticated else None,
    )
    record_audit_event(
        actor=actor,
        action="moderation.block_proposed",
        organisation=organisation,
        subject=block,
        after={"days": days, "author": str(author), "rule": rule_code},
        note=reason,
    )
    return block


@transaction.atomic
def confirm_block(*, block: Block, actor: User, note: str = "") -> Block:
    """Confirm a proposed block: by another person than the proposer, or by a beheerder."""
    organisation = block.author.channel.organisation
    require_org_perm(actor, "moderation.confirm_block", organisation)
    block = Block.objects.select_for_update().select_related("author__channel").get(pk=block.pk)
    if block.status != Block.Status.PROPOSED:
        raise ValidationError(_("Only a proposed block can be confirmed."))
    if (
        block.proposed_by_id == actor.pk
        and Role.BEHEERDER not in roles_of(actor, organisation)
        and not actor.is_superuser
    ):
        raise PermissionDenied(
            _("Someone other than the person who proposed it confirms the block.")
        )
    now = timezone.now()
    block.status = Block.Status.CONFIRMED
    block.confirmed_by = actor
    block.confirmed_at = now
    block.starts_at = now
    block.ends_at = now + timedelta(days=block.days) if block.days else None
    block.save()
    action = _action(
        block.author.channel,
        "block",
        comment=None,
        decision=block.decision,
        author=block.author,
        payload={
            "days": block.days,
            "ends_at": block.ends_at.isoformat() if block.ends_at else None,
        },
    )
    action.save()
    if block.decision is not None and block.decision.statement_of_reasons:
        sor = dict(block.decision.statement_of_reasons)
        with translation.override(author_language()):
            description = (
                ngettext(
                    "You cannot comment on this channel for %(days)d day.",
                    "You cannot comment on this channel for %(days)d days.",
                    block.days,
                )
                % {"days": block.days}
                if block.days
                else _("You can no longer comment on this channel.")
            )
        sor["account_restriction"] = {
            "description": description,
            "ends_at": block.ends_at.isoformat() if block.ends_at else None,
        }
        sor.setdefault("dsa", {})["decision_provision"] = (
            "DECISION_PROVISION_PARTIAL_SUSPENSION"
            if block.days
            else "DECISION_PROVISION_PARTIAL_TERMINATION"
        )
        block.decision.statement_of_reasons = sor
        block.decision.save(update_fields=["statement_of_reasons"])
    record_audit_event(
        actor=actor,
        action="moderation.block_confirmed",
        organisation=organisation,
        subject=block,
        after={"ends_at": block.ends_at.isoformat() if block.ends_at else None},
        note=note,
    )
    execute_planned_actions([action])
    return block


@transaction.atomic
def lift_block(*, block: Block, actor: User, note: str = "") -> Block:
    """End a block early, or turn down a proposal; a confirmed block is lifted on the platform too."""
    organisation = block.author.channel.organisation
    require_org_perm(actor, "moderation.confirm_block", organisation)
    block = Block.objects.select_for_update().select_related("author__channel").get(pk=block.pk)
    if block.status not in (Block.Status.PROPOSED, Block.Status.CONFIRMED):
        raise ValidationError(_("This block is no longer running."))
    was = block.status
    block.status = Block.Status.LIFTED if was == Block.Status.CONFIRMED else Block.Status.REJECTED
    block.lifted_by = actor
    block.lifted_at = timezone.now()
    block.save()
    planned = []
    if was == Block.Status.CONFIRMED:
        action = _action(
            block.author.channel,
            "unblock",
            comment=None,
            decision=block.decision,
            author=block.author,
        )
        action.save()
        planned.append(action)
    record_audit_event(
        actor=actor,
        action="moderation.block_lifted"
        if was == Block.Status.CONFIRMED
        else "moderation.block_rejected",
        organisation=organisation,
        subject=block,
        before={"status": was},
        after={"status": block.status},
        note=note,
    )
    execute_planned_actions(planned)
    return block


# ---------------------------------------------------------------------------------------------
# Appeals


def find_decision_by_reference(
    organisation: Organisation, reference: str
) -> ModerationDecision | None:
    return (
        ModerationDecision.objects.select_related("comment", "comment__organisation")
        .filter(reference=normalise_reference(reference), comment__organisation=organisation)
        .first()
    )


@transaction.atomic
def file_appeal(
    *,
    organisation: Organisation,
    text: str,
    reference: str = "",
    decision: ModerationDecision | None = None,
    actor: User | None = None,
    contact_email: str = "",
) -> Appeal:
    """Contest a decision: an author with the reference from the reason message (``actor=None``),
    or a colleague naming the ``decision``. One appeal per decision."""
    public = actor is None
    if not public:
        require_org_perm(actor, "moderation.file_appeal", organisation)
    text = (text or "").strip()
    errors: dict[str, str] = {}
    if not text:
        errors["text"] = _("Explain why you disagree with the decision.")
    if decision is None:
        decision = find_decision_by_reference(organisation, reference) if reference else None
        if decision is None:
            errors["reference"] = _(
                "We cannot find a decision with this reference. Check the reference in our "
                "message (for example K7QX-M2PD)."
            )
    elif decision.comment.organisation_id != organisation.pk:
        raise PermissionDenied(_("This decision does not belong to this organisation."))
    if errors:
        raise ValidationError(errors)
    assert decision is not None
    if Appeal.objects.filter(decision=decision).exists():
        raise ValidationError(
            {
                "reference": _(
                    "An objection against this decision is already being handled; you will "
                    "hear from us."
                )
            }
        )
    if not decision.is_current:
        raise ValidationError(
            {
                "reference": _(
                    "This decision has been revised in the meantime; your objection is no "
                    "longer needed."
                )
            }
        )
    if not decision.reference:
        decision.reference = new_reference()
        decision.save(update_fields=["reference"])
    try:
        with transaction.atomic():
            appeal = Appeal.objects.create(
                organisation=organisation,
                comment=decision.comment,
                decision=decision,
                reference=decision.reference,
                filed_by_public=public,
                filed_by=None if public else actor,
                contact_email=contact_email,
                text=text,
            )
    except IntegrityError as exc:
        raise ValidationError(
            {"reference": _("An objection against this decision is already being handled.")}
        ) from exc
    record_audit_event(
        actor=actor,
        action="moderation.appeal_filed",
        organisation=organisation,
        subject=appeal,
        after={"reference": appeal.reference, "public": public},
    )
    return appeal


@transaction.atomic
def decide_appeal(*, appeal: Appeal, actor: User, outcome: str, note: str) -> Appeal:
    """Decide an appeal. Someone other than the person who made the decision (or filed the appeal)
    handles it. Overturning restores the comment (plans an unhide) and revokes its strikes."""
    organisation = appeal.organisation
    require_org_perm(actor, "moderation.handle_appeal", organisation)
    appeal = (
        Appeal.objects.select_for_update().select_related("decision", "comment").get(pk=appeal.pk)
    )
    if appeal.status != Appeal.Status.OPEN:
        raise ValidationError(_("This appeal has already been decided."))
    if outcome not in Appeal.Outcome.values:
        raise ValidationError({"outcome": _("Choose an outcome.")})
    if not (note or "").strip():
        raise ValidationError(
            {"note": _("Explain the outcome; the person who appealed receives this explanation.")}
        )
    if appeal.decision.decided_by_id == actor.pk:
        raise PermissionDenied(
            _("Whoever took the decision does not handle the appeal against it.")
        )
    if appeal.filed_by_id == actor.pk:
        raise PermissionDenied(_("Whoever filed the appeal does not handle it."))
    new_decision = None
    if outcome == Appeal.Outcome.OVERTURNED:
        with translation.override(author_language()):
            restored = _(
                "After your objection the decision was revised: your comment is visible again."
            )
        new_decision = _record_human_decision(
            comment=appeal.comment,
            actor=actor,
            action="keep",
            rule_codes=[],
            note=_("Appeal %(reference)s granted: %(note)s")
            % {"reference": appeal.reference, "note": note},
            reply_text="",
            escalate="none",
            reason=restored,
        )
        Block.objects.filter(decision=appeal.decision, status=Block.Status.PROPOSED).update(
            status=Block.Status.REJECTED, lifted_by=actor, lifted_at=timezone.now()
        )
    elif outcome == Appeal.Outcome.PARTIALLY_OVERTURNED:
        # The restriction stays, but it no longer counts towards the author's ladder.
        Strike.objects.filter(decision=appeal.decision).update(revoked=True)
    appeal.status = Appeal.Status.DECIDED
    appeal.outcome = outcome
    appeal.outcome_note = note
    appeal.handled_by = actor
    appeal.decided_at = timezone.now()
    appeal.save()
    record_audit_event(
        actor=actor,
        action="moderation.appeal_decided",
        organisation=organisation,
        subject=appeal,
        before={"status": "open", "decision": appeal.decision.action},
        after={
            "outcome": outcome,
            "new_decision": new_decision.pk if new_decision is not None else None,
        },
        note=note,
    )
    if appeal.contact_email:
        with translation.override(author_language()):
            subject = _("Outcome of your objection %(reference)s") % {"reference": appeal.reference}
            body = f"{appeal.get_outcome_display()}.\n\n{note}\n\n{organisation.name}"
        send_mail(subject, body, None, [appeal.contact_email], fail_silently=True)
    return appeal


# ---------------------------------------------------------------------------------------------
# Crisis mode


def _crisis_url(organisation: Organisation) -> str:
    from django.urls import reverse

    from sereen.moderation.statement import site_url

    return site_url(reverse("moderation:crisis", kwargs={"org_slug": organisation.slug}))


def _crisis_recipients(organisation: Organisation, policy: Policy | None) -> list[str]:
    from sereen.accounts.selectors import members_with_role

    emails = set(
        members_with_role(organisation, Role.BEHEERDER)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if policy is not None:
        emails.update(member for member in policy.management.crisis.team if "@" in member)
    return sorted(emails)


@transaction.atomic
def start_crisis_mode(*, organisation: Organisation, actor: User, reason: str) -> CrisisPeriod:
    """Switch crisis mode on: stricter thresholds and everything non-trivial to review."""
    require_org_perm(actor, "moderation.manage_crisis_mode", organisation)
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Give the reason for crisis mode.")})
    if is_crisis_mode(organisation):
        raise ValidationError(_("Crisis mode is already on."))
    now = timezone.now()
    period = (
        CrisisPeriod.objects.select_for_update()
        .filter(organisation=organisation, started_at__isnull=True, ended_at__isnull=True)
        .first()
    )
    if period is None:
        period = CrisisPeriod(organisation=organisation)
    period.reason = (period.reason + "\n" if period.reason else "") + reason
    period.started_at = now
    period.started_by = actor
    period.save()
    record_audit_event(
        actor=actor,
        action="moderation.crisis_started",
        organisation=organisation,
        subject=period,
        after={"started_at": now.isoformat()},
        note=reason,
    )
    policy = policy_access.published_policy(organisation)[1]
    recipients = _crisis_recipients(organisation, policy)
    if recipients:
        send_mail(
            _("Crisis mode on for %(organisation)s") % {"organisation": organisation.name},
            _("%(actor)s switched crisis mode on.\n\nReason: %(reason)s")
            % {"actor": actor, "reason": reason},
            None,
            recipients,
            fail_silently=True,
        )
    return period


@transaction.atomic
def end_crisis_mode(*, organisation: Organisation, actor: User, note: str = "") -> CrisisPeriod:
    """Switch crisis mode off, or turn down an open proposal to switch it on."""
    require_org_perm(actor, "moderation.manage_crisis_mode", organisation)
    period = (
        CrisisPeriod.objects.select_for_update()
        .filter(organisation=organisation, ended_at__isnull=True)
        .order_by("-started_at", "-proposed_at")
        .first()
    )
    if period is None:
        raise ValidationError(_("Crisis mode is not on and there is no proposal."))
    period.ended_at = timezone.now()
    period.ended_by = actor
    period.save(update_fields=["ended_at", "ended_by"])
    record_audit_event(
        actor=actor,
        action="moderation.crisis_ended" if period.started_at else "moderation.crisis_declined",
        organisation=organisation,
        subject=period,
        after={"ended_at": period.ended_at.isoformat()},
        note=note,
    )
    return period


def hostile_count(organisation: Organisation, since: datetime, until: datetime) -> int:
    """Hostile decisions (hidden, deleted or escalated) on comments of ``organisation`` in a window."""
    return (
        ModerationDecision.objects.filter(
            comment__organisation=organisation,
            is_current=True,
            decided_at__gt=since,
            decided_at__lte=until,
        )
        .filter(HOSTILE_Q)
        .count()
    )


def check_for_hostile_spike(
    organisation: Organisation, now: datetime | None = None
) -> CrisisPeriod | None:
    """Propose crisis mode when the last hour held at least the policy's ``spike_hostile_per_hour``
    hostile decisions. Records the proposal and e-mails the beheerders and crisis team; it does not
    switch crisis mode on (a beheerder decides). Returns the new proposal, if any."""
    now = now or timezone.now()
    policy = policy_access.published_policy(organisation)[1]
    if policy is None:
        return None
    threshold = policy.management.crisis.spike_hostile_per_hour
    if threshold <= 0:
        return None
    if CrisisPeriod.objects.filter(organisation=organisation, ended_at__isnull=True).exists():
        return None  # already on, or a proposal is waiting for an answer
    count = hostile_count(organisation, now - timedelta(hours=1), now)
    if count < threshold:
        return None
    with transaction.atomic():
        period = CrisisPeriod.objects.create(
            organisation=organisation,
            proposed_automatically=True,
            reason=_(
                "%(count)d hostile comments in the last hour (threshold %(threshold)d): "
                "Sereen proposes to switch crisis mode on."
            )
            % {"count": count, "threshold": threshold},
        )
        record_audit_event(
            actor=None,
            action="moderation.crisis_proposed",
            organisation=organisation,
            subject=period,
            after={"hostile_last_hour": count, "threshold": threshold},
        )
    recipients = _crisis_recipients(organisation, policy)
    if recipients:
        send_mail(
            _("Proposal: crisis mode for %(organisation)s") % {"organisation": organisation.name},
            _(
                "%(reason)s\n\nA beheerder switches crisis mode on or turns the proposal down "
                "at %(url)s."
            )
            % {"reason": period.reason, "url": _crisis_url(organisation)},
            None,
            recipients,
            fail_silently=True,
        )
    return period
