// Settings the worker needs. The options page (issue 4) writes the same keys.
const DEFAULT_SETTINGS = {
  companionUrl: "http://127.0.0.1:8640",
  // Danish first, whatever the browser's own language: the staff read Danish.
  language: "da",
};

async function readSettings() {
  const stored = await chrome.storage.local.get(Object.keys(DEFAULT_SETTINGS));
  return { ...DEFAULT_SETTINGS, ...stored };
}
