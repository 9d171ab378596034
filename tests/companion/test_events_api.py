"""POST/GET /api/v1/events and GET /api/v1/stats: idempotency, validation, reasons, retention."""

from datetime import timedelta

import pytest

from companion import create_app

from companion.nearmiss import store
from companion.nearmiss import db as database
from companion.config import EXTENSION_ID

from .nearmiss import ADDRESS, CPR, NAME, event, seed

EXTENSION_ORIGIN = f"chrome-extension://{EXTENSION_ID}"


def post(client, body, **kwargs):
    return client.post("/api/v1/events", json=body, **kwargs)


def test_new_event_is_201_and_a_repeat_is_200(client):
    body = event(kinds=("DK_CPR", "PERSON"))
    first = post(client, body)
    assert first.status_code == 201
    assert first.get_json() == {"id": body["id"], "created": True}
    again = post(client, {**body, "action": "sent_anyway"})
    assert again.status_code == 200
    assert again.get_json()["created"] is False
    [stored] = client.get("/api/v1/events").get_json()["events"]
    assert stored["action"] == "redacted"
    assert stored["counts"] == {"DK_CPR": 1, "PERSON": 1}


def test_stored_event_is_normalised(client):
    body = event(id="5B0C6F0E-2B9F-4A8E-9D55-3F1F7D3C2A10", time="2024-05-08T14:00:00.123+02:00")
    client.application.config["RETENTION_DAYS"] = 0
    assert post(client, body).status_code == 201
    stored = client.get("/api/v1/events/5b0c6f0e-2b9f-4a8e-9d55-3f1f7d3c2a10").get_json()
    assert stored["id"] == "5b0c6f0e-2b9f-4a8e-9d55-3f1f7d3c2a10"
    assert stored["time"] == "2024-05-08T12:00:00Z"
    assert stored["received"].endswith("Z")


def test_unknown_event_is_json_404(client):
    response = client.get("/api/v1/events/00000000-0000-4000-8000-000000000000")
    assert response.status_code == 404
    assert response.get_json()["error"] == "not_found"


def with_finding(**finding):
    return {"findings": [{"entity_type": "DK_CPR", "severity": "block", "masked": "0707XX-XXXX", **finding}]}


@pytest.mark.parametrize(
    "changes, status, fragment",
    [
        # shape: 400
        ({"id": None}, 400, "'id' skal være tekst"),
        ({"findings": "DK_CPR"}, 400, "'findings' skal være en liste"),
        ({"reason": 12}, 400, "'reason' skal være tekst eller null"),
        ({"colour": "red"}, 400, "colour"),
        ({"findings": ["DK_CPR"]}, 400, "'findings[0]' skal være et objekt"),
        ({"findings": [{"entity_type": "DK_CPR"}]}, 400, "'findings[0].severity' mangler"),
        ({"findings": [{"entity_type": "DK_CPR", "severity": "block", "masked": "0707XX-XXXX", "text": "x"}]}, 400, "text"),
        # values: 422
        ({"id": "not-a-uuid"}, 422, "UUID"),
        ({"id": "{5b0c6f0e-2b9f-4a8e-9d55-3f1f7d3c2a10}"}, 422, "UUID"),
        ({"time": "2024-05-08T12:00:00"}, 422, "tidszone"),
        ({"time": "8. maj 2024"}, 422, "ISO 8601"),
        ({"time": "2999-01-01T00:00:00Z"}, 422, "fremtiden"),
        ({"site": "bing"}, 422, "'site'"),
        ({"page_kind": "gpt"}, 422, "'page_kind'"),
        ({"verdict": "maybe"}, 422, "'verdict'"),
        ({"action": "ignored"}, 422, "'action'"),
        ({"detector": "regex"}, 422, "'detector'"),
        ({"extension_version": "version one"}, 422, "extension_version"),
        (with_finding(entity_type="SSN"), 422, "'findings[0].entity_type'"),
        (with_finding(severity="high"), 422, "'findings[0].severity'"),
        (with_finding(masked=""), 422, "maskeret visning"),
        (with_finding(masked="0707610913"), 422, "CPR-nummer"),
        (with_finding(masked="0707 61 0913"), 422, "CPR-nummer"),
        (with_finding(masked="070761-XXXX"), 422, "ikke maskeret"),
        (with_finding(entity_type="PERSON", severity="warn", masked="Hanne"), 422, "ikke maskeret"),
        (with_finding(entity_type="EMAIL_ADDRESS", severity="warn", masked="hanne@aarhus.dk"), 422, "ikke maskeret"),
        (with_finding(entity_type="PHONE_NUMBER", severity="warn", masked="12 34 56 78"), 422, "ikke maskeret"),
        (with_finding(entity_type="DK_ADDRESS", severity="warn", masked="Vestergade 12, 8000 …"), 422, "ikke maskeret"),
        (with_finding(entity_type="HEALTH_DATA", severity="warn", masked="Hanne Jensen"), 422, "navn"),
        (with_finding(masked="0707XX-XXXX\n"), 422, "én linje"),
        ({"findings": [{"entity_type": "PERSON", "severity": "warn", "masked": "A."}] * 201}, 422, "Højst 200"),
        ({"reason": "ok"}, 422, "kun til action 'sent_anyway'"),
        ({"action": "sent_anyway", "reason": "x" * 201}, 422, "højst være 200 tegn"),
        ({"action": "sent_anyway", "reason": "ring på 1234"}, 422, "4 eller flere cifre"),
    ],
)
def test_bad_input_gets_clear_4xx(client, changes, status, fragment):
    response = post(client, {**event(), **changes})
    assert response.status_code == status, response.get_json()
    assert fragment in response.get_json()["message"]
    assert client.get("/api/v1/events").get_json()["total"] == 0


