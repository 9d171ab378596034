"""``scan file`` on both transports: the same checks and bodies over HTTP and native messaging, no values in answers."""

import base64
import io
import json
import logging

import pytest

from companion.config import from_environment
from companion.files import extract as extraction
from companion.transport.native import HEADER, NativeHost
from companion.transport.warmup import ScannerSlot

from . import samples

CPR = "070761-0913"  # made up
DIGITS = CPR.replace("-", "")


def body(data: bytes, name: str) -> dict:
    return {"name": name, "data": base64.b64encode(data).decode(), "site": "chatgpt"}


def frame(message: dict) -> bytes:
    data = json.dumps(message).encode()
    return HEADER.pack(len(data)) + data


def native(config, scanner, message: dict) -> dict:
    stdout = io.BytesIO()
    NativeHost(config, ScannerSlot.ready(scanner), io.BytesIO(frame(message)), stdout).run()
    raw = stdout.getvalue()
    (length,) = HEADER.unpack(raw[: HEADER.size])
    return json.loads(raw[HEADER.size : HEADER.size + length])


@pytest.fixture
def config(tmp_path):
    return {**from_environment({}), "DATA_DIR": str(tmp_path)}


@pytest.mark.parametrize(
    "name, data",
    [
        ("sag.docx", samples.docx([f"Borgeren har cpr {CPR}."])),
        ("notat.pdf", samples.pdf(["Side et.", f"Borgeren har cpr {CPR}."])),
        ("liste.xlsx", samples.xlsx([["Navn", "CPR"], ["Hanne Jensen", CPR]])),
    ],
)
def test_a_cpr_number_in_a_document_blocks(client, name, data):
    response = client.post("/api/v1/scan-file", json=body(data, name))
    assert response.status_code == 200
    reply = response.get_json()
    assert reply["verdict"] == "block"
    assert "DK_CPR" in {f["entity_type"] for f in reply["findings"]}
    assert reply["file"]["status"] == "ok"
    # Masked previews only: neither the number nor its digits come back.
    assert CPR not in response.text and DIGITS not in response.text


def test_a_clean_document_is_ok(client):
    reply = client.post("/api/v1/scan-file", json=body(samples.docx(["Skriv et digt om foråret."]), "digt.docx"))
    assert reply.get_json()["verdict"] == "ok"


def test_native_and_http_answer_alike(client, config, scanner):
    request = body(samples.pdf([f"cpr {CPR}"]), "notat.pdf")
    over_http = client.post("/api/v1/scan-file", json=request).get_json()
    reply = native(config, scanner, {"id": 1, "type": "scan_file", "body": request})
    assert reply["status"] == 200
    assert {**reply["body"], "elapsed_ms": 0} == {**over_http, "elapsed_ms": 0}


@pytest.mark.parametrize(
    "request_body, status, words",
    [
        ({"name": "x.pdf"}, 400, "'data' mangler"),
        ({"name": "x.pdf", "data": "ikke base64!"}, 400, "base64"),
        ({"name": "x.pdf", "data": "", "text": "hej"}, 400, "Ukendte felter"),
        ({"name": "x" * 300, "data": ""}, 400, "'name'"),
    ],
)
def test_refusals_match_on_both_transports(client, config, scanner, request_body, status, words):
    over_http = client.post("/api/v1/scan-file", json=request_body)
    assert over_http.status_code == status and words in over_http.get_json()["message"]
    reply = native(config, scanner, {"id": 2, "type": "scan_file", "body": request_body})
    assert reply["status"] == status and reply["body"] == over_http.get_json()


def test_too_large_is_413(client, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_FILE_BYTES", 1000)
    response = client.post("/api/v1/scan-file", json=body(b"x" * 2000, "x.txt"))
    assert response.status_code == 413


def test_a_file_body_may_be_larger_than_a_prompt_body(client):
    text = (f"Linje uden noget. {'a' * 60}\n" * 40_000).encode()  # about 3 MB, over the 2 MiB prompt limit
    response = client.post("/api/v1/scan-file", json=body(text, "stor.txt"))
    assert response.status_code == 200
    assert client.post("/api/v1/scan", json={"text": "x" * (3 * 1024 * 1024)}).status_code == 413


@pytest.mark.parametrize(
    "name, data, status",
    [
        ("x.pdf", samples.encrypted_pdf([f"cpr {CPR}"]), "encrypted"),
        ("x.pdf", samples.pdf(["a"], image_only=True), "no_text"),
        ("x.docx", b"junk" * 100, "corrupt"),
        ("billede.png", b"\x89PNG\r\n\x1a\n", "image"),
    ],
)
def test_unreadable_files_say_why(client, name, data, status):
    reply = client.post("/api/v1/scan-file", json=body(data, name)).get_json()
    assert (reply["verdict"], reply["file"]["status"]) == ("ok", status)


def test_nothing_of_the_file_is_logged(client, caplog):
    caplog.set_level(logging.DEBUG)
    client.post("/api/v1/scan-file", json=body(samples.docx([f"cpr {CPR}"]), "Hanne Jensen sag.docx"))
    client.post("/api/v1/scan-file", json=body(b"junk" + CPR.encode(), "Hanne Jensen.docx"))
    assert CPR not in caplog.text and DIGITS not in caplog.text and "Hanne" not in caplog.text


def test_a_repeated_cpr_number_is_listed_once(client):
    data = samples.pdf([f"cpr {CPR}"] * 5)
    reply = client.post("/api/v1/scan-file", json=body(data, "x.pdf")).get_json()
    assert reply["total_findings"] >= 5
    assert len([f for f in reply["findings"] if f["entity_type"] == "DK_CPR"]) == 1
