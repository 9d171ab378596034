"""Register the native messaging host with the browsers: ``promptvagt install`` and ``uninstall``.

For each browser it writes a host manifest (``dk.promptvagt.companion.json``:
``type: stdio``, the launcher's path, and who may call it: the extension's
origins for the Chromium family, the add-on id for Firefox) and a small
launcher that runs ``promptvagt native-host`` with the Python this package is
installed in. Where the manifest goes:

- Linux and macOS: each browser's per-user host folder; with ``--system``
  the folders for all users (``/etc/…``, ``/Library/…``);
- ``--user-data-dir DIR``: ``DIR/NativeMessagingHosts/``, which is how
  Chromium finds hosts for one profile (the end-to-end tests use it);
- Windows: manifests and launcher in the user's data folder (ProgramData
  with ``--system``), and one registry key per browser under HKCU (HKLM with
  ``--system``) whose default value is the manifest's path.

Everything to do is first made a plan (a list of actions), so ``--dry-run``
prints exactly what would be written, on any platform: the Windows branch is
checked on Linux too. Applying a plan twice changes nothing the second time.
"""

from __future__ import annotations

import json
import os
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from ..config import FIREFOX_ADDON_ID, allowed_origins
from .native import HOST_NAME

PLATFORMS = ("linux", "macos", "windows")
DESCRIPTION = "Promptvagt: finder personoplysninger i AI-prompts (finds personal data in AI prompts)"
PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder that holds companion/


@dataclass(frozen=True)
class Browser:
    id: str
    name: str
    firefox: bool
    #: Relative to the home folder (Linux, macOS) or %LOCALAPPDATA% / %APPDATA% (Windows):
    #: the folder that shows the browser is used, and the per-user host folder.
    linux_profile: str
    linux_hosts: str
    linux_system: str
    macos_profile: str
    macos_hosts: str
    macos_system: str
    windows_profile: str
    windows_key: str


BROWSERS = {
    b.id: b
    for b in [
        Browser(
            "chrome", "Google Chrome", False,
            ".config/google-chrome", ".config/google-chrome/NativeMessagingHosts",
            "/etc/opt/chrome/native-messaging-hosts",
            "Library/Application Support/Google/Chrome",
            "Library/Application Support/Google/Chrome/NativeMessagingHosts",
            "/Library/Google/Chrome/NativeMessagingHosts",
            r"%LOCALAPPDATA%\Google\Chrome\User Data", r"Software\Google\Chrome\NativeMessagingHosts",
        ),
        Browser(
            "chromium", "Chromium", False,
            ".config/chromium", ".config/chromium/NativeMessagingHosts",
            "/etc/chromium/native-messaging-hosts",
            "Library/Application Support/Chromium",
            "Library/Application Support/Chromium/NativeMessagingHosts",
            "/Library/Application Support/Chromium/NativeMessagingHosts",
            r"%LOCALAPPDATA%\Chromium\User Data", r"Software\Chromium\NativeMessagingHosts",
        ),
        Browser(
            "edge", "Microsoft Edge", False,
            ".config/microsoft-edge", ".config/microsoft-edge/NativeMessagingHosts",
            "/etc/opt/edge/native-messaging-hosts",
            "Library/Application Support/Microsoft Edge",
            "Library/Application Support/Microsoft Edge/NativeMessagingHosts",
            "/Library/Microsoft/Edge/NativeMessagingHosts",
            r"%LOCALAPPDATA%\Microsoft\Edge\User Data", r"Software\Microsoft\Edge\NativeMessagingHosts",
        ),
        Browser(
            "brave", "Brave", False,
            ".config/BraveSoftware/Brave-Browser", ".config/BraveSoftware/Brave-Browser/NativeMessagingHosts",
            "/etc/opt/brave/native-messaging-hosts",
            "Library/Application Support/BraveSoftware/Brave-Browser",
            "Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts",
            "/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts",
            r"%LOCALAPPDATA%\BraveSoftware\Brave-Browser\User Data",
            r"Software\BraveSoftware\Brave-Browser\NativeMessagingHosts",
        ),
        Browser(
            "firefox", "Firefox", True,
            ".mozilla", ".mozilla/native-messaging-hosts",
            "/usr/lib/mozilla/native-messaging-hosts",
            "Library/Application Support/Firefox",
            "Library/Application Support/Mozilla/NativeMessagingHosts",
            "/Library/Application Support/Mozilla/NativeMessagingHosts",
            r"%APPDATA%\Mozilla\Firefox", r"Software\Mozilla\NativeMessagingHosts",
        ),
    ]
}


