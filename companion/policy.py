"""The machine policy: what an organisation sets centrally for the companion, above the environment.

The extension takes its organisation policy from the browser
(``extension/managed_schema.json``); the companion is a program of its own
and reads a machine-wide policy that only an administrator can write:

- Windows: registry values under ``HKLM\\SOFTWARE\\Policies\\Promptvagt``
  (Group Policy or Intune), ``Forward`` and ``OrgUnit`` as strings;
- Linux: ``/etc/promptvagt/policy.json``; macOS:
  ``/Library/Application Support/Promptvagt/policy.json``, as
  ``{"forward": "syslog+tcp://logs.kommune.dk:6514", "orgUnit": "Børn og Unge"}``.

A value set by policy wins over ``PROMPTVAGT_FORWARD``/``PROMPTVAGT_ORG_UNIT``
and over ``promptvagt serve --forward``, as browser policies win over user
settings. Only these keys are read; the policy can switch forwarding on or
off (``"forward": "off"``) and name the unit.
"""

import json
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)

#: policy key (JSON) → (registry value name, app.config key)
KEYS = {"forward": ("Forward", "FORWARD"), "orgUnit": ("OrgUnit", "ORG_UNIT")}
REGISTRY_KEY = r"SOFTWARE\Policies\Promptvagt"
POLICY_FILES = {
    "linux": "/etc/promptvagt/policy.json",
    "darwin": "/Library/Application Support/Promptvagt/policy.json",
}


def read_policy(policy_file=None, winreg=None) -> dict:
    """Return the policy's values by JSON key (only the keys in ``KEYS``, only strings).

    :param policy_file: the JSON file (default: this platform's); tests pass their own.
    :param winreg: the ``winreg`` module (tests pass a fake); Windows reads the registry.
    """
    if winreg is not None or (policy_file is None and sys.platform == "win32"):
        return _from_registry(winreg)
    path = Path(policy_file or POLICY_FILES.get(sys.platform, POLICY_FILES["linux"]))
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        log.warning("Politikfilen %s kan ikke læses og ignoreres (policy file unreadable, ignored)", path)
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: data[key] for key in KEYS if isinstance(data.get(key), str)}


def apply(config: dict, policy_file=None, winreg=None) -> dict:
    """Let the policy override ``config`` in place; return the values it set (for the log)."""
    policy = read_policy(policy_file if policy_file is not None else config.get("POLICY_FILE"), winreg)
    for key, value in policy.items():
        config[KEYS[key][1]] = value
    if policy:
        log.info("Politik anvendt (policy applied): %s", ", ".join(sorted(policy)))
    return policy


def _from_registry(winreg) -> dict:
    if winreg is None:
        import winreg
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY)
    except OSError:
        return {}
    policy = {}
    with key:
        for name, (value_name, _config_key) in KEYS.items():
            try:
                value, kind = winreg.QueryValueEx(key, value_name)
            except OSError:
                continue
            if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) and isinstance(value, str):
                policy[name] = value
    return policy
