"""End-to-end fixtures: the HTTPS fixture server and headless Chromium with or without the extension.

Chromium comes from the system (Debian's ``chromium`` package), never from
``playwright install``. Pages are opened at their real URLs
(https://chatgpt.com/ …); ``--host-resolver-rules`` sends those hosts to the
fixture server, so nothing reaches the internet.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[2]
EXTENSION_DIR = REPO / "extension"
ARTIFACTS_DIR = REPO / "test-artifacts"

# tests/ is not a package; load the server module by path under a distinct name.
_spec = importlib.util.spec_from_file_location("promptvagt_fixture_server", REPO / "tests" / "fixtures" / "server.py")
fixture_server_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixture_server_module)

# Without these, headless Chromium in a container either hangs on the sandbox
# or spends seconds on Google services it cannot reach.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--ignore-certificate-errors",
]


@pytest.fixture(scope="session")
def fixture_server():
    """The HTTPS server for all fixture pages (see tests/fixtures/server.py)."""
    server = fixture_server_module.start_fixture_server()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def real_editor_server():
    """The same pages on the real editor libraries (tier B, issue 16), bundled first; see server.py."""
    server = fixture_server_module.start_fixture_server(editors="real")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Path of the system Chromium; ``PROMPTVAGT_CHROMIUM`` overrides it."""
    path = os.environ.get("PROMPTVAGT_CHROMIUM") or shutil.which("chromium")
    if not path:
        pytest.fail(
            "Chromium not found: install Debian's 'chromium' package (apt-get install chromium) "
            "or set PROMPTVAGT_CHROMIUM. The e2e tests do not use 'playwright install'."
        )
    return path


@pytest.fixture(scope="session")
def playwright_driver():
    """One Playwright driver per session (named so it cannot clash with pytest-playwright)."""
    with sync_playwright() as pw:
        yield pw


def _launcher(playwright_driver, chromium_path, fixture_server, tmp_path_factory):
    """Return ``(launch, contexts)``: a context factory and the list of what it started."""
    contexts = []

    def launch(with_extension: bool = True, extension_dir: str | Path | None = None, args=(), user_data_dir=None,
               env=None, server=None):
        chromium_args = [
            *CHROMIUM_ARGS,
            f"--host-resolver-rules={(server or fixture_server).host_resolver_rules}",
            *args,
        ]
        ignore_default_args = None
        if with_extension:
            extension = Path(extension_dir or EXTENSION_DIR).resolve()
            if not (extension / "manifest.json").is_file():
                pytest.fail(f"no unpacked extension at {extension} (manifest.json missing)")
            # Playwright adds --disable-extensions; dropping it is the documented
            # way. --disable-extensions-except alone would also override it.
            chromium_args += [f"--disable-extensions-except={extension}", f"--load-extension={extension}"]
            ignore_default_args = ["--disable-extensions"]
        context = playwright_driver.chromium.launch_persistent_context(
            # A given profile folder lets a test register the native host there first (test_native_host.py).
            user_data_dir=user_data_dir or tmp_path_factory.mktemp("chromium-profile"),
            executable_path=chromium_path,
            headless=True,
            ignore_https_errors=True,
            args=chromium_args,
            ignore_default_args=ignore_default_args,
            # The environment reaches the native host the browser starts (its data folder, in tests).
            env=env,
        )
        contexts.append(context)
        return context

    return launch, contexts


@pytest.fixture
def launch_browser(playwright_driver, chromium_path, fixture_server, tmp_path_factory):
    """Factory: ``launch_browser(with_extension=True, extension_dir=None, args=(), user_data_dir=None, env=None,
    server=None)``; ``server`` is another fixture server for the chatbot hosts (``real_editor_server``).

    Every call starts a fresh persistent context (extensions need one) with
    its own profile; all are closed at teardown.
    """
    launch, contexts = _launcher(playwright_driver, chromium_path, fixture_server, tmp_path_factory)
    yield launch
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def launch_module_browser(playwright_driver, chromium_path, fixture_server, tmp_path_factory):
    """Like ``launch_browser``, but the contexts live until the module's last test.

    Starting Chromium costs about a second; tests that can share a browser
    (each on a fresh page) should.
    """
    launch, contexts = _launcher(playwright_driver, chromium_path, fixture_server, tmp_path_factory)
    yield launch
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def extension_worker():
    """Factory: ``extension_worker(context, timeout=10_000) -> Worker``, the extension's service worker.

    The worker can start after the context is returned, so wait for it.
    """

    def find(context, timeout: float = 10_000):
        for worker in context.service_workers:
            if worker.url.startswith("chrome-extension://"):
                return worker
        return context.wait_for_event(
            "serviceworker", predicate=lambda w: w.url.startswith("chrome-extension://"), timeout=timeout
        )

    return find


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """``<repo>/test-artifacts/`` for screenshots and traces (kept out of git)."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    # Self-ignoring, so the folder stays out of git even without a root entry.
    ignore = ARTIFACTS_DIR / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n")
    return ARTIFACTS_DIR


@pytest.fixture(scope="module")
def companion(request, tmp_path_factory):
    """The real companion for one test module; afterwards its log may hold none of the module's ``SECRET_VALUES``."""
    from .companion_process import running_companion

    base = tmp_path_factory.mktemp("companion")
    never_logged = getattr(request.module, "SECRET_VALUES", ())
    with running_companion(base / "data", base / "companion.log", never_logged=never_logged) as url:
        yield url


@pytest.fixture(scope="module")
def browser(launch_module_browser, extension_worker, companion):
    """One browser for the module, its extension talking to the module's companion."""
    context = launch_module_browser()
    extension_worker(context).evaluate("url => chrome.storage.local.set({companionUrl: url})", companion)
    return context
