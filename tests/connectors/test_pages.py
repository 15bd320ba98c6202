"""Channel and import pages: a beheerder adds channels, a moderator imports a platform export
and sees every rejected row with its row number and reason, in Dutch."""

from __future__ import annotations

from html import unescape

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from sereen.connectors.models import Channel
from sereen.core.models import AuditEvent
from sereen.moderation.models import Comment
from tests.connectors.test_import import CSV

pytestmark = pytest.mark.django_db

IMPORT = reverse("moderation:import", kwargs={"org_slug": "testegem"})
CHANNELS = reverse("connectors:channel_list", kwargs={"org_slug": "testegem"})


def upload(name, content):
    return SimpleUploadedFile(name, content.encode(), content_type="text/plain")


def test_moderator_imports_an_export_and_sees_the_rejected_rows(client, published, channel, member):
    moderator = member("moderator")
    client.force_login(moderator)
    assert client.get(IMPORT).status_code == 200
    response = client.post(IMPORT, {"channel": channel.pk, "file": upload("export.csv", CSV)})
    assert response.status_code == 200
    page = unescape(response.content.decode())
    assert "5 gelezen: 2 nieuw, 1 al gekend, 2 geweigerd." in page
    assert "'created_at' is verplicht." in page
    assert "'post.reach' moet een geheel getal ≥ 0 zijn." in page
    assert set(Comment.objects.values_list("platform_comment_id", flat=True)) == {"c1", "c2"}
    assert AuditEvent.objects.filter(
        action="moderation.comments_imported", actor=moderator
    ).exists()


def test_unreadable_file_is_an_error_on_the_field(client, published, channel, member):
    client.force_login(member("moderator"))
    response = client.post(
        IMPORT, {"channel": channel.pk, "file": upload("export.csv", "naam,tekst\nx,y\n")}
    )
    assert response.status_code == 400
    assert "Het CSV-bestand mist de kolom(men): id, text, author_id, created_at" in (
        response.content.decode()
    )
    unknown = client.post(IMPORT, {"channel": channel.pk, "file": upload("export.txt", "x")})
    assert unknown.status_code == 400
    assert "kies het formaat" in unknown.content.decode()
    assert not Comment.objects.exists()


def test_a_channel_of_another_organisation_cannot_be_chosen(client, published, channel, member):
    from tests.factories.moderation import ChannelFactory

    elsewhere = ChannelFactory()
    client.force_login(member("moderator"))
    response = client.post(IMPORT, {"channel": elsewhere.pk, "file": upload("e.csv", CSV)})
    assert response.status_code == 400
    assert not Comment.objects.exists()


@pytest.mark.parametrize("role", ["antwoorder", "lezer", "redacteur", "leidinggevende", "bestuur"])
def test_only_moderators_and_beheerders_import(client, published, channel, member, role):
    client.force_login(member(role))
    assert client.get(IMPORT).status_code == 403
    response = client.post(IMPORT, {"channel": channel.pk, "file": upload("export.csv", CSV)})
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_beheerder_adds_a_channel_and_sees_what_the_platform_allows(client, member):
    beheerder = member("beheerder")
    client.force_login(beheerder)
    response = client.post(
        CHANNELS, {"platform": "instagram", "name": "Instagram Testegem", "handle": "@testegem"}
    )
    assert response.status_code == 302
    channel = Channel.objects.get(name="Instagram Testegem")
    assert AuditEvent.objects.filter(action="connectors.channel_created", actor=beheerder).exists()
    page = client.get(CHANNELS).content.decode()
    # Readable labels, not codes: Instagram hides, deletes and replies, but cannot block.
    assert "verbergen, verwijderen, antwoorden" in page
    assert "auteur blokkeren" in page.split(f'id="channel-{channel.pk}"')[1]
    invalid = client.post(CHANNELS, {"platform": "myspace", "name": ""})
    assert invalid.status_code == 400


@pytest.mark.parametrize("role", ["moderator", "lezer", "antwoorder"])
def test_other_roles_cannot_add_channels(client, member, role):
    client.force_login(member(role))
    assert client.post(CHANNELS, {"platform": "x", "name": "X"}).status_code == 403
    assert not Channel.objects.exists()


def edit_url(channel):
    return reverse("connectors:channel_edit", kwargs={"org_slug": "testegem", "pk": channel.pk})


def test_beheerder_enters_the_follower_count_and_it_is_audited(client, channel, member):
    beheerder = member("beheerder")
    client.force_login(beheerder)
    assert client.get(edit_url(channel)).status_code == 200
    response = client.post(
        edit_url(channel),
        {
            "name": "Gemeente Testegem",
            "handle": "@testegem",
            "url": "",
            "follower_count": "12500",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    channel.refresh_from_db()
    assert channel.follower_count == 12500 and channel.platform == "facebook"
    event = AuditEvent.objects.get(action="connectors.channel_changed", actor=beheerder)
    assert event.after["follower_count"] == 12500 and event.before["follower_count"] is None
    assert "12500" in client.get(CHANNELS).content.decode()


def test_a_negative_follower_count_is_refused_on_the_field(client, channel, member):
    client.force_login(member("beheerder"))
    response = client.post(
        edit_url(channel), {"name": channel.name, "follower_count": "-5", "is_active": "on"}
    )
    assert response.status_code == 400
    assert 'id="id_follower_count_error"' in response.content.decode()
    channel.refresh_from_db()
    assert channel.follower_count is None


@pytest.mark.parametrize("role", ["moderator", "antwoorder", "lezer", "redacteur"])
def test_only_a_beheerder_changes_a_channel(client, channel, member, role):
    client.force_login(member(role))
    assert client.get(edit_url(channel)).status_code == 403
    assert client.post(edit_url(channel), {"name": "Gekaapt"}).status_code == 403
    channel.refresh_from_db()
    assert channel.name != "Gekaapt"
    assert not AuditEvent.objects.filter(action="connectors.channel_changed").exists()


def test_leaving_active_unticked_switches_the_channel_off(client, channel, member):
    client.force_login(member("beheerder"))
    client.post(edit_url(channel), {"name": channel.name})  # the checkbox left empty: off
    channel.refresh_from_db()
    assert channel.is_active is False
