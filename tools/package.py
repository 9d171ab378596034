"""Build the extension packages for the stores: ``make package`` (or ``python3 tools/package.py``).

    dist/promptvagt-<version>-chromium.zip   Chrome Web Store and Edge Add-ons
    dist/promptvagt-<version>-firefox.zip    addons.mozilla.org (built by web-ext)

One extension folder, two packages, no per-browser source: the Chromium
package is the folder with two manifest keys left out, ``key`` (the stores
refuse it and assign their own id; the pinned id is for unpacked and
self-hosted installs) and ``browser_specific_settings`` (Firefox's, which
Chrome reports as unknown). The Firefox package is ``web-ext build`` of the
folder as it is, after ``web-ext lint`` has found no errors.

A store build has the store's extension id, so the companion must allow it:
``PROMPTVAGT_EXTENSION_ORIGINS`` (docs/deploy.md). Only the standard library
and the web-ext in ``node_modules`` are used.
"""

import argparse
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "extension"
DIST = ROOT / "dist"
#: Left out of the Chromium stores' manifest (see the module docstring).
CHROMIUM_DROPPED_KEYS = ("key", "browser_specific_settings")
#: Every file gets this time, so the same sources give the same zip.
FIXED_TIME = (2026, 1, 1, 0, 0, 0)


def say(message: str) -> None:
    print(f"[promptvagt] {message}", flush=True)


def web_ext() -> Path:
    name = "web-ext.cmd" if sys.platform.startswith("win") else "web-ext"
    path = ROOT / "node_modules" / ".bin" / name
    if not path.exists():
        npm = shutil.which("npm")
        if not npm:
            sys.exit("npm mangler (npm is needed for web-ext: install Node.js 20 or newer).")
        command = "ci" if (ROOT / "package-lock.json").exists() else "install"
        subprocess.run([npm, command, "--no-audit", "--no-fund", "--loglevel=error"], cwd=ROOT, check=True)
    return path


def chromium_manifest(manifest: dict) -> dict:
    """Return the manifest the Chrome Web Store and Edge Add-ons accept."""
    return {k: v for k, v in manifest.items() if k not in CHROMIUM_DROPPED_KEYS}


def extension_files() -> list[Path]:
    return sorted(p for p in EXTENSION.rglob("*") if p.is_file() and not p.name.startswith("."))


def build_chromium(version: str, manifest: dict) -> Path:
    target = DIST / f"promptvagt-{version}-chromium.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in extension_files():
            name = path.relative_to(EXTENSION).as_posix()
            data = path.read_bytes()
            if name == "manifest.json":
                data = (json.dumps(chromium_manifest(manifest), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return target


def lint(tool: Path) -> None:
    """Fail on any web-ext lint error (warnings are printed by web-ext's own report)."""
    done = subprocess.run(
        [str(tool), "lint", "--source-dir", str(EXTENSION), "--output", "json", "--no-config-discovery"],
        cwd=ROOT, capture_output=True, text=True,
    )
    report = json.loads(done.stdout)
    errors = [f"{e['code']} {e.get('file', '')}: {e['message']}" for e in report["errors"]]
    if errors:
        sys.exit("web-ext lint fandt fejl (found errors):\n" + "\n".join(errors))
    say(f"web-ext lint: 0 fejl (errors), {report['summary']['warnings']} advarsler (warnings)")


def build_firefox(tool: Path, version: str) -> Path:
    name = f"promptvagt-{version}-firefox.zip"
    subprocess.run(
        [str(tool), "build", "--source-dir", str(EXTENSION), "--artifacts-dir", str(DIST),
         "--filename", name, "--overwrite-dest", "--no-config-discovery"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    return DIST / name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-firefox", action="store_true", help="build the Chromium package only (no web-ext)")
    options = parser.parse_args()
    manifest = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
    version = manifest["version"]
    DIST.mkdir(exist_ok=True)
    say(f"Chromium (Chrome Web Store, Edge Add-ons): {build_chromium(version, manifest).relative_to(ROOT)}")
    if not options.no_firefox:
        tool = web_ext()
        lint(tool)
        say(f"Firefox (addons.mozilla.org): {build_firefox(tool, version).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
