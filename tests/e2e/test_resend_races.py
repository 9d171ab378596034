"""Races closed (issue 12, item 6): one resend per approval, ended by a new draft or another page, and checked.

Every fixture page, with the harness's ``requireTrusted`` mode where a page
takes only the user's own clicks (the fixture refuses untrusted sends and
records ``refused``): the guard's resend is refused, the user is told (in
Danish) to press send, and that press goes through once. The state machine
behind it has unit tests in tests/extension/send-gate.test.js.
"""

import pytest

from .sites import SITES
from .ui import BANNER, ui

CPR_DRAFT = "Skriv et brev til borgeren med cpr 070761-0913 om mødet"
CLEAN_PROMPT = "Hvad er klokken?"
FIRST_PROMPT = "Hvad er vejret?"
SECRET_VALUES = ["070761-0913", "0707610913"]


@pytest.fixture
def open_page(browser):
    pages = []

    def open_site(site_id, require_trusted=False):
        page = browser.new_page()
        pages.append(page)
        page.goto(SITES[site_id].url)
        page.wait_for_function("window.__fixture && window.__fixture.ready")
        page.evaluate("on => { __fixture.config.requireTrusted = on; }", require_trusted)
        return page

    yield open_site
    for page in pages:
        page.close()


def type_into(page, site, text):
    page.click(SITES[site].composer)
    page.keyboard.type(text)


def refused(page):
    return page.evaluate("__fixture.events.filter(e => e.type === 'refused').map(e => e.reason)")


def send_anyway(page):
    ui(page).press("sendAnyway")


def answering(page, site, answer_ms):
    """Send a first prompt whose answer takes ``answer_ms``; the page is then writing it."""
    page.evaluate("ms => { __fixture.config.generatingMs = ms; }", answer_ms)
    type_into(page, site, FIRST_PROMPT)
    page.keyboard.press("Enter")
    page.wait_for_function("__fixture.submitCount === 1 && __fixture.generating")


@pytest.mark.parametrize("site", SITES)
def test_a_refused_resend_tells_the_user_and_their_own_press_sends_once(open_page, site):
    page = open_page(site, require_trusted=True)
    type_into(page, site, CPR_DRAFT)
    page.keyboard.press("Enter")
    send_anyway(page)
    page.wait_for_function("__fixture.events.some(e => e.type === 'refused')")
    notice = ui(page).notice("resend", timeout=5)
    assert "Promptvagt kunne ikke sende for dig" in notice and "Tryk selv på send" in notice
    assert page.evaluate("__fixture.submitCount") == 0
    # The approval stands for the user's own press: no second banner.
    page.click(SITES[site].composer)
    page.keyboard.press("Enter")
    page.wait_for_function("__fixture.submitCount === 1")
    assert page.evaluate("[__fixture.submissions[0].text, __fixture.submissions[0].isTrusted]") == [CPR_DRAFT, True]
    assert not ui(page).banner_shown()
    ui(page).wait_gone("pv-notices", '[data-id="resend"]', timeout=5)
    page.wait_for_timeout(500)
    assert refused(page) == ["untrusted"]  # one resend per approval
    assert page.evaluate("__fixture.submitCount") == 1


@pytest.mark.parametrize("site", ["chatgpt", "gemini"])
def test_a_clean_prompt_held_for_its_scan_is_not_lost_on_a_page_that_refuses_script_sends(open_page, site):
    page = open_page(site, require_trusted=True)
    type_into(page, site, CLEAN_PROMPT)
    page.keyboard.press("Enter")  # at once: the as-you-type scan has not answered yet
    page.wait_for_function("__fixture.submitCount === 1 || __fixture.events.some(e => e.type === 'refused')")
    if page.evaluate("__fixture.submitCount") == 0:  # it was held: the user is told, and their press sends
        ui(page).notice("resend", timeout=5)
        page.click(SITES[site].composer)
        page.keyboard.press("Enter")
        page.wait_for_function("__fixture.submitCount === 1")
    assert page.evaluate("__fixture.submissions[0].text") == CLEAN_PROMPT
    assert not ui(page).banner_shown()


@pytest.mark.parametrize("site", SITES)
def test_a_new_draft_ends_an_approval_that_waits_for_the_answer(open_page, site):
    page = open_page(site)
    answering(page, site, answer_ms=60_000)
    type_into(page, site, CPR_DRAFT)
    page.keyboard.press("Enter")
    send_anyway(page)
    page.wait_for_timeout(300)
    page.click(SITES[site].composer)
    page.keyboard.press("Control+End")
    page.keyboard.type(" og mere")  # the draft changes while the guard waits for the send button
    page.evaluate("__fixture.setGenerating(false)")  # the answer ends; a send button appears
    page.wait_for_timeout(1_000)
    assert page.evaluate("__fixture.submitCount") == 1  # the old approval did not send the new draft
    assert not ui(page).banner_shown()  # nor tried to: no banner out of nowhere
    page.keyboard.press("Enter")  # the new draft is held for itself
    ui(page).banner()
    assert page.evaluate("__fixture.submitCount") == 1


@pytest.mark.parametrize("site", ["chatgpt", "gemini", "lechat"])
def test_another_page_ends_an_approval_that_waits_for_the_answer(open_page, site):
    page = open_page(site)
    answering(page, site, answer_ms=60_000)
    type_into(page, site, CPR_DRAFT)
    page.keyboard.press("Enter")
    send_anyway(page)
    page.wait_for_timeout(300)
    page.evaluate("__fixture.navigate('/c/0b7b1c2e-4f33-4d0e-9d6f-3a1c2b7e9f10')")  # the app's own route change
    page.wait_for_timeout(300)
    page.evaluate("__fixture.setGenerating(false)")
    page.wait_for_timeout(1_000)
    assert page.evaluate("__fixture.submitCount") == 1


@pytest.mark.parametrize("site", SITES)
def test_repeated_clicks_on_send_bring_one_banner_and_one_send(open_page, site):
    page = open_page(site)
    type_into(page, site, CPR_DRAFT)
    for _ in range(3):
        page.click(SITES[site].send_button)
    # the banner comes with the scan's answer, later on a busy machine; then no second one may follow
    page.wait_for_selector(BANNER, state="attached")
    page.wait_for_timeout(500)
    assert page.locator(BANNER).count() == 1  # one host element (its root is closed)
    send_anyway(page)
    page.wait_for_function("__fixture.submitCount === 1")
    page.wait_for_timeout(800)
    assert page.evaluate("__fixture.submitCount") == 1
    assert not ui(page).banner_shown()
