import factory

from sereen.accounts.models import Membership, Organisation, User


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Gemeente {n}")
    slug = factory.Sequence(lambda n: f"gemeente-{n}")
    kind = Organisation.Kind.MUNICIPALITY


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"persoon{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.be")
    first_name = "An"
    last_name = factory.Sequence(lambda n: f"Peeters{n}")
    password = factory.django.Password("wachtwoord-123")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = "moderator"


def grant(user: User, organisation: Organisation, role: str) -> Membership:
    """Give ``user`` a role, bypassing the permission check (test set-up only)."""
    membership, _ = Membership.objects.get_or_create(
        user=user, organisation=organisation, role=role
    )
    user.__dict__.pop("_sereen_roles", None)
    user.__dict__.pop("_sereen_perms", None)
    return membership
