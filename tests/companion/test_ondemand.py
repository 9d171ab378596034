"""The dashboard on demand: a free port, a secret per start, a cookie, and a stop when idle."""

import http.client
import socket
import time
from urllib.parse import urlsplit

import pytest

from companion import create_app
from companion.transport.ondemand import SECRET_PARAM, OnDemandDashboard


@pytest.fixture
def dashboard(scanner, tmp_path):
    server = OnDemandDashboard(lambda: create_app({"DATA_DIR": str(tmp_path), "PORT": 0}, scanner=scanner), idle_s=60)
    yield server
    server.stop()


def get(url, path=None, headers=None):
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    target = path if path is not None else f"{parts.path}?{parts.query}" if parts.query else parts.path
    connection.request("GET", target, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def port_open(port) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_secret_once_then_cookie(dashboard):
    url = dashboard.url()
    parts = urlsplit(url)
    assert parts.hostname == "127.0.0.1" and parts.port and SECRET_PARAM in parts.query

    response, _ = get(url)
    assert response.status == 303
    assert response.getheader("Location") == "/"
    cookie = response.getheader("Set-Cookie")
    assert f"promptvagt_{parts.port}=" in cookie
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie

    response, body = get(url, "/", {"Cookie": cookie.split(";")[0]})
    assert response.status == 200
    assert "Promptvagt" in body.decode()


@pytest.mark.parametrize(
    "path, cookie",
    [
        ("/", None),
        ("/api/v1/events", None),
        ("/health", None),
        (f"/?{SECRET_PARAM}=wrong", None),
        ("/", "promptvagt_1=whatever"),
    ],
)
def test_without_the_secret_nothing_is_served(dashboard, path, cookie):
    url = dashboard.url()
    response, body = get(url, path, {"Cookie": cookie} if cookie else {})
    assert response.status == 403
    assert "promptvagt dashboard" in body.decode()


def test_a_cookie_from_another_start_does_not_open_this_one(dashboard, scanner, tmp_path):
    first = dashboard.url()
    response, _ = get(first)
    old_cookie = response.getheader("Set-Cookie").split(";")[0]
    dashboard.stop()
    second = dashboard.url()
    assert urlsplit(second).query != urlsplit(first).query
    name, value = old_cookie.split("=", 1)
    moved = f"promptvagt_{urlsplit(second).port}={value}"
    assert get(second, "/", {"Cookie": moved})[0].status == 403


def test_the_guard_still_checks_host(dashboard):
    url = dashboard.url()
    response, _ = get(url, headers={"Host": "evil.example"})
    assert response.status == 403


def test_stops_when_idle_and_starts_again_on_request(scanner, tmp_path):
    server = OnDemandDashboard(
        lambda: create_app({"DATA_DIR": str(tmp_path), "PORT": 0}, scanner=scanner), idle_s=0.4, check_every_s=0.1
    )
    try:
        port = urlsplit(server.url()).port
        assert port_open(port)
        deadline = time.monotonic() + 10
        while (server.running or port_open(port)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not server.running
        assert not port_open(port)
        again = urlsplit(server.url()).port
        assert port_open(again)
    finally:
        server.stop()


def test_requests_keep_it_running(scanner, tmp_path):
    server = OnDemandDashboard(
        lambda: create_app({"DATA_DIR": str(tmp_path), "PORT": 0}, scanner=scanner), idle_s=1.0, check_every_s=0.1
    )
    try:
        url = server.url()
        cookie = get(url)[0].getheader("Set-Cookie").split(";")[0]
        for _ in range(8):
            time.sleep(0.25)
            assert get(url, "/", {"Cookie": cookie})[0].status == 200
        assert server.running
    finally:
        server.stop()


def test_stop_without_a_start_returns_at_once(scanner, tmp_path):
    server = OnDemandDashboard(lambda: create_app({"DATA_DIR": str(tmp_path), "PORT": 0}, scanner=scanner))
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 1
