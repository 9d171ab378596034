"""Serve the dashboard only when asked: a free port on 127.0.0.1, a secret per start, a stop when idle.

The native host has no network port. When the user asks for the dashboard
(the popup's *Åbn oversigt*, or ``promptvagt dashboard``), this starts the
companion's Flask app with waitress on 127.0.0.1 and a port the system picks,
and hands out ``http://127.0.0.1:<port>/?adgang=<secret>``. The first request
with the secret gets it back as an HttpOnly, SameSite=Strict cookie for that
port and is redirected to the same page without it; every other request
without the cookie gets 403. Another user of a terminal server can reach the
port but does not know the secret. After ``idle_s`` without a request the
server stops; the next request for the dashboard starts a new one with a new
port and a new secret.

The app's own defences (Host, Origin, Fetch Metadata, the delete form's
token) apply as with ``promptvagt serve``.
"""

import hmac
import logging
import secrets
import threading
import time
from urllib.parse import urlencode

from flask import redirect, request

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
SECRET_PARAM = "adgang"
#: Minutes without a request before the dashboard stops (the setting's default).
IDLE_S = 15 * 60
CHECK_EVERY_S = 30.0


def protect(app, secret: str, on_request=None) -> None:
    """Make every request to ``app`` need ``secret`` (query parameter once, then a cookie)."""

    def cookie_name() -> str:
        # Cookies are per host, not per port: each start's cookie has its own name.
        return f"promptvagt_{app.config['PORT']}"

    def check_secret():
        if on_request is not None:
            on_request()
        sent = request.args.get(SECRET_PARAM)
        if sent is not None and hmac.compare_digest(sent.encode(), secret.encode()):
            query = urlencode([(k, v) for k, v in request.args.items(multi=True) if k != SECRET_PARAM])
            response = redirect(request.path + (f"?{query}" if query else ""), code=303)
            response.set_cookie(cookie_name(), secret, httponly=True, samesite="Strict", path="/")
            return response
        cookie = request.cookies.get(cookie_name(), "")
        if hmac.compare_digest(cookie.encode(), secret.encode()):
            return None
        return (
            "Åbn oversigten fra Promptvagt-udvidelsen (Åbn oversigt) eller med 'promptvagt dashboard'. "
            "Open the dashboard from the Promptvagt extension or with 'promptvagt dashboard'.\n",
            403,
            {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"},
        )

    # After the guard's checks (Host first: a rebound page is refused before anything else).
    app.before_request(check_secret)


class OnDemandDashboard:
    """Start the dashboard when asked, stop it after ``idle_s`` without requests."""

    def __init__(self, make_app, idle_s: float = IDLE_S, check_every_s: float = CHECK_EVERY_S):
        """:param make_app: returns a fresh Flask app (one per start: its own port and secret)."""
        self._make_app = make_app
        self.idle_s = idle_s
        self.check_every_s = min(check_every_s, max(idle_s / 4, 0.05))
        self._lock = threading.Lock()
        self._server = None
        self._url = None
        self._last_used = 0.0
        #: Set when the current (or last) start's server has closed its port; one per start.
        self._stopped = threading.Event()

    @property
    def running(self) -> bool:
        return self._server is not None

    def url(self) -> str:
        """Return the dashboard's address with its secret, starting it if it is not running."""
        with self._lock:
            if self._server is None:
                self._start()
            self._touch()
            return self._url

    def _touch(self) -> None:
        self._last_used = time.monotonic()

    def _start(self) -> None:
        import waitress

        from .server import WAITRESS_OPTIONS

        app = self._make_app()
        secret = secrets.token_urlsafe(32)
        server = waitress.create_server(app, listen=f"{HOST}:0", **{**WAITRESS_OPTIONS, "threads": 2})
        port = int(server.effective_port)
        # The guard accepts only this Host and Origin port.
        app.config["PORT"] = port
        protect(app, secret, on_request=self._touch)
        stopped = threading.Event()
        self._server, self._stopped = server, stopped
        self._url = f"http://{HOST}:{port}/?{SECRET_PARAM}={secret}"
        threading.Thread(target=self._serve, args=(server, stopped), name="dashboard", daemon=True).start()
        threading.Thread(target=self._watch, args=(server, stopped), name="dashboard-idle", daemon=True).start()
        log.info("Oversigten kører (dashboard running) på port %d", port)

    @staticmethod
    def _serve(server, stopped) -> None:
        try:
            server.run()
        except OSError as error:  # closed from outside the loop (see _stop_locked)
            log.info("Dashboard loop ended: %s", type(error).__name__)
        finally:
            server.task_dispatcher.shutdown()
            stopped.set()

    def _watch(self, server, stopped) -> None:
        while not stopped.wait(self.check_every_s):
            with self._lock:
                if self._server is not server:
                    return
                if time.monotonic() - self._last_used >= self.idle_s:
                    log.info("Oversigten stoppes efter %d s uden brug (dashboard idle, stopping)", self.idle_s)
                    self._stop_locked()
                    return

    def wait(self) -> None:
        """Block until the dashboard has stopped (idle, or ``stop``)."""
        while self.running or not self._stopped.is_set():
            self._stopped.wait(1)

    def stop(self) -> None:
        """Stop the dashboard now, if it runs; wait until its port is closed."""
        with self._lock:
            running, stopped = self._server is not None, self._stopped
            self._stop_locked()
        if running:
            stopped.wait(5)

    def _stop_locked(self) -> None:
        server, self._server, self._url = self._server, None, None
        if server is None:
            return
        from waitress import wasyncore

        try:
            # Closed from the server's own loop thread (through its trigger),
            # so no socket is closed under the loop's feet.
            server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
        except OSError:
            # The trigger is gone already: close from here; the loop ends on its next poll.
            wasyncore.close_all(server._map)
