"""Forward near-misses into the organisation's log pipeline: a durable queue and one sender thread.

Off by default. Switched on by ``PROMPTVAGT_FORWARD``, ``promptvagt serve
--forward`` or the machine policy (``companion/policy.py``), with one of:

- ``syslog+tcp://HOST:PORT``, ``syslog+udp://HOST:PORT``: RFC 5424 to a
  syslog daemon or collector (``syslog.py``);
- ``syslog``: the local syslog daemon (``syslog+unix:///PATH`` names its socket);
- ``eventlog``: the Windows Event Log, source ``Promptvagt`` (``eventlog.py``).

What leaves the PC is ``forward_record``: codes, counts, versions, the
event's random id and the organisational unit label; for an adapter health
report (a page the extension could not guard, issue 12) ``health_record``:
the chatbot's host name, two codes and the versions. Never a value, a mask,
a hash of a value, the reason or a user name; the record is built from an
explicit list of fields, so a column added to the log later does not leak
by accident.

Nothing lost, nothing doubled:

- The database queues every new event itself (a trigger from migration
  ``m004_forward_queue``), in the same transaction that stores the event,
  whichever transport stored it. A repeated event id is not stored, so it
  is not queued twice.
- An event leaves the queue only after the sender confirmed the batch
  (``syslog.TcpSender`` explains what TCP can confirm). A daemon that is
  down means the batch waits and is retried, with a growing pause.
- One sender per database: a lock file beside it, so a second companion
  process (``serve`` beside a native host) does not send the same events.
- Health reports have their own queue and trigger (migration
  ``m005_adapter_health``), filled and emptied by the same switch.
- Switching forwarding off empties the queue: nothing queued while it was on
  leaves later. Retention deletes queued events with their event.
"""

import logging
import re
import sys
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from .syslog import LocalSender, SendError, TcpSender, UdpSender

log = logging.getLogger(__name__)

RECORD_VERSION = 1
MAX_ORG_UNIT_CHARS = 64
LOCK_NAME = "forward.lock"
TARGET_HELP = "syslog+tcp://HOST:PORT, syslog+udp://HOST:PORT, syslog (local daemon) or eventlog (Windows)"
_ORG_UNIT = re.compile(r"[^\W_][\w .,&/()'-]*")


@dataclass(frozen=True)
class Target:
    kind: str  # "tcp", "udp", "local", "eventlog"
    host: str = ""
    port: int = 0

    def __str__(self) -> str:
        if self.kind in ("tcp", "udp"):
            host = f"[{self.host}]" if ":" in self.host else self.host
            return f"syslog+{self.kind}://{host}:{self.port}"
        if self.kind == "local" and self.host:
            return f"syslog+unix://{self.host}"
        return {"local": "syslog", "eventlog": "eventlog"}[self.kind]


def parse_target(text: str) -> Target | None:
    """Read a forwarding target; ``""`` is off (None). Raise ValueError with a Danish and English message."""
    text = (text or "").strip()
    if not text or text.lower() in ("off", "none"):
        return None
    if text == "syslog":
        return Target("local")
    if text.startswith("syslog+unix:///"):
        # Another daemon socket than the platform's (a chroot, a test).
        return Target("local", text.removeprefix("syslog+unix://"))
    if text == "eventlog":
        return Target("eventlog")
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme not in ("syslog+tcp", "syslog+udp") or not parts.hostname or not port or parts.path not in ("", "/"):
        raise ValueError(f"Ukendt mål for videresendelse; brug {TARGET_HELP}. Unknown forwarding target.")
    return Target(parts.scheme.removeprefix("syslog+"), parts.hostname, port)


def clean_org_unit(text) -> str | None:
    """Return the organisational unit label if it is a plain label (≤ 64 characters), else None."""
    text = " ".join(str(text or "").split())
    if not text:
        return None
    if len(text) > MAX_ORG_UNIT_CHARS or not _ORG_UNIT.fullmatch(text):
        log.warning(
            "Organisatorisk enhed ignoreret: højst %d tegn, bogstaver, tal og . , & / ( ) ' - "
            "(org unit label ignored: not a plain label)",
            MAX_ORG_UNIT_CHARS,
        )
        return None
    return text


