"""services.dashboard: coverage against the potential the clerk enters."""

from __future__ import annotations

from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import catalogue, dashboard, demo_data


def test_figures_and_coverage(kelurahan_db):
    demo_data.generate(120, seed=9)
    f = dashboard.figures()
    assert f.total == 120 == f.men + f.women == sum(f.by_status.values())
    assert f.coverage is None
    rt = next(c for c in f.categories if c.code == "ketua-rt")
    catalogue.set_potential("ketua-rt", rt.registered * 2)
    f = dashboard.figures()
    rt = next(c for c in f.categories if c.code == "ketua-rt")
    assert rt.coverage == 0.5 and f.coverage == 0.5
    only = dashboard.figures(Scope(category="ketua-rt"))
    assert [c.code for c in only.categories] == ["ketua-rt"] and only.total == rt.registered
    # the money the region pays: Aktif people only (services/money/budget.real)
    assert only.contributions.people == only.by_status.get("active", 0) < rt.registered
