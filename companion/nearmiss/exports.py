"""Turn near-miss rows into CSV and JSON, per event or aggregated.

The dashboard's download links and ``promptvagt export`` both stream these.
CSV is for the coordinator's spreadsheet: Danish headings and values, local
time, UTF-8 with a byte-order mark (so Excel shows æ, ø and å). JSON is for
programs: the same codes and UTC times as the HTTP API.

An export is a file, and files travel (to the coordinator, into a SIEM), so
it holds less than the dashboard shows: kinds and severities as the log
keeps them, and never the free-text reason for sending anyway, which stays
on the PC (issue 13, docs/privacy.md).
"""

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import date

from . import danish
from .vocabulary import (
    ACTION_LABELS,
    DETECTOR_LABELS,
    ENTITY_LABELS,
    PAGE_KIND_LABELS,
    SEVERITY_LABELS,
    SITE_LABELS,
    VERDICT_LABELS,
    label,
)

BOM = "\ufeff"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
JSON_CONTENT_TYPE = "application/json; charset=utf-8"

EVENT_HEADINGS = [
    "id", "tidspunkt (lokal tid)", "modtaget (lokal tid)", "tjeneste", "sidetype", "vurdering",
    "handling", "detektor", "udvidelsens version", "fund",
    *ENTITY_LABELS.values(),
]  # fmt: skip
#: Fields the dashboard shows on the PC but no export carries.
PC_ONLY = {"reason"}
AGGREGATE_HEADINGS = ["uge (mandag)", "ugenummer", "tjeneste", "handling", "type", "hændelser", "fund"]


def events_csv(events: Iterable[dict]) -> Iterator[str]:
    """Yield the per-event CSV, one chunk per row, with a column of counts per kind."""
    yield BOM + _row(EVENT_HEADINGS)
    for event in events:
        findings = "; ".join(
            f"{label(ENTITY_LABELS, f['entity_type'])} ({label(SEVERITY_LABELS, f['severity'])})"
            for f in event["findings"]
        )
        yield _row(
            [
                event["id"],
                danish.spreadsheet_time(event["time"]),
                danish.spreadsheet_time(event["received"]),
                label(SITE_LABELS, event["site"]),
                label(PAGE_KIND_LABELS, event["page_kind"]),
                label(VERDICT_LABELS, event["verdict"]),
                label(ACTION_LABELS, event["action"]),
                label(DETECTOR_LABELS, event["detector"]),
                event["extension_version"] or "",
                findings,
                *(event["counts"].get(kind, 0) for kind in ENTITY_LABELS),
            ]
        )


def events_json(events: Iterable[dict]) -> Iterator[str]:
    """Yield a JSON array of events, streamed so a year of events needs little memory."""
    yield "["
    for n, event in enumerate(events):
        shared = {key: value for key, value in event.items() if key not in PC_ONLY}
        yield ("," if n else "") + "\n" + json.dumps(shared, ensure_ascii=False)
    yield "\n]\n"


def aggregate_csv(rows: list[dict]) -> Iterator[str]:
    """Yield counts per week, site, action and kind as CSV."""
    yield BOM + _row(AGGREGATE_HEADINGS)
    for row in rows:
        monday = date.fromisoformat(row["week"])
        yield _row(
            [
                row["week"],
                danish.iso_week(monday),
                label(SITE_LABELS, row["site"]),
                label(ACTION_LABELS, row["action"]),
                label(ENTITY_LABELS, row["entity_type"]) if row["entity_type"] else "(ingen fund)",
                row["events"],
                row["findings"],
            ]
        )


def aggregate_json(rows: list[dict], period: dict) -> str:
    """Return the aggregated counts as one JSON document."""
    return json.dumps({"period": period, "rows": rows}, ensure_ascii=False, indent=1) + "\n"


def _row(values: list) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([_defuse(v) for v in values])
    return buffer.getvalue()


def _defuse(value):
    """Keep spreadsheets from running a cell as a formula (CSV injection).

    A code written by a newer version (shown as it is) starting with ``=``,
    ``+``, ``-`` or ``@`` would otherwise be evaluated by Excel; a leading
    apostrophe shows it as text.
    """
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
