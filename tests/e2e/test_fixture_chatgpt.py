"""Baseline for the ChatGPT fixture page, extension OFF: the page really sends.

Every later "blocked" assertion with the extension ON means something only if
these pass (research §6.5, row 19).
"""

import pytest

URL = "https://chatgpt.com/"
COMPOSER = "#composer-slot #prompt-textarea"
SEND_BUTTON = '#composer-slot button[data-testid="send-button"]'
GPT_ROUTE = "/g/g-AbC123xyZ-test-gpt"
PROJECT_ROUTE = "/g/g-p-68bc64a7ec1c81918a34c5bb0636fa28-proj/project"


@pytest.fixture
def open_chatgpt(launch_browser, fixture_server):
    """Factory: ``open_chatgpt(query="") -> Page`` on https://chatgpt.com/, no extension."""
    context = launch_browser(with_extension=False)

    def open_page(query: str = ""):
        page = context.pages[0] if context.pages else context.new_page()
        page.goto(URL + query)
        page.wait_for_function("window.__fixture && window.__fixture.ready")
        fixture_server.beacons.clear()  # the server lives for the whole session
        return page

    return open_page


def fixture_state(page, expression):
    return page.evaluate(f"window.__fixture.{expression}")


def wait_until_sent(page, count=1):
    """Wait until ``count`` sends are accepted, their beacons answered and the reply is done."""
    page.wait_for_function(
        "n => __fixture.submitCount === n && __fixture.beaconsAcked === n && !__fixture.generating", arg=count
    )


def test_typing_and_enter_sends_once(open_chatgpt, fixture_server):
    page = open_chatgpt()
    page.click(COMPOSER)
    page.keyboard.type("Hvad er klokken?")
    # Typing went through the MutationObserver into the model.
    assert fixture_state(page, "composerText") == "Hvad er klokken?"
    page.keyboard.press("Enter")

    wait_until_sent(page)
    submission = fixture_state(page, "submissions[0]")
    assert submission["text"] == "Hvad er klokken?"
    assert submission["domText"] == submission["text"]
    assert submission["via"] == "enter"
    assert submission["isTrusted"] is True
    assert fixture_server.beacons.snapshot() == [("chatgpt.com", "/backend-api/conversation")]
    # The DOM mirror that the extension's isolated world reads.
    assert page.evaluate("document.documentElement.dataset.fixtureSubmitCount") == "1"
    assert page.evaluate("document.documentElement.dataset.fixtureLastVia") == "enter"
    assert page.text_content("#fixture-submit-count") == "1"
    # What the real page does after a send: bubble, empty composer, new URL.
    assert page.locator('[data-message-author-role="user"]').count() == 1
    assert page.locator('[data-message-author-role="assistant"]').count() == 1
    assert fixture_state(page, "composerText") == ""
    assert page.locator(f"{COMPOSER} p.placeholder").count() == 1
    assert page.evaluate("location.pathname").startswith("/c/")


def test_send_button_click_sends_once(open_chatgpt, fixture_server):
    page = open_chatgpt()
    # Empty composer: the speech button holds the slot, there is no send button.
    assert page.locator(SEND_BUTTON).count() == 0
    assert page.locator('[data-testid="composer-speech-button"]').count() == 1
    page.click(COMPOSER)
    page.keyboard.type("Hej")
    page.click(SEND_BUTTON)

    wait_until_sent(page)
    submission = fixture_state(page, "submissions[0]")
    assert (submission["text"], submission["via"], submission["isTrusted"]) == ("Hej", "button", True)
    assert len(fixture_server.beacons) == 1


def test_shift_enter_adds_a_paragraph_without_sending(open_chatgpt, fixture_server):
    page = open_chatgpt()
    page.click(COMPOSER)
    page.keyboard.type("første linje")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("anden linje")

    assert fixture_state(page, "submitCount") == 0
    assert page.locator(f"{COMPOSER} > p").count() == 2
    assert fixture_state(page, "composerText") == "første linje\nanden linje"
    page.keyboard.press("Enter")
    wait_until_sent(page)
    assert fixture_state(page, "submissions[0].text") == "første linje\nanden linje"
    assert len(fixture_server.beacons) == 1


