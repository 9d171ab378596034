"""The guard in Firefox ESR on all five fixture pages, with the HTTP companion paired from the options page.

Firefox gives the add-on its own ``moz-extension://`` origin, so the
companion knows it by the token from pairing: the module's browser saves the
companion's address and types the code from ``promptvagt pair`` on the
options page, as a user would. One companion and one Firefox serve the
module; every test loads its page afresh.
"""

import os
import subprocess
import sys

import pytest
from ..event_log import events, logged
from ..sites import EDIT_BOXES, SEND_PATHS, SITES
from ..test_page_cannot_act import HOSTILE_PAGE, PRESS_EVERYTHING, PROBES, READ_EVERYTHING
from .driver import CONTROL, ENTER, EXTENSION_BASE, SHIFT

CPR_PROMPT = "Skriv et brev til borgeren med cpr 070761-0913 om mødet"
NAME_PROMPT = "Skriv et venligt brev til Hanne Jensen om hendes ansøgning"
CLEAN_PROMPT = "Hvad er klokken?"
REDACT_PROMPT = "Borgeren har cpr 070761-0913 og 150203-4321."
REDACTED = "Borgeren har cpr [CPR-NUMMER 1] og [CPR-NUMMER 2]."
PASTE = "Notat: borgeren har cpr 070761-0913."
PASTE_REDACTED = "Notat: borgeren har cpr [CPR-NUMMER]."
SECRET_VALUES = ["070761-0913", "0707610913", "150203-4321", "Hanne Jensen"]


def promptvagt(data_dir, *args) -> str:
    env = {**os.environ, "PROMPTVAGT_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "companion.cli", *args], env=env, capture_output=True, text=True, check=True, timeout=60
    ).stdout


def test_pairing_gives_this_firefox_a_token(firefox, companion):
    _, data_dir = companion
    assert f"moz-extension://{EXTENSION_BASE.split('/')[2]}" in promptvagt(data_dir, "pair", "--list")
    firefox.open_extension_page("options/page.html")
    token = firefox.js("return chrome.storage.local.get('companionToken').then(r => r.companionToken ?? '')")
    assert len(token) >= 20


def test_popup_says_the_companion_protects(firefox):
    shown = firefox.popup_status()
    assert shown["status"].startswith("Fuld beskyttelse")
    assert shown["channel"] == "Promptvagt-tjenesten på computeren (127.0.0.1)"


def test_options_page_opens_in_danish(firefox):
    firefox.open_extension_page("options/page.html")
    firefox.wait_for("document.getElementById('companionUrl').value !== ''", what="the options page")
    assert firefox.js("return document.documentElement.lang") == "da"
    text = firefox.js("return document.body.innerText")
    assert "Promptvagt" in text and "Gem" in text
    # The page's own connection test reaches the paired companion.
    firefox.click("#test")
    assert firefox.wait_for("document.getElementById('test-result').textContent", what="the test's answer") \
        == firefox.js("return Promptvagt.t('options_test_ok')")


def attempt_send(firefox, site, path):
    if path == "enter":
        firefox.press(site.composer, ENTER)
    elif path == "ctrl-enter":
        firefox.chord(CONTROL, ENTER)
    elif path == "button":
        firefox.click(site.send_button)
    else:  # the page's own script submits the composer's form
        firefox.js("document.querySelector(arguments[0]).closest('form').requestSubmit()", site.composer)


@pytest.mark.parametrize("site_id, path", SEND_PATHS)
def test_a_cpr_number_is_held(firefox, site_id, path, artifacts_dir):
    site = firefox.open_fixture(SITES[site_id])
    firefox.type(site.composer, CPR_PROMPT)
    attempt_send(firefox, site, path)
    text = firefox.banner_text()
    assert "0707XX-XXXX" in text
    assert "svarer ikke" not in text  # the companion answered, not the built-in detector
    for label in ("Erstat med pladsholdere", "Ret selv", "Send alligevel", "Annuller"):
        assert label in text
    if path == "enter":
        firefox.screenshot(artifacts_dir / f"firefox-{site_id}-banner.png")
    firefox.pause(0.3)  # a wrongly released send would land meanwhile
    assert firefox.submissions() == 0
    assert firefox.js("return __fixture.composerText") == CPR_PROMPT


