// ChatGPT: a ProseMirror editor inside the "unified composer" form.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  // A custom GPT (also its conversations); g-p- is a private project, not a GPT (research §4).
  const GPT_PATH = /^\/g\/g-(?!p-)[A-Za-z0-9]+(?:-[^/]*)?(?:\/c\/[0-9a-f-]+)?\/?$/;

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
      // Assistant turns, seen 2024-2026 (S7, S16).
      answer: ['[data-message-author-role="assistant"]'],
    },

    // Stop reuses #composer-submit-button with data-testid="stop-button" (issue 12): not a send.
    isSendButton: (button) => button.dataset.testid !== "stop-button" && !button.disabled,

    // One line per ProseMirror <p> block (the legacy composer is a textarea).
    readText(composer) {
      return composer instanceof HTMLTextAreaElement ? composer.value : P.editing.blockText(composer);
    },

    // ProseMirror re-reads typed input into its state; the legacy textarea is React's.
    writeText(composer, text) {
      if (composer instanceof HTMLTextAreaElement) P.editing.setNativeValue(composer, text);
      else P.editing.typeText(composer, text);
    },

    // Click the page's real send button; the form falls back to requestSubmit.
    // True once sent. No send button while an answer is being written: false,
    // and the guard tries again; on its last try the form is submitted anyway.
    resend(composer, { lastTry = false } = {}) {
      const form = composer.closest("form");
      const button = [...(form ?? document).querySelectorAll(this.selectors.sendButton.join(","))].find(this.isSendButton);
      if (button) button.click();
      else if (lastTry) form?.requestSubmit();
      return Boolean(button);
    },

    isCustomAssistant: (location) => GPT_PATH.test(location.pathname),
  });
})();
// Test pages: tests/fixtures/chatgpt/index.html
