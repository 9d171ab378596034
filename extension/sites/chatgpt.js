// ChatGPT: a ProseMirror editor inside the "unified composer" form, and a
// textarea in the turn being edited (edit a sent message and send it again).
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  // A custom GPT (also its conversations); g-p- is a private project, not a GPT (research §4).
  const GPT_PATH = /^\/g\/g-(?!p-)[A-Za-z0-9]+(?:-[^/]*)?(?:\/c\/[0-9a-f-]+)?\/?$/;

  P.addSite({
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
        // The edit box of a sent message (issue 12; one public adapter, 2026; docs/sites.md).
        '[data-message-author-role="user"] textarea',
        '[data-message-author-role="user"] [contenteditable="true"]',
      ],
      sendButton: [
        // Present only while the composer has text; aria-label is localised, so not used.
        "button#composer-submit-button",
        'button[data-testid="send-button"]',
        'form[data-type="unified-composer"] button[type="submit"]',
        // The edit box's Send: the primary button next to Cancel (docs/sites.md: unconfirmed).
        '[data-message-author-role="user"] button.btn-primary',
        '[data-message-author-role="user"] button[data-testid="save-button"]',
      ],
      // Where a composer and its own send button live: the form, or the turn being edited.
      scope: ["form", '[data-message-author-role="user"]'],
      // Assistant turns, seen 2024-2026 (S7, S16); user turns likewise.
      answer: ['[data-message-author-role="assistant"]'],
      userTurn: ['[data-message-author-role="user"]'],
      // In the turn's action bar, seen 2025-2026 (public automation code).
      copyButton: ['button[data-testid="copy-turn-action-button"]'],
    },

    // Stop reuses #composer-submit-button with data-testid="stop-button" (issue 12): not a send.
    isSendButton: (button) => button.dataset.testid !== "stop-button",

    isCustomAssistant: (location) => GPT_PATH.test(location.pathname),

    // The GPT store and builder (/gpts, /gpts/editor/g-…, research §4) have
    // instruction fields but no composer: no health report there (health.js).
    withoutComposer: (location) => /^\/gpts(?:\/|$)/.test(location.pathname),
  });
})();
// Test pages: tests/fixtures/chatgpt/index.html
