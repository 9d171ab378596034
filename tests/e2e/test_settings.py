"""The user's settings change what the guard does: warn mode and switching a site off."""

import re

import pytest

from .sites import SITES
from .ui import ui

NAME_PROMPT = "Skriv et svar til Jens Hansen om hans ansøgning"
CPR_PROMPT = "Borgerens cpr er 070761-0913"


@pytest.fixture
def browser(launch_browser, extension_worker, companion):
    context = launch_browser()
    worker = extension_worker(context)
    worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", companion)
    return context, worker


def send(context, site_id, text):
    site = SITES[site_id]
    page = context.new_page()
    page.goto(site.url)
    page.wait_for_function("window.__fixture && window.__fixture.ready")
    page.click(site.composer)
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    # A held send ends in a banner or a send (the first seconds after a
    # browser start go to reading the policy).
    page.wait_for_function("document.querySelector('promptvagt-banner') || __fixture.submitCount > 0")
    return page


def test_warn_mode_lets_names_through_but_still_holds_a_cpr_number(browser):
    context, worker = browser
    page = send(context, "chatgpt", NAME_PROMPT)
    assert ui(page).banner_shown(), "block mode (default) holds a name"
    assert page.evaluate("__fixture.submitCount") == 0

    worker.evaluate("chrome.storage.local.set({mode: 'warn'})")
    page = send(context, "chatgpt", NAME_PROMPT)
    page.wait_for_function("__fixture.submitCount === 1")
    assert page.locator("promptvagt-banner").count() == 0
    page = send(context, "chatgpt", CPR_PROMPT)
    assert ui(page).banner_shown()
    assert page.evaluate("__fixture.submitCount") == 0


def test_a_site_switched_off_is_not_guarded(browser):
    context, worker = browser
    worker.evaluate("chrome.storage.local.set({sites: {copilot: false}})")
    page = send(context, "copilot", CPR_PROMPT)
    page.wait_for_function("__fixture.submitCount === 1")
    assert page.locator("promptvagt-banner").count() == 0
    page = send(context, "gemini", CPR_PROMPT)  # the others stay on
    assert ui(page).banner_shown()


EXTENSION = "chrome-extension://hhbeicfpmognamgecembgihjkdniilfi"
BAD_SETTINGS = {"companionUrl": "http://evil.example:8640", "guidelineUrl": "javascript:alert(document.domain)"}
KL_GUIDE = "https://www.kl.dk/kommunale-opgaver/digitalisering-og-teknologi/kunstig-intelligens"


def test_bad_addresses_are_not_used_and_the_user_is_told(browser, companion):
    """A direct storage write (as by another tool, skipping the options page) of a non-loopback companion
    address and a javascript: link: the worker uses neither, the banner links only https, and the popup and
    the options page say what is used instead. Nothing stored is changed."""
    context, worker = browser
    worker.evaluate("s => chrome.storage.local.set(s)", BAD_SETTINGS)
    settings = worker.evaluate("readSettings()")
    assert settings["companionUrl"] == "http://127.0.0.1:8640"
    assert settings["guidelineUrl"] == KL_GUIDE
    assert settings["invalid"] == [{"key": "companionUrl", "source": "user"}, {"key": "guidelineUrl", "source": "user"}]
    assert worker.evaluate("keys => chrome.storage.local.get(keys)", list(BAD_SETTINGS)) == BAD_SETTINGS  # nothing lost

    page = send(context, "chatgpt", CPR_PROMPT)
    assert ui(page).count("promptvagt-banner", f'a[href="{KL_GUIDE}"]') == 1
    assert ui(page).count("promptvagt-banner", 'a[href^="javascript:"]') == 0

    popup = context.new_page()
    popup.goto(f"{EXTENSION}/popup/page.html")
    note = popup.locator("#settingsNote")
    note.wait_for(state="visible")
    assert "Tjenestens adresse i dine indstillinger bruges ikke" in note.inner_text()
    assert "Linket til retningslinjerne i dine indstillinger bruges ikke" in note.inner_text()
    options = context.new_page()
    options.goto(f"{EXTENSION}/options/page.html")
    alerts = options.locator("[data-key=companionUrl] [role=alert], [data-key=guidelineUrl] [role=alert]")
    alerts.first.wait_for()
    assert alerts.count() == 2
    assert "Promptvagt bruger http://127.0.0.1:8640 i stedet" in alerts.nth(0).inner_text()
    # The options page itself refuses a javascript: link.
    options.fill("#companionUrl", companion)
    options.fill("#guidelineUrl", "javascript:alert(1)")
    options.click("#settings button[type=submit]")
    options.locator("#saved").filter(has_text=re.compile(r"\S")).wait_for()  # no wait_for_function: the page forbids eval
    assert options.inner_text("#saved") == "Linket skal begynde med https://."


def test_companion_addresses_are_loopback_http_only(browser):
    _, worker = browser
    addresses = {
        "http://127.0.0.1:8641": True, "http://localhost:8641": True, "http://[::1]:8641": True,
        "https://127.0.0.1:8641": False, "http://127.0.0.1.evil.example:8641": False, "http://10.0.0.5:8641": False,
        "http://user:pw@127.0.0.1:8641": False, "http://127.0.0.1:8641/api": False, "file:///etc/passwd": False,
    }
    for address, valid in addresses.items():
        worker.evaluate("a => chrome.storage.local.set({companionUrl: a})", address)
        assert worker.evaluate("readSettings()")["companionUrl"] == (address if valid else "http://127.0.0.1:8640"), address


def test_an_extra_site_gets_the_manifests_content_scripts(browser):
    """The run-time registration for extraSites takes the manifest's one list (start.js picks the generic adapter)."""
    _context, worker = browser
    registered = worker.evaluate(
        """async () => {
            const id = "promptvagt-test-extra";
            await chrome.scripting.registerContentScripts([
                { id, matches: ["https://chat.example.dk/*"], js: extraScriptFiles(), runAt: "document_start", allFrames: true },
            ]);
            const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: [id] });
            await chrome.scripting.unregisterContentScripts({ ids: [id] });
            return script.js;
        }"""
    )
    manifest = worker.evaluate("chrome.runtime.getManifest().content_scripts.find((entry) => !entry.world).js")
    assert registered == manifest
    assert "sites/generic.js" in registered and registered[-1] == "content/start.js"
