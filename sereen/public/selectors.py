"""What a staff member's start page shows: the work that waits for their role, read from other apps.

Other apps are read through their own selectors only: the queue and its deadlines from the inbox,
appeals, blocks and crisis mode from moderation, the policy's state from the policy app.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sereen.accounts.models import Organisation, Role, User
from sereen.accounts.roles import has_org_perm, roles_of

#: How many waiting items the start page lists (the inbox shows the rest).
NEAREST = 5
#: From how many days before the policy's review date the start page warns.
REVIEW_SOON_DAYS = 60


@dataclass
class Link:
    label: str
    url: str


@dataclass
class QueueItem:
    """One comment waiting for a person, with its deadline where the inbox knows it."""

    text: str
    channel: str
    waiting_since: dt.datetime
    deadline: dt.datetime | None = None
    urgent: bool = False
    url: str = ""

    @property
    def overdue(self) -> bool:
        return self.deadline is not None and self.deadline < timezone.now()


@dataclass
class Queue:
    size: int
    urgent: int
    overdue: int
    nearest: list[QueueItem]
    url: str = ""


@dataclass
class OpenVersion:
    """The version on its way to publication, and whether this person is the one to move it on."""

    number: int
    state: str
    state_label: str
    url: str
    your_turn: bool  # a draft for an editor, a submitted version for an approver, ...


@dataclass
class PolicyState:
    """The policy in force, the version on its way, and (for those who check) who read the code."""

    number: int | None  # the published version, None before anything is published
    approved_by: str
    decision_date: dt.date | None
    review_date: dt.date | None
    open_version: OpenVersion | None
    url: str
    public_url: str
    # Only for people who may see acknowledgements (beheerder, lezer); None for everyone else.
    not_acknowledged: list[str] | None = None
    staff_count: int = 0
    acknowledgements_url: str = ""

    @property
    def review_due_soon(self) -> bool:
        """The review date is within two months (or past)."""
        if self.review_date is None:
            return False
        return self.review_date <= timezone.localdate() + dt.timedelta(days=REVIEW_SOON_DAYS)

    @property
    def review_overdue(self) -> bool:
        return self.review_date is not None and self.review_date < timezone.localdate()

    @property
    def has_work(self) -> bool:
        return bool(
            (self.open_version and self.open_version.your_turn)
            or self.review_due_soon
            or self.not_acknowledged
        )


@dataclass
class Dashboard:
    organisation: Organisation
    roles: list[str]
    role_labels: list[str]
    queue: Queue | None = None
    appeals_open: int | None = None
    appeals_url: str = ""
    blocks_proposed: int | None = None
    blocks_url: str = ""
    crisis_on: bool = False
    crisis_proposed: bool = False
    crisis_url: str = ""
    platform_actions: int | None = None
    policy: PolicyState | None = None
    code_to_acknowledge: bool = False  # this person has not acknowledged the code in force
    code_url: str = ""
    links: list[Link] = field(default_factory=list)

    @property
    def has_work(self) -> bool:
        return bool(
            (self.queue and self.queue.size)
            or self.appeals_open
            or self.blocks_proposed
            or self.crisis_proposed
            or self.code_to_acknowledge
            or (self.policy and self.policy.has_work)
        )


def url_or_empty(name: str, **kwargs: Any) -> str:
    """The address of a named page, or "" where it does not exist (for optional links)."""
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return ""


def _url(name: str, organisation: Organisation, **kwargs: Any) -> str:
    return reverse(name, kwargs={"org_slug": organisation.slug, **kwargs})


def _queue(organisation: Organisation) -> Queue:
    """The inbox's open review items: how many, how many urgent or overdue, and the first few."""
    from sereen.inbox.selectors import dashboard_queue

    found = dashboard_queue(organisation, limit=NEAREST)
    return Queue(
        size=found["size"],
        urgent=found["urgent"],
        overdue=found["overdue"],
        nearest=[
            QueueItem(
                text=item["text"],
                channel=item["channel"],
                waiting_since=item["waiting_since"],
                deadline=item["deadline"],
                urgent=item["urgent"],
                url=item["url"],
            )
            for item in found["items"]
        ],
        url=_url("inbox:queue", organisation),
    )


def _open_version(user: User, organisation: Organisation) -> OpenVersion | None:
    from sereen.policy import selectors as policy
    from sereen.policy.models import PolicyVersion

    version = policy.open_version(organisation)
    if version is None:
        return None
    # Who moves the version on from each state: the beheerder submits and publishes, the
    # governing body approves.
    next_step = {
        PolicyVersion.State.DRAFT: "policy.submit_version",
        PolicyVersion.State.SUBMITTED: "policy.approve_version",
        PolicyVersion.State.APPROVED: "policy.publish_version",
    }
    return OpenVersion(
        number=version.number,
        state=version.state,
        state_label=str(version.get_state_display()),
        url=_url("policy:version", organisation, number=version.number),
        your_turn=has_org_perm(user, next_step[version.state], organisation),
    )


