"""The schema of the near-miss log, one named migration per change.

Applied at startup and by ``promptvagt migrate``. This file imports nothing
from the package, so ``sqlite-utils migrate promptvagt.db companion/migrations.py``
works on a copy of the database too.

Never edit or remove a migration once it has shipped, and never drop a table:
add a new function at the end instead. sqlite-utils records each applied name
in ``_sqlite_migrations``.
"""

from sqlite_utils import Database, Migrations

migrations = Migrations("promptvagt")


@migrations()
def m001_events_and_findings(db: Database):
    # One row per near-miss; the client's UUID is the key, so a retried POST
    # (the extension queues events while the companion is down) is stored once.
    # Times are ISO 8601 UTC text ("2024-05-06T09:30:00Z"): they sort as text
    # and SQLite's date functions read them.
    db["events"].create(
        {
            "id": str,
            "time": str,
            "received": str,
            "site": str,
            "page_kind": str,
            "verdict": str,
            "action": str,
            "detector": str,
            "extension_version": str,
            "reason": str,
        },
        pk="id",
        not_null={"time", "received", "site", "page_kind", "verdict", "action", "detector"},
    )
    # One row per finding instead of a JSON column, so counts per kind are a
    # plain GROUP BY in SQL, sqlite-utils and Datasette.
    db["findings"].create(
        {
            "event_id": str,
            "position": int,
            "entity_type": str,
            "severity": str,
            "masked": str,
        },
        pk=("event_id", "position"),
        foreign_keys=[("event_id", "events", "id")],
        not_null={"entity_type", "severity", "masked"},
    )


@migrations()
def m002_indexes_and_weekly_view(db: Database):
    # The dashboard filters by period, site and action, and counts by kind.
    db["events"].create_index(["time"], index_name="idx_events_time")
    db["events"].create_index(["site", "time"], index_name="idx_events_site_time")
    db["events"].create_index(["action", "time"], index_name="idx_events_action_time")
    db["findings"].create_index(["entity_type"], index_name="idx_findings_entity_type")
    # A ready-made answer for Datasette users: near-misses per week (weeks
    # start on Monday, in the machine's local time as on the dashboard).
    db.create_view(
        "weekly_counts",
        """
        select date(time, 'localtime', '-6 days', 'weekday 1') as week,
               site, action, count(*) as events
        from events
        group by week, site, action
        order by week, site, action
        """,
    )


@migrations(transactional=False)
def m003_findings_without_masked_previews(db: Database):
    # Issue 13: a masked preview helps the user in the banner but not a
    # statistic, and beside the site and the minute "0707XX-XXXX" (a birth
    # day and month) or "J. P. H." (initials) can point at one citizen. The
    # log keeps kind and severity only. The column goes the way "Slet alt"
    # deletes: with secure_delete the old pages are zeroed, and the
    # checkpoint folds the write-ahead log (which would still hold copies)
    # into the file and empties it. Not transactional, because a checkpoint
    # cannot run inside a transaction; the transform itself is, and the
    # check below makes a rerun after a crash harmless.
    db.execute("PRAGMA secure_delete = ON")
    if "masked" in db["findings"].columns_dict:
        with db.atomic():
            db["findings"].transform(drop={"masked"})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@migrations()
def m004_forward_queue(db: Database):
    # Issue 13: events go into the organisation's log pipeline when forwarding
    # is on. The database queues them itself, in the transaction that stores
    # the event, so every transport (HTTP, native messaging) is covered and a
    # crash between "stored" and "queued" cannot happen. "insert or ignore"
    # of a repeated event id fires no trigger: nothing is queued twice.
    db.execute(
        "create table forwarding (id integer primary key check (id = 1), enabled integer not null default 0)"
    )
    db.execute("insert into forwarding (id, enabled) values (1, 0)")
    # Only the id: the record that leaves is built from the event at sending
    # time, and the event's deletion (retention, "Slet alt") takes it along.
    db.execute(
        "create table forward_queue ("
        "event_id text primary key references events(id) on delete cascade, "
        "queued text not null)"
    )
    db.execute(
        "create trigger forward_new_event after insert on events "
        "when (select enabled from forwarding where id = 1) "
        "begin insert or ignore into forward_queue (event_id, queued) values (new.id, new.received); end"
    )


@migrations()
def m005_adapter_health(db: Database):
    # Issue 12: the extension reports a page it could not guard (the composer
    # was not found, or a send left while the guard held it). Its own table,
    # not a kind of near-miss: nothing almost left, and near-miss figures must
    # not count it. Value-free by construction: a host, two codes, a version.
    db["adapter_health"].create(
        {
            "id": str,
            "time": str,
            "received": str,
            "host": str,
            "adapter": str,
            "problem": str,
            "extension_version": str,
        },
        pk="id",
        not_null={"time", "received", "host", "adapter", "problem", "extension_version"},
    )
    db["adapter_health"].create_index(["time"], index_name="idx_adapter_health_time")
    # Forwarded like a near-miss when forwarding is on (m004's switch), through
    # its own queue because forward_queue's rows point at events.
    db.execute(
        "create table forward_health_queue ("
        "health_id text primary key references adapter_health(id) on delete cascade, "
        "queued text not null)"
    )
    db.execute(
        "create trigger forward_new_health after insert on adapter_health "
        "when (select enabled from forwarding where id = 1) "
        "begin insert or ignore into forward_health_queue (health_id, queued) values (new.id, new.received); end"
    )
