"""Who may call the companion: the pinned extension, a paired token, the user's own tools; never a web page.

Each refusal must happen before the view runs (the body is not read, the
scanner is not called) and must carry no CORS header that would let a page
read the answer. See docs/security.md for the threat each row stands for.
"""

import pytest

from companion.transport import pairing
from companion.config import EXTENSION_ID

from .nearmiss import CPR, event

EXTENSION_ORIGIN = f"chrome-extension://{EXTENSION_ID}"
FIREFOX_ORIGIN = "moz-extension://0b3c8e1a-5f7e-4d52-9a51-6f0f3f1d2c4b"
TOKEN = pairing.TOKEN_HEADER
CPR_TEXT = f"Borgerens cpr er {CPR}"

#: (method, path, JSON body) for every API endpoint.
ENDPOINTS = [
    ("POST", "/api/v1/scan", {"text": CPR_TEXT}),
    ("POST", "/api/v1/events", None),  # filled in per test with a fresh event
    ("GET", "/api/v1/events", None),
    ("GET", "/api/v1/events/00000000-0000-4000-8000-000000000000", None),
    ("GET", "/api/v1/stats", None),
    ("GET", "/health", None),
    ("POST", "/api/v1/pair", {"code": "ABCD-EFGH"}),
]
WEB_ORIGINS = [
    "https://evil.example",
    "http://127.0.0.1:9999",  # a page on another localhost port
    "http://localhost:8640",  # the companion's own origin: dashboard only, never the API
    "null",  # sandboxed iframes, data: and file: pages
    "chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  # another Chrome extension
]


class CountingScanner:
    """Wraps the real scanner and counts calls, to prove refused requests are never processed."""

    def __init__(self, scanner):
        self._scanner = scanner
        self.calls = 0

    def __getattr__(self, name):
        return getattr(self._scanner, name)

    def scan(self, text):
        self.calls += 1
        return self._scanner.scan(text)


@pytest.fixture
def counting(app, scanner):
    counter = CountingScanner(scanner)
    app.extensions["promptvagt.scanner"] = counter
    return counter


def call(client, method, path, body, headers):
    if method == "POST":
        return client.post(path, json=body if body is not None else event(), headers=headers)
    return client.get(path, headers=headers)


def event_count(client) -> int:
    return client.get("/api/v1/stats?days=365").get_json()["total"]


@pytest.fixture
def paired_token(app):
    code = pairing.new_code(app.config["DATA_DIR"])
    return pairing.redeem_code(app.config["DATA_DIR"], code, FIREFOX_ORIGIN)


@pytest.mark.parametrize("origin", WEB_ORIGINS)
@pytest.mark.parametrize("method, path, body", ENDPOINTS)
def test_web_origins_get_403_before_anything_runs(client, counting, origin, method, path, body):
    response = call(client, method, path, body, {"Origin": origin})
    assert response.status_code == 403
    assert response.get_json()["error"] == "forbidden"
    assert not any(name.startswith("Access-Control-") for name, _ in response.headers.items())
    assert CPR not in response.get_data(as_text=True)
    assert counting.calls == 0
    assert event_count(client) == 0


@pytest.mark.parametrize("origin", WEB_ORIGINS)
def test_refusal_comes_before_the_body_is_read(client, origin):
    # Malformed JSON would be a 400 if the body were parsed: 403 shows it is not.
    response = client.post("/api/v1/scan", data=b"{not json", content_type="text/plain", headers={"Origin": origin})
    assert response.status_code == 403


