import datetime as dt

from django.utils import timezone

import factory

from sereen.connectors.models import Channel, Platform
from sereen.moderation.models import Author, Comment, ModerationDecision
from tests.factories.accounts import OrganisationFactory


class ChannelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Channel

    organisation = factory.SubFactory(OrganisationFactory)
    platform = Platform.FACEBOOK
    name = factory.Sequence(lambda n: f"Facebookpagina {n}")
    handle = factory.Sequence(lambda n: f"pagina{n}")


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    channel = factory.SubFactory(ChannelFactory)
    platform_author_id = factory.Sequence(lambda n: f"user-{n}")
    handle = factory.Sequence(lambda n: f"Burger {n}")


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    channel = factory.SubFactory(ChannelFactory)
    organisation = factory.SelfAttribute("channel.organisation")
    author = factory.SubFactory(AuthorFactory, channel=factory.SelfAttribute("..channel"))
    platform_comment_id = factory.Sequence(lambda n: f"c-{n}")
    text = "Wanneer wordt de Kerkstraat terug opengesteld?"
    post_id = "post-1"
    created_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(minutes=5))


class ModerationDecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ModerationDecision

    comment = factory.SubFactory(CommentFactory)
    action = "keep"
    visible = True
    confidence = 0.9
    automated = True
