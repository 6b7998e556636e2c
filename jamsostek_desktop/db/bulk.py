"""Fast bulk writes for demo data, imports and merges.

peewee's insert_many builds the SQL text of every row (about 0.5 ms a row); one
prepared statement through executemany is ~20x faster at 100,000 rows. Values
still pass through each field's db_value, so JSON and dates store as usual.
"""

from __future__ import annotations

from collections.abc import Iterable

from peewee import Model


def insert_rows(model: type[Model], rows: Iterable[dict], columns: list[str] | None = None) -> int:
    """Insert dicts keyed by field name; call inside a transaction. Returns the row count.

    Participants are name-indexed once at the end of the batch (schema_search.deferred_index).
    """
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return 0
    names = columns or list(first)
    fields = [model._meta.fields[n] for n in names]
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        model._meta.table_name,
        ", ".join(f'"{f.column_name}"' for f in fields),
        ", ".join("?" for _ in fields),
    )
    converters = [f.db_value for f in fields]

    def as_tuple(row: dict) -> tuple:
        return tuple(conv(row.get(name)) for conv, name in zip(converters, names, strict=True))

    def all_rows():
        yield as_tuple(first)
        for row in rows:
            yield as_tuple(row)

    database = model._meta.database
    cursor = database.cursor()
    if model._meta.table_name == "participant":
        from jamsostek_desktop.db.schema_search import deferred_index

        with deferred_index(database):
            cursor.executemany(sql, all_rows())
    else:
        cursor.executemany(sql, all_rows())
    return cursor.rowcount
