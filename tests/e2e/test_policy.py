"""The organisation's policy (chrome.storage.managed) overrides the user's settings.

Chromium on Linux reads policy from /etc/chromium/policies/managed/*.json at
start, and checks extension policy against extension/managed_schema.json.
The test writes one file there for its own browser and removes it again; it
is skipped where that folder cannot be written (not root).
"""

import json
import os
import time
import urllib.request
from pathlib import Path

import pytest

from .companion_process import running_companion
from .sites import SITES
from .ui import BANNER, ui

EXTENSION_ID = "hhbeicfpmognamgecembgihjkdniilfi"
POLICY_DIR = Path("/etc/chromium/policies/managed")
POLICY = {
    "requireReason": True,
    "allowTerms": ["Jens Hansen"],
    "mode": "block",
    "guidelineUrl": "https://intranet.example.dk/ai",
    # Not on this computer: not used (issue 12); the user's own address stays in force.
    "companionUrl": "http://192.0.2.10:8640",
}


@pytest.fixture
def policy():
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("writing Chromium's managed policy needs root")
    created = not POLICY_DIR.exists()
    POLICY_DIR.mkdir(parents=True, exist_ok=True)
    path = POLICY_DIR / "promptvagt-e2e-test.json"
    path.write_text(json.dumps({"3rdparty": {"extensions": {EXTENSION_ID: POLICY}}}))
    try:
        yield POLICY
    finally:
        path.unlink(missing_ok=True)
        if created:
            for folder in (POLICY_DIR, POLICY_DIR.parent):
                if not any(folder.iterdir()):
                    folder.rmdir()


def test_policy_requires_a_reason_and_allows_terms(policy, launch_browser, extension_worker, tmp_path):
    with running_companion(tmp_path / "data", tmp_path / "companion.log") as url:
        context = launch_browser()
        worker = extension_worker(context)
        worker.evaluate("url => chrome.storage.local.set({companionUrl: url, mode: 'warn'})", url)
        settings = worker.evaluate("readSettings()")
        assert settings["requireReason"] is True
        assert settings["mode"] == "block"  # the policy beats the user's 'warn'
        assert sorted(settings["locked"]) == sorted(policy)
        assert settings["companionUrl"] == url and settings["invalid"] == [{"key": "companionUrl", "source": "policy"}]

        site = SITES["chatgpt"]
        page = context.new_page()
        page.goto(site.url)
        page.click(site.composer)
        # An allow-listed name alone is no finding: the prompt is sent.
        page.keyboard.type("Spørg Jens Hansen om mødet")
        page.keyboard.press("Enter")
        page.wait_for_function("__fixture.submitCount === 1")

        page.click(site.composer)
        page.keyboard.type("Borgerens cpr er 070761-0913")
        page.keyboard.press("Enter")
        banner = ui(page)
        banner.banner()
        assert banner.count(BANNER, 'a[href="https://intranet.example.dk/ai"]') == 1  # the policy's guideline
        banner.press("sendAnyway")
        assert banner.focused(BANNER, "#pv-reason-input")
        # The page's script writes a reason into the focused field (execCommand reaches into the
        # closed root) and cannot confirm it; the user's confirm finds the field empty.
        page.evaluate("() => document.execCommand('insertText', false, 'Chefen har sagt god for det')")
        banner.press("confirmSendAnyway")
        assert "mindst 5 tegn" in banner.banner()
        # Typed key by key into the field: a reason must not hold personal data.
        banner.type_into(BANNER, "#pv-reason-input", "cpr 070761-0913")
        banner.press("confirmSendAnyway")
        assert "må ikke indeholde" in banner.banner()
        assert page.evaluate("__fixture.submitCount") == 1
        banner.type_into(BANNER, "#pv-reason-input", "Aftalt med borgeren")
        page.evaluate("() => document.execCommand('insertText', false, ' og chefen')")  # the page's addition is undone
        banner.press("confirmSendAnyway")
        page.wait_for_function("__fixture.submitCount === 2")
        # The event goes out through the outbox; give it a moment.
        deadline = time.monotonic() + 5
        while not (events := sent_anyway(url)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [e["reason"] for e in events] == ["Aftalt med borgeren"]


def sent_anyway(url):
    with urllib.request.urlopen(f"{url}/api/v1/events?days=1&action=sent_anyway") as response:
        return json.load(response)["events"]
