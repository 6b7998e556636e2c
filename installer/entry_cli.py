"""PyInstaller entry point of the `jamsostek` command line."""

from jamsostek_desktop.cli import main

raise SystemExit(main())
