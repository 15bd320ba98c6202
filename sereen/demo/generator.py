"""The demo municipality Zonnedaele: organisations, people, policy, channels and six weeks of comments.

Everything goes through the same services as real use: organisations and roles through
``sereen.accounts.services``, the starter policy through the policy app, channels through
``sereen.connectors.services``, comments through ``sereen.moderation.ingest.ingest_comments`` (so
the engine decides them with the published policy), reviews through ``decide_by_human`` and appeals
through ``file_appeal`` / ``decide_appeal``.

The demo replays weeks of history in seconds. Services stamp decisions and appeals with the time
they run, so afterwards the generator dates them to when they would have happened (a few seconds
after posting for the engine, minutes to hours for a person); otherwise every response time would
read "six weeks". The audit log, which is append-only, keeps the real time of the replay.

All randomness comes from one ``random.Random(seed)``: the same seed and size give the same data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from sereen.accounts.models import Organisation, Role, User
from sereen.demo import texts as T

DEMO_PASSWORD = "sereen-demo"
DEFAULT_SEED = 20240401
MUNICIPALITY_SLUG = "zonnedaele"
#: Colleagues who have not confirmed the code of conduct yet, for the beheerder's start page.
NOT_YET_ACKNOWLEDGED = ("redacteur", "antwoorder")


class DemoError(Exception):
    """The demo cannot be built; the message says what to do."""


@dataclass(frozen=True)
class DemoSize:
    """How much history to generate."""

    comments: int  # ordinary comments, before the crisis spike
    days: int
    people: int
    crisis_comments: int
    loud_accounts: int
    coordinated_accounts: int
    appeals: int


SIZES = {
    "full": DemoSize(
        comments=2600,
        days=42,
        people=900,
        crisis_comments=700,
        loud_accounts=4,
        coordinated_accounts=9,
        appeals=16,
    ),
    "small": DemoSize(
        comments=160,
        days=14,
        people=70,
        crisis_comments=60,
        loud_accounts=2,
        coordinated_accounts=4,
        appeals=4,
    ),
}


@dataclass(frozen=True)
class DemoOrganisation:
    slug: str
    name: str
    kind: str
    share: float  # of the ordinary comments
    channels: tuple[tuple[str, str, str, int | None], ...]  # platform, name, handle, followers


ORGANISATIONS = (
    DemoOrganisation(
        MUNICIPALITY_SLUG,
        "Gemeente Zonnedaele",
        Organisation.Kind.MUNICIPALITY,
        0.8,
        (
            ("facebook", "Gemeente Zonnedaele", "gemeentezonnedaele", 8400),
            ("instagram", "Zonnedaele", "@zonnedaele", 5200),
            ("x", "Gemeente Zonnedaele", "@zonnedaele", 2100),
            ("youtube", "Zonnedaele TV", "ZonnedaeleTV", 900),
            ("website", "Nieuwsberichten op zonnedaele.be", "zonnedaele.be", None),
        ),
    ),
    DemoOrganisation(
        "ocmw-zonnedaele",
        "OCMW Zonnedaele",
        Organisation.Kind.OCMW,
        0.12,
        (("facebook", "Sociaal Huis Zonnedaele", "sociaalhuiszonnedaele", 1900),),
    ),
    DemoOrganisation(
        "bib-zonnedaele",
        "Bibliotheek Zonnedaele",
        Organisation.Kind.LIBRARY,
        0.08,
        (
            ("facebook", "Bib Zonnedaele", "bibzonnedaele", 1400),
            ("instagram", "Bib Zonnedaele", "@bibzonnedaele", 1100),
        ),
    ),
)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    roles: tuple[tuple[str, str], ...]  # (organisation slug, role)
    what: str  # Dutch: what to try with this account


ACCOUNTS = (
    DemoAccount(
        "beheerder",
        "Bram",
        "Beheerder",
        ((MUNICIPALITY_SLUG, Role.BEHEERDER),),
        "beleidsversie 2 indienen en publiceren, de gedragscode, kanalen, crisismodus",
    ),
    DemoAccount(
        "redacteur",
        "Rani",
        "Redacteur",
        ((MUNICIPALITY_SLUG, Role.REDACTEUR),),
        "de gedragscode lezen en bevestigen, de inzichten bekijken",
    ),
    DemoAccount(
        "moderator",
        "Mona",
        "Moderator",
        ((MUNICIPALITY_SLUG, Role.MODERATOR),),
        "de inbox afwerken met het toetsenbord",
    ),
    DemoAccount(
        "antwoorder",
        "Ahmed",
        "Antwoorder",
        ((MUNICIPALITY_SLUG, Role.ANTWOORDER),),
        "vragen en kritiek beantwoorden met een sjabloon",
    ),
    DemoAccount(
        "leidinggevende",
        "Lien",
        "Leidinggevende",
        ((MUNICIPALITY_SLUG, Role.LEIDINGGEVENDE),),
        "bezwaren behandelen, de inbox en de inzichten opvolgen",
    ),
    DemoAccount(
        "bestuur",
        "Bert",
        "Bestuur",
        ((MUNICIPALITY_SLUG, Role.BESTUUR),),
        "een ingediende beleidsversie goedkeuren (college)",
    ),
    DemoAccount(
        "lezer",
        "Lotte",
        "Lezer",
        ((MUNICIPALITY_SLUG, Role.LEZER),),
        "alles inkijken als auditor, ook het auditlogboek",
    ),
    DemoAccount(
        "ocmw",
        "Olivier",
        "OCMW",
        (("ocmw-zonnedaele", Role.BEHEERDER), ("ocmw-zonnedaele", Role.MODERATOR)),
        "beheerder en moderator van het OCMW",
    ),
    DemoAccount(
        "bib",
        "Bieke",
        "Bib",
        (("bib-zonnedaele", Role.BEHEERDER), ("bib-zonnedaele", Role.MODERATOR)),
        "beheerder en moderator van de bibliotheek",
    ),
)


@dataclass
class DemoSummary:
    """What was made, for the command's output and the tests."""

    created: bool
    organisations: list[Organisation] = field(default_factory=list)
    comments: int = 0
    decisions: Counter[str] = field(default_factory=Counter)
    reviewed_by_people: int = 0
    open_for_review: int = 0
    appeals: int = 0
    appeals_decided: int = 0