def forward_record(event: dict, kinds: dict, org_unit: str | None, companion_version: str) -> dict:
    """Return what leaves the PC for one event: codes and counts, never a value, mask, reason or user."""
    return {
        "v": RECORD_VERSION,
        "id": event["id"],
        "time": utc_minute(event["time"]),
        "site": event["site"],
        "page_kind": event["page_kind"],
        "verdict": event["verdict"],
        "action": event["action"],
        "detector": event["detector"],
        "extension_version": event["extension_version"] or "",
        "companion_version": companion_version,
        "org_unit": org_unit,
        "findings": sum(kinds.values()),
        "kinds": dict(sorted(kinds.items())),
    }


def health_record(report: dict, org_unit: str | None, companion_version: str) -> dict:
    """Return what leaves the PC for one adapter health report: the host, two codes, versions.

    ``type`` tells it from a near-miss record (which has none, being the
    first kind); receivers count near-misses by ``action``, which this lacks.
    """
    return {
        "v": RECORD_VERSION,
        "type": "adapter_health",
        "id": report["id"],
        "time": utc_minute(report["time"]),
        "host": report["host"],
        "adapter": report["adapter"],
        "problem": report["problem"],
        "extension_version": report["extension_version"] or "",
        "companion_version": companion_version,
        "org_unit": org_unit,
    }