def _policy_state(user: User, organisation: Organisation) -> PolicyState:
    from sereen.policy import selectors as policy

    published = policy.published_version_for(organisation)
    state = PolicyState(
        number=published.number if published else None,
        approved_by=published.approval_body if published else "",
        decision_date=published.decision_date if published else None,
        review_date=published.review_date if published else None,
        open_version=_open_version(user, organisation),
        url=_url("policy:index", organisation),
        public_url=_url("policy_public:index", organisation),
    )
    if published is not None and has_org_perm(user, "policy.view_acknowledgements", organisation):
        status = policy.acknowledgement_status(organisation)
        state.not_acknowledged = [p.get_full_name() or p.get_username() for p in status.pending]
        state.staff_count = status.total
        state.acknowledgements_url = _url("policy:acknowledgements", organisation)
    return state


def _links(user: User, organisation: Organisation) -> list[Link]:
    candidates = [
        ("inbox.view_reviewitem", _("Review inbox"), "inbox:queue"),
        ("policy.view_policy", _("Social media policy"), "policy:index"),
        ("moderation.view_appeal", _("Appeals"), "moderation:appeal_list"),
        ("moderation.view_block", _("Blocks"), "moderation:block_list"),
        ("moderation.view_crisisperiod", _("Crisis mode"), "moderation:crisis"),
        ("insights.view_insights", _("Insights"), "insights:index"),
        ("connectors.view_channel", _("Channels"), "connectors:channel_list"),
        # The inbox shows its readers the moderation part of the log, and everything to auditors.
        ("inbox.view_reviewitem", _("Audit log"), "inbox:audit"),
    ]
    links = [
        Link(str(label), _url(name, organisation))
        for perm, label, name in candidates
        if has_org_perm(user, perm, organisation)
    ]
    links += [
        Link(str(_("Public house rules")), _url("policy_public:index", organisation)),
        Link(str(_("Public transparency report")), _url("insights_public:index", organisation)),
    ]
    return links


def dashboard_for(user: User, organisation: Organisation) -> Dashboard:
    """What needs doing now in ``organisation`` for this person, by the roles they hold there."""
    from sereen.moderation.selectors import (
        appeals_of,
        blocks_of,
        open_crisis_proposal,
        platform_actions_to_do,
    )
    from sereen.moderation.services import is_crisis_mode
    from sereen.policy.selectors import has_acknowledged, published_version_for

    roles = sorted(roles_of(user, organisation))
    labels = [str(Role(r).label) for r in roles if r in Role.values]
    board = Dashboard(organisation=organisation, roles=roles, role_labels=labels)
    if has_org_perm(user, "inbox.handle_reviewitem", organisation) or has_org_perm(
        user, "inbox.reply_reviewitem", organisation
    ):
        board.queue = _queue(organisation)
    if has_org_perm(user, "moderation.handle_appeal", organisation):
        board.appeals_open = appeals_of(organisation, status="open").count()
        board.appeals_url = _url("moderation:appeal_list", organisation)
    if has_org_perm(user, "moderation.confirm_block", organisation):
        board.blocks_proposed = blocks_of(organisation, status="proposed").count()
        board.blocks_url = _url("moderation:block_list", organisation)
    if has_org_perm(user, "moderation.view_crisisperiod", organisation):
        board.crisis_on = is_crisis_mode(organisation)
        board.crisis_proposed = open_crisis_proposal(organisation) is not None
        board.crisis_url = _url("moderation:crisis", organisation)
    if has_org_perm(user, "moderation.decide_comment", organisation):
        board.platform_actions = platform_actions_to_do(organisation).count()
    # Those who write, approve or check the policy see its state; everyone else only their own part.
    if any(
        has_org_perm(user, perm, organisation)
        for perm in ("policy.edit_draft", "policy.approve_version", "policy.view_acknowledgements")
    ):
        board.policy = _policy_state(user, organisation)
    if (
        has_org_perm(user, "policy.acknowledge_code_of_conduct", organisation)
        and published_version_for(organisation) is not None
        and not has_acknowledged(user, organisation)
    ):
        board.code_to_acknowledge = True
        board.code_url = _url("policy:code", organisation)
    board.links = _links(user, organisation)
    return board
