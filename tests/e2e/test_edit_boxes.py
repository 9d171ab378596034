"""Edit boxes (issue 12, item 2): editing a sent message and sending it again is guarded like the composer.

ChatGPT, Gemini and Le Chat let the user edit a sent turn and send it again
from a box in the thread (research §1, S8; markup in docs/sites.md). On each
fixture page: an edit with a CPR number is held on the box's own send button
and on Enter, a clean edit goes through, and *Send alligevel* sends the edit
with the box's button, never the composer's, leaving the composer's draft alone.
"""

import pytest

from .sites import EDIT_BOXES, SITES
from .ui import ui

CPR_EDIT = "Skriv et brev til borgeren med cpr 070761-0913 om mødet"
CLEAN_EDIT = "Hvad er klokken i København?"
FIRST_PROMPT = "Hvad er klokken?"
DRAFT = "Et udkast i skrivefeltet"
SECRET_VALUES = ["070761-0913", "0707610913"]


@pytest.fixture
def edit_box(browser):
    """Factory: a page of ``site`` with one sent prompt, a draft in the composer and ``text`` typed into an open edit box."""
    pages = []

    def open_box(site_id, text):
        site, box = SITES[site_id], EDIT_BOXES[site_id]
        page = browser.new_page()
        pages.append(page)
        page.goto(site.url)
        page.wait_for_function("window.__fixture && window.__fixture.ready")
        page.click(site.composer)
        page.keyboard.type(FIRST_PROMPT)
        page.keyboard.press("Enter")
        page.wait_for_function("__fixture.submitCount === 1")
        page.wait_for_function("!__fixture.generating")
        page.click(site.composer)
        page.keyboard.type(DRAFT)
        page.click(box.open_button)
        page.fill(box.field, "")
        page.click(box.field)
        page.keyboard.type(text)  # typed: the as-you-type scan sees it like the composer's
        return page

    yield open_box
    for page in pages:
        page.close()


def submissions(page):
    return page.evaluate("__fixture.submissions.map(s => ({text: s.text, via: s.via}))")


@pytest.mark.parametrize("site", EDIT_BOXES)
@pytest.mark.parametrize("how", ["button", "enter"])
def test_an_edit_with_a_cpr_number_is_held(edit_box, site, how):
    page = edit_box(site, CPR_EDIT)
    assert "CPR-nummer" in ui(page).hint()  # scanned as it is typed, like the composer
    if how == "button":
        page.click(EDIT_BOXES[site].send)
    else:
        page.keyboard.press("Enter")
    assert "0707XX-XXXX" in ui(page).banner()
    ui(page).press("cancel")
    page.wait_for_timeout(300)
    assert page.evaluate("__fixture.submitCount") == 1
    assert page.input_value(EDIT_BOXES[site].field) == CPR_EDIT  # the box is still open with the text


@pytest.mark.parametrize("site", EDIT_BOXES)
def test_a_clean_edit_goes_through(edit_box, site):
    page = edit_box(site, CLEAN_EDIT)
    page.click(EDIT_BOXES[site].send)
    page.wait_for_function("__fixture.submitCount === 2")
    assert submissions(page)[1] == {"text": CLEAN_EDIT, "via": "edit-update"}
    assert not ui(page).banner_shown()
    assert page.evaluate("__fixture.composerText") == DRAFT


@pytest.mark.parametrize("site", EDIT_BOXES)
def test_send_anyway_sends_the_edit_once_with_its_own_button(edit_box, site):
    page = edit_box(site, CPR_EDIT)
    page.keyboard.press("Enter")
    ui(page).press("sendAnyway")
    page.wait_for_function("__fixture.submitCount === 2")
    page.wait_for_timeout(500)
    assert submissions(page)[1:] == [{"text": CPR_EDIT, "via": "edit-update"}]
    assert page.evaluate("__fixture.composerText") == DRAFT  # the composer's draft was not sent
    assert page.locator(EDIT_BOXES[site].field).count() == 0  # the page closed the box: it sent


@pytest.mark.parametrize("site", EDIT_BOXES)
def test_placeholders_go_into_the_edit_box(edit_box, site):
    page = edit_box(site, CPR_EDIT)
    page.click(EDIT_BOXES[site].send)
    ui(page).press("redact")
    page.wait_for_function(
        "s => !document.querySelector(s).value.includes('070761')", arg=EDIT_BOXES[site].field, timeout=5_000
    )
    assert page.evaluate("__fixture.composerText") == DRAFT
    page.click(EDIT_BOXES[site].send)
    page.wait_for_function("__fixture.submitCount === 2")
    assert "070761-0913" not in submissions(page)[1]["text"]
