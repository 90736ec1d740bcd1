from kundbok.cli import main

raise SystemExit(main())
