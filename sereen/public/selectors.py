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
class PolicyState:
    number: int | None
    state: str
    state_label: str
    review_date: dt.date | None
    submitted: int  # versions waiting for the governing body
    approved_unpublished: int
    url: str = ""
    public_url: str = ""

    @property
    def review_due_soon(self) -> bool:
        if self.review_date is None:
            return False
        return self.review_date <= timezone.localdate() + dt.timedelta(days=60)


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
    links: list[Link] = field(default_factory=list)

    @property
    def has_work(self) -> bool:
        return bool(
            (self.queue and self.queue.size)
            or self.appeals_open
            or self.blocks_proposed
            or self.crisis_proposed
            or (self.policy and (self.policy.submitted or self.policy.approved_unpublished))
        )


def url_or_empty(name: str, **kwargs: Any) -> str:
    """The address of a named page, or "" while the app that owns it has not built it yet."""
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return ""


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
        url=reverse("inbox:queue", kwargs={"org_slug": organisation.slug}),
    )


def _policy_state(organisation: Organisation) -> PolicyState:
    from sereen.policy.models import PolicyVersion

    versions = PolicyVersion.objects.filter(policy__organisation=organisation)
    published = versions.filter(state=PolicyVersion.State.PUBLISHED).order_by("-number").first()
    latest = published or versions.order_by("-number").first()
    review = getattr(published, "review_date", None) if published is not None else None
    if latest is None:
        number, state, label = None, "", str(_("no policy yet"))
    else:
        number, state, label = latest.number, latest.state, latest.get_state_display()
    return PolicyState(
        number=number,
        state=state,
        state_label=label,
        review_date=review,
        submitted=versions.filter(state=PolicyVersion.State.SUBMITTED).count(),
        approved_unpublished=versions.filter(state=PolicyVersion.State.APPROVED).count(),
        url=url_or_empty("policy:index", org_slug=organisation.slug)
        or url_or_empty("policy:detail", org_slug=organisation.slug),
        public_url=url_or_empty("policy_public:index", org_slug=organisation.slug),
    )


def _links(user: User, organisation: Organisation) -> list[Link]:
    slug = organisation.slug
    candidates = [
        ("inbox.view_reviewitem", _("Review inbox"), "inbox:queue"),
        ("policy.view_policy", _("Social media policy"), "policy:index"),
        ("moderation.view_appeal", _("Appeals"), "moderation:appeal_list"),
        ("moderation.view_block", _("Blocks"), "moderation:block_list"),
        ("moderation.view_crisisperiod", _("Crisis mode"), "moderation:crisis"),
        ("insights.view_insights", _("Insights"), "insights:index"),
        ("connectors.view_channel", _("Channels"), "connectors:channel_list"),
        ("core.view_audit_log", _("Audit log"), "inbox:audit"),
    ]
    links = []
    for perm, label, name in candidates:
        url = url_or_empty(name, org_slug=slug)
        if url and has_org_perm(user, perm, organisation):
            links.append(Link(str(label), url))
    for label, name in (
        (_("Public house rules"), "policy_public:index"),
        (_("Public transparency report"), "insights_public:index"),
    ):
        url = url_or_empty(name, org_slug=slug)
        if url:
            links.append(Link(str(label), url))
    return links


def dashboard_for(user: User, organisation: Organisation) -> Dashboard:
    """What needs doing now in ``organisation`` for this person, by the roles they hold there."""
    from sereen.moderation.selectors import appeals_of, blocks_of, open_crisis_proposal
    from sereen.moderation.services import is_crisis_mode

    roles = sorted(roles_of(user, organisation))
    labels = [str(Role(r).label) for r in roles if r in Role.values]
    board = Dashboard(organisation=organisation, roles=roles, role_labels=labels)
    slug = organisation.slug
    handles_comments = bool({Role.MODERATOR, Role.ANTWOORDER, Role.BEHEERDER} & set(roles))
    if handles_comments or user.is_superuser:
        board.queue = _queue(organisation)
    if has_org_perm(user, "moderation.handle_appeal", organisation):
        board.appeals_open = appeals_of(organisation, status="open").count()
        board.appeals_url = url_or_empty("moderation:appeal_list", org_slug=slug)
    if has_org_perm(user, "moderation.confirm_block", organisation):
        board.blocks_proposed = blocks_of(organisation, status="proposed").count()
        board.blocks_url = url_or_empty("moderation:block_list", org_slug=slug)
    if has_org_perm(user, "moderation.view_crisisperiod", organisation):
        board.crisis_on = is_crisis_mode(organisation)
        board.crisis_proposed = open_crisis_proposal(organisation) is not None
        board.crisis_url = url_or_empty("moderation:crisis", org_slug=slug)
    if has_org_perm(user, "moderation.decide_comment", organisation):
        from sereen.moderation.selectors import platform_actions_to_do

        board.platform_actions = platform_actions_to_do(organisation).count()
    if {Role.BEHEERDER, Role.BESTUUR, Role.LEIDINGGEVENDE, Role.LEZER} & set(roles):
        board.policy = _policy_state(organisation)
    board.links = _links(user, organisation)
    return board
