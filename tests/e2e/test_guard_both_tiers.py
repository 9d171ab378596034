"""The guard on both tiers of fixture pages (issue 16), judged by the editor's model.

Tier A pages edit through the hand-written stand-ins; tier B pages are the same
pages on ProseMirror, Quill and Lexical from npm (tests/fixtures/real-editors/).
Every check reads what the page would send, ``__fixture.composerText`` and
``__fixture.submissions``, which come from the editor's model, not its DOM.
Where the tiers disagree, tier B is right.

Real companion process, real Chromium and extension, pages at the real hostnames.
One companion for the module and one browser per tier; every test opens its own page.
"""

from urllib.parse import urlsplit

import pytest

from .event_log import logged
from .sites import REAL_EDITOR_SITES, SITES, attempt_send, type_lines
from .ui import ui

CPR_PROMPT = "Skriv et brev til borgeren med cpr 070761-0913 om mødet"
CLEAN_PROMPT = "Hvad er klokken?"
PASTED = "Notat om borgeren med cpr 070761-0913."
SECRET_VALUES = ["070761-0913", "0707610913", "150203-4321"]

TIERS = {"stand-in": SITES, "real": REAL_EDITOR_SITES}
PAGES = [(tier, site) for tier, sites in TIERS.items() for site in sites]
SEND_PATHS = [
    (tier, site, path)
    for tier, site in PAGES
    for path in ("enter", "ctrl-enter", "button", *(("form",) if TIERS[tier][site].has_form else ()))
]


@pytest.fixture(scope="module")
def browsers(launch_module_browser, extension_worker, companion, fixture_server, real_editor_server):
    """Factory: the browser for a tier, started on first use, with the extension talking to the companion."""
    started = {}
    servers = {"stand-in": fixture_server, "real": real_editor_server}

    def browser(tier):
        if tier not in started:
            context = launch_module_browser(server=servers[tier])
            extension_worker(context).evaluate("url => chrome.storage.local.set({companionUrl: url})", companion)
            origins = {f"https://{urlsplit(site.url).hostname}" for site in TIERS[tier].values()}
            for origin in origins:
                context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
            started[tier] = (context, servers[tier])
        return started[tier]

    return browser


@pytest.fixture
def open_page(browsers):
    pages = []

    def open_site(tier, site_id):
        context, server = browsers(tier)
        site = TIERS[tier][site_id]
        page = context.new_page()
        pages.append(page)
        page.goto(site.url)
        page.wait_for_function("window.__fixture && window.__fixture.ready")
        page.wait_for_selector(site.composer)
        page.beacons = server.beacons  # what left the page, counted by the server
        return page

    yield open_site
    for page in pages:
        page.close()


def model(page):
    """What the page would send now: its editor's model, not the DOM."""
    return page.evaluate("__fixture.composerText")


def wait_until_sent(page, count=1):
    page.wait_for_function("n => __fixture.submitCount === n && __fixture.beaconsAcked === n", arg=count)


@pytest.mark.parametrize("tier, site_id, path", SEND_PATHS)
def test_a_cpr_number_is_held_on_every_send_path(open_page, tier, site_id, path):
    site = TIERS[tier][site_id]
    page = open_page(tier, site_id)
    type_lines(page, site, CPR_PROMPT)
    beacons = len(page.beacons)
    attempt_send(page, site, path)
    ui(page).banner()
    page.wait_for_timeout(300)  # give a wrongly released send time to land
    assert page.evaluate("__fixture.submitCount") == 0
    assert len(page.beacons) == beacons
    assert model(page) == CPR_PROMPT


@pytest.mark.parametrize("tier, site_id", PAGES)
def test_a_clean_prompt_is_sent_once(open_page, tier, site_id):
    page = open_page(tier, site_id)
    type_lines(page, TIERS[tier][site_id], CLEAN_PROMPT)
    page.keyboard.press("Enter")
    wait_until_sent(page)
    page.wait_for_timeout(300)
    assert page.evaluate("__fixture.submissions.map(s => s.text)") == [CLEAN_PROMPT]
    assert page.locator("promptvagt-banner").count() == 0


@pytest.mark.parametrize("tier, site_id", PAGES)
def test_placeholders_are_all_the_model_holds_and_what_the_page_sends(open_page, companion, tier, site_id):
    site = TIERS[tier][site_id]
    page = open_page(tier, site_id)
    type_lines(page, site, "Borgeren har cpr 070761-0913.", "Igen: 0707610913 og 150203-4321")
    page.keyboard.press("Enter")
    ui(page).press("redact")
    expected = "Borgeren har cpr [CPR-NUMMER 1].\nIgen: [CPR-NUMMER 1] og [CPR-NUMMER 2]"
    page.wait_for_function("t => __fixture.composerText === t", arg=expected)
    assert "Erstattet med pladsholdere" in ui(page).notice("redacted")  # not "Kunne ikke erstatte automatisk"
    page.wait_for_timeout(200)  # nothing may follow the write (a doubled draft, a late revert)
    assert model(page) == expected
    page.click(site.composer)
    page.keyboard.press("Enter")
    wait_until_sent(page)
    submission = page.evaluate("__fixture.submissions[0]")
    assert (submission["text"], submission["domText"]) == (expected, expected)
    assert logged(companion, "redacted", site.id)


