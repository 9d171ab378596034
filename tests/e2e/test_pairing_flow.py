"""Pairing from the options page: the code from `promptvagt pair` becomes a token the
extension sends on every request, and a revoked token is dropped so the user can pair again.

Chromium's pinned origin needs no token, but the flow is the same one Firefox uses
(there is no Firefox on this machine); a stale token is refused even from the pinned origin.
"""

import os
import subprocess
import sys

from .companion_process import running_companion

OPTIONS = "chrome-extension://hhbeicfpmognamgecembgihjkdniilfi/options/page.html"


def promptvagt(data_dir, *args):
    env = {**os.environ, "PROMPTVAGT_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "companion.cli", *args], env=env, capture_output=True, text=True, check=True
    ).stdout


def test_pair_then_revoke(launch_browser, extension_worker, tmp_path):
    data_dir = tmp_path / "data"
    with running_companion(data_dir, tmp_path / "companion.log") as url:
        context = launch_browser()
        worker = extension_worker(context)
        worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", url)

        code = promptvagt(data_dir, "pair").split("(pairing code): ")[1].split()[0]
        options = context.new_page()
        options.goto(OPTIONS)
        options.locator("#pair:enabled").wait_for()
        options.fill("#pairingCode", code)
        options.click("#pair")
        # Extension pages forbid eval, so wait with locators, not wait_for_function.
        options.locator("#pair-result", has_text="Parret").wait_for()
        token = worker.evaluate("chrome.storage.local.get('companionToken').then(r => r.companionToken)")
        assert token and len(token) >= 20
        assert "chrome-extension://" in promptvagt(data_dir, "pair", "--list")

        # The code works once.
        options.fill("#pairingCode", code)
        options.click("#pair")
        options.locator("#pair-result.error").wait_for()

        # A scan through the worker carries the token and is answered.
        answer = worker.evaluate("scanWithCompanion({text: 'cpr 070761-0913', site: 'chatgpt'})")
        assert answer["verdict"] == "block"

        # Revoked: the next request is refused once and the token is forgotten.
        promptvagt(data_dir, "pair", "--revoke")
        status = worker.evaluate("callHttpCompanion('/health', {timeout: 2000}).then(r => r.status)")
        assert status == 403
        assert worker.evaluate("chrome.storage.local.get('companionToken').then(r => r.companionToken ?? null)") is None
        assert worker.evaluate("callHttpCompanion('/health', {timeout: 2000}).then(r => r.status)") == 200
