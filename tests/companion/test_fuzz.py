"""Property-based fuzzing of every endpoint in docs/openapi.yaml: never a 5xx, never an echo.

Bodies are built from the documented shapes and then broken: wrong JSON
types, missing and unknown fields, lone surrogates, NaN, deep nesting,
random bytes and content types, odd query strings and headers. Every answer
must be a documented status with a JSON body that fits the schema, and no
answer may repeat the personal data put into the request.

Deterministic (``derandomize``) and bounded, so CI sees the same examples
every run; ``PROMPTVAGT_FUZZ_EXAMPLES`` raises the count for a longer local hunt.
"""

import base64
import json
import os
import uuid
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion import create_app

from companion.transport import pairing
from companion.config import EXTENSION_ID

from .nearmiss import CPR, FINDINGS, NAME, event
from .openapi import check_against_spec, operations

FUZZ = settings(
    max_examples=int(os.environ.get("PROMPTVAGT_FUZZ_EXAMPLES", "200")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
SECRETS = [CPR, NAME]
EXTENSION_ORIGIN = f"chrome-extension://{EXTENSION_ID}"
FUZZED = set()


def fuzzes(op_id):
    FUZZED.add(op_id)
    return lambda test: test


# -- strategies ---------------------------------------------------------------

surrogates = st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3)
texts = st.one_of(
    st.text(max_size=60),
    surrogates,
    st.sampled_from(["", " ", "\x00", "\u202e", "👩‍👧", "e\u0301", "FORTROLIGT", "x" * 300, "0" * 11]),
    st.tuples(
        st.text(max_size=20), st.sampled_from([*SECRETS, "0707610913", "cpr 070761 0913"]), st.text(max_size=20)
    ).map("".join),
)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts)
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4), max_leaves=12
)
deep = st.integers(1, 3000).map(lambda n: "[" * n + "]" * n)
raw_bodies = st.tuples(
    st.one_of(st.binary(max_size=300), deep.map(str.encode), st.just(b'{"text": "\xff"}')),
    st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded",
                     "application/json; charset=utf-16", "multipart/form-data; boundary=x", ""]),
)  # fmt: skip


@st.composite
def mutated(draw, valid: dict, extra_keys=()):
    """Start from a valid body, then drop, replace or add fields."""
    body = dict(valid)
    for key in draw(st.lists(st.sampled_from(sorted(body)), max_size=3, unique=True)):
        if draw(st.booleans()):
            del body[key]
        else:
            body[key] = draw(json_values)
    for _ in range(draw(st.integers(0, 2))):
        body[draw(st.sampled_from(extra_keys) if extra_keys and draw(st.booleans()) else texts)] = draw(json_values)
    return body


@st.composite
def scan_bodies(draw):
    valid = {"text": draw(texts), "site": "chatgpt", "source": draw(st.sampled_from(["typed", "paste", "file"]))}
    return draw(st.one_of(st.just(valid), mutated(valid, extra_keys=("url", "source")), json_values))


@st.composite
def event_bodies(draw):
    valid = event(kinds=draw(st.lists(st.sampled_from(sorted(FINDINGS)), max_size=3)), id=str(draw(st.uuids())))
    if draw(st.booleans()):
        valid["findings"] = [draw(mutated(f)) for f in valid["findings"]] + draw(st.lists(json_values, max_size=2))
    if draw(st.booleans()):
        valid.update(action="sent_anyway", reason=draw(texts))
    return draw(st.one_of(mutated(valid, extra_keys=("reason",)), st.just(valid), json_values))


@st.composite
def health_bodies(draw):
    valid = {
        "id": str(draw(st.uuids())), "time": "2024-05-06T09:30:00.000Z",
        "host": draw(st.one_of(st.sampled_from(["chatgpt.com", "gemini.google.com", "chat.example.dk"]), texts)),
        "adapter": draw(st.sampled_from(["chatgpt", "gemini", "generic", "bing"])),
        "problem": draw(st.sampled_from(["composer_missing", "send_escaped", "slow"])),
        "extension_version": "0.2.0",
    }  # fmt: skip
    return draw(st.one_of(st.just(valid), mutated(valid), json_values))


query_names = st.sampled_from(
    ["days", "from", "to", "site", "entity_type", "action", "verdict", "page_kind", "page", "per_page", "x"]
)
query_values = st.one_of(
    texts,
    st.integers().map(str),
    st.dates().map(str),
    st.sampled_from(["0001-01-01", "9999-12-31", "1e9", "٣", "1_000", "-1", "chatgpt", "DK_CPR", "sent_anyway"]),
)
queries = st.dictionaries(query_names, query_values, max_size=5)


# -- checks -------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(scanner, tmp_path_factory):
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path_factory.mktemp("fuzz"))}, scanner=scanner)
    return app.test_client()


def check(response, method, template):
    """Never a 5xx; always documented JSON; never an echo of the secrets."""
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    text = response.get_data(as_text=True)
    for secret in SECRETS:
        assert secret not in text
    body = response.get_json(silent=True)
    assert body is not None, "every answer is JSON"
    check_against_spec(method, template, response.status_code, body)


