"""The guard on all four chatbots (five pages: Copilot has a consumer and an M365 mode).

Real companion process, real headless Chromium, real extension, fixture pages at
the real hostnames (research §6.5). One companion and one browser serve the
whole module; every test opens its own page.
"""

from urllib.parse import urljoin, urlsplit

import pytest

from .event_log import logged
from .sites import SEND_PATHS, SITES, attempt_send
from .ui import NOTICES, ui

CPR_PROMPT = "Skriv et brev til borgeren med cpr 070761-0913 om mødet"
CLEAN_PROMPT = "Hvad er klokken?"
SECRET_VALUES = ["070761-0913", "0707610913"]


@pytest.fixture
def open_site(browser, fixture_server):
    pages = []

    def open_page(site_id, path=""):
        site = SITES[site_id]
        page = browser.new_page()
        pages.append(page)
        page.goto(urljoin(site.url, path) if path else site.url)
        page.wait_for_function("window.__fixture && window.__fixture.ready")
        page.wait_for_selector(site.composer)
        return page

    yield open_page
    for page in pages:
        page.close()


def type_prompt(page, site, text):
    page.click(SITES[site].composer)
    page.keyboard.type(text)


def submit_count(page):
    return page.evaluate("__fixture.submitCount")


@pytest.mark.parametrize("site, path", SEND_PATHS)
def test_a_cpr_number_is_held_on_every_send_path(open_site, site, path):
    page = open_site(site)
    type_prompt(page, site, CPR_PROMPT)
    attempt_send(page, SITES[site], path)
    assert "0707XX-XXXX" in ui(page).banner()
    page.wait_for_timeout(300)  # give a wrongly released send time to land
    assert submit_count(page) == 0
    assert page.evaluate("__fixture.composerText") == CPR_PROMPT


@pytest.mark.parametrize("site", SITES)
def test_banner_is_danish_and_keyboard_usable(open_site, site, artifacts_dir):
    page = open_site(site)
    type_prompt(page, site, CPR_PROMPT)
    page.keyboard.press("Enter")
    text = ui(page).banner()
    for label in ("Erstat med pladsholdere", "Ret selv", "Send alligevel", "Annuller"):
        assert label in text
    page.screenshot(path=str(artifacts_dir / f"{site}-banner.png"))
    # Focus starts in the banner; Escape cancels and gives the composer back.
    assert page.evaluate("document.activeElement.localName") == "promptvagt-banner"
    page.keyboard.press("Escape")
    assert page.locator("promptvagt-banner").count() == 0
    assert submit_count(page) == 0


@pytest.mark.parametrize("site", SITES)
def test_shift_enter_and_ime_enter_are_left_alone(open_site, site):
    page = open_site(site)
    type_prompt(page, site, CPR_PROMPT)
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("ny linje")
    assert page.evaluate("__fixture.composerText") == CPR_PROMPT + "\nny linje"
    # An Enter that commits an IME composition (research §3.1).
    page.evaluate(
        """s => { const el = document.querySelector(s);
            el.dispatchEvent(new CompositionEvent('compositionstart', {bubbles: true, data: ''}));
            el.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true}));
            el.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: ''})); }""",
        SITES[site].composer,
    )
    page.wait_for_timeout(300)
    assert page.locator("promptvagt-banner").count() == 0
    assert submit_count(page) == 0


@pytest.mark.parametrize("site", SITES)
def test_clean_prompt_is_sent_once(open_site, site):
    page = open_site(site)
    type_prompt(page, site, CLEAN_PROMPT)
    page.keyboard.press("Enter")
    page.wait_for_function("__fixture.submitCount === 1")
    page.wait_for_timeout(300)
    assert submit_count(page) == 1
    assert page.evaluate("__fixture.submissions[0].text") == CLEAN_PROMPT
    assert page.locator("promptvagt-banner").count() == 0


@pytest.mark.parametrize("site", SITES)
def test_redaction_is_what_the_page_submits(open_site, companion, site):
    page = open_site(site)
    type_prompt(page, site, "Borgeren har cpr 070761-0913.")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("Igen: 0707610913 og 150203-4321")
    page.keyboard.press("Enter")
    ui(page).press("redact")
    expected = "Borgeren har cpr [CPR-NUMMER 1].\nIgen: [CPR-NUMMER 1] og [CPR-NUMMER 2]"
    page.wait_for_function("t => __fixture.composerText === t", arg=expected)
    page.click(SITES[site].composer)
    page.keyboard.press("Enter")
    page.wait_for_function("__fixture.submitCount === 1")
    submission = page.evaluate("__fixture.submissions[0]")
    # The page's own model (what a real site posts) holds the placeholders.
    assert submission["text"] == expected
    assert submission["domText"] == expected
    assert logged(companion, "redacted", site)


