// The built-in detector must agree with the companion on the shared vectors.
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { findCprNumbers, findMarkers, scan } = require("../../extension/shared/detector.js");
const cprVectors = require(path.join(__dirname, "..", "vectors", "cpr.json"));
const markerVectors = require(path.join(__dirname, "..", "vectors", "markers.json"));

for (const { text, spans } of cprVectors.cases) {
  test(`CPR vector: ${JSON.stringify(text)}`, () => {
    const found = findCprNumbers(text).map((f) => [f.start, f.end]);
    assert.deepEqual(found, spans);
  });
}

for (const { text, spans } of markerVectors.cases) {
  test(`marker vector: ${JSON.stringify(text)}`, () => {
    const found = findMarkers(text).map((f) => [f.start, f.end]);
    assert.deepEqual(found, spans);
  });
}

test("a log's time stamps of the last days are no CPR numbers, unless a cue says they are", () => {
  // Five days ago as ddmmyy, then 09:31 and 09:47: as CPR numbers people born a hundred years ago.
  const day = new Date(Date.now() - 5 * 86_400_000);
  const two = (n) => String(n).padStart(2, "0");
  const date = `${two(day.getUTCDate())}${two(day.getUTCMonth() + 1)}${two(day.getUTCFullYear() % 100)}`;
  assert.deepEqual(findCprNumbers(`Tidsstempler fra loggen: ${date}-0931 og ${date}-0947`), []);
  assert.equal(findCprNumbers(`cpr ${date}-0931`).length, 1);
  assert.equal(findCprNumbers(`Beboeren (${date}-0931) har klaget`).length, 1);
  // … and a booking's times of the days ahead, as a room's booking gives them
  const ahead = new Date(Date.now() + 5 * 86_400_000);
  const booked = `${two(ahead.getUTCDate())}${two(ahead.getUTCMonth() + 1)}${two(ahead.getUTCFullYear() % 100)}`;
  assert.deepEqual(findCprNumbers(`Mødelokale 2.14, ${booked}-1300 til ${booked}-1500`), []);
});

test("findings are masked and block", () => {
  const [finding] = findCprNumbers("cpr 070761-0913");
  assert.equal(finding.masked, "0707XX-XXXX");
  assert.equal(finding.severity, "block");
  assert.equal(finding.entity_type, "DK_CPR");
});

test("scan lists CPR numbers and markers in text order", () => {
  const found = scan("FORTROLIGT: cpr 070761-0913").map((f) => f.entity_type);
  assert.deepEqual(found, ["CONFIDENTIAL_MARKER", "DK_CPR"]);
});
