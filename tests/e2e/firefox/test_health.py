"""Fails loudly (issue 12) in Firefox ESR: the drift warning in the popup and on the dashboard, and an open
chatbot tab guarded after the add-on is installed again over itself (an update).

The Chromium tests (tests/e2e/test_health.py) also cover the send that leaves while held and the old copy
that stands aside; here what differs in Firefox: its own popup page, and what an update does to open tabs.
"""

import time
import urllib.request

import pytest
from ..conftest import EXTENSION_DIR
from ..sites import SITES
from .driver import ENTER

CPR_PROMPT = "Skriv et brev til borgeren med cpr 070761-0913 om mødet"
SECRET_VALUES = ["070761-0913", "0707610913"]
COMPOSER = "#composer-slot .ProseMirror"


def test_a_drifted_composer_shows_in_the_popup_and_on_the_dashboard(firefox, companion):
    url, _ = companion
    firefox.open(SITES["chatgpt"].url + "?variant=drift-composer")
    firefox.wait_for("document.getElementById('prompt-input')", what="the drifted composer")
    deadline = time.monotonic() + 25
    while True:
        firefox.open_extension_page("popup/page.html")
        firefox.wait_for("document.getElementById('channel').textContent", what="the popup's status")
        warnings = firefox.js("return [...document.querySelectorAll('#siteHealth li')].map(li => li.textContent)")
        if any("Promptvagt kan ikke se skrivefeltet på chatgpt.com" in w for w in warnings):
            break
        assert time.monotonic() < deadline, f"no drift warning in the popup: {warnings}"
        # The report comes 8 s after the page's load, from the page: back to it until then.
        firefox.open(SITES["chatgpt"].url + "?variant=drift-composer")
        time.sleep(9)
    deadline = time.monotonic() + 15
    while True:
        with urllib.request.urlopen(url + "/", timeout=5) as response:
            html = response.read().decode("utf-8")
        table = html[html.index('id="sundhed"') :]
        if "chatgpt.com" in table and "Skrivefeltet blev ikke fundet" in table:
            break
        assert time.monotonic() < deadline, "no health report on the dashboard"
        time.sleep(0.5)


def test_an_open_tab_is_guarded_after_the_add_on_is_installed_again(firefox):
    from marionette_driver.addons import Addons  # noqa: PLC0415 (optional test dependency)

    firefox.open_fixture(SITES["chatgpt"])
    firefox.wait_for("document.querySelector(arguments[0])", COMPOSER, what="the composer")
    Addons(firefox.marionette).install(str(EXTENSION_DIR), temp=True)
    time.sleep(3)  # the update's onInstalled and the worker's second look (inject.js)
    firefox.type(COMPOSER, CPR_PROMPT)
    firefox.press(COMPOSER, ENTER)
    assert "070761" not in firefox.banner_text()  # held, masked
    time.sleep(0.5)
    assert firefox.submissions() == 0
    assert firefox.js("return document.querySelectorAll('promptvagt-banner').length") == 1  # one guard, not two
    assert firefox.in_ui("pv-notices", '[data-id="stale"]') is None  # no copy asks for a reload
