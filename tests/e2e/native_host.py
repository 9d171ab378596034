"""What the native host tests (Chromium and Firefox) look at from outside: its processes and its log."""

import sqlite3
import time
from pathlib import Path


def host_pids(data_dir: Path) -> list[int]:
    """Native host processes started with this test's data folder (read from /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            environ = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"native-host" in cmdline and f"PROMPTVAGT_DATA_DIR={data_dir}".encode() in environ:
            pids.append(int(entry.name))
    return pids


def stored_events(data_dir: Path) -> list[str]:
    """Ids of the near-misses in the host's database (none before it exists)."""
    path = data_dir / "promptvagt.db"
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        try:
            return [row[0] for row in db.execute("select id from events")]
        except sqlite3.OperationalError:
            return []


def wait_for(predicate, timeout=60, what="condition"):
    """Poll ``predicate`` until it is truthy; return its value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")
