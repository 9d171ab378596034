"""Serve the companion with waitress, on loopback, with limits a hostile client cannot stretch.

waitress is a production WSGI server in pure Python that runs the same on
Windows, macOS and Linux (Flask's development server is not meant for this).
It reads each request completely before the app sees it, so its own limits
are what bound memory and time; the app's checks (``guard.py``, ``api.py``)
come after.
"""

import errno
import logging
import socket

from .. import safe_logging

log = logging.getLogger(__name__)

#: The app refuses bodies above this with a JSON 413 (``create_app``).
APP_MAX_BODY = 2 * 1024 * 1024
#: ... except ``scan file``: a file of up to 20 MiB in base64, plus its name (``files/extract.py``).
FILE_MAX_BODY = 28 * 1024 * 1024

WAITRESS_OPTIONS = {
    # A scan is CPU work in Python: more threads than this only queue for the GIL.
    "threads": 8,
    # Past the app's limit waitress answers 413 itself (plain text) without
    # reading the rest, so a huge upload costs nothing. Between the two limits
    # the app answers with its JSON 413.
    "max_request_body_size": FILE_MAX_BODY + APP_MAX_BODY,
    # Bodies are kept in memory up to this size instead of a temporary file:
    # a draft or a file must never be written to disk, not even to /tmp.
    "inbuf_overflow": FILE_MAX_BODY + APP_MAX_BODY + 1,
    # Browsers send a few KiB of headers; anything bigger is refused with 431.
    "max_request_header_size": 64 * 1024,
    # Idle and trickling connections are closed after 30 s, so a slow client
    # cannot hold a channel for long ...
    "channel_timeout": 30,
    "cleanup_interval": 10,
    # ... nor can many clients exhaust file descriptors: beyond this they wait.
    "connection_limit": 100,
    # Never send a traceback to a client: it could quote the prompt.
    "expose_tracebacks": False,
    # No proxy sits in front of a loopback service; ignore X-Forwarded-*.
    "trusted_proxy": None,
    "clear_untrusted_proxy_headers": True,
    "ident": "promptvagt",
}

LOOPBACK_V4 = "127.0.0.1"
LOOPBACK_V6 = "::1"


def listen_addresses(host: str, port: int, ipv6_available=None) -> list[str]:
    """Return waitress ``listen`` entries for ``host``.

    The default (127.0.0.1, or ``localhost``) listens on both loopback
    addresses where IPv6 works, so ``http://localhost:<port>`` reaches the
    companion whichever address the system resolves it to (and no other
    program can take ``[::1]:<port>`` and answer in its place).
    """
    ipv6_available = ipv6_available or _ipv6_loopback_free
    if host in (LOOPBACK_V4, "localhost"):
        addresses = [f"{LOOPBACK_V4}:{port}"]
        if ipv6_available(port):
            addresses.append(f"[{LOOPBACK_V6}]:{port}")
        else:
            log.warning(
                "IPv6-loopback ([::1]:%d) er ikke til rådighed; lytter kun på %s. "
                "IPv6 loopback unavailable; listening on %s only.",
                port,
                LOOPBACK_V4,
                LOOPBACK_V4,
            )
        return addresses
    if ":" in host:
        return [f"[{host.strip('[]')}]:{port}"]
    return [f"{host}:{port}"]


def create_server(app, host: str, port: int, ipv6_available=None):
    """Return a waitress server for ``app``, bound but not yet running."""
    import waitress

    safe_logging.install()
    return waitress.create_server(
        app, listen=" ".join(listen_addresses(host, port, ipv6_available)), **WAITRESS_OPTIONS
    )


def serve(app, host: str, port: int) -> None:
    """Run the companion until interrupted."""
    server = create_server(app, host, port)
    for address in _bound(server):
        log.info("Lytter på (listening on) http://%s", address)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def _bound(server) -> list[str]:
    servers = getattr(server, "effective_listen", None)
    if servers is not None:
        return [f"[{h}]:{p}" if ":" in h else f"{h}:{p}" for h, p in servers]
    return [f"{server.effective_host}:{server.effective_port}"]


def _ipv6_loopback_free(port: int) -> bool:
    """Tell whether ``[::1]:port`` can be bound (IPv6 on, and no other program holds it)."""
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            # waitress sets SO_REUSEADDR too; without it a port in TIME_WAIT
            # after a restart would look taken.
            if hasattr(socket, "SO_REUSEADDR") and not hasattr(socket, "SO_EXCLUSIVEADDRUSE"):
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((LOOPBACK_V6, port))
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            log.warning("[::1]:%d er optaget af et andet program (is taken by another program)", port)
        return False
    return True
