"""Every top-level name of the engine is bound once.

A module-level constant bound a second time further down silently replaces the first for every
function that reads it (ruff does not flag a rebound constant): the detectors hold hundreds of
word lists and patterns, and two of them once shared a name this way."""

import ast
from pathlib import Path

import pytest

ENGINE = Path(__file__).resolve().parents[2] / "sereen" / "engine"


def _names_bound_twice(source: str) -> list[str]:
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


@pytest.mark.parametrize(
    "path", sorted(ENGINE.rglob("*.py")), ids=lambda p: str(p.relative_to(ENGINE))
)
def test_no_top_level_name_is_bound_twice(path):
    assert _names_bound_twice(path.read_text(encoding="utf-8")) == []


def test_a_name_bound_twice_is_found():
    assert _names_bound_twice("_WORDS = {1}\ndef f(): return _WORDS\n_WORDS = {2}\n") == ["_WORDS"]