def demo_organisation_slugs() -> list[str]:
    return [org.slug for org in ORGANISATIONS]


def demo_exists() -> bool:
    return Organisation.objects.filter(slug=MUNICIPALITY_SLUG).exists()


# ---------------------------------------------------------------------------------------------
# People, organisations, policy, channels


def _ensure_organisations() -> dict[str, Organisation]:
    from sereen.accounts.services import create_organisation

    made: dict[str, Organisation] = {}
    parent = None
    for spec in ORGANISATIONS:
        org = Organisation.objects.filter(slug=spec.slug).first()
        if org is None:
            org = create_organisation(
                name=spec.name, slug=spec.slug, kind=spec.kind, parent=parent, actor=None
            )
            org.contact_email = f"communicatie@{spec.slug}.example"
            org.website = f"https://www.{spec.slug}.example"
            org.save(update_fields=["contact_email", "website"])
        made[spec.slug] = org
        if parent is None:
            parent = org
    return made


def _ensure_accounts(orgs: dict[str, Organisation]) -> dict[str, User]:
    from sereen.accounts.services import grant_role

    # One hash for all demo accounts: hashing is deliberately slow, and these share a password.
    password = make_password(DEMO_PASSWORD)
    users: dict[str, User] = {}
    for account in ACCOUNTS:
        user, _created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "email": f"{account.username}@zonnedaele.example",
                "password": password,
            },
        )
        for slug, role in account.roles:
            grant_role(organisation=orgs[slug], user=user, role=role, actor=None)
        users[account.username] = user
    return users


def _install_policy(organisation: Organisation, actor: User, adopted: dt.date) -> None:
    """Adopt, approve and publish the starter policy through the policy app's own service."""
    from sereen.policy.selectors import published_version_for
    from sereen.policy.services import install_starter_policy

    install_starter_policy(organisation=organisation, actor=actor, today=adopted)
    if published_version_for(organisation) is None:
        raise DemoError(f"The starter policy of {organisation} was installed but is not published.")


def _prepare_next_version(organisation: Organisation, actor: User) -> None:
    """The lesson of the circulatieplan week, drafted as version 2 for the beheerder to submit.

    Left as a draft so that the demo's visitor can take it through approval and publication.
    """
    from sereen.policy import documents
    from sereen.policy.selectors import published_version_for
    from sereen.policy.services import create_draft, save_house_rule

    published = published_version_for(organisation)
    assert published is not None  # _install_policy made sure
    draft = create_draft(
        organisation=organisation,
        actor=actor,
        based_on=published,
        change_note=T.NEXT_VERSION_NOTE,
    )
    rule = documents.engine_policy(draft.document).house_rules.by_code(T.NEXT_VERSION_RULE)
    if rule is None:
        raise DemoError(f"The starter policy has no house rule {T.NEXT_VERSION_RULE} any more.")
    save_house_rule(
        version=draft,
        actor=actor,
        rule=dataclasses.replace(
            rule, forbidden_examples=(*rule.forbidden_examples, T.NEXT_VERSION_EXAMPLE)
        ),
        replaces=rule.code,
    )