# -- actions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WriteFile:
    path: object  # a PurePath of the target platform
    content: str
    executable: bool = False


@dataclass(frozen=True)
class RemoveFile:
    path: object


@dataclass(frozen=True)
class SetRegistryValue:
    root: str  # HKEY_CURRENT_USER or HKEY_LOCAL_MACHINE
    key: str
    value: str  # the key's default value: the manifest's path


@dataclass(frozen=True)
class DeleteRegistryKey:
    root: str
    key: str


class InstallError(Exception):
    """A plan cannot be made or applied; ``str()`` is Danish, then English."""


# -- the plan -----------------------------------------------------------------------------


@dataclass
class Target:
    """Where and for whom: the platform, its folders and environment, and the Python to run."""

    platform: str
    home: object
    env: dict
    python: str
    package_root: str
    system: bool = False
    user_data_dir: object = None

    @classmethod
    def here(cls, system=False, user_data_dir=None, platform=None, home=None, env=None) -> "Target":
        platform = platform or current_platform()
        path = PureWindowsPath if platform == "windows" else PurePosixPath
        if platform != current_platform():
            # A dry run for another platform: placeholder folders of that platform.
            home = home or (r"C:\Users\bruger" if platform == "windows" else "/home/bruger")
            env = env or {"LOCALAPPDATA": rf"{home}\AppData\Local", "APPDATA": rf"{home}\AppData\Roaming",
                          "PROGRAMDATA": r"C:\ProgramData"}
            python = r"C:\Program Files\Promptvagt\.venv\Scripts\python.exe" if platform == "windows" \
                else "/opt/promptvagt/.venv/bin/python"
            package_root = r"C:\Program Files\Promptvagt" if platform == "windows" else "/opt/promptvagt"
        else:
            home = home or str(Path.home())
            env = os.environ if env is None else env
            python, package_root = sys.executable, str(PACKAGE_ROOT)
            # Browsers need absolute paths in a manifest.
            user_data_dir = str(Path(user_data_dir).absolute()) if user_data_dir else None
        return cls(
            platform=platform,
            home=path(home),
            env=dict(env),
            python=python,
            package_root=package_root,
            system=system,
            user_data_dir=path(user_data_dir) if user_data_dir else None,
        )

    @property
    def path(self):
        return PureWindowsPath if self.platform == "windows" else PurePosixPath

    def expand(self, value: str):
        """Expand ``%LOCALAPPDATA%`` and the like from this target's environment."""
        for name in ("LOCALAPPDATA", "APPDATA", "PROGRAMDATA"):
            value = value.replace(f"%{name}%", self.env.get(name) or self._default(name))
        return self.path(value)

    def _default(self, name: str) -> str:
        return {
            "LOCALAPPDATA": str(self.home / "AppData" / "Local"),
            "APPDATA": str(self.home / "AppData" / "Roaming"),
            "PROGRAMDATA": r"C:\ProgramData",
        }[name]


def current_platform() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    return "macos" if sys.platform == "darwin" else "linux"


