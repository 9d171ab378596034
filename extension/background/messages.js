// Every message the worker answers, one handler per type. Content scripts and
// the extension's pages send {type, ...}; the answer is a plain object.
const SUPPORTED_LANGUAGES = ["da", "en"];
const EVENT_SITES = ["chatgpt", "gemini", "copilot", "m365", "lechat", "other"];
const MAX_REASON_CHARS = 200;

// Only the fields of the events contract, and findings as kind and severity
// (no text, no masked preview: issue 13): whatever a content script sends,
// nothing else reaches storage.
function cleanEvent(event) {
  const reason = typeof event.reason === "string" ? event.reason.trim().slice(0, MAX_REASON_CHARS) : "";
  return {
    id: String(event.id),
    time: String(event.time),
    site: EVENT_SITES.includes(event.site) ? event.site : "other",
    page_kind: event.page_kind === "custom_assistant" ? "custom_assistant" : "chat",
    verdict: String(event.verdict),
    action: String(event.action),
    findings: (event.findings ?? []).map(({ entity_type, severity }) => ({
      entity_type: String(entity_type),
      severity: String(severity),
    })),
    detector: event.detector === "fallback" ? "fallback" : "companion",
    extension_version: chrome.runtime.getManifest().version,
    ...(reason && event.action === "sent_anyway" ? { reason } : {}),
  };
}

const MESSAGE_HANDLERS = {
  // Texts for pages in the chosen language, as a flat {key: text} map.
  async getTexts() {
    const { language } = await readSettings();
    const lang = SUPPORTED_LANGUAGES.includes(language) ? language : "da";
    const response = await fetch(chrome.runtime.getURL(`_locales/${lang}/messages.json`));
    const messages = await response.json();
    return { lang, texts: Object.fromEntries(Object.entries(messages).map(([key, { message }]) => [key, message])) };
  },

  getSettings: () => readSettings(),

  async scanText(message) {
    try {
      return { ok: true, result: await scanWithCompanion(message) };
    } catch (error) {
      // Never include the text: only why the companion could not answer.
      return { ok: false, error: error.name === "TimeoutError" ? "timeout" : "unreachable" };
    }
  },

  // A file before upload (files.js): the companion reads and scans it; there is no built-in fallback.
  async scanFile(message) {
    try {
      return { ok: true, result: await scanFileWithCompanion(message) };
    } catch (error) {
      return { ok: false, error: error.name === "TimeoutError" ? "timeout" : "unreachable" };
    }
  },

  // A banner choice: queue it for the companion and count it for today.
  async recordEvent({ event }) {
    const clean = cleanEvent(event);
    await enqueueEvent(clean);
    await countAction(clean.action);
    flushOutbox();
    return { ok: true };
  },

  // A page the guard could not see (content/health.js): host and codes only.
  async reportHealth({ problem, adapter, host }) {
    await noteHealthProblem({ problem: String(problem), adapter: String(adapter), host: String(host) });
    return { ok: true };
  },

  async composerSeen({ host }) {
    await noteComposerSeen(String(host));
    return { ok: true };
  },

  getStatus: () => readStatus(),

  // The popup's "Åbn oversigt": the native host starts the dashboard on demand.
  async openDashboard() {
    const url = await dashboardUrl();
    if (!url) return { ok: false };
    await chrome.tabs.create({ url });
    return { ok: true };
  },

  async pairCompanion({ code }) {
    try {
      return await pairWithCompanion(String(code ?? "").trim());
    } catch {
      return { ok: false, reason: "unreachable" };
    }
  },
};
