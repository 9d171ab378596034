"""Hostile web pages against the real companion process in headless Chromium.

The page tests/fixtures/hostile/ tries fetch (CORS and no-cors), XHR, a
text/plain form that forges a JSON body, a delete-all form, sendBeacon,
<img>, <script> and <iframe> against the companion. It is served

- from a public-looking hostname, https://evil.example/ (the fixture server),
- from another localhost port, http://127.0.0.1:<other>/ (same site, other origin),
- after DNS rebinding: http://rebind.example:<companion port>/, whose name
  resolves to 127.0.0.1, so the page's requests are "same origin" with the
  companion and only the Host header tells them apart.

The page cannot read a scan result or the log, and nothing is written or
deleted: counted through the API and in the database file itself. Playwright
watches every response the page got from the companion, to show the attacks
did reach it and were all refused with 403.

Chromium's own Local Network Access checks are switched off (see
``BROWSER_DEFENCES_OFF``), so what is tested is the companion's own defence.
"""

import functools
import http.server
import json
import sqlite3
import threading
import urllib.request
import uuid
from pathlib import Path

import pytest

from .companion_process import Companion, assert_never_logged

REPO = Path(__file__).resolve().parents[2]
HOSTILE_DIR = REPO / "tests" / "fixtures" / "hostile"
EXTENSION_ORIGIN = "chrome-extension://hhbeicfpmognamgecembgihjkdniilfi"
SEEDED = 3
SECRET_VALUES = ["070761-0913", "0707610913", "Borgerens cpr"]
#: Nothing the page reads may look like an answer from the API.
ANSWER_MARKERS = ["verdict", "findings", "0707XX", "by_week", "total", "recognizers", "Promptvagt –", "hændelser"]
#: Attacks whose requests reach the companion and show up as a response to Playwright.
SENT_ATTACK_PATHS = {"/api/v1/events", "/api/v1/scan", "/api/v1/stats", "/health", "/slet-alt", "/"}


