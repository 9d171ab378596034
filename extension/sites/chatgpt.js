// ChatGPT: a ProseMirror editor inside the "unified composer" form.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  P.sites.push({
    id: "chatgpt",
    name: "ChatGPT",
    matches: ["https://chatgpt.com/*", "https://chat.openai.com/*"],
    selectors: {
      composer: [
        // ProseMirror editor, seen 2024-06 to 2026-08 (research S1, S3, S4).
        'div#prompt-textarea.ProseMirror[contenteditable="true"]',
        // Fallback if the class changes but the id stays (S3 2026-08).
        '#prompt-textarea[contenteditable="true"]',
        // Legacy textarea composer before mid-2024. TODO [2027-06]: remove
        "textarea#prompt-textarea",
      ],
      sendButton: [
        // Present only while the composer has text; aria-label is localised, so not used.
        "button#composer-submit-button",
        'button[data-testid="send-button"]',
        'form[data-type="unified-composer"] button[type="submit"]',
      ],
    },

    // innerText keeps the line breaks between ProseMirror's <p> blocks.
    readText(composer) {
      const text = composer instanceof HTMLTextAreaElement ? composer.value : composer.innerText;
      return text.replace(/\u00a0/g, " ").replace(/\n$/, "");
    },

    // Click the page's real send button; the form falls back to requestSubmit.
    resend(composer) {
      const form = composer.closest("form");
      const button = (form ?? document).querySelector(this.selectors.sendButton.join(","));
      if (button) button.click();
      else form?.requestSubmit();
    },
  });
})();
// Test pages: tests/fixtures/chatgpt/index.html
