"""Linear, versioned schema migrations: one module per step, `upgrade(db)` in each.

`PRAGMA user_version` holds how many steps a file has had (a `schema_version` table on
PostgreSQL). Each step runs in its own transaction (playhouse.migrate does not wrap them)
and never reads the current models, so an old file upgrades the same way next year as
today. Add a step by adding a module and naming it in STEP_MODULES; never edit a released
one. A PostgreSQL database starts at the frozen baseline (pg_baseline.py, its VERSION); each
step after it has an `upgrade_postgresql(db)` beside its `upgrade(db)`.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from peewee import Database

from jamsostek_desktop.db import backends
from jamsostek_desktop.errors import StorageError, translate

log = logging.getLogger(__name__)

STEP_MODULES = (
    "step_001_initial",
    "step_002_change_seq",
    "step_003_audit_trail",
    "step_004_kelurahan_registry",
    "step_005_search",
    "step_006_sync",
    "step_007_accounts",
    "step_008_received_revision",
    "step_009_tamper_evidence",
    "step_010_audit_head_in_sync",
    "step_011_tenure",
    "step_012_first_terms",
    "step_013_document_profile",
    "step_014_substring_search",
    "step_018_residents",
    "step_015_screening",
    "step_016_category_eligibility",
    "step_017_money",
    "step_020_city_server",
    "step_021_server_name_grams",
)
MODULES = [importlib.import_module(f"{__name__}.{name}") for name in STEP_MODULES]
STEPS: list[Callable[[Database], None]] = [module.upgrade for module in MODULES]
LATEST = len(STEPS)


def current_version(db: Database) -> int:
    return backends.current().schema_version(db)


def migrate(db: Database, target: int | None = None) -> int:
    """Apply the missing steps up to `target` (default: all); returns the new version."""
    target = LATEST if target is None else target
    version = current_version(db)
    if version > LATEST:
        raise StorageError(translate(
            "migrations", "Basis data ini dibuat oleh versi program yang lebih baru; perbarui Jamsostek Desktop."))
    backend = backends.current()
    if version == 0 and target > 0:
        with db.atomic():
            version = backend.baseline(db)
            if version:
                backend.set_schema_version(db, version)
    while version < target:
        step = STEPS[version]
        with db.atomic():
            backend.migrate_step(db, MODULES[version], step)
            version += 1
            backend.set_schema_version(db, version)
        log.info("schema migrated to version %d (%s)", version, step.__module__)
    return version
