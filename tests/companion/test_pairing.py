"""Pairing Firefox: a one-time code from ``promptvagt pair`` buys a token; only hashes reach the disk."""

import json
import os
import stat
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from companion import cli

from companion.transport import pairing

FIREFOX_ORIGIN = "moz-extension://0b3c8e1a-5f7e-4d52-9a51-6f0f3f1d2c4b"
TOKEN = pairing.TOKEN_HEADER


def pair(client, code, origin=FIREFOX_ORIGIN):
    headers = {"Origin": origin} if origin else {}
    return client.post("/api/v1/pair", json={"code": code}, headers=headers)


@pytest.fixture
def data_dir(app):
    return app.config["DATA_DIR"]


def test_code_pairs_once_and_the_token_opens_the_api(client, data_dir):
    code = pairing.new_code(data_dir)
    response = pair(client, code.lower().replace("-", " "))  # as typed by hand
    assert response.status_code == 201
    token = response.get_json()["token"]
    assert response.get_json()["header"] == TOKEN
    assert len(token) >= 40
    assert client.get("/api/v1/stats", headers={"Origin": FIREFOX_ORIGIN, TOKEN: token}).status_code == 200
    again = pair(client, code)
    assert again.status_code == 403 and again.get_json()["reason"] == "pairing_failed"


def test_only_hashes_reach_the_disk_owner_only(client, data_dir):
    code = pairing.new_code(data_dir)
    code_file = Path(data_dir) / pairing.CODE_FILE
    assert code.replace("-", "") not in code_file.read_text(encoding="utf-8")
    token = pair(client, code).get_json()["token"]
    clients_file = Path(data_dir) / pairing.CLIENTS_FILE
    stored = clients_file.read_text(encoding="utf-8")
    assert token not in stored
    assert json.loads(stored)["clients"][0]["origin"] == FIREFOX_ORIGIN
    if sys.platform != "win32":  # Windows keeps DATA_DIR private through the profile's ACL
        assert stat.S_IMODE(os.stat(clients_file).st_mode) == 0o600


def test_five_wrong_guesses_burn_the_code(client, data_dir):
    code = pairing.new_code(data_dir)
    for _ in range(pairing.MAX_CODE_ATTEMPTS):
        assert pair(client, "2222-2222").status_code == 403
    assert pair(client, code).status_code == 403  # the right code, too late


def test_code_expires(data_dir):
    then = datetime.now(timezone.utc) - pairing.CODE_TTL - timedelta(seconds=1)
    code = pairing.new_code(data_dir, now=then)
    with pytest.raises(pairing.PairingFailed):
        pairing.redeem_code(data_dir, code, FIREFOX_ORIGIN)


def test_web_page_cannot_pair_even_with_the_right_code(client, data_dir):
    code = pairing.new_code(data_dir)
    response = pair(client, code, origin="https://evil.example")
    assert response.status_code == 403 and response.get_json()["reason"] == "origin"
    # The refused attempt did not count against the code.
    assert pair(client, code).status_code == 201


def test_no_code_pending(client):
    response = pair(client, "ABCD-EFGH")
    assert response.status_code == 403
    assert "promptvagt pair" in response.get_json()["message"]


@pytest.mark.parametrize("body", [{}, {"code": 12}, {"code": "x" * 41}, {"code": "A", "token": "x"}])
def test_bad_pairing_bodies_are_4xx(client, body):
    response = client.post("/api/v1/pair", json=body, headers={"Origin": FIREFOX_ORIGIN})
    assert response.status_code == 400


def test_damaged_clients_file_fails_closed(data_dir):
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    (Path(data_dir) / pairing.CLIENTS_FILE).write_text("{not json", encoding="utf-8")
    assert not pairing.token_is_valid(data_dir, "anything")


def test_cli_pair_list_and_revoke(client, data_dir, monkeypatch):
    monkeypatch.setenv("PROMPTVAGT_DATA_DIR", data_dir)
    runner = CliRunner()
    result = runner.invoke(cli.main, ["pair"])
    assert result.exit_code == 0
    code = result.output.split("Parringskode (pairing code): ")[1].split()[0]
    assert "Firefox" in result.output
    token = pair(client, code).get_json()["token"]

    listing = runner.invoke(cli.main, ["pair", "--list"])
    assert FIREFOX_ORIGIN in listing.output and token not in listing.output

    revoked = runner.invoke(cli.main, ["pair", "--revoke"])
    assert "1 parring(er) glemt" in revoked.output
    assert client.get("/health", headers={TOKEN: token}).status_code == 403
