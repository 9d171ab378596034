"""Load the companion from loopback and write ``docs/load.md``.

    .venv/bin/python bench/load.py [--clients 20] [--duration 30] [--output docs/load.md]
    .venv/bin/python bench/load.py --url http://127.0.0.1:8640   # a companion that already runs

Without ``--url`` it starts its own companion (``promptvagt serve``) on a
free loopback port with an empty data folder, and stops it afterwards.

Each client is a thread with one keep-alive connection, as the extension's
service worker has, sending what the extension sends: mostly scans of a
draft that grows as the user types (every text different, so no cache can
answer for the detector), some near-miss events, health checks and the
dashboard's statistics. Every answer must have its expected status; anything
else, a timeout or a dropped connection counts as an error.

Bounded and self-stopping: at most ``MAX_CLIENTS`` clients for at most
``MAX_DURATION`` seconds, every request with a timeout, loopback only.
"""

import argparse
import http.client
import json
import math
import os
import platform
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
EXTENSION_ORIGIN = "chrome-extension://hhbeicfpmognamgecembgihjkdniilfi"
MAX_CLIENTS = 200
MAX_DURATION = 600
REQUEST_TIMEOUT = 10
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}

#: Made-up drafts; the CPR numbers are fictitious but valid-looking on purpose.
DRAFTS = [
    "Kan du hjælpe mig med at skrive et brev til borgeren om bevilling af hjælpemidler?",
    "Borgerens cpr er 070761-0913, og hun har fået afslag på sin ansøgning om boligstøtte.",
    "FORTROLIGT: Referat fra mødet i socialudvalget, lukket punkt 7, må ikke videregives.",
    "Skriv en opsummering af sagen: Hanne Jensen, Vestergade 12, 8000 Aarhus C, ønsker aktindsigt.",
    "Hvordan formulerer jeg en venlig påmindelse om en frist for indsendelse af dokumentation?",
    "Fru Nielsen (født 12.03.1954) er indlagt med diabetes og har brug for hjemmehjælp.",
]
#: (kind, share of requests, expected statuses)
MIX = [("scan", 0.70, {200}), ("event", 0.15, {201}), ("health", 0.10, {200}), ("stats", 0.05, {200})]


@dataclass
class Tally:
    latencies: dict = field(default_factory=lambda: {kind: [] for kind, _, _ in MIX})
    errors: dict = field(default_factory=lambda: {kind: 0 for kind, _, _ in MIX})
    error_kinds: dict = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, seconds: float, error: str | None) -> None:
        with self.lock:
            if error is None:
                self.latencies[kind].append(seconds)
            else:
                self.errors[kind] += 1
                self.error_kinds[error] = self.error_kinds.get(error, 0) + 1

    @property
    def total_errors(self) -> int:
        return sum(self.errors.values())

    @property
    def total_ok(self) -> int:
        return sum(len(v) for v in self.latencies.values())


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (no interpolation), in the values' unit."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _request(kind: str, client: int, n: int) -> tuple[str, str, bytes | None]:
    if kind == "scan":
        # A draft as it grows keystroke by keystroke: each text is new.
        draft = DRAFTS[(client + n) % len(DRAFTS)]
        text = f"{draft[: 20 + (n * 7) % len(draft)]} (udkast {client}-{n})"
        body = {"text": text, "site": "chatgpt", "source": "typed"}
        return "POST", "/api/v1/scan", json.dumps(body).encode()
    if kind == "event":
        body = {
            "id": str(uuid.uuid4()),
            "time": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "site": "chatgpt",
            "page_kind": "chat",
            "verdict": "block",
            "action": "redacted",
            "findings": [{"entity_type": "DK_CPR", "severity": "block", "masked": "0707XX-XXXX"}],
            "detector": "companion",
            "extension_version": "0.2.0",
        }
        return "POST", "/api/v1/events", json.dumps(body).encode()
    if kind == "health":
        return "GET", "/health", None
    return "GET", "/api/v1/stats?days=30", None


def _kind_for(n: int, client: int) -> str:
    # A fixed, interleaved schedule instead of random draws: runs compare.
    slot = ((n * 37 + client * 11) % 100) / 100
    for kind, share, _ in MIX:
        if slot < share:
            return kind
        slot -= share
    return MIX[0][0]


def _client(host: str, port: int, number: int, deadline: float, tally: Tally) -> None:
    expected = {kind: statuses for kind, _, statuses in MIX}
    conn = http.client.HTTPConnection(host, port, timeout=REQUEST_TIMEOUT)
    n = 0
    while time.monotonic() < deadline:
        kind = _kind_for(n, number)
        method, path, body = _request(kind, number, n)
        headers = {"Origin": EXTENSION_ORIGIN}
        if body is not None:
            headers["Content-Type"] = "application/json"
        started = time.perf_counter()
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            error = None if response.status in expected[kind] else f"HTTP {response.status} on {kind}"
        except (OSError, http.client.HTTPException) as failure:
            error = f"{type(failure).__name__} on {kind}"
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=REQUEST_TIMEOUT)
        tally.add(kind, time.perf_counter() - started, error)
        n += 1
    conn.close()


