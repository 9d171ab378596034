"""Issue 13's "Done when": no value, mask or reason reaches the log, the syslog daemon's file or an export.

Prompts with known CPR numbers and names go through the real extension in
headless Chromium and the real companion (``promptvagt serve --forward`` into
a real rsyslogd). The user redacts, cancels, edits and sends anyway. Reasons
for sending anyway (one naming a person, one clean) go through the
extension's service worker as the banner hands them over (asking for a reason
is a managed policy, which ``test_policy.py`` drives in the banner; writing
that policy here would reach other browsers on the machine). Then every byte is
searched: the near-miss database with its WAL and shared-memory files, what
the syslog daemon wrote, every export (dashboard downloads and ``promptvagt
export``), the coordinator's report and the companion's own log.

The clean reason is allowed in the database (it stays on the PC) and is
looked for there as a control: a byte search that cannot find what is there
would prove nothing. It must not be in anything that leaves the PC.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from .companion_process import Companion, assert_never_logged, post_event
from .rsyslog import Rsyslog, rsyslogd_path
from .sites import SITES
from .ui import ui

pytestmark = pytest.mark.skipif(rsyslogd_path() is None, reason="rsyslogd missing: install Debian's 'rsyslog'")

PROMPTS = {
    # site: (prompt, what the user does)
    "chatgpt": ("Skriv et brev til Hanne Jensen, cpr 070761-0913, om hendes sag", "redact"),
    "gemini": ("Borgeren Lars Nielsen (150203-4321) har fået diabetes", "cancel"),
    "copilot": ("Ring til fru Birthe Sørensen, personnummer 2411980017", "edit"),
    "lechat": ("Referat om Peter Møller, født 1.2.1985, cpr 010285-1234", "send_anyway"),
    "m365": ("Sagen om Karen Holm med cpr 121180-5678 skal afsluttes", "send_anyway"),
}
CLEAN_REASON = "Aftalt med borgeren"
NAMED_REASON = "Peter Møller gav selv lov"
NAMES = ["Hanne Jensen", "Lars Nielsen", "Birthe Sørensen", "Peter Møller", "Karen Holm"]
CPRS = ["070761-0913", "150203-4321", "241198-0017", "010285-1234", "121180-5678"]
#: What an older extension would still send as masked previews (posted directly below).
MASKS = ["0707XX-XXXX", "1502XX-XXXX", "2411XX-XXXX", "0102XX-XXXX", "1211XX-XXXX", "H. J.", "L. N.", "B. S.", "K. H."]


def variants(value: str) -> set:
    """The spellings a value could take on disk: as typed, without separators, JSON-escaped, upper/lower case."""
    forms = {value, value.upper(), value.lower(), json.dumps(value)[1:-1]}
    if value[:6].isdigit():
        digits = value.replace("-", "")
        forms |= {digits, f"{digits[:6]} {digits[6:]}", f"{digits[:6]}-{digits[6:]}"}
    for name in NAMES:
        if value == name:
            forms |= set(name.split())
    return forms


NEVER_ANYWHERE = sorted({v for value in [*NAMES, *CPRS, NAMED_REASON, *MASKS] for v in variants(value)})
NEVER_LEAVES = sorted(variants(CLEAN_REASON))


def found_in(data: bytes, needles) -> list:
    return [n for n in needles if n.encode("utf-8") in data or n.encode("utf-16-le") in data]


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def events(url: str) -> list:
    return json.loads(get(f"{url}/api/v1/events?days=1&per_page=500"))["events"]


def act(page, site, prompt, action):
    page.click(site.composer)
    page.keyboard.type(prompt)
    page.keyboard.press("Enter")
    assert "CPR" in ui(page).banner()  # the banner shows what was found (masked); the log will not
    if action == "redact":
        ui(page).press("redact")
        page.wait_for_function("() => !__fixture.composerText.includes('0913')")
        # The guard records "redacted" once it has checked the write; its notice says it did.
        ui(page).notice("redacted")
    elif action == "cancel":
        ui(page).press("cancel")
    elif action == "edit":
        ui(page).press("edit")
        page.keyboard.press("Control+A")
        page.keyboard.press("Delete")
    else:
        ui(page).press("sendAnyway")
        page.wait_for_function("__fixture.submitCount === 1")


def record_with_reason(worker, site, reason):
    """What guard.js hands the worker when the banner asked for a reason (kinds only, the reason as typed)."""
    worker.evaluate(
        """([site, reason]) => MESSAGE_HANDLERS.recordEvent({event: {
            id: crypto.randomUUID(), time: new Date().toISOString(), site, page_kind: "chat", verdict: "block",
            action: "sent_anyway", detector: "companion", reason,
            findings: [{entity_type: "DK_CPR", severity: "block"}, {entity_type: "PERSON", severity: "warn"}]}})""",
        [site, reason],
    )


def test_no_value_mask_or_reason_reaches_the_log_the_syslog_file_or_an_export(
    launch_browser, extension_worker, fixture_server, tmp_path
):
    daemon = Rsyslog(tmp_path / "rsyslog").start()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    companion = Companion(
        data_dir, tmp_path / "companion.log",
        env={"PROMPTVAGT_ORG_UNIT": "Børn og Unge"}, args=("--forward", f"syslog+tcp://127.0.0.1:{daemon.port}"),
    )  # fmt: skip
    outputs = tmp_path / "out"
    outputs.mkdir()
    try:
        context = launch_browser()
        worker = extension_worker(context)
        worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", companion.url)
        for site_id, (prompt, action) in PROMPTS.items():
            page = context.new_page()
            page.goto(SITES[site_id].url)
            page.wait_for_function("window.__fixture && window.__fixture.ready")
            act(page, SITES[site_id], prompt, action)
            page.close()
        record_with_reason(worker, "lechat", NAMED_REASON)  # the reason is refused (422); the event is kept without it
        record_with_reason(worker, "m365", CLEAN_REASON)
        # An older extension's event with masked previews: accepted, the previews dropped.
        old = {
            "id": "0b9f3c1e-7d2a-4e5b-9c8d-1a2b3c4d5e6f", "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "site": "chatgpt", "page_kind": "chat", "verdict": "block", "action": "redacted",
            "findings": [{"entity_type": "DK_CPR", "severity": "block", "masked": m} for m in MASKS[:5]]
            + [{"entity_type": "PERSON", "severity": "warn", "masked": m} for m in MASKS[5:]],
            "detector": "companion", "extension_version": "0.1.0",
        }  # fmt: skip
        assert post_event(companion.url, old) == 201

        # Five banner choices, both events with a reason and the older extension's event are stored (the
        # reason naming a person is dropped, its event is not); all eight reach the syslog daemon.
        deadline = time.monotonic() + 30
        while len(events(companion.url)) < 8 and time.monotonic() < deadline:
            # An event queued while a delivery round runs waits for the next round (outbox.js); start one.
            worker.evaluate("flushOutbox()")
            time.sleep(0.2)
        stored = events(companion.url)
        assert sorted(e["action"] for e in stored) == [
            "cancelled", "edited", "redacted", "redacted", "sent_anyway", "sent_anyway", "sent_anyway", "sent_anyway",
        ], [(e["site"], e["action"], e["reason"]) for e in stored]  # fmt: skip
        assert [e["reason"] for e in stored if e["reason"]] == [CLEAN_REASON]
        assert worker.evaluate("readOutbox()") == []
        lines = daemon.wait_for_lines(8)
        assert len(lines) == 8

        downloads = {
            "haendelser.csv": "/eksport/haendelser.csv?days=1", "haendelser.json": "/eksport/haendelser.json?days=1",
            "opsummering.csv": "/eksport/opsummering.csv?days=1", "opsummering.json": "/eksport/opsummering.json?days=1",
            "api-events.json": "/api/v1/events?days=1", "api-stats.json": "/api/v1/stats?days=1",
        }  # fmt: skip
        for name, path in downloads.items():
            (outputs / name).write_bytes(get(companion.url + path))
        env = {**os.environ, "PROMPTVAGT_DATA_DIR": str(data_dir)}
        cli = [sys.executable, "-m", "companion.cli"]
        for name, args in {
            "cli-events.csv": ["--format", "csv"], "cli-events.json": ["--format", "json"],
            "cli-aggregate.csv": ["--aggregate"], "cli-aggregate.json": ["--aggregate", "--format", "json"],
        }.items():  # fmt: skip
            subprocess.run([*cli, "export", "--days", "1", *args, "-o", str(outputs / name)], env=env, check=True)
        subprocess.run([*cli, "report", str(daemon.raw), "-o", str(outputs / "rapport.html")], check=True)
        db_files = [Path(f"{data_dir / 'promptvagt.db'}{s}") for s in ("", "-wal", "-shm")]
        database_while_running = b"".join(f.read_bytes() for f in db_files if f.exists())
    finally:
        companion.stop()
        daemon.stop()
    database_after = b"".join(f.read_bytes() for f in db_files if f.exists())

    # Controls: the searches see plain text where it is allowed to be.
    assert found_in(database_while_running + database_after, [CLEAN_REASON])
    assert b'"org_unit":"B\\u00f8rn og Unge"' in daemon.raw.read_bytes()
    assert "Nær-ved-hændelser" in (outputs / "rapport.html").read_text(encoding="utf-8")

    assert not found_in(database_while_running, NEVER_ANYWHERE), "the database (while running) holds a value or mask"
    assert not found_in(database_after, NEVER_ANYWHERE), "the database holds a value or mask"
    syslog_bytes = b"".join(p.read_bytes() for p in (daemon.raw, daemon.parsed))
    assert not found_in(syslog_bytes, NEVER_ANYWHERE + NEVER_LEAVES), "the syslog file holds a value, mask or reason"
    for export in sorted(outputs.iterdir()):
        if export.name.startswith("api-"):
            # The local API serves the dashboard on this PC: the reason may be there, values and masks not.
            assert not found_in(export.read_bytes(), NEVER_ANYWHERE), export.name
        else:
            assert not found_in(export.read_bytes(), NEVER_ANYWHERE + NEVER_LEAVES), export.name
    assert_never_logged(tmp_path / "companion.log", NEVER_ANYWHERE + NEVER_LEAVES)
