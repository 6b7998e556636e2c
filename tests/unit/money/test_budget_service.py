"""The budget plan over the database: who is counted, the saved choices, the real budget the
dashboard and the summary show, and the plan PDF read back."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain.contributions import PLANNED_STATUSES
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import PermissionDeniedError, ValidationError
from jamsostek_desktop.services.money import budget, documents, wage_rates
from jamsostek_desktop.services.participants import dashboard, demo_data, rates
from jamsostek_desktop.services.printing import summary_figures
from tests.unit.printing.pdf_reading import flat, pdf_text


@pytest.fixture
def demo(kelurahan_db):
    demo_data.generate(300, seed=5)
    return kelurahan_db


def planned(code: str | None = None) -> int:
    query = Participant.select().where((Participant.archived == False) & Participant.status.in_(PLANNED_STATUSES))  # noqa: E712
    if code:
        query = query.join(Participant.category.rel_model).where(Participant.category.rel_model.code == code)
    return query.count()


def test_the_plan_counts_people_on_their_way_to_be_paid_and_not_the_rejected(demo):
    plan = budget.plan(budget.scenario())
    assert plan.people == planned() and plan.total == planned() * 16_800 * 12
    assert plan.line("ketua-rt").people == planned("ketua-rt")
    rejected = Participant.select().where(Participant.status.in_(["rejected", "inactive"])).count()
    assert rejected and plan.people + rejected <= Participant.select().where(Participant.archived == False).count()  # noqa: E712


def test_golden_figures_through_the_service(demo):
    people = {"pthl": 8_825}
    base = budget.scenario(people=people)
    only = budget.scenario(people={**{c: 0 for c, _, _ in budget.people_per_category()}, **people})
    assert budget.plan(only).total == 1_779_120_000
    assert budget.side_by_side(only, only.with_jht()).change == 2_118_000_000
    assert budget.plan(base).line("pthl").amount == 1_779_120_000


def test_saved_choices_put_a_category_in_the_wage_scheme_with_jht(demo):
    wage_rates.set_umk(2_800_000, dt.date(2026, 1, 1))
    budget.set_choice("ketua-rt", budget.Choice(scheme="pu", jht=True, risk_class=1))
    line = budget.plan(budget.scenario(income_basis="umk")).line("ketua-rt")
    # JKK 0,24% + JKM 0,30% + JHT 3,7% of Rp2.800.000
    assert (line.scheme, line.rate) == ("pu", 6_720 + 8_400 + 103_600)
    with pytest.raises(ValidationError, match="Skema"):
        budget.set_choice("ketua-rt", budget.Choice(scheme="asn"))


def test_choices_are_an_administrators_change(staffed_db, login_as):
    login_as("budi")
    with pytest.raises(PermissionDeniedError):
        budget.set_choice("ketua-rt", budget.Choice(jht=True))


def test_real_budget_pays_aktif_only_and_jht_for_those_in_it(demo):
    real = budget.real()
    active = Participant.select().where((Participant.archived == False) & (Participant.status == "active"))  # noqa: E712
    in_jht = active.where(Participant.program_jht == True)  # noqa: E712
    assert real.people == active.count() and real.jht_people == in_jht.count()
    assert real.monthly_jkk_jkm == 16_800 * active.count()
    assert real.monthly == 16_800 * active.count() + 20_000 * in_jht.count()
    assert real.monthly_if_all_jht == 36_800 * active.count()
    f = dashboard.figures()
    assert f.contributions.people == real.people and f.contributions.monthly_with_jht == real.monthly
    # the summary's budget: Aktif only, even when the document lists proposals too
    lines = summary_figures.budget(Scope(statuses=("submitted", "active")), rates.current())
    assert sum(line.total for line in lines) == real.yearly


def test_plan_pdf_reads_back_people_rate_months_amount(demo, tmp_path):
    s = budget.scenario("Tanpa JHT", ceiling=10_000_000, priority=("ketua-rt",))
    plan = budget.plan(s)
    change = budget.plan(s.with_jht()).total - plan.total
    written = documents.plan_pdf(plan, tmp_path / "rka.pdf", comparisons=(("Tambah JHT untuk semua", change),))
    text = flat(" ".join(pdf_text(written.path)))
    assert "RENCANA KEBUTUHAN ANGGARAN" in text and "Skenario: Tanpa JHT (12 bulan; penghasilan terendah; tanpa JHT; plafon Rp10.000.000)" in text
    rt = plan.line("ketua-rt")
    assert f"{rt.covered} orang × Rp16.800 × 12 bulan" in text
    assert "Plafon anggaran Rp10.000.000" in text and "Tambah JHT untuk semua" in text
    assert "LURAH YOSODADI" in text
