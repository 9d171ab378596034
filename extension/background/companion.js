// The only code that talks to the companion: over the native messaging port
// when the browser could start it (native.js), else over HTTP on 127.0.0.1.
// When neither answers, the caller decides (the guard uses its built-in
// detector, events stay in the outbox). Both channels carry the same bodies.

// A scan that takes longer than this is treated as "companion unreachable":
// the guard then falls back to its built-in detector rather than hold the send.
const SCAN_TIMEOUT_MS = 3000;
const HEALTH_TIMEOUT_MS = 2000;
const EVENT_TIMEOUT_MS = 5000;
// A host the browser has just started needs a few seconds (Python, then the
// rules) before its first scan; the guard holds a send meanwhile rather than
// decide without names (docs/performance.md: browser start to first scan).
const NATIVE_FIRST_ANSWER_MS = 10000;
const DASHBOARD_TIMEOUT_MS = 10000;
// Reading a document takes the companion up to 8 s (companion/files/scan.py), plus the transfer.
const FILE_SCAN_TIMEOUT_MS = 20000;
const HTTP_PATHS = {
  scan: "/api/v1/scan",
  scan_file: "/api/v1/scan-file",
  event: "/api/v1/events",
  adapter_health: "/api/v1/adapter-health",
  health: "/health",
};

// Firefox gives every install its own extension origin, so there the companion
// knows us by a token from pairing (docs/security.md); Chrome and Edge need none.
const TOKEN_HEADER = "X-Promptvagt-Token";
// Unpaired, the companion still answers a health check (a GET carries no
// Origin) but refuses every scan, so it does not protect: the popup must say
// so and ask for pairing (issue 14). Firefox always needs the token; a Chrome
// or Edge install under an id the companion does not know learns it from a refusal.
const ORIGIN_NEEDS_PAIRING = chrome.runtime.getURL("").startsWith("moz-extension:");
let pairingRefused = false; // the last POST was refused with "pairing_required"

// Ask the companion over whichever channel answers; resolves {status, body}.
async function askCompanion(type, body, timeout) {
  if (nativeOpen()) {
    try {
      const reply = await nativeRequest(type, body, nativeLink.scanned ? timeout : Math.max(timeout, NATIVE_FIRST_ANSWER_MS));
      if (type === "scan" && reply.status === 200) nativeLink.scanned = true;
      noteCompanionChannel("native");
      return reply;
    } catch {
      // The port dropped or stayed silent: try HTTP.
    }
  }
  let response;
  try {
    response = await callHttpCompanion(HTTP_PATHS[type], { body, timeout });
  } catch (error) {
    noteCompanionChannel(null);
    throw error;
  }
  const reply = { status: response.status, body: await response.json().catch(() => null) };
  if (await pairingMissing()) {
    noteCompanionChannel(null);
    const error = new Error("the companion needs pairing");
    error.name = "PairingRequired";
    throw error;
  }
  noteCompanionChannel("http");
  return reply;
}

async function pairingMissing() {
  const { companionToken } = await chrome.storage.local.get("companionToken");
  return !companionToken && (ORIGIN_NEEDS_PAIRING || pairingRefused);
}

async function callHttpCompanion(path, { body, timeout }) {
  const { companionUrl } = await readSettings();
  const { companionToken } = await chrome.storage.local.get("companionToken");
  const headers = {
    ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    ...(companionToken ? { [TOKEN_HEADER]: companionToken } : {}),
  };
  const response = await fetch(new URL(path, companionUrl), {
    method: body === undefined ? "GET" : "POST",
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeout),
  });
  const refusal = response.status === 403 ? await refusalReason(response) : undefined;
  if (companionToken && refusal === "token_invalid") {
    await chrome.storage.local.remove("companionToken"); // revoked: the options page asks to pair again
  }
  if (body !== undefined) pairingRefused = refusal === "pairing_required";
  return response;
}

async function refusalReason(response) {
  try {
    return (await response.clone().json()).reason;
  } catch {
    return undefined;
  }
}

// Exchange the one-time code from `promptvagt pair` for a token (HTTP only: Firefox without the native host).
async function pairWithCompanion(code) {
  const response = await callHttpCompanion("/api/v1/pair", { body: { code }, timeout: HEALTH_TIMEOUT_MS });
  noteCompanionChannel("http");
  if (response.status !== 201) return { ok: false, reason: (await refusalReason(response)) ?? String(response.status) };
  const { token } = await response.json();
  await chrome.storage.local.set({ companionToken: token });
  return { ok: true };
}

async function scanWithCompanion({ text, site, url, source }) {
  const reply = await askCompanion("scan", { text, site, url, source }, SCAN_TIMEOUT_MS);
  if (reply.status !== 200) throw new Error(`companion answered ${reply.status}`);
  return reply.body;
}

// A file as base64 (`data`); the answer says what was found and how much could be read.
async function scanFileWithCompanion({ name, mime, data, site, url }) {
  const body = { name: String(name).slice(0, 255), data: String(data), site: String(site ?? ""), url: String(url ?? "") };
  if (mime) body.type = String(mime);
  const reply = await askCompanion("scan_file", body, FILE_SCAN_TIMEOUT_MS);
  if (reply.status !== 200) throw new Error(`companion answered ${reply.status}`);
  return reply.body;
}

async function fetchHealth() {
  const reply = await askCompanion("health", undefined, HEALTH_TIMEOUT_MS);
  if (reply.status !== 200) throw new Error(`companion answered ${reply.status}`);
  return reply.body;
}

// Returns the HTTP status; throws when the companion cannot be reached.
async function postEvent(event) {
  return (await askCompanion("event", event, EVENT_TIMEOUT_MS)).status;
}

// A page the guard could not see (health.js); the status as postEvent's.
async function postHealthReport(report) {
  return (await askCompanion("adapter_health", report, EVENT_TIMEOUT_MS)).status;
}

// The dashboard's address: the native host starts it on demand (a free port
// and a secret address); else the HTTP companion's own; null when neither answers.
async function dashboardUrl() {
  if (nativeOpen()) {
    try {
      const reply = await nativeRequest("dashboard", undefined, DASHBOARD_TIMEOUT_MS);
      if (reply.status === 200 && reply.body?.url) return reply.body.url;
    } catch {
      // fall through to HTTP
    }
  }
  try {
    await callHttpCompanion(HTTP_PATHS.health, { timeout: HEALTH_TIMEOUT_MS });
  } catch {
    return null;
  }
  const { companionUrl } = await readSettings();
  return new URL("/", companionUrl).href;
}