def test_masked_shapes_that_are_accepted(client):
    body = event(
        findings=[
            {"entity_type": "DK_CPR", "severity": "block", "masked": "0707XX-XXXX"},
            {"entity_type": "PERSON", "severity": "warn", "masked": "J. P. H."},
            {"entity_type": "PERSON", "severity": "warn", "masked": "…"},
            {"entity_type": "EMAIL_ADDRESS", "severity": "warn", "masked": "h…@aarhus.dk"},
            {"entity_type": "CONFIDENTIAL_MARKER", "severity": "block", "masked": "TIL TJENESTEBRUG"},
            {"entity_type": "PHONE_NUMBER", "severity": "warn", "masked": "+45 12 XX XX XX"},
            {"entity_type": "IBAN_CODE", "severity": "warn", "masked": "DK50 XXXX XXXX XXXX XX"},
            {"entity_type": "DK_ADDRESS", "severity": "warn", "masked": "Vestergade …"},
        ]
    )
    response = post(client, body)
    assert response.status_code == 201, response.get_json()


def test_non_json_and_non_object_bodies(client):
    assert client.post("/api/v1/events", data="id=1", content_type="text/plain").status_code == 415
    assert client.post("/api/v1/events", data=b"{oops", content_type="application/json").status_code == 400
    assert client.post("/api/v1/events", json=[event()]).status_code == 400


@pytest.mark.parametrize("reason", [f"Borgerens cpr er {CPR}", "cpr 0707610913", f"Ok fra {CPR[:6]} {CPR[7:]}"])
def test_reason_with_a_cpr_is_refused_422(client, reason):
    response = post(client, event(action="sent_anyway", reason=reason))
    assert response.status_code == 422
    message = response.get_json()["message"]
    assert "CPR-nummer" in message
    assert CPR[:6] not in response.get_data(as_text=True)


@pytest.mark.parametrize("reason", [f"{NAME} har givet samtykke", f"Sendt for {ADDRESS}"])
def test_reason_with_other_personal_data_is_refused(client, reason):
    response = post(client, event(action="sent_anyway", reason=reason))
    assert response.status_code == 422
    text = response.get_data(as_text=True)
    assert NAME not in text and "Vestergade" not in text


def test_clean_reason_is_stored_tidied(client):
    body = event(action="sent_anyway", reason="  Fiktive   testdata til kursus  ")
    assert post(client, body).status_code == 201
    assert client.get(f"/api/v1/events/{body['id']}").get_json()["reason"] == "Fiktive testdata til kursus"


def test_empty_reason_counts_as_none(client):
    body = event(action="redacted", reason="   ")
    assert post(client, body).status_code == 201
    assert client.get(f"/api/v1/events/{body['id']}").get_json()["reason"] is None


