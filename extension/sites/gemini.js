// Google Gemini: a Quill editor inside Angular custom elements, no <form>, and
// an edit box with an Update button in the turn being edited.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  // Shared Gems have Drive-style ids starting with "1" (research §4, inferred);
  // Google's premade gems (slugs) and the user's own (12 hex) are not warned about.
  const SHARED_GEM_PATH = /^\/(?:u\/\d+\/)?gem\/1[A-Za-z0-9_-]{25,}(?:[/?#]|$)/;

  P.addSite({
    id: "gemini",
    name: "Gemini",
    matches: ["https://gemini.google.com/*"],
    selectors: {
      composer: [
        // Quill editor in <rich-textarea>, seen 2025-2026 (S1, S6, S8, S10).
        'rich-textarea div.ql-editor[contenteditable="true"]',
        'div.ql-editor.textarea.new-input-ui[contenteditable="true"]',
        'div.ql-editor[contenteditable="true"][role="textbox"]',
        // The edit box of a sent prompt (S8: user-query/chat-message, issue 12).
        "user-query textarea",
        "chat-message textarea",
      ],
      sendButton: [
        // Always present; the same element turns into Stop while answering (S1, S4, S10).
        "button.send-button",
        'button:has(mat-icon[fonticon="send"])',
        // The edit box's Update (S8 SEND_BUTTON_SELECTORS).
        "button.update-button",
      ],
      // The composer's field, or the turn being edited (S8 findSendButton).
      scope: [".text-input-field", "input-area-v2", "user-query", "chat-message"],
      // Answers, seen 2025-2026 (S7, S8).
      answer: ["model-response", "message-content"],
      userTurn: ["user-query"],
      // In message-actions under the answer, seen 2025-2026 (public Gemini tools).
      copyButton: ['button[data-test-id="copy-button"]', "copy-button button"],
    },

    // The Stop state of the shared button is not a send (research §3.3, §3.4).
    isSendButton: (button) => !button.classList.contains("stop"),

    isCustomAssistant: (location) => SHARED_GEM_PATH.test(location.pathname),

    // The Gem manager (/gems/view, research §4; its editor inferred under /gems/)
    // has instruction fields but no composer: no health report there (health.js).
    withoutComposer: (location) => /^\/gems(?:\/|$)/.test(location.pathname),
  });
})();
// Test pages: tests/fixtures/gemini/index.html
