"""The extension's banner, hint and notices, seen and pressed as the user does (Chromium).

They live in closed shadow roots (issue 12), so neither the page's script nor
Playwright's locators reach inside. The tests look in through the DevTools
protocol, which shows closed roots as DevTools' Elements panel does
(``DOM.getDocument`` with ``pierce``) and which no page can use, and press
with real mouse clicks and key presses at the element's place on screen:
trusted input, as from a user. Nothing in the extension exists for the tests.

``ui(page)`` gives the page's ``ExtensionUi``; hosts are ``BANNER``, ``HINT``
and ``NOTICES``, selectors are CSS inside the host's shadow root.
"""

from __future__ import annotations

import time
import weakref

BANNER = "promptvagt-banner"
HINT = "pv-hint"
NOTICES = "pv-notices"
DIALOG = "[role=alertdialog]"

_pages: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

#: The words of a rendered element, run with the element as ``this``. The extension writes
#: them as generated content (``::before`` from ``data-t``, which ``window.find`` cannot
#: search), so ``innerText`` alone would be empty: read both, a line per block. Shared with
#: the Firefox driver.
READ_TEXT = """function () {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return parts.push(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const style = getComputedStyle(node);
    if (style.display === "none" || node.localName === "style") return;
    const block = style.display !== "inline" && style.display !== "inline-block";
    if (block) parts.push("\\n");
    // Chromium gives the resolved string, Firefox the attr() it comes from.
    const before = getComputedStyle(node, "::before").content;
    const attribute = /^attr\(([\w-]+)\)$/.exec(before);
    if (attribute) parts.push(node.getAttribute(attribute[1]) ?? "");
    else if (before.startsWith('"')) parts.push(JSON.parse(before));
    for (const child of node.childNodes) walk(child);
    if (block) parts.push("\\n");
  };
  walk(this);
  return parts.join("").split("\\n").map((line) => line.trim()).filter(Boolean).join("\\n");
}"""


def ui(page) -> ExtensionUi:
    """The one ``ExtensionUi`` of ``page`` (one DevTools session per page)."""
    if page not in _pages:
        _pages[page] = ExtensionUi(page)
    return _pages[page]


def _shadow_root(node: dict, host: str) -> int | None:
    """The node id of the shadow root of the first ``host`` element in the DevTools tree ``node``."""
    if node.get("localName") == host and node.get("shadowRoots"):
        return node["shadowRoots"][0]["nodeId"]
    for child in node.get("children", []):
        found = _shadow_root(child, host)
        if found:
            return found
    return None


class ExtensionUi:
    def __init__(self, page):
        self.page = page
        self.cdp = page.context.new_cdp_session(page)

    # -- looking ---------------------------------------------------------------------------

    def node(self, host: str, selector: str) -> int | None:
        """The DevTools node id of ``selector`` in ``host``'s shadow root, or None."""
        document = self.cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
        root = _shadow_root(document, host)
        if root is None:
            return None
        return self.cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"] or None

    def _call(self, node: int, function: str):
        """Run ``function`` with the node as ``this`` (in the DevTools session, not in page script)."""
        handle = self.cdp.send("DOM.resolveNode", {"nodeId": node})["object"]["objectId"]
        try:
            return self.cdp.send(
                "Runtime.callFunctionOn", {"objectId": handle, "functionDeclaration": function, "returnByValue": True}
            )["result"].get("value")
        finally:
            self.cdp.send("Runtime.releaseObject", {"objectId": handle})

    def _centre(self, node: int) -> tuple[float, float] | None:
        """The middle of the node's first box on screen; None when it is not rendered (hidden)."""
        try:
            self.cdp.send("DOM.scrollIntoViewIfNeeded", {"nodeId": node})
            quads = self.cdp.send("DOM.getContentQuads", {"nodeId": node})["quads"]
        except Exception:  # noqa: BLE001 ("Could not compute content quads": not rendered)
            return None
        if not quads:
            return None
        xs, ys = quads[0][0::2], quads[0][1::2]
        return sum(xs) / 4, sum(ys) / 4

    def visible(self, host: str, selector: str = DIALOG) -> bool:
        node = self.node(host, selector)
        return node is not None and self._centre(node) is not None

    def count(self, host: str, selector: str) -> int:
        document = self.cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
        root = _shadow_root(document, host)
        if root is None:
            return 0
        return len(self.cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"])

    def wait(self, host: str, selector: str = DIALOG, timeout: float = 10, what: str | None = None) -> int:
        """Wait until ``selector`` is rendered in ``host``; return its node id."""
        deadline = time.monotonic() + timeout
        while True:
            node = self.node(host, selector)
            if node is not None and self._centre(node) is not None:
                return node
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what or f'{host} {selector}'}")
            self.page.wait_for_timeout(50)

    def wait_gone(self, host: str, selector: str = DIALOG, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while self.visible(host, selector):
            if time.monotonic() > deadline:
                raise AssertionError(f"{host} {selector} still shown after {timeout}s")
            self.page.wait_for_timeout(50)

    def text(self, host: str, selector: str = DIALOG, timeout: float = 10) -> str:
        """The rendered text of ``selector`` in ``host`` once it shows."""
        return self._call(self.wait(host, selector, timeout), READ_TEXT)

    def attribute(self, host: str, selector: str, name: str) -> str | None:
        return self._call(self.wait(host, selector), f"function () {{ return this.getAttribute({name!r}); }}")

    def focused(self, host: str, selector: str) -> bool:
        """Whether ``selector`` has the focus inside the host's shadow root."""
        return self._call(self.wait(host, selector), "function () { return this.getRootNode().activeElement === this; }")

    # -- acting as the user ----------------------------------------------------------------

    def click(self, host: str, selector: str, timeout: float = 10) -> None:
        """A real mouse click in the middle of ``selector`` (a trusted click)."""
        node = self.wait(host, selector, timeout)
        x, y = self._centre(node)
        self.page.mouse.click(x, y)

    def type_into(self, host: str, selector: str, text: str) -> None:
        """Click a field, select what it holds and type ``text`` over it, key by key."""
        self.click(host, selector)
        self.page.keyboard.press("Control+A")
        self.page.keyboard.type(text)

    # -- the banner, the hint and the notices ------------------------------------------------

    def banner(self, timeout: float = 10) -> str:
        """The banner's text once it shows; fails when none appears."""
        return self.text(BANNER, DIALOG, timeout)

    def banner_shown(self) -> bool:
        return self.visible(BANNER, DIALOG)

    def press(self, action: str, timeout: float = 10) -> None:
        """Click a banner button by its ``data-action``: redact, edit, sendAnyway, cancel, confirmSendAnyway."""
        self.click(BANNER, f"button[data-action={action}]", timeout)

    def has_button(self, action: str) -> bool:
        return self.count(BANNER, f"button[data-action={action}]") > 0

    def button_text(self, action: str) -> str:
        return self.text(BANNER, f"button[data-action={action}]")

    def hint(self, timeout: float = 10) -> str:
        return self.text(HINT, "[role=status]", timeout)

    def notice(self, notice_id: str, timeout: float = 10) -> str:
        """The text of the notice ``notice_id`` (e.g. "redacted", "copyright", "images") once it shows."""
        return self.text(NOTICES, f'[data-id="{notice_id}"]', timeout)

    def notice_shown(self, notice_id: str) -> bool:
        return self.visible(NOTICES, f'[data-id="{notice_id}"]')

    def close_notice(self, notice_id: str) -> None:
        self.click(NOTICES, f'[data-id="{notice_id}"] .pv-close')
