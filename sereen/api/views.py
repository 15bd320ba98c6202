"""The JSON API for integrations: comments in, per channel, with a bearer token per channel.

Errors always look like ``{"error": {"code", "message", "field"}}``; see ``sereen.api.openapi``.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from sereen.api.openapi import openapi_document
from sereen.connectors.models import Channel, ChannelToken
from sereen.connectors.services import channel_for_token
from sereen.moderation.ingest import MAX_ITEMS, ingest_comments

DEFAULT_MAX_BODY = 32 * 1024 * 1024  # 10,000 comments with their post texts fit comfortably


def max_body_bytes() -> int:
    return int(getattr(settings, "SEREEN_API_MAX_BODY_BYTES", DEFAULT_MAX_BODY))


def error(
    status: int, code: str, message: str, field: str | None = None, **extra: Any
) -> JsonResponse:
    body: dict[str, Any] = {"error": {"code": code, "message": message, "field": field}}
    body.update(extra)
    response = JsonResponse(body, status=status)
    if status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="sereen"'
    return response


def _bearer(request: HttpRequest) -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


@csrf_exempt
def channel_comments(request: HttpRequest, channel_id: int) -> HttpResponse:
    """POST one comment object or ``{"comments": [...]}`` for a channel."""
    if request.method != "POST":
        response = error(405, "method_not_allowed", "Use POST to send comments.")
        response["Allow"] = "POST"
        return response
    secret = _bearer(request)
    if not secret:
        return error(401, "missing_token", "Send 'Authorization: Bearer <channel token>'.")
    token: ChannelToken | None = channel_for_token(secret)
    if token is None:
        return error(401, "invalid_token", "The token is unknown or has been revoked.")
    channel = Channel.objects.select_related("organisation").filter(pk=channel_id).first()
    if channel is None:
        return error(404, "unknown_channel", f"There is no channel {channel_id}.")
    if token.channel_id != channel.pk:
        return error(403, "wrong_channel", "This token belongs to another channel.")
    if not channel.is_active:
        return error(403, "channel_inactive", "This channel is switched off in Sereen.")
    content_type = request.content_type or ""
    if content_type and content_type != "application/json":
        return error(415, "unsupported_media_type", "Send the body as application/json.")
    limit = max_body_bytes()
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        return error(413, "body_too_large", f"The body is larger than {limit} bytes.")
    # Read the stream ourselves: request.body would apply Django's 2.5 MB form-upload limit.
    raw = request.read(limit + 1)
    if len(raw) > limit:
        return error(413, "body_too_large", f"The body is larger than {limit} bytes.")
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return error(400, "malformed_json", f"The body is not valid JSON: {exc}")
    single = isinstance(body, dict) and "comments" not in body
    if single:
        items = [body]
    elif isinstance(body, dict):
        items = body["comments"]
        if not isinstance(items, list):
            return error(400, "invalid_body", "'comments' must be a list.", "comments")
        if not items:
            return error(400, "empty_batch", "'comments' holds no comments.", "comments")
        if len(items) > MAX_ITEMS:
            return error(
                413,
                "too_many_comments",
                f"Send at most {MAX_ITEMS} comments per call ({len(items)} sent).",
                "comments",
            )
    else:
        return error(400, "invalid_body", 'Send a comment object or {"comments": [...]}.')
    report = ingest_comments(channel=channel, items=items)
    ChannelToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    payload = report.to_dict()
    if single:
        result = report.results[0]
        if result.status == "rejected":
            first = result.errors[0]
            return error(
                422,
                "invalid_comment",
                "; ".join(f"{e.field or 'comment'}: {e.message}" for e in result.errors),
                first.field or None,
                **payload,
            )
        return JsonResponse(payload, status=201 if result.status == "created" else 200)
    return JsonResponse(payload, status=200)


def openapi_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(openapi_document(request.build_absolute_uri("/api/v1")))


def docs(request: HttpRequest) -> HttpResponse:
    document = openapi_document(request.build_absolute_uri("/api/v1"))
    examples = document["components"]["examples"]
    return render(
        request,
        "api/docs.html",
        {
            "document": document,
            "single": json.dumps(examples["single"]["value"], indent=2, ensure_ascii=False),
            "batch": json.dumps(examples["batch"]["value"], indent=2, ensure_ascii=False),
            "report": json.dumps(examples["report"]["value"], indent=2, ensure_ascii=False),
            "error_example": json.dumps(examples["error"]["value"], indent=2, ensure_ascii=False),
            "max_items": MAX_ITEMS,
        },
    )
