"""Install Promptvagt's companion into ./.venv, then run it or its tests.

    python3 tools/bootstrap.py run    # install what is missing, register the native host, start the companion
    python3 tools/bootstrap.py test   # install test tools too, run every test

Only the standard library is used here, so this works on a fresh machine
(Linux, macOS and Windows). The Danish spaCy pipeline ships with the project
(companion/detection/models/da_promptvagt_ner), so nothing more is installed for
it. Only a pipeline chosen with PROMPTVAGT_SPACY_MODEL (or the fallbacks, when
the shipped folder is missing) comes from spaCy's own download where that is
reachable, else from a local wheelhouse (PROMPTVAGT_WHEELHOUSE, default
../shared/wheels); without any the companion still runs, degraded, and says so
in /health.
"""

import argparse
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
# Same order as companion.config.DEFAULT_SPACY_MODELS: official first, then the stand-in.
# The pipeline shipped in the package: first in companion.config.DEFAULT_SPACY_MODELS.
SHIPPED_MODEL = ROOT / "companion" / "detection" / "models" / "da_promptvagt_ner"
# The rest of companion.config.DEFAULT_SPACY_MODELS, installed only when the shipped folder is missing.
DEFAULT_MODELS = ("da_core_news_sm", "da_uner_ddt_sm")
DOWNLOAD_TIMEOUT_S = 300


def say(message: str) -> None:
    print(f"[promptvagt] {message}", flush=True)


def run(*command, check=True, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in command], check=check, **kwargs)


def ensure_venv() -> None:
    if not PYTHON.exists():
        say(f"Opretter virtuelt miljø (creating virtual environment) i {VENV}")
        venv.create(VENV, with_pip=True)
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")


def install_package(with_tests: bool) -> None:
    target = ".[test]" if with_tests else "."
    say(f"Installerer (installing) {target}")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--editable", target, cwd=ROOT)


def model_installed(name: str) -> bool:
    probe = f"import spacy.util, sys; sys.exit(0 if spacy.util.is_package({name!r}) else 1)"
    return run(PYTHON, "-c", probe, check=False).returncode == 0


def wheelhouse() -> Path | None:
    configured = os.environ.get("PROMPTVAGT_WHEELHOUSE")
    if configured:
        return Path(configured)
    default = ROOT.parent / "shared" / "wheels"
    return default if default.is_dir() else None


def is_pipeline_folder(path) -> bool:
    return (Path(path).expanduser() / "config.cfg").is_file()


def looks_like_path(candidate: str) -> bool:
    """Same rule as companion.detection.nlp.is_path_candidate: a folder, not a package name."""
    return "/" in candidate or os.sep in candidate or candidate.startswith(("~", ".")) or Path(candidate).is_absolute()


