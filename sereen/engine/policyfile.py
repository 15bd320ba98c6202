"""The YAML form of a policy: parse, validate, dump, and the packaged starter policy.

One format serves everyone: an admin edits it by hand, the policy app exports and imports it (and
stores ``policy_to_dict`` as the JSON document of a version), and the engine and
``sereen moderate --policy`` read it. The format is described in docs/policy-file.md.

Validation is a hand-written schema check driven by the dataclasses of ``policy.py``: it collects
*every* problem with the YAML line and the dotted path of the field (``house_rules.rules[2].severity``)
and returns nothing when there is any, so a broken file never imports half a policy.

Problems are written in English (the CLI's language). Each also keeps its message template and
parameters, so the web app can show it in the reader's language (``PolicyProblem.translated``)
while this module stays free of Django: templates and the few words put into them are marked with
``gettext_noop``, which Django's ``makemessages`` extracts into the project catalogue.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import math
import os
import re
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from sereen.engine.policy import (
    FORMAT_VERSION,
    MODEL_ACT_FIELDS,
    PRIORITIES,
    SEREEN_ROLES,
    Action,
    ActionLadder,
    CrisisProtocol,
    HouseRule,
    HouseRules,
    LadderStep,
    ManagementProcess,
    OfficeHours,
    Policy,
    ResponseTarget,
    RoleAssignment,
    RuleKind,
    Thresholds,
)

__all__ = [
    "STARTER_POLICY_PATH",
    "SUPPORTED_FORMAT_VERSIONS",
    "PolicyFileError",
    "PolicyProblem",
    "Term",
    "dump_policy",
    "gettext_noop",
    "load_policy",
    "parse_policy",
    "policy_from_dict",
    "policy_to_dict",
    "starter_policy",
]

STARTER_POLICY_PATH = Path(__file__).parent / "data" / "starter_policy.yaml"
SUPPORTED_FORMAT_VERSIONS: tuple[int, ...] = (FORMAT_VERSION,)

Path_ = tuple[str | int, ...]


# ---------------------------------------------------------------------------------------------
# Problems


def gettext_noop(message: str) -> str:
    """Mark ``message`` for translation without translating it: the engine imports no Django, and
    Django's ``makemessages`` (keyword ``gettext_noop``) still finds the text by this name."""
    return message


class Term(str):
    """A word that a message template is filled with ("a list", "Monday"). It reads as English
    here and is translated with the template where the problem is shown (``translated``)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One thing wrong with a policy file: where (YAML line, dotted field path) and what.

    ``message`` is English. ``template`` (with ``%(name)s`` placeholders) and ``params`` are what
    it was made from, kept so that ``translated`` can show it in another language; they take no
    part in comparing problems."""

    line: int | None
    field: str
    message: str
    template: str = dataclasses.field(default="", compare=False, repr=False)
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, line: int | None, field: str, template: str, **params: Any) -> PolicyProblem:
        """The problem whose message is ``template`` (marked with ``gettext_noop``) filled in
        with ``params``; a parameter that is a ``Term`` is translated along with the template."""
        return cls(line, field, template % params, template, params)

    def translated(self, gettext: Callable[[str], str]) -> str:
        """The message in the language of ``gettext`` (Django's in the web app): the template
        and every ``Term`` in it translated, the other parameters (values from the file, key
        names, choices) as they are. A problem made without a template keeps its message."""
        if not self.template:
            return self.message
        params = {
            name: gettext(value) if isinstance(value, Term) else value
            for name, value in self.params.items()
        }
        return gettext(self.template) % params

    def __str__(self) -> str:
        where = f"line {self.line}, " if self.line is not None else ""
        return f"{where}{self.field or '(top level)'}: {self.message}"


class PolicyFileError(ValueError):
    """A policy file or document that cannot be used; ``problems`` lists everything wrong."""

    def __init__(self, problems: list[PolicyProblem], source: str = "<policy>") -> None:
        self.problems = list(problems)
        self.source = source
        count = len(self.problems)
        header = f"{source}: {count} problem{'' if count == 1 else 's'} in the policy"
        super().__init__("\n".join([header, *(f"  {p}" for p in self.problems)]))


