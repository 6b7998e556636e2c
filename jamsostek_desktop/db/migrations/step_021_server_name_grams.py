"""Schema step 21: on PostgreSQL, the name search reads an index instead of every name.

Step 20's narrow name table was scanned on each keystroke: a LIKE over 150,000 folded names
for a part of a name, a regular expression for two letters ("sr": 70 ms to count, as much
again for the page). The server build has no pg_trgm, but GIN over a text array is core
PostgreSQL: each name's row now holds its pieces, the three-letter substrings of the folded
name (as SQLite's trigram index holds them) and "^" with the first two letters of each word of
the lowered name (the beginnings SQLite's word index finds). A search asks the index for the
rows holding every piece of its words and then tests those few rows as before, so it finds
exactly what the scan found. SQLite has its FTS5 indexes already: nothing changes there.
"""

from __future__ import annotations

import unicodedata

from peewee import Database

from jamsostek_desktop.db.migrations.step_020_city_server import _folded


def _without_diacritics() -> tuple[str, str]:
    """Latin letters with diacritics and their plain letters ("é" -> "e", "Ñ" -> "N"): SQLite's word
    index (unicode61) leaves diacritics out of the words and of the words searched for."""
    letters = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))]
    pairs = [(c, "".join(p for p in unicodedata.normalize("NFD", c) if not unicodedata.combining(p)))
             for c in letters]
    pairs = [(c, plain) for c, plain in pairs if plain != c and len(plain) == 1 and plain.isascii()]
    return "".join(c for c, _ in pairs), "".join(plain for _, plain in pairs)


DIACRITICS, PLAIN = _without_diacritics()
PLAIN_LETTERS = str.maketrans(DIACRITICS, PLAIN)

# A name's pieces: the folded name's substrings of three letters (SQLite's trigram index), and "^"
# with the first two letters of each word of the lowered name without diacritics, its words split
# where a letter or digit is not (SQLite's word index, whose separators include "_" and "'").
GRAMS_FUNCTION = (
    "CREATE OR REPLACE FUNCTION participant_name_grams(folded text, lowered text) RETURNS text[] "
    "LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$ DECLARE pieces text[] := '{}'; word text; BEGIN "
    "FOR i IN 1 .. length(folded) - 2 LOOP pieces := pieces || substr(folded, i, 3); END LOOP; "
    # translate() looks each letter up in its list: only for the few names with letters beyond ASCII.
    f"IF octet_length(lowered) <> length(lowered) THEN lowered := translate(lowered, '{DIACRITICS}', '{PLAIN}'); "
    "END IF; FOREACH word IN ARRAY regexp_split_to_array(lowered, '[^[:alnum:]]+') LOOP "
    "IF word <> '' THEN pieces := pieces || ('^' || left(word, 2)); END IF; END LOOP; "
    "RETURN pieces; END $$"
)

_FOLDED_NAMA = _folded('"nama"')
_FOLDED_NEW = _folded("NEW.nama")

# The names of the rows past an id, in one statement (a bulk load defers the trigger).
NAME_FILL_FROM = (
    'INSERT INTO "participant_name" ("id", "archived", "folded", "lowered", "grams") SELECT "id", "archived", '
    f'{_FOLDED_NAMA}, lower("nama"), participant_name_grams({_FOLDED_NAMA}, lower("nama")) '
    'FROM "participant" WHERE "id" > ? ON CONFLICT ("id") DO NOTHING'
)

GRAMS_INDEX = 'CREATE INDEX "participant_name_grams" ON "participant_name" USING gin ("grams")'

KEPT = (
    "CREATE OR REPLACE FUNCTION participant_name_kept() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'DELETE' THEN DELETE FROM participant_name WHERE id = OLD.id; RETURN OLD; END IF; "
    "INSERT INTO participant_name (id, archived, folded, lowered, grams) VALUES (NEW.id, NEW.archived, "
    f"{_FOLDED_NEW}, lower(NEW.nama), participant_name_grams({_FOLDED_NEW}, lower(NEW.nama))) "
    "ON CONFLICT (id) DO UPDATE SET archived = excluded.archived, folded = excluded.folded, "
    "lowered = excluded.lowered, grams = excluded.grams; RETURN NEW; END $$"
)

# The list's covering index also carries the name itself: PostgreSQL answers from an index alone only
# when it holds the columns, not just lower(nama), so counting the names that begin with "s" read
# the table's 26,000 rows (60 ms at 150,000 participants; 7 ms from the index). Same name as on SQLite.
LIST_BY_NAME = (
    'DROP INDEX "participant_list_by_name"',
    'CREATE INDEX "participant_list_by_name" ON "participant" ("archived", lower("nama"), "id", "nik", "rt", "rw", '
    '"status", "category_id", "kelurahan_code") INCLUDE ("nama")',
)

PG_STATEMENTS = (
    *LIST_BY_NAME,
    GRAMS_FUNCTION,
    'ALTER TABLE "participant_name" ADD COLUMN "grams" text[] NOT NULL DEFAULT \'{}\'',
    'UPDATE "participant_name" SET "grams" = participant_name_grams("folded", "lowered")',
    GRAMS_INDEX,
    KEPT,
)


def upgrade(db: Database) -> None:
    """SQLite: its FTS5 indexes (steps 5 and 14) answer the same searches already."""


def upgrade_postgresql(db: Database) -> None:
    for statement in PG_STATEMENTS:
        db.execute_sql(statement)
