"""Command-line front: write the generated pages and facts.json to a folder, without MkDocs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import EXIT_OK, BriefingError
from .pipeline import build_files

EPILOG = """\
examples:
  build_pages.py seeds out          write out/index.md, out/articles/*.md, out/facts.json ...
  build_pages.py tests/corpus /tmp/x

exit codes:
  0  success
  2  a seed file or the seeds folder is unusable (the message names it)
  3  a domain data file is invalid
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_pages.py",
        description="Read the .txt articles in SEEDS_DIR; write the site's Markdown pages and facts.json to OUT_DIR.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("seeds_dir", type=Path, metavar="SEEDS_DIR", help="folder of UTF-8 .txt articles")
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="folder to write into (created if missing)")
    args = parser.parse_args(argv)
    try:
        files, ignored, _abbr = build_files(args.seeds_dir)
    except BriefingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    for path in ignored:
        print(f"note: ignored {path} (only .txt files are articles)", file=sys.stderr)
    for rel, text in files.items():
        target = args.out_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files to {args.out_dir}")
    return EXIT_OK
