// Mistral Le Chat: a ProseMirror (TipTap) editor inside a <form>, and an edit
// box in the turn being edited.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  // An agent's page or a chat with an agent (research §4).
  const AGENT_URL = /^\/agents\/[0-9a-f-]{36}|[?&]agent=[^&]+/;

  P.addSite({
    id: "lechat",
    name: "Le Chat",
    matches: ["https://chat.mistral.ai/*"],
    selectors: {
      composer: [
        // ProseMirror in the composer form, seen 2025-06 to 2026-08 (S3, S7, S16).
        'form div.ProseMirror[contenteditable="true"]',
        'div.ProseMirror[contenteditable="true"][data-placeholder]',
        // react-hook-form textarea, 2024 to 2025-10 (S7). TODO [2027-06]: remove
        'textarea[name="message.text"]',
        // The edit box of a sent message: (fc) no source showed it; docs/sites.md.
        '[data-message-author-role="user"] textarea',
        '[data-message-author-role="user"] [contenteditable="true"]',
      ],
      sendButton: [
        // Present only while there is text; the label is localised (S16, S7). Also the edit box's Save (fc).
        'form button[type="submit"]',
      ],
      scope: ["form", '[data-message-author-role="user"]'],
      answer: ['[data-message-author-role="assistant"]'], // (fc) fixture's choice
      userTurn: ['[data-message-author-role="user"]'],
      copyButton: ['button[data-testid="copy-message-button"]'], // (fc)
    },

    // While an answer is written the slot holds Stop, a square icon (S3: form rect[rx="2"]); if it ever
    // becomes the submit button itself, it is still not a send (issue 12).
    isSendButton: (button) => !button.querySelector('rect[rx="2"]') && !/^(stop|arrêter|stopp)/i.test(button.getAttribute("aria-label") ?? ""),

    isCustomAssistant: (location) => AGENT_URL.test(location.pathname + location.search),
  });
})();
// Test pages: tests/fixtures/lechat/index.html