def install_model() -> None:
    """Install the configured pipeline; with none configured, the shipped one needs nothing.

    Only when the shipped folder is missing are the default packages fetched (download, then wheelhouse).
    """
    configured = os.environ.get("PROMPTVAGT_SPACY_MODEL")
    if configured and looks_like_path(configured):
        if not is_pipeline_folder(configured):
            say(f"ADVARSEL: PROMPTVAGT_SPACY_MODEL={configured} er ingen spaCy-pipeline "
                "(WARNING: that folder holds no spaCy pipeline; the companion runs degraded).")
        return
    if not configured and is_pipeline_folder(SHIPPED_MODEL):
        return
    candidates = (configured,) if configured else DEFAULT_MODELS
    if any(model_installed(name) for name in candidates):
        return
    for name in candidates:
        say(f"Henter spaCy-model (downloading) {name}")
        try:
            download = run(
                PYTHON, "-m", "spacy", "download", name,
                check=False, capture_output=True, timeout=DOWNLOAD_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            download = None
        if download is not None and download.returncode == 0:
            return
        house = wheelhouse()
        if house and house.is_dir():
            say(f"spaCy's download kan ikke nås; prøver wheelhouse {house}")
            local = run(
                PYTHON, "-m", "pip", "install", "--quiet", "--no-index",
                "--find-links", house, name, check=False, capture_output=True,
            )
            if local.returncode == 0:
                return
    say(
        "ADVARSEL: ingen dansk spaCy-model kunne installeres; companion kører i nedsat tilstand "
        "(WARNING: no Danish spaCy pipeline could be installed; the companion runs degraded)."
    )


def register_native_host() -> None:
    """Let the browsers found start the companion themselves (promptvagt install), so protection
    stays full after this terminal is closed. A failure is reported, never fatal: serve still starts."""
    say("Registrerer Promptvagt hos browserne (registering the native messaging host)")
    if run(BIN / "promptvagt", "install", check=False).returncode != 0:
        say("ADVARSEL: registreringen mislykkedes; se ovenfor (WARNING: registration failed; see above).")


def apt_install(package: str) -> bool:
    """Install a Debian package when running as root with apt-get; return whether that was possible."""
    if not (os.name == "posix" and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get")):
        return False
    say(f"Installerer {package} fra Debian (installing {package})")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if run("apt-get", "install", "-y", "-q", package, check=False, env=env).returncode != 0:
        run("apt-get", "update", "-q", env=env)
        run("apt-get", "install", "-y", "-q", package, env=env)
    return True


def ensure_chromium() -> None:
    """End-to-end tests drive Debian's Chromium; never a test tool's own browser download."""
    if shutil.which("chromium") or apt_install("chromium"):
        return
    sys.exit("Chromium mangler: installer pakken 'chromium' (Chromium is missing: install it).")


def ensure_firefox() -> None:
    """The Firefox tests drive Debian's Firefox ESR (tests/e2e/firefox/); without it they skip, and say so."""
    if shutil.which("firefox-esr") or shutil.which("firefox") or os.environ.get("PROMPTVAGT_FIREFOX"):
        return
    try:
        installed = sys.platform.startswith("linux") and apt_install("firefox-esr")
    except subprocess.CalledProcessError:
        installed = False  # apt could not get it (offline mirror): the rest of the tests still run
    if not installed:
        say("Firefox ESR mangler: Firefox-testene springes over (Firefox ESR is missing: the Firefox tests skip)")


def ensure_rsyslog() -> None:
    """The forwarding tests start Debian's rsyslogd themselves, on a loopback port, writing to a file."""
    if shutil.which("rsyslogd") or os.path.exists("/usr/sbin/rsyslogd") or not sys.platform.startswith("linux"):
        return
    if not apt_install("rsyslog"):
        say("rsyslog mangler: testene af videresendelse springes over (rsyslog is missing: forwarding tests skip)")


def install_node_tools() -> None:
    """Install the extension's dev tools from package.json into node_modules: web-ext, and esbuild with the
    pinned editor libraries that the e2e tests bundle for the real-editor fixture pages (issue 16)."""
    npm = shutil.which("npm")
    if not npm:
        sys.exit("npm mangler (npm is needed for the extension tests: install Node.js 20 or newer).")
    command = "ci" if (ROOT / "package-lock.json").exists() else "install"
    say(f"npm {command} (web-ext, esbuild, editor libraries)")
    run(npm, command, "--no-audit", "--no-fund", "--loglevel=error", cwd=ROOT)


def run_tests(pytest_args) -> int:
    node_tests = sorted(str(p) for p in (ROOT / "tests" / "extension").rglob("*.test.js"))
    if node_tests:
        if not shutil.which("node"):
            sys.exit("Node.js mangler (Node.js 20 or newer is needed for the extension tests).")
        install_node_tools()
        say("node --test (extension)")
        if run("node", "--test", *node_tests, check=False, cwd=ROOT).returncode != 0:
            return 1
    say("pytest")
    return run(PYTHON, "-m", "pytest", *pytest_args, check=False, cwd=ROOT).returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["install", "run", "test"])
    parser.add_argument("args", nargs=argparse.REMAINDER, help="passed on to promptvagt serve or pytest")
    options = parser.parse_args()

    with_tests = options.command == "test"
    ensure_venv()
    install_package(with_tests)
    install_model()
    if options.command == "run":
        register_native_host()
        command = [str(BIN / "promptvagt"), "serve", *options.args]
        if os.name == "nt":
            sys.exit(subprocess.call(command))
        os.execv(command[0], command)
    if with_tests:
        ensure_chromium()
        ensure_firefox()
        ensure_rsyslog()
        sys.exit(run_tests(options.args))


if __name__ == "__main__":
    main()
