"""The OpenAPI 3 description of the ingest API, written by hand and kept true by
tests/api/test_openapi.py, which sends the examples to the real view and checks the answers
against these schemas."""

from __future__ import annotations

import copy
from typing import Any

from sereen.moderation.ingest import MAX_ITEMS

_ERROR_CODES = [
    "method_not_allowed",
    "missing_token",
    "invalid_token",
    "unknown_channel",
    "wrong_channel",
    "channel_inactive",
    "unsupported_media_type",
    "body_too_large",
    "too_many_comments",
    "malformed_json",
    "invalid_body",
    "empty_batch",
    "invalid_comment",
]

_SCHEMAS: dict[str, Any] = {
    "Author": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {
                "type": ["string", "integer"],
                "description": "The platform's id of the author.",
            },
            "handle": {"type": "string", "description": "Name shown on the platform."},
            "account_created_at": {"type": "string", "format": "date-time"},
        },
    },
    "Post": {
        "type": "object",
        "properties": {
            "id": {"type": ["string", "integer"]},
            "text": {"type": "string", "description": "Text of the post the comment is under."},
            "reach": {"type": "integer", "minimum": 0},
        },
    },
    "Comment": {
        "type": "object",
        "required": ["id", "text", "author", "created_at"],
        "properties": {
            "id": {
                "type": ["string", "integer"],
                "maxLength": 200,
                "description": "The platform's comment id; the same id twice is one comment.",
            },
            "text": {"type": "string", "maxLength": 20000},
            "author": {"$ref": "#/components/schemas/Author"},
            "created_at": {
                "type": "string",
                "format": "date-time",
                "description": "ISO 8601; without an offset it is read as Europe/Brussels time.",
            },
            "post": {"$ref": "#/components/schemas/Post"},
            "parent_id": {"type": ["string", "integer"], "description": "Comment replied to."},
            "topic": {"type": "string", "maxLength": 100},
        },
        "additionalProperties": True,
    },
    "Batch": {
        "type": "object",
        "required": ["comments"],
        "properties": {
            "comments": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_ITEMS,
                "items": {"$ref": "#/components/schemas/Comment"},
            }
        },
    },
    "ItemError": {
        "type": "object",
        "required": ["field", "code", "message"],
        "properties": {
            "field": {"type": "string"},
            "code": {"type": "string"},
            "message": {"type": "string"},
        },
    },
    "ItemResult": {
        "type": "object",
        "required": ["index", "id", "status"],
        "properties": {
            "index": {"type": "integer", "description": "Position in the request (from 0)."},
            "id": {"type": ["string", "null"]},
            "status": {"type": "string", "enum": ["created", "duplicate", "rejected"]},
            "comment": {"type": "integer", "description": "Sereen's id of the comment."},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ItemError"}},
        },
    },
    "IngestReport": {
        "type": "object",
        "required": ["summary", "results"],
        "properties": {
            "summary": {
                "type": "object",
                "required": ["received", "created", "duplicate", "rejected"],
                "properties": {
                    "received": {"type": "integer"},
                    "created": {"type": "integer"},
                    "duplicate": {"type": "integer"},
                    "rejected": {"type": "integer"},
                },
            },
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/ItemResult"}},
        },
    },
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message", "field"],
                "properties": {
                    "code": {"type": "string", "enum": _ERROR_CODES},
                    "message": {"type": "string"},
                    "field": {"type": ["string", "null"]},
                },
            }
        },
    },
}

