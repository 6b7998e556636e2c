"""PyInstaller entry point of both programs: started as `jamsostek` it is the command line,
else the desktop application.

One entry point, one archive: on Linux the bundle has one executable and `jamsostek` is a
symbolic link to it (build_installer.spec), so the 9 MB archive of Python modules is not
stored twice; on Windows the two executables (windowed and console) share this script.
"""

import os
import sys

if sys.argv[1:2] == ["--print-worker"]:
    # A print drawn by a child process (services/printing/child.py): the same executable.
    from jamsostek_desktop.services.printing.child import main
    raise SystemExit(main())
if sys.argv[1:2] == ["--parse-worker"]:
    # A large sync file checked by a child process while the city merges it (format/parse_child.py).
    from jamsostek_desktop.services.sync.format.parse_child import main
    raise SystemExit(main())
if sys.argv[1:2] == ["--export-worker"]:
    # Part of a full sync file read by a child process (services/sync/payload_child.py).
    from jamsostek_desktop.services.sync.payload_child import main
    raise SystemExit(main())

_name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
if os.path.splitext(_name)[0].lower() == "jamsostek":
    from jamsostek_desktop.cli import main
else:
    from jamsostek_desktop.app import main

raise SystemExit(main())
