"""The browser starts the companion: ``promptvagt install --user-data-dir`` in a throw-away profile, no HTTP companion.

A prompt with only a name (which the built-in detector cannot see) is held, a
clean prompt is sent, the near-miss goes over the native port, the host holds
no listening socket (until the dashboard is asked for), and it ends when the
browser closes, taking the dashboard with it. Events queued while
no companion answered arrive exactly once when the host becomes available.
"""

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .companion_process import free_port
from .native_host import host_pids, stored_events, wait_for
from .sites import SITES
from .ui import ui

NAME_PROMPT = "Skriv et venligt brev til Hanne Jensen om hendes ansøgning"
CLEAN_PROMPT = "Hvad er hovedstaden i Frankrig?"
CPR_PROMPT = "Skriv et brev til borgeren med cpr 070761-0913 om mødet"
SECRET_VALUES = ["Hanne Jensen", "Jensen", "070761-0913", "0707610913"]
POPUP = "chrome-extension://hhbeicfpmognamgecembgihjkdniilfi/popup/page.html"
CHATGPT = SITES["chatgpt"]
REPO = Path(__file__).resolve().parents[2]


def install(profile: Path, env: dict) -> str:
    """Run ``promptvagt install --user-data-dir`` as a user would; return what it printed."""
    done = subprocess.run(
        [sys.executable, "-m", "companion.cli", "install", "--user-data-dir", str(profile)],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=60, check=True,
    )
    return done.stdout


def browser_env(data_dir: Path) -> dict:
    # A closed port as the HTTP companion's address: nothing may answer there.
    return {**os.environ, "PROMPTVAGT_DATA_DIR": str(data_dir)}


def listening_sockets(pid: int) -> list[str]:
    """TCP sockets in LISTEN and bound UDP sockets that belong to ``pid``."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path(f"/proc/{pid}/net/{table}")
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            listening = fields[3] == "0A" if table.startswith("tcp") else True
            if fields[9] in inodes and listening:
                found.append(f"{table} {fields[1]}")
    return found


def worker_status(worker) -> dict:
    return worker.evaluate("readStatus()")


def open_site(context, site=CHATGPT):
    page = context.new_page()
    page.goto(site.url)
    page.wait_for_function("window.__fixture && window.__fixture.ready")
    return page


def send(page, text, site=CHATGPT):
    page.click(site.composer)
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def test_browser_started_host_holds_a_name_and_sends_a_clean_prompt(
    launch_browser, extension_worker, tmp_path, artifacts_dir
):
    profile, data_dir = tmp_path / "profile", tmp_path / "data"
    env = browser_env(data_dir)
    printed = install(profile, env)
    assert "dk.promptvagt.companion.json" in printed

    context = launch_browser(user_data_dir=profile, env=env)
    worker = extension_worker(context)
    worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", f"http://127.0.0.1:{free_port()}")
    status = wait_for(
        lambda: (s := worker_status(worker))["health"] and s["health"]["status"] == "ok" and s,
        what="the native host to report a loaded model",
    )
    assert status["channel"] == "native"

    [pid] = host_pids(data_dir)
    assert listening_sockets(pid) == []

    page = open_site(context)
    send(page, NAME_PROMPT)
    text = ui(page).banner()
    assert "H. J." in text
    assert "svarer ikke" not in text  # not the built-in detector's fallback note
    page.screenshot(path=str(artifacts_dir / "native-host-name-held.png"))
    ui(page).press("cancel")
    assert page.evaluate("__fixture.submitCount") == 0

    page.fill(CHATGPT.composer, "")
    send(page, CLEAN_PROMPT)
    page.wait_for_function("__fixture.submitCount === 1")
    assert not ui(page).banner_shown()

    # The near-miss of the cancelled send went over the native port into the host's log.
    wait_for(lambda: len(stored_events(data_dir)) == 1, timeout=20, what="the event in the host's database")
    assert worker.evaluate("chrome.storage.local.get('outbox').then(r => r.outbox ?? [])") == []

    assert listening_sockets(pid) == []  # still none after scans and an event

    # The popup says what protects, and "Åbn oversigt" starts the dashboard on demand.
    popup = context.new_page()
    popup.goto(POPUP)
    # Extension pages forbid eval, so wait with a locator: wait_for_function fails whenever it has to poll.
    popup.locator("#channel:not(:empty)").wait_for()
    assert "startet af browseren" in popup.locator("#channel").inner_text()
    assert "Fuld beskyttelse" in popup.locator("#status").inner_text()
    with context.expect_page() as opened:
        popup.click("#dashboard")
    dashboard = opened.value
    dashboard.wait_for_selector("h1")
    address = urlsplit(dashboard.url)
    assert address.hostname == "127.0.0.1" and address.query == ""  # the secret became a cookie
    assert "Nær-ved-hændelser" in dashboard.locator("h1").inner_text()
    with pytest.raises(urllib.error.HTTPError) as refused:  # another user, without the secret
        urllib.request.urlopen(f"http://127.0.0.1:{address.port}/", timeout=5)
    assert refused.value.code == 403
    refused.value.close()  # the refusal holds its socket open; left to the garbage collector it warns in a later test
    assert len(listening_sockets(pid)) >= 1  # only now, and only while the dashboard is wanted

    context.close()
    wait_for(lambda: not Path(f"/proc/{pid}").exists(), timeout=15, what="the host to end with the browser")
    with pytest.raises(OSError):  # the dashboard went with it
        urllib.request.urlopen(f"http://127.0.0.1:{address.port}/", timeout=5)

    database = (data_dir / "promptvagt.db").read_bytes()
    assert not [v for v in SECRET_VALUES if v.encode() in database]


def test_events_queued_without_a_companion_arrive_once_over_the_native_port(
    launch_browser, extension_worker, tmp_path
):
    profile, data_dir = tmp_path / "profile", tmp_path / "data"
    env = browser_env(data_dir)
    context = launch_browser(user_data_dir=profile, env=env)  # no host registered yet
    worker = extension_worker(context)
    worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", f"http://127.0.0.1:{free_port()}")

    page = open_site(context)
    for _ in range(2):
        page.fill(CHATGPT.composer, "")
        send(page, CPR_PROMPT)
        assert "svarer ikke" in ui(page).banner()  # the built-in detector
        ui(page).press("cancel")
    outbox = "chrome.storage.local.get('outbox').then(r => r.outbox ?? [])"
    # The click returns once delivered; the event reaches the outbox a moment later.
    wait_for(lambda: len(worker.evaluate(outbox)) == 2, timeout=10, what="both events in the outbox")
    queued = worker.evaluate(outbox)
    assert {e["detector"] for e in queued} == {"fallback"}
    assert worker_status(worker)["channel"] is None

    install(profile, env)
    worker.evaluate("connectNative()")  # what the next retry (or the minute alarm) does
    wait_for(lambda: len(stored_events(data_dir)) == 2, timeout=60, what="the queued events in the host's log")
    worker.evaluate("flushOutbox()")  # a second round must not store anything twice
    assert sorted(stored_events(data_dir)) == sorted(e["id"] for e in queued)
    assert worker.evaluate("chrome.storage.local.get('outbox').then(r => r.outbox ?? [])") == []
    assert worker_status(worker)["channel"] == "native"
    assert json.dumps(queued).find("070761") == -1
