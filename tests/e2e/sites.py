"""The fixture pages as the end-to-end tests see them: URL, composer, send button, send paths."""

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Site:
    id: str
    url: str
    composer: str
    send_button: str
    # Send paths the real page has (research §1): Enter, Ctrl+Enter and the
    # button everywhere; a form submit where the composer sits in a <form>.
    has_form: bool
    custom_assistant: str  # a route that must warn
    plain_route: str  # a route that must not


SITES = {
    "chatgpt": Site("chatgpt", "https://chatgpt.com/", "#composer-slot #prompt-textarea", '#composer-slot button[data-testid="send-button"]',
                    True, "/g/g-AbC123xyZ-test-gpt", "/g/g-p-68bc64a7ec1c81918a34c5bb0636fa28-proj/project"),
    "gemini": Site("gemini", "https://gemini.google.com/app", "rich-textarea .ql-editor", "button.send-button",
                   False, "/gem/1RrpDHQocP7E7C7Bpsc7yhDT-AkuKNuT_", "/gem/coding-partner"),
    "copilot": Site("copilot", "https://copilot.microsoft.com/", "#userInput", '[data-testid="submit-button"]',
                    False, "", "/"),
    "m365": Site("m365", "https://m365.cloud.microsoft/chat", "#m365-chat-editor-target-element", "button.fai-SendButton",
                 True, "/chat/?titleId=T_c51a20dd-173e-b921-6727-b83a315fcdb4&source=embedded-builder", "/chat"),
    "lechat": Site("lechat", "https://chat.mistral.ai/chat", "form .ProseMirror", 'form button[type="submit"]',
                   True, "/agents/0e7213f8-3214-4474-8318-148e1db9b0d7", "/chat"),
}

@dataclass(frozen=True)
class EditBox:
    """The box for editing a sent message and sending it again (issue 12; markup in docs/sites.md)."""

    open_button: str  # the turn's edit button
    field: str  # the box's textarea
    send: str  # the box's send / update / save button


EDIT_BOXES = {
    "chatgpt": EditBox('[data-testid="edit-message-button"]', '[data-message-author-role="user"] textarea',
                       '[data-message-author-role="user"] button.btn-primary'),
    "gemini": EditBox("user-query button.edit-button", "user-query textarea", "user-query button.update-button"),
    "lechat": EditBox('[data-message-author-role="user"] button[aria-label="Edit"]', '[data-message-author-role="user"] textarea',
                      '[data-message-author-role="user"] button[type="submit"]'),
}

SEND_PATHS = [(site, path) for site in SITES for path in ("enter", "ctrl-enter", "button", *(("form",) if SITES[site].has_form else ()))]

# Tier B (issue 16): the pages whose editor the real-editor server swaps for the
# library from npm. Copilot's consumer page is a React textarea in both tiers.
# M365 twice: Lexical with its plain-text plugin, and with ?variant=rich-text.
REAL_EDITOR_SITES = {
    **{site: SITES[site] for site in ("chatgpt", "gemini", "m365", "lechat")},
    "m365-rich": replace(SITES["m365"], url=SITES["m365"].url + "?variant=rich-text"),
}


def type_lines(page, site: Site, *lines: str) -> None:
    """Click into the site's composer and type ``lines``, Shift+Enter between them (a new line, not a send)."""
    page.click(site.composer)
    for index, line in enumerate(lines):
        if index:
            page.keyboard.press("Shift+Enter")
        page.keyboard.type(line)


def attempt_send(page, site: Site, path: str) -> None:
    """Try to send the composer's text one way: "enter", "ctrl-enter", "button" or "form"."""
    if path == "enter":
        page.keyboard.press("Enter")
    elif path == "ctrl-enter":
        page.keyboard.press("Control+Enter")
    elif path == "button":
        page.click(site.send_button)
    else:  # the page's own script submits the composer's form (research §6.5 row 3)
        page.evaluate("s => document.querySelector(s).closest('form').requestSubmit()", site.composer)
