import subprocess
import sys


def test_engine_imports_nothing_from_django():
    code = (
        "import sys, sereen.engine, sereen.engine.policy;"
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')"
        " or (m.startswith('sereen.') and not m.startswith('sereen.engine')));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
