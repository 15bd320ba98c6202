"""Receiving comments: validate, store idempotently in bulk, and hand them to the engine.

Used by the JSON API (``sereen.api``) and by file imports (CSV and JSON platform exports). One
platform comment id is one comment per channel: sending it again reports ``duplicate``. A rejected
item is reported with its errors and never stops the valid ones.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import IO, TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from sereen.accounts.permissions import require_org_perm
from sereen.core.audit import record_audit_event
from sereen.moderation.models import Author, Comment

if TYPE_CHECKING:
    from sereen.accounts.models import User
    from sereen.connectors.models import Channel

MAX_TEXT = 20_000
MAX_ID = 200
MAX_ITEMS = 10_000
FUTURE_SLACK = timedelta(hours=1)

# CSV columns and the aliases we accept from common platform exports.
CSV_COLUMNS = {
    "id": ("id", "comment_id", "platform_comment_id"),
    "text": ("text", "message", "comment", "body"),
    "author_id": ("author_id", "from_id", "user_id"),
    "author_handle": ("author_handle", "from_name", "author_name", "username"),
    "author_account_created_at": ("author_account_created_at",),
    "created_at": ("created_at", "created_time", "timestamp", "published_at"),
    "post_id": ("post_id",),
    "post_text": ("post_text", "post_message"),
    "post_reach": ("post_reach",),
    "parent_id": ("parent_id", "parent_comment_id"),
    "topic": ("topic",),
}


@dataclass
class ItemError:
    """One problem with one comment. ``message`` is English (the API's language); ``template``
    and ``params`` let a page show it in the reader's language (``translated``)."""

    field: str
    code: str
    message: str
    template: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "code": self.code, "message": self.message}

    def translated(self) -> str:
        from django.utils.translation import gettext

        return gettext(self.template) % self.params if self.template else self.message


def _error(name: str, code: str, template: str, **params: Any) -> ItemError:
    params = {"field": name, **params}
    return ItemError(name, code, template % params, template, params)


@dataclass
class ItemResult:
    position: int  # index in the API batch (0-based), row in a CSV file, item number in JSON
    platform_comment_id: str | None
    status: str  # created | duplicate | rejected
    comment_id: int | None = None
    errors: list[ItemError] = field(default_factory=list)

    def to_dict(self, position_name: str = "index") -> dict[str, Any]:
        out: dict[str, Any] = {
            position_name: self.position,
            "id": self.platform_comment_id,
            "status": self.status,
        }
        if self.comment_id is not None:
            out["comment"] = self.comment_id
        if self.errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


@dataclass
class IngestReport:
    results: list[ItemResult]
    position_name: str = "index"

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def summary(self) -> dict[str, int]:
        return {
            "received": len(self.results),
            "created": self.count("created"),
            "duplicate": self.count("duplicate"),
            "rejected": self.count("rejected"),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary,
            "results": [r.to_dict(self.position_name) for r in self.results],
        }


@dataclass
class _Valid:
    position: int
    id: str
    text: str
    author_id: str
    author_handle: str
    author_created: datetime | None
    created_at: datetime
    post_id: str
    post_text: str
    post_reach: int | None
    parent_id: str
    topic: str
    raw: dict[str, Any]


def _ident(value: Any, name: str, errors: list[ItemError], *, required: bool) -> str:
    if value is None or value == "":
        if required:
            errors.append(_error(name, "required", gettext_noop("'%(field)s' is required.")))
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        errors.append(
            _error(
                name, "invalid_type", gettext_noop("'%(field)s' must be a string or an integer.")
            )
        )
        return ""
    text = str(value).strip()
    if not text and required:
        errors.append(_error(name, "required", gettext_noop("'%(field)s' must not be empty.")))
    if len(text) > MAX_ID:
        errors.append(
            _error(
                name,
                "too_long",
                gettext_noop("'%(field)s' has at most %(max)d characters."),
                max=MAX_ID,
            )
        )
    return text


