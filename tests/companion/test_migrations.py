"""The schema migrations: named, applied once, and an upgrade keeps the rows."""

from pathlib import Path

import sqlite_utils
from click.testing import CliRunner
from sqlite_utils.cli import cli as sqlite_utils_cli

from companion.nearmiss import db as database
from companion.nearmiss import migrations as migrations_module
from companion.nearmiss.migrations import migrations

MIGRATIONS_FILE = migrations_module.__file__

#: Shipped migrations, in order. A migration may be appended to this list;
#: renaming or removing one would re-run or skip it on existing databases.
SHIPPED = [
    "m001_events_and_findings",
    "m002_indexes_and_weekly_view",
    "m003_findings_without_masked_previews",
    "m004_forward_queue",
]


def names(items):
    return [m.name for m in items]


def all_names():
    """Every registered migration: all of them are pending on an empty database."""
    with sqlite_utils.Database(memory=True) as empty:
        return names(migrations.pending(empty))


def test_shipped_migrations_are_kept_in_order():
    assert all_names()[: len(SHIPPED)] == SHIPPED


def test_fresh_database_gets_every_migration_once(tmp_path):
    db = database.open_database(tmp_path / "promptvagt.db")
    assert database.migrate(db) == all_names()
    assert database.migrate(db) == []
    assert names(migrations.applied(db)) == all_names()
    assert {"events", "findings", "_sqlite_migrations"} <= set(db.table_names())
    db.close()


def test_upgrade_from_the_first_schema_keeps_rows(tmp_path):
    db = database.open_database(tmp_path / "promptvagt.db")
    migrations.apply(db, stop_before="m002_indexes_and_weekly_view")
    assert names(migrations.applied(db)) == ["m001_events_and_findings"]
    # Rows written by a version that had only the first migration.
    db["events"].insert(
        {
            "id": "5b0c6f0e-2b9f-4a8e-9d55-3f1f7d3c2a10",
            "time": "2024-05-08T12:00:00Z",
            "received": "2024-05-08T12:00:01Z",
            "site": "chatgpt",
            "page_kind": "chat",
            "verdict": "block",
            "action": "redacted",
            "detector": "companion",
            "extension_version": "0.1.0",
            "reason": None,
        }
    )
    db["findings"].insert(
        {"event_id": "5b0c6f0e-2b9f-4a8e-9d55-3f1f7d3c2a10", "position": 0, "entity_type": "DK_CPR",
         "severity": "block", "masked": "0707XX-XXXX"}  # fmt: skip
    )

    assert database.migrate(db)[0] == "m002_indexes_and_weekly_view"

    assert db["events"].count == 1
    assert db["findings"].count == 1
    assert list(db.query("select week, site, action, events from weekly_counts")) == [
        {"week": "2024-05-06", "site": "chatgpt", "action": "redacted", "events": 1}
    ]
    assert "idx_events_time" in {index.name for index in db["events"].indexes}
    db.close()


def test_sqlite_utils_cli_can_apply_the_migrations_file(tmp_path):
    """The README promises ``sqlite-utils migrate promptvagt.db companion/nearmiss/migrations.py``."""
    path = tmp_path / "copy.db"
    result = CliRunner().invoke(sqlite_utils_cli, ["migrate", str(path), MIGRATIONS_FILE])
    assert result.exit_code == 0, result.output
    with sqlite_utils.Database(path) as db:
        assert names(migrations.applied(db)) == all_names()


def test_app_startup_migrates(app, tmp_path):
    with database.open_database(tmp_path / "promptvagt.db") as db:
        assert migrations.pending(db) == []


def _database_with_previews(path, events=400):
    """A log as the versions before issue 13 wrote it: every finding with a masked preview."""
    db = database.open_database(path)
    migrations.apply(db, stop_before="m003_findings_without_masked_previews")
    for n in range(events):
        event_id = f"5b0c6f0e-2b9f-4a8e-9d55-{n:012d}"
        db["events"].insert(
            {"id": event_id, "time": "2024-05-08T12:00:00Z", "received": "2024-05-08T12:00:01Z", "site": "chatgpt",
             "page_kind": "chat", "verdict": "block", "action": "redacted", "detector": "companion",
             "extension_version": "0.1.0", "reason": None}  # fmt: skip
        )
        db["findings"].insert_all(
            [
                {"event_id": event_id, "position": 0, "entity_type": "DK_CPR", "severity": "block",
                 "masked": f"{1000 + n:04d}XX-XXXX"},
                {"event_id": event_id, "position": 1, "entity_type": "PERSON", "severity": "warn",
                 "masked": "Q. Z. W."},
            ]  # fmt: skip
        )
    return db


def _file_bytes(path) -> bytes:
    return b"".join(Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal") if Path(f"{path}{suffix}").exists())


def test_masked_previews_are_removed_from_every_byte_of_the_file(tmp_path):
    path = tmp_path / "promptvagt.db"
    db = _database_with_previews(path)
    # Another connection keeps the write-ahead log alive, as the dashboard would.
    keeper = database.open_database(path)
    assert b"XX-XXXX" in _file_bytes(path) and b"Q. Z. W." in _file_bytes(path)

    assert database.migrate(db)[0] == "m003_findings_without_masked_previews"

    assert "masked" not in db["findings"].columns_dict
    assert db["findings"].count == 800
    assert "idx_findings_entity_type" in {index.name for index in db["findings"].indexes}
    assert db["findings"].foreign_keys[0].other_table == "events"
    data = _file_bytes(path)
    assert b"XX-XXXX" not in data and b"Q. Z. W." not in data
    keeper.close()
    db.close()


def test_previews_go_when_sqlite_utils_applies_the_file(tmp_path):
    """Without the companion's connection settings (no secure_delete set by the caller)."""
    path = tmp_path / "copy.db"
    _database_with_previews(path).close()
    result = CliRunner().invoke(sqlite_utils_cli, ["migrate", str(path), MIGRATIONS_FILE])
    assert result.exit_code == 0, result.output
    assert b"XX-XXXX" not in _file_bytes(path)


def test_removing_previews_again_after_a_crash_is_harmless(tmp_path):
    """The migration is not one transaction (a checkpoint cannot be): a rerun must not fail."""
    db = _database_with_previews(tmp_path / "promptvagt.db", events=3)
    migrations_module.m003_findings_without_masked_previews(db)
    migrations_module.m003_findings_without_masked_previews(db)
    assert "masked" not in db["findings"].columns_dict and db["findings"].count == 6
    db.close()
