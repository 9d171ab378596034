"""The page cannot act for the user, nor read what was found (issue 12, item 4).

A hostile chatbot page: its own script (Playwright's ``evaluate`` and an init
script run in the page's world, as the page's code does) hooks
``attachShadow`` before the extension shows anything, watches the whole
document with a MutationObserver, and then tries everything it can against
the banner, the hint and the notices:

- press every button of a held send, paste and file: ``click()``, synthetic
  clicks and keys (Enter, Space, Escape) on the host and on whatever has the
  focus, clicks at the banner's place on screen;
- type into the focused field (``document.execCommand`` does reach a field in
  a closed root; the required reason, a managed policy, is attacked this way in
  ``test_policy.py``);
- close a notice;
- read the findings: the shadow roots, attributes, the document's text and
  HTML with serializable roots, a select-all, ``window.find`` for the masked
  preview, a held file's name and the banner's words, *Ret selv*'s marks
  (``CSS.highlights``), and everything the MutationObserver saw;
- forge near-miss log entries (``chrome.runtime``, ``postMessage``).

Each attempt fails: nothing is sent, nothing given back, no event logged but
the user's own, nothing read. The user, with trusted clicks and key presses
(``tests/e2e/ui.py``), still can do all of it. Real companion, real Chromium,
the real extension and the ChatGPT fixture page.
"""

import json
import urllib.request

import pytest

from .sites import SITES
from .ui import BANNER, DIALOG, NOTICES, ui

CPR = "070761-0913"  # made up
MASK = "0707XX-XXXX"
CPR_PROMPT = f"Skriv et brev til borgeren med cpr {CPR} om mødet"
PASTED = f"Notat om borgeren med cpr {CPR}. " + "Lang tekst om sagen. " * 80  # over 1,500: the copyright notice too
SECRET_VALUES = [CPR, CPR.replace("-", "")]
CHATGPT = SITES["chatgpt"]
#: What the page must not find anywhere: the masked preview and the words the extension shows.
PROBES = [MASK, "0707XX", "CPR-nummer", "Send alligevel", "Annuller", "personoplysninger", "Indsæt", "ophavsret"]

HOSTILE_PAGE = """
window.__hostile = {roots: [], seen: []};
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attach.call(this, init);
  window.__hostile.roots.push(root);
  return root;
};
const describe = (node) => node.nodeType === 1
  ? [node.localName, ...node.getAttributeNames().map((a) => `${a}=${node.getAttribute(a)}`), node.textContent].join(' ')
  : String(node.textContent);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) window.__hostile.seen.push(describe(node));
    if (record.type !== 'childList') window.__hostile.seen.push(describe(record.target));
  }
}).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
"""

READ_EVERYTHING = """(probes) => {
  const hosts = ['promptvagt-banner', 'pv-hint', 'pv-notices', 'pv-marks'].map((name) => document.querySelector(name)).filter(Boolean);
  const selection = getSelection();
  selection.selectAllChildren(document.documentElement);
  const selected = selection.toString();
  selection.removeAllRanges();
  const found = probes.filter((probe) => {
    const hit = window.find(probe, false, false, true);
    getSelection().removeAllRanges();
    return hit;
  });
  return {
    hosts: hosts.map((host) => host.localName),
    open: hosts.filter((host) => host.shadowRoot !== null).map((host) => host.localName),
    hooked: window.__hostile.roots.length,
    attributes: hosts.flatMap((host) => host.getAttributeNames()),
    marked: document.querySelectorAll('[data-verdict], [data-findings]').length,
    text: [document.documentElement.innerText, document.documentElement.textContent,
           document.documentElement.getHTML({serializableShadowRoots: true}), selected].join('\\n'),
    found,
    seen: window.__hostile.seen.join('\\n'),
  };
}"""

PRESS_EVERYTHING = """() => {
  const hosts = ['promptvagt-banner', 'pv-notices', 'pv-hint'].map((name) => document.querySelector(name)).filter(Boolean);
  const keys = ['Enter', ' ', 'Escape', 'Tab'];
  const targets = [...hosts, document.activeElement];
  for (const target of targets) {
    target.click();
    target.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    for (const key of keys) {
      for (const type of ['keydown', 'keypress', 'keyup']) {
        target.dispatchEvent(new KeyboardEvent(type, {key, code: key === ' ' ? 'Space' : key, bubbles: true, composed: true, cancelable: true}));
      }
    }
  }
  // Clicks at the banner's place on screen reach the host only, as synthetic events.
  for (let y = 20; y < 400; y += 20) {
    for (let x = innerWidth / 2 - 300; x < innerWidth / 2 + 300; x += 40) {
      const under = document.elementFromPoint(x, y);
      if (under && hosts.includes(under)) {
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          under.dispatchEvent(new MouseEvent(type, {bubbles: true, composed: true, clientX: x, clientY: y}));
        }
      }
    }
  }
  // Type into whatever field has the focus, even inside a closed root.
  document.execCommand('selectAll');
  document.execCommand('insertText', false, 'Chefen har sagt god for det');
  // Forge a near-miss: the extension's messaging is not the page's.
  const forged = {type: 'recordEvent', event: {action: 'sent_anyway', site: 'chatgpt', verdict: 'block', findings: []}};
  try { chrome.runtime.sendMessage('hhbeicfpmognamgecembgihjkdniilfi', forged); } catch (error) { /* no chrome.runtime here */ }
  window.postMessage(forged, '*');
  document.dispatchEvent(new CustomEvent('promptvagt', {detail: forged}));
}"""


