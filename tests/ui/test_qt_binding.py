"""Guard against a Qt binding that leaks references on every call.

PySide6 6.12.0 on Python 3.11 drops a reference to None on each Qt call that returns
nothing; after a few thousand calls CPython aborts ("none_dealloc") and the clerk's
window vanishes with unsaved typing. pyproject pins PySide6 below 6.12; this test
fails if a future binding brings the fault back.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    label.setText("x")
    label.setEnabled(True)
print(sys.getrefcount(None) - before)
"""


def test_twenty_thousand_void_qt_calls_do_not_leak_none():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip().splitlines()[-1])) < 1000
