"""The import report as a spreadsheet the clerk fixes and imports again.

For each roster sheet with refused rows, a sheet of the same name holds the
original header and those rows as they were, the row filled light red and the
cells at fault dark red, with the problems in a last "Masalah impor" column (which
the importer ignores). A last sheet "Laporan" lists every finding, warnings too.
The report is small, so openpyxl writes it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from jamsostek_desktop import fileio
from jamsostek_desktop.errors import translate
from jamsostek_desktop.services.excel.importing import ImportReport
from jamsostek_desktop.services.excel.xlsx_writer import safe_sheet_name

ROW_FILL = PatternFill("solid", fgColor="FFF2CC")       # the refused row
CELL_FILL = PatternFill("solid", fgColor="F4B6B6")      # the cell at fault
WARN_FILL = PatternFill("solid", fgColor="FFE699")
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
BOLD = Font(bold=True)
PROBLEM_COLUMN = "Masalah impor"
REPORT_SHEET = "Laporan"


def target(out_path: str | Path) -> Path:
    """The report's file name (`.xlsx` added), refused up front if it names the database."""
    return fileio.output_path(out_path, ".xlsx")


def save_report(report: ImportReport, out_path: str | Path) -> Path:
    """Write the report workbook (`.xlsx` added); the file appears only once complete."""
    out_path = target(out_path)
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = {REPORT_SHEET.lower()}
    by_row: dict[tuple[str, int], list] = defaultdict(list)
    for problem in report.problems:
        by_row[(problem.sheet, problem.row)].append(problem)
    for sheet_name, rows in report.bad_rows.items():
        labels = report.sheet_labels[sheet_name]
        ws = wb.create_sheet(safe_sheet_name(sheet_name, taken))
        _rows_sheet(ws, labels, rows, sheet_name, by_row)
    _list_sheet(wb.create_sheet(REPORT_SHEET), report)
    fileio.write_with(out_path, wb.save, what=translate("import_report", "Laporan"))
    return out_path


def _rows_sheet(ws, labels: list[str], rows: list[tuple[int, list]], sheet_name: str,
                by_row: dict) -> None:
    ws.append([*labels, PROBLEM_COLUMN])
    for cell in ws[1]:
        cell.font, cell.fill = BOLD, HEADER_FILL
    column_of = {label: i for i, label in enumerate(labels)}
    problem_col = len(labels)
    for out_row, (row_no, cells) in enumerate(rows, start=2):
        problems = [p for p in by_row[(sheet_name, row_no)] if p.is_error]
        values = list(cells[:len(labels)]) + [None] * (len(labels) - len(cells))
        text = "; ".join(f"{p.field}: {p.message}" for p in problems)
        ws.append([_cell(v) for v in values] + [f"Baris {row_no}: {text}"])
        for col in range(1, problem_col + 2):
            ws.cell(out_row, col).fill = ROW_FILL
        for p in problems:
            if p.column in column_of:
                ws.cell(out_row, column_of[p.column] + 1).fill = CELL_FILL
        for col, value in enumerate(values, start=1):
            cell = ws.cell(out_row, col)
            if isinstance(value, (dt.date, dt.datetime)):
                cell.number_format = "DD-MM-YYYY"
            elif isinstance(value, str):
                cell.number_format = "@"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(problem_col + 1)}{max(2, len(rows) + 1)}"
    _fit(ws, [*labels, PROBLEM_COLUMN])
    ws.column_dimensions[get_column_letter(problem_col + 1)].width = 80


def _cell(value: object) -> object:
    """Keep what the file held: a rounded NIK stays a number, so it is refused again until fixed."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return None if value == "" else value


def _list_sheet(ws, report: ImportReport) -> None:
    ws.append([f"Laporan impor {report.file_name}"])
    ws["A1"].font = Font(bold=True, size=13)
    for line in report.summary().splitlines():
        ws.append([line])
    ws.append([])
    header_row = ws.max_row + 1
    ws.append(["Lembar", "Baris", "Kolom", "Data", "Tingkat", "Masalah"])
    for cell in ws[header_row]:
        cell.font, cell.fill = BOLD, HEADER_FILL
    for p in report.problems:
        ws.append([p.sheet, p.row, p.column, p.field, p.severity, p.message])
        row = ws[ws.max_row]
        row[4].fill = CELL_FILL if p.is_error else WARN_FILL
        row[5].alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = f"A{header_row + 1}"
    for letter, width in zip("ABCDEF", (24, 8, 22, 22, 11, 90), strict=True):
        ws.column_dimensions[letter].width = width


def _fit(ws, labels: list[str]) -> None:
    for i, label in enumerate(labels, start=1):
        longest = max([len(str(label))] + [len(str(c.value)) for c in ws[get_column_letter(i)][1:50]
                                           if c.value is not None])
        ws.column_dimensions[get_column_letter(i)].width = min(45, max(8, longest + 2))
