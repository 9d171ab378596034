// "Erstat med pladsholdere": consistent placeholders, offsets as the companion sends them.
const test = require("node:test");
const assert = require("node:assert/strict");
const { redact, canReplace } = require("../../extension/shared/placeholders.js");

const span = (text, value, entity_type, from = 0) => {
  const start = text.indexOf(value, from);
  return { entity_type, start, end: start + value.length };
};

test("the same person gets the same number, another person the next", () => {
  const text = "Jens Hansen ringede. Mette Jensen og jens  hansen kommer.";
  const findings = [
    span(text, "Jens Hansen", "PERSON"),
    span(text, "Mette Jensen", "PERSON"),
    span(text, "jens  hansen", "PERSON"),
  ];
  assert.equal(redact(text, findings).text, "[PERSON 1] ringede. [PERSON 2] og [PERSON 1] kommer.");
});

test("one CPR number is [CPR-NUMMER]; two different ones are numbered, whatever the spelling", () => {
  const one = "cpr 070761-0913";
  assert.equal(redact(one, [span(one, "070761-0913", "DK_CPR")]).text, "cpr [CPR-NUMMER]");
  const two = "070761-0913, 0707610913 og 150203-4321";
  const findings = [span(two, "070761-0913", "DK_CPR"), span(two, "0707610913", "DK_CPR"), span(two, "150203-4321", "DK_CPR")];
  assert.equal(redact(two, findings).text, "[CPR-NUMMER 1], [CPR-NUMMER 1] og [CPR-NUMMER 2]");
});

test("a confidentiality marker is kept and counted", () => {
  const text = "FORTROLIGT: mail jens@aarhus.dk";
  const result = redact(text, [span(text, "FORTROLIGT", "CONFIDENTIAL_MARKER"), span(text, "jens@aarhus.dk", "EMAIL_ADDRESS")]);
  assert.equal(result.text, "FORTROLIGT: mail [E-MAIL]");
  assert.equal(result.replaced, 1);
  assert.equal(result.kept, 1);
  assert.equal(canReplace({ entity_type: "CONFIDENTIAL_MARKER" }), false);
});

test("offsets are UTF-16 code units: an emoji before a finding", () => {
  const text = "😀 cpr 070761-0913";
  assert.equal(redact(text, [{ entity_type: "DK_CPR", start: 7, end: 18 }]).text, "😀 cpr [CPR-NUMMER]");
});

test("overlapping findings become one placeholder, nothing is left half visible", () => {
  const text = "Jens Hansen, Vestergade 1";
  const findings = [{ entity_type: "PERSON", start: 0, end: 11 }, { entity_type: "DK_ADDRESS", start: 5, end: 25 }];
  assert.equal(redact(text, findings).text, "[PERSON 1]");
});
