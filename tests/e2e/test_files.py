"""Files, every way in (issue 12): picked, dropped or pasted files are held until scanned, on the real extension.

Real companion, real Chromium, fixture pages at their real hostnames. The pick
goes through Playwright's file chooser (a trusted change event); the drop
through Chromium's DevTools protocol (``Input.dispatchDragEvent`` with real
files, the way a person drags from the file manager). The page's own handler
logs every file it is given (``__fixture.attachments``): a held file must never
show up there.
"""

import pytest

from tests.companion.files import samples

from .sites import SITES
from .ui import ui

CPR = "070761-0913"  # made up
SECRET_VALUES = [CPR, CPR.replace("-", "")]
PLUS = '#composer-slot [data-testid="composer-plus-btn"]'


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Files on disk, as the picker and a drag from the file manager need them."""
    folder = tmp_path_factory.mktemp("files")
    filler = "Mødet handler om budgettet for næste år og om skolernes ferieplaner.\n"
    made = {
        "sag.txt": f"Notat\nBorgeren har cpr {CPR} og bor i kommunen.\n".encode(),
        "sag.docx": samples.docx(["Notat om borgeren", f"CPR-nummer: {CPR}"]),
        "sag.pdf": samples.pdf(["Side et: referat.", f"Borgeren, cpr {CPR}, har ringet."]),
        "referat.docx": samples.docx(["Referat af mødet om budgettet.", "Næste møde er i marts."]),
        "referat.pdf": samples.pdf(["Referat af mødet om budgettet."]),
        "referat.txt": b"Referat af modet om budgettet.\n",
        # Over 2 MB, the CPR number near the end, where a reader of the first 2 MB would miss it.
        "stor-sag.txt": (filler * 32_000 + f"Til sidst: cpr {CPR}.\n").encode(),
        "stor-referat.txt": (filler * 32_000).encode(),
    }
    paths = {}
    for name, data in made.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    assert paths["stor-sag.txt"].stat().st_size > 2 * 1024 * 1024
    return paths


@pytest.fixture
def chatgpt(browser, fixture_server):
    page = browser.new_page()
    page.goto(SITES["chatgpt"].url)
    page.wait_for_function("window.__fixture && window.__fixture.ready")
    page.wait_for_selector(SITES["chatgpt"].composer)
    yield page
    page.close()


def attachments(page):
    return page.evaluate("__fixture.attachments.map(a => a.name)")


def pick(page, path):
    with page.expect_file_chooser() as chooser:
        page.click(PLUS)
    chooser.value.set_files(str(path))


def drop(page, path, selector=None):
    """Drag a real file onto the composer through the DevTools protocol (trusted drag events)."""
    box = page.locator(selector or SITES["chatgpt"].composer).bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    cdp = page.context.new_cdp_session(page)
    data = {"items": [], "files": [str(path)], "dragOperationsMask": 1}
    for kind in ("dragEnter", "dragOver", "drop"):
        cdp.send("Input.dispatchDragEvent", {"type": kind, "x": x, "y": y, "data": data})
    cdp.detach()


def held(page, name, timeout=30):
    """The banner's text, once it holds ``name`` with the CPR number's masked preview."""
    text = ui(page).banner(timeout)
    assert name in text and "0707XX-XXXX" in text
    return text


WAYS = {"picked": pick, "dropped": drop}


@pytest.mark.parametrize("name", ["sag.txt", "sag.docx", "sag.pdf"])
@pytest.mark.parametrize("way", WAYS)
def test_a_file_with_a_cpr_number_is_held(chatgpt, files, way, name):
    WAYS[way](chatgpt, files[name])
    text = held(chatgpt, name)
    # Never sent anyway: a file with a CPR number has no such button.
    assert not ui(chatgpt).has_button("sendAnyway")
    assert "CPR-nummer kan ikke sendes" in text
    chatgpt.wait_for_timeout(300)
    assert attachments(chatgpt) == []
    ui(chatgpt).press("cancel")
    chatgpt.wait_for_timeout(300)
    assert attachments(chatgpt) == []
    # Cancelled: the picker's input is emptied, so no later form submit finds the file.
    assert chatgpt.evaluate("document.querySelector('#composer-slot input[type=file]').files.length") == 0


@pytest.mark.parametrize("name", ["referat.txt", "referat.docx", "referat.pdf"])
@pytest.mark.parametrize("way", WAYS)
def test_a_clean_file_goes_through(chatgpt, files, way, name):
    WAYS[way](chatgpt, files[name])
    chatgpt.wait_for_function(f"__fixture.attachments.some(a => a.name === {name!r})", timeout=30_000)
    assert not ui(chatgpt).banner_shown()
    assert attachments(chatgpt) == [name]


@pytest.mark.parametrize("way", WAYS)
def test_a_text_file_over_2_mb(chatgpt, files, way):
    WAYS[way](chatgpt, files["stor-sag.txt"])
    held(chatgpt, "stor-sag.txt", timeout=90)
    assert attachments(chatgpt) == []
    ui(chatgpt).press("cancel")
    WAYS[way](chatgpt, files["stor-referat.txt"])
    chatgpt.wait_for_function("__fixture.attachments.length === 1", timeout=90_000)
    assert attachments(chatgpt) == ["stor-referat.txt"]


def test_a_file_input_the_page_never_attached(chatgpt, files):
    # Gemini's way (research S10): a detached input, clicked by script after the user's click.
    chatgpt.evaluate(
        """() => document.querySelector('[data-testid="composer-plus-btn"]').addEventListener('click', (event) => {
             event.stopImmediatePropagation();
             const input = document.createElement('input');
             input.type = 'file';
             input.addEventListener('change', () => {
               for (const file of input.files) __fixture.addAttachment({name: file.name, size: file.size, type: file.type, source: 'detached'});
             });
             input.click();
           }, {capture: true})"""
    )
    pick(chatgpt, files["sag.docx"])
    held(chatgpt, "sag.docx")
    chatgpt.wait_for_timeout(300)
    assert attachments(chatgpt) == []
    ui(chatgpt).press("cancel")
    pick(chatgpt, files["referat.docx"])
    chatgpt.wait_for_function("__fixture.attachments.length === 1", timeout=30_000)


def test_images_are_not_scanned_and_the_user_is_told_once(chatgpt, tmp_path):
    image = tmp_path / "skaermbillede.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    pick(chatgpt, image)
    chatgpt.wait_for_function("__fixture.attachments.length === 1")
    assert "Billeder bliver ikke kontrolleret" in ui(chatgpt).notice("images")


@pytest.mark.parametrize("site", ["lechat", "gemini"])
def test_drop_on_other_sites(browser, files, site):
    page = browser.new_page()
    page.goto(SITES[site].url)
    page.wait_for_function("window.__fixture && window.__fixture.ready")
    target = "[xapfileselectordropzone]" if site == "gemini" else SITES[site].composer
    page.wait_for_selector(target)
    drop(page, files["sag.pdf"], target)
    held(page, "sag.pdf")
    assert page.evaluate("__fixture.attachments.length") == 0
    ui(page).press("cancel")
    drop(page, files["referat.pdf"], target)
    page.wait_for_function("__fixture.attachments.length === 1", timeout=30_000)
    page.close()


def test_a_pasted_file_is_held_then_given_to_the_page(browser, chatgpt):
    # A trusted paste can carry only what the clipboard API may write (text, PNG); a pasted
    # document needs the system's file clipboard, which headless Chromium lacks. The PNG
    # shows the path: held at window, then given back to the page's own paste handler.
    browser.grant_permissions(["clipboard-read", "clipboard-write"], origin=SITES["chatgpt"].url)
    chatgpt.click(SITES["chatgpt"].composer)
    chatgpt.evaluate(
        """async () => {
             const canvas = Object.assign(document.createElement('canvas'), {width: 4, height: 4});
             const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
             await navigator.clipboard.write([new ClipboardItem({'image/png': blob})]);
           }"""
    )
    chatgpt.keyboard.press("Control+V")
    chatgpt.wait_for_function("__fixture.attachments.length === 1", timeout=10_000)
    assert chatgpt.evaluate("__fixture.events.filter(e => e.type === 'paste').map(e => e.isTrusted)") == [False]
    ui(chatgpt).notice("images")
