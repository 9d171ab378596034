"""All SQL of the near-miss log. Views, the CLI and exports call these functions and nothing else.

Callers validate first (``events.py``, ``privacy.py``): the store trusts that
what it is given holds no raw values. Every function takes the sqlite-utils
``Database`` so the web app (one connection per request), the CLI and tests
share them.
"""

from datetime import datetime, timedelta, timezone

from .filters import EventFilter, utc_text
from .vocabulary import RESOLVED_ACTIONS

EVENT_COLUMNS = (
    "id", "time", "received", "site", "page_kind", "verdict", "action",
    "detector", "extension_version", "reason",
)  # fmt: skip

HEALTH_COLUMNS = ("id", "time", "received", "host", "adapter", "problem", "extension_version")

#: Monday of the event's week in local time, the unit of every trend.
WEEK_SQL = "date(events.time, 'localtime', '-6 days', 'weekday 1')"


def insert_event(db, event: dict, findings: list[dict]) -> bool:
    """Store one near-miss and its findings; return False if its id was stored before.

    The extension retries until it gets an answer, so the same id may arrive
    twice: the first copy wins and the retry changes nothing. Of each finding
    only its kind and severity are kept; a ``masked`` preview that an older
    extension still sends is dropped here, whichever transport brought it.
    """
    row = {column: event.get(column) for column in EVENT_COLUMNS}
    with db.atomic():
        cursor = db.execute(
            f"insert or ignore into events ({', '.join(EVENT_COLUMNS)}) "
            f"values ({', '.join('?' * len(EVENT_COLUMNS))})",
            [row[c] for c in EVENT_COLUMNS],
        )
        if cursor.rowcount == 0:
            return False
        db.conn.executemany(
            "insert into findings (event_id, position, entity_type, severity) values (?, ?, ?, ?)",
            [(row["id"], n, f["entity_type"], f["severity"]) for n, f in enumerate(findings)],
        )
    return True


def purge_expired(db, retention_days: int, now: datetime | None = None) -> int:
    """Delete events older than the retention period; return how many went.

    The log is only useful for recent trends, and keeping less is the point
    of data minimisation. ``retention_days <= 0`` keeps everything.
    """
    if retention_days <= 0:
        return 0
    cutoff = utc_text((now or datetime.now(timezone.utc)) - timedelta(days=retention_days))
    with db.atomic():
        db.execute("delete from findings where event_id in (select id from events where time < ?)", [cutoff])
        # Health reports age out with the near-misses: both are for recent trends.
        db.execute("delete from adapter_health where time < ?", [cutoff])
        return db.execute("delete from events where time < ?", [cutoff]).rowcount


def delete_all(db) -> int:
    """Delete every event (the dashboard's "Slet alt"); return how many went."""
    with db.atomic():
        db.execute("delete from findings")
        db.execute("delete from adapter_health")
        deleted = db.execute("delete from events").rowcount
    # With secure_delete (see db.open_database) freed pages are zeroed; the
    # checkpoint also empties the WAL file, so "slet alt" means gone from disk.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return deleted


def get_event(db, event_id: str) -> dict | None:
    """Return one event with its findings, or None."""
    rows = list(db.query(f"select {', '.join(EVENT_COLUMNS)} from events where id = ?", [event_id]))
    if not rows:
        return None
    return _with_findings(db, rows)[0]


def list_events(db, flt: EventFilter) -> list[dict]:
    """Return one page of events matching the filter, newest first, each with findings and counts."""
    where, params = _where(flt)
    rows = list(
        db.query(
            f"select {', '.join(EVENT_COLUMNS)} from events where {where} "
            "order by time desc, id limit ? offset ?",
            [*params, flt.per_page, flt.offset],
        )
    )
    return _with_findings(db, rows)


def iter_events(db, flt: EventFilter, batch: int = 500):
    """Yield every event matching the filter (all pages), oldest first, for exports."""
    where, params = _where(flt)
    last_time, last_id = "", ""
    while True:
        # Keyset paging: an export of a year stays fast and uses little memory.
        rows = list(
            db.query(
                f"select {', '.join(EVENT_COLUMNS)} from events where {where} "
                "and (time, id) > (?, ?) order by time, id limit ?",
                [*params, last_time, last_id, batch],
            )
        )
        if not rows:
            return
        yield from _with_findings(db, rows)
        last_time, last_id = rows[-1]["time"], rows[-1]["id"]


def count_events(db, flt: EventFilter) -> int:
    """Count events matching the filter (ignores paging)."""
    where, params = _where(flt)
    return db.execute(f"select count(*) from events where {where}", params).fetchone()[0]


