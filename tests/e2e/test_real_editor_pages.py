"""Baseline for the real-editor pages (tier B, issue 16), extension OFF.

The same fixture pages as tier A, but their editors are ProseMirror, Quill and
Lexical from npm (tests/fixtures/real-editors/). These tests show that the
pages really send what the editor's model holds, and pin down the library
behaviour the extension's write paths depend on: when a test here fails after
a library upgrade, re-check the write paths in extension/content/editing.js.
"""

import json
from pathlib import Path

import pytest

from .sites import REAL_EDITOR_SITES, SITES, type_lines

# Which library each page's editor is, as the page announces it.
LIBRARY = {"chatgpt": "prosemirror-view", "lechat": "prosemirror-view", "gemini": "quill", "m365": "lexical",
           "m365-rich": "lexical"}


@pytest.fixture(scope="module")
def browser(launch_module_browser, real_editor_server):
    return launch_module_browser(with_extension=False, server=real_editor_server)


@pytest.fixture
def open_page(browser, real_editor_server):
    pages = []

    def open_site(site_id):
        site = REAL_EDITOR_SITES[site_id]
        page = browser.new_page()
        pages.append(page)
        page.goto(site.url)
        page.wait_for_function("window.__fixture && window.__fixture.ready")
        page.wait_for_selector(site.composer)
        real_editor_server.beacons.clear()
        return page

    yield open_site
    for page in pages:
        page.close()


def model_text(page):
    return page.evaluate("__fixture.composerText")


def wait_until_sent(page, count=1):
    page.wait_for_function("n => __fixture.submitCount === n && __fixture.beaconsAcked === n && !__fixture.generating",
                           arg=count)


@pytest.mark.parametrize("site", REAL_EDITOR_SITES)
def test_each_page_runs_on_the_pinned_library(open_page, site):
    page = open_page(site)
    announced = page.evaluate("document.documentElement.dataset.fixtureEditors")
    loaded = dict(item.rsplit("@", 1) for item in announced.split())
    pinned = json.loads((Path(__file__).resolve().parents[2] / "package.json").read_text())["devDependencies"]
    assert loaded[LIBRARY[site]] == pinned[LIBRARY[site]]
    assert all(pinned[name] == version for name, version in loaded.items())


def test_tier_a_pages_keep_their_stand_ins(launch_module_browser):
    page = launch_module_browser(with_extension=False).new_page()
    page.goto(SITES["m365"].url)
    page.wait_for_function("window.__fixture && window.__fixture.ready")
    assert page.evaluate("window.FixtureEditors") is None
    page.close()


@pytest.mark.parametrize("site", REAL_EDITOR_SITES)
def test_enter_button_and_ctrl_enter_send_the_model(open_page, real_editor_server, site):
    composer, send_button = REAL_EDITOR_SITES[site].composer, REAL_EDITOR_SITES[site].send_button
    page = open_page(site)
    type_lines(page, REAL_EDITOR_SITES[site], "første", "anden")
    assert model_text(page) == "første\nanden"
    page.keyboard.press("Enter")
    wait_until_sent(page)
    submission = page.evaluate("__fixture.submissions[0]")
    assert (submission["text"], submission["domText"], submission["via"], submission["isTrusted"]) == (
        "første\nanden", "første\nanden", "enter", True)
    assert model_text(page) == ""
    assert len(real_editor_server.beacons) == 1

    page.click(composer)
    page.keyboard.type("Hej")
    page.click(send_button)
    wait_until_sent(page, 2)
    page.click(composer)
    page.keyboard.type("Igen")
    page.keyboard.press("Control+Enter")
    wait_until_sent(page, 3)
    sent = page.evaluate("__fixture.submissions.map(s => [s.text, s.via])")
    assert sent[1:] == [["Hej", "button"], ["Igen", "ctrl-enter"]]


def test_lexical_reverts_a_dom_write(open_page):
    page = open_page("m365")
    type_lines(page, REAL_EDITOR_SITES["m365"], "original")
    composer = REAL_EDITOR_SITES["m365"].composer
    page.evaluate("s => { document.querySelector(s).textContent = 'fremmed'; }", composer)
    page.wait_for_function("s => document.querySelector(s).innerText.trim() === 'original'", arg=composer)
    assert model_text(page) == "original"


# Select everything, then paste right away or once the selection has settled
# (the selectionchange event has been delivered), as the extension's
# placeholder write does.
SELECT_ALL_THEN_PASTE = """async ([selector, settle]) => {
    const editor = document.querySelector(selector);
    editor.focus();
    const range = document.createRange();
    range.selectNodeContents(editor);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    if (settle) await new Promise((resolve) =>
        document.addEventListener('selectionchange', () => setTimeout(resolve, 0), {once: true}));
    const data = new DataTransfer();
    data.setData('text/plain', 'ny\\ntekst');
    editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}"""


@pytest.mark.parametrize("site, lands_at_old_caret", [
    # Lexical and ProseMirror take the DOM selection into their state on
    # selectionchange, a task later; their paste handlers use that state.
    ("m365", True), ("m365-rich", True), ("chatgpt", True), ("lechat", True),
    # Quill reads the DOM selection when the paste arrives.
    ("gemini", False),
])
def test_a_paste_in_the_same_task_as_a_select_all(open_page, site, lands_at_old_caret):
    page = open_page(site)
    type_lines(page, REAL_EDITOR_SITES[site], "gammel", "tekst")
    page.evaluate(SELECT_ALL_THEN_PASTE, [REAL_EDITOR_SITES[site].composer, False])
    assert model_text(page) == ("gammel\ntekstny\ntekst" if lands_at_old_caret else "ny\ntekst")


@pytest.mark.parametrize("site", REAL_EDITOR_SITES)
def test_a_paste_after_the_selection_settled_replaces_everything(open_page, site):
    page = open_page(site)
    type_lines(page, REAL_EDITOR_SITES[site], "gammel", "tekst")
    page.evaluate(SELECT_ALL_THEN_PASTE, [REAL_EDITOR_SITES[site].composer, True])
    assert model_text(page) == "ny\ntekst"


def test_exec_command_garbles_lexical(open_page):
    """Why the M365 adapter pastes instead of typing with execCommand as on ProseMirror and Quill."""
    page = open_page("m365")
    type_lines(page, REAL_EDITOR_SITES["m365"], "gammel", "tekst")
    page.evaluate("""s => { const editor = document.querySelector(s); editor.focus();
        getSelection().selectAllChildren(editor);
        document.execCommand('delete'); document.execCommand('insertText', false, 'ny\\ntekst'); }""",
                  REAL_EDITOR_SITES["m365"].composer)
    page.wait_for_timeout(100)
    assert model_text(page) != "ny\ntekst"


def test_docs_name_the_pinned_versions():
    """docs/sites.md says which versions tier B runs; bumping a pin means updating it."""
    repo = Path(__file__).resolve().parents[2]
    pinned = json.loads((repo / "package.json").read_text())["devDependencies"]
    docs = (repo / "docs" / "sites.md").read_text()
    libraries = [name for name in pinned if name.startswith(("prosemirror-", "quill", "lexical", "@lexical/"))]
    assert libraries
    for name in libraries:
        assert not pinned[name].startswith(("^", "~")), f"{name} is not pinned exactly"
        assert f"{name} {pinned[name]}" in docs, f"docs/sites.md does not name {name} {pinned[name]}"
