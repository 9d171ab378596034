"""Let only the Promptvagt extension (and the user's own tools) talk to the companion.

Every web page the user opens can send requests to 127.0.0.1, so every
request passes these checks before any view runs; a refused request gets a
JSON 403 without its body being read:

1. Host must name the loopback address and our port, else a page that
   rebinds its own hostname to 127.0.0.1 (DNS rebinding) could read answers
   as "same origin".
2. ``X-Promptvagt-Token``, when sent, must be a token handed out by pairing
   (``pairing.py``); a wrong one is refused rather than ignored, so a stale
   pairing shows up at once.
3. An ``Origin`` must be the pinned extension origin (Chrome, Edge), or, for
   the dashboard's own pages only, the companion itself. Other extension
   origins (Firefox gives each installation a random one) need the token,
   except to pair. Any web origin is refused.
4. No ``Origin``: browsers send one with every cross-origin fetch and every
   POST, so this is a local program (the CLI, curl), the extension's own GET
   (Chrome omits Origin on GET from an extension), or a page's ``<img>`` or
   ``<script>`` GET. The Fetch Metadata headers tell the last apart:
   ``Sec-Fetch-Site: cross-site`` or ``same-site`` (a page on another
   localhost port) is refused unless it is a plain top-level navigation
   (a link to the dashboard).

CORS headers go to the pinned origin and to Firefox extension origins only
(a Firefox add-on whose host permission the user withheld needs them); no
web page ever gets one, so no page can read an answer.

The dashboard's state-changing form (delete all) also carries a secret token
that only a page served by the companion can know, and must come from the
companion's own origin: a hostile page can make the browser submit a form to
127.0.0.1, but it cannot read the token.
"""

import hmac
import re
import secrets

from flask import current_app, jsonify, request
from flask_cors import CORS

from . import pairing
from ..config import allowed_origins

LOOPBACK_NAMES = {"127.0.0.1", "localhost", "[::1]"}
#: Blueprints whose pages the companion's own origin may request (its forms
#: POST with ``Origin: http://127.0.0.1:<port>``). Never the scan API.
SAME_ORIGIN_BLUEPRINTS = {"dashboard"}
CSRF_FIELD = "csrf_token"
EXTENSION_SCHEMES = ("chrome-extension://", "moz-extension://")
#: Firefox extension origins get CORS headers (never web origins); what they
#: may do is decided by the token, not by CORS.
FIREFOX_ORIGIN = re.compile(r"moz-extension://[0-9a-fA-F-]{1,64}$")
#: Endpoints an unpaired extension may call: pairing itself.
PAIRING_ENDPOINTS = {"pairing.pair"}
#: Sec-Fetch-Site values that cannot come from another site's page.
OWN_FETCH_SITES = {None, "none", "same-origin"}


def init_app(app):
    CORS(
        app,
        resources={r"/api/*": {"origins": [*sorted(allowed_origins(app.config)), FIREFOX_ORIGIN]}},
        allow_headers=["Content-Type", pairing.TOKEN_HEADER],
        methods=["GET", "POST", "OPTIONS"],
        max_age=600,
        # Without an Origin there is nothing to allow; flask-cors would
        # otherwise list the extension origin on every answer.
        always_send=False,
    )
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
        return _forbidden("host", "Ukendt værtsnavn. Unknown host name.")
    token = request.headers.get(pairing.TOKEN_HEADER)
    if token is not None:
        if pairing.token_is_valid(current_app.config["DATA_DIR"], token):
            return None
        return _forbidden(
            "token_invalid",
            "Parringen er ikke gyldig: par udvidelsen igen med 'promptvagt pair'. "
            "The pairing token is not valid: pair the extension again with 'promptvagt pair'.",
        )
    origin = request.headers.get("Origin")
    if origin is not None:
        return _check_origin(origin)
    return _check_fetch_metadata()


def _check_origin(origin: str):
    if origin in allowed_origins(current_app.config):
        return None
    if request.blueprint in SAME_ORIGIN_BLUEPRINTS and origin in _own_origins():
        return None
    if origin.startswith(EXTENSION_SCHEMES):
        if request.endpoint in PAIRING_ENDPOINTS:
            return None
        # A CORS preflight never carries the token, so it must pass for the
        # real request (which does) to follow. Only Firefox needs CORS at all.
        if request.method == "OPTIONS" and FIREFOX_ORIGIN.match(origin):
            return None
        return _forbidden(
            "pairing_required",
            "Udvidelsen er ikke parret: kør 'promptvagt pair' og indtast koden i udvidelsens indstillinger. "
            "The extension is not paired: run 'promptvagt pair' and enter the code in its options.",
        )
    return _forbidden(
        "origin",
        "Kun Promptvagt-udvidelsen må bruge denne tjeneste. Only the Promptvagt extension may use this service.",
    )


def _check_fetch_metadata():
    site = request.headers.get("Sec-Fetch-Site")
    if site in OWN_FETCH_SITES:
        return None
    navigation = (
        request.method in ("GET", "HEAD")
        and request.headers.get("Sec-Fetch-Mode") == "navigate"
        and request.headers.get("Sec-Fetch-Dest") == "document"
    )
    if navigation:
        # A link the user follows: the linking page cannot read what opens.
        return None
    return _forbidden(
        "cross_site",
        "Andre websider må ikke bruge denne tjeneste. Other web pages may not use this service.",
    )


def _split_host(host: str) -> tuple[str, str]:
    """Split a Host header into name and port; IPv6 literals keep their brackets."""
    if host.startswith("["):
        name, _, rest = host.partition("]")
        return name + "]", rest.removeprefix(":")
    name, _, port = host.partition(":")
    return name.lower(), port


def _forbidden(reason: str, message: str):
    response = jsonify(error="forbidden", reason=reason, message=message)
    response.status_code = 403
    return response
