"""Whether the entry form's save and the list use their prepared statements (the default).

The save of one participant and each keystroke of the list run a dozen small queries; built
through peewee each time, building them cost more than running them. The paths that replaced
those queries with statements written once keep the peewee-built reference beside them: with
`enabled = False` the program runs the reference, so the tests check that both give the same
rows, terms, seals and counts, and benchmarks/bench_gui.py times both in one run.
"""

from __future__ import annotations

enabled = True
