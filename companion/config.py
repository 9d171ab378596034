"""Every setting of the companion, declared once.

Each setting can come from the environment (``PROMPTVAGT_<NAME>``); the CLI
flags of ``promptvagt serve`` override the environment, and tests pass a
``test_config`` mapping to ``create_app``.
"""

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

#: The extension id is pinned by the public ``key`` in ``extension/manifest.json``.
EXTENSION_ID = "hhbeicfpmognamgecembgihjkdniilfi"
#: Firefox knows the extension by ``browser_specific_settings.gecko.id`` in the manifest.
FIREFOX_ADDON_ID = "promptvagt@promptvagt.dk"


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str

    @property
    def env(self) -> str:
        return f"PROMPTVAGT_{self.name}"


SETTINGS = [
    Setting("HOST", "127.0.0.1", "Address to listen on. Loopback only."),
    Setting("PORT", 8640, "TCP port to listen on."),
    Setting(
        "SPACY_MODEL",
        "",
        "spaCy pipeline to load: an installed package name (da_core_news_sm) or the path of a pipeline "
        "folder. Empty: the pipeline shipped with Promptvagt (da_promptvagt_ner), else da_core_news_sm, "
        "else da_uner_ddt_sm, whichever loads first.",
    ),
    Setting(
        "DATA_DIR",
        platformdirs.user_data_dir("promptvagt", appauthor=False),
        "Folder for the near-miss database and settings.",
    ),
    Setting(
        "MAX_SCAN_CHARS",
        200_000,
        "Longest text one scan accepts, in characters.",
    ),
    Setting(
        "RETENTION_DAYS",
        180,
        "Near-miss events older than this many days are deleted (at startup and on each new event). "
        "0 keeps them forever.",
    ),
    Setting(
        "EXTENSION_ORIGINS",
        f"chrome-extension://{EXTENSION_ID}",
        "Comma-separated origins allowed to call the API and to start the native host "
        "(add the Chrome Web Store's and Edge Add-ons' ids here).",
    ),
    Setting(
        "DASHBOARD_IDLE_MINUTES",
        15,
        "The dashboard started on demand (native host, promptvagt dashboard) stops after this many minutes unused.",
    ),
    Setting(
        "FORWARD",
        "",
        "Forward near-miss events (codes and counts only) to the organisation's log: syslog+tcp://HOST:PORT, "
        "syslog+udp://HOST:PORT, syslog (local daemon) or eventlog (Windows). Empty: off. A machine policy wins "
        "(docs/organisation.md).",
    ),
    Setting(
        "ORG_UNIT",
        "",
        "Organisational unit label sent with forwarded events, e.g. 'Børn og Unge' (usually set by policy).",
    ),
]

#: The Danish NER pipeline trained for prompts and shipped in the package (tools/train_ner.py).
SHIPPED_SPACY_MODEL = Path(__file__).resolve().parent / "detection" / "models" / "da_promptvagt_ner"

#: Tried in order when SPACY_MODEL is empty: the shipped pipeline (a path), then the official
#: model and the stand-in with the same labels that the installer can take from a wheelhouse.
DEFAULT_SPACY_MODELS = (str(SHIPPED_SPACY_MODEL), "da_core_news_sm", "da_uner_ddt_sm")


def from_environment(environ=None) -> dict:
    """Return every setting, taking values from the environment where set."""
    environ = os.environ if environ is None else environ
    config = {}
    for setting in SETTINGS:
        raw = environ.get(setting.env)
        if raw is None:
            config[setting.name] = setting.default
        elif isinstance(setting.default, int):
            try:
                config[setting.name] = int(raw)
            except ValueError:
                raise ValueError(
                    f"{setting.env} skal være et heltal (must be an integer), fik {raw!r}"
                ) from None
        else:
            config[setting.name] = raw
    config["DATA_DIR"] = str(Path(config["DATA_DIR"]).expanduser())
    return config


def spacy_model_candidates(config: dict) -> tuple:
    """Name the spaCy pipelines to try, in order: package names or pipeline folders."""
    if config.get("SPACY_MODEL"):
        return (config["SPACY_MODEL"],)
    return DEFAULT_SPACY_MODELS


def allowed_origins(config: dict) -> set:
    return {o.strip() for o in config["EXTENSION_ORIGINS"].split(",") if o.strip()}
