// Texts for content scripts in the language chosen in the settings (Danish by
// default). Until the worker has answered, chrome.i18n's texts stand in.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  let texts = {};

  P.t = (key) => texts[key] ?? chrome.i18n.getMessage(key) ?? key;

  chrome.runtime
    .sendMessage({ type: "getTexts" })
    .then((answer) => {
      if (answer?.texts) texts = answer.texts;
    })
    .catch(() => {}); // keep chrome.i18n's texts
})();
