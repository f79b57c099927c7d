"""Command-line front: write the generated pages and facts.json to a folder, without MkDocs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.errors import EXIT_INTERRUPTED, EXIT_OK, BriefingError, OutputError, display_path
from briefing.pipeline import build_files
from briefing.read import describe_ignored

EPILOG = """\
examples:
  build_pages.py seeds out          write out/index.md, out/articles/*.md, out/facts.json ...
  build_pages.py tests/corpus /tmp/x

errors are printed as "error: seeds/x.txt:12: what is wrong and how to fix it".

exit codes:
  0  success
  2  a seed file or the seeds folder is unusable (the message names it), or bad arguments
  3  a domain data file is invalid
  5  OUT_DIR cannot be written
  130  interrupted (Ctrl-C)
"""


def write_files(files: dict[str, str], out_dir: Path) -> None:
    """Write every file under out_dir; nothing is written until the whole site was generated."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError("is a file, not a folder. Choose another OUT_DIR.", out_dir)
    try:
        for rel, text in files.items():
            target = out_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    except OSError as exc:
        where = exc.filename if exc.filename is not None else out_dir
        raise OutputError(f"cannot write ({exc.strerror or exc}). Choose another OUT_DIR.", where) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_pages.py",
        description=(
            "Read the articles (.txt, .md, .html) in SEEDS_DIR; "
            "write the site's Markdown pages and facts.json to OUT_DIR."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "seeds_dir",
        type=Path,
        metavar="SEEDS_DIR",
        help="folder of articles: UTF-8 .txt or .md files, saved .html pages",
    )
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="folder to write into (created if missing)")
    args = parser.parse_args(argv)
    try:
        generated = build_files(args.seeds_dir, progress=lambda line: print(line, file=sys.stderr))
        for path in generated.ignored:
            print(f"note: {describe_ignored(path)}", file=sys.stderr)
        write_files(generated.files, args.out_dir)
    except BriefingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    print(f"wrote {len(generated.files)} files to {display_path(args.out_dir)}")
    return EXIT_OK
