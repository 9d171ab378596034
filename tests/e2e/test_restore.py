"""Issue 15, placeholders both ways: the chatbot sees [PERSON 1], the person at the screen reads the names.

Real companion, real headless Chromium with the extension, the fixture pages at
the real hostnames. Each fixture's answer streams in and echoes the
placeholders it received, drawn in that site's answer markup (a paragraph, list
items, bold). What the page shows is read through the DevTools protocol, which
sees into the closed shadow roots the extension draws in; the page's own
scripts cannot.
"""

import json
import time
from pathlib import Path

import pytest

from .companion_process import running_companion
from .sites import SITES
from .ui import NOTICES, ui

PROMPT = "Skriv et brev til Hanne Jensen, cpr 070761-0913, og hendes kontaktperson Lars Nielsen om mødet."
REDACTED = "Skriv et brev til [PERSON 1], cpr [CPR-NUMMER], og hendes kontaktperson [PERSON 2] om mødet."
FOLLOW_UP = "Tilføj en hilsen til Hanne Jensen."
FOLLOW_UP_REDACTED = "Tilføj en hilsen til [PERSON 1]."
VALUES = {"[PERSON 1]": "Hanne Jensen", "[CPR-NUMMER]": "070761-0913", "[PERSON 2]": "Lars Nielsen"}
# Every spelling of the values that could end up on disk.
SECRET_VALUES = ["Hanne Jensen", "Hanne", "Jensen", "Lars Nielsen", "Nielsen", "070761-0913", "0707610913", "070761 0913"]
ANSWER = {
    "chatgpt": '[data-message-author-role="assistant"]',
    "gemini": "model-response",
    "copilot": '[data-content="ai-message"]',
    "m365": '[data-testid="markdown-reply"]',
    "lechat": '[data-message-author-role="assistant"]',
}
COPY_BUTTON = {
    "chatgpt": '[data-testid="copy-turn-action-button"]',
    "gemini": 'button[data-test-id="copy-button"]',
    "copilot": '[data-testid="copy-message-button"]',
    "m365": '[data-testid="copy-reply-button"]',
    "lechat": '[data-testid="copy-message-button"]',
}
# The fixture's answer to REDACTED: "Fixture reply number 1. Draft letter to [PERSON 1]:" and one list item
# per placeholder, every second one in bold (tests/fixtures/_harness/harness.js).
SHOWN = "Fixture reply number 1. Draft letter to Hanne Jensen:About Hanne JensenAlso 070761-0913About Lars Nielsen"


@pytest.fixture(scope="module")
def companion_files(tmp_path_factory):
    base = tmp_path_factory.mktemp("companion")
    return base / "data", base / "companion.log"


@pytest.fixture(scope="module")
def companion(companion_files):
    """The module's companion, with its data folder and log where the privacy test can search them."""
    data_dir, log = companion_files
    with running_companion(data_dir, log, never_logged=SECRET_VALUES) as url:
        yield url


@pytest.fixture
def open_site(browser):
    pages = []

    def open_page(site_id):
        site = SITES[site_id]
        origin = site.url.split("/", 3)[:3]
        browser.grant_permissions(["clipboard-read", "clipboard-write"], origin="/".join(origin))
        page = browser.new_page()
        pages.append(page)
        page.goto(site.url)
        page.wait_for_function("window.__fixture && window.__fixture.ready")
        page.wait_for_selector(site.composer)
        return page

    yield open_page
    for page in pages:
        if not page.is_closed():
            page.close()


def shown_when(page, selector: str, done, seconds: float = 20.0) -> tuple[str, list]:
    """``shown`` once ``done(text, marks)`` holds (the switch redraws on the next frame), or at the deadline (generous: on a
    machine busy with other work the click's redraw once took longer than 5 s; both callers' conditions hold in the end)."""
    deadline = time.monotonic() + seconds
    while True:
        text, marks = shown(page, selector)
        if done(text, marks) or time.monotonic() > deadline:
            return text, marks
        page.wait_for_timeout(50)


def shown(page, selector: str) -> tuple[str, list]:
    """What Chromium draws inside the first ``selector``: its text and the restored marks as (text, tooltip).

    DOM.getDocument with pierce sees closed shadow roots and which nodes each slot shows.
    """
    cdp = page.context.new_cdp_session(page)
    try:
        document = cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
        target = cdp.send("DOM.querySelector", {"nodeId": document["nodeId"], "selector": selector})["nodeId"]
    finally:
        cdp.detach()
    by_id, by_backend = {}, {}

    def index(node):
        by_id[node["nodeId"]] = node
        by_backend[node["backendNodeId"]] = node
        for child in [*node.get("children", []), *node.get("shadowRoots", [])]:
            index(child)

    index(document)
    marks = []

    def draw(node) -> str:
        if node["nodeType"] == 3:
            return node["nodeValue"]
        if node["nodeName"] in ("STYLE", "SCRIPT", "BUTTON"):
            return ""
        if node["nodeName"] == "SLOT":
            return "".join(draw(by_backend[d["backendNodeId"]]) for d in node.get("distributedNodes", []))
        roots = [r for r in node.get("shadowRoots", []) if r.get("shadowRootType") in ("open", "closed")]
        text = "".join(draw(child) for child in (roots[0] if roots else node).get("children", []))
        attributes = dict(zip(node.get("attributes", [])[::2], node.get("attributes", [])[1::2]))
        if "pv-restored" in attributes.get("class", "").split():
            marks.append((text, attributes.get("title")))
        return text

    return draw(by_id[target]), marks