def format_path(path: Path_) -> str:
    """``("house_rules", "rules", 2, "severity")`` -> ``house_rules.rules[2].severity``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


# ---------------------------------------------------------------------------------------------
# YAML reading. Times such as 17:00 must stay text: YAML 1.1 would read them as the base-60
# number 1020, so the loader drops the sexagesimal int/float forms (and inf/nan) and reads
# dates such as 2026-12-25 as text.

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


_INT, _FLOAT = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"  # dates stay text too: the policy keeps them as text
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (_INT, _FLOAT, _TIMESTAMP)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(_INT, re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789"))
_Loader.add_implicit_resolver(
    _FLOAT,
    re.compile(r"^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)


def _index_lines(
    node: yaml.Node, path: Path_, lines: dict[Path_, int], problems: list[PolicyProblem]
) -> None:
    """Record the 1-based line of every key and list item; report duplicate keys, which YAML
    would otherwise resolve silently by keeping the last one."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            line = key_node.start_mark.line + 1
            if key is None:
                continue
            child = (*path, key)
            if key in seen and key != "<<":
                problems.append(
                    PolicyProblem.of(
                        line,
                        format_path(child),
                        gettext_noop(
                            "key %(key)s appears twice (first on line %(first)s); keep one"
                        ),
                        key=repr(key),
                        first=seen[key],
                    )
                )
            seen.setdefault(key, line)
            lines.setdefault(child, line)
            _index_lines(value_node, child, lines, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            lines[child] = item.start_mark.line + 1
            _index_lines(item, child, lines, problems)


# PyYAML's commonest complaints, said in plain words that have a Dutch translation; the first
# pattern that matches PyYAML's problem text wins, anything else keeps PyYAML's English text.
_YAML_EXPLAINED: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"mapping values are not allowed"),
        gettext_noop(
            "not valid YAML: a colon stands where none may; put a text that holds ': ' between "
            "quotes, or check the indentation"
        ),
    ),
    (
        re.compile(r"found character .*that cannot start any token|found a tab character"),
        gettext_noop(
            "not valid YAML: a tab, or a value that starts with a sign such as @ or `; indent "
            "with spaces only and put such a text between quotes"
        ),
    ),
    (
        re.compile(r"expected <block end>|did not find expected (?:key|'-' indicator)"),
        gettext_noop("not valid YAML: the indentation does not line up with the lines around it"),
    ),
    (
        re.compile(r"found unexpected end of stream"),
        gettext_noop("not valid YAML: a quotation mark is opened but never closed"),
    ),
    (
        re.compile(r"found undefined alias"),
        gettext_noop("not valid YAML: '*' starts a reference in YAML; put the text between quotes"),
    ),
    (
        re.compile(r"could not find expected ':'"),
        gettext_noop("not valid YAML: a line without ':'; every entry needs 'key: value'"),
    ),
    (
        re.compile(r"expected ',' or '\]'"),
        gettext_noop("not valid YAML: a list between [ and ] is not closed"),
    ),
)


def _yaml_problem(exc: yaml.YAMLError) -> PolicyProblem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    for pattern, template in _YAML_EXPLAINED if problem else ():
        found = pattern.search(problem)
        if found:
            return PolicyProblem.of(line, "", template)
    detail = (f"{context}, {problem}" if context else problem) if problem else str(exc)
    # Other complaints of PyYAML stay English: rare and technical.
    return PolicyProblem.of(line, "", _NOT_YAML, detail=detail)


# ---------------------------------------------------------------------------------------------
# Schema: the dataclasses of policy.py, plus what their types cannot say.

# The order in which keys are written; a class not listed keeps its field order.
_KEY_ORDER: dict[type, tuple[str, ...]] = {
    Policy: (
        "format_version",
        "organisation",
        "version",
        "language",
        "code_of_conduct",
        "house_rules",
        "management",
        "target_groups",
        "content_categories",
        "platforms",
        "roles",
    ),
    HouseRule: (
        "code",
        "kind",
        "title",
        "severity",
        "default_action",
        "escalate_to",
        "explanation",
        "public_reason",
        "allowed_examples",
        "forbidden_examples",
    ),
    ManagementProcess: (
        "thresholds",
        "response_targets",
        "office_hours",
        "ladders",
        "human_decision",
        "crisis",
        "reply_guidance",
    ),
    ActionLadder: ("rules", "window_days", "steps"),
}

# Fields with a default in the dataclass that a file must still state.
_REQUIRED: set[tuple[type, str]] = {(Policy, "format_version")}

# Office hours are tuples in the dataclass and readable mappings in the file.
_HOURS_KEYS = ("weekday", "start", "end")
_TIME = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$|^24:00$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_DATE_OR_DAY = re.compile(r"^(?:\d{4}-)?\d{2}-\d{2}$")
_WEEKDAYS = tuple(
    Term(day)
    for day in (
        gettext_noop("Monday"),
        gettext_noop("Tuesday"),
        gettext_noop("Wednesday"),
        gettext_noop("Thursday"),
        gettext_noop("Friday"),
        gettext_noop("Saturday"),
        gettext_noop("Sunday"),
    )
)

