"""Open a file for import: pick the reader, recognise the columns, and offer a preview.

``open_import`` does the cheap checks at once (encoding, header, container) so the wizard can say
"this is not a workbook" before anything else; ``ImportPlan.drafts()`` then streams the file as
many times as asked (once for the preview, once for the import).

Give ``open_import`` the data folder's custom fields (``ctx.fields.fields()``, or use
``MemberImportService.open``) so columns named like a custom field go to it and the preview checks
their values; ``field_specs`` are the custom fields a Steward export defines (its CSV headers at
once, its JSON or Markdown while ``drafts()`` runs), which the import creates where they are
missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from app.domain.custom_fields import CustomFieldDef
from app.domain.member_io import CustomFieldSpec, ImportFormat, MemberDraft, SkippedRow
from app.errors import UserError
from app.importers import cells
from app.importers import mapping as columns
from app.importers.csv_source import CsvTable
from app.importers.custom_columns import parse_column_header
from app.importers.rows import ImportPreview, RowConverter, build_preview, convert_rows
from app.importers.steward_json import JsonReader
from app.importers.steward_markdown import MarkdownReader
from app.importers.table import Table
from app.importers.vcard import VCardReader
from app.importers.xlsx_source import XlsxTable
from app.messages import msg

PREVIEW_ROWS = 5
_EXTENSIONS = {
    ".csv": ImportFormat.CSV, ".tsv": ImportFormat.CSV, ".txt": ImportFormat.CSV,
    ".xlsx": ImportFormat.XLSX, ".xlsm": ImportFormat.XLSX,
    ".vcf": ImportFormat.VCARD, ".vcard": ImportFormat.VCARD,
    ".md": ImportFormat.MARKDOWN, ".markdown": ImportFormat.MARKDOWN,
    ".json": ImportFormat.JSON,
}

Parsed = MemberDraft | SkippedRow


@dataclass(frozen=True)
class ImportPlan:
    source: str
    format: ImportFormat
    estimated_rows: int
    drafts: Callable[[], Iterator[Parsed]]
    # Tag colours from a Steward JSON export; filled while drafts() runs.
    tag_colors: Mapping[str, str] = field(default_factory=dict)
    table: Table | None = None
    mapping: columns.Mapping = ()
    # The importing folder's custom fields when the plan was made (for recognition and preview).
    custom_fields: tuple[CustomFieldDef, ...] = ()
    # Custom fields a Steward export defines, by name; filled while drafts() runs (JSON, Markdown).
    field_specs: Mapping[str, CustomFieldSpec] = field(default_factory=dict)

    def preview(self, limit: int = PREVIEW_ROWS) -> ImportPreview | None:
        """The first rows under the current mapping (tables only; other formats have none)."""
        if self.table is None:
            return None
        sample = list(islice(self.table.rows(), limit))
        return build_preview(self.source, self.table.headers, self.mapping, sample,
                             self.custom_fields)

    def with_mapping(self, mapping: columns.Mapping) -> ImportPlan:
        if self.table is None:
            raise UserError(msg("{source}: only CSV and XLSX files have columns to map.",
                                source=self.source))
        return _table_plan(self.table, self.format, mapping, self.custom_fields)

    def with_custom_fields(self, fields: Sequence[CustomFieldDef],
                           overrides: Sequence[tuple[str, str]] = ()) -> ImportPlan:
        """The plan for a data folder with these custom fields: columns recognised again (and
        ``overrides`` applied again), so a file can be checked before the database is opened,
        or the wizard can catch up with a field made while it is open."""
        if self.table is None:
            return replace(self, custom_fields=tuple(fields))
        mapping = columns.recognise_columns(self.table.headers, fields)
        if overrides:
            mapping = columns.apply_overrides(self.table.headers, mapping, overrides,
                                              self.source, fields)
        return _table_plan(self.table, self.format, mapping, tuple(fields))

    def targets(self) -> tuple[columns.Target, ...]:
        """What a column can be mapped to (for the wizard's choices), custom fields included."""
        known = {f.name for f in self.custom_fields}
        extra = [columns.custom(t.key) for t in self.mapping
                 if t.kind is columns.TargetKind.CUSTOM and t.key not in known]
        targets = columns.all_targets(self.custom_fields)
        return (*targets[:-1], *dict.fromkeys(extra), targets[-1])


def detect_format(path: Path) -> ImportFormat:
    if path.is_dir():
        return ImportFormat.MARKDOWN
    found = _EXTENSIONS.get(path.suffix.lower())
    if found is None:
        raise UserError(msg("{path}: cannot tell the format from the name; choose it (the "
                            "format choice, or --format csv, xlsx, vcard, md or json).",
                            path=path))
    return found


def open_import(path: Path, fmt: ImportFormat | None = None,
                overrides: Sequence[tuple[str, str]] = (),
                fields: Sequence[CustomFieldDef] = ()) -> ImportPlan:
    if not path.exists():
        raise UserError(msg("{path}: no such file. Check the name and try again.", path=path))
    chosen = fmt or detect_format(path)
    if path.is_dir() and chosen is not ImportFormat.MARKDOWN:
        raise UserError(msg("{path} is a folder; only a Markdown export may be a folder of "
                            "files.", path=path))
    source = path.name or str(path)
    try:
        if chosen in (ImportFormat.CSV, ImportFormat.XLSX):
            table: Table = CsvTable(path, source) if chosen is ImportFormat.CSV \
                else XlsxTable(path, source)
            mapping = columns.recognise_columns(table.headers, fields)
            if overrides:
                mapping = columns.apply_overrides(table.headers, mapping, overrides, source,
                                                  fields)
            return _table_plan(table, chosen, mapping, tuple(fields))
        if overrides:
            raise UserError(msg("--map applies to CSV and XLSX files only; a {format} file "
                                "names its own fields.", format=chosen.value))
        if chosen is ImportFormat.VCARD:
            vcard = VCardReader(path, source)
            return ImportPlan(source, chosen, vcard.estimated_rows, vcard.drafts,
                              custom_fields=tuple(fields))
        if chosen is ImportFormat.MARKDOWN:
            markdown = MarkdownReader(path, source)
            return ImportPlan(source, chosen, markdown.estimated_rows, markdown.drafts,
                              custom_fields=tuple(fields), field_specs=markdown.field_specs)
        reader = JsonReader(path, source)
        return ImportPlan(source, chosen, reader.estimated_rows, reader.drafts,
                          tag_colors=reader.tag_colors, custom_fields=tuple(fields),
                          field_specs=reader.field_specs)
    except IsADirectoryError:
        raise UserError(msg("{path} is a folder, not a file.", path=path)) from None
    except PermissionError as exc:
        raise UserError(msg("{path}: cannot read it ({reason}).", path=path,
                            reason=exc.strerror)) from None


def _table_plan(table: Table, fmt: ImportFormat, mapping: columns.Mapping,
                fields: tuple[CustomFieldDef, ...] = ()) -> ImportPlan:
    converter = RowConverter(table.source, table.headers, mapping, fields)
    specs: dict[str, CustomFieldSpec] = {}
    if columns.is_steward_export(table.headers):
        for header in table.headers:
            spec = parse_column_header(cells.unneutralise(header))
            if spec is not None:
                specs.setdefault(spec.name, spec)
    return ImportPlan(table.source, fmt, table.estimated_rows,
                      lambda: convert_rows(converter, table.rows()), table=table, mapping=mapping,
                      custom_fields=fields, field_specs=specs)
