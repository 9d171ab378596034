"""Drive a real Firefox ESR with the unpacked extension: Marionette, no geckodriver, no browser download.

Firefox is started as Debian installs it (``firefox-esr --marionette
--headless``) with a throw-away profile and a throw-away ``HOME`` (that is
where it looks for native messaging hosts, ``~/.mozilla/native-messaging-hosts``),
then ``marionette-driver`` installs ``extension/`` as a temporary add-on.
Every HTTPS request goes through ``proxy.py`` to the fixture server; the
session's ``acceptInsecureCerts`` accepts its test certificate.

The add-on's internal UUID is fixed through ``extensions.webextensions.uuids``
before the install, so its pages have a known address (``moz-extension://<UUID>/``).
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

from ..ui import READ_TEXT

ADDON_ID = "promptvagt@promptvagt.dk"  # browser_specific_settings.gecko.id
ADDON_UUID = "5a1f0e1c-7e57-4f1e-9a7e-000000000014"
EXTENSION_BASE = f"moz-extension://{ADDON_UUID}/"
STARTUP_TIMEOUT_S = 60
# WebDriver key codes (marionette_driver.keys.Keys), here so test modules import without marionette-driver.
ENTER = "\ue007"
CONTROL = "\ue009"
SHIFT = "\ue008"


def profile_prefs(proxy_port: int) -> dict:
    """Preferences for a quiet test profile whose HTTPS goes through the proxy."""
    return {
        "marionette.port": 0,  # any free port; Firefox writes it to MarionetteActivePort
        "network.proxy.type": 1,
        "network.proxy.ssl": "127.0.0.1",
        "network.proxy.ssl_port": proxy_port,
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": proxy_port,
        "extensions.webextensions.uuids": json.dumps({ADDON_ID: ADDON_UUID}),
        # Nothing of Firefox's own may wait on the network it cannot reach.
        "services.settings.server": "data:,#remote-settings-dummy/v1",
        "browser.shell.checkDefaultBrowser": False,
        "browser.startup.page": 0,
        "browser.aboutwelcome.enabled": False,
        "datareporting.policy.dataSubmissionEnabled": False,
        "toolkit.telemetry.reportingpolicy.firstRun": False,
        "app.update.disabledForTesting": True,
        "network.captive-portal-service.enabled": False,
        "network.connectivity-service.enabled": False,
        # Two cores shared with other suites: fewer content processes start faster.
        "dom.ipc.processCount": 2,
    }


class Firefox:
    """One running Firefox with the extension: ``marionette``, ``home``, ``log_path``; ``close()`` it."""

    def __init__(self, binary: str, profile: Path, home: Path, proxy_port: int, extension: Path, log_path: Path,
                 env: dict | None = None, prefs: dict | None = None):
        from marionette_driver.marionette import Marionette  # noqa: PLC0415 (optional test dependency)

        self.home, self.log_path = home, log_path
        profile.mkdir(parents=True, exist_ok=True)
        home.mkdir(parents=True, exist_ok=True)
        with open(profile / "user.js", "w", encoding="utf-8") as file:
            for name, value in {**profile_prefs(proxy_port), **(prefs or {})}.items():
                file.write(f"user_pref({json.dumps(name)}, {json.dumps(value)});\n")
        environment = {**os.environ, **(env or {}), "HOME": str(home)}
        with open(log_path, "ab") as log:
            self.process = subprocess.Popen(
                # System access: the chrome context, where the clipboard is set (set_clipboard).
                [binary, "--marionette", "--remote-allow-system-access", "--headless", "--no-remote",
                 "--profile", str(profile)],
                stdout=log, stderr=subprocess.STDOUT, env=environment,
            )
        try:
            port = self._marionette_port(profile)
            self.marionette = Marionette(host="127.0.0.1", port=port)
            self.marionette.raise_for_port(timeout=STARTUP_TIMEOUT_S)
            self.marionette.start_session({"acceptInsecureCerts": True})
            from marionette_driver.addons import Addons  # noqa: PLC0415

            self.addon_id = Addons(self.marionette).install(str(extension), temp=True)
        except BaseException:
            self.close()
            raise

    def _marionette_port(self, profile: Path) -> int:
        active = profile / "MarionetteActivePort"
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Firefox exited with {self.process.returncode}; see {self.log_path}")
            if active.is_file() and active.read_text().strip():
                return int(active.read_text())
            time.sleep(0.1)
        raise RuntimeError(f"Firefox opened no Marionette port in {STARTUP_TIMEOUT_S}s; see {self.log_path}")

    # -- pages ----------------------------------------------------------------------------

    def open(self, url: str) -> None:
        self.marionette.navigate(url)

    def open_extension_page(self, path: str) -> None:
        self.open(EXTENSION_BASE + path)

    def open_fixture(self, site):
        """Open a fixture page (``tests/e2e/sites.py``'s ``Site``) at its real address and wait until it is ready."""
        self.open(site.url)
        self.wait_for("window.__fixture && window.__fixture.ready", what=f"the {site.id} page")
        return site

    def submissions(self) -> int:
        """How many sends the fixture page has accepted."""
        return self.js("return __fixture.submitCount")

    def js(self, script: str, *args):
        """Run ``script`` (a function body; ``arguments`` holds ``args``) in the page itself, not a sandbox."""
        return self.marionette.execute_script(script, script_args=list(args), sandbox=None, new_sandbox=False)

    def wait_for(self, expression: str, *args, timeout: float = 10, what: str = "condition"):
        """Wait until ``expression`` is truthy in the page; return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(f"return ({expression});", *args)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}")
            time.sleep(0.1)

    def pause(self, seconds: float) -> None:
        time.sleep(seconds)

    def find(self, selector: str):
        from marionette_driver.by import By  # noqa: PLC0415

        return self.marionette.find_element(By.CSS_SELECTOR, selector)

    def type(self, selector: str, text: str) -> None:
        """Click ``selector`` and type ``text`` as key presses (trusted events)."""
        element = self.find(selector)
        element.click()
        element.send_keys(text)

    def press(self, selector: str, key: str) -> None:
        """Press one key (``marionette_driver.keys.Keys``) in the element."""
        self.find(selector).send_keys(key)

    def chord(self, *keys: str) -> None:
        """Press ``keys`` together in the focused element (e.g. ``CONTROL, "v"``): trusted key events."""
        sequence = self.marionette.actions.sequence("key", "keyboard")
        for key in keys:
            sequence.key_down(key)
        for key in reversed(keys):
            sequence.key_up(key)
        sequence.perform()
        self.marionette.actions.release()

    def set_clipboard(self, text: str) -> None:
        """Put ``text`` on the clipboard as a copy in another program would (Firefox's own clipboard helper)."""
        with self.marionette.using_context("chrome"):
            self.marionette.execute_script(
                'Cc["@mozilla.org/widget/clipboardhelper;1"].getService(Ci.nsIClipboardHelper).copyString(arguments[0]);',
                script_args=[text],
            )

    def clipboard_text(self) -> str:
        """The clipboard's plain text, read as Firefox itself would paste it."""
        with self.marionette.using_context("chrome"):
            return self.marionette.execute_script(
                """const transfer = Cc["@mozilla.org/widget/transferable;1"].createInstance(Ci.nsITransferable);
                   transfer.init(null);
                   transfer.addDataFlavor("text/plain");
                   Services.clipboard.getData(transfer, Ci.nsIClipboard.kGlobalClipboard);
                   const data = {};
                   transfer.getTransferData("text/plain", data);
                   return data.value.QueryInterface(Ci.nsISupportsString).data;"""
            )

    def click(self, selector: str) -> None:
        self.find(selector).click()

    # -- the extension's banner, hint and notices -------------------------------------------
    # They live in closed shadow roots (issue 12): page script cannot reach them, WebDriver
    # can (its "shadow root" is the element's, open or closed), and its element click is a
    # trusted click at the element's place on screen, as a user's.

    def in_ui(self, host: str, selector: str):
        """``selector`` inside ``host``'s closed shadow root, or None."""
        from marionette_driver.by import By  # noqa: PLC0415
        from marionette_driver.errors import MarionetteException  # noqa: PLC0415

        hosts = self.marionette.find_elements(By.CSS_SELECTOR, host)
        if not hosts:
            return None
        try:
            found = hosts[0].shadow_root.find_elements(By.CSS_SELECTOR, selector)
        except MarionetteException:  # the host went away meanwhile
            return None
        return found[0] if found else None

    def ui_text(self, host: str, selector: str, timeout: float = 10) -> str:
        """The words of ``selector`` in ``host`` once it shows (generated content included); fails when it does not."""
        deadline = time.monotonic() + timeout
        while (element := self.in_ui(host, selector)) is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"no {host} {selector} after {timeout}s")
            time.sleep(0.1)
        return self.js(f"return ({READ_TEXT}).call(arguments[0]);", element)

    def banner_text(self, timeout: float = 10) -> str:
        """The banner's text once it shows; fails when none appears."""
        return self.ui_text("promptvagt-banner", "[role=alertdialog]", timeout)

    def click_banner(self, action: str) -> None:
        """Click a banner button by its ``data-action`` (redact, edit, sendAnyway, cancel)."""
        self.click_ui("promptvagt-banner", f"button[data-action={action}]")

    def click_ui(self, host: str, selector: str) -> None:
        element = self.in_ui(host, selector)
        assert element is not None, f"no {host} {selector}"
        element.click()

    # -- the extension's own pages, used as a user would ------------------------------------

    def save_companion_url(self, url: str) -> None:
        """Type the companion's address on the options page and save it."""
        self.open_extension_page("options/page.html")
        self.wait_for("document.getElementById('companionUrl').value !== ''", what="the options page")
        self.js("document.getElementById('companionUrl').value = ''")
        self.type("#companionUrl", url)
        self.click("#settings button[type=submit]")
        self.wait_for("document.getElementById('saved').textContent === 'Gemt.'", what="the settings to be saved")

    def pair(self, code: str) -> None:
        """Type the code from ``promptvagt pair`` on the options page; fails unless it says *Parret*."""
        self.open_extension_page("options/page.html")
        self.wait_for("!document.getElementById('pair').disabled", what="the pair button")
        self.type("#pairingCode", code)
        self.click("#pair")
        self.wait_for("document.getElementById('pair-result').textContent.startsWith('Parret')", what="pairing")

    def popup_status(self) -> dict:
        """Open the toolbar popup's page; return its ``status`` and ``channel`` lines."""
        self.open_extension_page("popup/page.html")
        self.wait_for("document.getElementById('channel').textContent", what="the popup's status")
        return self.js("return {status: document.getElementById('status').textContent,"
                       " channel: document.getElementById('channel').textContent}")

    def outbox(self) -> list:
        """The near-miss events waiting in the extension's storage (read on its options page)."""
        self.open_extension_page("options/page.html")
        return self.js("return chrome.storage.local.get('outbox').then(r => r.outbox ?? [])")

    def screenshot(self, path: Path) -> None:
        path.write_bytes(self.marionette.screenshot(format="binary"))

    def close(self) -> None:
        """End the session and Firefox (which ends the native host it started); a second call does nothing."""
        marionette, self.marionette = getattr(self, "marionette", None), None
        if marionette is not None and marionette.session is not None and self.process.poll() is None:
            try:
                marionette.delete_session()
            except Exception:  # noqa: BLE001 (Firefox may already be gone)
                pass
        if self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