def utc_minute(stored: str) -> str:
    """``2024-05-06T09:30:12Z`` → ``2024-05-06T09:30:00Z``: the minute is enough for any statistic."""
    moment = datetime.strptime(stored, "%Y-%m-%dT%H:%M:%SZ").replace(second=0, tzinfo=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# -- the queue (tables from migration m004_forward_queue) ---------------------------------


def set_enabled(db, enabled: bool) -> int:
    """Switch queueing of new events on or off; off empties the queue. Return how many were dropped."""
    with db.atomic():
        db.execute("update forwarding set enabled = ? where id = 1", [int(enabled)])
        if enabled:
            return 0
        return db.execute("delete from forward_queue").rowcount + db.execute("delete from forward_health_queue").rowcount


def queued(db) -> int:
    return (
        db.execute("select count(*) from forward_queue").fetchone()[0]
        + db.execute("select count(*) from forward_health_queue").fetchone()[0]
    )


def pending(db, limit: int) -> list[dict]:
    """Return the oldest queued events (as ``forward_record`` needs them) with their counts per kind."""
    rows = list(
        db.query(
            "select e.id, e.time, e.site, e.page_kind, e.verdict, e.action, e.detector, e.extension_version "
            "from forward_queue q join events e on e.id = q.event_id order by q.rowid limit ?",
            [limit],
        )
    )
    kinds = {row["id"]: {} for row in rows}
    if rows:
        marks = ", ".join("?" * len(rows))
        for f in db.query(
            f"select event_id, entity_type, count(*) as n from findings where event_id in ({marks}) "
            "group by event_id, entity_type",
            list(kinds),
        ):
            kinds[f["event_id"]][f["entity_type"]] = f["n"]
    return [{**row, "kinds": kinds[row["id"]]} for row in rows]


def delivered(db, event_ids: list[str]) -> None:
    with db.atomic():
        db.conn.executemany("delete from forward_queue where event_id = ?", [(i,) for i in event_ids])


def pending_health(db, limit: int) -> list[dict]:
    """Return the oldest queued adapter health reports."""
    return list(
        db.query(
            "select h.id, h.time, h.host, h.adapter, h.problem, h.extension_version "
            "from forward_health_queue q join adapter_health h on h.id = q.health_id order by q.rowid limit ?",
            [limit],
        )
    )


def delivered_health(db, report_ids: list[str]) -> None:
    with db.atomic():
        db.conn.executemany("delete from forward_health_queue where health_id = ?", [(i,) for i in report_ids])


# -- the sender ----------------------------------------------------------------------------


def sender_for(target: Target):
    if target.kind == "tcp":
        return TcpSender(target.host, target.port)
    if target.kind == "udp":
        return UdpSender(target.host, target.port)
    if target.kind == "local":
        return LocalSender(target.host or None)
    from .eventlog import EventLogSender

    return EventLogSender()


class Forwarder:
    """Deliver the queue in the background: every ``poll_s``, on ``wake()``, and with back-off after a failure."""

    def __init__(self, database_path, target: Target, org_unit=None, companion_version="", sender=None,
                 poll_s: float = 2.0, batch: int = 50, max_pause_s: float = 60.0):  # fmt: skip
        self.database_path = Path(database_path)
        self.target = target
        self.org_unit = org_unit
        self.companion_version = companion_version
        self.sender = sender
        self.poll_s = poll_s
        self.batch = batch
        self.max_pause_s = max_pause_s
        self.failures = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = None
        self._lock = SenderLock(self.database_path.parent / LOCK_NAME)

    def start(self) -> "Forwarder":
        self._thread = threading.Thread(target=self._run, name="promptvagt-forwarder", daemon=True)
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stop.is_set()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self.sender is not None:
            self.sender.close()
        self._lock.release()

    def deliver(self) -> int:
        """Send everything queued, batch by batch; return how many were delivered. Raise ``SendError``."""
        if not self._lock.acquire():
            return 0  # another process is the sender for this database
        from .db import open_database

        if self.sender is None:
            self.sender = sender_for(self.target)
        total = 0
        with open_database(self.database_path) as db:
            while not self._stop.is_set():
                rows = pending(db, self.batch)
                if not rows:
                    break
                records = [forward_record(r, r["kinds"], self.org_unit, self.companion_version) for r in rows]
                self.sender.send(records)
                delivered(db, [r["id"] for r in rows])
                total += len(rows)
            while not self._stop.is_set():
                rows = pending_health(db, self.batch)
                if not rows:
                    break
                self.sender.send([health_record(r, self.org_unit, self.companion_version) for r in rows])
                delivered_health(db, [r["id"] for r in rows])
                total += len(rows)
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                sent = self.deliver()
                if self.failures:
                    log.info("Videresendelse virker igen (forwarding works again): %d hændelse(r) leveret", sent)
                self.failures = 0
            except SendError as error:
                self.failures += 1
                if self.failures == 1:
                    log.warning("Videresendelse til %s venter (forwarding waits): %s", self.target, error)
            except Exception as error:  # never let the thread die; never log data
                self.failures += 1
                log.error("Videresendelse fejlede (forwarding failed): %s", type(error).__name__)
            pause = self.poll_s if not self.failures else min(self.max_pause_s, 2.0 ** min(self.failures, 10) / 2)
            self._wake.wait(pause)
            self._wake.clear()


class SenderLock:
    """An exclusive, non-blocking lock on a file beside the database, held while this process sends."""

    def __init__(self, path: Path):
        self.path = path
        self._file = None

    def acquire(self) -> bool:
        if self._file is not None:
            return True
        handle = open(self.path, "a+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing releases the lock on every platform
            self._file = None


#: The running sender per database in this process: the native host and the
#: dashboard it starts on demand both call ``start`` and share one.
_running: dict = {}
_running_lock = threading.Lock()


def start(config: dict):
    """Switch queueing on or off for the configured database; when on, start (or reuse) the sender.

    Reads ``FORWARD`` and ``ORG_UNIT`` from ``config``, where the caller has
    already applied the machine policy (``companion.policy.apply``). Return
    the running ``Forwarder``, or None when forwarding is off. Raise
    ValueError for a target that cannot be used.
    """
    from .. import __version__
    from .db import database_path, migrate, open_database

    target = parse_target(config.get("FORWARD", ""))
    org_unit = clean_org_unit(config.get("ORG_UNIT"))
    path = database_path(config)
    with open_database(path) as db:
        migrate(db)  # the native host may start before anything migrated the log
        dropped = set_enabled(db, target is not None)
    if dropped:
        log.info("Videresendelse er slået fra: %d ventende hændelse(r) slettet fra køen", dropped)
    with _running_lock:
        current = _running.pop(path, None)
        if current is not None and current.running and (current.target, current.org_unit) == (target, org_unit):
            _running[path] = current
            return current
        if current is not None:
            current.stop()
        if target is None:
            return None
        _running[path] = Forwarder(path, target, org_unit, __version__).start()
    log.info("Videresender near-miss-hændelser til %s (enhed: %s)", target, org_unit or "ingen")
    return _running[path]


def init_app(app) -> None:
    """Start forwarding for the app's database when its config (policy applied) asks for it."""
    forwarder = start(app.config)
    if forwarder is not None:
        app.extensions["promptvagt.forwarder"] = forwarder
