"""The OpenAPI document stays true: its examples go through the real view, answers match schemas."""

import json

import pytest

from sereen.api.openapi import openapi_document
from sereen.connectors.services import issue_channel_token

pytestmark = pytest.mark.django_db


def resolve(schema, doc):
    if "$ref" in schema:
        node = doc
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        return resolve(node, doc)
    return schema


TYPES = {
    "string": str,
    "integer": int,
    "object": dict,
    "array": list,
    "null": type(None),
    "boolean": bool,
}


def validate(value, schema, doc, path="$"):
    schema = resolve(schema, doc)
    if "oneOf" in schema:
        matches = 0
        for option in schema["oneOf"]:
            try:
                validate(value, option, doc, path)
                matches += 1
            except AssertionError:
                pass
        assert matches >= 1, f"{path}: matches no oneOf option"
        return
    kinds = schema.get("type")
    if kinds:
        kinds = kinds if isinstance(kinds, list) else [kinds]
        ok = any(
            isinstance(value, TYPES[k]) and not (k == "integer" and isinstance(value, bool))
            for k in kinds
        )
        assert ok, f"{path}: {value!r} is not {kinds}"
    if "enum" in schema:
        assert value in schema["enum"], f"{path}: {value!r} not in enum"
    if isinstance(value, dict):
        for key in schema.get("required", []):
            assert key in value, f"{path}: missing {key}"
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                validate(value[key], sub, doc, f"{path}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, element in enumerate(value):
            validate(element, schema["items"], doc, f"{path}[{i}]")


def test_examples_match_the_view(client, published, channel):
    doc = openapi_document()
    op = doc["paths"]["/channels/{channel_id}/comments"]["post"]
    secret = issue_channel_token(channel, None).secret
    request_schema = op["requestBody"]["content"]["application/json"]["schema"]
    for name in ("single", "batch"):
        example = doc["components"]["examples"][name]["value"]
        # The batch example holds one deliberately invalid comment to show a rejection.
        validate(example if name == "single" else example["comments"][0], request_schema, doc)
        response = client.post(
            f"/api/v1/channels/{channel.pk}/comments",
            data=json.dumps(example),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {secret}",
        )
        assert str(response.status_code) in op["responses"]
        schema = op["responses"][str(response.status_code)]["content"]["application/json"]["schema"]
        validate(response.json(), schema, doc)
    documented = doc["components"]["examples"]["report"]["value"]
    actual = response.json()
    assert [r["status"] for r in actual["results"]] == [r["status"] for r in documented["results"]]
    assert [e["field"] for e in actual["results"][1]["errors"]] == [
        e["field"] for e in documented["results"][1]["errors"]
    ]
    validate(documented, {"$ref": "#/components/schemas/IngestReport"}, doc)


def test_error_answers_match_the_error_schema(client, channel):
    doc = openapi_document()
    op = doc["paths"]["/channels/{channel_id}/comments"]["post"]
    for response in (
        client.post(
            f"/api/v1/channels/{channel.pk}/comments", data="{}", content_type="application/json"
        ),
        client.get(f"/api/v1/channels/{channel.pk}/comments"),
    ):
        assert str(response.status_code) in op["responses"]
        validate(response.json(), {"$ref": "#/components/schemas/Error"}, doc)


def test_openapi_and_docs_are_served(client):
    assert client.get("/api/v1/openapi.json").json()["openapi"].startswith("3.")
    page = client.get("/api/v1/docs")
    assert page.status_code == 200 and b"Authorization: Bearer" in page.content
