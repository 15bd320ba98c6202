"""Factories for the review inbox."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

import factory

from sereen.inbox.models import PRIORITY_RANK, InternalNote, ReplyTemplate, ReviewItem
from tests.factories.moderation import CommentFactory, ModerationDecisionFactory


class ReviewItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReviewItem

    comment = factory.SubFactory(CommentFactory)
    organisation = factory.SelfAttribute("comment.organisation")
    decision = factory.SubFactory(
        ModerationDecisionFactory, comment=factory.SelfAttribute("..comment"), action="review"
    )
    priority = "normal"
    priority_rank = factory.LazyAttribute(lambda o: PRIORITY_RANK[o.priority])
    opened_at = factory.LazyFunction(timezone.now)
    due_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(hours=4))


class InternalNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InternalNote

    item = factory.SubFactory(ReviewItemFactory)
    text = "Even checken bij de dienst mobiliteit."


class ReplyTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReplyTemplate

    title = factory.Sequence(lambda n: f"Sjabloon {n}")
    rule_code = ""
    kind = "general"
    text = "Dag {naam}, lees onze huisregels: {huisregels_url}"
