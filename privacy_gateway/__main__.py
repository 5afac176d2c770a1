from privacy_gateway.cli import main

raise SystemExit(main())