@pytest.mark.parametrize("origin", WEB_ORIGINS)
def test_web_origin_preflight_is_refused(client, origin):
    response = client.options(
        "/api/v1/scan",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert response.status_code == 403
    assert "Access-Control-Allow-Origin" not in response.headers


def test_pinned_extension_preflight_and_request(client):
    preflight = client.options(
        "/api/v1/scan",
        headers={
            "Origin": EXTENSION_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == EXTENSION_ORIGIN
    response = client.post("/api/v1/scan", json={"text": CPR_TEXT}, headers={"Origin": EXTENSION_ORIGIN})
    assert response.get_json()["verdict"] == "block"


def test_pinned_extension_writes_and_reads_events(client):
    assert client.post("/api/v1/events", json=event(), headers={"Origin": EXTENSION_ORIGIN}).status_code == 201
    assert event_count(client) == 1


@pytest.mark.parametrize("method, path, body", [e for e in ENDPOINTS if e[1] != "/api/v1/pair"])
def test_firefox_origin_without_token_must_pair(client, counting, method, path, body):
    response = call(client, method, path, body, {"Origin": FIREFOX_ORIGIN})
    assert response.status_code == 403
    assert response.get_json()["reason"] == "pairing_required"
    assert "promptvagt pair" in response.get_json()["message"]
    assert counting.calls == 0


def test_firefox_preflight_passes_so_the_token_can_follow(client):
    response = client.options(
        "/api/v1/scan",
        headers={
            "Origin": FIREFOX_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": f"content-type, {TOKEN.lower()}",
        },
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == FIREFOX_ORIGIN
    assert TOKEN.lower() in response.headers["Access-Control-Allow-Headers"].lower()


def test_firefox_with_token_may_scan_and_log(client, paired_token):
    headers = {"Origin": FIREFOX_ORIGIN, TOKEN: paired_token}
    scan = client.post("/api/v1/scan", json={"text": CPR_TEXT}, headers=headers)
    assert scan.status_code == 200 and scan.get_json()["verdict"] == "block"
    assert scan.headers["Access-Control-Allow-Origin"] == FIREFOX_ORIGIN
    assert client.post("/api/v1/events", json=event(), headers=headers).status_code == 201
    assert client.get("/health", headers=headers).status_code == 200


@pytest.mark.parametrize("origin", [None, EXTENSION_ORIGIN, FIREFOX_ORIGIN])
def test_a_wrong_token_is_refused_whoever_sends_it(client, paired_token, origin):
    headers = {TOKEN: paired_token[:-2] + "xx"}
    if origin:
        headers["Origin"] = origin
    response = client.post("/api/v1/scan", json={"text": CPR_TEXT}, headers=headers)
    assert response.status_code == 403
    assert response.get_json()["reason"] == "token_invalid"


def test_revoked_token_stops_working(app, client, paired_token):
    headers = {"Origin": FIREFOX_ORIGIN, TOKEN: paired_token}
    assert client.get("/health", headers=headers).status_code == 200
    pairing.revoke_all(app.config["DATA_DIR"])
    assert client.get("/health", headers=headers).status_code == 403


@pytest.mark.parametrize("method, path, body", ENDPOINTS[:-1])
def test_local_tools_without_origin_may_call_the_api(client, method, path, body):
    # curl, the CLI, scripts: a process running as the user could read the
    # database file anyway (docs/security.md, "other local processes").
    response = call(client, method, path, body, {})
    assert response.status_code in (200, 201, 404)


def test_extension_get_without_origin_passes(client):
    # What Chromium sends for the extension's GET /health (no Origin at all).
    headers = {"Sec-Fetch-Site": "none", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty"}
    assert client.get("/health", headers=headers).status_code == 200


@pytest.mark.parametrize("site", ["cross-site", "same-site"])
@pytest.mark.parametrize(
    "path, mode, dest",
    [
        ("/api/v1/events", "no-cors", "image"),  # <img src>
        ("/api/v1/stats", "no-cors", "script"),  # <script src>
        ("/health", "no-cors", "empty"),  # fetch(url, {mode: "no-cors"}) GET
        ("/", "navigate", "iframe"),  # <iframe src>
        ("/eksport/haendelser.csv", "no-cors", "empty"),
    ],
)
def test_subresource_requests_from_other_sites_are_refused(client, site, path, mode, dest):
    headers = {"Sec-Fetch-Site": site, "Sec-Fetch-Mode": mode, "Sec-Fetch-Dest": dest}
    response = client.get(path, headers=headers)
    assert response.status_code == 403
    assert response.get_json()["reason"] == "cross_site"


@pytest.mark.parametrize("site", ["cross-site", "same-site"])
def test_a_link_to_the_dashboard_still_opens(client, site):
    headers = {"Sec-Fetch-Site": site, "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}
    assert client.get("/", headers=headers).status_code == 200


def test_cross_site_post_without_origin_is_refused(client):
    headers = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}
    assert client.post("/api/v1/events", json=event(), headers=headers).status_code == 403
    assert event_count(client) == 0


@pytest.mark.parametrize(
    "host",
    [
        "rebind.example:8640",
        "127.0.0.1.nip.io:8640",
        "127.0.0.2:8640",
        "0.0.0.0:8640",
        "[::ffff:127.0.0.1]:8640",
        "localhost.:8640",
        "127.0.0.1:8641",
        "",
    ],
)
def test_dns_rebinding_host_is_refused_even_for_the_extension(client, host):
    # After rebinding, the attacker's page is "same origin" with the companion;
    # only the Host header still names the attacker's domain.
    response = client.post("/api/v1/scan", json={"text": CPR_TEXT}, headers={"Host": host, "Origin": EXTENSION_ORIGIN})
    assert response.status_code == 403
    assert response.get_json()["reason"] == "host"


def test_dashboard_forms_still_work_from_their_own_page(client):
    html = client.get("/slet-alt").get_data(as_text=True)
    assert 'name="csrf_token"' in html
    token = html.split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post(
        "/slet-alt",
        data={"csrf_token": token, "bekraeft": "ja"},
        headers={"Origin": "http://localhost:8640", "Sec-Fetch-Site": "same-origin"},
    )
    assert response.status_code == 303
