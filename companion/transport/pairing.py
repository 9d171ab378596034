"""Pair an extension whose origin cannot be pinned (Firefox) with the companion.

Chrome and Edge give the extension a fixed origin through the manifest ``key``,
so ``guard.py`` recognises it by its ``Origin`` header. Firefox gives every
installation its own random ``moz-extension://<uuid>`` origin, so the companion
cannot tell our extension from any other add-on by origin alone. Instead:

1. The user runs ``promptvagt pair``; it prints a short one-time code, valid
   for ten minutes (``new_code``).
2. The user types the code on the extension's options page; the extension
   sends it to ``POST /api/v1/pair`` and gets a long random token back
   (``redeem_code``). Five wrong guesses burn the code.
3. The extension sends the token on every request in ``X-Promptvagt-Token``;
   ``guard.py`` checks it with ``token_is_valid``.

Only SHA-256 hashes of codes and tokens are written, to owner-only files in
DATA_DIR, so a copy of that folder (a backup, a stolen disk) holds nothing
that opens the companion. ``promptvagt pair --revoke`` forgets every token.
"""

import hashlib
import hmac
import json
import os
import secrets
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request

from .http import _json_object
from .requests import BadRequest, check_fields
from ..nearmiss.filters import utc_text

bp = Blueprint("pairing", __name__)

TOKEN_HEADER = "X-Promptvagt-Token"
CODE_FILE = "pairing-code.json"
CLIENTS_FILE = "paired-clients.json"
#: No 0/O or 1/I/L: the code is read off a terminal and typed by hand.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
CODE_TTL = timedelta(minutes=10)
#: 31**8 codes and five guesses per code: a guesser's chance is about 1 in 10**11.
MAX_CODE_ATTEMPTS = 5
#: Each Firefox profile pairs once; more than this is a loop gone wrong.
MAX_CLIENTS = 20
MAX_ORIGIN_CHARS = 200

#: Redeeming reads, changes and writes the code file; waitress serves
#: requests on several threads.
_lock = threading.Lock()


class PairingFailed(Exception):
    """The code was wrong, used up or expired; ``message`` is Danish then English."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def new_code(data_dir, now: datetime | None = None) -> str:
    """Create a one-time pairing code (replacing any pending one) and return it as ``ABCD-EFGH``."""
    now = now or datetime.now(timezone.utc)
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    _write_json(
        Path(data_dir) / CODE_FILE,
        {"hash": _hash(code), "expires": utc_text(now + CODE_TTL), "attempts": 0},
    )
    return f"{code[:4]}-{code[4:]}"


def redeem_code(data_dir, code: str, origin: str | None, now: datetime | None = None) -> str:
    """Exchange a pairing code for a new token; raise ``PairingFailed``.

    :param origin: the client's ``Origin`` (kept with the token's hash so
        ``promptvagt pair --list`` can show who was paired), or None.
    """
    now = now or datetime.now(timezone.utc)
    path = Path(data_dir) / CODE_FILE
    with _lock:
        pending = _read_json(path)
        if not pending or utc_text(now) >= pending.get("expires", ""):
            _remove(path)
            raise PairingFailed(
                "Ingen gyldig parringskode: kør 'promptvagt pair' og brug den nye kode inden 10 minutter. "
                "No valid pairing code: run 'promptvagt pair' and use the new code within 10 minutes."
            )
        if not hmac.compare_digest(_hash(_normalise(code)), pending.get("hash", "")):
            pending["attempts"] = pending.get("attempts", 0) + 1
            if pending["attempts"] >= MAX_CODE_ATTEMPTS:
                _remove(path)
            else:
                _write_json(path, pending)
            raise PairingFailed("Forkert parringskode. Wrong pairing code.")
        _remove(path)  # one use only
        token = secrets.token_urlsafe(32)
        clients = _read_json(Path(data_dir) / CLIENTS_FILE).get("clients", [])
        clients.append(
            {
                "hash": _hash(token),
                "origin": (origin or "")[:MAX_ORIGIN_CHARS],
                "paired": utc_text(now),
            }
        )
        _write_json(Path(data_dir) / CLIENTS_FILE, {"clients": clients[-MAX_CLIENTS:]})
    return token


def token_is_valid(data_dir, token: str) -> bool:
    """Tell whether ``token`` was handed out by ``redeem_code`` and not revoked since."""
    if not token or len(token) > 200:
        return False
    candidate = _hash(token)
    clients = _read_json(Path(data_dir) / CLIENTS_FILE).get("clients", [])
    # Compare against every stored hash, so the time taken does not say which one matched.
    matches = [hmac.compare_digest(candidate, c.get("hash", "")) for c in clients]
    return any(matches)


def paired_clients(data_dir) -> list[dict]:
    """Return who is paired (origin and time), without the hashes."""
    clients = _read_json(Path(data_dir) / CLIENTS_FILE).get("clients", [])
    return [{"origin": c.get("origin", ""), "paired": c.get("paired", "")} for c in clients]


def revoke_all(data_dir) -> int:
    """Forget every paired token and any pending code; return how many tokens went."""
    count = len(paired_clients(data_dir))
    with _lock:
        _remove(Path(data_dir) / CLIENTS_FILE)
        _remove(Path(data_dir) / CODE_FILE)
    return count


@bp.post("/api/v1/pair")
def pair():
    """Exchange the code from ``promptvagt pair`` for a token (201)."""
    body = _json_object()
    check_fields(body, {"code": str}, required={"code"})
    if len(body["code"]) > 40:
        raise BadRequest("'code' er for lang ('code' is too long).")
    try:
        token = redeem_code(current_app.config["DATA_DIR"], body["code"], request.headers.get("Origin"))
    except PairingFailed as failure:
        return jsonify(error="forbidden", reason="pairing_failed", message=failure.message), 403
    current_app.logger.info("Paired a new client")
    return jsonify(token=token, header=TOKEN_HEADER), 201


def _normalise(code: str) -> str:
    # Accept what people type: lower case, spaces, the dash or none.
    return "".join(code.split()).replace("-", "").upper()


def _hash(value: str) -> str:
    # Tokens are 256 random bits, so a plain hash is enough (no password stretching).
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        # Missing or damaged: nobody is paired, which fails closed.
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict) -> None:
    """Write owner-only (0600), atomically: a crash leaves the old file or the new one."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(data, file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