# Templates used in more than one place. Whole sentences, one per variant (with or without a
# suggestion), because translators cannot reorder pieces glued together.
_NOT_YAML = gettext_noop("not valid YAML: %(detail)s")
_NOT_ONE_OF = gettext_noop("%(value)s is not one of %(choices)s")
_NOT_ONE_OF_SUGGEST = gettext_noop(
    "%(value)s is not one of %(choices)s (did you mean %(suggestion)s?)"
)
_MISSING_KEY = gettext_noop("missing required key %(key)s")


@dataclass(frozen=True, slots=True)
class _Message:
    """What a check found wrong, before it knows where: a template and its parameters."""

    template: str
    params: dict[str, Any]


def _message(template: str, **params: Any) -> _Message:
    return _Message(template, params)


def _not_one_of(value: Any, choices: typing.Sequence[str]) -> _Message:
    """``value`` is none of ``choices``; the closest choice is suggested when there is one."""
    shown = repr(value) if isinstance(value, str) else _type_name(value)
    suggestion = _did_you_mean(value, choices)
    if suggestion is None:
        return _message(_NOT_ONE_OF, value=shown, choices=", ".join(choices))
    return _message(
        _NOT_ONE_OF_SUGGEST, value=shown, choices=", ".join(choices), suggestion=repr(suggestion)
    )


def _non_empty(value: Any) -> _Message | None:
    if isinstance(value, str) and not value.strip():
        return _message(gettext_noop("must not be empty"))
    return None


def _at_least(minimum: int) -> Callable[[Any], _Message | None]:
    def check(value: Any) -> _Message | None:
        if value is not None and value < minimum:
            return _message(
                gettext_noop("must be %(minimum)s or more, not %(value)s"),
                minimum=minimum,
                value=value,
            )
        return None

    return check


def _fraction(value: float) -> _Message | None:
    if 0.0 <= value <= 1.0:
        return None
    return _message(gettext_noop("must be between 0 and 1, not %(value)s"), value=value)


def _optional_fraction(value: float | None) -> _Message | None:
    return None if value is None else _fraction(value)


def _timezone(value: str) -> _Message | None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return _message(
            gettext_noop("%(value)s is not a known time zone (use a name such as Europe/Brussels)"),
            value=repr(value),
        )
    return None


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], _Message | None]:
    def check(value: Any) -> _Message | None:
        return None if value in choices else _not_one_of(value, choices)

    return check


def _format_version(value: int) -> _Message | None:
    if value in SUPPORTED_FORMAT_VERSIONS:
        return None
    return _message(
        gettext_noop(
            "format version %(version)s is not supported (this Sereen reads: %(supported)s)"
        ),
        version=value,
        supported=", ".join(str(v) for v in SUPPORTED_FORMAT_VERSIONS),
    )


def _language(value: str) -> _Message | None:
    if _LANGUAGE.match(value):
        return None
    return _message(
        gettext_noop("%(value)s is not a language tag such as nl-BE"), value=repr(value)
    )


def _rule_code(value: str) -> _Message | None:
    empty = _non_empty(value)
    if empty is None and re.search(r"\s", value):
        return _message(gettext_noop("%(value)s must not contain spaces"), value=repr(value))
    return empty


_FIELD_CHECKS: dict[tuple[type, str], Callable[[Any], _Message | None]] = {
    (Policy, "format_version"): _format_version,
    (Policy, "organisation"): _non_empty,
    (Policy, "version"): _non_empty,
    (Policy, "language"): _language,
    (HouseRule, "code"): _rule_code,
    (HouseRule, "title"): _non_empty,
    (ActionLadder, "window_days"): _at_least(1),
    (LadderStep, "offence"): _at_least(1),
    (LadderStep, "propose_block_days"): _at_least(0),
    (Thresholds, "act"): _fraction,
    (Thresholds, "review"): _fraction,
    (Thresholds, "model_act"): _optional_fraction,
    (Thresholds, "model_act_threat"): _optional_fraction,
    (Thresholds, "model_act_hate"): _optional_fraction,
    (ResponseTarget, "priority"): _one_of(PRIORITIES),
    (ResponseTarget, "minutes"): _at_least(1),
    (OfficeHours, "timezone"): _timezone,
    (CrisisProtocol, "spike_hostile_per_hour"): _at_least(1),
    (RoleAssignment, "role"): _one_of(SEREEN_ROLES),
}


