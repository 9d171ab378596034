import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from companion import cli


@pytest.fixture
def runner(scanner, monkeypatch):
    monkeypatch.setattr(cli, "_scanner", lambda: scanner)
    return CliRunner()


def test_scan_json_from_stdin_includes_text(runner):
    result = runner.invoke(cli.main, ["scan", "-", "--format", "json"], input="Borgerens cpr er 070761-0913")
    data = json.loads(result.output)
    assert data["verdict"] == "block"
    assert data["findings"][0]["text"] == "070761-0913"


def test_scan_file_in_text_format(runner, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Hvad er klokken?", encoding="utf-8")
    result = runner.invoke(cli.main, ["scan", str(path)])
    assert result.exit_code == 0
    assert "Intet fundet" in result.output


def test_scan_jsonl_one_result_per_line_and_bad_lines_reported(runner, tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text('{"text": "cpr 070761-0913"}\n{"text": "hej"}\nnot json\n{"text": "0707610913"}\n', encoding="utf-8")
    result = runner.invoke(cli.main, ["scan", "--jsonl", str(path)])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("verdict") for line in lines] == ["block", "ok", None, "block"]
    assert lines[2]["line"] == 3
    assert result.exit_code == 1


def test_serve_refuses_non_loopback_address(runner):
    result = runner.invoke(cli.main, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code != 0
    assert "0.0.0.0" in result.output


def test_installed_command_runs():
    completed = subprocess.run(
        [sys.executable, "-m", "companion.cli", "--help"], capture_output=True, text=True, check=True
    )
    assert "scan" in completed.stdout and "serve" in completed.stdout
