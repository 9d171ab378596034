"""Everything a deployer can set or run is documented (README.md or docs/)."""

from pathlib import Path

import pytest

from companion.cli import main
from companion.config import SETTINGS
from companion.detection.entities import ENTITIES

ROOT = Path(__file__).resolve().parents[2]
DOCS = "\n".join(
    path.read_text(encoding="utf-8") for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
)


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_cli_command_is_documented(command):
    assert f"promptvagt {command}" in DOCS


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.env)
def test_every_setting_is_documented(setting):
    assert setting.env in DOCS


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_every_entity_is_documented(entity):
    assert f"`{entity}`" in (ROOT / "docs" / "entities.md").read_text(encoding="utf-8")
