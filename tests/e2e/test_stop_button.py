"""Stop is not send (issue 12): Stop works during an answer with a CPR draft, and *Send alligevel* then sends once the page can.

ChatGPT's Stop reuses the send button's id (``#composer-submit-button``,
``data-testid="stop-button"``), Gemini turns its send button into Stop, Le
Chat and Copilot put Stop in the send button's place, and M365 Copilot Chat
has no send button while it answers (its Stop is not known: research §1.4);
the fixtures model that. A resend never clicks Stop: the answer runs to its end.
"""

import pytest

from .sites import SITES
from .ui import ui

CPR_DRAFT = "Skriv et brev til borgeren med cpr 070761-0913 om mødet"
CLEAN_PROMPT = "Hvad er klokken?"
STOP = {
    "chatgpt": '#composer-slot button[data-testid="stop-button"]',
    "gemini": "button.send-button.stop",
    "copilot": 'button[data-testid="stop-button"]',
    "lechat": 'form button[aria-label="Stop"]',
}

SECRET_VALUES = ["070761-0913"]  # made up; never in the companion's log


def answering(browser, site, answer_ms):
    """A page whose first prompt was sent and whose answer takes ``answer_ms``; a CPR draft in the composer."""
    page = browser.new_page()
    page.goto(SITES[site].url)
    page.wait_for_function("window.__fixture && window.__fixture.ready")
    page.evaluate("ms => { __fixture.config.generatingMs = ms; }", answer_ms)
    page.click(SITES[site].composer)
    page.keyboard.type(CLEAN_PROMPT)
    page.keyboard.press("Enter")
    page.wait_for_function("__fixture.submitCount === 1 && __fixture.generating")
    page.click(SITES[site].composer)
    page.keyboard.type(CPR_DRAFT)
    return page


@pytest.mark.parametrize("site", STOP)
def test_stop_works_during_an_answer_with_a_cpr_draft(browser, site):
    page = answering(browser, site, answer_ms=60_000)
    assert page.locator(STOP[site]).count() == 1
    if site == "chatgpt":  # the shared id, as on the real page
        assert page.locator(STOP[site]).get_attribute("id") == "composer-submit-button"
    page.click(STOP[site])
    page.wait_for_function("!__fixture.generating", timeout=5_000)
    page.wait_for_timeout(300)
    assert not ui(page).banner_shown()
    assert page.evaluate("__fixture.submitCount") == 1
    page.close()


@pytest.mark.parametrize("site", [*STOP, "m365"])
def test_send_anyway_during_an_answer_sends_once_the_page_can(browser, site):
    page = answering(browser, site, answer_ms=2_500)
    page.keyboard.press("Enter")
    ui(page).press("sendAnyway")
    # The answer is not cut short by a click on Stop; the draft goes once the answer is done.
    page.wait_for_timeout(500)
    assert page.evaluate("__fixture.generating") is True
    page.wait_for_function("__fixture.submitCount === 2", timeout=15_000)
    assert page.evaluate("__fixture.submissions[1].text") == CPR_DRAFT
    page.wait_for_timeout(500)
    assert page.evaluate("__fixture.submitCount") == 2
    page.close()