def choose_browsers(names, target: Target, exists=os.path.isdir) -> list[Browser]:
    """Return the browsers named (``all`` for every one), else the ones found for this user.

    With ``--user-data-dir`` the Chromium family only (that folder is a
    Chromium profile); with ``--system`` every browser, because IT installs
    for machines whose users have not started their browsers yet.
    """
    names = list(names or [])
    if target.user_data_dir is not None:
        if any(BROWSERS.get(n) and BROWSERS[n].firefox for n in names):
            raise InstallError(
                "--user-data-dir gælder kun Chromium-browsere, ikke Firefox. "
                "--user-data-dir is for Chromium browsers only, not Firefox."
            )
        return [BROWSERS["chromium"]]
    if "all" in names or (not names and target.system):
        return list(BROWSERS.values())
    if names:
        return [BROWSERS[n] for n in dict.fromkeys(names)]
    return [b for b in BROWSERS.values() if exists(str(_profile_folder(b, target)))]


def _profile_folder(browser: Browser, target: Target):
    if target.platform == "windows":
        return target.expand(browser.windows_profile)
    relative = browser.linux_profile if target.platform == "linux" else browser.macos_profile
    return target.home / relative


def launcher_folder(target: Target):
    """Where the launcher (and, on Windows, the manifests) are written."""
    if target.user_data_dir is not None:
        return target.user_data_dir / "NativeMessagingHosts"
    if target.platform == "windows":
        return target.expand(r"%PROGRAMDATA%\Promptvagt" if target.system else r"%LOCALAPPDATA%\promptvagt\native-host")
    if target.platform == "macos":
        return target.path("/Library/Application Support/Promptvagt") if target.system \
            else target.home / "Library/Application Support/promptvagt/native-host"
    if target.system:
        return target.path("/usr/local/lib/promptvagt")
    data_home = target.env.get("XDG_DATA_HOME")
    return (target.path(data_home) if data_home else target.home / ".local/share") / "promptvagt/native-host"


def launcher(target: Target) -> WriteFile:
    """The small program the browser starts: ``promptvagt native-host`` with this install's Python."""
    folder = launcher_folder(target)
    if target.platform == "windows":
        # The browser runs it through cmd.exe; "@echo off" keeps cmd's echo off
        # stdout, which must carry protocol only.
        content = (
            "@echo off\r\n"
            "rem Promptvagt native messaging host, written by 'promptvagt install'. The browser starts it.\r\n"
            f'cd /d "{target.package_root}"\r\n'
            f'"{target.python}" -m companion.cli native-host %*\r\n'
        )
        return WriteFile(folder / "promptvagt-native-host.bat", content)
    content = (
        "#!/bin/sh\n"
        "# Promptvagt native messaging host, written by 'promptvagt install'. The browser starts it.\n"
        f"cd {shlex.quote(target.package_root)} || exit 1\n"
        f'exec {shlex.quote(target.python)} -m companion.cli native-host "$@"\n'
    )
    return WriteFile(folder / "promptvagt-native-host", content, executable=True)


def manifest(browser: Browser, launcher_path, config: dict) -> str:
    """Return the host manifest for ``browser`` as JSON text."""
    body = {"name": HOST_NAME, "description": DESCRIPTION, "path": str(launcher_path), "type": "stdio"}
    if browser.firefox:
        body["allowed_extensions"] = [FIREFOX_ADDON_ID]
    else:
        origins = sorted(o.rstrip("/") + "/" for o in allowed_origins(config) if o.startswith("chrome-extension://"))
        body["allowed_origins"] = origins
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def plan(install: bool, browsers: list[Browser], target: Target, config: dict) -> list:
    """Return the actions that install (or remove) the host for ``browsers`` on ``target``."""
    if not browsers:
        return []
    start = launcher(target)
    actions = [start if install else RemoveFile(start.path)]
    name = f"{HOST_NAME}.json"
    if target.user_data_dir is not None:
        path = launcher_folder(target) / name
        actions.append(WriteFile(path, manifest(browsers[0], start.path, config)) if install else RemoveFile(path))
        return actions
    if target.platform == "windows":
        root = "HKEY_LOCAL_MACHINE" if target.system else "HKEY_CURRENT_USER"
        written = set()
        for browser in browsers:
            path = launcher_folder(target) / (f"{HOST_NAME}.firefox.json" if browser.firefox else name)
            if path not in written:
                written.add(path)
                actions.append(WriteFile(path, manifest(browser, start.path, config)) if install else RemoveFile(path))
            key = f"{browser.windows_key}\\{HOST_NAME}"
            actions.append(SetRegistryValue(root, key, str(path)) if install else DeleteRegistryKey(root, key))
        return actions
    for browser in browsers:
        if target.platform == "linux":
            folder = target.path(browser.linux_system) if target.system else target.home / browser.linux_hosts
        else:
            folder = target.path(browser.macos_system) if target.system else target.home / browser.macos_hosts
        path = folder / name
        actions.append(WriteFile(path, manifest(browser, start.path, config)) if install else RemoveFile(path))
    return actions


