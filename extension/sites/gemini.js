// Google Gemini: a Quill editor inside Angular custom elements, no <form>.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  // Shared Gems have Drive-style ids starting with "1" (research §4, inferred);
  // Google's premade gems (slugs) and the user's own (12 hex) are not warned about.
  const SHARED_GEM_PATH = /^\/(?:u\/\d+\/)?gem\/1[A-Za-z0-9_-]{25,}(?:[/?#]|$)/;

  P.sites.push({
    id: "gemini",
    name: "Gemini",
    matches: ["https://gemini.google.com/*"],
    selectors: {
      composer: [
        // Quill editor in <rich-textarea>, seen 2025-2026 (S1, S6, S8, S10).
        'rich-textarea div.ql-editor[contenteditable="true"]',
        'div.ql-editor.textarea.new-input-ui[contenteditable="true"]',
        'div.ql-editor[contenteditable="true"][role="textbox"]',
      ],
      sendButton: [
        // Always present; the same element turns into Stop while answering (S1, S4, S10).
        "button.send-button",
        'button:has(mat-icon[fonticon="send"])',
      ],
      // Answers, seen 2025-2026 (S7, S8).
      answer: ["model-response", "message-content"],
    },

    // A disabled send button or the Stop state is not a send (research §3.3, §3.4).
    isSendButton: (button) => !button.classList.contains("stop") && button.getAttribute("aria-disabled") !== "true",

    readText(composer) {
      return P.editing.blockText(composer);
    },

    // Quill's MutationObserver takes typed input into its model (S8 inputHelper).
    writeText(composer, text) {
      P.editing.typeText(composer, text);
    },

    // True once sent; false while the button is Stop or disabled (see chatgpt.js).
    resend(composer) {
      const scope = composer.closest("input-area-v2, .text-input-field, input-container") ?? document;
      const button = scope.querySelector(this.selectors.sendButton.join(","));
      if (!button || !this.isSendButton(button)) return false;
      button.click();
      return true;
    },

    isCustomAssistant: (location) => SHARED_GEM_PATH.test(location.pathname),
  });
})();
// Test pages: tests/fixtures/gemini/index.html
