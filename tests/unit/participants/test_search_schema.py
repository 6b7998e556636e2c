"""The search schema step indexes participants written before it existed."""

from __future__ import annotations

from jamsostek_desktop.db import migrations
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import listing
from jamsostek_desktop.services.startup import init_db


def test_upgrade_indexes_existing_rows(db_path):
    init_db(db_path, migrate=False, seed=False)
    migrations.migrate(db, target=4)
    db.execute_sql('INSERT INTO "category" ("code", "name", "group_name", "fields", "description", '
                   '"sort_order", "active") VALUES (\'marbot\', \'Marbot\', \'Keagamaan\', \'[]\', \'\', 0, 1)')
    db.execute_sql(
        'INSERT INTO "participant" ("uuid", "kelurahan_code", "category_id", "nik", "nama", "tempat_lahir", '
        '"tanggal_lahir", "jenis_kelamin", "alamat", "rt", "rw", "telepon", "email", "no_sk", "program_jht", '
        '"penghasilan", "kpj", "fields", "status", "status_reason", "archived", "archive_reason", "created_at", '
        '"updated_at", "revision", "change_seq") VALUES (\'u1\', \'18.72.01.1001\', 1, \'1872011208750003\', '
        '\'Slamet Riyadi\', \'\', \'1975-08-12\', \'L\', \'\', 3, 2, \'\', \'\', \'\', 0, 1000000, \'\', \'{}\', '
        '\'draft\', \'\', 0, \'\', \'2024-01-01 00:00:00\', \'2024-01-01 00:00:00\', 1, 1)')
    migrations.migrate(db)
    assert list(listing.ids(listing.ListQuery(scope=Scope(text="riyadi")))) == [1]
