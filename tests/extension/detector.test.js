// The built-in detector must agree with the companion on the shared vectors.
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { findCprNumbers } = require("../../extension/shared/detector.js");
const vectors = require(path.join(__dirname, "..", "vectors", "cpr.json"));

for (const { text, spans } of vectors.cases) {
  test(`CPR vector: ${JSON.stringify(text)}`, () => {
    const found = findCprNumbers(text).map((f) => [f.start, f.end]);
    assert.deepEqual(found, spans);
  });
}

test("findings are masked and block", () => {
  const [finding] = findCprNumbers("cpr 070761-0913");
  assert.equal(finding.masked, "0707XX-XXXX");
  assert.equal(finding.severity, "block");
  assert.equal(finding.entity_type, "DK_CPR");
});
