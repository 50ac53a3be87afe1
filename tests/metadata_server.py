"""A stand-in for the Semantic Scholar Graph API's batch endpoint on 127.0.0.1, for tests.

It answers ``POST /graph/v1/paper/batch?fields=…`` with ``{"ids": [...]}`` as the API does:
a JSON list in request order, ``null`` for ids it does not know. ``fail_with`` makes the next
answers a given status (with ``Retry-After`` when set).
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


class PaperServer:
    """Start with :meth:`start`, stop with :meth:`stop`; ``url`` is its base URL."""

    def __init__(self, papers: dict[str, dict[str, Any]]) -> None:
        self.papers = papers
        self.requests: list[dict[str, Any]] = []
        self.fail_with: list[tuple[int, str | None]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                parts = urlsplit(self.path)
                server.requests.append(
                    {
                        "path": parts.path,
                        "query": parse_qs(parts.query),
                        "body": body,
                        "api_key": self.headers.get("x-api-key"),
                        "at": __import__("time").monotonic(),
                    }
                )
                if server.fail_with:
                    status, retry_after = server.fail_with.pop(0)
                    self.send_response(status)
                    if retry_after is not None:
                        self.send_header("Retry-After", retry_after)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if parts.path != "/graph/v1/paper/batch":
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                answer = [server.papers.get(paper_id) for paper_id in body["ids"]]
                data = json.dumps(answer).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> PaperServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


def paper(
    title: str,
    year: int | None,
    venue: str,
    *,
    ids: dict[str, Any] | None = None,
    publication: dict[str, Any] | None = None,
    authors: tuple[str, ...] = ("A. Author", "B. Author"),
) -> dict[str, Any]:
    """One paper in the API's response shape."""
    return {
        "paperId": "0" * 40,
        "title": title,
        "venue": venue,
        "year": year,
        "externalIds": ids or {},
        "publicationVenue": publication,
        "authors": [{"authorId": str(n), "name": name} for n, name in enumerate(authors)],
    }
