"""One rotating log file in the logs folder. Never log personal data (NIK, names, dates of birth)."""

from __future__ import annotations

import logging
import logging.handlers

from jamsostek_desktop import paths

_handler: logging.Handler | None = None


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file (the first, and each one after a rotation) readable by its owner only."""

    def _open(self):
        stream = super()._open()
        paths.make_private(self.baseFilename)
        return stream
LOG_FILE_NAME = "jamsostek.log"


def log_path():
    """The log file a clerk sends to support (named in the crash dialog)."""
    return paths.logs_dir() / LOG_FILE_NAME


def setup_logging(console: bool = False, level: int = logging.INFO) -> None:
    """Log to the data folder's log file; again after the data folder moved (tests) it moves too."""
    global _handler
    root = logging.getLogger("jamsostek_desktop")
    try:
        target = log_path()
    except OSError:
        return  # a read-only data folder must not stop the program; messages go nowhere
    if _handler is not None:
        if getattr(_handler, "baseFilename", None) == str(target.resolve()):
            return
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    root.setLevel(level)
    try:
        # backslashreplace: a file name that is not UTF-8 never turns a log line into an error.
        handler = _PrivateRotatingFileHandler(target, maxBytes=1_000_000, backupCount=5,
                                              encoding="utf-8", errors="backslashreplace")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _handler = handler
    if console:
        root.addHandler(logging.StreamHandler())
