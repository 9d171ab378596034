"""Everything a deployer can set or run is documented (README.md or docs/)."""

import re
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


def _tests_named_in_sites_md():
    """(file, test) pairs docs/sites.md names as ``test_x.py::test_y`` (a bare file name is one in tests/e2e/)."""
    text = (ROOT / "docs" / "sites.md").read_text(encoding="utf-8")
    for match in re.finditer(r"((?:tests/e2e/(?:firefox/)?)?test_\w+\.py)(?:::(test_\w+))?", text):
        name = match.group(1)
        yield (name if name.startswith("tests/") else f"tests/e2e/{name}"), match.group(2)


@pytest.mark.parametrize("path, test", sorted(set(_tests_named_in_sites_md()), key=str), ids=str)
def test_the_send_paths_table_names_tests_that_exist(path, test):
    """docs/sites.md says which test covers each send path: those tests must exist."""
    source = ROOT / path
    assert source.is_file(), path
    if test:
        assert re.search(rf"^def {test}\(", source.read_text(encoding="utf-8"), re.M), f"{path}::{test}"
