"""A static file server that gzips text responses, as any real host does, so page weights are what readers download.

Run as `python tests/audit/gzip_server.py FOLDER [PORT]`; tests use `serve()` in a thread.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

# What hosts usually compress; PNG, zip and other already-compressed formats go out as they are.
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map")
LEVEL = 6  # the default of nginx's and Apache's gzip modules' usual settings, and zlib's own


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files gzip-encoded when the client accepts it; everything else as SimpleHTTPRequestHandler does."""

    # Keep-alive, as every real host does: one connection per page, not one per file.
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        # Revalidate every time, so no run ever measures a cached copy.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # the redirect to the folder's URL with its slash
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), LEVEL, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None


@contextmanager
def serve(folder: Path, port: int = 0) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 in a background thread; yields the base URL, ending in '/'."""
    handler = functools.partial(GzipHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("port", type=int, nargs="?", default=8000)
    args = parser.parse_args()
    with serve(args.folder, args.port) as url:
        print(f"serving {args.folder} gzipped at {url} (Ctrl-C stops)")
        threading.Event().wait()


if __name__ == "__main__":
    main()
