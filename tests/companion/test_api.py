import json

import pytest

from companion.config import EXTENSION_ID

CPR_TEXT = "Borgerens cpr er 070761-0913"
EXTENSION_ORIGIN = f"chrome-extension://{EXTENSION_ID}"


def scan(client, body, **kwargs):
    return client.post("/api/v1/scan", json=body, **kwargs)


def test_scan_finds_cpr_and_blocks(client):
    response = scan(client, {"text": CPR_TEXT, "site": "chatgpt", "source": "typed"})
    assert response.status_code == 200
    data = response.get_json()
    assert data["verdict"] == "block"
    [finding] = data["findings"]
    assert finding["entity_type"] == "DK_CPR"
    assert (finding["start"], finding["end"]) == (17, 28)
    assert finding["masked"] == "0707XX-XXXX"
    assert finding["severity"] == "block"
    assert "Personoplysninger" in finding["message"]
    assert "text" not in finding  # the API never echoes values
    assert data["elapsed_ms"] >= 0


def test_clean_text_is_ok(client):
    data = scan(client, {"text": "Hvad er klokken?"}).get_json()
    assert data == {**data, "verdict": "ok", "findings": []}


def test_offsets_are_utf16_code_units(client):
    text = "👩‍👧 cpr 070761-0913"
    [finding] = scan(client, {"text": text}).get_json()["findings"]
    as_utf16 = text.encode("utf-16-le")
    assert as_utf16[finding["start"] * 2 : finding["end"] * 2].decode("utf-16-le") == "070761-0913"


def test_health_reports_model(client, scanner):
    data = client.get("/health").get_json()
    assert data["status"] == "ok"
    assert data["model"]["name"] == scanner.pipeline.name
    assert "DkCprRecognizer" in data["recognizers"]


@pytest.mark.parametrize(
    "body, status, fragment",
    [
        ({"site": "chatgpt"}, 400, "'text' mangler"),
        ({"text": 12}, 400, "skal være tekst"),
        ({"text": "hej", "extra": 1}, 400, "extra"),
        ({"text": "hej", "source": "mail"}, 400, "source"),
        (["text"], 400, "JSON-objekt"),
    ],
)
def test_bad_input_gets_clear_4xx(client, body, status, fragment):
    response = scan(client, body)
    assert response.status_code == status
    assert fragment in response.get_json()["message"]


def test_invalid_json_and_utf8(client):
    for data in (b"{not json", b'{"text": "\xff\xfe"}', b"[" * 100_000):
        response = client.post("/api/v1/scan", data=data, content_type="application/json")
        assert response.status_code == 400, data[:20]


def test_text_over_limit_states_the_limit(app, client):
    app.config["MAX_SCAN_CHARS"] = 100
    response = scan(client, {"text": "x" * 101})
    assert response.status_code == 413
    assert "100" in response.get_json()["message"]


def test_errors_never_echo_the_prompt(client):
    response = scan(client, {"text": CPR_TEXT, "unknown": True})
    assert "070761" not in response.get_data(as_text=True)


def test_web_origin_is_refused_without_cors(client):
    response = scan(client, {"text": CPR_TEXT}, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert "Access-Control-Allow-Origin" not in response.headers
    assert "070761" not in response.get_data(as_text=True)


def test_extension_origin_is_allowed_with_cors(client):
    response = scan(client, {"text": CPR_TEXT}, headers={"Origin": EXTENSION_ORIGIN})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == EXTENSION_ORIGIN


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8640", "127.0.0.1.nip.io:8640", "127.0.0.1:9999"])
def test_foreign_host_header_is_refused(client, host):
    response = client.get("/health", headers={"Host": host})
    assert response.status_code == 403


@pytest.mark.parametrize("host", ["127.0.0.1:8640", "localhost:8640", "[::1]:8640", "localhost"])
def test_loopback_host_header_is_accepted(client, host):
    assert client.get("/health", headers={"Host": host}).status_code == 200


def test_unknown_path_is_json_404(client):
    response = client.get("/nope")
    assert response.status_code == 404
    assert json.loads(response.get_data())["error"] == "not_found"
