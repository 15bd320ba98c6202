"""The ``sereen`` command: Django's management commands, plus the engine's fast commands.

``sereen moderate`` and ``sereen check`` run the framework-free engine without loading Django, so
they start in well under a second. Everything else (``sereen migrate``, ``sereen demo``,
``sereen serve`` ...) is a Django management command.
"""

from __future__ import annotations

import os
import sys

ENGINE_COMMANDS = {"moderate", "check"}
# `sereen check` belongs to the engine, so Django's system check is `sereen systemcheck`.
ALIASES = {"serve": "runserver", "systemcheck": "check"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ENGINE_COMMANDS:
        from sereen.engine.cli import main as engine_main

        return engine_main(args)
    if args and args[0] in ALIASES:
        args[0] = ALIASES[args[0]]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sereen.project.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["sereen", *args])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