def test_send_button_is_a_new_element_in_each_state(open_chatgpt):
    page = open_chatgpt()
    page.click(COMPOSER)
    page.keyboard.type("x")
    first = page.query_selector(SEND_BUTTON)
    assert first.get_attribute("type") is None  # a submit button by default
    page.keyboard.press("Backspace")
    page.keyboard.type("y")
    second = page.query_selector(SEND_BUTTON)
    assert page.evaluate("([a, b]) => a !== b && !a.isConnected", [first, second])
    # Generating: the slot holds a stop button instead.
    page.evaluate("__fixture.setGenerating(true)")
    assert page.locator('[data-testid="stop-button"]').count() == 1
    assert page.locator(SEND_BUTTON).count() == 0


def test_rerender_gives_a_new_composer_that_still_sends(open_chatgpt):
    page = open_chatgpt()
    page.click(COMPOSER)
    page.keyboard.type("kladde")
    old = page.query_selector(COMPOSER)
    page.evaluate("__fixture.rerender()")
    new = page.query_selector(COMPOSER)

    assert page.evaluate("([a, b]) => a !== b && !a.isConnected && b.isConnected", [old, new])
    assert fixture_state(page, "composerText") == "kladde"  # the draft survives the remount
    page.keyboard.press("Enter")
    wait_until_sent(page)
    assert fixture_state(page, "submissions[0].text") == "kladde"


def test_routes_render_gpt_and_project_headers(open_chatgpt):
    page = open_chatgpt()
    page.evaluate("p => __fixture.navigate(p)", GPT_ROUTE)
    assert page.evaluate("location.pathname") == GPT_ROUTE
    assert page.text_content('[data-testid="gpt-header"] h1') == "Test GPT"
    assert page.locator(COMPOSER).count() == 1

    page.evaluate("p => __fixture.navigate(p)", PROJECT_ROUTE)
    assert page.locator('[data-testid="gpt-header"]').count() == 0
    assert page.text_content('[data-testid="project-header"] h1') == "proj"


def test_hidden_fallback_textarea_is_not_visible(open_chatgpt):
    page = open_chatgpt()
    fallback = page.locator('#composer-slot textarea[name="prompt-textarea"]')
    assert fallback.count() == 1
    assert fallback.is_hidden()
    page.click(COMPOSER)
    page.keyboard.type("kun i editoren")
    assert fallback.input_value() == ""


def test_large_paste_becomes_an_attachment(open_chatgpt):
    page = open_chatgpt()
    page.evaluate(
        """selector => {
            const editor = document.querySelector(selector);
            const data = new DataTransfer();
            data.setData('text/plain', 'x'.repeat(__fixture.config.pasteToAttachmentThreshold + 1));
            editor.focus();
            editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
        }""",
        COMPOSER,
    )
    assert fixture_state(page, "composerText") == ""
    assert fixture_state(page, "attachments[0].source") == "paste-conversion"
    assert page.locator('[data-testid="attachment-chip"]').count() == 1
    page.click(SEND_BUTTON)  # an attachment alone is enough to send
    wait_until_sent(page)
    assert fixture_state(page, "submissions[0].attachments.length") == 1


def test_danish_labels_and_ssr_clone_variant(open_chatgpt):
    page = open_chatgpt("?lang=da&variant=ssr-clone")
    # The stale clone comes first in the document: getElementById finds it.
    assert page.evaluate("document.getElementById('prompt-textarea').closest('[aria-hidden=true]') !== null")
    assert page.get_attribute(f"{COMPOSER} p", "data-placeholder") == "Spørg om hvad som helst"
    page.click(COMPOSER)
    page.keyboard.type("Hej")
    assert page.get_attribute(SEND_BUTTON, "aria-label") == "Send besked"
    page.keyboard.press("Enter")
    wait_until_sent(page)
    assert fixture_state(page, "submissions[0].text") == "Hej"


def test_editing_an_earlier_message_sends_via_edit_update(open_chatgpt, fixture_server):
    page = open_chatgpt()
    page.click(COMPOSER)
    page.keyboard.type("første")
    page.keyboard.press("Enter")
    wait_until_sent(page)
    page.click(COMPOSER)
    page.keyboard.type("kladde")  # a draft in the main composer must survive the edit

    page.click('[data-testid="edit-message-button"]')
    page.fill('[data-testid="edit-box"] textarea', "rettet")
    page.click('[data-testid="edit-box"] button.btn-primary')
    wait_until_sent(page, 2)
    submission = fixture_state(page, "submissions[1]")
    assert (submission["text"], submission["via"], submission["isTrusted"]) == ("rettet", "edit-update", True)
    assert fixture_state(page, "composerText") == "kladde"
    assert page.locator('[data-testid="edit-box"]').count() == 0
    assert len(fixture_server.beacons) == 2
