"""A streaming .xlsx writer for large exports: typed cells, frozen and filtered header, widths.

openpyxl's write-only mode needs about 95 s for 150,000 rows of 21 columns with
text and date cells (pure-Python XML, no lxml); this writer emits the few parts
an .xlsx needs with plain string joins, about ten times faster. Each column has a
kind that fixes its cell type and style:

- `text`: inline string cells formatted "@" (NIK, KPJ, phone: Excel never turns them
  into numbers, not even when the clerk edits the cell);
- `int` / `money`: numbers (money with a thousands separator);
- `date`: real date serials formatted dd-mm-yyyy.

Sheets are written one after another into fileio's temporary file, which takes the
target's name only when the workbook is complete (and never the database's).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from jamsostek_desktop import fileio
from jamsostek_desktop.domain.spreadsheet_headers import column_letter
from jamsostek_desktop.errors import translate

KINDS = ("text", "int", "money", "date")
EXCEL_FILE = translate("xlsx_writer", "Berkas Excel")    # how fileio's messages name the file
# cellXfs indexes in STYLES below.
_STYLE = {"general": 0, "date": 1, "text": 2, "header": 3, "money": 4, "title": 5}
_EPOCH = dt.date(1899, 12, 30)
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")     # not allowed in XML 1.0
_NEEDS_CARE = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f]")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="13"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>
<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"
    width: float | None = None     # characters; None fits it to the header and the sampled values


def safe_sheet_name(name: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    base = _BAD_SHEET_CHARS.sub("-", name).strip("'") or "Lembar"
    candidate, n = base[:31], 1
    while candidate.lower() in taken:
        n += 1
        suffix = f" ({n})"
        candidate = base[:31 - len(suffix)] + suffix
    taken.add(candidate.lower())
    return candidate


def _text(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    if not _NEEDS_CARE.search(text):   # nearly every cell: no escaping to do
        return text
    return _ILLEGAL.sub("", escape(text))


def fit_widths(columns: Sequence[Column], sample: Iterable[Sequence[object]]) -> list[float]:
    """Column widths from the header and up to a few hundred sampled rows, capped at 60."""
    widths = [max(6, min(40, len(c.header) + 2)) for c in columns]
    for row in sample:
        for i, value in enumerate(row):
            if value is None or i >= len(widths):
                continue
            kind = columns[i].kind
            size = 11 if kind == "date" else len(f"{value:,}") if kind == "money" else len(str(value))
            widths[i] = max(widths[i], min(60, size + 2))
    return [float(c.width) if c.width else w for c, w in zip(columns, widths, strict=True)]


class XlsxWriter:
    """Write sheets one at a time, then close() to rename the finished file into place."""

    def __init__(self, path: str | Path) -> None:
        self.path = fileio.check(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._staged = fileio.Staged(self.path, what=EXCEL_FILE)
        self._zip = zipfile.ZipFile(self._staged.path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        self._sheets: list[tuple[str, str | None]] = []   # (name, autofilter ref)
        self._names: set[str] = set()

    @property
    def sheet_names(self) -> list[str]:
        """The names as written (shortened and made unique where Excel needs it)."""
        return [name for name, _ in self._sheets]

    def __enter__(self) -> XlsxWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def add_sheet(self, name: str, columns: Sequence[Column], rows: Iterable[Sequence[object]], *,
                  widths: Sequence[float] | None = None, title: str | None = None) -> int:
        """Write one sheet: optional bold title line, header row, rows. Returns the row count.

        The header is frozen and carries an autofilter over every written row.
        """
        name = safe_sheet_name(name, self._names)
        index = len(self._sheets) + 1
        widths = list(widths or fit_widths(columns, []))
        header_row = 2 if title else 1
        cols = "".join(f'<col min="{i}" max="{i}" width="{w:.1f}" customWidth="1"/>'
                       for i, w in enumerate(widths, start=1))
        count = 0
        with self._zip.open(f"xl/worksheets/sheet{index}.xml", "w", force_zip64=True) as raw:
            out = _Buffered(raw)
            out.write(
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {_NS} {_REL_NS}>'
                f'<sheetViews><sheetView workbookViewId="0"><pane ySplit="{header_row}" '
                f'topLeftCell="A{header_row + 1}" activePane="bottomLeft" state="frozen"/>'
                f'<selection pane="bottomLeft"/></sheetView></sheetViews>'
                f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
            )
            if title:
                out.write(f'<row r="1"><c r="A1" t="inlineStr" s="{_STYLE["title"]}"><is><t>'
                          f'{_text(title)}</t></is></c></row>')
            out.write(self._header_xml(header_row, columns))
            letters = [column_letter(i) for i in range(len(columns))]
            kinds = [c.kind for c in columns]
            row_no = header_row
            for row in rows:
                row_no += 1
                count += 1
                out.write(_row_xml(row_no, row, letters, kinds))
            last = column_letter(max(len(columns) - 1, 0))
            ref = f"A{header_row}:{last}{max(row_no, header_row)}"
            out.write(f'</sheetData><autoFilter ref="{ref}"/>'
                      '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                      '<pageSetup orientation="landscape"/></worksheet>')
            out.flush()
        self._sheets.append((name, ref))
        return count

    @staticmethod
    def _header_xml(row_no: int, columns: Sequence[Column]) -> str:
        cells = "".join(
            f'<c r="{column_letter(i)}{row_no}" t="inlineStr" s="{_STYLE["header"]}"><is><t>{_text(c.header)}</t></is></c>'
            for i, c in enumerate(columns)
        )
        return f'<row r="{row_no}">{cells}</row>'

    def close(self) -> Path:
        names = [name for name, _ in self._sheets]
        sheets = "".join(f'<sheet name={quoteattr(n)} sheetId="{i}" r:id="rId{i}"/>'
                         for i, n in enumerate(names, start=1))
        defined = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"{_text(_quoted(name))}!{_absolute(ref)}</definedName>"
            for i, (name, ref) in enumerate(self._sheets) if ref
        )
        z = self._zip
        z.writestr("[Content_Types].xml", _content_types(len(names)))
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("docProps/app.xml", _APP)
        z.writestr("docProps/core.xml", _core())
        z.writestr("xl/workbook.xml",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {_NS} {_REL_NS}>'
                   f'<bookViews><workbookView activeTab="0"/></bookViews><sheets>{sheets}</sheets>'
                   + (f"<definedNames>{defined}</definedNames>" if defined else "") + "</workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(names)))
        z.writestr("xl/styles.xml", STYLES)
        z.close()
        return self._staged.commit()

    def abort(self) -> None:
        try:
            self._zip.close()
        finally:
            self._staged.discard()


class _Buffered:
    """Collect row XML and hand the zip stream large blocks (far fewer deflate calls)."""

    def __init__(self, raw) -> None:
        self.raw, self.parts, self.size = raw, [], 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size > 1 << 20:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.raw.write("".join(self.parts).encode("utf-8"))
            self.parts, self.size = [], 0


def _row_xml(row_no: int, row: Sequence[object], letters: list[str], kinds: list[str]) -> str:
    # The hot loop of a 150,000-row export: locals only, one f-string per cell.
    n = str(row_no)
    needs_care = _NEEDS_CARE.search
    cells = []
    append = cells.append
    for letter, kind, value in zip(letters, kinds, row, strict=False):
        if value is None:
            continue
        if value.__class__ is str or kind == "text":
            text = value if value.__class__ is str else str(value)
            if not text:
                continue
            if needs_care(text):
                text = _ILLEGAL.sub("", escape(text))
            append(f'<c r="{letter}{n}" t="inlineStr" s="2"><is><t>{text}</t></is></c>')
        elif kind == "date":
            serial = (value.date() if isinstance(value, dt.datetime) else value) - _EPOCH
            append(f'<c r="{letter}{n}" s="1"><v>{serial.days}</v></c>')
        elif kind == "money":
            append(f'<c r="{letter}{n}" s="4"><v>{int(value)}</v></c>')
        else:
            append(f'<c r="{letter}{n}"><v>{int(value) if isinstance(value, bool) else value}</v></c>')
    return f'<row r="{n}">{"".join(cells)}</row>'


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _absolute(ref: str) -> str:
    return ":".join(re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", part) for part in ref.split(":"))


def _content_types(sheets: int) -> str:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheets + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        f"{overrides}</Types>"
    )


_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Jamsostek Desktop</Application></Properties>"
)


def _core() -> str:
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:creator>Jamsostek Desktop</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def _workbook_rels(sheets: int) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        f'Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, sheets + 1)
    )
    styles = (f'<Relationship Id="rId{sheets + 1}" '
              'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rels}{styles}</Relationships>")
