"""The coordinator's report: read what the organisation collected, count it, suppress small cells.

Inputs, recognised by their content:

- forwarded events as a SIEM exports them: JSON (an array), JSON Lines, or
  CSV with the record's fields as columns (``id``, ``time``, ``site``,
  ``action``, ``org_unit``, ``kinds`` as ``DK_CPR=1 PERSON=2`` or as JSON, …);
  also a syslog file as rsyslog writes it (the JSON after the structured data);
- the per-PC aggregated exports (``promptvagt export --aggregate``, the
  dashboard's *Opsummering*), CSV or JSON. They carry no unit: files in a
  folder given on the command line get the folder's name as their unit.

Forwarded events are counted once per ``id`` (a SIEM may hold a resent event
twice). Counting is streamed: memory grows with the number of distinct ids
and cells, not with the input size.

Everything here works on codes; the Danish words and the HTML are the
dashboard's business (``companion/dashboard/report.py``).
"""

import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

from .suppression import suppress, with_totals
from .vocabulary import ACTION_LABELS, ENTITY_LABELS, SITE_LABELS

NO_UNIT = ""
ACTIONS = tuple(ACTION_LABELS)
AGGREGATE_CSV_HEADING = "uge (mandag)"
_CODES_BY_LABEL = {
    "site": {v: k for k, v in SITE_LABELS.items()},
    "action": {v: k for k, v in ACTION_LABELS.items()},
    "entity_type": {v: k for k, v in ENTITY_LABELS.items()},
}


@dataclass
class Counts:
    """The report's facts: events per (week, unit, site, action), and per kind as well."""

    events: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)  # (week, unit, site, action, kind) → events with that kind
    seen: set = field(default_factory=set)
    duplicates: int = 0
    unreadable: int = 0
    #: Forwarded adapter health reports (issue 12): not near-misses, so not
    #: counted in any table, only said to be there.
    health: int = 0
    files: int = 0
    #: True when an aggregated export was read: its events with several kinds
    #: may be counted once per kind in the totals.
    from_aggregates: bool = False

    def add_event(self, record: dict, unit: str | None = None, first: date | None = None, last: date | None = None):
        # The hot loop of a million-event report: plain dict updates, no conversions that are not needed.
        if record.get("type") == "adapter_health":
            self.health += 1
            return
        try:
            key = _id_key(record["id"])
            week, day = week_of(record["time"])
            site, action = str(record["site"]), str(record["action"])
            kinds = _kinds(record.get("kinds"))
        except (KeyError, TypeError, ValueError):
            self.unreadable += 1
            return
        if (first and day < first) or (last and day > last):
            return
        seen = self.seen
        if key in seen:
            self.duplicates += 1
            return
        seen.add(key)
        org_unit = unit if unit is not None else (record.get("org_unit") or NO_UNIT)
        events, per_kind = self.events, self.kinds
        cell = (week, org_unit, site, action)
        events[cell] = events.get(cell, 0) + 1
        for kind in kinds:
            cell = (week, org_unit, site, action, kind)
            per_kind[cell] = per_kind.get(cell, 0) + 1

    def add_aggregate(self, row: dict, unit: str, first: date | None = None, last: date | None = None):
        try:
            week = date.fromisoformat(str(row["week"]))
            week = week - timedelta(days=week.weekday())
            site, action, kind = str(row["site"]), str(row["action"]), str(row.get("entity_type") or "")
            events = int(row["events"])
        except (KeyError, TypeError, ValueError):
            self.unreadable += 1
            return
        if (first and week + timedelta(days=6) < first) or (last and week > last):
            return
        self.from_aggregates = True
        self.events[week, unit, site, action] += events
        if kind:
            self.kinds[week, unit, site, action, kind] += events

    @property
    def total(self) -> int:
        return sum(self.events.values())


# -- reading ---------------------------------------------------------------------------


