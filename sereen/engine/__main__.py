"""``python -m sereen.engine moderate|check ...``: the engine's command line without Django."""

from sereen.engine.cli import main

raise SystemExit(main())