@pytest.mark.parametrize("site_id", SITES)
def test_a_clean_prompt_is_sent_once(firefox, site_id):
    site = firefox.open_fixture(SITES[site_id])
    firefox.type(site.composer, CLEAN_PROMPT)
    firefox.press(site.composer, ENTER)
    firefox.wait_for("__fixture.submitCount === 1", what="the send")
    firefox.pause(0.3)
    assert firefox.submissions() == 1
    assert firefox.js("return __fixture.submissions[0].text") == CLEAN_PROMPT
    assert firefox.js("return document.querySelector('promptvagt-banner')") is None


@pytest.mark.parametrize("site_id", SITES)
def test_placeholders_are_what_the_page_submits(firefox, companion, site_id):
    url, _ = companion
    site = firefox.open_fixture(SITES[site_id])
    firefox.type(site.composer, REDACT_PROMPT)
    firefox.press(site.composer, ENTER)
    firefox.banner_text()
    firefox.click_banner("redact")
    firefox.wait_for("__fixture.composerText === arguments[0]", REDACTED, what="the placeholders")
    firefox.press(site.composer, ENTER)
    firefox.wait_for("__fixture.submitCount === 1", what="the send")
    submission = firefox.js("return __fixture.submissions[0]")
    # The page's own model (what a real site posts) holds the placeholders.
    assert submission["text"] == REDACTED
    assert submission["domText"] == REDACTED
    assert logged(url, "redacted", site_id)


def test_the_answer_is_read_with_the_values_and_copied_with_them(firefox):
    """Issue 15 in Firefox: the answer echoes the placeholders, the page's text keeps them, a copy has the values."""
    site = firefox.open_fixture(SITES["chatgpt"])
    firefox.type(site.composer, REDACT_PROMPT)
    firefox.press(site.composer, ENTER)
    firefox.banner_text()
    firefox.click_banner("redact")
    firefox.wait_for("__fixture.composerText === arguments[0]", REDACTED, what="the placeholders")
    firefox.press(site.composer, ENTER)
    firefox.wait_for("__fixture.submitCount === 1 && !__fixture.generating", what="the answer")
    answer = '[data-message-author-role="assistant"]'
    # Drawn restored: the placeholder text is no longer shown (innerText), though the page's own text keeps it.
    firefox.wait_for("!document.querySelector(arguments[0]).innerText.includes('[CPR-NUMMER 1]')", answer, what="the values")
    assert "[CPR-NUMMER 1]" in firefox.js("return document.querySelector(arguments[0]).textContent", answer)
    firefox.ui_text("pv-notices", "[data-id=restore]")
    firefox.click('[data-testid="copy-turn-action-button"]')
    firefox.ui_text("pv-notices", "[data-id=copied]")
    copied = firefox.clipboard_text()
    assert "Draft letter to 070761-0913:" in copied and "- Also 150203-4321" in copied
    assert firefox.js("return __fixture.copies") == []
    assert firefox.js("return __fixture.submissions[0].text") == REDACTED


@pytest.mark.parametrize("site_id", SITES)
def test_a_pasted_cpr_number_is_held_and_given_back_as_placeholders(firefox, site_id):
    site = firefox.open_fixture(SITES[site_id])
    firefox.set_clipboard(PASTE)
    firefox.click(site.composer)
    firefox.chord(CONTROL, "v")
    assert "0707XX-XXXX" in firefox.banner_text()
    assert firefox.js("return __fixture.composerText") == ""  # held: the page has not seen it
    firefox.click_banner("redact")
    firefox.wait_for("__fixture.composerText === arguments[0]", PASTE_REDACTED, what="the placeholders")
    assert firefox.submissions() == 0


