"""Firefox ESR fixtures: the proxy to the fixture server and Firefox with the extension (driver.py).

The fixture server itself (``fixture_server``) and the companion helpers are
the Chromium suite's, from ``tests/e2e/``. Firefox comes from the system
(Debian's ``firefox-esr``, which ``make test`` installs as root); without it,
or without ``marionette-driver``, every test here is skipped with the reason.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

import pytest

from ..conftest import EXTENSION_DIR, fixture_server_module
from .driver import Firefox
from .proxy import ConnectProxy


@pytest.fixture(scope="session")
def firefox_binary() -> str:
    """Path of the system Firefox; ``PROMPTVAGT_FIREFOX`` overrides it."""
    path = os.environ.get("PROMPTVAGT_FIREFOX") or shutil.which("firefox-esr") or shutil.which("firefox")
    if not path:
        pytest.skip(
            "Firefox ESR mangler, Firefox-testene springes over (Firefox ESR is missing, the Firefox tests skip): "
            "apt-get install firefox-esr, or set PROMPTVAGT_FIREFOX; 'make test' installs it when run as root"
        )
    if importlib.util.find_spec("marionette_driver") is None:
        pytest.skip("marionette-driver mangler (missing): pip install -e '.[test]'")
    return path


@pytest.fixture(scope="session")
def firefox_proxy(fixture_server):
    """Every chatbot hostname to the fixture server; everything else refused."""
    routes = {host: ("127.0.0.1", fixture_server.port) for host in fixture_server_module.SITE_BY_HOST}
    proxy = ConnectProxy(routes)
    yield proxy
    proxy.stop()


def _launches(firefox_binary, firefox_proxy, tmp_path_factory):
    """Yield a ``launch`` factory; close every Firefox it started when resumed (the fixture's teardown)."""
    browsers = []

    def launch(env: dict | None = None, home=None, prefs: dict | None = None) -> Firefox:
        folder = tmp_path_factory.mktemp("firefox")
        browser = Firefox(
            firefox_binary,
            profile=folder / "profile",
            # A throw-away HOME: no native host registered for the machine's user can answer.
            home=home or folder / "home",
            proxy_port=firefox_proxy.port,
            extension=EXTENSION_DIR,
            log_path=folder / "firefox.log",
            env=env,
            prefs=prefs,
        )
        browsers.append(browser)
        return browser

    yield launch
    for browser in browsers:
        browser.close()


@pytest.fixture
def launch_firefox(firefox_binary, firefox_proxy, tmp_path_factory):
    """Factory: ``launch_firefox(env=None, home=None, prefs=None) -> Firefox``; every one is closed at teardown."""
    yield from _launches(firefox_binary, firefox_proxy, tmp_path_factory)


@pytest.fixture(scope="module")
def launch_module_firefox(firefox_binary, firefox_proxy, tmp_path_factory):
    """Like ``launch_firefox``, but the browsers live until the module's last test (a start costs seconds)."""
    yield from _launches(firefox_binary, firefox_proxy, tmp_path_factory)


@pytest.fixture(scope="session")
def pairing_code():
    """Factory: ``pairing_code(data_dir) -> str``, a one-time code from ``promptvagt pair`` as a user runs it."""

    def make(data_dir) -> str:
        env = {**os.environ, "PROMPTVAGT_DATA_DIR": str(data_dir)}
        printed = subprocess.run(
            [sys.executable, "-m", "companion.cli", "pair"], env=env, capture_output=True, text=True, check=True,
            timeout=60,
        ).stdout
        return printed.split("(pairing code): ")[1].split()[0]

    return make


@pytest.fixture(scope="module")
def companion(request, tmp_path_factory):
    """The real companion for one test module, with its data folder (to pair with); afterwards its log
    may hold none of the module's ``SECRET_VALUES``. Overrides the Chromium suite's ``companion``."""
    from ..companion_process import running_companion

    base = tmp_path_factory.mktemp("companion")
    never_logged = getattr(request.module, "SECRET_VALUES", ())
    with running_companion(base / "data", base / "companion.log", never_logged=never_logged) as url:
        yield url, base / "data"


@pytest.fixture(scope="module")
def firefox(launch_module_firefox, companion, pairing_code) -> Firefox:
    """One Firefox for the module, paired with its companion."""
    url, data_dir = companion
    ff = launch_module_firefox()
    ff.save_companion_url(url)
    ff.pair(pairing_code(data_dir))
    return ff