def api(url, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        url + path, data=data, headers={"Origin": EXTENSION_ORIGIN, "Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, json.load(response)


def near_miss() -> dict:
    return {
        "id": str(uuid.uuid4()),
        "time": _now(),
        "site": "chatgpt",
        "page_kind": "chat",
        "verdict": "block",
        "action": "redacted",
        "findings": [{"entity_type": "DK_CPR", "severity": "block", "masked": "0707XX-XXXX"}],
        "detector": "companion",
        "extension_version": "0.2.0",
    }


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def rows_in_file(data_dir: Path) -> tuple[int, int]:
    with sqlite3.connect(data_dir / "promptvagt.db") as db:
        return db.execute("select count(*) from events").fetchone()[0], db.execute(
            "select count(*) from findings"
        ).fetchone()[0]


@pytest.fixture(scope="module")
def companion(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    data_dir = base / "data"
    log_path = base / "companion.log"
    running = Companion(data_dir, log_path)
    try:
        for _ in range(SEEDED):
            assert api(running.url, "/api/v1/events", near_miss())[0] == 201
        running.data_dir = data_dir
        yield running
    finally:
        running.stop()
    assert_never_logged(log_path, SECRET_VALUES)


@pytest.fixture(scope="module")
def other_port_page():
    """The hostile page over plain HTTP on another localhost port."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(HOSTILE_DIR)))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


#: Chromium's Local Network Access checks would stop the rebound page by
#: themselves. Switched off, so the test shows the companion's own defence:
#: Firefox, Safari, older Chromium and relaxed enterprise policies lack them.
BROWSER_DEFENCES_OFF = (
    "--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessSendPreflights,"
    "PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests"
)


@pytest.fixture(scope="module")
def browser(launch_module_browser):
    return launch_module_browser(with_extension=False, args=[BROWSER_DEFENCES_OFF])


def run_attacks(browser, url, companion_port, prepare=None):
    """Open the hostile page and wait for its report.

    Returns the report and what the companion answered, as seen on the wire
    through the DevTools protocol: ``(method, path, status, headers)`` for
    every response from the companion's port, including those the browser
    then hid from the page (CORS, opaque responses, blocked images).
    """
    page = browser.new_page()
    cdp = browser.new_cdp_session(page)
    cdp.send("Network.enable")
    requests, answers = {}, {}
    cdp.on("Network.requestWillBeSent", lambda e: requests.setdefault(e["requestId"], e["request"]))
    cdp.on("Network.responseReceivedExtraInfo", lambda e: answers.setdefault(e["requestId"], e))
    if prepare:
        prepare(page)
    page.goto(url)
    page.wait_for_selector("html[data-pv-done]", timeout=120_000)
    report = json.loads(page.inner_text("#pv-report"))
    page.close()
    seen = []
    for request_id, answer in answers.items():
        request = requests.get(request_id)
        if request and f":{companion_port}/" in request["url"]:
            path = request["url"].split(f":{companion_port}", 1)[1]
            headers = {k.lower(): v for k, v in answer["headers"].items()}
            seen.append((request["method"], path, answer["statusCode"], headers))
    return report, seen


def assert_nothing_read_or_written(companion, report, seen, rebound=False):
    assert report, "the hostile page ran no attack"
    for entry in report:
        read = entry.get("read", "")
        if rebound and read:
            # Same origin after rebinding: the page may read the refusal, and nothing else.
            assert json.loads(read)["reason"] == "host", entry
            assert entry["status"] == 403, entry
        else:
            assert read == "", entry
        for marker in ANSWER_MARKERS:
            assert marker not in read, entry
    # The attacks reached the companion and every answer was a refusal.
    assert {path.split("?")[0] for _, path, _, _ in seen} >= SENT_ATTACK_PATHS, seen
    assert {status for _, _, status, _ in seen} == {403}, seen
    # No answer carried a CORS header that would let the page read it.
    assert not [h for *_, h in seen if any(k.startswith("access-control-") for k in h)], seen
    # Nothing written, nothing deleted: through the API and in the file itself.
    assert api(companion.url, "/api/v1/stats?days=365")[1]["total"] == SEEDED
    assert rows_in_file(companion.data_dir) == (SEEDED, SEEDED)


def test_public_hostname_page(companion, browser, artifacts_dir):
    targets = f"{companion.url},http://localhost:{companion.port}"
    report, seen = run_attacks(browser, f"https://evil.example/?targets={targets}", companion.port)
    assert len(report) == 2 * 17
    assert_nothing_read_or_written(companion, report, seen)
    (artifacts_dir / "hostile-public-report.json").write_text(json.dumps({"report": report, "seen": seen}, indent=1))


def test_page_on_another_localhost_port(companion, browser, other_port_page):
    report, seen = run_attacks(browser, f"{other_port_page}/index.html?targets={companion.url}", companion.port)
    assert_nothing_read_or_written(companion, report, seen)


def test_dns_rebinding(companion, browser):
    # The attacker's server first answered for rebind.example with the page;
    # then its DNS answer changed to 127.0.0.1. Playwright plays the first
    # answer (page and script); every later request really goes to the
    # companion, with "Host: rebind.example:<port>".
    base = f"http://rebind.example:{companion.port}"

    def serve_page_first(page):
        page.route(
            lambda url: url.startswith(f"{base}/?") or url == f"{base}/attack.js",
            lambda route: route.fulfill(
                path=str(HOSTILE_DIR / ("attack.js" if route.request.url.endswith(".js") else "index.html"))
            ),
        )

    report, seen = run_attacks(browser, f"{base}/?targets=same", companion.port, prepare=serve_page_first)
    assert any(entry["read"] for entry in report), "same-origin requests should be readable (and refused)"
    # Playwright also reports the routed page and script: leave those out.
    seen = [s for s in seen if not (s[1].startswith("/?") or s[1] == "/attack.js")]
    assert_nothing_read_or_written(companion, report, seen, rebound=True)


def test_the_extension_origin_still_works(companion):
    # The same companion answers its extension: the refusals above are not an outage.
    status, body = api(companion.url, "/api/v1/scan", {"text": "Borgerens cpr er 070761-0913"})
    assert status == 200 and body["verdict"] == "block"
