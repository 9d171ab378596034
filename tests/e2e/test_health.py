"""Fails loudly (issue 12), end to end with the real companion.

- Drift: ChatGPT's page with a renamed composer (``?variant=drift-composer``)
  is reported as a health problem, shown in the popup and on the dashboard,
  and the warning goes once the real composer is seen again.
- Escape: a send button the adapter does not know (``?variant=drift-send``)
  sends while the banner holds a CPR number: the user is told, the popup and
  the dashboard say so. "Send alligevel" on the normal page is no escape.
- Update: after the extension is installed again under an open tab, the old copy
  stands aside (Enter reaches the page, a Danish notice says to reload); once
  the worker injects the new copy, the tab is guarded again.
"""

import json
import shutil
import time
import urllib.request

import pytest

from .conftest import EXTENSION_DIR
from .ui import BANNER, NOTICES, ui

POPUP = "chrome-extension://hhbeicfpmognamgecembgihjkdniilfi/popup/page.html"
CPR_PROMPT = "Borgerens cpr er 070761-0913"
CLEAN_PROMPT = "Hvad er klokken?"
SECRET_VALUES = ["070761-0913", "0707610913", "Borgerens cpr"]
COMPOSER = "#composer-slot .ProseMirror"


def popup_warnings(context, expected: str, present: bool = True, timeout_s: float = 25) -> list[str]:
    """The popup's site warnings, reopened until ``expected`` is among them (or gone, with ``present=False``)."""
    deadline = time.monotonic() + timeout_s
    while True:
        popup = open_popup(context)
        popup.locator("#status").filter(has_text="beskyttelse").wait_for()
        warnings = popup.locator("#siteHealth li").all_inner_texts()
        popup.close()
        if (any(expected in w for w in warnings)) == present or time.monotonic() > deadline:
            return warnings
        time.sleep(1)


def dashboard_health(companion_url: str, expected: str, timeout_s: float = 15) -> str:
    """The dashboard overview's health table, fetched until it names ``expected``."""
    deadline = time.monotonic() + timeout_s
    while True:
        with urllib.request.urlopen(companion_url + "/", timeout=5) as response:
            html = response.read().decode("utf-8")
        table = html[html.index('id="sundhed"') :]
        if expected in table or time.monotonic() > deadline:
            return table


def type_prompt(page, text):
    page.click(COMPOSER)
    page.keyboard.type(text)


def submit_count(page) -> int:
    return page.evaluate("window.__fixture.submitCount")


def test_a_drifted_composer_shows_in_the_popup_and_on_the_dashboard(browser, companion, artifacts_dir):
    page = browser.new_page()
    page.goto("https://chatgpt.com/?variant=drift-composer")
    page.wait_for_selector("#prompt-input")
    warnings = popup_warnings(browser, "Promptvagt kan ikke se skrivefeltet på chatgpt.com")
    assert any("Promptvagt kan ikke se skrivefeltet på chatgpt.com" in w for w in warnings), warnings

    table = dashboard_health(companion, "chatgpt.com")
    assert "chatgpt.com" in table and "Skrivefeltet blev ikke fundet" in table
    shot = browser.new_page()
    shot.goto(companion + "/")
    shot.locator("#sundhedsmeldinger").screenshot(path=str(artifacts_dir / "dashboard-health.png"))
    shot.close()

    # One report per problem per page load: staying on the page adds none.
    page.wait_for_timeout(4000)
    with urllib.request.urlopen(companion + "/", timeout=5) as response:
        html = response.read().decode("utf-8")
    row = html[html.index('id="sundhedsmeldinger"') :].split("</tr>")[1]
    assert "<td>1</td>" in row, row

    # The site's real composer is seen again: the popup's warning goes.
    page.goto("https://chatgpt.com/")
    page.wait_for_selector("#prompt-textarea")
    warnings = popup_warnings(browser, "skrivefeltet på chatgpt.com", present=False)
    assert not any("skrivefeltet på chatgpt.com" in w for w in warnings), warnings
    page.close()


def test_a_send_that_leaves_while_held_is_told_and_reported(browser, companion, artifacts_dir):
    # Sending anyway through the banner is the user's choice, not an escape.
    page = browser.new_page()
    page.goto("https://chatgpt.com/")
    type_prompt(page, CPR_PROMPT)
    page.keyboard.press("Enter")
    ui(page).press("sendAnyway")
    page.wait_for_function("window.__fixture.submitCount === 1")
    page.wait_for_selector('[data-message-author-role="assistant"]')
    page.wait_for_timeout(500)
    assert not ui(page).notice_shown("sendEscaped")

    # A send button the adapter does not know sends while the banner holds the draft.
    page.goto("https://chatgpt.com/?variant=drift-send")
    type_prompt(page, CPR_PROMPT)
    page.keyboard.press("Enter")
    ui(page).banner()
    assert submit_count(page) == 0
    page.click('[data-testid="send-message-button"]')
    page.wait_for_function("window.__fixture.submitCount === 1")

    assert "Beskeden blev sendt, selvom Promptvagt holdt den tilbage" in ui(page).notice("sendEscaped")
    assert not ui(page).banner_shown()  # it asked about a draft that is gone
    page.screenshot(path=str(artifacts_dir / "health-send-escaped.png"))

    warnings = popup_warnings(browser, "En besked på chatgpt.com blev sendt, mens Promptvagt holdt den tilbage")
    assert any("En besked på chatgpt.com blev sendt" in w for w in warnings), warnings
    table = dashboard_health(companion, "Sendt, mens Promptvagt holdt beskeden tilbage")
    assert "Sendt, mens Promptvagt holdt beskeden tilbage" in table
    page.close()


