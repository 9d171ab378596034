// KL's guide, beyond personal data: a clear warning while a publicly shared
// custom assistant (custom GPT, shared Gem, agent) is open, and a reminder
// near the answers that a professional must review AI output and that AI use
// should be disclosed. The site adapter says what counts as either.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  const URL_POLL_MS = 1000;
  const ANSWER_CHECK_MS = 1000;
  const OUTPUT_DISMISSED_KEY = "outputReminderDismissed";

  function watchAssistant(adapter) {
    let lastUrl = "";
    const check = () => {
      if (location.href === lastUrl) return;
      lastUrl = location.href;
      if (adapter.isCustomAssistant?.(location)) {
        P.notices.show("assistant", {
          tone: "warn",
          role: "alert",
          title: P.t("notice_assistant_title"),
          text: P.t("notice_assistant_text"),
          link: P.settings.guidelineUrl ? { href: P.settings.guidelineUrl, text: P.t("banner_guideline") } : null,
        });
      } else {
        P.notices.hide("assistant");
      }
    };
    // SPAs change the URL with pushState, which fires no event in our world;
    // the Navigation API tells Chromium's content scripts, a poll the rest.
    globalThis.navigation?.addEventListener?.("navigatesuccess", check);
    addEventListener("popstate", check);
    setInterval(check, URL_POLL_MS);
    check();
  }

  function watchAnswers(adapter) {
    const selector = adapter.selectors.answer?.join(",");
    if (!selector) return;
    const today = new Date().toDateString();
    let shown = false;
    const timer = setInterval(async () => {
      if (shown || !document.querySelector(selector)) return;
      shown = true;
      clearInterval(timer);
      const dismissed = (await chrome.storage.local.get(OUTPUT_DISMISSED_KEY))[OUTPUT_DISMISSED_KEY];
      if (dismissed === today) return;
      P.notices.show("output", {
        title: P.t("notice_output_title"),
        text: P.t("notice_output_text"),
        // Closing it means "I know": not again today on any chatbot.
        onClose: () => chrome.storage.local.set({ [OUTPUT_DISMISSED_KEY]: today }),
      });
    }, ANSWER_CHECK_MS);
  }

  P.startReminders = (adapter) => {
    const begin = async () => {
      await P.textsReady; // Danish from the first notice, not the browser's language
      watchAssistant(adapter);
      watchAnswers(adapter);
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", begin, { once: true });
    else begin();
  };
})();
