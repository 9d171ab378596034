// "Erstat med pladsholdere": consistent placeholders, offsets as the companion sends them.
const test = require("node:test");
const assert = require("node:assert/strict");
const { redact, canReplace, createVault, restore, restorePieces, holdsPlaceholder } = require("../../extension/shared/placeholders.js");

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

// Issue 15: one vault per conversation, so the answer can be read with the real values.
const redactAll = (vault, text, values) =>
  redact(text, values.map(([value, type]) => span(text, value, type)), vault).text;

test("across a conversation the same name keeps its number and a new one gets the next", () => {
  const vault = createVault();
  assert.equal(redactAll(vault, "Hanne Jensen og Lars Nielsen", [["Hanne Jensen", "PERSON"], ["Lars Nielsen", "PERSON"]]), "[PERSON 1] og [PERSON 2]");
  assert.equal(redactAll(vault, "Ring til Karen Holm og hanne jensen", [["Karen Holm", "PERSON"], ["hanne jensen", "PERSON"]]), "Ring til [PERSON 3] og [PERSON 1]");
  assert.equal(vault.valueOf("[PERSON 1]"), "Hanne Jensen"); // as first written
  assert.equal(vault.valueOf("[PERSON 3]"), "Karen Holm");
});

test("a second CPR number later in the conversation is numbered; the first keeps its placeholder", () => {
  const vault = createVault();
  assert.equal(redactAll(vault, "cpr 070761-0913", [["070761-0913", "DK_CPR"]]), "cpr [CPR-NUMMER]");
  assert.equal(redactAll(vault, "0707610913 og 150203-4321", [["0707610913", "DK_CPR"], ["150203-4321", "DK_CPR"]]), "[CPR-NUMMER] og [CPR-NUMMER 2]");
  assert.equal(vault.valueOf("[CPR-NUMMER]"), "070761-0913");
  assert.equal(vault.size, 2);
  assert.equal(vault.valueOf("[CPR-NUMMER 2]"), "150203-4321");
});

test("without a vault every text is numbered on its own, as before", () => {
  const text = "Karen Holm";
  assert.equal(redact(text, [span(text, "Karen Holm", "PERSON")]).text, "[PERSON 1]");
  assert.equal(redact(text, [span(text, "Karen Holm", "PERSON")]).text, "[PERSON 1]");
});

test("restore puts back the values the chatbot echoes, in the spellings chatbots use", () => {
  const vault = createVault();
  redactAll(vault, "Hanne Jensen, cpr 070761-0913", [["Hanne Jensen", "PERSON"], ["070761-0913", "DK_CPR"]]);
  const answer = "Kære [PERSON 1] ([Person  1]), dit CPR-nummer [CPR-NUMMER] er noteret. [PERSON 2] og [NOTE] er ukendte.";
  assert.equal(restore(answer, vault), "Kære Hanne Jensen (Hanne Jensen), dit CPR-nummer 070761-0913 er noteret. [PERSON 2] og [NOTE] er ukendte.");
  assert.deepEqual(restorePieces("Til [PERSON 1].", vault), [
    { text: "Til " },
    { text: "Hanne Jensen", placeholder: "[PERSON 1]" },
    { text: "." },
  ]);
  assert.equal(holdsPlaceholder("Intet her [PERSON 2]", vault), false);
  assert.equal(holdsPlaceholder("Hej [CPR-NUMMER]", vault), true);
});
