// The same manifest must be valid for Firefox: web-ext lint (Mozilla's
// addons-linter) must report no errors. web-ext is a dev dependency in the
// root package.json; tools/bootstrap.py runs `npm ci` before the tests.
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const fs = require("node:fs");
const { execFileSync } = require("node:child_process");

const ROOT = path.join(__dirname, "..", "..");
const WEB_EXT = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "web-ext.cmd" : "web-ext");

test("web-ext lint reports 0 errors", { timeout: 120_000 }, () => {
  assert.ok(fs.existsSync(WEB_EXT), "web-ext is not installed: run `npm ci` at the repository root");
  let output;
  try {
    output = execFileSync(WEB_EXT, ["lint", "--source-dir", "extension", "--output", "json", "--no-config-discovery"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_UPDATE_NOTIFIER: "1" },
    });
  } catch (error) {
    output = error.stdout; // web-ext exits non-zero when it finds errors
  }
  const report = JSON.parse(output);
  const errors = report.errors.map((e) => `${e.code} ${e.file ?? ""}: ${e.message}`);
  assert.deepEqual(errors, []);
  assert.equal(report.summary.errors, 0);
});