def _inform_staff(organisation: Organisation, actor: User, users: dict[str, User]) -> None:
    """The code of conduct went to every colleague; most confirmed they read it, a few did not."""
    from sereen.policy.services import acknowledge_code_of_conduct, send_code_of_conduct_to_staff

    send_code_of_conduct_to_staff(organisation=organisation, actor=actor)
    for account in ACCOUNTS:
        if account.username in NOT_YET_ACKNOWLEDGED:
            continue
        if any(slug == organisation.slug for slug, _ in account.roles):
            acknowledge_code_of_conduct(organisation=organisation, actor=users[account.username])


def _ensure_channels(orgs: dict[str, Organisation]) -> dict[str, list[Any]]:
    from sereen.connectors.models import Channel
    from sereen.connectors.services import create_channel

    channels: dict[str, list[Any]] = {}
    for spec in ORGANISATIONS:
        org = orgs[spec.slug]
        found = []
        for platform, name, handle, followers in spec.channels:
            channel = Channel.objects.filter(organisation=org, platform=platform, name=name).first()
            if channel is None:
                channel = create_channel(
                    organisation=org,
                    actor=None,
                    platform=platform,
                    name=name,
                    handle=handle,
                    url=f"https://{platform}.example/{handle.lstrip('@')}",
                    adapter="demo",
                )
                channel.follower_count = followers
                channel.save(update_fields=["follower_count"])
            found.append(channel)
        channels[spec.slug] = found
    return channels


# ---------------------------------------------------------------------------------------------
# Comments


@dataclass
class _Person:
    key: str
    handle: str
    weight: float
    account_created: dt.datetime | None = None


@dataclass
class _Post:
    id: str
    text: str
    topic: str
    reach: int | None
    day: int


@dataclass
class _Planned:
    channel_index: int
    kind: str
    item: dict[str, Any]


def _people(rng: random.Random, count: int, now: dt.datetime) -> list[_Person]:
    """Commenters with a heavy-tailed activity: a few post a lot, most once or twice."""
    people = []
    for i in range(count):
        first = rng.choice(T.FIRST_NAMES)
        last = rng.choice(T.LAST_NAMES).replace("_", " ")
        style = rng.choice(T.HANDLE_STYLES)
        handle = style.format(
            f=first,
            l=last.replace(" ", ""),
            li=last[0],
            n=rng.randint(1, 99),
            fl=(first[0] + last.replace(" ", "")).lower(),
        )
        weight = 1.0 / (i + 1) ** 0.95
        created = now - dt.timedelta(days=rng.randint(200, 4000))
        people.append(_Person(f"p{i:04d}", handle, weight, created))
    rng.shuffle(people)  # rank is not the id order
    return people


def _fill(template: str, rng: random.Random, topic: str) -> str:
    street = rng.choice(T.STREETS)
    return template.format(
        topic_word=topic,
        street=street,
        street_upper=street.upper(),
        place=rng.choice(T.PLACES),
        service=rng.choice(T.SERVICES),
    )


def _vary(text: str, rng: random.Random) -> str:
    """Small, human variations so that ordinary comments are not copies of each other."""
    roll = rng.random()
    if roll < 0.12:
        text = text.lower()
    elif roll < 0.18:
        text = text.rstrip(".!?") + "!!"
    tail = rng.random()
    if tail < 0.06:
        text += " 😡"
    elif tail < 0.12:
        text += " 👍"
    elif tail < 0.16:
        text += " Groetjes."
    return text


ORDINARY_KINDS = (
    ("question", T.QUESTIONS, 0.22),
    ("praise", T.PRAISE, 0.17),
    ("criticism", T.CRITICISM, 0.37),
    ("insult", T.INSULTS, 0.10),
    ("hate", T.HATE, 0.03),
    ("threat", T.THREATS, 0.01),
    ("spam", T.SPAM, 0.06),
    ("personal_data", T.PERSONAL_DATA, 0.04),
)


def _time_on(day_start: dt.datetime, rng: random.Random) -> dt.datetime:
    # Most comments come in the evening, few at night.
    hour = rng.choices(
        range(24),
        weights=[1, 1, 0, 0, 0, 1, 3, 6, 8, 8, 7, 7, 8, 7, 6, 6, 7, 9, 11, 13, 14, 12, 8, 4],
    )[0]
    return day_start + dt.timedelta(
        hours=hour, minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
    )


