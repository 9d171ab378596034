// The guard's state machine (content/send-gate.js) without a page: idle,
// scanning, held, resending, and the races of issue 12 (item 6).
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

globalThis.Promptvagt = { sites: [] };
require(path.join(__dirname, "..", "..", "extension", "content", "send-gate.js"));
const { createSendGate } = globalThis.Promptvagt;

const CPR = "brev til borgeren, cpr 070761-0913";
const CLEAN = "Hvad er klokken?";
const URL = "https://chatgpt.com/c/1";

// A gate whose hold for `text` the user approved after a scan with findings.
function approved(text = CPR) {
  const gate = createSendGate();
  const { id } = gate.send(text, URL);
  assert.equal(gate.scanned(id, true), "warn");
  assert.equal(gate.approve(id), true);
  return { gate, id };
}

test("a send starts a scan; findings hold it; the user's approval resends it", () => {
  const gate = createSendGate();
  assert.equal(gate.state, "idle");
  const step = gate.send(CPR, URL);
  assert.equal(step.act, "scan");
  assert.equal(gate.state, "scanning");
  assert.equal(gate.scanned(step.id, true), "warn");
  assert.equal(gate.state, "held");
  assert.equal(gate.approve(step.id), true);
  assert.equal(gate.state, "resending");
  assert.deepEqual(gate.send(CPR, URL), { act: "pass", id: step.id }); // the guard's own click
  gate.sent(step.id);
  assert.equal(gate.state, "idle");
});

test("a clean scan resends at once, with no banner", () => {
  const gate = createSendGate();
  const { id } = gate.send(CLEAN, URL);
  assert.equal(gate.scanned(id, false), "resend");
  assert.equal(gate.resending(id), true);
});

test("a newest scan that covers the text decides at once", () => {
  const gate = createSendGate();
  assert.deepEqual(gate.send(CLEAN, URL, { holds: false }), { act: "pass" });
  assert.equal(gate.state, "idle");
  const step = gate.send(CPR, URL, { holds: true });
  assert.equal(step.act, "warn");
  assert.equal(gate.state, "held");
});

test("a second Enter for the text being scanned is held with it, not scanned twice", () => {
  const gate = createSendGate();
  const first = gate.send(CPR, URL);
  assert.deepEqual(gate.send(CPR, URL), { act: "stop", id: first.id });
  assert.equal(gate.scanned(first.id, false), "resend");
});

test("a stale scan answer does not touch a newer hold (no second resend)", () => {
  const gate = createSendGate();
  const old = gate.send("første udkast", URL);
  const newer = gate.send(CPR, URL);
  assert.notEqual(old.id, newer.id);
  assert.equal(gate.scanned(old.id, false), "stale");
  assert.equal(gate.state, "scanning");
  assert.equal(gate.resending(old.id), false);
  assert.equal(gate.scanned(newer.id, true), "warn");
});

test("one resend per approval: an old banner's choice and a second choice count for nothing", () => {
  const { gate, id } = approved();
  assert.equal(gate.approve(id), false);
  const again = gate.send("et andet udkast", URL);
  gate.scanned(again.id, true);
  assert.equal(gate.approve(id), false, "the first banner's hold was replaced");
  assert.equal(gate.resending(id), false);
  assert.equal(gate.approve(again.id), true);
});

test("an approval lets only its own text through", () => {
  const { gate, id } = approved();
  assert.equal(gate.send(`${CPR} og mere`, URL).act, "scan");
  assert.equal(gate.resending(id), false);
});

test("a new draft ends a hold, a scan and an approval", () => {
  for (const stage of ["scanning", "held", "resending"]) {
    const gate = createSendGate();
    const { id } = gate.send(CPR, URL);
    if (stage !== "scanning") gate.scanned(id, true);
    if (stage === "resending") gate.approve(id);
    gate.draft(CPR); // the same text: nothing changes
    assert.equal(gate.state, stage);
    gate.draft(`${CPR}.`);
    assert.equal(gate.state, "idle", stage);
    assert.equal(gate.resending(id), false);
    assert.equal(gate.scanned(id, false), "stale");
  }
});

test("another page ends what was held or approved; the same page does not", () => {
  const { gate, id } = approved();
  gate.navigated(URL);
  assert.equal(gate.resending(id), true);
  gate.navigated("https://chatgpt.com/c/2");
  assert.equal(gate.resending(id), false);
  assert.equal(gate.state, "idle");
});

test("an approval is not carried to another page", () => {
  const { gate } = approved();
  assert.equal(gate.send(CPR, "https://chatgpt.com/c/2").act, "scan");
});

test("after a refused resend the approval stands for the user's own press, until it is sent", () => {
  const { gate, id } = approved();
  assert.equal(gate.send(CPR, URL).act, "pass"); // the guard's click, refused by the page
  assert.equal(gate.send(CPR, URL).act, "pass"); // the user's own press
  gate.sent(id);
  assert.equal(gate.send(CPR, URL).act, "scan", "sent once: the same text is scanned again");
});

test("cancel, edit or placeholders end the hold; the banner's later choice does nothing", () => {
  const gate = createSendGate();
  const { id } = gate.send(CPR, URL);
  gate.scanned(id, true);
  gate.cancel(id);
  assert.equal(gate.state, "idle");
  assert.equal(gate.approve(id), false);
});

test("a stale id cannot end the current hold", () => {
  const gate = createSendGate();
  const old = gate.send("første", URL);
  const newer = gate.send(CPR, URL);
  gate.cancel(old.id);
  gate.sent(old.id);
  assert.equal(gate.state, "scanning");
  assert.equal(gate.scanned(newer.id, false), "resend");
});