def test_event_older_than_retention_is_acknowledged_but_not_kept(client):
    body = event(ago=timedelta(days=181))
    response = post(client, body)
    assert response.status_code == 200
    assert response.get_json() == {"id": body["id"], "created": False, "expired": True}
    assert client.get("/api/v1/events?days=3660").get_json()["total"] == 0


def test_each_write_purges_expired_events(app, client, scanner):
    old = event(ago=timedelta(days=100))
    with app.app_context():
        seed(database.get_db(), scanner, [old])
    app.config["RETENTION_DAYS"] = 90
    assert post(client, event()).status_code == 201
    ids = [e["id"] for e in client.get("/api/v1/events?days=365").get_json()["events"]]
    assert old["id"] not in ids and len(ids) == 1


def test_startup_purges_expired_events(scanner, tmp_path):
    with database.open_database(tmp_path / "promptvagt.db") as db:
        database.migrate(db)
        seed(db, scanner, [event(ago=timedelta(days=200)), event(ago=timedelta(days=2))])
    create_app({"TESTING": True, "DATA_DIR": str(tmp_path)}, scanner=scanner)
    with database.open_database(tmp_path / "promptvagt.db") as db:
        assert store.summary(db)["events"] == 1


def test_list_pages_and_filters(client):
    for n in range(3):
        post(client, event(ago=timedelta(hours=n), site="gemini" if n else "chatgpt"))
    page = client.get("/api/v1/events?per_page=2&page=2").get_json()
    assert (page["total"], page["pages"], len(page["events"])) == (3, 2, 1)
    gemini = client.get("/api/v1/events?site=gemini").get_json()
    assert gemini["total"] == 2
    assert gemini["filter"] == {"days": 30, "site": "gemini"}


@pytest.mark.parametrize(
    "query, fragment",
    [("site=bing", "'site'"), ("days=0", "'days'"), ("from=31-05-2024", "'from'"), ("from=2024-06-01&to=2024-05-01", "efter"),
     ("page=-1", "'page'"), ("per_page=100000", "'per_page'")],  # fmt: skip
)
def test_bad_filters_are_400(client, query, fragment):
    for path in ("/api/v1/events", "/api/v1/stats"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400
        assert fragment in response.get_json()["message"]


def test_stats_over_a_period(client):
    post(client, event(kinds=("DK_CPR", "PERSON")))
    post(client, event(kinds=("PERSON",), action="sent_anyway", site="lechat", page_kind="custom_assistant"))
    post(client, event(ago=timedelta(days=20)))
    week = client.get("/api/v1/stats?days=7").get_json()
    assert (week["total"], week["resolved"], week["sent_anyway"]) == (2, 1, 1)
    assert week["by_entity_type"]["PERSON"] == {"events": 2, "findings": 2}
    assert week["by_site"] == {"chatgpt": 1, "lechat": 1}
    assert week["by_page_kind"] == {"chat": 1, "custom_assistant": 1}
    assert sum(week["by_week"].values()) == 2
    assert client.get("/api/v1/stats?days=30").get_json()["total"] == 3


def test_extension_origin_may_post_with_cors(client):
    response = post(client, event(), headers={"Origin": EXTENSION_ORIGIN})
    assert response.status_code == 201
    assert response.headers["Access-Control-Allow-Origin"] == EXTENSION_ORIGIN


@pytest.mark.parametrize("origin", ["https://evil.example", "http://localhost", "http://127.0.0.1:8640"])
def test_web_pages_and_the_dashboard_origin_may_not_use_the_api(client, origin):
    """The companion's own origin is trusted for dashboard forms only, not for the JSON API."""
    assert post(client, event(), headers={"Origin": origin}).status_code == 403
    assert client.get("/api/v1/events", headers={"Origin": origin}).status_code == 403
    scan = client.post("/api/v1/scan", json={"text": "hej"}, headers={"Origin": origin})
    assert scan.status_code == 403


def test_findings_without_masked_previews_are_the_contract(client):
    """Issue 13: the extension sends kind and severity only; an older one's preview is checked and dropped."""
    lean = event(findings=[{"entity_type": "DK_CPR", "severity": "block"}])
    old = event()  # with "masked": "0707XX-XXXX"
    assert post(client, lean).status_code == 201
    assert post(client, old).status_code == 201
    for body in (lean, old):
        stored = client.get(f"/api/v1/events/{body['id']}").get_json()
        assert stored["findings"] == [{"entity_type": "DK_CPR", "severity": "block"}]
