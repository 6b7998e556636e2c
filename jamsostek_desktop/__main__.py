"""`python -m jamsostek_desktop` starts the desktop application."""

from jamsostek_desktop.app import main

raise SystemExit(main())
