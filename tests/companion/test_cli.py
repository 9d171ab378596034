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


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PROMPTVAGT_DATA_DIR", str(tmp_path))
    return tmp_path


def test_migrate_creates_then_reports_up_to_date(runner, data_dir):
    first = runner.invoke(cli.main, ["migrate"])
    assert first.exit_code == 0 and "m001_events_and_findings" in first.output
    assert (data_dir / "promptvagt.db").exists()
    again = runner.invoke(cli.main, ["migrate"])
    assert "allerede opdateret" in again.output


def test_export_wraps_the_store(runner, data_dir, scanner):
    from companion.nearmiss import db as database

    from .nearmiss import event, seed

    with database.open_database(data_dir / "promptvagt.db") as db:
        database.migrate(db)
        seed(db, scanner, [event(kinds=("DK_CPR", "PERSON")), event(site="gemini", action="sent_anyway")])

    as_csv = runner.invoke(cli.main, ["export"])
    assert as_csv.exit_code == 0
    assert len(as_csv.output.lstrip("\ufeff").splitlines()) == 3
    as_json = json.loads(runner.invoke(cli.main, ["export", "--format", "json", "--site", "gemini"]).output)
    assert [e["action"] for e in as_json] == ["sent_anyway"]
    aggregate = json.loads(runner.invoke(cli.main, ["export", "--format", "json", "--aggregate", "--days", "7"]).output)
    assert sum(row["findings"] for row in aggregate["rows"]) == 3
    output = data_dir / "out.csv"
    assert runner.invoke(cli.main, ["export", "--aggregate", "-o", str(output)]).exit_code == 0
    assert output.read_text(encoding="utf-8-sig").startswith("uge (mandag),ugenummer")


def test_export_refuses_a_bad_filter(runner, data_dir):
    result = runner.invoke(cli.main, ["export", "--site", "bing"])
    assert result.exit_code == 2 and "site" in result.output


def test_every_cli_option_has_help():
    for command in cli.main.commands.values():
        for param in command.params:
            if getattr(param, "param_type_name", "") == "option":
                assert param.help, f"{command.name} {param.name}"


def test_serve_on_a_forced_address_warns_loudly(runner, monkeypatch):
    import companion
    from companion.transport import server

    served = {}
    monkeypatch.setattr(companion, "create_app", lambda config: config)
    monkeypatch.setattr(server, "serve", lambda app, host, port: served.update(host=host, port=port))
    result = runner.invoke(cli.main, ["serve", "--host", "0.0.0.0", "--port", "9999", "--allow-non-loopback"])
    assert result.exit_code == 0
    assert served == {"host": "0.0.0.0", "port": 9999}
    assert "ADVARSEL" in result.output and "WARNING" in result.output and "!!!!" in result.output


def test_serve_uses_waitress_on_loopback(runner, monkeypatch):
    import companion
    from companion.transport import server

    served = {}
    monkeypatch.setattr(companion, "create_app", lambda config: config)
    monkeypatch.setattr(server, "serve", lambda app, host, port: served.update(host=host, port=port))
    assert runner.invoke(cli.main, ["serve", "--port", "9999"]).exit_code == 0
    assert served == {"host": "127.0.0.1", "port": 9999}
