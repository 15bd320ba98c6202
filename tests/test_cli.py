import subprocess
import sys

import pytest


def run_sereen(
    *args: str, input_text: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "sereen", *args],
        input=input_text,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SEREEN_DEBUG": "1", **env},
    )


def test_sereen_wraps_django_management_commands():
    result = run_sereen("systemcheck")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_settings_refuse_to_start_without_a_secret_key_outside_debug_mode():
    import os

    env = {k: v for k, v in os.environ.items() if k not in {"SEREEN_SECRET_KEY", "SEREEN_DEBUG"}}
    result = subprocess.run(
        [sys.executable, "-m", "sereen", "systemcheck"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode != 0
    assert "SEREEN_SECRET_KEY" in result.stderr


# (no database: three CLI runs over every labelled text, ~4 minutes; run once, not on PostgreSQL too)
@pytest.mark.no_database
def test_moderate_decides_the_same_in_every_process_whatever_the_hash_seed():
    """Set order follows Python's per-process string hash; no decision may depend on it."""
    from pathlib import Path

    corpus = "".join(
        path.read_text(encoding="utf-8")
        for path in sorted((Path(__file__).parent / "engine" / "data").glob("*.jsonl"))
    )
    outputs = [
        run_sereen("moderate", input_text=corpus, PYTHONHASHSEED=seed).stdout
        for seed in ("1", "2", "314")
    ]
    assert outputs[0].count("\n") == corpus.count("\n") > 1000
    assert outputs[0] == outputs[1] == outputs[2]
