"""The dashboard: pages, filters, exports, security headers and the guarded "delete all"."""

import csv
import io
import json
import re
from datetime import timedelta

import pytest

from companion import create_app
from companion.nearmiss import db as database
from companion.detection.analysis import Scanner
from companion.dashboard.views import CONTENT_SECURITY_POLICY
from companion.detection.nlp import load_pipeline

from .nearmiss import event, seed

OWN_ORIGIN = "http://localhost"  # the test client's Host is "localhost"
PAGES = ["/", "/?days=365", "/haendelser", "/haendelser?site=gemini", "/slet-alt"]


@pytest.fixture
def seeded(app, scanner):
    """Six events: four on ChatGPT (one sent anyway), two on Gemini, one of them a custom assistant."""
    bodies = [
        event(kinds=("DK_CPR", "PERSON"), ago=timedelta(hours=1)),
        event(kinds=("PERSON",), ago=timedelta(days=2), action="edited"),
        event(kinds=("DK_CPR",), ago=timedelta(days=3), action="cancelled"),
        event(kinds=("EMAIL_ADDRESS",), ago=timedelta(days=4), action="sent_anyway", reason="=Fiktive testdata"),
        event(kinds=("CONFIDENTIAL_MARKER",), ago=timedelta(days=5), site="gemini"),
        event(kinds=("DK_CPR",), ago=timedelta(days=40), site="gemini", page_kind="custom_assistant"),
    ]
    with app.app_context():
        seed(database.get_db(), scanner, bodies)
    return bodies


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def event_links(html):
    return re.findall(r'href="/haendelser/([0-9a-f-]{36})"', html)


def token(client):
    return re.search(r'name="csrf_token" value="([^"]+)"', page(client, "/slet-alt")).group(1)