# -- showing and applying -----------------------------------------------------------------


def describe(actions) -> list[str]:
    """Return what a plan would do, for ``--dry-run``: every file with its content, every registry value."""
    lines = []
    for action in actions:
        if isinstance(action, WriteFile):
            mode = " (kørbar / executable)" if action.executable else ""
            lines.append(f"Ville skrive (would write) {action.path}{mode}:")
            lines += [f"    {line}" for line in action.content.replace("\r\n", "\n").rstrip("\n").split("\n")]
        elif isinstance(action, RemoveFile):
            lines.append(f"Ville fjerne (would remove) {action.path}")
        elif isinstance(action, SetRegistryValue):
            lines.append(f"Ville sætte (would set) {action.root}\\{action.key} (standardværdi / default) = {action.value}")
        elif isinstance(action, DeleteRegistryKey):
            lines.append(f"Ville slette nøglen (would delete key) {action.root}\\{action.key}")
    return lines


def apply(actions, registry=None) -> list[str]:
    """Carry out a plan on this machine; return one line per action (what changed, what was already so)."""
    done = []
    for action in actions:
        if isinstance(action, WriteFile):
            done.append(_write(action))
        elif isinstance(action, RemoveFile):
            path = Path(action.path)
            if path.exists():
                path.unlink()
                done.append(f"Fjernede (removed) {path}")
            else:
                done.append(f"Fandtes ikke (not there) {path}")
        else:
            done.append((registry or WindowsRegistry()).apply(action))
    return done


def _write(action: WriteFile) -> str:
    path = Path(action.path)
    mode = 0o755 if action.executable else 0o644
    if path.exists() and path.read_text(encoding="utf-8") == action.content:
        path.chmod(mode)
        return f"Uændret (unchanged) {path}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.tmp")
        # newline="" keeps the launcher's CRLF on Windows exactly as planned.
        with open(temp, "w", encoding="utf-8", newline="") as file:
            file.write(action.content)
        temp.chmod(mode)
        os.replace(temp, path)
    except PermissionError:
        raise InstallError(
            f"Ingen skriveadgang til {path.parent}: brug en administrator til --system. "
            f"No permission to write {path.parent}: --system needs an administrator."
        ) from None
    return f"Skrev (wrote) {path}"


class WindowsRegistry:
    """Set and delete the browsers' host keys through ``winreg`` (Windows only)."""

    def apply(self, action) -> str:
        import winreg  # noqa: PLC0415  (Windows only)

        root = getattr(winreg, action.root)
        if isinstance(action, SetRegistryValue):
            try:
                with winreg.OpenKey(root, action.key) as key:
                    if winreg.QueryValue(key, None) == action.value:
                        return f"Uændret (unchanged) {action.root}\\{action.key}"
            except OSError:
                pass
            with winreg.CreateKey(root, action.key) as key:
                winreg.SetValueEx(key, "", 0, winreg.REG_SZ, action.value)
            return f"Satte (set) {action.root}\\{action.key} = {action.value}"
        try:
            winreg.DeleteKey(root, action.key)
        except FileNotFoundError:
            return f"Fandtes ikke (not there) {action.root}\\{action.key}"
        return f"Slettede (deleted) {action.root}\\{action.key}"
