"""Time the native messaging host: a round trip beside HTTP's, and browser start to the first full scan.

    .venv/bin/python bench/native_timing.py [--reps 3] [--texts 150]

``round_trips``: the real host (``promptvagt native-host``, as the browser
starts it) and the real HTTP companion get the same new 1,000-character
prompts, taking turns; each is timed from writing the request to reading
the whole reply (client-side, as the extension's worker would see it, minus
the browser's own message passing).

``browser_start``: a fresh Chromium profile with the host registered by
``promptvagt install --user-data-dir`` and no HTTP companion. The clock
starts before the browser is launched; the extension's worker then asks for
scans until one comes back from the full pipeline (no ``rules_only`` mark).
Also reported: when the host first answered at all, and the first scan
(perhaps rules only).
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser_latency import CHROMIUM_ARGS, EXTENSION_DIR, chromium_path, fixture_server_module  # noqa: E402
from danish_text import danish_text  # noqa: E402

from companion.config import EXTENSION_ID  # noqa: E402

ORIGIN = f"chrome-extension://{EXTENSION_ID}/"
PROBE_TEXT = "Skriv et brev til Hanne Jensen om mødet"


class NativeClient:
    """The native host as a child process, spoken to as the browser does (length-prefixed JSON)."""

    def __init__(self, data_dir: Path, log_path: Path):
        env = {**os.environ, "PROMPTVAGT_DATA_DIR": str(data_dir)}
        self.log = open(log_path, "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "companion.cli", "native-host", ORIGIN],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, env=env, cwd=ROOT,
        )
        self.next_id = 0

    def request(self, kind: str, body=None) -> tuple[float, dict]:
        self.next_id += 1
        message = {"id": self.next_id, "type": kind, **({"body": body} if body is not None else {})}
        data = json.dumps(message, ensure_ascii=False).encode("utf-8")
        started = time.perf_counter()
        self.process.stdin.write(struct.pack("=I", len(data)) + data)
        self.process.stdin.flush()
        (length,) = struct.unpack("=I", self.process.stdout.read(4))
        reply = json.loads(self.process.stdout.read(length))
        elapsed = (time.perf_counter() - started) * 1000
        if reply["id"] != self.next_id:
            raise RuntimeError("reply for another request")
        return elapsed, reply

    def scan(self, text: str) -> tuple[float, dict]:
        elapsed, reply = self.request("scan", {"text": text, "site": "chatgpt", "url": "https://chatgpt.com/",
                                               "source": "typed"})
        if reply["status"] != 200:
            raise RuntimeError(f"native scan answered {reply['status']}")
        return elapsed, reply["body"]

    def wait_until_full(self, timeout=60) -> float:
        """Return seconds until ``health`` says ok (or degraded: no model to wait for)."""
        started = time.perf_counter()
        while time.perf_counter() - started < timeout:
            _, reply = self.request("health")
            if reply["body"]["status"] != "starting":
                return time.perf_counter() - started
            time.sleep(0.02)
        raise RuntimeError("native host still starting")

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.log.close()


def round_trips(http_client, seeds, count: int, tmp: Path) -> dict:
    """Same new 1,000-character prompts to the native host and over HTTP, taking turns; ms per system."""
    native = NativeClient(tmp / "native-data", tmp / "native.log")
    try:
        native.wait_until_full()
        times = {"native": [], "http": [], "native overhead": [], "http overhead": []}
        for index in range(count + 3):
            text = danish_text(1_000, seeds())
            order = [("native", native), ("http", http_client)]
            for name, client in order if index % 2 else order[::-1]:
                elapsed, body = client.scan(text)
                if index >= 3:  # the first three warm up
                    times[name].append(elapsed)
                    times[f"{name} overhead"].append(elapsed - body["elapsed_ms"])
    finally:
        native.close()
    return times


# -- browser start to the first full scan -------------------------------------------------

FIRST_FULL_SCAN = """
async (text) => {
  const started = performance.now();
  const marks = {};
  for (;;) {
    try {
      const result = await scanWithCompanion({ text, site: "chatgpt", source: "typed" });
      marks.firstScan ??= performance.now() - started;
      if (!result.rules_only) { marks.fullScan = performance.now() - started; break; }
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (performance.now() - started > 60000) break;
  }
  return marks;
}
"""


def browser_start(reps: int) -> list[dict]:
    """Seconds from launching Chromium to the first native answer, first scan and first full scan."""
    from playwright.sync_api import sync_playwright

    server = fixture_server_module.start_fixture_server()
    runs = []
    try:
        with sync_playwright() as pw:
            for _ in range(reps):
                with tempfile.TemporaryDirectory(prefix="promptvagt-bench-") as tmp:
                    profile, data = Path(tmp) / "profile", Path(tmp) / "data"
                    env = {**os.environ, "PROMPTVAGT_DATA_DIR": str(data)}
                    subprocess.run([sys.executable, "-m", "companion.cli", "install", "--user-data-dir", str(profile)],
                                   check=True, capture_output=True, env=env, cwd=ROOT)
                    started = time.perf_counter()
                    context = pw.chromium.launch_persistent_context(
                        user_data_dir=profile, executable_path=chromium_path(), headless=True,
                        ignore_https_errors=True, env=env,
                        args=[*CHROMIUM_ARGS, f"--host-resolver-rules={server.host_resolver_rules}",
                              f"--disable-extensions-except={EXTENSION_DIR}", f"--load-extension={EXTENSION_DIR}"],
                        ignore_default_args=["--disable-extensions"],
                    )
                    try:
                        worker = next((w for w in context.service_workers if w.url.startswith("chrome-extension://")),
                                      None) or context.wait_for_event(
                            "serviceworker", predicate=lambda w: w.url.startswith("chrome-extension://"), timeout=20_000)
                        worker_s = time.perf_counter() - started
                        marks = worker.evaluate(FIRST_FULL_SCAN, PROBE_TEXT)
                        at_eval = time.perf_counter() - started - worker_s
                        # Worker-relative marks, shifted by the time the worker took to appear.
                        runs.append({
                            "worker_s": worker_s,
                            "first_scan_s": worker_s + marks.get("firstScan", float("nan")) / 1000,
                            "full_scan_s": worker_s + marks.get("fullScan", float("nan")) / 1000,
                            "wall_s": worker_s + at_eval,
                        })
                    finally:
                        context.close()
                print(f"  browser start → first full scan: {runs[-1]['full_scan_s']:.2f} s", flush=True)
    finally:
        server.stop()
    return runs


def main():
    from companion_timing import companion_process
    from performance import Client, Seeds
    from browser_latency import percentile

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reps", type=int, default=3, help="browser starts (default 3)")
    parser.add_argument("--texts", type=int, default=150, help="1,000-character prompts per system (default 150)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="promptvagt-bench-") as tmp:
        tmp = Path(tmp)
        with companion_process(tmp / "data", tmp / "companion.log") as companion:
            client = Client(companion.url)
            times = round_trips(client, Seeds(), options.texts, tmp)
            client.close()
    for name, values in times.items():
        print(f"{name}: p50 {percentile(values, 50):.1f} ms, p95 {percentile(values, 95):.1f} ms (n={len(values)})")
    for run in browser_start(options.reps):
        print(json.dumps(run))


if __name__ == "__main__":
    main()
