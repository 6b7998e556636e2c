"""One rotating log file in the logs folder. Never log personal data (NIK, names, dates of birth)."""

from __future__ import annotations

import logging
import logging.handlers

from jamsostek_desktop import paths

_configured = False


def setup_logging(console: bool = False, level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger("jamsostek_desktop")
    root.setLevel(level)
    try:
        handler = logging.handlers.RotatingFileHandler(
            paths.logs_dir() / "jamsostek.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError:
        pass  # a read-only data folder must not stop the program; messages go nowhere
    if console:
        root.addHandler(logging.StreamHandler())