def redact_and_send(page, site_id, prompt, expected):
    site = SITES[site_id]
    page.click(site.composer)
    page.keyboard.type(prompt)
    page.keyboard.press("Enter")
    ui(page).press("redact")
    page.wait_for_function("t => __fixture.composerText === t", arg=expected)
    count = page.evaluate("__fixture.submitCount")
    page.click(site.composer)
    page.keyboard.press("Enter")
    page.wait_for_function("n => __fixture.submitCount === n", arg=count + 1)
    page.wait_for_function("document.documentElement.dataset.fixtureGenerating === 'false'")


@pytest.mark.parametrize("site", SITES)
def test_the_answer_shows_the_values_while_the_page_keeps_the_placeholders(open_site, site, artifacts_dir):
    page = open_site(site)
    redact_and_send(page, site, PROMPT, REDACTED)
    # What the page's model sent (and its beacon posted) holds only placeholders.
    sent = page.evaluate("__fixture.submissions[0].text")
    assert sent == REDACTED
    answer = f"{ANSWER[site]} >> nth=0"
    page.wait_for_function("s => document.querySelector(s).textContent.includes('[PERSON 2]')", arg=ANSWER[site])

    # The page shows the values, each marked as restored locally with the placeholder the chatbot saw.
    page.wait_for_timeout(100)  # the extension draws on the next animation frame
    text, marks = shown(page, ANSWER[site])
    assert text == SHOWN
    assert sorted(marks) == sorted(
        (VALUES[p], f"Gendannet lokalt – chatbotten har kun set {p}") for p in ["[PERSON 1]", "[PERSON 1]", "[CPR-NUMMER]", "[PERSON 2]"]
    )
    # The page's own DOM, its text and what it can read are unchanged.
    light = page.locator(answer).text_content()
    assert "[PERSON 1]" in light and not any(value in light for value in VALUES.values())
    assert not any(value in page.locator(answer).inner_text() for value in VALUES.values())
    page.locator(answer).hover()
    page.screenshot(path=str(artifacts_dir / f"{site}-restored.png"))

    # The page's copy button copies the answer with the names ("Kopiér med navne"); the page's own copy did not run.
    page.click(COPY_BUTTON[site])
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Draft letter to Hanne Jensen:" in copied and "Also 070761-0913" in copied and "[PERSON" not in copied
    assert page.evaluate("__fixture.copies") == []
    ui(page).notice("copied")

    # A follow-up in which the user types a restored name is scanned as usual and gets the same placeholder.
    redact_and_send(page, site, FOLLOW_UP, FOLLOW_UP_REDACTED)
    assert page.evaluate("__fixture.submissions.map(s => s.text)") == [REDACTED, FOLLOW_UP_REDACTED]
    assert page.evaluate("__fixture.composerText") == ""


def test_the_switch_shows_the_placeholders_again_and_the_page_copies_them(open_site):
    page = open_site("chatgpt")
    redact_and_send(page, "chatgpt", PROMPT, REDACTED)
    assert "Chatbotten har kun set pladsholderne" in ui(page).notice("restore")
    ui(page).click(NOTICES, '[data-id="restore"] button.pv-action')
    text, marks = shown_when(page, ANSWER["chatgpt"], lambda text, marks: "[PERSON 1]" in text)
    assert "Draft letter to [PERSON 1]:" in text and "Also [CPR-NUMMER]" in text and marks == []
    # With the placeholders shown, the page's own copy button does what it always does.
    page.click(COPY_BUTTON["chatgpt"])
    page.wait_for_function("__fixture.copies.length === 1")
    assert "[PERSON 1]" in page.evaluate("navigator.clipboard.readText()")
    ui(page).click(NOTICES, '[data-id="restore"] button.pv-action')  # and back
    assert shown_when(page, ANSWER["chatgpt"], lambda text, marks: text == SHOWN)[0] == SHOWN


def test_a_selection_is_copied_with_the_names(open_site):
    page = open_site("gemini")
    redact_and_send(page, "gemini", PROMPT, REDACTED)
    page.wait_for_function("document.querySelector('.markdown').textContent.includes('[PERSON 2]')")
    page.evaluate(
        """() => { const range = document.createRange(); range.selectNodeContents(document.querySelector('.markdown'));
                   getSelection().removeAllRanges(); getSelection().addRange(range); }"""
    )
    page.keyboard.press("Control+C")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.splitlines() == [
        "Fixture reply number 1. Draft letter to Hanne Jensen:",
        "- About Hanne Jensen",
        "- Also 070761-0913",
        "- About Lars Nielsen",
    ]
    # The page's own view of the selection never holds a value.
    assert not any(value in page.evaluate("getSelection().toString()") for value in VALUES.values())
    # A selection inside a drawn paragraph copies just what was selected: a word, or the paragraph with its name.
    first = page.locator(".markdown p").first
    first.dblclick(position={"x": 8, "y": first.bounding_box()["height"] / 2})
    page.keyboard.press("Control+C")
    assert page.evaluate("navigator.clipboard.readText()") == "Fixture"
    page.evaluate("getSelection().removeAllRanges()")  # pressing on a selection would drag it
    box = first.bounding_box()
    page.mouse.move(box["x"] + 1, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 1, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    assert not any(value in page.evaluate("getSelection().toString()") for value in VALUES.values())
    page.keyboard.press("Control+C")
    assert page.evaluate("navigator.clipboard.readText()") == "Fixture reply number 1. Draft letter to Hanne Jensen:"


def test_an_answer_redrawn_while_it_streams_stays_restored(open_site):
    page = open_site("lechat")
    page.evaluate("__fixture.config.generatingMs = 1500")  # slow enough to look at it midway
    page.click(SITES["lechat"].composer)
    page.keyboard.type(PROMPT)
    page.keyboard.press("Enter")
    ui(page).press("redact")
    page.wait_for_function("t => __fixture.composerText === t", arg=REDACTED)
    page.keyboard.press("Enter")
    page.wait_for_function(
        "s => document.querySelector(s) && document.querySelector(s).textContent.includes('[PERSON 1]')", arg=ANSWER["lechat"]
    )
    assert page.evaluate("__fixture.generating")
    page.wait_for_timeout(100)
    assert "Draft letter to Hanne Jensen:" in shown(page, ANSWER["lechat"])[0]
    page.wait_for_function("document.documentElement.dataset.fixtureGenerating === 'false'")
    page.wait_for_timeout(100)
    assert shown(page, ANSWER["lechat"])[0] == SHOWN


def test_the_values_are_nowhere_on_disk_after_the_tab_closes(open_site, browser, extension_worker, companion_files):
    page = open_site("m365")
    redact_and_send(page, "m365", PROMPT, REDACTED)
    page.wait_for_timeout(100)
    assert shown(page, ANSWER["m365"])[0] == SHOWN  # the vault was in use
    page.close()
    worker = extension_worker(browser)
    stored = worker.evaluate(
        """async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null),
                                       await chrome.storage.sync.get(null)])"""
    )
    assert not [value for value in SECRET_VALUES if value in stored]
    data_dir, log = companion_files
    files = [log, *sorted(Path(data_dir).rglob("*"))]
    for file in (f for f in files if f.is_file()):
        data = file.read_bytes()
        found = [v for v in SECRET_VALUES if v.encode() in data or v.encode("utf-16-le") in data or json.dumps(v).encode() in data]
        assert not found, f"a value in {file.name}"
    # The companion did record the near-miss (so the database was written), as kinds only.
    assert any(f.name.startswith("promptvagt.db") for f in files)


def test_the_page_cannot_get_the_values_by_script(open_site):
    """The page's own clicks and copy events (isTrusted false) never get the values (issue 12's rule)."""
    page = open_site("copilot")
    redact_and_send(page, "copilot", PROMPT, REDACTED)
    page.wait_for_timeout(100)
    assert shown(page, ANSWER["copilot"])[0] == SHOWN
    # A script's click on the copy button is the page's own copy: placeholders, and no notice from us.
    page.evaluate("s => document.querySelector(s).click()", COPY_BUTTON["copilot"])
    page.wait_for_function("__fixture.copies.length === 1")
    assert "[PERSON 1]" in page.evaluate("__fixture.copies[0]")
    assert ui(page).node(NOTICES, '[data-id="copied"]') is None
    # A script's copy event over the selected answer: its clipboardData gets nothing from the extension.
    got = page.evaluate(
        """s => { const range = document.createRange(); range.selectNodeContents(document.querySelector(s));
                  getSelection().removeAllRanges(); getSelection().addRange(range);
                  const event = new ClipboardEvent('copy', {clipboardData: new DataTransfer(), bubbles: true, cancelable: true});
                  document.querySelector(s).dispatchEvent(event);
                  return [event.defaultPrevented, event.clipboardData.getData('text/plain'), getSelection().toString()]; }""",
        ANSWER["copilot"],
    )
    assert got[0] is False and got[1] == ""
    assert not any(value in got[2] for value in VALUES.values())