@pytest.mark.parametrize("tier, site_id", PAGES)
def test_ret_selv_selects_the_finding_and_leaves_the_model_alone(open_page, tier, site_id):
    site = TIERS[tier][site_id]
    page = open_page(tier, site_id)
    type_lines(page, site, CPR_PROMPT)
    page.keyboard.press("Enter")
    ui(page).press("edit")
    page.wait_for_timeout(100)  # let the editor take the selection (selectionchange)
    assert model(page) == CPR_PROMPT
    assert page.evaluate("__fixture.submitCount") == 0
    # The finding is selected in the editor: typing replaces exactly it.
    page.keyboard.type("[fjernet]")
    fixed = CPR_PROMPT.replace("070761-0913", "[fjernet]")
    page.wait_for_function("t => __fixture.composerText === t", arg=fixed)
    page.keyboard.press("Enter")
    wait_until_sent(page)
    assert page.evaluate("__fixture.submissions[0].text") == fixed


@pytest.mark.parametrize("tier, site_id", PAGES)
def test_send_anyway_sends_the_prompt_once(open_page, companion, tier, site_id):
    site = TIERS[tier][site_id]
    page = open_page(tier, site_id)
    type_lines(page, site, CPR_PROMPT)
    page.keyboard.press("Enter")
    ui(page).press("sendAnyway")
    wait_until_sent(page)
    page.wait_for_timeout(300)
    assert page.evaluate("__fixture.submissions.map(s => s.text)") == [CPR_PROMPT]
    assert logged(companion, "sent_anyway", site.id)


@pytest.mark.parametrize("tier, site_id", PAGES)
def test_typing_shows_the_hint(open_page, tier, site_id):
    page = open_page(tier, site_id)
    type_lines(page, TIERS[tier][site_id], CPR_PROMPT)
    assert "CPR-nummer" in ui(page).hint()
    assert page.locator("promptvagt-banner").count() == 0


REDACTED_PASTE = "Notat om borgeren med cpr [CPR-NUMMER]."  # one number: no index


@pytest.mark.parametrize("choice, expected", [
    ("redact", "Før: " + REDACTED_PASTE),
    ("sendAnyway", "Før: " + PASTED),
    ("cancel", "Før:"),
])
@pytest.mark.parametrize("tier, site_id", PAGES)
def test_a_held_paste_is_released_only_as_the_user_chose(open_page, tier, site_id, choice, expected):
    site = TIERS[tier][site_id]
    page = open_page(tier, site_id)
    type_lines(page, site, "Før: ")
    page.evaluate("t => navigator.clipboard.writeText(t)", PASTED)
    page.keyboard.press("Control+V")
    assert "Indsæt med pladsholdere" in ui(page).banner()  # the paste's choices, not a send's
    page.wait_for_timeout(100)
    assert model(page).rstrip() == "Før:"  # held: the page has not seen it
    ui(page).press(choice)
    page.wait_for_function("t => __fixture.composerText.trimEnd() === t", arg=expected)
    page.wait_for_timeout(200)  # nothing may follow (a second copy, a late revert)
    assert model(page).rstrip() == expected
    assert page.evaluate("__fixture.submitCount") == 0


@pytest.mark.parametrize("tier", TIERS)
def test_a_write_the_editor_refused_is_reported_and_the_draft_kept(open_page, tier):
    site = TIERS[tier]["m365"]
    page = open_page(tier, "m365")
    # A page that takes no pasted text from scripts (as a future M365 might).
    page.evaluate("""s => document.querySelector(s).addEventListener('paste', (event) => {
        if (!event.isTrusted) { event.preventDefault(); event.stopImmediatePropagation(); } }, true)""", site.composer)
    type_lines(page, site, CPR_PROMPT)
    page.keyboard.press("Enter")
    ui(page).press("redact")
    assert "Kunne ikke erstatte automatisk" in ui(page).notice("redacted")
    assert model(page) == CPR_PROMPT
    assert page.evaluate("__fixture.submitCount") == 0


@pytest.mark.parametrize("tier", TIERS)
def test_a_large_paste_is_held_before_chatgpt_makes_it_an_attachment(open_page, tier):
    site = TIERS[tier]["chatgpt"]
    page = open_page(tier, "chatgpt")
    page.click(site.composer)
    page.evaluate("t => navigator.clipboard.writeText(t)", PASTED + " Lang tekst." * 1000)
    page.keyboard.press("Control+V")
    ui(page).press("redact")
    # The given-back paste reached the page's own handler (ProseMirror's handlePaste prop in tier B).
    page.wait_for_function("__fixture.attachments.length === 1")
    assert page.evaluate("__fixture.attachments[0].source") == "paste-conversion"
    assert model(page) == ""