def _did_you_mean(value: Any, choices: typing.Iterable[str]) -> str | None:
    """The choice closest to ``value``, if one is close enough to be a likely typo."""
    if not isinstance(value, str):
        return None
    # Compared in lower case on both sides, so that 'r1' finds the rule code 'R1'.
    lowered = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(value.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[close[0]] if close else None


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _fields(cls: type) -> list[dataclasses.Field]:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    order = _KEY_ORDER.get(cls, ())
    return [fields[name] for name in order] + [f for n, f in fields.items() if n not in order]


_EMPTY = Term(gettext_noop("empty"))
_TRUE_FALSE = Term(gettext_noop("true/false"))
_A_NUMBER = Term(gettext_noop("a number"))
_TEXT = Term(gettext_noop("text"))
_A_MAPPING = Term(gettext_noop("a mapping"))
_A_LIST = Term(gettext_noop("a list"))


def _type_name(value: Any) -> str:
    """What ``value`` is, in the words of the messages ("must be text, not a list")."""
    if value is None:
        return _EMPTY
    if isinstance(value, bool):
        return _TRUE_FALSE
    if isinstance(value, int | float):
        return _A_NUMBER
    if isinstance(value, str):
        return _TEXT
    if isinstance(value, Mapping):
        return _A_MAPPING
    if isinstance(value, list | tuple):
        return _A_LIST
    return type(value).__name__


_INVALID = object()


class _Reader:
    """Turns a plain document into dataclasses, collecting every problem on the way."""

    def __init__(self, line_of: Callable[[Path_], int | None]) -> None:
        self.problems: list[PolicyProblem] = []
        self._line_of = line_of

    def report(self, path: Path_, template: str, **params: Any) -> None:
        """Record the problem at ``path``: ``template`` (marked with ``gettext_noop``) filled in
        with ``params``."""
        self.problems.append(
            PolicyProblem.of(self._line_of(path), format_path(path), template, **params)
        )

    def report_message(self, path: Path_, message: _Message) -> None:
        self.report(path, message.template, **message.params)

    # -- generic conversion by type --------------------------------------------------------

    def value(self, tp: Any, value: Any, path: Path_) -> Any:
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(tp) if a is not type(None)]
            if value is None:
                return None
            return self.value(options[0], value, path)
        if origin is tuple:
            return self.sequence(typing.get_args(tp)[0], value, path)
        if dataclasses.is_dataclass(tp):
            return self.dataclass(tp, value, path)
        if isinstance(tp, type) and issubclass(tp, Enum):
            choices = tuple(member.value for member in tp)
            if isinstance(value, str) and value in choices:
                return tp(value)
            self.report_message(path, _not_one_of(value, choices))
            return _INVALID
        if tp is bool:
            if isinstance(value, bool):
                return value
            self.report(
                path, gettext_noop("must be true or false, not %(found)s"), found=_type_name(value)
            )
            return _INVALID
        if tp is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            self.report(
                path, gettext_noop("must be a whole number, not %(found)s"), found=_type_name(value)
            )
            return _INVALID
        if tp is float:
            if (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and math.isfinite(value)
            ):
                return float(value)
            self.report(
                path,
                gettext_noop("must be a number such as 0.85, not %(found)s"),
                found=_type_name(value),
            )
            return _INVALID
        if tp is str:
            if isinstance(value, str):
                return value
            if isinstance(value, int | float | bool) or value is None:
                template = gettext_noop("must be text, not %(found)s (put it in quotes)")
            else:
                template = gettext_noop("must be text, not %(found)s")
            self.report(path, template, found=_type_name(value))
            return _INVALID
        raise TypeError(f"policy field type {tp!r} has no reader")  # a programming error

    def sequence(self, item_type: Any, value: Any, path: Path_) -> Any:
        if not isinstance(value, list | tuple):
            self.report(
                path,
                gettext_noop("must be a list (items starting with '- '), not %(found)s"),
                found=_type_name(value),
            )
            return _INVALID
        items = [self.value(item_type, item, (*path, i)) for i, item in enumerate(value)]
        return _INVALID if any(item is _INVALID for item in items) else tuple(items)

    def mapping(self, value: Any, path: Path_, known: typing.Sequence[str]) -> Mapping | None:
        """``value`` as a mapping with string keys, reporting unknown keys; None if it is none."""
        if not isinstance(value, Mapping):
            self.report(
                path,
                gettext_noop("must be a mapping of keys to values, not %(found)s"),
                found=_type_name(value),
            )
            return None
        ok = True
        for key in value:
            if not isinstance(key, str):
                self.report(path, gettext_noop("key %(key)s must be text"), key=repr(key))
                ok = False
            elif key not in known:
                params = {"key": repr(key), "known": ", ".join(known)}
                suggestion = _did_you_mean(key, known)
                if suggestion is None:
                    template = gettext_noop("unknown key %(key)s; known keys: %(known)s")
                else:
                    template = gettext_noop(
                        "unknown key %(key)s (did you mean %(suggestion)s?); known keys: %(known)s"
                    )
                    params["suggestion"] = repr(suggestion)
                self.report((*path, key), template, **params)
                ok = False
        return value if ok else {k: v for k, v in value.items() if k in known}

    def dataclass(self, cls: type, value: Any, path: Path_) -> Any:
        fields = _fields(cls)
        data = self.mapping(value, path, [f.name for f in fields])
        if data is None:
            return _INVALID
        hints = _hints(cls)
        kwargs: dict[str, Any] = {}
        valid = len(self.problems)
        for field in fields:
            name = field.name
            fpath = (*path, name)
            if name not in data:
                has_default = field.default is not dataclasses.MISSING
                if not has_default or (cls, name) in _REQUIRED:
                    # Named in full; the line is that of the mapping it is missing from.
                    self.report(fpath, _MISSING_KEY, key=repr(name))
                    kwargs[name] = _INVALID
                continue
            if cls is OfficeHours and name == "hours":
                converted = self.hours(data[name], fpath)
            else:
                converted = self.value(hints[name], data[name], fpath)
            if converted is not _INVALID:
                check = _FIELD_CHECKS.get((cls, name))
                message = check(converted) if check else None
                if message is not None:
                    self.report_message(fpath, message)
                    converted = _INVALID
            kwargs[name] = converted
        if any(v is _INVALID for v in kwargs.values()) or len(self.problems) > valid:
            return _INVALID
        obj = cls(**kwargs)
        check_object = _OBJECT_CHECKS.get(cls)
        if check_object is not None:
            before = len(self.problems)
            check_object(self, obj, path)
            if len(self.problems) > before:
                return _INVALID
        return obj

    def hours(self, value: Any, path: Path_) -> Any:
        if not isinstance(value, list | tuple):
            self.report(
                path,
                gettext_noop("must be a list of opening hours, not %(found)s"),
                found=_type_name(value),
            )
            return _INVALID
        out = []
        for index, item in enumerate(value):
            ipath = (*path, index)
            data = self.mapping(item, ipath, _HOURS_KEYS)
            if data is None:
                out.append(_INVALID)
                continue
            missing = [key for key in _HOURS_KEYS if key not in data]
            for key in missing:
                self.report((*ipath, key), _MISSING_KEY, key=repr(key))
            if missing:
                out.append(_INVALID)
                continue
            weekday = data["weekday"]
            ok = True
            if not isinstance(weekday, int) or isinstance(weekday, bool) or not 0 <= weekday <= 6:
                self.report(
                    (*ipath, "weekday"),
                    gettext_noop("must be a day number 0 (Monday) to 6 (Sunday), not %(value)s"),
                    value=repr(weekday),
                )
                ok = False
            for key in ("start", "end"):
                if not isinstance(data[key], str) or not _TIME.match(data[key]):
                    self.report(
                        (*ipath, key),
                        gettext_noop(
                            'must be a time "HH:MM" in quotes, such as "08:30", not %(value)s'
                        ),
                        value=repr(data[key]),
                    )
                    ok = False
            if ok and data["start"] >= data["end"]:
                self.report(
                    (*ipath, "end"),
                    gettext_noop("closes (%(end)s) before it opens (%(start)s)"),
                    end=data["end"],
                    start=data["start"],
                )
                ok = False
            out.append((weekday, data["start"], data["end"]) if ok else _INVALID)
        return _INVALID if any(item is _INVALID for item in out) else tuple(out)


