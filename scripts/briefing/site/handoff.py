"""The pipeline's output in one file, so `make site` runs the pipeline once for its two MkDocs builds.

publish.py writes it and names it in BRIEFING_GENERATED; the plugin reads it instead of running the
pipeline again. It records the seeds folder it was made from and is ignored for any other. A pickle: it
never leaves the build's own staging folder, and for 17 MB of pages (1,000 articles) it is written in a
sixth of the time JSON takes.
"""

from __future__ import annotations

import pickle
from pathlib import Path

ENV = "BRIEFING_GENERATED"
Generated = tuple[dict[str, str], list[Path], str]  # as pipeline.build_files returns it


def write(target: Path, seeds: Path, generated: Generated) -> None:
    files, ignored, abbreviations = generated
    record = {
        "seeds": str(seeds.resolve()),
        "files": files,
        "ignored": [str(p) for p in ignored],
        "abbreviations": abbreviations,
    }
    target.write_bytes(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))


def read(source: Path, seeds: Path) -> Generated | None:
    """The generated files recorded in `source`, or None when they were made from another seeds folder."""
    try:
        data = source.read_bytes()
    except OSError:
        return None  # gone (a build run by hand with the variable left set): the plugin makes the pages itself
    record = pickle.loads(data)  # written by publish.py for this very build, never by anyone else
    if record.get("seeds") != str(seeds.resolve()):
        return None
    return record["files"], [Path(p) for p in record["ignored"]], record["abbreviations"]
