"""The engine's commands, ``sereen moderate`` and ``sereen check`` (no Django is loaded).

``sereen moderate [--policy FILE] [INPUT]``
    Reads JSON Lines from INPUT (or stdin, or ``-``): one object per line with ``id``, ``text`` and
    optional context fields ``author``, ``channel``, ``parent_text``, ``time`` (ISO 8601),
    ``crisis`` (bool) and ``history`` (list of ``{"at", "rules", "action", "text"}``). Writes one
    JSON decision per line to stdout, in input order. A malformed line gets an error on stderr
    naming its line number and an error object on stdout (``"error": ...``) so the output keeps
    one line per input line; every other line is still decided.
``sereen check "tekst" [--policy FILE] [--crisis]``
    Explains the decision on one text in readable Dutch/English.

Exit codes: 0 all lines decided; 1 some lines were malformed (after processing all of them);
2 usage error or the policy could not be loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TextIO

from sereen.engine.comment import Comment, Context, HistoryItem
from sereen.engine.policy import Policy

EXIT_OK = 0
EXIT_BAD_LINES = 1
EXIT_USAGE = 2


class InputError(ValueError):
    """One input line cannot be decided; the message says why."""


def _load_policy(path: str | None) -> Policy:
    """The policy in ``path``, or the packaged starter policy; raises PolicyFileError."""
    from sereen.engine import policyfile

    if path is None:
        return policyfile.starter_policy()
    return policyfile.load_policy(path)


def _parse_time(value: Any, field: str) -> datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"'{field}' must be an ISO 8601 date-time string")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"'{field}' is not an ISO 8601 date-time: {value!r}") from exc


# The fields of the most common record, which needs none of the checks of the other fields.
_SIMPLE_FIELDS = frozenset(["id", "text", "author"])


def parse_record(record: Any) -> tuple[Any, str, Context]:
    """(id, text, context) of one input object; raises InputError with a clear message."""
    if type(record) is dict and record.keys() <= _SIMPLE_FIELDS:
        # Only an id, a text and perhaps an author: the same result as the general path below,
        # without its look-ups of every other field.
        text = record.get("text")
        author = record.get("author")
        if type(text) is str and (author is None or type(author) is str):
            return record.get("id"), text, Context(author=author or "")
    if not isinstance(record, dict):
        raise InputError('each line must be a JSON object with at least "text"')
    if "text" not in record:
        raise InputError('missing field "text"')
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(f'"text" must be a string, not {type(text).__name__}')
    history_raw = record.get("history") or []
    if not isinstance(history_raw, list):
        raise InputError('"history" must be a list of objects')
    history = []
    for n, item in enumerate(history_raw, 1):
        if not isinstance(item, dict):
            raise InputError(f"history item {n} must be an object")
        rules = item.get("rules") or []
        if isinstance(rules, str):
            rules = [rules]
        if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
            raise InputError(f'history item {n}: "rules" must be a list of rule codes')
        item_text = item.get("text")
        if item_text is not None and not isinstance(item_text, str):
            raise InputError(f'history item {n}: "text" must be a string')
        action = item.get("action")
        if action is not None and not isinstance(action, str):
            raise InputError(f'history item {n}: "action" must be a string')
        history.append(
            HistoryItem(
                at=_parse_time(item.get("at"), f"history[{n}].at"),
                rules=tuple(rules),
                action=action,
                text=item_text,
            )
        )
    crisis = record.get("crisis", False)
    if not isinstance(crisis, bool):
        raise InputError('"crisis" must be true or false')
    for name in ("author", "channel", "parent_text"):
        if record.get(name) is not None and not isinstance(record.get(name), str):
            raise InputError(f'"{name}" must be a string')
    context = Context(
        author=record.get("author") or "",
        history=tuple(history),
        channel=record.get("channel") or "",
        parent_text=record.get("parent_text") or "",
        time=_parse_time(record.get("time"), "time"),
        crisis=crisis,
    )
    return record.get("id"), text, context


# One encoder for every output line: ``json.dumps`` with options builds a new one per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
try:
    from json.encoder import c_make_encoder, encode_basestring
except ImportError:  # pragma: no cover - Python without the C accelerator
    c_make_encoder = None
if c_make_encoder is not None:
    # ``JSONEncoder.encode`` still builds its C encoder anew for every call; this is the same C
    # encoder with the same settings (no indent, ", " and ": ", keys in order, NaN allowed),
    # built once. Without circular-reference checks: a decision is a tree of plain values.
    _C_ENCODER = c_make_encoder(
        None,
        json.JSONEncoder(ensure_ascii=False).default,
        encode_basestring,
        None,
        ": ",
        ", ",
        False,
        False,
        True,
    )

    def _encode_fast(obj: dict[str, Any]) -> str:
        return "".join(_C_ENCODER(obj, 0))

    _ENCODE = _encode_fast
# Output lines are written in batches of this many: one write call per line costs more than the
# JSON encoding of a short decision.
_WRITE_BATCH = 256


def run_moderate(policy: Policy, stream: Iterable[str | bytes], out: TextIO, err: TextIO) -> int:
    """Decide every line of ``stream`` (text or bytes lines); see the module docstring."""
    from sereen.engine.engine import CHUNK_SIZE, compile_policy, moderate_batch

    compiled = compile_policy(policy)
    bad = 0
    encode = _ENCODE
    loads = json.loads
    pending: list[str] = []
    # Comments are decided a chunk at a time (the engine runs each stage over the whole chunk);
    # their output lines keep the input's order.
    chunk: list[Comment] = []

    def decide_chunk() -> None:
        for comment, decision in zip(chunk, moderate_batch(chunk, compiled), strict=True):
            result = {"id": comment.id}
            result.update(decision.to_dict())
            pending.append(encode(result) + "\n")
        chunk.clear()

    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        record_id = None
        try:
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise InputError(f"not UTF-8 text (byte {exc.start + 1})") from exc
            try:
                record = loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
            if isinstance(record, dict):
                record_id = record.get("id")
            record_id, text, context = parse_record(record)
        except InputError as exc:
            bad += 1
            # Earlier output first, so stdout and stderr stay in step for a reader of both.
            decide_chunk()
            if pending:
                out.write("".join(pending))
                pending.clear()
            err.write(f"line {lineno}: {exc}\n")
            out.write(encode({"id": record_id, "line": lineno, "error": str(exc)}) + "\n")
            continue
        chunk.append(Comment(text, record_id, context))
        if len(chunk) >= CHUNK_SIZE:
            decide_chunk()
            if len(pending) >= _WRITE_BATCH:
                out.write("".join(pending))
                pending.clear()
    decide_chunk()
    if pending:
        out.write("".join(pending))
    return EXIT_BAD_LINES if bad else EXIT_OK


def explain(text: str, policy: Policy, *, crisis: bool = False) -> str:
    """A readable explanation of the decision on ``text``."""
    from sereen.engine.engine import moderate
    from sereen.engine.normalise import normalise

    decision = moderate(text, policy, context=Context(crisis=crisis))
    norm = normalise(text)
    lines = [
        f"Tekst:        {text}",
        f"Genormaliseerd: {norm.folded}",
        f"Beslissing:   {decision.action.value}"
        + (" (zichtbaar)" if decision.visible else " (niet zichtbaar)"),
        f"Regels:       {', '.join(decision.rules) or '-'}",
        f"Escalatie:    {decision.escalate.value}",
        f"Zekerheid:    {decision.confidence:.2f}",
        f"Beleid:       versie {decision.policy_version}" + (" (crisismodus)" if crisis else ""),
        f"Reden:        {decision.reason}",
    ]
    if decision.evidence:
        lines.append("Bewijs:")
        lines.extend(
            f'  - {ev.rule} [{ev.detector}] score {ev.score:.2f}: "{ev.match}" ({ev.note})'
            for ev in decision.evidence
        )
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sereen", description="Sereen moderation engine")
    sub = parser.add_subparsers(dest="command", required=True)
    mod = sub.add_parser("moderate", help="decide JSON Lines comments (file or stdin)")
    mod.add_argument("--policy", help="policy YAML file (default: the starter policy)")
    mod.add_argument("input", nargs="?", default="-", help="JSON Lines file, or - for stdin")
    chk = sub.add_parser("check", help="explain the decision on one text")
    chk.add_argument("text")
    chk.add_argument("--policy", help="policy YAML file (default: the starter policy)")
    chk.add_argument("--crisis", action="store_true", help="decide as in crisis mode")
    return parser


def main(argv: list[str] | None = None, *, policy: Policy | None = None) -> int:
    """Run ``moderate`` or ``check``; ``argv`` starts with the command name. ``policy`` overrides
    ``--policy`` (for embedding and tests)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parser().parse_args(args_list)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    if policy is None:
        from sereen.engine.policyfile import PolicyFileError

        try:
            policy = _load_policy(args.policy)
        except PolicyFileError as exc:
            # Every problem with its line, so the file can be fixed in one go.
            print(f"error: the policy cannot be used.\n{exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.command == "check":
        print(explain(args.text, policy, crisis=args.crisis))
        return EXIT_OK
    if args.input == "-":
        return run_moderate(policy, sys.stdin.buffer, sys.stdout, sys.stderr)
    try:
        stream = open(args.input, "rb")  # noqa: SIM115 - closed below; bytes so bad lines stay per line
    except OSError as exc:
        print(f"error: cannot read {args.input}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    with stream:
        return run_moderate(policy, stream, sys.stdout, sys.stderr)