# -- checks on whole objects (after their fields are valid) -----------------------------------


def _check_thresholds(reader: _Reader, obj: Thresholds, path: Path_) -> None:
    if obj.review > obj.act:
        reader.report(
            (*path, "review"),
            gettext_noop(
                "the review threshold (%(review)s) must not be above the act threshold (%(act)s)"
            ),
            review=obj.review,
            act=obj.act,
        )
    for name in MODEL_ACT_FIELDS:
        model_act = getattr(obj, name)
        if model_act is not None and model_act < obj.act:
            reader.report(
                (*path, name),
                gettext_noop(
                    "the model threshold (%(model_act)s) must not be below the act threshold "
                    "(%(act)s): the classifier alone needs more certainty than the rules"
                ),
                model_act=model_act,
                act=obj.act,
            )


def _check_house_rules(reader: _Reader, obj: HouseRules, path: Path_) -> None:
    codes: dict[str, int] = {}
    kinds: dict[RuleKind, str] = {}
    for index, rule in enumerate(obj.rules):
        if rule.code in codes:
            reader.report(
                (*path, "rules", index, "code"),
                gettext_noop("rule code %(code)s is used twice (also rules[%(other)s])"),
                code=repr(rule.code),
                other=codes[rule.code],
            )
        codes.setdefault(rule.code, index)
        # The engine applies one rule per detector; a second rule of the same kind would never be
        # applied automatically. Rules enforced by people ("other") can be as many as needed.
        if rule.kind != RuleKind.OTHER:
            if rule.kind in kinds:
                reader.report(
                    (*path, "rules", index, "kind"),
                    gettext_noop(
                        "only one rule can have kind %(kind)s (%(holder)s has it already); "
                        "use kind 'other' for a rule that people enforce"
                    ),
                    kind=repr(rule.kind.value),
                    holder=kinds[rule.kind],
                )
            kinds.setdefault(rule.kind, rule.code)