def _plan_comments(
    rng: random.Random,
    size: DemoSize,
    spec: DemoOrganisation,
    channels: list[Any],
    now: dt.datetime,
) -> list[_Planned]:
    """Every comment of one organisation over ``size.days`` days, oldest first."""
    today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    start = today - dt.timedelta(days=size.days - 1)
    latest = now - dt.timedelta(minutes=3)
    people = _people(rng, max(10, int(size.people * spec.share * 1.2)), now)
    weights = [p.weight for p in people]
    crisis = spec.slug == MUNICIPALITY_SLUG
    crisis_first = size.days - 17 if size.days >= 21 else max(0, size.days - 6)
    crisis_days = range(crisis_first, crisis_first + (7 if size.days >= 21 else 3))

    # Posts: a few per channel per week, each about one topic.
    posts: dict[int, list[_Post]] = defaultdict(list)
    for ci, channel in enumerate(channels):
        for day in range(0, size.days, 2 if channel.platform in ("facebook", "instagram") else 4):
            code, text = rng.choice(T.TOPICS)
            followers = channel.follower_count
            reach = int(followers * rng.uniform(0.3, 1.6)) if followers else None
            posts[ci].append(
                _Post(f"{channel.platform}-{spec.slug}-{day}-{code}", text, code, reach, day)
            )
        if crisis and ci == 0:
            # The circulatieplan posts on the main page; the fight reaches far beyond the followers.
            for n, text in enumerate(T.CRISIS_POSTS):
                day = crisis_days[0] + 2 * n
                reach = int((channel.follower_count or 1000) * rng.uniform(2.5, 4.0))
                posts[ci].append(
                    _Post(
                        f"{channel.platform}-{spec.slug}-{day}-{T.CRISIS_TOPIC}",
                        text,
                        T.CRISIS_TOPIC,
                        reach,
                        day,
                    )
                )
            posts[ci].sort(key=lambda p: p.day)

    # Bigger channels get more comments.
    channel_weights = [(c.follower_count or 600) for c in channels]
    planned: list[_Planned] = []
    counter = 0

    def add(ci: int, kind: str, person: _Person, text: str, post: _Post, at: dt.datetime) -> None:
        nonlocal counter
        counter += 1
        at = min(at, latest - dt.timedelta(seconds=counter))
        item = {
            "id": f"{spec.slug}-{counter:06d}",
            "text": text,
            "author": {
                "id": person.key,
                "handle": person.handle,
                "account_created_at": person.account_created.isoformat()
                if person.account_created
                else None,
            },
            "created_at": at.isoformat(),
            "post": {"id": post.id, "text": post.text, "reach": post.reach},
            "topic": post.topic,
        }
        planned.append(_Planned(ci, kind, item))

    def post_for(ci: int, day: int, topic: str | None = None) -> _Post:
        candidates = [p for p in posts[ci] if p.day <= day and (topic is None or p.topic == topic)]
        if not candidates:
            candidates = [p for p in posts[ci] if p.day <= day] or posts[ci][:1]
        # Most comments land on the newest posts.
        return rng.choice(candidates[-3:])

    ordinary = int(size.comments * spec.share)
    kinds = [k for k, _, _ in ORDINARY_KINDS]
    kind_weights = [w for _, _, w in ORDINARY_KINDS]
    templates = {k: t for k, t, _ in ORDINARY_KINDS}
    for _ in range(ordinary):
        day = rng.randrange(size.days)
        ci = rng.choices(range(len(channels)), weights=channel_weights)[0]
        kind = rng.choices(kinds, weights=kind_weights)[0]
        post = post_for(ci, day)
        text = _vary(_fill(rng.choice(templates[kind]), rng, post.topic), rng)
        person = rng.choices(people, weights=weights)[0]
        add(ci, kind, person, text, post, _time_on(start + dt.timedelta(days=day), rng))

    if crisis:
        _plan_crisis(rng, size, people, weights, crisis_days, start, add, post_for)
        # A fresh post with comments from the last day and a half that wait for a person.
        topic, text = T.RECENT_POST
        fresh = _Post(f"facebook-{spec.slug}-nu-{topic}", text, topic, 7900, size.days - 1)
        recent = [
            ("shouting", T.SHOUTING, 5),
            ("borderline", T.BORDERLINE, 3),
            ("hate", T.HATE, 1),
            ("question", T.QUESTIONS, 4),
            ("criticism", T.CRITICISM, 6),
            ("insult", T.INSULTS, 2),
        ]
        for _ in range(max(12, size.comments // 80)):
            kind, pool, _w = rng.choices(recent, weights=[w for _, _, w in recent])[0]
            person = rng.choices(people, weights=weights)[0]
            at = now - dt.timedelta(minutes=rng.randint(10, 30 * 60))
            add(0, kind, person, _vary(_fill(rng.choice(pool), rng, topic), rng), fresh, at)
        # One threat came in just now: urgent, at the top of the queue, still within its hour.
        person = rng.choices(people, weights=weights)[0]
        threat = _fill(rng.choice(T.THREATS), rng, topic)
        add(0, "threat", person, threat, fresh, now - dt.timedelta(minutes=rng.randint(8, 20)))
    planned.sort(key=lambda p: p.item["created_at"])
    return planned


def _plan_crisis(rng, size, people, weights, crisis_days, start, add, post_for) -> None:
    """The circulatieplan week: many angry people, a loud few, and a pasted text from new accounts."""
    now = timezone.now()
    loud = people[: size.loud_accounts]
    for person in loud:
        person.handle = person.handle.replace(" ", "") + "_vrij"
    coordinated = [
        _Person(f"n{i:03d}", f"{rng.choice(T.FIRST_NAMES)}{rng.randint(1000, 9999)}", 0.0)
        for i in range(size.coordinated_accounts)
    ]
    for person in coordinated:
        person.account_created = (
            now - dt.timedelta(days=size.days) + dt.timedelta(hours=rng.randint(0, 12))
        )
    days = list(crisis_days)
    day_weights = [1, 3, 6, 4, 3, 2, 1][: len(days)]
    fb = 0  # the municipality's Facebook page carries the fight
    for _ in range(size.crisis_comments):
        day = rng.choices(days, weights=day_weights)[0]
        post = post_for(fb, day, T.CRISIS_TOPIC)
        at = _time_on(start + dt.timedelta(days=day), rng)
        if rng.random() < 0.3:
            person = rng.choice(loud)
            pick = rng.random()
            text = (
                rng.choice(T.CRISIS_LOUD)
                if pick < 0.45
                else _fill(rng.choice(T.CRISIS_CRITICISM), rng, post.topic)
            )
            add(fb, "loud" if pick < 0.45 else "criticism", person, _vary(text, rng), post, at)
        else:
            person = rng.choices(people, weights=weights)[0]
            add(
                fb,
                "criticism",
                person,
                _vary(_fill(rng.choice(T.CRISIS_CRITICISM), rng, post.topic), rng),
                post,
                at,
            )
    # The coordinated burst: near-identical texts within twenty minutes on the peak evening.
    peak = days[min(2, len(days) - 1)]
    burst = start + dt.timedelta(days=peak, hours=20, minutes=rng.randint(0, 20))
    post = post_for(fb, peak, T.CRISIS_TOPIC)
    for person in coordinated:
        at = burst + dt.timedelta(minutes=rng.randint(0, 20), seconds=rng.randint(0, 59))
        add(fb, "coordinated", person, rng.choice(T.CRISIS_COORDINATED), post, at)


def _ingest(channels: list[Any], planned: list[_Planned]) -> dict[int, str]:
    """Send the planned comments through the ingest service; the engine decides them at once.

    Returns the kind of each stored comment, by comment id (for the simulated reviewers).
    """
    from sereen.moderation.ingest import ingest_comments

    kinds: dict[int, str] = {}
    by_channel: dict[int, list[_Planned]] = defaultdict(list)
    for plan in planned:
        by_channel[plan.channel_index].append(plan)
    for ci, plans in by_channel.items():
        report = ingest_comments(channel=channels[ci], items=[p.item for p in plans], source="demo")
        for plan, result in zip(plans, report.results, strict=True):
            if result.status == "rejected":
                raise DemoError(f"The demo generated an invalid comment: {result.errors}")
            kinds[result.comment_id] = plan.kind
    from sereen.moderation.models import ModerationDecision

    decided = ModerationDecision.objects.filter(comment_id__in=list(kinds)).values("comment_id")
    undecided = len(kinds) - decided.distinct().count()
    if undecided:
        # The immediate task backend logs a failed task instead of raising: say it plainly here.
        raise DemoError(
            f"The engine left {undecided} of {len(kinds)} demo comments undecided: the task "
            "moderate_incoming_comments failed (see the traceback above)."
        )
    return kinds


def _rule_codes(organisation: Organisation) -> dict[str, str]:
    """The published policy's house rule per rule kind (insult, hate, ...), first one wins."""
    from sereen.moderation import policy_access

    _, policy = policy_access.published_policy(organisation)
    codes: dict[str, str] = {}
    for rule in policy.house_rules.rules if policy is not None else ():
        codes.setdefault(str(rule.kind), rule.code)
    return codes


def _office_delay(rng: random.Random, posted: dt.datetime, urgent: bool) -> dt.timedelta:
    """How long a person took: minutes for urgent items, otherwise the next office hours."""
    if urgent:
        return dt.timedelta(minutes=rng.randint(4, 45))
    local = timezone.localtime(posted)
    delay = dt.timedelta(minutes=rng.randint(15, 150))
    if local.hour >= 17 or local.weekday() >= 5:
        days_ahead = 1 if local.weekday() < 4 else 7 - local.weekday()
        next_open = (local + dt.timedelta(days=days_ahead)).replace(hour=8, minute=30)
        delay += next_open - local
    elif local.hour < 8:
        delay += local.replace(hour=8, minute=30) - local
    return delay


def _review_by_people(
    rng: random.Random,
    organisation: Organisation,
    users: dict[str, User],
    kinds: dict[int, str],
    now: dt.datetime,
) -> tuple[int, list[tuple[int, dt.datetime]]]:
    """People decide what the engine left to them, except the last day and a half (the queue)."""
    from sereen.moderation.models import Comment
    from sereen.moderation.services import decide_by_human

    codes = _rule_codes(organisation)
    staff = [u for u in users.values() if organisation.memberships.filter(user=u).exists()]
    moderators = [
        u for u in staff if organisation.memberships.filter(user=u, role=Role.MODERATOR).exists()
    ]
    beheerders = [
        u for u in staff if organisation.memberships.filter(user=u, role=Role.BEHEERDER).exists()
    ]
    responders = [
        u for u in staff if organisation.memberships.filter(user=u, role=Role.ANTWOORDER).exists()
    ] or moderators
    cutoff = now - dt.timedelta(hours=36)
    waiting = list(
        Comment.objects.filter(
            organisation=organisation,
            status=Comment.Status.AWAITING_REVIEW,
            created_at__lt=cutoff,
        )
        .select_related("organisation", "channel", "author")
        .order_by("created_at", "pk")
    )
    timings: list[tuple[int, dt.datetime]] = []
    for comment in waiting:
        kind = kinds.get(comment.pk, "criticism")
        action, rule_kind = T.HUMAN_VIEW[kind]
        rule_codes = [codes[rule_kind]] if rule_kind and rule_kind in codes else []
        if action in ("hide", "delete") and not rule_codes:
            action = "keep"
        reply = ""
        actor = rng.choice(moderators or beheerders)
        if action == "keep" and kind in T.REPLY_TEXTS and rng.random() < 0.6:
            action, reply, actor = "reply", T.REPLY_TEXTS[kind], rng.choice(responders)
        escalate = "police" if kind == "threat" else "none"
        decision = decide_by_human(
            comment=comment,
            actor=actor,
            action=action,
            rule_codes=rule_codes,
            reply_text=reply,
            escalate=escalate,
            note="" if action == "keep" else "Beslist volgens de huisregels.",
        )
        delay = _office_delay(rng, comment.created_at, urgent=kind == "threat")
        timings.append((decision.pk, min(comment.created_at + delay, now)))
    return len(waiting), timings


def _appeals(
    rng: random.Random,
    organisation: Organisation,
    users: dict[str, User],
    size: DemoSize,
    kinds: dict[int, str],
    now: dt.datetime,
) -> tuple[list[tuple[int, dt.datetime, dt.datetime | None]], list[tuple[int, dt.datetime]]]:
    """Some authors contest a decision with the reference from their reason message."""
    from sereen.moderation.models import Appeal, ModerationDecision
    from sereen.moderation.services import decide_appeal, file_appeal

    candidates = list(
        ModerationDecision.objects.filter(
            comment__organisation=organisation,
            is_current=True,
            action__in=["hide", "delete"],
            reference__isnull=False,
            comment__created_at__lt=now - dt.timedelta(days=2),
        )
        .exclude(escalate="police")
        .select_related("comment")
        .order_by("comment__created_at", "pk")
    )
    share = next(o.share for o in ORGANISATIONS if o.slug == organisation.slug)
    wanted = max(1, round(size.appeals * share))
    picked = rng.sample(candidates, min(wanted, len(candidates)))
    picked.sort(key=lambda d: d.comment.created_at)
    from sereen.accounts.roles import has_org_perm

    deciders = [
        u for u in users.values() if has_org_perm(u, "moderation.handle_appeal", organisation)
    ]
    timings: list[tuple[int, dt.datetime, dt.datetime | None]] = []
    restored: list[tuple[int, dt.datetime]] = []

    def current_decision_of(comment_id: int) -> int:
        return ModerationDecision.objects.get(comment_id=comment_id, is_current=True).pk

    for index, decision in enumerate(picked):
        appeal = file_appeal(
            organisation=organisation,
            text=rng.choice(T.APPEAL_TEXTS),
            reference=decision.reference,
            contact_email=f"bezwaar{index + 1}@example.be",
        )
        filed_at = decision.comment.created_at + dt.timedelta(hours=rng.randint(2, 30))
        decided_at = None
        # The most recent quarter stays open, for the demo's appeal list.
        handler = next((u for u in deciders if u.pk != decision.decided_by_id), None)
        if handler is not None and index < len(picked) * 3 // 4:
            kind = kinds.get(decision.comment_id, "")
            outcome = (
                Appeal.Outcome.OVERTURNED
                if kind in ("criticism", "coordinated", "question", "praise")
                else Appeal.Outcome.UPHELD
            )
            note = (
                "Uw reactie was kritiek op het beleid, en die is altijd toegelaten. Ze staat terug online."
                if outcome == Appeal.Outcome.OVERTURNED
                else "Uw reactie gaat in tegen de huisregels; de beslissing blijft behouden."
            )
            decide_appeal(appeal=appeal, actor=handler, outcome=outcome, note=note)
            decided_at = min(filed_at + dt.timedelta(hours=rng.randint(3, 60)), now)
            if outcome == Appeal.Outcome.OVERTURNED:
                # The comment went back online when the appeal was granted.
                restored.append((current_decision_of(decision.comment_id), decided_at))
        timings.append((appeal.pk, min(filed_at, now), decided_at))
    return timings, restored


def _date_history(
    engine_delay: dict[int, dt.datetime],
    human: list[tuple[int, dt.datetime]],
    appeals: list[tuple[int, dt.datetime, dt.datetime | None]],
) -> None:
    """Date decisions and appeals to when they would have happened (see the module docstring)."""
    from sereen.moderation.models import Appeal, ModerationDecision

    updates = [ModerationDecision(pk=pk, decided_at=at) for pk, at in engine_delay.items()]
    updates += [ModerationDecision(pk=pk, decided_at=at) for pk, at in human]
    ModerationDecision.objects.bulk_update(updates, ["decided_at"], batch_size=1000)
    rows = [Appeal(pk=pk, created_at=filed, decided_at=decided) for pk, filed, decided in appeals]
    Appeal.objects.bulk_update(rows, ["created_at", "decided_at"], batch_size=500)


def _date_review_items(organisation: Organisation, now: dt.datetime) -> None:
    """Date the inbox like the decisions: opened when the engine decided, resolved when the person
    did, with the deadline the policy gives from that moment. Otherwise every item would read
    "waiting 0 minutes" and every response time in the insights would be zero."""
    from sereen.inbox.models import ReviewItem
    from sereen.inbox.services import due_at_for
    from sereen.moderation import policy_access
    from sereen.moderation.models import ModerationDecision

    _, policy = policy_access.published_policy(organisation)
    items = list(ReviewItem.objects.filter(organisation=organisation).select_related("decision"))
    decided_by_people = dict(
        ModerationDecision.objects.filter(
            comment_id__in=[item.comment_id for item in items],
            is_current=True,
            decided_by__isnull=False,
        ).values_list("comment_id", "decided_at")
    )
    for item in items:
        item.opened_at = item.decision.decided_at
        item.due_at = due_at_for(item.opened_at, item.priority, policy)
        if item.status == ReviewItem.Status.RESOLVED:
            item.resolved_at = decided_by_people.get(item.comment_id, item.opened_at)
        elif item.due_at < now:
            # The reminder went out when the deadline passed, not now at every demo start.
            item.overdue_notified_at = item.due_at
    ReviewItem.objects.bulk_update(
        items, ["opened_at", "due_at", "resolved_at", "overdue_notified_at"], batch_size=500
    )


def _crisis_period(
    organisation: Organisation, beheerder: User, size: DemoSize, start: dt.datetime
) -> None:
    """The beheerder switched crisis mode on during the circulatieplan week, and off after it."""
    from sereen.moderation.models import CrisisPeriod
    from sereen.moderation.services import end_crisis_mode, start_crisis_mode

    crisis_first = size.days - 17 if size.days >= 21 else max(0, size.days - 6)
    period = start_crisis_mode(
        organisation=organisation,
        actor=beheerder,
        reason="Veel boze reacties op het circulatieplan; het crisisprotocol treedt in werking.",
    )
    end_crisis_mode(organisation=organisation, actor=beheerder, note="De storm is gaan liggen.")
    began = start + dt.timedelta(days=crisis_first + 1, hours=21)
    CrisisPeriod.objects.filter(pk=period.pk).update(
        reason="Sereen stelde de crisismodus voor na een piek van vijandige reacties op het "
        "circulatieplan.\nVeel boze reacties op het circulatieplan; het crisisprotocol treedt in werking.",
        proposed_at=began - dt.timedelta(minutes=20),
        started_at=began,
        ended_at=began + dt.timedelta(days=4, hours=12),
    )


def _decline_replay_proposal(organisation: Organisation, users: dict[str, User]) -> None:
    """Replaying weeks in one go looks like a spike to the crisis check; the beheerder declines it."""
    from sereen.moderation.selectors import open_crisis_proposal
    from sereen.moderation.services import end_crisis_mode

    if open_crisis_proposal(organisation) is None:
        return
    admin = next(
        users[a.username] for a in ACCOUNTS if (organisation.slug, Role.BEHEERDER) in a.roles
    )
    end_crisis_mode(
        organisation=organisation,
        actor=admin,
        note="Demo: het voorstel ontstond doordat weken geschiedenis in één keer werden ingeladen.",
    )


def build_demo(*, size: str = "full", seed: int = DEFAULT_SEED) -> DemoSummary:
    """Build the demo unless it exists already (then nothing changes). Returns what is there."""
    from sereen.moderation.models import ModerationDecision

    if size not in SIZES:
        raise DemoError(f"Unknown demo size {size!r}; choose one of: {', '.join(SIZES)}.")
    if demo_exists():
        return summarise(created=False)
    spec_size = SIZES[size]
    rng = random.Random(seed)
    now = timezone.now().replace(microsecond=0)
    today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    start = today - dt.timedelta(days=spec_size.days - 1)
    # Replayed history sends no real e-mail, and the engine runs here instead of in the worker.
    with (
        override_settings(
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
        ),
        transaction.atomic(),
    ):
        orgs = _ensure_organisations()
        users = _ensure_accounts(orgs)
        # The college adopted the starter policy a month before the history starts.
        adopted = (start - dt.timedelta(days=30)).date()
        for slug, org in orgs.items():
            admin = next(users[a.username] for a in ACCOUNTS if (slug, Role.BEHEERDER) in a.roles)
            _install_policy(org, admin, adopted)
            _inform_staff(org, admin, users)
        _prepare_next_version(orgs[MUNICIPALITY_SLUG], users["beheerder"])
        _install_reply_templates(orgs.values())
        channels = _ensure_channels(orgs)
        for spec in ORGANISATIONS:
            org = orgs[spec.slug]
            planned = _plan_comments(rng, spec_size, spec, channels[spec.slug], now)
            kinds = _ingest(channels[spec.slug], planned)
            engine_times = {
                pk: created + dt.timedelta(seconds=rng.randint(1, 4))
                for pk, created in ModerationDecision.objects.filter(
                    comment__organisation=org, decided_by__isnull=True
                ).values_list("pk", "comment__created_at")
            }
            if spec.slug == MUNICIPALITY_SLUG:
                _crisis_period(org, users["beheerder"], spec_size, start)
            else:
                _decline_replay_proposal(org, users)
            _, human = _review_by_people(rng, org, users, kinds, now)
            appeal_times, restored = _appeals(rng, org, users, spec_size, kinds, now)
            _date_history(engine_times, human + restored, appeal_times)
            _date_review_items(org, now)
        _refresh_insights(orgs.values())
    return summarise(created=True)


def _install_reply_templates(organisations: Any) -> None:
    from sereen.inbox.services import install_default_reply_templates

    for org in organisations:
        install_default_reply_templates(organisation=org)


def _refresh_insights(organisations: Any) -> None:
    from sereen.insights.services import refresh_rollups

    for org in organisations:
        refresh_rollups(organisation=org, since=None, actor=None)


def summarise(*, created: bool) -> DemoSummary:
    """Count what the demo organisations hold now."""
    from sereen.moderation.models import Appeal, Comment, ModerationDecision

    orgs = list(Organisation.objects.filter(slug__in=demo_organisation_slugs()).order_by("pk"))
    comments = Comment.objects.filter(organisation__in=orgs)
    current = ModerationDecision.objects.filter(comment__organisation__in=orgs, is_current=True)
    return DemoSummary(
        created=created,
        organisations=orgs,
        comments=comments.count(),
        decisions=Counter(current.values_list("action", flat=True)),
        reviewed_by_people=current.filter(decided_by__isnull=False).count(),
        open_for_review=comments.filter(status=Comment.Status.AWAITING_REVIEW).count(),
        appeals=Appeal.objects.filter(organisation__in=orgs).count(),
        appeals_decided=Appeal.objects.filter(organisation__in=orgs, status="decided").count(),
    )
