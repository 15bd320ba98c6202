"""Every translation catalogue in the repository is complete and compiles.

Covers the project catalogue (sereen/locale) and each app's own (sereen/<app>/locale): no
untranslated entries, no fuzzy ones, the same placeholders in the translation as in the English,
and ``msgfmt --check`` accepts the file.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

REPO = Path(__file__).resolve().parent.parent
SKIP_DIRS = {".venv", "node_modules", ".git", "var", "build", "dist"}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")


def catalogues() -> list[Path]:
    return sorted(
        path
        for path in (REPO / "sereen").rglob("*.po")
        if not SKIP_DIRS & set(path.relative_to(REPO).parts)
    )


def test_the_project_catalogue_exists():
    assert (REPO / "sereen/locale/nl/LC_MESSAGES/django.po").is_file()
    assert len(catalogues()) >= 1


@pytest.mark.parametrize("path", catalogues(), ids=lambda p: str(p.relative_to(REPO)))
def test_catalogue_is_complete(path: Path):
    po = polib.pofile(str(path))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{path}: untranslated entries: {untranslated[:10]}"
    assert not fuzzy, f"{path}: fuzzy entries (check them, then remove the flag): {fuzzy[:10]}"
    assert not po.metadata_is_fuzzy, f"{path}: the header is marked fuzzy"


@pytest.mark.parametrize("path", catalogues(), ids=lambda p: str(p.relative_to(REPO)))
def test_translations_keep_the_placeholders(path: Path):
    wrong = []
    for entry in polib.pofile(str(path)).translated_entries():
        wanted = set(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        got = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        wrong.extend(entry.msgid for text in got if set(PLACEHOLDER.findall(text)) != wanted)
    assert not wrong, f"{path}: placeholders differ in: {wrong[:10]}"


@pytest.mark.parametrize("path", catalogues(), ids=lambda p: str(p.relative_to(REPO)))
def test_catalogue_compiles(path: Path, tmp_path: Path):
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "msgfmt (Debian package 'gettext') is required in CI to compile catalogues."
            )
        # Without gettext, polib's own compiler is the check; bin/setup warns about msgfmt too.
        polib.pofile(str(path)).save_as_mofile(str(tmp_path / "django.mo"))
        assert (tmp_path / "django.mo").stat().st_size > 0
        return
    result = subprocess.run(
        [msgfmt, "--check", "-o", str(tmp_path / "django.mo"), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"msgfmt rejects {path}:\n{result.stderr}"
