"""Let only the Promptvagt extension (and loopback tools) talk to the companion.

Every web page the user opens can send requests to 127.0.0.1. Two checks run
before any view, so a hostile page gets 403 without its body being read:
- the Host header must name the loopback address (defeats DNS rebinding);
- a request that carries an Origin must come from the extension's pinned
  origin, or, for the dashboard's own pages only, from the companion itself.
CORS headers are sent to the extension's origin only.

The dashboard's state-changing forms (delete all) also carry a secret token
that only a page served by the companion can know, and must come from the
companion's own origin: a hostile page can make the browser submit a form to
127.0.0.1, but it cannot read the token.
"""

import hmac
import secrets

from flask import current_app, jsonify, request
from flask_cors import CORS

from .config import allowed_origins

LOOPBACK_NAMES = {"127.0.0.1", "localhost", "[::1]"}
#: Blueprints whose pages the companion's own origin may request (its forms
#: POST with ``Origin: http://127.0.0.1:<port>``). Never the scan API.
SAME_ORIGIN_BLUEPRINTS = {"dashboard"}
CSRF_FIELD = "csrf_token"


def init_app(app):
    CORS(app, resources={r"/api/*": {"origins": sorted(allowed_origins(app.config))}})
    # One token per run: there are no user sessions on a loopback service,
    # and a restart simply invalidates forms left open.
    app.extensions["promptvagt.csrf_token"] = secrets.token_urlsafe(32)
    app.before_request(_refuse_foreign_requests)


def csrf_token() -> str:
    """Return the token the dashboard puts in its forms."""
    return current_app.extensions["promptvagt.csrf_token"]


def same_origin_form_ok() -> bool:
    """Tell whether a dashboard form POST carries the token and comes from the companion's own page."""
    sent = request.form.get(CSRF_FIELD, "")
    if not hmac.compare_digest(sent.encode(), csrf_token().encode()):
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        # Browsers without Origin on POST still send the Referer of our page.
        referer = request.headers.get("Referer", "")
        return any(referer.startswith(own + "/") for own in _own_origins())
    return origin in _own_origins()


def _own_origins() -> set:
    port = current_app.config["PORT"]
    return {f"http://{name}:{port}" for name in LOOPBACK_NAMES} | {f"http://{request.host}"}


def _refuse_foreign_requests():
    hostname, port = _split_host(request.host)
    if hostname not in LOOPBACK_NAMES or port not in ("", str(current_app.config["PORT"])):
        return _forbidden("Ukendt værtsnavn. Unknown host name.")
    origin = request.headers.get("Origin")
    if origin and request.blueprint in SAME_ORIGIN_BLUEPRINTS and origin in _own_origins():
        return None
    if origin and origin not in allowed_origins(current_app.config):
        return _forbidden(
            "Kun Promptvagt-udvidelsen må bruge denne tjeneste. "
            "Only the Promptvagt extension may use this service."
        )
    return None


def _split_host(host: str) -> tuple[str, str]:
    """Split a Host header into name and port; IPv6 literals keep their brackets."""
    if host.startswith("["):
        name, _, rest = host.partition("]")
        return name + "]", rest.removeprefix(":")
    name, _, port = host.partition(":")
    return name.lower(), port


def _forbidden(message):
    response = jsonify(error="forbidden", message=message)
    response.status_code = 403
    return response