def _string(value: Any, name: str, errors: list[ItemError], max_length: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        errors.append(_error(name, "invalid_type", gettext_noop("'%(field)s' must be a string.")))
        return ""
    if len(value) > max_length:
        errors.append(
            _error(
                name,
                "too_long",
                gettext_noop("'%(field)s' has at most %(max)d characters."),
                max=max_length,
            )
        )
    return value


def _datetime(value: Any, name: str, errors: list[ItemError], *, required: bool) -> datetime | None:
    if value is None or value == "":
        if required:
            errors.append(_error(name, "required", gettext_noop("'%(field)s' is required.")))
        return None
    if not isinstance(value, str):
        errors.append(
            _error(
                name,
                "invalid_type",
                gettext_noop("'%(field)s' must be an ISO 8601 date-time string."),
            )
        )
        return None
    try:
        parsed = parse_datetime(value.strip())
    except ValueError:
        parsed = None
    if parsed is None:
        errors.append(
            _error(
                name,
                "invalid_datetime",
                gettext_noop(
                    "'%(field)s' is not an ISO 8601 date-time, e.g. 2026-03-01T14:05:00+01:00."
                ),
            )
        )
        return None
    if timezone.is_naive(parsed):
        # Platform exports often leave out the offset: read it as the installation's time zone.
        parsed = timezone.make_aware(parsed)
    return parsed


def validate_item(raw: Any, position: int, now: datetime) -> tuple[_Valid | None, list[ItemError]]:
    """Check one comment object; returns the clean values or the list of errors (field + message)."""
    errors: list[ItemError] = []
    if not isinstance(raw, dict):
        return None, [
            _error("", "invalid_type", gettext_noop("Each comment must be a JSON object."))
        ]
    author = raw.get("author")
    if author is not None and not isinstance(author, dict):
        errors.append(
            _error("author", "invalid_type", gettext_noop("'%(field)s' must be an object."))
        )
        author = {}
    author = author or {}
    post = raw.get("post")
    if post is not None and not isinstance(post, dict):
        errors.append(
            _error("post", "invalid_type", gettext_noop("'%(field)s' must be an object."))
        )
        post = {}
    post = post or {}
    platform_id = _ident(raw.get("id"), "id", errors, required=True)
    if "text" not in raw or raw.get("text") is None:
        errors.append(
            _error("text", "required", gettext_noop("'%(field)s' is required (it may be empty)."))
        )
        text = ""
    else:
        text = _string(raw.get("text"), "text", errors, MAX_TEXT)
    author_id = _ident(
        author.get("id", raw.get("author_id")),
        "author.id",
        errors,
        required=True,
    )
    handle = _string(author.get("handle", raw.get("author_handle")), "author.handle", errors, 200)
    author_created = _datetime(
        author.get("account_created_at", raw.get("author_account_created_at")),
        "author.account_created_at",
        errors,
        required=False,
    )
    created_at = _datetime(raw.get("created_at"), "created_at", errors, required=True)
    if created_at is not None and created_at > now + FUTURE_SLACK:
        errors.append(
            _error("created_at", "in_future", gettext_noop("'%(field)s' lies in the future."))
        )
    post_id = _ident(post.get("id", raw.get("post_id")), "post.id", errors, required=False)
    post_text = _string(post.get("text", raw.get("post_text")), "post.text", errors, MAX_TEXT)
    reach_raw = post.get("reach", raw.get("post_reach"))
    post_reach = None
    if reach_raw not in (None, ""):
        try:
            post_reach = int(reach_raw)
            if isinstance(reach_raw, (bool, float)) or post_reach < 0:
                raise ValueError
        except (TypeError, ValueError):
            errors.append(
                _error(
                    "post.reach",
                    "invalid",
                    gettext_noop("'%(field)s' must be a whole number ≥ 0."),
                )
            )
            post_reach = None
    parent_id = _ident(raw.get("parent_id"), "parent_id", errors, required=False)
    topic = _string(raw.get("topic"), "topic", errors, 100)
    if errors:
        return None, errors
    assert created_at is not None
    return (
        _Valid(
            position,
            platform_id,
            text,
            author_id,
            handle,
            author_created,
            created_at,
            post_id,
            post_text,
            post_reach,
            parent_id,
            topic,
            raw,
        ),
        [],
    )


def _chunks(values: list[Any], size: int = 5000) -> list[list[Any]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


@transaction.atomic
def ingest_comments(
    *,
    channel: Channel,
    items: list[Any],
    position_name: str = "index",
    positions: list[int] | None = None,
    source: str = "api",
) -> IngestReport:
    """Validate and store ``items`` for ``channel`` in one transaction, and enqueue the engine.

    Returns a report with one result per item, in order. Idempotent per (channel, platform id).
    """
    from sereen.moderation.tasks import CHUNK, moderate_incoming_comments

    now = timezone.now()
    positions = positions if positions is not None else list(range(len(items)))
    results: list[ItemResult] = []
    valid: list[tuple[ItemResult, _Valid]] = []
    seen: set[str] = set()
    for raw, position in zip(items, positions, strict=True):
        clean, errors = validate_item(raw, position, now)
        pid = clean.id if clean else (_safe_id(raw))
        result = ItemResult(position, pid, "rejected", errors=errors)
        results.append(result)
        if clean is None:
            continue
        if clean.id in seen:
            result.status = "duplicate"
            continue
        seen.add(clean.id)
        valid.append((result, clean))

    existing: dict[str, int] = {}
    for chunk in _chunks([v.id for _result, v in valid]):
        existing.update(
            Comment.objects.filter(channel=channel, platform_comment_id__in=chunk).values_list(
                "platform_comment_id", "pk"
            )
        )
    new: list[tuple[ItemResult, _Valid]] = []
    for result, clean in valid:
        if clean.id in existing:
            result.status = "duplicate"
            result.comment_id = existing[clean.id]
        else:
            new.append((result, clean))
    if not new:
        return IngestReport(results, position_name)

    # Authors: one query for the known ones, one bulk insert for the rest.
    wanted: dict[str, _Valid] = {}
    for _result, clean in new:
        wanted.setdefault(clean.author_id, clean)
    authors: dict[str, int] = {}
    for chunk in _chunks(list(wanted)):
        authors.update(
            Author.objects.filter(channel=channel, platform_author_id__in=chunk).values_list(
                "platform_author_id", "pk"
            )
        )
    missing = [
        Author(
            channel=channel,
            platform_author_id=aid,
            handle=clean.author_handle,
            first_seen_at=clean.created_at,
            account_created_at=clean.author_created,
        )
        for aid, clean in wanted.items()
        if aid not in authors
    ]
    if missing:
        Author.objects.bulk_create(missing, batch_size=1000, ignore_conflicts=True)
        for chunk in _chunks([a.platform_author_id for a in missing]):
            authors.update(
                Author.objects.filter(channel=channel, platform_author_id__in=chunk).values_list(
                    "platform_author_id", "pk"
                )
            )

    comments = [
        Comment(
            organisation_id=channel.organisation_id,
            channel=channel,
            platform_comment_id=clean.id,
            author_id=authors[clean.author_id],
            text=clean.text,
            post_id=clean.post_id,
            post_text=clean.post_text,
            post_reach=clean.post_reach,
            parent_comment_id=clean.parent_id,
            topic=clean.topic,
            created_at=clean.created_at,
            raw=clean.raw,
        )
        for _, clean in new
    ]
    # ignore_conflicts: a concurrent request may have stored the same comment a moment ago.
    Comment.objects.bulk_create(comments, batch_size=1000, ignore_conflicts=True)
    stored: dict[str, int] = {}
    for chunk in _chunks([c.platform_comment_id for c in comments]):
        stored.update(
            Comment.objects.filter(channel=channel, platform_comment_id__in=chunk).values_list(
                "platform_comment_id", "pk"
            )
        )
    ids: list[int] = []
    for result, clean in new:
        result.status = "created"
        result.comment_id = stored[clean.id]
        ids.append(result.comment_id)
    for start in range(0, len(ids), CHUNK):
        moderate_incoming_comments.enqueue(ids[start : start + CHUNK])
    return IngestReport(results, position_name)


def _safe_id(raw: Any) -> str | None:
    if isinstance(raw, dict) and isinstance(raw.get("id"), (str, int)):
        return str(raw["id"])[:MAX_ID]
    return None


# ---------------------------------------------------------------------------------------------
# Files


class ImportFileError(ValueError):
    """The file as a whole cannot be read (not CSV/JSON, missing columns ...)."""


def _read_csv(data: str) -> tuple[list[dict[str, Any]], list[int]]:
    reader = csv.DictReader(io.StringIO(data))
    if not reader.fieldnames:
        raise ImportFileError(_("The CSV file is empty or has no header row."))
    header = {name.strip().lower(): name for name in reader.fieldnames if name}
    mapping: dict[str, str] = {}
    for canonical, aliases in CSV_COLUMNS.items():
        for alias in aliases:
            if alias in header:
                mapping[canonical] = header[alias]
                break
    missing = [c for c in ("id", "text", "author_id", "created_at") if c not in mapping]
    if missing:
        raise ImportFileError(
            _("The CSV file lacks the column(s): %(columns)s. See docs/integrators.md.")
            % {"columns": ", ".join(missing)}
        )
    items: list[dict[str, Any]] = []
    rows: list[int] = []
    for row in reader:
        item: dict[str, Any] = {}
        for canonical, column in mapping.items():
            value = row.get(column)
            item[canonical] = (
                value.strip() if isinstance(value, str) and canonical != "text" else value
            )
        if item.get("post_reach") == "":
            item["post_reach"] = None
        if None in row:  # more cells than header columns
            item["_extra_cells"] = row[None]
        items.append(item)
        rows.append(reader.line_num)
    return items, rows


def _read_json(data: str) -> tuple[list[Any], list[int]]:
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            _("The JSON file is not valid JSON: %(error)s") % {"error": exc}
        ) from exc
    if isinstance(parsed, dict) and "comments" in parsed:
        parsed = parsed["comments"]
    if not isinstance(parsed, list):
        raise ImportFileError(
            _('The JSON file must hold a list of comments or {"comments": [...]}.')
        )
    return parsed, list(range(1, len(parsed) + 1))


def import_comments_file(
    channel: Channel, file: IO[bytes] | IO[str], format: str, actor: User | None
) -> IngestReport:
    """Import a platform export (``format`` "csv" or "json") for ``channel``.

    Same validation and idempotency as the API; each bad row is reported with its row number
    (CSV: the line number, header = 1; JSON: the item number from 1). Raises ``ImportFileError``
    when the file as a whole cannot be read.
    """
    require_org_perm(actor, "connectors.import_comments", channel.organisation)
    content = file.read()
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFileError(_("The file is not UTF-8 encoded text.")) from exc
    fmt = format.lower()
    if fmt == "csv":
        items, positions = _read_csv(content)
        position_name = "row"
    elif fmt == "json":
        items, positions = _read_json(content)
        position_name = "item"
    else:
        raise ImportFileError(
            _("Unknown format '%(format)s': use csv or json.") % {"format": format}
        )
    report = IngestReport([], position_name)
    for start in range(0, len(items), MAX_ITEMS):
        part = ingest_comments(
            channel=channel,
            items=items[start : start + MAX_ITEMS],
            positions=positions[start : start + MAX_ITEMS],
            position_name=position_name,
            source="import",
        )
        report.results.extend(part.results)
    record_audit_event(
        actor=actor,
        action="moderation.comments_imported",
        organisation=channel.organisation,
        subject=channel,
        after={"format": fmt, **report.summary},
    )
    return report
