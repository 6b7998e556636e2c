"""PyInstaller entry point of the desktop application."""

from jamsostek_desktop.app import main

raise SystemExit(main())
