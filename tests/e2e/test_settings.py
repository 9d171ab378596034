"""The user's settings change what the guard does: warn mode and switching a site off."""

import pytest

from .sites import SITES
from .ui import ui

NAME_PROMPT = "Skriv et svar til Jens Hansen om hans ansøgning"
CPR_PROMPT = "Borgerens cpr er 070761-0913"


@pytest.fixture
def browser(launch_browser, extension_worker, companion):
    context = launch_browser()
    worker = extension_worker(context)
    worker.evaluate("url => chrome.storage.local.set({companionUrl: url})", companion)
    return context, worker


def send(context, site_id, text):
    site = SITES[site_id]
    page = context.new_page()
    page.goto(site.url)
    page.wait_for_function("window.__fixture && window.__fixture.ready")
    page.click(site.composer)
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    # A held send ends in a banner or a send (the first seconds after a
    # browser start go to reading the policy).
    page.wait_for_function("document.querySelector('promptvagt-banner') || __fixture.submitCount > 0")
    return page


def test_warn_mode_lets_names_through_but_still_holds_a_cpr_number(browser):
    context, worker = browser
    page = send(context, "chatgpt", NAME_PROMPT)
    assert ui(page).banner_shown(), "block mode (default) holds a name"
    assert page.evaluate("__fixture.submitCount") == 0

    worker.evaluate("chrome.storage.local.set({mode: 'warn'})")
    page = send(context, "chatgpt", NAME_PROMPT)
    page.wait_for_function("__fixture.submitCount === 1")
    assert page.locator("promptvagt-banner").count() == 0
    page = send(context, "chatgpt", CPR_PROMPT)
    assert ui(page).banner_shown()
    assert page.evaluate("__fixture.submitCount") == 0


def test_a_site_switched_off_is_not_guarded(browser):
    context, worker = browser
    worker.evaluate("chrome.storage.local.set({sites: {copilot: false}})")
    page = send(context, "copilot", CPR_PROMPT)
    page.wait_for_function("__fixture.submitCount === 1")
    assert page.locator("promptvagt-banner").count() == 0
    page = send(context, "gemini", CPR_PROMPT)  # the others stay on
    assert ui(page).banner_shown()