@pytest.mark.parametrize("url", PAGES)
def test_pages_are_danish_html_with_a_strict_csp(client, seeded, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.mimetype == "text/html" and response.mimetype_params["charset"] == "utf-8"
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "script-src" not in CONTENT_SECURITY_POLICY and "unsafe" not in CONTENT_SECURITY_POLICY
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"
    html = response.get_data(as_text=True)
    assert '<html lang="da">' in html
    assert "<script" not in html and " style=" not in html and " on" + "click" not in html
    # Nothing from outside the machine: every link and resource is relative or data:.
    for target in re.findall(r'(?:href|src|action)="([^"]*)"', html):
        assert target.startswith(("/", "?", "data:")), target


def test_overview_shows_headline_figures_and_charts(client, seeded):
    html = page(client, "/")
    assert re.search(r'id="tal-i-alt">5<', html)  # the 40-day-old event is outside 30 days
    assert re.search(r'id="tal-loest">80 %<', html)
    assert re.search(r'id="tal-sendt">20 %<', html)
    assert "CPR-nummer: 2" in html and "Navn: 2" in html
    assert html.count('<svg role="img"') == 4
    assert '<title id="uger-title">Nær-ved-hændelser pr. uge</title>' in html
    assert "Sendt alligevel" in html and 'fill="url(#handlinger-hatch)"' in html
    assert "fuld analyse med sprogmodellen" in html


def test_period_changes_the_figures(client, seeded):
    assert re.search(r'id="tal-i-alt">6<', page(client, "/?days=90"))
    assert re.search(r'id="tal-i-alt">1<', page(client, "/?days=90&site=gemini&entity_type=DK_CPR"))
    assert "På delte assistenter" in page(client, "/?days=90")


def test_filters_change_the_table(client, seeded):
    ids = {body["site"] + str(n): body["id"] for n, body in enumerate(seeded)}
    assert len(event_links(page(client, "/haendelser?days=90"))) == 6
    assert set(event_links(page(client, "/haendelser?days=90&site=gemini"))) == {ids["gemini4"], ids["gemini5"]}
    assert event_links(page(client, "/haendelser?action=sent_anyway")) == [ids["chatgpt3"]]
    assert len(event_links(page(client, "/haendelser?entity_type=DK_CPR&days=365"))) == 3
    assert "Ingen hændelser passer til filteret" in page(client, "/haendelser?site=m365")


def test_empty_form_fields_mean_all(client, seeded):
    html = page(client, "/haendelser?days=7&from=&to=&site=&entity_type=&action=")
    assert len(event_links(html)) == 5


def test_table_is_paged(client, seeded):
    first = page(client, "/haendelser?days=90&per_page=4")
    second = page(client, "/haendelser?days=90&per_page=4&page=2")
    assert "side 1 af 2" in first and 'rel="next"' in first
    assert len(event_links(first)) == 4 and len(event_links(second)) == 2
    assert not set(event_links(first)) & set(event_links(second))


def test_detail_view(client, seeded):
    html = page(client, f"/haendelser/{seeded[0]['id']}")
    assert "0707XX-XXXX" not in html and "H. J." not in html  # no masked previews (issue 13)
    assert "CPR-nummer" in html and "Navn" in html and "Blokerer" in html and "Erstattet med pladsholder" in html
    assert "Companion (fuld analyse)" in html


def test_unknown_event_and_bad_filter_get_danish_pages(client):
    missing = client.get("/haendelser/00000000-0000-4000-8000-000000000000")
    assert missing.status_code == 404 and "findes ikke" in missing.get_data(as_text=True)
    bad = client.get("/haendelser?site=bing")
    assert bad.status_code == 400 and "Filteret kan ikke bruges" in bad.get_data(as_text=True)
    assert bad.mimetype == "text/html"


def read_csv(response):
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")  # Excel needs the BOM to read UTF-8
    return list(csv.reader(io.StringIO(text[1:])))


def test_event_exports(client, seeded):
    response = client.get("/eksport/haendelser.csv?days=90")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith('attachment; filename="promptvagt-haendelser-')
    header, *rows = read_csv(response)
    assert header[:3] == ["id", "tidspunkt (lokal tid)", "modtaget (lokal tid)"] and "CPR-nummer" in header
    assert len(rows) == 6
    first = dict(zip(header, rows[-1]))  # oldest first
    assert first["id"] == seeded[0]["id"] and first["CPR-nummer"] == "1" and first["Navn"] == "1"
    assert first["tjeneste"] == "ChatGPT" and first["fund"] == "CPR-nummer (Blokerer); Navn (Advarer)"
    assert "0707XX-XXXX" not in response.get_data(as_text=True)
    # The reason for sending anyway stays on the PC: no export carries it (issue 13).
    assert "begrundelse" not in header and "Fiktive testdata" not in response.get_data(as_text=True)

    response = client.get("/eksport/haendelser.json?days=90&site=gemini")
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(response.get_data())
    assert {e["id"] for e in data} == {seeded[4]["id"], seeded[5]["id"]}
    assert data[0]["findings"] == [{"entity_type": "DK_CPR", "severity": "block"}] and "counts" in data[0]
    everything = client.get("/eksport/haendelser.json?days=90").get_data(as_text=True)
    assert "Fiktive" not in everything and '"reason"' not in everything


def test_aggregated_exports(client, seeded):
    header, *rows = read_csv(client.get("/eksport/opsummering.csv?days=90"))
    assert header == ["uge (mandag)", "ugenummer", "tjeneste", "handling", "type", "hændelser", "fund"]
    assert sum(int(r[6]) for r in rows) == 7  # findings
    assert {r[4] for r in rows} == {"CPR-nummer", "Navn", "E-mailadresse", "Fortroligt materiale"}
    data = client.get("/eksport/opsummering.json?days=90").get_json()
    assert data["period"]["to"] and sum(r["findings"] for r in data["rows"]) == 7
    assert {"week", "site", "action", "entity_type", "events", "findings"} == set(data["rows"][0])


def test_unknown_export_is_404(client):
    assert client.get("/eksport/alt.csv").status_code == 404
    assert client.get("/eksport/haendelser.xlsx").status_code == 404


def test_delete_all_needs_token_origin_and_confirmation(client, seeded):
    csrf = token(client)
    confirm = {"csrf_token": csrf, "bekraeft": "ja"}
    total = page(client, "/?days=365")

    assert client.post("/slet-alt", data={"bekraeft": "ja"}, headers={"Origin": OWN_ORIGIN}).status_code == 403
    guessed = {**confirm, "csrf_token": "guess"}
    assert client.post("/slet-alt", data=guessed, headers={"Origin": OWN_ORIGIN}).status_code == 403
    assert client.post("/slet-alt", data=confirm).status_code == 403  # neither Origin nor Referer
    assert client.post("/slet-alt", data=confirm, headers={"Origin": "https://evil.example"}).status_code == 403
    assert client.post("/slet-alt", data=confirm, headers={"Referer": "https://evil.example/"}).status_code == 403
    unconfirmed = client.post("/slet-alt", data={"csrf_token": csrf}, headers={"Origin": OWN_ORIGIN})
    assert unconfirmed.status_code == 400 and "Sæt kryds" in unconfirmed.get_data(as_text=True)
    assert page(client, "/?days=365") == total  # nothing deleted yet

    done = client.post("/slet-alt", data=confirm, headers={"Origin": OWN_ORIGIN})
    assert done.status_code == 303 and done.headers["Location"].endswith("/?slettet=6")
    assert "6 hændelser er slettet" in page(client, "/?slettet=6")
    assert client.get("/api/v1/events?days=365").get_json()["total"] == 0


def test_delete_all_accepts_our_own_referer(client, seeded):
    response = client.post(
        "/slet-alt",
        data={"csrf_token": token(client), "bekraeft": "ja"},
        headers={"Referer": "http://localhost/slet-alt"},
    )
    assert response.status_code == 303


def test_extension_origin_cannot_delete(client, seeded):
    from companion.config import EXTENSION_ID

    response = client.post(
        "/slet-alt", data={"csrf_token": token(client), "bekraeft": "ja"},
        headers={"Origin": f"chrome-extension://{EXTENSION_ID}"},
    )  # fmt: skip
    assert response.status_code == 403


def test_status_says_degraded(tmp_path):
    degraded = Scanner(load_pipeline(["no_such_model_da"]))
    client = create_app({"TESTING": True, "DATA_DIR": str(tmp_path)}, scanner=degraded).test_client()
    html = page(client, "/")
    assert "Nedsat tilstand" in html and "no_such_model_da" in html
    assert "Ingen hændelser i perioden" in html


def test_stylesheet_is_served_locally(client):
    response = client.get("/static/promptvagt.css")
    assert response.status_code == 200 and response.mimetype == "text/css"
    response.close()
