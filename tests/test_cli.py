import subprocess
import sys


def run_sereen(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "sereen", *args],
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
