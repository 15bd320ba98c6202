"""A small, hand-countable scenario for the insights tests."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from tests.factories.inbox import ReviewItemFactory
from tests.factories.moderation import (
    AuthorFactory,
    ChannelFactory,
    CommentFactory,
    ModerationDecisionFactory,
)

DAY = dt.date(2025, 3, 10)  # a Monday


def at(day: dt.date, hour: int = 12, minute: int = 0) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def scenario(organisation) -> dict:
    """Two channels; one loud author ("Luide Lode") writes 6 of 10 comments on channel A.

    Channel A (1000 followers): Lode 6 comments (2 hidden under R2 by the engine, 1 deleted by a
    person under R3 where the engine had said keep), 4 others 1 comment each.
    Channel B: 3 authors post the same slogan within 10 minutes (a copy signal).
    Review items in the inbox: Lode's deleted comment resolved in 2 h (due in 4 h: in time), the
    first other's comment resolved in 3 h (due in 1 h: late), the second other's still open and
    long overdue.
    """
    a = ChannelFactory(organisation=organisation, name="Facebook Testegem", follower_count=1000)
    b = ChannelFactory(organisation=organisation, name="Instagram Testegem")
    lode = AuthorFactory(channel=a, handle="Luide Lode", first_seen_at=at(DAY))
    others = [
        AuthorFactory(channel=a, handle=f"Stille {i}", first_seen_at=at(DAY)) for i in range(4)
    ]
    comments = []
    for i in range(6):
        comments.append(  # noqa: PERF401
            CommentFactory(
                channel=a,
                author=lode,
                created_at=at(DAY, 9 + i),
                post_id="p1",
                topic="verkeer",
                text=f"Geheime tekst van Lode nummer {i}",
                post_reach=800,
            )
        )
    for i, other in enumerate(others):
        comments.append(
            CommentFactory(
                channel=a,
                author=other,
                created_at=at(DAY, 10, i),
                post_id="p1",
                topic="verkeer",
                text=["Wanneer gaat de straat open?", "Goed plan", "Eindelijk!", "En fietsers?"][i],
            )
        )
    ModerationDecisionFactory(
        comment=comments[0], action="hide", visible=False, rules=["R2"], automated=True
    )
    ModerationDecisionFactory(
        comment=comments[1], action="hide", visible=False, rules=["R2"], automated=True
    )
    ModerationDecisionFactory(
        comment=comments[2], action="keep", visible=True, automated=True, is_current=False
    )
    human = ModerationDecisionFactory(
        comment=comments[2], action="delete", visible=False, rules=["R3"], automated=False
    )
    # decided_at is auto_now_add: move it to 2 hours after the comment for a known response time.
    type(human).objects.filter(pk=human.pk).update(
        decided_at=comments[2].created_at + dt.timedelta(hours=2)
    )
    kept = [
        ModerationDecisionFactory(comment=c, action="keep", automated=True) for c in comments[3:]
    ]
    hour = dt.timedelta(hours=1)
    for comment, decision, due, resolved in [
        (comments[2], human, 4 * hour, 2 * hour),
        (comments[6], kept[3], hour, 3 * hour),
        (comments[7], kept[4], 4 * hour, None),
    ]:
        ReviewItemFactory(
            comment=comment,
            organisation=organisation,
            decision=decision,
            opened_at=comment.created_at,
            due_at=comment.created_at + due,
            status="resolved" if resolved else "open",
            resolved_at=comment.created_at + resolved if resolved else None,
        )
    copiers = [
        AuthorFactory(channel=b, handle=f"Kopie {i}", first_seen_at=at(DAY + dt.timedelta(days=1)))
        for i in range(3)
    ]
    for i, author in enumerate(copiers):
        CommentFactory(
            channel=b,
            author=author,
            created_at=at(DAY + dt.timedelta(days=1), 20, i * 5),
            text=["Stop de windmolens NU!!", "stop windmolens nu", "Windmolens: stop nu 😡"][i],
            post_id="p2",
            topic="energie",
        )
    return {"a": a, "b": b, "lode": lode, "comments": comments}
