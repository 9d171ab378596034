"""Baseline for the Gemini, Copilot, M365 and Le Chat fixture pages, extension OFF.

The pages really send, and their editors behave like the real frameworks
for the write paths the extension depends on (research §6.5, rows 16, 17, 19).
Every "blocked" assertion with the extension ON means something only if these pass.
"""

import pytest

SITES = {
    # id: (url, composer, send button, beacon path)
    "gemini": ("https://gemini.google.com/app", "rich-textarea .ql-editor", "button.send-button", "/_/BardChatUi/data/batchexecute"),
    "copilot": ("https://copilot.microsoft.com/", "#userInput", '[data-testid="submit-button"]', "/c/api/chat"),
    "m365": ("https://m365.cloud.microsoft/chat", "#m365-chat-editor-target-element", "button.fai-SendButton", "/m365Copilot/Chathub"),
    "lechat": ("https://chat.mistral.ai/chat", "form .ProseMirror", 'form button[type="submit"]', "/api/chat"),
}


@pytest.fixture(scope="module")
def browser(launch_module_browser):
    return launch_module_browser(with_extension=False)


@pytest.fixture
def open_site(browser, fixture_server):
    pages = []

    def open_page(site, query=""):
        page = browser.new_page()
        pages.append(page)
        page.goto(SITES[site][0] + query)
        page.wait_for_function("window.__fixture && window.__fixture.ready")
        fixture_server.beacons.clear()
        return page

    yield open_page
    for page in pages:
        page.close()


def wait_until_sent(page, count=1):
    page.wait_for_function(
        "n => __fixture.submitCount === n && __fixture.beaconsAcked === n && !__fixture.generating", arg=count
    )


@pytest.mark.parametrize("site", SITES)
def test_enter_and_button_send_once(open_site, fixture_server, site):
    _, composer, send_button, beacon = SITES[site]
    page = open_site(site)
    page.click(composer)
    page.keyboard.type("Hvad er klokken?")
    assert page.evaluate("__fixture.composerText") == "Hvad er klokken?"
    page.keyboard.press("Enter")
    wait_until_sent(page)
    submission = page.evaluate("__fixture.submissions[0]")
    assert (submission["text"], submission["via"], submission["isTrusted"]) == ("Hvad er klokken?", "enter", True)
    assert page.evaluate("__fixture.composerText") == ""
    assert fixture_server.beacons.snapshot()[0][1] == beacon

    page.click(composer)
    page.keyboard.type("Hej")
    page.click(send_button)
    wait_until_sent(page, 2)
    assert page.evaluate("__fixture.submissions[1]")["via"] == "button"


@pytest.mark.parametrize("site", SITES)
def test_shift_enter_is_a_new_line(open_site, site):
    _, composer, _, _ = SITES[site]
    page = open_site(site)
    page.click(composer)
    page.keyboard.type("første")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("anden")
    assert page.evaluate("__fixture.composerText") == "første\nanden"
    assert page.evaluate("__fixture.submitCount") == 0


def test_copilot_ignores_a_plain_value_write_but_takes_the_native_setter(open_site):
    page = open_site("copilot")
    page.click("#userInput")
    page.keyboard.type("original")
    page.evaluate("""() => { const el = document.querySelector('#userInput');
        el.value = 'plain'; el.dispatchEvent(new Event('input', {bubbles: true})); }""")
    assert page.evaluate("__fixture.composerText") == "original"
    page.evaluate("""() => { const el = document.querySelector('#userInput');
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(el, 'native');
        el.dispatchEvent(new Event('input', {bubbles: true})); }""")
    assert page.evaluate("__fixture.composerText") == "native"


def test_m365_reverts_dom_writes_but_takes_paste_and_exec_command(open_site):
    page = open_site("m365")
    editor = "#m365-chat-editor-target-element"
    page.click(editor)
    page.keyboard.type("original")
    page.evaluate(f"document.querySelector('{editor}').textContent = 'foreign'")
    page.wait_for_function(f"document.querySelector('{editor}').innerText.trim() === 'original'")
    assert page.evaluate("__fixture.composerText") == "original"
    page.evaluate(f"""() => {{ const el = document.querySelector('{editor}');
        getSelection().selectAllChildren(el);
        const data = new DataTransfer(); data.setData('text/plain', 'limet\\ntekst');
        el.dispatchEvent(new ClipboardEvent('paste', {{clipboardData: data, bubbles: true, cancelable: true}})); }}""")
    assert page.evaluate("__fixture.composerText") == "limet\ntekst"
    page.evaluate(f"""() => {{ const el = document.querySelector('{editor}'); el.focus();
        getSelection().selectAllChildren(el); document.execCommand('insertText', false, 'skrevet'); }}""")
    assert page.evaluate("__fixture.composerText") == "skrevet"


def test_gemini_send_button_is_disabled_while_empty(open_site):
    page = open_site("gemini")
    assert page.get_attribute("button.send-button", "aria-disabled") == "true"
    page.click("button.send-button", force=True)  # Playwright itself refuses aria-disabled
    assert page.evaluate("__fixture.submitCount") == 0
    page.click("rich-textarea .ql-editor")
    page.keyboard.type("x")
    assert page.get_attribute("button.send-button", "aria-disabled") == "false"
    assert page.locator(".ql-editor.ql-blank").count() == 0