_SEVERITY_OF_ACTION = {
    Action.KEEP: 0,
    Action.REPLY: 1,
    Action.REVIEW: 2,
    Action.HIDE: 3,
    Action.DELETE: 4,
}


def _check_ladder(reader: _Reader, obj: ActionLadder, path: Path_) -> None:
    if not obj.steps:
        reader.report((*path, "steps"), gettext_noop("a ladder needs at least one step"))
    for index, step in enumerate(obj.steps):
        if step.offence != index + 1:
            reader.report(
                (*path, "steps", index, "offence"),
                gettext_noop(
                    "offences must count up from 1 without gaps: "
                    "expected %(expected)s, found %(found)s"
                ),
                expected=index + 1,
                found=step.offence,
            )
            break
    # A ladder escalates: a later offence is never treated more gently than an earlier one.
    for index in range(1, len(obj.steps)):
        before, step = obj.steps[index - 1], obj.steps[index]
        if _SEVERITY_OF_ACTION[step.action] < _SEVERITY_OF_ACTION[before.action]:
            reader.report(
                (*path, "steps", index),
                gettext_noop(
                    "step %(offence)s is milder than the step before it: a later offence must "
                    "not be treated more gently"
                ),
                offence=step.offence,
            )
            break
    seen: set[str] = set()
    for index, code in enumerate(obj.rules):
        if code in seen:
            reader.report(
                (*path, "rules", index),
                gettext_noop("rule %(code)s is listed twice"),
                code=repr(code),
            )
        seen.add(code)


def _check_management(reader: _Reader, obj: ManagementProcess, path: Path_) -> None:
    priorities: dict[str, int] = {}
    for index, target in enumerate(obj.response_targets):
        if target.priority in priorities:
            reader.report(
                (*path, "response_targets", index, "priority"),
                gettext_noop(
                    "priority %(priority)s has two targets (also response_targets[%(other)s])"
                ),
                priority=repr(target.priority),
                other=priorities[target.priority],
            )
        priorities.setdefault(target.priority, index)
    in_ladder: dict[str, int] = {}
    for index, ladder in enumerate(obj.ladders):
        if not ladder.rules and index != len(obj.ladders) - 1:
            reader.report(
                (*path, "ladders", index, "rules"),
                gettext_noop(
                    "a ladder for all rules (no 'rules') must be the last ladder, or the ladders "
                    "after it would never apply"
                ),
            )
        for rindex, code in enumerate(ladder.rules):
            if code in in_ladder and in_ladder[code] != index:
                reader.report(
                    (*path, "ladders", index, "rules", rindex),
                    gettext_noop(
                        "rule %(code)s is already in ladders[%(other)s]; a rule follows one ladder"
                    ),
                    code=repr(code),
                    other=in_ladder[code],
                )
            in_ladder.setdefault(code, index)