def read_inputs(paths, unit: str | None = None, first: date | None = None, last: date | None = None) -> Counts:
    """Read files and folders (a folder's files get the folder's name as unit, for aggregated exports)."""
    counts = Counts()
    for path in map(Path, paths):
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                folder_unit = unit if unit is not None else (file.parent.name if file.parent != path else NO_UNIT)
                read_file(counts, file, folder_unit, first, last)
        else:
            read_file(counts, path, unit, first, last)
    return counts


def read_file(counts: Counts, path: Path, unit: str | None, first=None, last=None) -> None:
    """Add one file's events or aggregated rows to ``counts``."""
    counts.files += 1
    with open(path, encoding="utf-8-sig", newline="") as stream:
        head = stream.read(4096)
        stream.seek(0)
        start = head.lstrip()[:1]
        if start == "[" or (start == "{" and '"rows"' in head and '"period"' in head):
            _read_json_document(counts, json.load(stream), unit, first, last)
        elif start == "{" or '"v":1' in head or '"v": 1' in head:
            _read_lines(counts, stream, unit, first, last)
        else:
            _read_csv(counts, stream, unit, first, last)


def _read_json_document(counts, document, unit, first, last):
    if isinstance(document, dict):  # an aggregated export
        for row in document.get("rows", []):
            counts.add_aggregate(row, unit or NO_UNIT, first, last)
        return
    for record in document:
        counts.add_event(record, unit, first, last) if isinstance(record, dict) else _unreadable(counts)


def _read_lines(counts, stream, unit, first, last):
    """JSON Lines, or syslog lines with the JSON record at the end."""
    for line in stream:
        brace = line.find('{"v"')
        if brace < 0:
            brace = line.find("{")
        if brace < 0:
            if line.strip():
                counts.unreadable += 1
            continue
        try:
            record = json.loads(line[brace:])
        except ValueError:
            counts.unreadable += 1
            continue
        counts.add_event(record, unit, first, last) if isinstance(record, dict) else _unreadable(counts)


def _read_csv(counts, stream, unit, first, last):
    reader = csv.DictReader(stream)
    fields = set(reader.fieldnames or ())
    if AGGREGATE_CSV_HEADING in fields:
        for row in reader:
            counts.add_aggregate(_aggregate_row_from_csv(row), unit or NO_UNIT, first, last)
    elif {"id", "time", "site", "action"} <= fields:
        for row in reader:
            counts.add_event(row, unit, first, last)
    else:
        raise ValueError(
            f"{stream.name}: hverken videresendte hændelser eller en opsummering "
            "(neither forwarded events nor an aggregated export)"
        )


def _aggregate_row_from_csv(row: dict) -> dict:
    kind_label = row.get("type", "")
    return {
        "week": row.get(AGGREGATE_CSV_HEADING),
        "site": _CODES_BY_LABEL["site"].get(row.get("tjeneste"), row.get("tjeneste")),
        "action": _CODES_BY_LABEL["action"].get(row.get("handling"), row.get("handling")),
        "entity_type": _CODES_BY_LABEL["entity_type"].get(kind_label, "" if kind_label.startswith("(") else kind_label),
        "events": row.get("hændelser"),
    }


def _unreadable(counts):
    counts.unreadable += 1


def _id_key(value) -> bytes:
    text = str(value)
    try:
        return bytes.fromhex(text.replace("-", ""))  # 16 bytes instead of a 36-character string
    except ValueError:
        return text.encode()


def _kinds(value) -> dict:
    """``{"DK_CPR": 1}``, its JSON text, or ``DK_CPR=1 PERSON=2`` (Event Log and CSV form); keys are what counts."""
    if value in (None, ""):
        return {}
    if type(value) is dict:
        return value  # only the kinds are counted (events per kind), not their numbers
    text = str(value).strip()
    if text.startswith("{"):
        return _kinds(json.loads(text))
    return {kind: int(n) for kind, n in (part.split("=", 1) for part in text.replace(",", " ").split())}


