"""docs/openapi.yaml is the truth: every API route is in it, and its examples get the documented answers."""

import json

import pytest

from companion import create_app

from .openapi import check_against_spec, operation, operations, spec

#: Routes that are not the JSON API: the dashboard's HTML pages and static files.
NOT_API = {"static"}


@pytest.fixture
def app(scanner, tmp_path):
    # The examples use fixed dates in 2024: keep them instead of letting retention expire them.
    return create_app({"TESTING": True, "DATA_DIR": str(tmp_path), "RETENTION_DAYS": 0}, scanner=scanner)


def flask_path(rule: str) -> str:
    return rule.replace("<", "{").replace(">", "}")


def test_every_api_route_is_documented_and_nothing_else(app):
    documented = {(m, p) for m, p in operations().values()}
    routes = {
        (method, flask_path(rule.rule))
        for rule in app.url_map.iter_rules()
        if rule.endpoint not in NOT_API and not rule.endpoint.startswith("dashboard.")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert routes == documented


def examples():
    for op_id, (method, path) in operations().items():
        body = operation(method, path).get("requestBody")
        if not body:
            continue
        for name, example in body["content"]["application/json"]["examples"].items():
            yield pytest.param(method, path, example, id=f"{op_id}-{name}")


@pytest.mark.parametrize("method, path, example", list(examples()))
def test_request_examples_get_the_documented_answer(client, method, path, example):
    response = client.open(path, method=method, data=json.dumps(example["value"]), content_type="application/json")
    assert response.status_code == example["x-status"], response.get_json()
    check_against_spec(method, path, response.status_code, response.get_json())


def test_read_endpoints_match_their_schemas(client):
    new = operation("POST", "/api/v1/events")["requestBody"]["content"]["application/json"]["examples"]["new"]
    client.post("/api/v1/events", json=new["value"])
    event_id = new["value"]["id"]
    for path in ("/health", "/api/v1/events?from=2024-05-01&to=2024-05-31", "/api/v1/stats?days=7",
                 f"/api/v1/events/{event_id}"):  # fmt: skip
        response = client.get(path)
        assert response.status_code == 200
        template = path.split("?")[0].replace(event_id, "{event_id}")
        check_against_spec("GET", template, 200, response.get_json())


def test_guard_refusals_match_the_forbidden_schema(client):
    response = client.post("/api/v1/scan", json={"text": "hej"}, headers={"Origin": "https://evil.example"})
    check_against_spec("POST", "/api/v1/scan", 403, response.get_json())
    reasons = spec()["components"]["schemas"]["Forbidden"]["properties"]["reason"]["enum"]
    assert response.get_json()["reason"] in reasons