@pytest.mark.parametrize("site", SITES)
def test_send_anyway_sends_once_and_is_logged(open_site, companion, site):
    page = open_site(site)
    type_prompt(page, site, CPR_PROMPT)
    page.keyboard.press("Enter")
    ui(page).press("sendAnyway")
    page.wait_for_function("__fixture.submitCount === 1")
    page.wait_for_timeout(300)
    assert submit_count(page) == 1
    assert page.evaluate("__fixture.submissions[0].text") == CPR_PROMPT
    sent = logged(companion, "sent_anyway", site)
    assert sent and sent[0]["findings"] == [{"entity_type": "DK_CPR", "severity": "block"}]


def test_edit_marks_the_findings_and_returns_focus(open_site):
    page = open_site("chatgpt")
    type_prompt(page, "chatgpt", CPR_PROMPT)
    page.keyboard.press("Enter")
    ui(page).press("edit")
    assert page.evaluate("document.activeElement.id") == "prompt-textarea"
    assert page.evaluate("getSelection().toString()") == "070761-0913"
    # The finding is marked over the text, in a closed root of the extension's: not a CSS highlight the page could read.
    assert ui(page).count("pv-marks", ".pv-mark") == 1
    assert page.evaluate("CSS.highlights.size") == 0
    page.keyboard.type("[fjernet]")  # an edit: the marks go
    ui(page).wait_gone("pv-marks", ".pv-mark")
    assert submit_count(page) == 0


def test_a_rerendered_composer_is_still_guarded(open_site):
    page = open_site("chatgpt")
    type_prompt(page, "chatgpt", CPR_PROMPT)
    page.evaluate("__fixture.rerender()")
    page.keyboard.press("Enter")
    ui(page).banner()
    page.wait_for_timeout(300)
    assert submit_count(page) == 0


def test_typing_shows_a_hint_before_any_send(open_site):
    page = open_site("gemini")
    type_prompt(page, "gemini", CPR_PROMPT)
    assert "CPR-nummer" in ui(page).hint()
    assert page.locator("promptvagt-banner").count() == 0


def test_a_large_paste_is_held_before_it_becomes_an_attachment(browser, open_site):
    browser.grant_permissions(["clipboard-read", "clipboard-write"], origin="https://chatgpt.com")
    page = open_site("chatgpt")
    page.click(SITES["chatgpt"].composer)
    long_text = "Notat om borgeren med cpr 070761-0913. " + "Lang tekst. " * 1000
    page.evaluate("t => navigator.clipboard.writeText(t)", long_text)
    page.keyboard.press("Control+V")
    # The paste's own choices.
    assert ui(page).button_text("redact") == "Indsæt med pladsholdere"
    assert page.evaluate("__fixture.attachments.length") == 0
    # The gentle copyright reminder for a long verbatim paste.
    assert ui(page).notice_shown("copyright")
    ui(page).press("redact")
    page.wait_for_function("__fixture.attachments.length === 1")
    assert page.evaluate("__fixture.attachments[0].source") == "paste-conversion"
    page.click(SITES["chatgpt"].send_button)
    page.wait_for_function("__fixture.submitCount === 1")


@pytest.mark.parametrize("site", [s for s in SITES if SITES[s].custom_assistant])
def test_a_shared_custom_assistant_gets_a_warning(open_site, site):
    page = open_site(site, SITES[site].custom_assistant)
    assert "delt assistent" in ui(page).notice("assistant")
    page.evaluate("p => __fixture.navigate(p)", SITES[site].plain_route)
    ui(page).wait_gone(NOTICES, '[data-id="assistant"]')


def test_answers_get_a_review_reminder(open_site):
    page = open_site("lechat")
    type_prompt(page, "lechat", CLEAN_PROMPT)
    page.keyboard.press("Enter")
    assert "fagperson" in ui(page).notice("output")


@pytest.mark.parametrize("host, site_id", [("copilot.com", "copilot"), ("www.copilot.com", "copilot"), ("m365copilot.com", "m365")])
def test_the_other_hosts_of_a_site_are_guarded(browser, host, site_id):
    # Hosts the research saw the same apps on (issue 12); the fixture page picks its mode by hostname.
    site = SITES[site_id]
    page = browser.new_page()
    page.goto(f"https://{host}/{urlsplit(site.url).path.lstrip('/')}")
    page.wait_for_function("window.__fixture && window.__fixture.ready")
    type_prompt(page, site_id, CPR_PROMPT)
    page.keyboard.press("Enter")
    assert "0707XX-XXXX" in ui(page).banner()
    page.wait_for_timeout(300)
    assert submit_count(page) == 0
    page.close()
