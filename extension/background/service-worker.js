// Background: relays scans to the companion (native port, else HTTP), keeps the near-miss outbox and
// the settings. Chrome runs this as a service worker (importScripts below);
// Firefox loads the same files as background scripts (manifest order).
if (typeof importScripts === "function") {
  importScripts(
    "serial.js", "settings.js", "status.js", "native.js", "companion.js", "outbox.js", "health.js", "extra-sites.js",
    "inject.js", "messages.js",
  );
}

chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  const handler = MESSAGE_HANDLERS[message?.type];
  if (!handler) return false;
  Promise.resolve(handler(message)).then(sendResponse, () => sendResponse({ ok: false, error: "internal" }));
  return true; // keeps the channel open for the async answer
});

// Queued events go out as soon as the companion answers anything (see
// noteCompanionChannel), and at least once a minute while some wait.
chrome.alarms.create("flush-outbox", { periodInMinutes: 1 });
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== "flush-outbox") return;
  readManagedSettings(); // warm up: see settings.js
  ensureNative();
  flushOutbox();
});

chrome.storage.onChanged.addListener((changes) => {
  if ("extraSites" in changes) syncExtraSites();
});
chrome.permissions.onAdded.addListener(() => syncExtraSites());
chrome.permissions.onRemoved.addListener(() => syncExtraSites());
chrome.runtime.onInstalled.addListener(() => {
  syncExtraSites();
  injectIntoOpenTabs(); // install and update: open chatbot tabs are guarded at once (inject.js)
});
chrome.runtime.onStartup.addListener(() => syncExtraSites());

readManagedSettings(); // warm up: see settings.js
connectNative(); // the browser starts the companion (native.js); its first answer flushes the outbox
flushOutbox();
