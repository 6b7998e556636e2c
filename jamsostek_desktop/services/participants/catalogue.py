"""The category catalogue: seeded from resources/categories.json, edited by an administrator."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jamsostek_desktop import paths
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category as CategoryRow
from jamsostek_desktop.domain import categories as domain
from jamsostek_desktop.errors import NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import require


def _read_file(path: Path) -> tuple[list[str], list[domain.Category]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return domain.load_catalogue(data)
    except (OSError, json.JSONDecodeError) as exc:
        raise ValidationError(translate("catalogue", "Berkas katalog tidak dapat dibaca: {reason}").format(
            reason=exc)) from exc
    except ValueError as exc:
        raise ValidationError(translate("catalogue", "Katalog tidak valid: {reason}").format(
            reason=exc.args[0] if exc.args else exc)) from exc


def _row_values(category: domain.Category, order: int) -> dict:
    return dict(
        name=category.name, group_name=category.group,
        fields=[f.as_dict() for f in category.fields], key_field=category.key_field,
        description=category.description, sort_order=order, short_name=category.short_name,
        tenure=category.tenure.as_dict(), eligibility=category.eligibility.as_dict(),
    )


def seed_from_resources() -> int:
    """Insert the shipped categories the database does not have yet; never overwrite edits."""
    if CategoryRow.select().exists():
        return 0
    return import_file(paths.resource("categories.json"), replace=False, check_role=False)


def import_file(path: Path, *, replace: bool = False, check_role: bool = True) -> int:
    """Add the categories of a catalogue file; with `replace`, update those that exist."""
    if check_role:
        require("catalogue.edit")
    groups, categories = _read_file(path)
    group_rank = {g: i for i, g in enumerate(groups)}
    added = 0
    with db.atomic():
        for i, category in enumerate(categories):
            order = group_rank[category.group] * 1000 + i
            row = CategoryRow.get_or_none(CategoryRow.code == category.code)
            if row is None:
                CategoryRow.create(code=category.code, **_row_values(category, order))
                audit.record("create", "category", category.code, new=category.name)
                added += 1
            elif replace:
                values = _row_values(category, order)
                before = {k: getattr(row, k) for k in values}
                CategoryRow.update(**values).where(CategoryRow.id == row.id).execute()
                audit.record_changes("update", "category", category.code, before, values)
    _cached.cache_clear()
    return added


def to_domain(row: CategoryRow) -> domain.Category:
    return domain.category_from_dict(
        {"code": row.code, "name": row.name, "group": row.group_name, "fields": row.fields,
         "key_field": row.key_field, "description": row.description, "order": row.sort_order,
         "short_name": row.short_name, "tenure": row.tenure,
         "eligibility": row.eligibility}
    )


@lru_cache(maxsize=256)
def _cached(code: str) -> tuple[int, domain.Category]:
    row = CategoryRow.get_or_none(CategoryRow.code == code)
    if row is None:
        raise NotFoundError(translate("catalogue", "Kategori '{code}' tidak ada di katalog.").format(code=code))
    return row.id, to_domain(row)


def get(code: str) -> domain.Category:
    return _cached(code)[1]


def row_id(code: str) -> int:
    return _cached(code)[0]


def invalidate() -> None:
    _cached.cache_clear()


def all_categories() -> list[domain.Category]:
    return [to_domain(r) for r in CategoryRow.ordered()]


def groups() -> list[tuple[str, list[domain.Category]]]:
    """Categories grouped in display order."""
    out: dict[str, list[domain.Category]] = {}
    for category in all_categories():
        out.setdefault(category.group, []).append(category)
    return list(out.items())


def add_category(code: str, name: str, group: str, fields: list[dict] | None = None,
                 key_field: str | None = None) -> domain.Category:
    require("catalogue.edit")
    try:
        category = domain.category_from_dict(
            {"code": code, "name": name, "group": group, "fields": fields or [], "key_field": key_field}
        )
    except ValueError as exc:
        raise ValidationError(translate("catalogue", "Kategori tidak valid: {reason}").format(
            reason=exc.args[0] if exc.args else exc)) from exc
    if CategoryRow.get_or_none(CategoryRow.code == code):
        raise ValidationError(translate("catalogue", "Kode kategori '{code}' sudah dipakai.").format(code=code))
    last = CategoryRow.select().order_by(CategoryRow.sort_order.desc()).first()
    with db.atomic():
        CategoryRow.create(code=code, **_row_values(category, (last.sort_order + 1) if last else 0))
        audit.record("create", "category", code, new=name)
    invalidate()
    return category


def add_field(code: str, field: dict) -> domain.Category:
    require("catalogue.edit")
    row = CategoryRow.get_or_none(CategoryRow.code == code)
    if row is None:
        raise NotFoundError(translate("catalogue", "Kategori '{code}' tidak ada di katalog.").format(code=code))
    try:
        spec = domain.field_from_dict(field)
    except ValueError as exc:
        raise ValidationError(translate("catalogue", "Field tidak valid: {reason}").format(
            reason=exc.args[0] if exc.args else exc)) from exc
    if any(f["key"] == spec.key for f in row.fields):
        raise ValidationError(translate("catalogue", "Kategori '{code}' sudah punya field '{key}'.").format(
            code=code, key=spec.key))
    with db.atomic():
        CategoryRow.update(fields=row.fields + [spec.as_dict()]).where(CategoryRow.id == row.id).execute()
        audit.record("update", "category", code, field="fields", new=spec.key)
    invalidate()
    return get(code)


def set_potential(code: str, potential: int | None) -> None:
    """How many such workers exist; the dashboard's coverage divides by it."""
    require("participant.edit")
    if potential is not None and potential < 0:
        raise ValidationError(translate("catalogue", "Jumlah potensi tidak boleh negatif."))
    row = CategoryRow.get_or_none(CategoryRow.code == code)
    if row is None:
        raise NotFoundError(translate("catalogue", "Kategori '{code}' tidak ada di katalog.").format(code=code))
    with db.atomic():
        CategoryRow.update(potential=potential).where(CategoryRow.id == row.id).execute()
        audit.record("update", "category", code, field="potential", old=row.potential, new=potential)


def potentials() -> dict[str, int | None]:
    return {r.code: r.potential for r in CategoryRow.select(CategoryRow.code, CategoryRow.potential)}
