"""The page cannot act for the user (issue 12, part): page script presses every banner button and fails.

The page's own script (Playwright's ``evaluate`` runs in the page's world, as
the page's code does) clicks each of the banner's buttons, fills and confirms
the reason (a policy's required reason; the box is there even when hidden), and sends Escape; none of it sends, cancels or records anything,
and no attribute on the banner tells the page what was found. A real click
still works. Not yet covered: the banner's shadow root is still open, so its
text (masked previews) is readable by the page.
"""

import json
import urllib.request

import pytest

from .sites import SITES

CPR_PROMPT = "Skriv et brev til borgeren med cpr 070761-0913 om mødet"
BANNER = "promptvagt-banner [role=alertdialog]"

PRESS_EVERYTHING = """() => {
  const host = document.querySelector('promptvagt-banner');
  const root = host.shadowRoot;
  const input = root.querySelector('input');
  for (const button of root.querySelectorAll('button')) {
    button.click();
    button.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
  }
  if (input) {
    input.value = 'Det er i orden, chefen sagde ja';
    input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
  }
  root.querySelector('[role=alertdialog]').dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
  return host.getAttributeNames();
}"""

SECRET_VALUES = ["070761-0913"]  # made up; never in the companion's log


def test_page_script_cannot_press_the_banner(launch_browser, extension_worker, fixture_server, companion):
    context = launch_browser()
    extension_worker(context).evaluate("url => chrome.storage.local.set({companionUrl: url})", companion)
    page = context.new_page()
    page.goto(SITES["chatgpt"].url)
    page.wait_for_function("window.__fixture && window.__fixture.ready")
    page.click(SITES["chatgpt"].composer)
    page.keyboard.type(CPR_PROMPT)
    page.keyboard.press("Enter")
    page.locator(BANNER).wait_for(state="visible")

    attributes = page.evaluate(PRESS_EVERYTHING)
    page.wait_for_timeout(1500)  # room for a wrongly accepted press to send or to be logged
    assert not [name for name in attributes if name.startswith("data-")]
    assert page.locator(BANNER).is_visible()
    assert page.evaluate("__fixture.submitCount") == 0
    assert page.evaluate("__fixture.composerText") == CPR_PROMPT
    with urllib.request.urlopen(f"{companion}/api/v1/events?days=1&per_page=500") as response:
        assert json.load(response)["events"] == []

    page.locator(BANNER).locator('[data-action="cancel"]').click()  # the user still can
    assert page.locator("promptvagt-banner").count() == 0
