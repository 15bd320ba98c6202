import json

import pytest

from sereen.connectors.services import issue_channel_token
from sereen.moderation.models import Author, Comment, ModerationDecision
from tests.factories.moderation import ChannelFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/channels/{}/comments"


def item(n, **extra):
    data = {
        "id": f"p-{n}",
        "text": f"Wanneer wordt straat {n} heraangelegd?",
        "author": {"id": f"a-{n % 50}", "handle": f"Burger {n % 50}"},
        "created_at": "2026-03-02T09:14:00+01:00",
        "post": {"id": "post-1", "text": "Werken in de Kerkstraat", "reach": 1200},
    }
    data.update(extra)
    return data


@pytest.fixture
def token(channel):
    return issue_channel_token(channel, None).secret


def post(client, channel_id, body, token, raw=False):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    data = body if raw else json.dumps(body)
    return client.post(
        URL.format(channel_id), data=data, content_type="application/json", **headers
    )


def test_single_comment_created_and_decided(client, published, channel, token):
    response = post(client, channel.pk, item(1), token)
    assert response.status_code == 201, response.content
    result = response.json()["results"][0]
    assert result["status"] == "created"
    comment = Comment.objects.get(pk=result["comment"])
    assert comment.post_reach == 1200 and comment.author.handle == "Burger 1"
    decision = ModerationDecision.objects.get(comment=comment)
    assert decision.policy_version == published
    assert decision.action == "keep"


def test_idempotent(client, published, channel, token):
    assert post(client, channel.pk, item(1), token).status_code == 201
    again = post(client, channel.pk, item(1, text="anders"), token)
    assert again.status_code == 200
    assert again.json()["results"][0]["status"] == "duplicate"
    batch = post(client, channel.pk, {"comments": [item(1), item(2), item(2)]}, token).json()
    assert [r["status"] for r in batch["results"]] == ["duplicate", "created", "duplicate"]
    assert Comment.objects.filter(channel=channel).count() == 2
    assert ModerationDecision.objects.filter(comment__channel=channel).count() == 2


def test_same_platform_id_on_two_channels_is_two_comments(client, published, channel, token):
    other = ChannelFactory(organisation=channel.organisation)
    other_token = issue_channel_token(other, None).secret
    assert post(client, channel.pk, item(1), token).status_code == 201
    assert post(client, other.pk, item(1), other_token).status_code == 201


def test_batch_of_10000_in_one_call(client, published, channel, token):
    body = {"comments": [item(n) for n in range(10_000)]}
    response = post(client, channel.pk, body, token)
    assert response.status_code == 200
    assert response.json()["summary"] == {
        "received": 10_000,
        "created": 10_000,
        "duplicate": 0,
        "rejected": 0,
    }
    assert Comment.objects.filter(channel=channel).count() == 10_000
    assert Author.objects.filter(channel=channel).count() == 50
    assert ModerationDecision.objects.filter(comment__channel=channel).count() == 10_000
    assert not Comment.objects.filter(channel=channel, status="received").exists()


def test_rejected_items_never_drop_valid_ones(client, published, channel, token):
    body = {
        "comments": [
            item(1),
            {"id": "x", "text": "zonder auteur", "created_at": "gisteren"},
            "geen object",
            item(2, post={"reach": -4}),
            item(3, text=None),
            item(4, created_at="2999-01-01T00:00:00Z"),
            item(5),
        ]
    }
    response = post(client, channel.pk, body, token)
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["status"] for r in results] == [
        "created",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
        "created",
    ]
    fields = {e["field"] for e in results[1]["errors"]}
    assert fields == {"author.id", "created_at"}
    assert results[2]["errors"][0]["code"] == "invalid_type"
    assert results[3]["errors"][0]["field"] == "post.reach"
    assert results[4]["errors"][0]["field"] == "text"
    assert results[5]["errors"][0]["code"] == "in_future"
    assert set(Comment.objects.values_list("platform_comment_id", flat=True)) == {"p-1", "p-5"}