def post_json(client, path, body, headers=None):
    # ensure_ascii: lone surrogates travel as \\udxxx escapes, as JavaScript's JSON.stringify sends them.
    return client.post(path, data=json.dumps(body), content_type="application/json", headers=headers or {})


@fuzzes("scan")
@FUZZ
@given(body=scan_bodies())
def test_fuzz_scan(client, body):
    check(post_json(client, "/api/v1/scan", body), "POST", "/api/v1/scan")


@st.composite
def scan_file_bodies(draw):
    """Random bytes, broken zips and PDFs, under the names of every kind the companion reads."""
    name = draw(st.one_of(texts, st.sampled_from(["a.docx", "a.xlsx", "a.pptx", "a.odt", "a.pdf", "a.txt", "a.png"])))
    data = draw(st.one_of(
        st.binary(max_size=400),
        st.sampled_from([b"PK\x03\x04", b"%PDF-1.4\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]).flatmap(
            lambda head: st.binary(max_size=300).map(lambda tail: head + tail)),
        st.just(f"cpr {CPR} {NAME}".encode()),
    ))  # fmt: skip
    valid = {"name": name, "data": base64.b64encode(data).decode()}
    return draw(st.one_of(st.just(valid), mutated(valid, extra_keys=["type", "site", "url"]), json_values))


@fuzzes("scanFile")
@FUZZ
@given(body=scan_file_bodies())
def test_fuzz_scan_file(client, body):
    check(post_json(client, "/api/v1/scan-file", body), "POST", "/api/v1/scan-file")


@fuzzes("createEvent")
@FUZZ
@given(body=event_bodies())
def test_fuzz_create_event(client, body):
    check(post_json(client, "/api/v1/events", body), "POST", "/api/v1/events")


@fuzzes("createHealthReport")
@FUZZ
@given(body=health_bodies())
def test_fuzz_create_health_report(client, body):
    check(post_json(client, "/api/v1/adapter-health", body), "POST", "/api/v1/adapter-health")


@fuzzes("pair")
@FUZZ
@given(body=st.one_of(st.fixed_dictionaries({"code": texts}), json_values), firefox=st.booleans())
def test_fuzz_pair(client, body, firefox):
    headers = {"Origin": "moz-extension://0b3c8e1a-5f7e-4d52-9a51-6f0f3f1d2c4b"} if firefox else {}
    check(post_json(client, "/api/v1/pair", body, headers), "POST", "/api/v1/pair")


@FUZZ
@given(raw=raw_bodies, path=st.sampled_from(["/api/v1/scan", "/api/v1/events", "/api/v1/adapter-health", "/api/v1/pair"]))
def test_fuzz_raw_bodies(client, raw, path):
    data, content_type = raw
    check(client.post(path, data=data, content_type=content_type), "POST", path)


@fuzzes("listEvents")
@fuzzes("stats")
@FUZZ
@given(query=queries, path=st.sampled_from(["/api/v1/events", "/api/v1/stats"]))
def test_fuzz_list_and_stats(client, query, path):
    check(client.get(f"{path}?{urlencode(query, errors='surrogatepass')}"), "GET", path)


@fuzzes("getEvent")
@FUZZ
@given(event_id=st.one_of(texts.filter(bool), st.uuids().map(str)))
def test_fuzz_get_event(client, event_id):
    response = client.get("/api/v1/events/" + quote(event_id, safe="", errors="surrogatepass"))
    if response.status_code == 404 and response.get_json(silent=True) is None:
        pytest.fail("404 without JSON")
    check(response, "GET", "/api/v1/events/{event_id}")


headers = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=80)


@fuzzes("health")
@FUZZ
@given(
    origin=st.one_of(st.none(), headers, st.sampled_from([EXTENSION_ORIGIN, "null", "moz-extension://x"])),
    host=st.one_of(st.sampled_from(["127.0.0.1:8640", "[::1]:8640", "localhost"]), headers),
    fetch_site=st.one_of(st.none(), st.sampled_from(["none", "same-origin", "same-site", "cross-site"]), headers),
    token=st.one_of(st.none(), headers),
    path=st.sampled_from(["/health", "/api/v1/scan", "/api/v1/stats"]),
)
def test_fuzz_guard_headers(client, origin, host, fetch_site, token, path):
    sent = {"Host": host, "Origin": origin, "Sec-Fetch-Site": fetch_site, pairing.TOKEN_HEADER: token}
    sent = {k: v for k, v in sent.items() if v is not None}
    if path == "/api/v1/scan":
        response = post_json(client, path, {"text": f"cpr {CPR}"}, sent)
        method = "POST"
    else:
        response = client.get(path, headers=sent)
        method = "GET"
    check(response, method, path)


def test_every_documented_operation_is_fuzzed():
    assert FUZZED == set(operations())


def test_retry_storm_stores_each_event_once(client):
    # The outbox resends until it hears back: the same id many times, stored once.
    body = event(id=str(uuid.uuid4()))
    statuses = [post_json(client, "/api/v1/events", body).status_code for _ in range(20)]
    assert statuses == [201] + [200] * 19