def _check_office_hours(reader: _Reader, obj: OfficeHours, path: Path_) -> None:
    by_day: dict[int, list[tuple[str, str, int]]] = {}
    for index, (day, start, end) in enumerate(obj.hours):
        for other_start, other_end, other in by_day.get(day, []):
            if start < other_end and other_start < end:
                reader.report(
                    (*path, "hours", index),
                    gettext_noop(
                        "%(day)s %(start)s-%(end)s overlaps hours[%(other)s] "
                        "(%(other_start)s-%(other_end)s)"
                    ),
                    day=_WEEKDAYS[day],
                    start=start,
                    end=end,
                    other=other,
                    other_start=other_start,
                    other_end=other_end,
                )
        by_day.setdefault(day, []).append((start, end, index))
    for index, day in enumerate(obj.closed_on):
        if not _DATE_OR_DAY.match(day) or not _valid_day(day):
            reader.report(
                (*path, "closed_on", index),
                gettext_noop(
                    '%(value)s is not a date: write "YYYY-MM-DD" for one day '
                    'or "MM-DD" for every year'
                ),
                value=repr(day),
            )


def _valid_day(text: str) -> bool:
    import datetime as dt

    parts = [int(p) for p in text.split("-")]
    year, month, day = [2024, *parts] if len(parts) == 2 else parts  # 2024: a leap year, for 02-29
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _check_policy(reader: _Reader, obj: Policy, path: Path_) -> None:
    codes = {rule.code for rule in obj.house_rules.rules}
    for lindex, ladder in enumerate(obj.management.ladders):
        for rindex, code in enumerate(ladder.rules):
            if code not in codes:
                params = {"code": repr(code), "rules": ", ".join(sorted(codes))}
                suggestion = _did_you_mean(code, sorted(codes))
                if suggestion is None:
                    template = gettext_noop("there is no house rule %(code)s; rules: %(rules)s")
                else:
                    template = gettext_noop(
                        "there is no house rule %(code)s (did you mean %(suggestion)s?); "
                        "rules: %(rules)s"
                    )
                    params["suggestion"] = repr(suggestion)
                reader.report(
                    (*path, "management", "ladders", lindex, "rules", rindex), template, **params
                )


_OBJECT_CHECKS: dict[type, Callable[[_Reader, Any, Path_], None]] = {
    Thresholds: _check_thresholds,
    HouseRules: _check_house_rules,
    ActionLadder: _check_ladder,
    ManagementProcess: _check_management,
    OfficeHours: _check_office_hours,
    Policy: _check_policy,
}


def _read(data: Any, line_of: Callable[[Path_], int | None], source: str) -> Policy:
    reader = _Reader(line_of)
    if data is None:
        reader.report((), gettext_noop("the policy is empty"))
        policy = _INVALID
    else:
        policy = reader.value(Policy, data, ())
    if reader.problems or policy is _INVALID:
        raise PolicyFileError(reader.problems, source)
    return policy


# ---------------------------------------------------------------------------------------------
# Public API


def parse_policy(text: str, *, source: str = "<policy>") -> Policy:
    """The policy in the YAML ``text``; raises PolicyFileError listing every problem."""
    problems: list[PolicyProblem] = []
    lines: dict[Path_, int] = {}
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise PolicyFileError([_yaml_problem(exc)], source) from None
    except (ValueError, TypeError) as exc:  # an explicit tag such as !!timestamp with a bad value
        raise PolicyFileError(
            [PolicyProblem.of(None, "", _NOT_YAML, detail=str(exc))], source
        ) from None
    if node is not None:
        lines[()] = node.start_mark.line + 1
        _index_lines(node, (), lines, problems)

    def line_of(path: Path_) -> int | None:
        for end in range(len(path), -1, -1):
            if path[:end] in lines:
                return lines[path[:end]]
        return None

    try:
        policy = _read(data, line_of, source)
    except PolicyFileError as exc:
        problems.extend(exc.problems)
        problems.sort(key=lambda p: p.line or 0)
        raise PolicyFileError(problems, source) from None
    if problems:
        raise PolicyFileError(problems, source)
    return policy