_EXAMPLES: dict[str, Any] = {
    "single": {
        "summary": "One comment",
        "value": {
            "id": "1784_99120",
            "text": "Wanneer gaat het containerpark terug open?",
            "author": {"id": "fb-5521", "handle": "Els Janssens"},
            "created_at": "2026-03-02T09:14:00+01:00",
            "post": {"id": "1784", "text": "Nieuwe openingsuren containerpark", "reach": 5400},
        },
    },
    "batch": {
        "summary": "A batch with one valid and one invalid comment",
        "value": {
            "comments": [
                {
                    "id": "1784_99121",
                    "text": "Goed nieuws, merci!",
                    "author": {"id": "fb-7710", "handle": "Jan Peeters"},
                    "created_at": "2026-03-02T09:20:00+01:00",
                    "post": {"id": "1784"},
                },
                {"id": "1784_99122", "text": "zonder auteur", "created_at": "gisteren"},
            ]
        },
    },
    "report": {
        "summary": "The answer to the batch",
        "value": {
            "summary": {"received": 2, "created": 1, "duplicate": 0, "rejected": 1},
            "results": [
                {"index": 0, "id": "1784_99121", "status": "created", "comment": 42},
                {
                    "index": 1,
                    "id": "1784_99122",
                    "status": "rejected",
                    "errors": [
                        {
                            "field": "author.id",
                            "code": "required",
                            "message": "'author.id' is required.",
                        },
                        {
                            "field": "created_at",
                            "code": "invalid_datetime",
                            "message": "'created_at' is not an ISO 8601 date-time, e.g. 2026-03-01T14:05:00+01:00.",
                        },
                    ],
                },
            ],
        },
    },
    "error": {
        "summary": "A wrong token",
        "value": {
            "error": {
                "code": "invalid_token",
                "message": "The token is unknown or has been revoked.",
                "field": None,
            }
        },
    },
}


def _error_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def openapi_document(server_url: str = "/api/v1") -> dict[str, Any]:
    """The OpenAPI 3.1 document (a fresh copy; callers may change it)."""
    report = {"$ref": "#/components/schemas/IngestReport"}
    return copy.deepcopy(
        {
            "openapi": "3.1.0",
            "info": {
                "title": "Sereen ingest API",
                "version": "1.0.0",
                "description": (
                    "Send comments from a platform to Sereen. Each channel (a Facebook page, an "
                    "Instagram account ...) has its own token, issued by a beheerder in Sereen and "
                    "shown once. Comments are stored at once and decided by the moderation engine "
                    "in the background. See docs/integrators.md."
                ),
            },
            "servers": [{"url": server_url}],
            "components": {
                "securitySchemes": {"channelToken": {"type": "http", "scheme": "bearer"}},
                "schemas": _SCHEMAS,
                "examples": _EXAMPLES,
            },
            "security": [{"channelToken": []}],
            "paths": {
                "/channels/{channel_id}/comments": {
                    "post": {
                        "operationId": "sendComments",
                        "summary": "Send one comment or a batch of up to 10,000",
                        "description": (
                            "Idempotent per channel and platform comment id: a comment sent again "
                            "is reported as `duplicate` and stored once. Each invalid comment is "
                            "reported with its errors; valid comments in the same batch are kept."
                        ),
                        "parameters": [
                            {
                                "name": "channel_id",
                                "in": "path",
                                "required": True,
                                "schema": {"type": "integer"},
                            }
                        ],
                        "requestBody": {
                            "required": True,
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "oneOf": [
                                            {"$ref": "#/components/schemas/Comment"},
                                            {"$ref": "#/components/schemas/Batch"},
                                        ]
                                    },
                                    "examples": {
                                        "single": {"$ref": "#/components/examples/single"},
                                        "batch": {"$ref": "#/components/examples/batch"},
                                    },
                                }
                            },
                        },
                        "responses": {
                            "200": {
                                "description": "Batch processed (see each result), or a single duplicate.",
                                "content": {
                                    "application/json": {
                                        "schema": report,
                                        "examples": {
                                            "report": {"$ref": "#/components/examples/report"}
                                        },
                                    }
                                },
                            },
                            "201": {
                                "description": "A single comment was stored.",
                                "content": {"application/json": {"schema": report}},
                            },
                            "400": _error_response("Malformed JSON or not a comment/batch."),
                            "401": _error_response("Missing, unknown or revoked token."),
                            "403": _error_response(
                                "The token belongs to another channel, or the channel is off."
                            ),
                            "404": _error_response("No such channel."),
                            "405": _error_response("Only POST is allowed."),
                            "413": _error_response("Body too large or more than 10,000 comments."),
                            "415": _error_response("The body is not application/json."),
                            "422": _error_response(
                                "A single comment was rejected (details in `results`)."
                            ),
                        },
                    }
                }
            },
        }
    )
