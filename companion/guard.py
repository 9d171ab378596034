"""Let only the Promptvagt extension (and loopback tools) talk to the companion.

Every web page the user opens can send requests to 127.0.0.1. Two checks run
before any view, so a hostile page gets 403 without its body being read:
- the Host header must name the loopback address (defeats DNS rebinding);
- a request that carries an Origin must come from the extension's pinned origin.
CORS headers are sent to the extension's origin only.
"""

from flask import current_app, jsonify, request
from flask_cors import CORS

from .config import allowed_origins

LOOPBACK_NAMES = {"127.0.0.1", "localhost", "[::1]"}


def init_app(app):
    CORS(app, resources={r"/api/*": {"origins": sorted(allowed_origins(app.config))}})
    app.before_request(_refuse_foreign_requests)


def _refuse_foreign_requests():
    hostname, port = _split_host(request.host)
    if hostname not in LOOPBACK_NAMES or port not in ("", str(current_app.config["PORT"])):
        return _forbidden("Ukendt værtsnavn. Unknown host name.")
    origin = request.headers.get("Origin")
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