@lru_cache(maxsize=65536)
def _week_of_hour(hour: str) -> tuple[date, date]:
    moment = datetime.strptime(hour, "%Y-%m-%dT%H").replace(tzinfo=timezone.utc).astimezone()
    day = moment.date()
    return day - timedelta(days=day.weekday()), day


def week_of(utc_time: str) -> tuple[date, date]:
    """Return (Monday of the week, the day) in this machine's local time for a stored UTC time."""
    # Danish time zones differ from UTC by whole hours, so the hour decides the day.
    return _week_of_hour(str(utc_time)[:13])


# -- tables ------------------------------------------------------------------------------


@dataclass
class Table:
    """One cross table with its totals and the cells that must not be shown."""

    id: str
    title: str
    row_dimension: str  # week, unit, site, kind
    column_dimension: str  # action, unit
    rows: list
    columns: list
    cells: list[list[int]]
    hidden: set = field(default_factory=set)
    note: str = ""

    @property
    def matrix(self) -> list[list[int]]:
        return with_totals(self.cells)


TABLES = (
    ("uge-handling", "Pr. uge og handling", "week", "action", "events"),
    ("enhed-handling", "Pr. organisatorisk enhed og handling", "unit", "action", "events"),
    ("tjeneste-handling", "Pr. tjeneste og handling", "site", "action", "events"),
    ("type-handling", "Pr. type og handling", "kind", "action", "kinds"),
    ("uge-enhed", "Pr. uge og organisatorisk enhed", "week", "unit", "events"),
)
_POSITION = {"week": 0, "unit": 1, "site": 2, "action": 3, "kind": 4}


def build_tables(counts: Counts, min_count: int) -> list[Table]:
    """Cross the counts into the report's tables and suppress them, linked totals consistently."""
    tables = []
    for table_id, title, row_dim, col_dim, facts in TABLES:
        source = counts.events if facts == "events" else counts.kinds
        cross = Counter()
        for key, n in source.items():
            cross[key[_POSITION[row_dim]], key[_POSITION[col_dim]]] += n
        rows = _ordered(row_dim, {r for r, _ in cross})
        columns = list(ACTIONS) if col_dim == "action" else _ordered(col_dim, {c for _, c in cross})
        columns += sorted({c for _, c in cross} - set(columns))  # codes from a newer version
        cells = [[cross.get((r, c), 0) for c in columns] for r in rows]
        note = "En hændelse med flere typer tæller under hver af dem." if facts == "kinds" else ""
        tables.append(Table(table_id, title, row_dim, col_dim, rows, columns, cells, note=note))
    _suppress_linked(tables, min_count)
    return tables


def _ordered(dimension: str, values: set) -> list:
    if dimension == "site":
        return [s for s in SITE_LABELS if s in values] + sorted(values - set(SITE_LABELS))
    if dimension == "kind":
        return [k for k in ENTITY_LABELS if k in values] + sorted(values - set(ENTITY_LABELS))
    return sorted(values)


def _margins(table: Table) -> dict:
    """The totals this table shares with others: (dimension, value) → position, ("all", "") for the grand total.

    The kind table counts (event, kind) pairs, so its totals are its own.
    """
    if table.row_dimension == "kind":
        return {}
    r, c = len(table.rows), len(table.columns)
    margins = {("all", ""): (r, c)}
    margins.update({(table.row_dimension, v): (i, c) for i, v in enumerate(table.rows)})
    margins.update({(table.column_dimension, v): (r, j) for j, v in enumerate(table.columns)})
    return margins


def _suppress_linked(tables: list[Table], min_count: int) -> None:
    """Suppress every table; a total hidden in one table is hidden wherever it is shown, until stable."""
    hidden_margins = set()
    while True:
        for table in tables:
            margins = _margins(table)
            forced = {pos for key, pos in margins.items() if key in hidden_margins}
            table.hidden = suppress(table.cells, min_count, forced) if table.cells else set()
        now_hidden = {key for t in tables for key, pos in _margins(t).items() if pos in t.hidden}
        if now_hidden <= hidden_margins:
            return
        hidden_margins |= now_hidden