@pytest.fixture
def extension_copy(tmp_path):
    """A copy of the extension (same key, so the same id) that a test may change and reload."""
    copy = tmp_path / "extension"
    shutil.copytree(EXTENSION_DIR, copy)
    return copy


# Run from an extension page: whether this version's guard runs in the ChatGPT tab.
GUARDED_PROBE = """async () => {
  const [tab] = await chrome.tabs.query({ url: "https://chatgpt.com/*" });
  const [probe] = await chrome.scripting.executeScript({
    target: { tabId: tab.id }, func: () => Boolean(globalThis.Promptvagt?.started && chrome.runtime?.id),
  });
  return probe.result;
}"""


def open_popup(context, timeout_s: float = 20):
    """The popup page in a new tab, once the extension is (back) up.

    Right after a reload Chromium refuses the extension's pages for a moment
    (ERR_BLOCKED_BY_CLIENT), and that tab stays refused: try in fresh tabs.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        page = context.new_page()
        try:
            page.goto(POPUP)
            return page
        except Exception:
            page.close()
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def update_extension(context, extension_dir):
    """Install the unpacked extension again over itself, as an update does (onInstalled: "update").

    Through DevTools' Extensions.loadUnpacked, not chrome.runtime.reload():
    this Chromium holds back a runtime.reload() of an extension that has run
    for some seconds (main's extension too), and then leaves it unloaded past
    any test timeout; a load from disk goes through at once.
    """
    context.browser.new_browser_cdp_session().send("Extensions.loadUnpacked", {"path": str(extension_dir)})
    open_popup(context).close()  # the extension is back


def wait_until_guarded(context):
    """Ask the extension, from its own page, until this version's guard runs in the ChatGPT tab.

    A loop of evaluate, not wait_for_function: the latter's polling needs
    eval, which the extension page's CSP refuses.
    """
    popup = open_popup(context)
    deadline = time.monotonic() + 10
    while not popup.evaluate(GUARDED_PROBE):
        assert time.monotonic() < deadline, "the worker did not inject the new copy into the open tab"
        time.sleep(0.25)
    popup.close()


def test_after_an_update_the_old_copy_stands_aside_until_the_new_one_guards_the_tab(
    launch_browser, extension_worker, companion, extension_copy, artifacts_dir
):
    context = launch_browser(extension_dir=extension_copy, args=["--enable-unsafe-extension-debugging"])
    extension_worker(context).evaluate("url => chrome.storage.local.set({companionUrl: url})", companion)
    page = context.new_page()
    page.goto("https://chatgpt.com/")
    type_prompt(page, CPR_PROMPT)
    page.keyboard.press("Enter")
    ui(page).banner()  # the first copy guards
    page.keyboard.press("Escape")
    page.click(COMPOSER)
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")

    # An update that brings no content script for chatgpt.com, so the worker
    # injects nothing there (as a version before injection on update would):
    # the old copy is all the tab has.
    manifest_path = extension_copy / "manifest.json"
    original = manifest_path.read_text(encoding="utf-8")
    manifest = json.loads(original)
    for entry in manifest["content_scripts"]:
        entry["matches"] = [m for m in entry["matches"] if "chatgpt.com" not in m]
    manifest["content_scripts"] = [entry for entry in manifest["content_scripts"] if entry["matches"]]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    update_extension(context, extension_copy)

    page.click(COMPOSER)
    page.keyboard.type(CLEAN_PROMPT)
    page.keyboard.press("Enter")
    page.wait_for_function("window.__fixture.submitCount === 1")  # Enter was not swallowed
    notice = ui(page).notice("stale")
    assert "Promptvagt er blevet opdateret: genindlæs siden" in notice
    assert "Genindlæs siden (F5), så er du beskyttet igen" in notice
    page.screenshot(path=str(artifacts_dir / "health-stale-notice.png"))

    # The real update: onInstalled, and the worker injects this version into the open tab.
    manifest_path.write_text(original, encoding="utf-8")
    update_extension(context, extension_copy)
    wait_until_guarded(context)
    ui(page).wait_gone(NOTICES, '[data-id="stale"]')  # the new copy announced itself; the old one stood aside
    page.wait_for_function("window.__fixture.generating === false")
    type_prompt(page, CPR_PROMPT)
    page.keyboard.press("Enter")
    ui(page).banner()
    page.wait_for_timeout(300)
    assert submit_count(page) == 1  # guarded again: the CPR number did not go
    assert page.locator(BANNER).count() == 1  # one guard, not two
    ui(page).press("sendAnyway")
    page.wait_for_function("window.__fixture.submitCount === 2")
    page.wait_for_timeout(300)
    assert submit_count(page) == 2  # and its resend goes once
