// Texts in the language chosen in the settings (Danish by default), for
// content scripts and the extension's own pages alike. chrome.i18n would
// follow the browser's language instead; it only stands in until the worker
// has answered. Tokens like {count} are filled from `vars`.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  let texts = {};

  P.t = (key, vars = {}) => {
    // chrome.i18n is gone in a copy the extension left behind (lifecycle.js).
    const text = texts[key] || chrome.i18n?.getMessage(key) || key;
    return text.replace(/\{(\w+)\}/g, (token, name) => (name in vars ? String(vars[name]) : token));
  };

  // Ask the worker; right after the browser starts the worker may not be
  // listening yet ("Receiving end does not exist"), so try a few times.
  P.ask = async (message, tries = 4) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await chrome.runtime.sendMessage(message);
      } catch (error) {
        if (attempt >= tries) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  };

  P.textsReady = P.ask({ type: "getTexts" })
    .then((answer) => {
      if (answer?.texts) texts = answer.texts;
      return answer?.lang ?? "da";
    })
    .catch(() => "da"); // keep chrome.i18n's texts

  // Extension pages: <x data-i18n="key"> gets the text, data-i18n-attr="attr:key" an attribute.
  P.localize = (root) => {
    for (const element of root.querySelectorAll("[data-i18n]")) element.textContent = P.t(element.dataset.i18n);
    for (const element of root.querySelectorAll("[data-i18n-attr]")) {
      const [attribute, key] = element.dataset.i18nAttr.split(":");
      element.setAttribute(attribute, P.t(key));
    }
  };
})();
