// Background service worker: relays scans from content scripts to the companion.
importScripts("settings.js", "companion.js");

const SUPPORTED_LANGUAGES = ["da", "en"];

const MESSAGE_HANDLERS = {
  // Texts for the page in the chosen language, as a flat {key: text} map.
  // chrome.i18n would follow the browser's UI language instead.
  async getTexts() {
    const { language } = await readSettings();
    const lang = SUPPORTED_LANGUAGES.includes(language) ? language : "da";
    const response = await fetch(chrome.runtime.getURL(`_locales/${lang}/messages.json`));
    const messages = await response.json();
    return { lang, texts: Object.fromEntries(Object.entries(messages).map(([key, { message }]) => [key, message])) };
  },

  async scanText(message) {
    try {
      return { ok: true, result: await scanWithCompanion(message) };
    } catch (error) {
      // Never include the text: only why the companion could not answer.
      return { ok: false, error: error.name === "TimeoutError" ? "timeout" : "unreachable" };
    }
  },
};

chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  const handler = MESSAGE_HANDLERS[message?.type];
  if (!handler) return false;
  handler(message).then(sendResponse);
  return true; // keeps the channel open for the async answer
});
