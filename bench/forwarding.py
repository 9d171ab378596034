"""Bytes per forwarded event, per logged event, and how fast the queue drains into a real rsyslogd.

    .venv/bin/python bench/forwarding.py [--events 2000]

Prints the figures docs/organisation.md quotes: the size of one event in
each forwarded form (RFC 5424 over TCP with its octet count, the local
daemon's form, the Event Log's insertion strings) for generated events
(bench/report.py), the near-miss database's growth per event, and the
throughput of ``promptvagt serve --forward syslog+tcp://…`` into Debian's
rsyslogd on loopback (needs ``rsyslogd``; skipped without it).
"""

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.nearmiss import eventlog, syslog  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_report", ROOT / "bench" / "report.py")
bench_report = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_report)


def sizes(records) -> dict:
    forms = {
        "RFC 5424 over TCP (octet-counted frame)": lambda r: len(syslog._octet_counted(syslog.rfc5424(r))),
        "RFC 5424 over UDP (datagram)": lambda r: len(syslog.rfc5424(r)),
        "local daemon (syslog(3) form)": lambda r: len(syslog.local_message(r)),
        "Event Log insertion strings (UTF-16 bytes)": lambda r: 2 * sum(len(s) + 1 for s in eventlog.event_record(r)["strings"]),
    }
    return {name: [size(r) for r in records] for name, size in forms.items()}


def database_growth(events: int) -> float:
    """Bytes of promptvagt.db per stored event (checkpointed), posting through the real API in-process."""
    from companion import create_app
    from companion.detection.analysis import Scanner
    from companion.detection.nlp import load_pipeline

    records = list(bench_report.generate(events))
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"TESTING": True, "DATA_DIR": folder}, scanner=Scanner(load_pipeline(("none",))))
        client = app.test_client()
        path = Path(folder) / "promptvagt.db"
        before = path.stat().st_size
        for n, r in enumerate(records):
            body = {k: r[k] for k in ("id", "site", "page_kind", "verdict", "action", "detector", "extension_version")}
            body["time"] = r["time"]
            body["findings"] = [{"entity_type": k, "severity": "warn"} for k, c in r["kinds"].items() for _ in range(c)]
            assert client.post("/api/v1/events", json=body).status_code == 201, n
        from companion.nearmiss.db import open_database

        with open_database(path) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return (path.stat().st_size - before) / events


def rsyslog_throughput(events: int):
    sys.path.insert(0, str(ROOT / "tests"))
    from tests.e2e.companion_process import Companion, post_event
    from tests.e2e.rsyslog import Rsyslog, rsyslogd_path

    if rsyslogd_path() is None:
        return None
    records = list(bench_report.generate(events))
    with tempfile.TemporaryDirectory() as folder:
        daemon = Rsyslog(Path(folder) / "rs").start()
        (Path(folder) / "c").mkdir()
        companion = Companion(Path(folder) / "c", Path(folder) / "c" / "log", args=("--forward", f"syslog+tcp://127.0.0.1:{daemon.port}"))
        try:
            daemon.stop()  # queue everything first, then measure the drain alone
            for r in records:
                body = {k: r[k] for k in ("id", "time", "site", "page_kind", "verdict", "action", "detector", "extension_version")}
                body["findings"] = [{"entity_type": k, "severity": "warn"} for k, c in r["kinds"].items() for _ in range(c)]
                assert post_event(companion.url, body) == 201
            daemon.start()
            while not daemon.raw_lines():  # the sender retries after its back-off pause
                time.sleep(0.01)
            began = time.perf_counter()
            daemon.wait_for_lines(events, timeout=600)
            elapsed = time.perf_counter() - began
        finally:
            companion.stop()
            daemon.stop()
        return len(daemon.raw_lines()), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=2000)
    args = parser.parse_args()
    records = list(bench_report.generate(args.events))
    print(f"| form | mean bytes | median | max |  ({args.events} generated events, org unit set)")
    print("|---|---|---|---|")
    for name, values in sizes(records).items():
        print(f"| {name} | {statistics.mean(values):.0f} | {statistics.median(values):.0f} | {max(values)} |")
    print(f"near-miss database: {database_growth(min(args.events, 2000)):.0f} bytes per event")
    result = rsyslog_throughput(min(args.events, 2000))
    if result:
        count, elapsed = result
        print(f"rsyslogd drain: {count} queued events delivered in {elapsed:.1f} s after the first arrived "
              f"({count / elapsed:.0f} events/s)")  # fmt: skip


if __name__ == "__main__":
    main()