@pytest.mark.parametrize("site_id", SITES)
def test_send_anyway_sends_once_and_is_logged(firefox, companion, site_id):
    url, _ = companion
    site = firefox.open_fixture(SITES[site_id])
    firefox.type(site.composer, CPR_PROMPT)
    firefox.press(site.composer, ENTER)
    firefox.banner_text()
    firefox.click_banner("sendAnyway")
    firefox.wait_for("__fixture.submitCount === 1", what="the send")
    firefox.pause(0.3)
    assert firefox.submissions() == 1
    assert firefox.js("return __fixture.submissions[0].text") == CPR_PROMPT
    sent = logged(url, "sent_anyway", site_id)
    assert sent and sent[0]["findings"] == [{"entity_type": "DK_CPR", "severity": "block"}]


@pytest.mark.parametrize("site_id", EDIT_BOXES)
def test_an_edit_box_is_guarded_on_its_button_and_on_enter(firefox, site_id):
    site, box = firefox.open_fixture(SITES[site_id]), EDIT_BOXES[site_id]
    firefox.type(site.composer, CLEAN_PROMPT)
    firefox.press(site.composer, ENTER)
    firefox.wait_for("__fixture.submitCount === 1 && !__fixture.generating", what="the first answer")
    firefox.click(box.open_button)
    firefox.js("document.querySelector(arguments[0]).value = ''", box.field)  # the fixture's box is a plain textarea
    firefox.type(box.field, CPR_PROMPT)
    firefox.click(box.send)
    assert "0707XX-XXXX" in firefox.banner_text()
    firefox.click_banner("cancel")
    firefox.pause(0.3)
    assert firefox.submissions() == 1
    firefox.press(box.field, ENTER)
    firefox.banner_text()
    firefox.click_banner("sendAnyway")
    firefox.wait_for("__fixture.submitCount === 2", what="the edit")
    firefox.pause(0.3)
    assert firefox.submissions() == 2
    assert firefox.js("return [__fixture.submissions[1].text, __fixture.submissions[1].via]") == [CPR_PROMPT, "edit-update"]


def test_shift_enter_is_left_alone(firefox):
    site = firefox.open_fixture(SITES["chatgpt"])
    firefox.type(site.composer, CPR_PROMPT)
    firefox.chord(SHIFT, ENTER)
    firefox.pause(0.3)
    assert firefox.js("return document.querySelector('promptvagt-banner')") is None
    assert firefox.submissions() == 0


def test_a_name_is_held_by_the_companion(firefox):
    site = firefox.open_fixture(SITES["chatgpt"])
    firefox.type(site.composer, NAME_PROMPT)
    firefox.press(site.composer, ENTER)
    text = firefox.banner_text()
    assert "H. J." in text  # the masked name: only the companion finds names
    assert "svarer ikke" not in text
    assert firefox.submissions() == 0


def test_page_script_can_neither_press_nor_read_the_banner(firefox, companion):
    """The Chromium tier's hostile page (test_page_cannot_act.py), in Firefox: its content scripts' roots are closed too."""
    url, _ = companion
    before = {e["id"] for e in events(url, "sent_anyway") + events(url, "cancelled")}
    site = firefox.open_fixture(SITES["chatgpt"])
    firefox.js(HOSTILE_PAGE)  # hooks attachShadow and watches the document before anything is shown
    firefox.type(site.composer, CPR_PROMPT)
    firefox.press(site.composer, ENTER)
    assert "0707XX-XXXX" in firefox.banner_text()
    seen = firefox.js(f"return ({READ_EVERYTHING})(arguments[0]);", PROBES)
    assert seen["hosts"] and seen["open"] == [] and seen["hooked"] == 0
    assert seen["attributes"] == [] and seen["marked"] == 0 and seen["found"] == []
    for probe in PROBES:
        assert probe not in seen["text"] and probe not in seen["seen"]
    firefox.js(f"({PRESS_EVERYTHING})();")
    firefox.pause(1.5)  # room for a wrongly accepted press to send or to be logged
    assert firefox.in_ui("promptvagt-banner", "[role=alertdialog]") is not None
    assert firefox.submissions() == 0
    assert firefox.js("return __fixture.composerText") == CPR_PROMPT
    after = {e["id"] for e in events(url, "sent_anyway") + events(url, "cancelled")}
    assert after == before
    firefox.click_banner("cancel")  # the user still can
    firefox.wait_for("!document.querySelector('promptvagt-banner')", what="the banner to close")
