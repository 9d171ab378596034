// House rules that code review tends to miss (STYLE.md): every site adapter
// is in the manifest's one entry and has a test page and docs row; da and en texts match and
// each has a description; no text is unused; files stay small.
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..");
const EXT = path.join(ROOT, "extension");
const read = (...parts) => fs.readFileSync(path.join(...parts), "utf8");
const manifest = JSON.parse(read(EXT, "manifest.json"));
const locales = Object.fromEntries(["da", "en"].map((lang) => [lang, JSON.parse(read(EXT, "_locales", lang, "messages.json"))]));

function filesUnder(dir, pattern) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, pattern);
    return pattern.test(entry.name) ? [full] : [];
  });
}

// The adapters register themselves on globalThis.Promptvagt when loaded,
// with the shared read, write and resend of content/editing.js.
globalThis.Promptvagt = { sites: [] };
require(path.join(EXT, "content", "editing.js"));
const siteFiles = fs.readdirSync(path.join(EXT, "sites")).filter((name) => name.endsWith(".js"));
for (const name of siteFiles) require(path.join(EXT, "sites", name));
const adapters = globalThis.Promptvagt.sites;
// One entry lists the content scripts for every chatbot; the MAIN-world file-input helper has its own.
const contentEntries = manifest.content_scripts.filter((entry) => !entry.world);

test("every adapter's id is its file name", () => {
  assert.deepEqual(adapters.map((a) => `${a.id}.js`).sort(), siteFiles.sort());
});

test("the content scripts are listed once, with every adapter and start.js last", () => {
  assert.equal(contentEntries.length, 1);
  const [entry] = contentEntries;
  assert.deepEqual([...entry.matches].sort(), adapters.flatMap((a) => a.matches).sort());
  assert.equal(entry.run_at, "document_start");
  assert.equal(entry.all_frames, true);
  assert.deepEqual(entry.js.filter((file) => file.startsWith("sites/")).sort(), siteFiles.map((name) => `sites/${name}`).sort());
  assert.equal(entry.js.at(-1), "content/start.js");
  const main = manifest.content_scripts.find((cs) => cs.world === "MAIN");
  assert.deepEqual(main.matches, entry.matches);
});

for (const adapter of adapters.filter((a) => a.id !== "generic")) {
  test(`site ${adapter.id}: test page, docs row, selectors`, () => {
    const source = read(EXT, "sites", `${adapter.id}.js`);
    const testPage = /\/\/ Test pages: (tests\/fixtures\/\S+)/.exec(source);
    assert.ok(testPage && fs.existsSync(path.join(ROOT, testPage[1])), "missing or wrong 'Test pages:' comment");
    assert.match(read(ROOT, "docs", "sites.md"), new RegExp(`\\| \`${adapter.id}\` \\|`));
    for (const kind of ["composer", "sendButton", "scope", "userTurn"]) {
      assert.ok(adapter.selectors[kind]?.length, kind);
      for (const selector of adapter.selectors[kind]) assert.equal(typeof selector, "string");
    }
    for (const method of ["readText", "writeText", "resend"]) assert.equal(typeof adapter[method], "function", method);
  });
}

test("the adapters share read, write and resend instead of copies", () => {
  const own = adapters.filter((a) => a.id !== "generic").flatMap((a) =>
    ["readText", "writeText", "resend"].filter((method) => a[method] !== adapters[0][method]).map((method) => `${a.id}.${method}`),
  );
  assert.deepEqual(own.sort(), ["m365.writeText"]); // Lexical takes only a paste (issue 16)
});

test("the run-time registration (extra sites) takes the manifest's list", () => {
  const source = read(EXT, "background", "extra-sites.js");
  assert.match(source, /getManifest\(\)\.content_scripts/);
  assert.doesNotMatch(source, /"content\/guard\.js"/);
});

test("every file the manifest names exists", () => {
  const named = [
    ...manifest.content_scripts.flatMap((cs) => cs.js),
    ...manifest.background.scripts,
    manifest.background.service_worker,
    manifest.action.default_popup,
    manifest.options_ui.page,
    manifest.storage.managed_schema,
  ];
  for (const file of named) assert.ok(fs.existsSync(path.join(EXT, file)), file);
});

test("the managed schema has the options page's keys plus the policy-only ones", () => {
  const schema = JSON.parse(read(EXT, "managed_schema.json"));
  const keys = Object.keys(schema.properties).sort();
  assert.deepEqual(keys, ["allowTerms", "companionUrl", "extraSites", "guidelineUrl", "language", "mode", "requireReason", "sites"]);
});

test("da and en have the same keys, each with a message and a description", () => {
  assert.deepEqual(Object.keys(locales.da).sort(), Object.keys(locales.en).sort());
  for (const [lang, messages] of Object.entries(locales)) {
    for (const [key, { message, description }] of Object.entries(messages)) {
      assert.ok(message?.trim(), `${lang}/${key}: empty message`);
      assert.ok(description?.trim(), `${lang}/${key}: no description`);
      assert.match(key, /^[a-z]+_[A-Za-z0-9_]+$/, `${key}: not area_thing[_part]`);
    }
  }
});

test("every text is used somewhere", () => {
  const code = filesUnder(EXT, /\.(js|html|json)$/)
    .filter((file) => !file.includes("_locales"))
    .map((file) => fs.readFileSync(file, "utf8"))
    .join("\n");
  // Keys built at run time, like `entity_${type}`, count by their prefix.
  const prefixes = [...code.matchAll(/`([a-z]+_[A-Za-z_]*)\$\{/g)].map((m) => m[1]);
  const unused = Object.keys(locales.da).filter(
    (key) => !code.includes(key) && !prefixes.some((prefix) => key.startsWith(prefix)),
  );
  assert.deepEqual(unused, []);
});

test("adapters stay small and other files below the split size", () => {
  for (const file of filesUnder(EXT, /\.js$/)) {
    const lines = fs.readFileSync(file, "utf8").split("\n").length;
    const limit = file.includes(`${path.sep}sites${path.sep}`) ? 85 : 400;
    assert.ok(lines <= limit, `${path.relative(ROOT, file)}: ${lines} lines`);
  }
});

// Injecting into open tabs on install and update (background/inject.js) needs
// host permissions: a content script's matches alone do not allow it.
test("every chatbot the content scripts match is in host_permissions", () => {
  const matched = new Set(manifest.content_scripts.flatMap((cs) => cs.matches));
  for (const pattern of matched) assert.ok(manifest.host_permissions.includes(pattern), pattern);
});