def test_single_rejected_is_422_with_error(client, published, channel, token):
    response = post(client, channel.pk, {"id": "1", "text": "x"}, token)
    assert response.status_code == 422
    body = response.json()
    assert body["error"]["code"] == "invalid_comment"
    assert body["error"]["field"] == "author.id"
    assert body["results"][0]["status"] == "rejected"
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "raw",
    ["{not json", '"een string"', "[1, 2]", '{"comments": "nee"}', '{"comments": []}', ""],
)
def test_malformed_body_is_400(client, channel, token, raw):
    response = post(client, channel.pk, raw, token, raw=True)
    assert response.status_code == 400
    assert set(response.json()["error"]) == {"code", "message", "field"}
    assert not Comment.objects.exists()


def test_missing_and_wrong_token_are_401(client, channel, token):
    assert post(client, channel.pk, item(1), None).status_code == 401
    response = post(client, channel.pk, item(1), "srn_verkeerd")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert not Comment.objects.exists()


def test_revoked_token_is_401(client, channel):
    from sereen.connectors.services import revoke_channel_token

    issued = issue_channel_token(channel, None)
    revoke_channel_token(issued.token, None)
    assert post(client, channel.pk, item(1), issued.secret).status_code == 401


def test_token_of_other_channel_is_403(client, channel, token):
    other = ChannelFactory(organisation=channel.organisation)
    response = post(client, other.pk, item(1), token)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "wrong_channel"
    assert not Comment.objects.exists()


def test_switched_off_channel_is_403_and_stores_nothing(client, channel, token, member):
    from sereen.connectors.services import update_channel

    update_channel(channel=channel, actor=member("beheerder"), is_active=False)
    response = post(client, channel.pk, item(1), token)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "channel_inactive"
    assert not Comment.objects.exists()


def test_unknown_channel_is_404(client, channel, token):
    response = post(client, 999_999, item(1), token)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "unknown_channel"
    assert not Comment.objects.exists()


def test_wrong_method_is_405(client, channel, token):
    response = client.get(URL.format(channel.pk), HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 405
    assert response["Allow"] == "POST"


def test_too_large_is_413(client, settings, channel, token):
    settings.SEREEN_API_MAX_BODY_BYTES = 1000
    response = post(client, channel.pk, {"comments": [item(n) for n in range(20)]}, token)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "body_too_large"


def test_too_many_items_is_413(client, channel, token):
    response = post(client, channel.pk, {"comments": [{}] * 10_001}, token)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_many_comments"
    assert not Comment.objects.exists()


def test_wrong_content_type_is_415(client, channel, token):
    response = client.post(
        URL.format(channel.pk),
        data="id=1",
        content_type="application/x-www-form-urlencoded",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 415


def test_token_is_stored_as_hash_only(channel):
    from sereen.connectors.models import ChannelToken

    issued = issue_channel_token(channel, None)
    stored = ChannelToken.objects.get(pk=issued.token.pk)
    assert issued.secret not in (stored.token_hash, stored.prefix)
    assert stored.token_hash != issued.secret and len(stored.token_hash) == 64


def test_batch_of_10000_with_bad_items_keeps_every_valid_one(client, published, channel, token):
    comments = [item(n) for n in range(10_000)]
    for n in range(0, 10_000, 1000):  # every thousandth comment has no author
        comments[n] = {k: v for k, v in comments[n].items() if k != "author"}
    response = post(client, channel.pk, {"comments": comments}, token)
    assert response.status_code == 200
    body = response.json()
    assert body["summary"]["created"] == 9_990 and body["summary"]["rejected"] == 10
    rejected = [r["index"] for r in body["results"] if r["status"] == "rejected"]
    assert rejected == list(range(0, 10_000, 1000))
    assert Comment.objects.filter(channel=channel).count() == 9_990
    assert ModerationDecision.objects.filter(comment__channel=channel).count() == 9_990
    # The integrator fixes the ten and sends the whole batch again: nothing is stored twice.
    again = post(client, channel.pk, {"comments": [item(n) for n in range(10_000)]}, token).json()
    assert again["summary"] == {
        "received": 10_000,
        "created": 10,
        "duplicate": 9_990,
        "rejected": 0,
    }
    assert Comment.objects.filter(channel=channel).count() == 10_000
