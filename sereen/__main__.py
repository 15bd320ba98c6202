from sereen.cli import main

raise SystemExit(main())