def stats(db, flt: EventFilter) -> dict:
    """Return the dashboard's figures for the filter: totals and counts per week, kind, site and action.

    ``by_entity_type`` counts events (an event with two names counts once for
    PERSON) and, separately, findings.
    """
    where, params = _where(flt)

    def grouped(column: str, order: str = "n desc, k") -> dict:
        sql = f"select {column} as k, count(*) as n from events where {where} group by k order by {order}"
        return {row["k"]: row["n"] for row in db.query(sql, params)}

    total = count_events(db, flt)
    by_action = grouped("action")
    kinds = db.query(
        "select f.entity_type as k, count(distinct f.event_id) as events, count(*) as findings "
        f"from findings f join events on events.id = f.event_id where {where} "
        "group by k order by events desc, k",
        params,
    )
    resolved = sum(n for action, n in by_action.items() if action in RESOLVED_ACTIONS)
    return {
        "period": {"from": flt.first_day.isoformat(), "to": flt.last_day.isoformat()},
        "total": total,
        "resolved": resolved,
        "sent_anyway": by_action.get("sent_anyway", 0),
        "by_week": grouped(WEEK_SQL, order="k"),
        "by_entity_type": {row["k"]: {"events": row["events"], "findings": row["findings"]} for row in kinds},
        "by_site": grouped("site"),
        "by_action": by_action,
        "by_page_kind": grouped("page_kind"),
        "by_verdict": grouped("verdict"),
    }


def aggregate_rows(db, flt: EventFilter) -> list[dict]:
    """Return counts per week, site, action and kind: the aggregated export.

    ``events`` is the number of events with at least one finding of that kind,
    so summing it over kinds counts an event with two kinds twice; events
    without findings appear with an empty kind.
    """
    where, params = _where(flt)
    sql = (
        f"select {WEEK_SQL} as week, events.site as site, events.action as action, "
        "coalesce(f.entity_type, '') as entity_type, "
        "count(distinct events.id) as events, count(f.event_id) as findings "
        f"from events left join findings f on f.event_id = events.id where {where} "
        "group by week, site, action, entity_type order by week, site, action, entity_type"
    )
    return list(db.query(sql, params))


def summary(db) -> dict:
    """Return how many events the log holds and the oldest and newest time (for the status box)."""
    row = db.execute("select count(*), min(time), max(time) from events").fetchone()
    return {"events": row[0], "oldest": row[1], "newest": row[2]}


def insert_health(db, report: dict) -> bool:
    """Store one adapter health report (issue 12); return False if its id was stored before."""
    with db.atomic():
        cursor = db.execute(
            f"insert or ignore into adapter_health ({', '.join(HEALTH_COLUMNS)}) "
            f"values ({', '.join('?' * len(HEALTH_COLUMNS))})",
            [report.get(c) for c in HEALTH_COLUMNS],
        )
    return cursor.rowcount > 0


def health_summary(db, flt: EventFilter) -> list[dict]:
    """Return the period's health reports per host, adapter and problem: how many, first and last, versions.

    Only the period applies: a health report has no site code, action or kind.
    Newest problem first, so what is broken now is at the top.
    """
    return list(
        db.query(
            "select host, adapter, problem, count(*) as reports, min(time) as first, max(time) as last, "
            "group_concat(distinct extension_version) as versions from adapter_health "
            "where time >= ? and time < ? group by host, adapter, problem order by last desc, host, problem",
            [flt.start, flt.end],
        )
    )


def _where(flt: EventFilter) -> tuple[str, list]:
    """Build the WHERE clause for a filter; values are always bound, never formatted in."""
    clauses, params = ["events.time >= ?", "events.time < ?"], [flt.start, flt.end]
    for column in ("site", "action", "verdict", "page_kind"):
        if getattr(flt, column):
            clauses.append(f"events.{column} = ?")
            params.append(getattr(flt, column))
    if flt.entity_type:
        clauses.append("exists (select 1 from findings k where k.event_id = events.id and k.entity_type = ?)")
        params.append(flt.entity_type)
    return " and ".join(clauses), params


def _with_findings(db, rows: list[dict]) -> list[dict]:
    """Attach each event's findings (in the order sent) and counts per kind, in one query."""
    if not rows:
        return rows
    by_id = {row["id"]: {**row, "findings": [], "counts": {}} for row in rows}
    marks = ", ".join("?" * len(by_id))
    for f in db.query(
        f"select event_id, entity_type, severity from findings where event_id in ({marks}) "
        "order by event_id, position",
        list(by_id),
    ):
        event = by_id[f.pop("event_id")]
        event["findings"].append(f)
        event["counts"][f["entity_type"]] = event["counts"].get(f["entity_type"], 0) + 1
    return list(by_id.values())
