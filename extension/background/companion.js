// The only code that talks to the companion on 127.0.0.1.

// A scan that takes longer than this is treated as "companion unreachable":
// the guard then falls back to its built-in detector rather than hold the send.
const SCAN_TIMEOUT_MS = 3000;
const HEALTH_TIMEOUT_MS = 2000;
const EVENT_TIMEOUT_MS = 5000;

async function callCompanion(path, { body, timeout }) {
  const { companionUrl } = await readSettings();
  let response;
  try {
    response = await fetch(new URL(path, companionUrl), {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
  } catch (error) {
    noteCompanionReachable(false);
    throw error;
  }
  noteCompanionReachable(true);
  return response;
}

async function scanWithCompanion({ text, site, url, source }) {
  const response = await callCompanion("/api/v1/scan", { body: { text, site, url, source }, timeout: SCAN_TIMEOUT_MS });
  if (!response.ok) throw new Error(`companion answered ${response.status}`);
  return response.json();
}

async function fetchHealth() {
  const response = await callCompanion("/health", { timeout: HEALTH_TIMEOUT_MS });
  if (!response.ok) throw new Error(`companion answered ${response.status}`);
  return response.json();
}

// Returns the HTTP status; throws when the companion cannot be reached.
async function postEvent(event) {
  const response = await callCompanion("/api/v1/events", { body: event, timeout: EVENT_TIMEOUT_MS });
  return response.status;
}
