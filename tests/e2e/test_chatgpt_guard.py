"""End to end on ChatGPT: real companion, real Chromium, real extension, faithful fixture page."""

import pytest

from .ui import ui


CPR_PROMPT = "Borgerens cpr er 070761-0913"
CLEAN_PROMPT = "Hvad er klokken?"
SECRET_VALUES = ["070761-0913", "0707610913", "Borgerens cpr"]
COMPOSER = "#prompt-textarea"
BANNER = "promptvagt-banner"  # the host element in the page; what it shows is in its closed root


@pytest.fixture
def open_chatgpt(launch_browser, extension_worker):
    """Factory: a ChatGPT page in a fresh browser whose extension talks to ``companion_url``."""

    def open_page(companion_url):
        context = launch_browser()
        worker = extension_worker(context)
        worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", companion_url)
        page = context.new_page()
        page.goto("https://chatgpt.com/")
        page.wait_for_selector(COMPOSER)
        return page

    return open_page


@pytest.fixture
def chatgpt(open_chatgpt, companion):
    return open_chatgpt(companion)
def submit_count(page) -> int:
    return page.evaluate("window.__fixture.submitCount")


def type_prompt(page, text):
    page.click(COMPOSER)
    page.keyboard.type(text)


def test_cpr_shows_banner_and_enter_does_not_send(chatgpt, artifacts_dir):
    type_prompt(chatgpt, CPR_PROMPT)
    chatgpt.keyboard.press("Enter")

    text = ui(chatgpt).banner()
    # Danish whatever the browser's language (this Chromium runs in English).
    assert "Stop: teksten indeholder personoplysninger" in text
    assert "0707XX-XXXX" in text
    assert "Personoplysninger" in text
    chatgpt.screenshot(path=str(artifacts_dir / "chatgpt-banner.png"))

    chatgpt.wait_for_timeout(500)  # give a wrongly released send time to land
    assert submit_count(chatgpt) == 0
    assert CPR_PROMPT in chatgpt.inner_text(COMPOSER)


def test_clean_prompt_is_sent(chatgpt):
    type_prompt(chatgpt, CLEAN_PROMPT)
    chatgpt.keyboard.press("Enter")
    chatgpt.wait_for_function("window.__fixture.submitCount === 1")
    assert chatgpt.evaluate("window.__fixture.submissions[0].text") == CLEAN_PROMPT
    assert chatgpt.locator(BANNER).count() == 0


def test_send_button_is_blocked_too(chatgpt):
    type_prompt(chatgpt, CPR_PROMPT)
    chatgpt.click("#composer-submit-button")
    ui(chatgpt).banner()
    chatgpt.wait_for_timeout(300)
    assert submit_count(chatgpt) == 0


def test_send_anyway_sends_once(chatgpt):
    type_prompt(chatgpt, CPR_PROMPT)
    chatgpt.keyboard.press("Enter")
    ui(chatgpt).press("sendAnyway")
    chatgpt.wait_for_function("window.__fixture.submitCount === 1")
    chatgpt.wait_for_timeout(300)
    assert submit_count(chatgpt) == 1
    assert chatgpt.evaluate("window.__fixture.submissions[0].text") == CPR_PROMPT


def test_edit_returns_focus_to_the_composer(chatgpt):
    type_prompt(chatgpt, CPR_PROMPT)
    chatgpt.keyboard.press("Enter")
    ui(chatgpt).press("edit")
    assert chatgpt.evaluate("document.activeElement.id") == "prompt-textarea"
    assert submit_count(chatgpt) == 0


def test_fallback_detector_blocks_when_companion_is_down(open_chatgpt):
    page = open_chatgpt("http://127.0.0.1:9")  # nothing listens on the discard port
    type_prompt(page, CPR_PROMPT)
    page.keyboard.press("Enter")
    assert "0707XX-XXXX" in ui(page).banner()
    page.wait_for_timeout(300)
    assert submit_count(page) == 0


def test_send_anyway_waits_while_the_page_is_answering(chatgpt):
    """Without a send button (an answer is being written) the send happens when the page can."""
    type_prompt(chatgpt, CPR_PROMPT)
    chatgpt.keyboard.press("Enter")
    ui(chatgpt).banner()
    chatgpt.evaluate("window.__fixture.setGenerating(true)")
    ui(chatgpt).press("sendAnyway")
    chatgpt.wait_for_timeout(700)
    assert submit_count(chatgpt) == 0
    chatgpt.evaluate("window.__fixture.setGenerating(false)")
    chatgpt.wait_for_function("window.__fixture.submitCount === 1")
    assert chatgpt.evaluate("window.__fixture.submissions[0].text") == CPR_PROMPT
