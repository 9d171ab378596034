// Background service worker: relays scans from content scripts to the companion.
importScripts("settings.js", "companion.js");

const MESSAGE_HANDLERS = {
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
