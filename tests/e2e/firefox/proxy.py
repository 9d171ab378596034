"""A CONNECT proxy that sends the chatbots' hostnames to the fixture server, and nothing anywhere else.

Firefox has no ``--host-resolver-rules``: ``network.dns.localDomains`` can
point a name at loopback but not at another port, and port 443 needs root.
So Firefox is told to use this proxy for every HTTPS request; a CONNECT to
a host in ``SITE_BY_HOST`` is tunnelled to the fixture server, any other is
refused (403), so nothing reaches the internet. Firefox does not send
127.0.0.1 through a proxy, so the companion stays direct.

Only hostnames are kept (``refused``), never a request line's path or a byte
of the tunnelled traffic.
"""

from __future__ import annotations

import select
import socket
import threading

HEADER_LIMIT = 8192
IDLE_TIMEOUT_S = 60


class ConnectProxy:
    """A running proxy on 127.0.0.1: ``port``, ``refused`` (host names), ``stop()``."""

    def __init__(self, routes: dict[str, tuple[str, int]]):
        """:param routes: lower-case host name -> the ``(address, port)`` its tunnel goes to."""
        self.routes = routes
        self.refused: list[str] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, name="connect-proxy", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        try:
            self._sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close() alone does not
        except OSError:
            pass
        self._sock.close()
        self._thread.join(timeout=5)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk or len(head) > HEADER_LIMIT:
                    return
                head += chunk
            head, _, early = head.partition(b"\r\n\r\n")
            method, _, rest = head.split(b"\r\n", 1)[0].decode("latin-1").partition(" ")
            target = rest.split(" ", 1)[0]
            host = target.rpartition(":")[0].lower() if method == "CONNECT" else ""
            route = self.routes.get(host)
            if route is None:
                # Plain-HTTP requests (Firefox's own background checks) are refused without keeping their URL.
                self.refused.append(host or "(plain http)")
                client.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            try:
                upstream = socket.create_connection(route, timeout=10)
            except OSError:
                client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            with upstream:
                client.sendall(b"HTTP/1.1 200 Connection Established\r\n\r\n")
                if early:
                    upstream.sendall(early)
                _pipe(client, upstream)


def _pipe(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side closes or both stay idle."""
    peers = {a: b, b: a}
    try:
        while True:
            ready, _, _ = select.select(list(peers), [], [], IDLE_TIMEOUT_S)
            if not ready:
                return
            for sock in ready:
                data = sock.recv(65536)
                if not data:
                    return
                peers[sock].sendall(data)
    except OSError:
        return
