"""Time the guard in headless Chromium: keystroke to banner, and how long a send is held.

    .venv/bin/python bench/browser_latency.py [--reps 20] [--json FILE]

The real companion, the real extension and the faithful ChatGPT fixture page
at https://chatgpt.com (mapped to the local fixture server), as in
``tests/e2e``. Each repetition reloads the page, types a prompt that ends in
a CPR number and then either
- presses Enter at once ("held"): the guard holds the send until the scan
  answers, then shows the banner; or
- waits for the as-you-type scan (the debounced scan shows the hint label)
  and then presses Enter ("scanned"): the guard decides from that scan.

Times come from ``performance.now()`` in the page: the last keystroke and
the Enter key from capture-phase keydown listeners, the hint and the banner
from a MutationObserver (when the element is added) and the next animation
frame (when it can first be painted).

Chromium comes from the system (``chromium``, or ``PROMPTVAGT_CHROMIUM``);
never ``playwright install``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from danish_text import danish_text  # noqa: E402
from companion_timing import companion_process  # noqa: E402

EXTENSION_DIR = ROOT / "extension"
COMPOSER = "#prompt-textarea"
#: The guard's as-you-type debounce, read from extension/content/guard.js so it never goes stale.
DEBOUNCE_MS = int(re.search(r"const DEBOUNCE_MS = (\d+);", (EXTENSION_DIR / "content" / "guard.js").read_text()).group(1))
WATCHDOG_S = 360


def _load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The e2e tests' fixture server and Chromium flags, loaded by path as pytest would.
_e2e = _load_module("promptvagt_e2e_conftest", ROOT / "tests" / "e2e" / "conftest.py")
fixture_server_module = _e2e.fixture_server_module
CHROMIUM_ARGS = _e2e.CHROMIUM_ARGS

# Installed before the page's scripts: timestamps for the keys and for our elements.
PROBE = """
(() => {
  const probe = (window.__pvProbe = { lastKey: 0, enter: 0, hint: 0, hintPaint: 0, banner: 0, bannerPaint: 0 });
  addEventListener("keydown", (event) => {
    if (event.key === "Enter") probe.enter = performance.now();
    else probe.lastKey = performance.now();
  }, true);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const name = node.nodeName.toLowerCase();
        const key = name === "promptvagt-banner" ? "banner" : name === "pv-hint" ? "hint" : null;
        if (key && !probe[key]) {
          probe[key] = performance.now();
          requestAnimationFrame(() => { probe[key + "Paint"] = performance.now(); });
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
})();
"""

#: What a caseworker types: short, ending in the CPR number. A new case number
#: each time, so no scan is answered from the companion's cache.
SHORT_PROMPT = "Sag {seed}: Borgeren Hanne Jensen har cpr 070761-0913"


#: Prompts pasted in one piece and finished by typing their last words; new text each time.
LONG_PROMPTS = (1_000, 10_000)


def prompt(length: int | None, seed: int) -> tuple[str, str]:
    """Return (pasted part, typed part) of a one-paragraph prompt; ``None`` is the short typed one."""
    if length is None:
        return "", SHORT_PROMPT.format(seed=10_000 + seed)
    tail = " Borgerens cpr er 070761-0913"
    body = " ".join(danish_text(length + 200, seed=seed).split())[: length - len(tail)]
    return body, tail


def chromium_path() -> str:
    path = os.environ.get("PROMPTVAGT_CHROMIUM") or shutil.which("chromium")
    if not path:
        raise SystemExit("Chromium not found: install Debian's 'chromium' package or set PROMPTVAGT_CHROMIUM.")
    return path


def _one(page, pasted: str, typed: str, mode: str) -> dict:
    page.reload()
    page.wait_for_selector(COMPOSER)
    page.click(COMPOSER)
    if pasted:
        page.keyboard.insert_text(pasted)
    page.keyboard.type(typed)
    if mode == "scanned":
        page.wait_for_function("window.__pvProbe.hintPaint > 0", timeout=10_000)
    page.keyboard.press("Enter")
    page.wait_for_function("window.__pvProbe.bannerPaint > 0", timeout=10_000)
    probe = page.evaluate("window.__pvProbe")
    if page.evaluate("window.__fixture.submitCount") != 0:
        raise RuntimeError("the fixture page received a send: the guard did not hold it")
    row = {
        "key_to_banner_ms": probe["bannerPaint"] - probe["lastKey"],
        "enter_to_banner_ms": probe["bannerPaint"] - probe["enter"],
        "key_to_enter_ms": probe["enter"] - probe["lastKey"],
    }
    if probe["hintPaint"]:
        row["key_to_hint_ms"] = probe["hintPaint"] - probe["lastKey"]
    return row


def measure(reps: int = 20) -> dict:
    """Run every case ``reps`` times; return {case: {mode: [row, ...]}} plus the setup."""
    server = fixture_server_module.start_fixture_server()
    results: dict = {"reps": reps, "cases": {}}
    try:
        with tempfile.TemporaryDirectory(prefix="promptvagt-bench-") as tmp, \
                companion_process(Path(tmp) / "data", Path(tmp) / "companion.log") as companion, \
                sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                user_data_dir=Path(tmp) / "profile",
                executable_path=chromium_path(),
                headless=True,
                ignore_https_errors=True,
                args=[
                    *CHROMIUM_ARGS,
                    f"--host-resolver-rules={server.host_resolver_rules}",
                    f"--disable-extensions-except={EXTENSION_DIR}",
                    f"--load-extension={EXTENSION_DIR}",
                ],
                ignore_default_args=["--disable-extensions"],
            )
            try:
                worker = next((w for w in context.service_workers if w.url.startswith("chrome-extension://")), None)
                worker = worker or context.wait_for_event(
                    "serviceworker", predicate=lambda w: w.url.startswith("chrome-extension://"), timeout=10_000
                )
                worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", companion.url)
                context.add_init_script(PROBE)
                page = context.new_page()
                page.goto("https://chatgpt.com/")
                page.wait_for_selector(COMPOSER)
                cases = {f"{len(''.join(prompt(None, 0)))} characters, typed": None}
                cases.update({f"{length:,} characters, pasted + typed": length for length in LONG_PROMPTS})
                seed = 0
                for name, length in cases.items():
                    _one(page, *prompt(length, seed := seed + 1), "held")  # warm-up: worker, connection
                    results["cases"][name] = {"held": [], "scanned": []}
                    for _ in range(reps):
                        for mode in ("held", "scanned"):
                            results["cases"][name][mode].append(_one(page, *prompt(length, seed := seed + 1), mode))
            finally:
                context.close()
    finally:
        server.stop()
    return results


def percentile(values, q):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(results: dict) -> list[str]:
    """Return the Markdown table: p50 / p95 in milliseconds per prompt and way of sending."""
    lines = [
        "| prompt | Enter pressed | n | last keystroke → banner | Enter → banner | last keystroke → hint |",
        "|---|---|---|---|---|---|",
    ]

    def cell(rows, key):
        values = [r[key] for r in rows if key in r]
        return f"{percentile(values, 50):.0f} / {percentile(values, 95):.0f}" if values else "–"

    for name, case in results["cases"].items():
        held, scanned = case["held"], case["scanned"]
        lines.append(
            f"| {name} | at once (send held while the scan runs) | {len(held)} | "
            f"**{cell(held, 'key_to_banner_ms')}** | {cell(held, 'enter_to_banner_ms')} | – |"
        )
        lines.append(
            f"| {name} | after the hint (scan done) | {len(scanned)} | – | "
            f"{cell(scanned, 'enter_to_banner_ms')} | {cell(scanned, 'key_to_hint_ms')} |"
        )
    return lines


def _watchdog(signum, frame):
    raise TimeoutError(f"browser benchmark took longer than {WATCHDOG_S} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reps", type=int, default=20, help="repetitions per case and mode (default 20)")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw results here")
    options = parser.parse_args()
    signal.signal(signal.SIGALRM, _watchdog)
    signal.alarm(WATCHDOG_S)
    started = time.perf_counter()
    results = measure(options.reps)
    results["seconds"] = time.perf_counter() - started
    if options.json:
        options.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print("\n".join(summary(results)))


if __name__ == "__main__":
    main()