def events(companion):
    with urllib.request.urlopen(f"{companion}/api/v1/events?days=1&per_page=500") as response:
        return json.load(response)["events"]


def new_events(companion, before):
    """The events logged since ``before`` (a list of events), oldest first."""
    known = {e["id"] for e in before}
    return sorted((e for e in events(companion) if e["id"] not in known), key=lambda e: e["time"])


@pytest.fixture(scope="module")
def context(browser):
    browser.grant_permissions(["clipboard-read", "clipboard-write"], origin=CHATGPT.url)
    return browser


@pytest.fixture
def page(context):
    page = context.new_page()
    page.add_init_script(HOSTILE_PAGE)
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(CHATGPT.url)
    page.wait_for_function("window.__fixture && window.__fixture.ready")
    yield page
    # Nothing of the extension's is written to the console the page shares.
    assert not [line for line in console if CPR in line or MASK in line or "0707" in line]
    page.close()


def assert_nothing_read(page, probes=PROBES):
    seen = page.evaluate(READ_EVERYTHING, probes)
    assert seen["hosts"], "the extension showed nothing to attack"
    assert seen["open"] == [] and seen["hooked"] == 0
    assert seen["attributes"] == [] and seen["marked"] == 0
    assert seen["found"] == []
    for probe in probes:
        assert probe not in seen["text"]
        assert probe not in seen["seen"]


def test_the_page_cannot_press_the_send_banner(page, companion):
    before = events(companion)
    page.click(CHATGPT.composer)
    page.keyboard.type(CPR_PROMPT)
    banner = ui(page)
    assert "CPR-nummer" in banner.hint()
    assert_nothing_read(page)  # the hint is out of the page's reach too
    page.keyboard.press("Enter")
    assert MASK in banner.banner()
    assert_nothing_read(page)

    page.evaluate(PRESS_EVERYTHING)
    page.wait_for_timeout(1500)  # room for a wrongly accepted press to send or to be logged
    assert banner.banner_shown()
    assert page.evaluate("__fixture.submitCount") == 0
    assert page.evaluate("__fixture.composerText") == CPR_PROMPT

    banner.press("sendAnyway")  # the user can
    page.wait_for_function("__fixture.submitCount === 1")
    assert page.evaluate("__fixture.submissions[0].text") == CPR_PROMPT
    page.wait_for_timeout(1000)
    assert [e["action"] for e in new_events(companion, before)] == ["sent_anyway"]


def test_ret_selv_marks_what_only_the_user_sees(page):
    page.click(CHATGPT.composer)
    page.keyboard.type(CPR_PROMPT)
    page.keyboard.press("Enter")
    banner = ui(page)
    banner.press("edit")
    assert banner.count("pv-marks", ".pv-mark") == 1  # the finding is marked for the user
    assert_nothing_read(page)
    assert page.evaluate("CSS.highlights.size") == 0
    assert page.evaluate("document.querySelector('pv-marks').shadowRoot") is None


def test_the_page_can_neither_release_nor_read_a_held_paste(page, companion):
    before = events(companion)
    page.click(CHATGPT.composer)
    page.evaluate("t => navigator.clipboard.writeText(t)", PASTED)
    page.keyboard.press("Control+V")
    banner = ui(page)
    assert MASK in banner.banner()  # the masked preview of a paste the page never received
    assert "ophavsret" in banner.notice("copyright")
    assert_nothing_read(page)

    page.evaluate(PRESS_EVERYTHING)
    page.wait_for_timeout(1500)
    assert banner.banner_shown() and banner.notice_shown("copyright")
    assert page.evaluate("__fixture.composerText") == ""
    assert page.evaluate("__fixture.attachments.length") == 0
    assert new_events(companion, before) == []

    banner.close_notice("copyright")  # the user can close it
    banner.wait_gone(NOTICES, '[data-id="copyright"]')
    banner.press("cancel")
    banner.wait_gone(BANNER, DIALOG)
    page.wait_for_timeout(1000)
    assert page.evaluate("__fixture.composerText") == ""
    assert [e["action"] for e in new_events(companion, before)] == ["cancelled"]


def test_the_page_can_neither_release_nor_read_a_held_file(page, companion, tmp_path):
    # A picked file the page never received: its name and the masked preview of what is in it are the user's.
    path = tmp_path / "sag-om-borgeren.txt"
    path.write_text(f"Notat\nBorgeren har cpr {CPR} og bor i kommunen.\n", encoding="utf-8")
    before = events(companion)
    with page.expect_file_chooser() as chooser:
        page.click('#composer-slot [data-testid="composer-plus-btn"]')
    chooser.value.set_files(str(path))
    banner = ui(page)
    text = banner.banner(30)
    assert path.name in text and MASK in text
    assert_nothing_read(page, [*PROBES, path.name, "sag-om-borgeren"])

    page.evaluate(PRESS_EVERYTHING)
    page.wait_for_timeout(1500)
    assert banner.banner_shown()
    assert page.evaluate("__fixture.attachments.length") == 0
    assert new_events(companion, before) == []

    banner.press("cancel")
    banner.wait_gone(BANNER, DIALOG)
    page.wait_for_timeout(1000)
    assert page.evaluate("__fixture.attachments.length") == 0
    assert [e["action"] for e in new_events(companion, before)] == ["cancelled"]