def load_policy(path: str | os.PathLike[str]) -> Policy:
    """The policy in the YAML file at ``path``; raises PolicyFileError (also when unreadable)."""
    source = os.fspath(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise PolicyFileError(
            [PolicyProblem.of(None, "", gettext_noop("file not found"))], source
        ) from None
    except OSError as exc:
        problem = PolicyProblem.of(
            None, "", gettext_noop("cannot read the file: %(reason)s"), reason=exc.strerror
        )
        raise PolicyFileError([problem], source) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PolicyFileError(
            [PolicyProblem.of(line, "", gettext_noop("not UTF-8 text; save the file as UTF-8"))],
            source,
        ) from None
    return parse_policy(text, source=source)


def policy_from_dict(data: Mapping[str, Any], *, source: str = "<policy>") -> Policy:
    """The policy in a plain document (as made by ``policy_to_dict``), validated like a file."""
    return _read(data, lambda path: None, source)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for field in _fields(type(value)):
            item = getattr(value, field.name)
            if item is None:
                continue
            if isinstance(value, OfficeHours) and field.name == "hours":
                out["hours"] = [dict(zip(_HOURS_KEYS, hours, strict=True)) for hours in item]
            else:
                out[field.name] = _plain(item)
        return out
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def policy_to_dict(policy: Policy) -> dict[str, Any]:
    """The policy as a JSON-serialisable plain document: exactly the YAML form."""
    return _plain(policy)


class _Dumper(yaml.SafeDumper):  # the Python emitter: the C one ignores increase_indent
    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        # Indent list items under their key, as people write YAML by hand.
        return super().increase_indent(flow, False)


# Characters that YAML treats as line breaks (or drops) but PyYAML writes raw in some styles.
_UNSAFE_RAW = ("\r", "\x85", "\u2028", "\u2029", "\ufeff")


_FOLD_LONGER_THAN = 90
_WIDTH = 80  # PyYAML counts from the indentation, so lines stay under about 100 characters


class _FoldProbe(yaml.SafeDumper):
    pass


_FoldProbe.add_representer(
    str, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style=">")
)


@functools.lru_cache(maxsize=4096)
def _folds_cleanly(value: str) -> bool:
    """Whether ``value`` can be written as a folded block (``>-``) and read back unchanged.

    PyYAML's folded style does not round-trip every text (leading spaces, runs of spaces, tabs),
    so only plain prose qualifies, and each text is tried once before it is used."""
    if (
        len(value) <= _FOLD_LONGER_THAN
        or value != value.strip()
        or "  " in value
        or "\t" in value
        or "\n" in value
    ):
        return False
    probe = yaml.dump([value], Dumper=_FoldProbe, allow_unicode=True, width=_WIDTH)
    return yaml.load(probe, Loader=_Loader) == [value]


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    """Multi-line text as a literal block, long prose folded, times and dates quoted (so they
    read the same in any YAML reader), text with unusual line breaks double-quoted (escaped)."""
    style: str | None = None
    if any(char in value for char in _UNSAFE_RAW):
        style = '"'
    elif "\n" in value.rstrip("\n"):
        style = "|"
    elif _folds_cleanly(value):
        style = ">"
    elif _TIME.match(value) or _DATE_OR_DAY.match(value):
        style = "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _Flow(dict):
    """A small mapping written on one line: ``{weekday: 0, start: '08:30', end: '17:00'}``."""


class _FlowList(list):
    """A short list written on one line: ``[R1, R2]``."""


_Dumper.add_representer(str, _represent_text)
_Dumper.add_representer(
    _Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True)
)
_Dumper.add_representer(
    _FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True)
)


def _compact(document: dict[str, Any]) -> dict[str, Any]:
    """Mark the small parts of ``document`` that read best on one line (it is a fresh copy)."""
    management = document["management"]
    management["thresholds"] = _Flow(management["thresholds"])
    management["crisis"]["thresholds"] = _Flow(management["crisis"]["thresholds"])
    hours = management["office_hours"]
    hours["hours"] = [_Flow(item) for item in hours["hours"]]
    if "closed_on" in hours:
        hours["closed_on"] = _FlowList(hours["closed_on"])
    for ladder in management["ladders"]:
        ladder["rules"] = _FlowList(ladder["rules"])
        ladder["steps"] = [_Flow(step) for step in ladder["steps"]]
    return document


_HEADER = (
    "# Sereen social media policy (format {version}); reference: docs/policy-file.md\n"
    "# Sereen-beleid voor sociale media; uitleg over dit bestand: docs/policy-file.md\n"
)


def dump_policy(policy: Policy) -> str:
    """The policy as readable YAML; ``parse_policy(dump_policy(p)) == p``."""
    text = yaml.dump(
        _compact(policy_to_dict(policy)),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=_WIDTH,
        indent=2,
    )
    # A blank line before each top-level part that spans several lines; block text is always
    # indented, so only top-level keys start in the first column.
    lines = text.splitlines()
    spaced = [
        ("\n" if n and line[:1] not in ("", " ", "-", "#") and line.endswith(":") else "") + line
        for n, line in enumerate(lines)
    ]
    return _HEADER.format(version=policy.format_version) + "\n".join(spaced) + "\n"


@functools.cache
def starter_policy() -> Policy:
    """The packaged starter policy for a Flemish municipality (loaded once; it is immutable)."""
    return load_policy(STARTER_POLICY_PATH)
