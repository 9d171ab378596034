// The only code that talks to the companion on 127.0.0.1.

// A scan that takes longer than this is treated as "companion unreachable":
// the guard then falls back to its built-in detector rather than hold the send.
const SCAN_TIMEOUT_MS = 3000;
const HEALTH_TIMEOUT_MS = 2000;
const EVENT_TIMEOUT_MS = 5000;

// Firefox gives every install its own extension origin, so there the companion
// knows us by a token from pairing (docs/security.md); Chrome and Edge need none.
const TOKEN_HEADER = "X-Promptvagt-Token";

async function callCompanion(path, { body, timeout }) {
  const { companionUrl } = await readSettings();
  const { companionToken } = await chrome.storage.local.get("companionToken");
  const headers = {
    ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    ...(companionToken ? { [TOKEN_HEADER]: companionToken } : {}),
  };
  let response;
  try {
    response = await fetch(new URL(path, companionUrl), {
      method: body === undefined ? "GET" : "POST",
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
  } catch (error) {
    noteCompanionReachable(false);
    throw error;
  }
  noteCompanionReachable(true);
  if (response.status === 403 && companionToken && (await refusalReason(response)) === "token_invalid") {
    await chrome.storage.local.remove("companionToken"); // revoked: the options page asks to pair again
  }
  return response;
}

async function refusalReason(response) {
  try {
    return (await response.clone().json()).reason;
  } catch {
    return undefined;
  }
}

// Exchange the one-time code from `promptvagt pair` for a token.
async function pairWithCompanion(code) {
  const response = await callCompanion("/api/v1/pair", { body: { code }, timeout: HEALTH_TIMEOUT_MS });
  if (response.status !== 201) return { ok: false, reason: (await refusalReason(response)) ?? String(response.status) };
  const { token } = await response.json();
  await chrome.storage.local.set({ companionToken: token });
  return { ok: true };
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
