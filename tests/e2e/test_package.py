"""``make package``: the Chromium store package loads in Chromium and guards; the Firefox package is web-ext's."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .sites import SITES
from .ui import ui

REPO = Path(__file__).resolve().parents[2]
PINNED_ID = "hhbeicfpmognamgecembgihjkdniilfi"


@pytest.fixture(scope="module")
def packages():
    """Run tools/package.py once; return {kind: zip path}."""
    manifest = json.loads((REPO / "extension" / "manifest.json").read_text(encoding="utf-8"))
    subprocess.run([sys.executable, "tools/package.py"], cwd=REPO, check=True, capture_output=True, timeout=300)
    dist = REPO / "dist"
    return {kind: dist / f"promptvagt-{manifest['version']}-{kind}.zip" for kind in ("chromium", "firefox")}


def test_chromium_package_has_no_key_and_loads(packages, launch_browser, extension_worker, tmp_path):
    unpacked = tmp_path / "chromium"
    with zipfile.ZipFile(packages["chromium"]) as archive:
        archive.extractall(unpacked)
    manifest = json.loads((unpacked / "manifest.json").read_text(encoding="utf-8"))
    assert "key" not in manifest and "browser_specific_settings" not in manifest
    assert "nativeMessaging" in manifest["permissions"]

    context = launch_browser(extension_dir=unpacked)
    worker = extension_worker(context)
    extension_id = worker.url.split("/")[2]
    assert extension_id != PINNED_ID  # a store (or unpacked) build gets its own id
    assert worker.evaluate("chrome.runtime.getManifest().version") == manifest["version"]

    # It guards: without a companion for its id, the built-in detector holds a CPR number.
    site = SITES["chatgpt"]
    page = context.new_page()
    page.goto(site.url)
    page.wait_for_function("window.__fixture && window.__fixture.ready")
    page.click(site.composer)
    page.keyboard.type("Borgerens cpr er 070761-0913")
    page.keyboard.press("Enter")
    ui(page).banner()
    assert page.evaluate("__fixture.submitCount") == 0


def test_firefox_package_keeps_the_gecko_id(packages):
    with zipfile.ZipFile(packages["firefox"]) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = set(archive.namelist())
    assert manifest["browser_specific_settings"]["gecko"]["id"] == "promptvagt@promptvagt.dk"
    assert {"background/native.js", "background/service-worker.js", "_locales/da/messages.json"} <= names