def run_load(url: str, clients: int = 20, duration: float = 30) -> dict:
    """Send load to ``url`` from ``clients`` threads for ``duration`` seconds; return the figures."""
    parts = urlsplit(url)
    if parts.hostname not in LOOPBACK:
        raise SystemExit(f"Only loopback addresses may be loaded, not {parts.hostname}.")
    clients = max(1, min(clients, MAX_CLIENTS))
    duration = max(1.0, min(duration, MAX_DURATION))
    tally = Tally()
    # Other work on the machine (tests, builds) slows the figures; say how busy it was.
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    started = time.monotonic()
    deadline = started + duration
    threads = [
        threading.Thread(target=_client, args=(parts.hostname, parts.port, i, deadline, tally), daemon=True)
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=duration + REQUEST_TIMEOUT + 5)
    elapsed = time.monotonic() - started
    kinds = {}
    for kind, _, _ in MIX:
        values = tally.latencies[kind]
        kinds[kind] = {
            "ok": len(values),
            "errors": tally.errors[kind],
            "p50_ms": percentile(values, 0.50) * 1000,
            "p95_ms": percentile(values, 0.95) * 1000,
            "p99_ms": percentile(values, 0.99) * 1000,
            "max_ms": max(values) * 1000 if values else float("nan"),
        }
    every = [v for values in tally.latencies.values() for v in values]
    return {
        "clients": clients,
        "duration_s": round(elapsed, 1),
        "requests": tally.total_ok + tally.total_errors,
        "errors": tally.total_errors,
        "error_kinds": tally.error_kinds,
        "per_second": round((tally.total_ok + tally.total_errors) / elapsed, 1),
        "p50_ms": percentile(every, 0.50) * 1000,
        "p95_ms": percentile(every, 0.95) * 1000,
        "p99_ms": percentile(every, 0.99) * 1000,
        "kinds": kinds,
        "load_average_before": load_before,
    }


def start_companion(data_dir: Path, log_path: Path) -> tuple[subprocess.Popen, str]:
    """Start ``promptvagt serve`` on a free loopback port; return the process and its URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "companion.cli", "serve", "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
            env={**os.environ, "PROMPTVAGT_DATA_DIR": str(data_dir)},
        )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the companion stopped at start; see {log_path}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=1):
                return process, url
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the companion did not answer /health within 60 s")


def markdown(result: dict, health: dict | None) -> str:
    def ms(value: float) -> str:
        return "–" if math.isnan(value) else f"{value:.0f}"

    model = (health or {}).get("model") or {}
    lines = [
        "# Load from loopback",
        "",
        "Written by `bench/load.py`; run it again after changes that touch the request path:",
        "",
        "```sh",
        f".venv/bin/python bench/load.py --clients {result['clients']} --duration {round(result['duration_s'])}",
        "```",
        "",
        (
            f"{result['clients']} clients, each one keep-alive connection with the extension's origin, "
            f"for {result['duration_s']} s against a fresh `promptvagt serve` (waitress, 8 threads). "
            "The mix is what the extension sends: 70 % scans of a growing draft (every text new, so "
            "no cache answers), 15 % near-miss events, 10 % health checks, 5 % statistics."
        ),
        "",
        (
            f"Machine: {platform.system()} {platform.machine()}, {os.cpu_count()} CPU cores, "
            f"Python {platform.python_version()}; spaCy pipeline: {model.get('name') or 'none (degraded)'}; "
            f"{datetime.now().strftime('%Y-%m-%d')}"
            + (
                f"; load average {result['load_average_before']:.1f} before the run (other work counts too)."
                if result.get("load_average_before") is not None
                else "."
            )
        ),
        "",
        (
            f"**{result['requests']} requests, {result['errors']} errors, {result['per_second']} requests/s; "
            f"latency p50 {ms(result['p50_ms'])} ms, p95 {ms(result['p95_ms'])} ms, p99 {ms(result['p99_ms'])} ms.**"
        ),
        "",
        "| request | answered | errors | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, figures in result["kinds"].items():
        lines.append(
            f"| {kind} | {figures['ok']} | {figures['errors']} | {ms(figures['p50_ms'])} | "
            f"{ms(figures['p95_ms'])} | {ms(figures['p99_ms'])} | {ms(figures['max_ms'])} |"
        )
    if result["error_kinds"]:
        lines += ["", "Errors: " + ", ".join(f"{k}: {n}" for k, n in sorted(result["error_kinds"].items()))]
    lines += [
        "",
        (
            "Latency is the time from sending a request to reading the whole answer, on the client. "
            "With 20 clients on 2 cores most of it is queueing: a scan alone takes a few "
            "milliseconds to a few tens (`elapsed_ms` in the answer), spaCy holds Python's GIL most "
            "of that time, and the load generator runs on the same cores. One user types into one prompt box, so "
            "20 concurrent clients are far beyond normal use; the point is that nothing fails and "
            "nothing hangs under that load. `tests/e2e/test_load_short.py` runs the same load for "
            "5 s in CI and fails on any error (not on timings, which depend on the machine)."
        ),
        "",
        (
            "Near-miss events have the longest tail: each commit waits for the disk "
            "(`synchronous = FULL`, so a 201 means the event survives a crash or a power cut). "
            "The extension allows 5 s for an event and resends it later if it hears nothing; "
            "a repeated id is stored once."
        ),
        "",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Load the companion from loopback and report latency.")
    parser.add_argument("--url", help="a running companion (default: start one)")
    parser.add_argument("--clients", type=int, default=20, help=f"concurrent clients (at most {MAX_CLIENTS})")
    parser.add_argument("--duration", type=float, default=30, help=f"seconds (at most {MAX_DURATION})")
    parser.add_argument("--output", type=Path, help="write the Markdown report here, e.g. docs/load.md")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    process = None
    with tempfile.TemporaryDirectory(prefix="promptvagt-load-") as folder:
        try:
            if args.url:
                url = args.url.rstrip("/")
            else:
                process, url = start_companion(Path(folder) / "data", Path(folder) / "companion.log")
            with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
                health = json.load(response)
            result = run_load(url, args.clients, args.duration)
        finally:
            if process is not None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
    report = markdown(result, health)
    if args.output:
        args.output.write_text(report, encoding="utf-8")
    print(json.dumps(result, indent=2) if args.json else report)
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
