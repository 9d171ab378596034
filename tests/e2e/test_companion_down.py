"""When the companion is down: the built-in detector still blocks, the popup says
protection is reduced, and near-miss events wait in chrome.storage.local until
the companion is back; then each arrives exactly once."""

import json
import re
import time
import urllib.request

from .companion_process import free_port, running_companion
from .sites import SITES
from .ui import ui

CPR_PROMPT = "Skriv et brev til borgeren med cpr 070761-0913 om mødet"
POPUP = "chrome-extension://hhbeicfpmognamgecembgihjkdniilfi/popup/page.html"


def outbox(worker):
    return worker.evaluate("chrome.storage.local.get('outbox').then(r => r.outbox ?? [])")


def stored_events(url):
    with urllib.request.urlopen(f"{url}/api/v1/events?days=1&per_page=500") as response:
        return json.load(response)["events"]


def popup_status(context):
    popup = context.new_page()
    popup.goto(POPUP)
    status = popup.locator("#status")
    # Extension pages forbid eval, so wait with a locator: wait_for_function fails whenever it has to poll.
    status.filter(has_text=re.compile(r"\S")).wait_for()
    text = status.inner_text()
    popup.close()
    return text


def test_fallback_blocks_and_queued_events_arrive_once(launch_browser, extension_worker, tmp_path):
    port = free_port()
    context = launch_browser()
    worker = extension_worker(context)
    worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", f"http://127.0.0.1:{port}")

    page = context.new_page()
    for site in SITES.values():
        page.goto(site.url)
        page.wait_for_function("window.__fixture && window.__fixture.ready")
        page.click(site.composer)
        page.keyboard.type(CPR_PROMPT)
        page.keyboard.press("Enter")
        text = ui(page).banner()
        assert "0707XX-XXXX" in text
        assert "svarer ikke" in text  # the fallback note
        ui(page).press("cancel")
        assert page.evaluate("__fixture.submitCount") == 0, site.id

    assert "Nedsat beskyttelse" in popup_status(context)
    queued = outbox(worker)
    assert sorted(e["site"] for e in queued) == sorted(SITES)
    assert {e["detector"] for e in queued} == {"fallback"}
    assert "070761" not in json.dumps(queued) and "XX-XXXX" not in json.dumps(queued)  # kinds only

    with running_companion(tmp_path / "data", tmp_path / "companion.log", port=port) as url:
        # Any answer from the companion starts the delivery; here a typed scan.
        page.goto(SITES["chatgpt"].url)
        page.click(SITES["chatgpt"].composer)
        page.keyboard.type("Hej")
        deadline = time.monotonic() + 15
        while len(stored_events(url)) < len(SITES) and time.monotonic() < deadline:
            time.sleep(0.2)
        # A second delivery round (the alarm's) must not store anything twice.
        worker.evaluate("flushOutbox()")
        events = stored_events(url)
        assert sorted(e["id"] for e in events) == sorted(e["id"] for e in queued)
        assert outbox(worker) == []
        assert "Nedsat beskyttelse: tjenesten på computeren svarer ikke" not in popup_status(context)
