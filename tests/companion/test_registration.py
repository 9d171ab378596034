"""``promptvagt install`` / ``uninstall``: manifests, launcher, registry values, idempotence, dry runs."""

import json
import os
import stat
import struct
import subprocess

import pytest
from click.testing import CliRunner

from companion.cli import main
from companion.config import EXTENSION_ID, FIREFOX_ADDON_ID
from companion.transport import registration
from companion.transport.registration import (
    BROWSERS,
    DeleteRegistryKey,
    SetRegistryValue,
    Target,
    choose_browsers,
    plan,
)

ORIGIN = f"chrome-extension://{EXTENSION_ID}/"
HOST = "dk.promptvagt.companion"


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    return home


@pytest.fixture
def cli(home, tmp_path):
    """Run ``promptvagt`` with HOME in a temporary folder."""
    runner = CliRunner()

    def invoke(*args, **env):
        environ = {"HOME": str(home), "XDG_DATA_HOME": None, "PROMPTVAGT_EXTENSION_ORIGINS": None, **env}
        return runner.invoke(main, list(args), env=environ, catch_exceptions=False)

    return invoke


def files_under(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# -- dry runs: every platform, nothing written --------------------------------------------


def test_windows_dry_run_prints_every_file_and_registry_value(cli, home):
    result = cli("install", "--dry-run", "--platform", "windows", "--browser", "all")
    assert result.exit_code == 0, result.output
    out = result.output
    folder = r"C:\Users\bruger\AppData\Local\promptvagt\native-host"
    for key in (r"Google\Chrome", "Chromium", r"Microsoft\Edge", r"BraveSoftware\Brave-Browser"):
        assert (
            rf"HKEY_CURRENT_USER\Software\{key}\NativeMessagingHosts\{HOST} (standardværdi / default) = "
            rf"{folder}\{HOST}.json" in out
        )
    assert rf"HKEY_CURRENT_USER\Software\Mozilla\NativeMessagingHosts\{HOST} (standardværdi / default) = " \
        rf"{folder}\{HOST}.firefox.json" in out
    assert rf"Ville skrive (would write) {folder}\promptvagt-native-host.bat" in out
    assert "@echo off" in out and "-m companion.cli native-host %*" in out
    assert f'"{ORIGIN}"' in out and f'"{FIREFOX_ADDON_ID}"' in out
    assert files_under(home) == []


def test_windows_system_dry_run_uses_hklm_and_programdata(cli):
    out = cli("install", "--dry-run", "--platform", "windows", "--system").output
    assert rf"HKEY_LOCAL_MACHINE\Software\Google\Chrome\NativeMessagingHosts\{HOST}" in out
    assert r"C:\ProgramData\Promptvagt\promptvagt-native-host.bat" in out
    assert "HKEY_CURRENT_USER" not in out


def test_windows_uninstall_dry_run_deletes_the_keys(cli):
    out = cli("uninstall", "--dry-run", "--platform", "windows", "--browser", "edge").output
    assert rf"Ville slette nøglen (would delete key) HKEY_CURRENT_USER\Software\Microsoft\Edge\NativeMessagingHosts\{HOST}" in out
    assert "Ville fjerne (would remove)" in out


def test_windows_launcher_keeps_cmd_quiet():
    target = Target.here(platform="windows")
    start = registration.launcher(target)
    assert start.content.startswith("@echo off\r\n")
    assert all(line.endswith("\r") or not line for line in start.content.split("\n"))


@pytest.mark.parametrize(
    "platform, system, expected",
    [
        ("linux", False, "/home/bruger/.config/google-chrome/NativeMessagingHosts/dk.promptvagt.companion.json"),
        ("linux", True, "/etc/opt/chrome/native-messaging-hosts/dk.promptvagt.companion.json"),
        ("linux", True, "/usr/lib/mozilla/native-messaging-hosts/dk.promptvagt.companion.json"),
        ("macos", False, "/home/bruger/Library/Application Support/Mozilla/NativeMessagingHosts/dk.promptvagt.companion.json"),
        ("macos", True, "/Library/Google/Chrome/NativeMessagingHosts/dk.promptvagt.companion.json"),
    ],
)
def test_folders_per_platform(platform, system, expected):
    target = Target.here(platform=platform, system=system, home="/home/bruger", env={})
    paths = [str(a.path) for a in plan(True, list(BROWSERS.values()), target, {"EXTENSION_ORIGINS": ORIGIN})]
    assert expected in paths


def test_dry_run_writes_nothing(cli, tmp_path):
    profile = tmp_path / "profile"
    result = cli("install", "--dry-run", "--user-data-dir", str(profile))
    assert result.exit_code == 0
    assert f"{profile}/NativeMessagingHosts/{HOST}.json" in result.output
    assert not profile.exists()


def test_platform_needs_dry_run(cli):
    other = "windows" if registration.current_platform() != "windows" else "linux"
    result = CliRunner().invoke(main, ["install", "--platform", other])
    assert result.exit_code == 2 and "--dry-run" in result.output


# -- real installs into a temporary home --------------------------------------------------


def test_install_registers_with_the_browsers_found_and_is_idempotent(cli, home):
    (home / ".config" / "chromium").mkdir(parents=True)
    (home / ".mozilla").mkdir()
    first = cli("install")
    assert first.exit_code == 0, first.output
    chromium = home / ".config/chromium/NativeMessagingHosts" / f"{HOST}.json"
    firefox = home / ".mozilla/native-messaging-hosts" / f"{HOST}.json"
    start = home / ".local/share/promptvagt/native-host/promptvagt-native-host"
    assert json.loads(chromium.read_text())["allowed_origins"] == [ORIGIN]
    assert json.loads(firefox.read_text())["allowed_extensions"] == [FIREFOX_ADDON_ID]
    for path in (chromium, firefox):
        body = json.loads(path.read_text())
        assert body["name"] == HOST and body["type"] == "stdio" and body["path"] == str(start)
    assert os.stat(start).st_mode & stat.S_IXUSR
    assert not (home / ".config" / "google-chrome").exists()  # not installed, not touched
    assert "Chromium, Firefox" in first.output

    before = {p: p.stat().st_mtime_ns for p in (chromium, firefox, start)}
    again = cli("install")
    assert again.output.count("Uændret (unchanged)") == 3
    assert {p: p.stat().st_mtime_ns for p in before} == before

    gone = cli("uninstall")
    assert gone.exit_code == 0
    assert not chromium.exists() and not firefox.exists() and not start.exists()
    assert "Fjernede (removed)" in gone.output
    assert cli("uninstall").output.count("Fandtes ikke (not there)") == 3


def test_no_browser_found_says_so(cli, home):
    result = cli("install")
    assert result.exit_code == 0
    assert "--browser" in result.output
    assert files_under(home) == []


def test_store_ids_from_configuration_are_allowed(cli, tmp_path):
    store = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    profile = tmp_path / "profile"
    cli("install", "--user-data-dir", str(profile), PROMPTVAGT_EXTENSION_ORIGINS=f"{ORIGIN},{store}")
    body = json.loads((profile / "NativeMessagingHosts" / f"{HOST}.json").read_text())
    assert body["allowed_origins"] == sorted([ORIGIN, store + "/"])


def test_a_relative_user_data_dir_gives_absolute_paths(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cli("install", "--user-data-dir", "profile")
    body = json.loads((tmp_path / "profile" / "NativeMessagingHosts" / f"{HOST}.json").read_text())
    assert body["path"] == str(tmp_path / "profile" / "NativeMessagingHosts" / "promptvagt-native-host")


def test_user_data_dir_is_for_chromium_only(cli, tmp_path):
    result = CliRunner().invoke(main, ["install", "--user-data-dir", str(tmp_path), "--browser", "firefox"])
    assert result.exit_code == 1 and "Firefox" in result.output


def test_installed_launcher_starts_the_host(cli, tmp_path):
    """The launcher runs ``native-host`` with this Python: a health request through it is answered."""
    profile = tmp_path / "profile"
    cli("install", "--user-data-dir", str(profile))
    manifest = json.loads((profile / "NativeMessagingHosts" / f"{HOST}.json").read_text())
    request = json.dumps({"id": 1, "type": "health"}).encode()
    process = subprocess.run(
        [manifest["path"], ORIGIN],
        input=struct.pack("=I", len(request)) + request,
        capture_output=True,
        timeout=120,
        cwd="/",
        env={**os.environ, "PROMPTVAGT_DATA_DIR": str(tmp_path / "data")},
    )
    assert process.returncode == 0, process.stderr.decode()[-500:]
    (length,) = struct.unpack("=I", process.stdout[:4])
    reply = json.loads(process.stdout[4 : 4 + length])
    assert reply["id"] == 1 and reply["status"] == 200
    assert reply["body"]["status"] in ("starting", "ok", "degraded")
    assert len(process.stdout) == 4 + length


# -- the registry (Windows), through a stand-in for winreg ---------------------------------


def test_registry_actions_are_applied_in_order():
    class Registry:
        def __init__(self):
            self.calls = []

        def apply(self, action):
            self.calls.append(action)
            return "ok"

    target = Target.here(platform="windows")
    actions = [a for a in plan(True, [BROWSERS["chrome"], BROWSERS["firefox"]], target, {"EXTENSION_ORIGINS": ORIGIN})
               if isinstance(a, SetRegistryValue)]
    registry = Registry()
    registration.apply(actions, registry=registry)
    assert [a.key for a in registry.calls] == [
        rf"Software\Google\Chrome\NativeMessagingHosts\{HOST}",
        rf"Software\Mozilla\NativeMessagingHosts\{HOST}",
    ]
    removals = plan(False, [BROWSERS["chrome"]], target, {"EXTENSION_ORIGINS": ORIGIN})
    assert DeleteRegistryKey("HKEY_CURRENT_USER", rf"Software\Google\Chrome\NativeMessagingHosts\{HOST}") in removals


def test_system_install_without_browser_names_covers_all():
    target = Target.here(platform="linux", system=True, home="/home/x", env={})
    assert choose_browsers([], target, exists=lambda p: False) == list(BROWSERS.values())


def test_make_run_registers_the_host_for_the_browsers_found(home, monkeypatch):
    """``make run`` (tools/bootstrap.py run) calls ``promptvagt install`` before it starts the HTTP companion."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bootstrap", registration.PACKAGE_ROOT / "tools" / "bootstrap.py")
    bootstrap = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bootstrap)
    if not (bootstrap.BIN / "promptvagt").exists():
        pytest.skip("the promptvagt command is not installed in .venv")
    (home / ".config" / "google-chrome").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    bootstrap.register_native_host()
    body = json.loads((home / ".config/google-chrome/NativeMessagingHosts" / f"{HOST}.json").read_text())
    assert body["allowed_origins"] == [ORIGIN]
    assert os.access(body["path"], os.X_OK)
