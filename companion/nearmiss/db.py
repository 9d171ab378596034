"""Open the near-miss database: one SQLite file, ``promptvagt.db`` in DATA_DIR, in WAL mode.

Each request gets its own connection (flaskr-style, through ``g``): waitress
serves requests on several threads, and a sqlite3 connection belongs to the
thread that opened it. WAL lets the dashboard read while the extension writes,
and lets Datasette or sqlite-utils open the file while the companion runs.
"""

import logging
import os
from pathlib import Path

from flask import current_app, g
from sqlite_utils import Database

from . import store
from .migrations import migrations

DATABASE_NAME = "promptvagt.db"

log = logging.getLogger(__name__)


def database_path(config: dict) -> Path:
    """Return where the database lives: ``DATABASE`` if set (tests), else DATA_DIR/promptvagt.db."""
    if config.get("DATABASE"):
        return Path(config["DATABASE"])
    return Path(config["DATA_DIR"]) / DATABASE_NAME


def open_database(path: Path) -> Database:
    """Open (and create) the database file with the settings every connection needs."""
    path = Path(path)
    # Owner-only: the log holds no values, but who was warned when is still
    # nobody else's business on a shared machine.
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        path.touch(mode=0o600)
    db = Database(path)
    db.enable_wal()
    # FULL (SQLite's usual default, stated so nobody "tunes" it away): a
    # commit is on disk before the extension hears 201, so an event it
    # stops resending survives a crash or a power cut, not just a killed process.
    db.execute("PRAGMA synchronous = FULL")
    # Wait for a writer on another thread instead of failing with "locked".
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA foreign_keys = ON")
    # Deleted rows are overwritten, not just unlinked: retention and "slet
    # alt" should leave nothing behind in the file.
    db.execute("PRAGMA secure_delete = ON")
    return db


def migrate(db: Database) -> list[str]:
    """Apply pending migrations; return the names applied now."""
    pending = [m.name for m in migrations.pending(db)]
    if pending:  # (asking again costs a quarter of a second at every start)
        migrations.apply(db)
    return pending


def get_db() -> Database:
    """Return this request's connection, opening it on first use."""
    if "db" not in g:
        g.db = open_database(database_path(current_app.config))
    return g.db


def close_db(_error=None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_app(app) -> None:
    """Migrate and purge once at startup, and close each request's connection."""
    path = database_path(app.config)
    with open_database(path) as db:
        applied = migrate(db)
        purged = store.purge_expired(db, app.config["RETENTION_DAYS"])
    if applied:
        log.info("Database migrated: %s", ", ".join(applied))
    if purged:
        log.info("Retention: %d near-miss event(s) older than %d days deleted", purged, app.config["RETENTION_DAYS"])
    app.teardown_appcontext(close_db)
    log.info("Near-miss log: %s", os.fspath(path))
