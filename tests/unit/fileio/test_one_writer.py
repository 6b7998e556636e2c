"""Every file the program writes goes through fileio: the source holds no other way to write one."""

from __future__ import annotations

import re
from pathlib import Path

import jamsostek_desktop

PACKAGE = Path(jamsostek_desktop.__file__).parent

# Ways to put bytes into a file or give one a name, other than fileio's.
WRITING = re.compile(
    r"""(?<![\w.])open\([^)]*["'](w|wb|a|ab|x|xb|w\+|w\+b|r\+b|rb\+)["']"""
    r"|(?<!fileio)\.write_bytes\(|(?<!fileio)\.write_text\(|os\.replace\(|os\.rename\(|os\.link\("
    r"|shutil\.(copy|copy2|copyfile|move)\(|NamedTemporaryFile|mkstemp"
    r"|ZipFile\([^)]*[\"']w[\"']|os\.open\([^)]*O_(WRONLY|RDWR|CREAT)"
)

# The few writes that are not outputs, each with its reason.
ALLOWED = {
    ("fileio.py", None): "the one atomic write itself",
    ("selftest.py", 'log_file.write_text("", encoding="utf-8")'): "the self-test's own log, written line by line",
    ("selftest.py", 'with open(self.log_file, "a", encoding="utf-8") as fh:'): "the same log, appended",
    ("services/backup/copies.py", "os.replace(staged, target)"):
        "restore: the verified copy (written through fileio) takes the closed database's place",
    ("services/sync/format/container.py", 'with zipfile.ZipFile(buffer, "w") as zf:'): "in memory (BytesIO)",
    ("services/sync/format/chunked.py", 'with zipfile.ZipFile(out, "w") as zf:'):
        "into the handle export.py opened on fileio's staged file, committed after the export is recorded",
    ("services/backup/instance_lock.py", "fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)"):
        "the instance lock file (its PID is only for the message)",
    ("cli/command.py", "os.open(os.devnull,"): "the null device on a closed standard stream",
    ("db/connection.py", "os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.PRIVATE_FILE))"):
        "a new database file, created empty and private just before SQLite opens it",
    ("cli/command.py", 'open(os.devnull, "w", encoding="utf-8")'): "the null device as stdout or stderr",
    ("services/excel/xlsx_writer.py", 'self._zip = zipfile.ZipFile(self._staged.path, "w"'):
        "into fileio's staged file, committed by close()",
}


def test_no_module_writes_a_file_past_fileio():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if (name, None) in ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not WRITING.search(line):
                continue
            if any(name == file and text in line for (file, text) in ALLOWED if text):
                continue
            found.append(f"{name}:{number}: {line.strip()}")
    assert found == [], "write through jamsostek_desktop.fileio instead:\n" + "\n".join(found)


def test_the_guard_sees_a_direct_write():
    assert WRITING.search('with open(out, "wb") as fh:')
    assert WRITING.search("Path(out).write_bytes(data)")
    assert WRITING.search("os.replace(tmp, target)")
    assert not WRITING.search('with open(path, "rb") as fh:')
    assert not WRITING.search('with staged.open("wb") as fh:')        # fileio's own staged file
    assert not WRITING.search("fileio.write_text(path, text)")
