"""Reading the branch's files (the answer to a registration, the monthly invoice): xlsx or CSV.

The header row is found among the first rows by the columns' aliases (domain/bpjs_cells.py),
so a title line or two above it does no harm. Rows come back with their row number in the
file, so every refusal names the row a clerk can find.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import python_calamine

from jamsostek_desktop.domain.bpjs_cells import find_columns
from jamsostek_desktop.errors import ValidationError, translate

SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
HEADER_SEARCH = 20


@dataclass
class Table:
    path: Path
    columns: dict[str, int]                 # field -> column index
    rows: list[tuple[int, list[object]]]    # (row number in the file, cells)

    def cell(self, row: list[object], name: str) -> object:
        i = self.columns.get(name)
        return row[i] if i is not None and i < len(row) else None


def _csv_rows(path: Path) -> list[list[object]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:4096]
    delimiter = max((";", ",", "\t", "|"), key=sample.count)
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))  # rows are lists already: no copy


def _sheet_rows(path: Path) -> Iterator[list[list[object]]]:
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except (python_calamine.CalamineError, ValueError) as exc:
        raise ValidationError(translate("money_sheets", "Berkas {name} bukan berkas Excel yang dapat dibaca.")
                              .format(name=path.name)) from exc
    for name in book.sheet_names:
        yield book.get_sheet_by_name(name).to_python(skip_empty_area=False)


def read(path: str | Path, aliases: dict[str, tuple[str, ...]], required: tuple[str, ...]) -> Table:
    """The first sheet (or the CSV) whose header names every `required` field."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(translate("money_sheets", "Berkas tidak ditemukan: {path}").format(path=path))
    suffix = path.suffix.lower()
    try:
        sheets = [_csv_rows(path)] if suffix in (".csv", ".txt") else _sheet_rows(path)
        if suffix not in (".csv", ".txt", *SPREADSHEETS):
            raise ValidationError(translate("money_sheets", "{name}: pilih berkas .xlsx, .xls, .ods atau .csv.")
                                  .format(name=path.name))
        for rows in sheets:
            for index, row in enumerate(rows[:HEADER_SEARCH]):
                columns = find_columns(list(row), aliases)
                if all(name in columns for name in required):
                    # Short rows padded to the last column, so every column index reads a cell.
                    width = max(columns.values()) + 1
                    body = [(number, r if len(r) >= width else [*r, *([None] * (width - len(r)))])
                            for number, r in enumerate(rows[index + 1:], start=index + 2)
                            if any(r)]          # a row of blanks (and zeros) carries nothing to read
                    return Table(path, columns, body)
    except OSError as exc:
        raise ValidationError(translate("money_sheets", "Berkas {name} tidak dapat dibaca: {reason}.")
                              .format(name=path.name, reason=exc.strerror or exc)) from exc
    names = ", ".join(aliases[name][0] for name in required)
    raise ValidationError(translate("money_sheets", "{name}: baris judul kolom tidak ditemukan; kolom yang wajib ada: "
                                    "{names}.").format(name=path.name, names=names))
