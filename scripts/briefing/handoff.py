"""The pipeline's output in one file, so `make site` runs the pipeline once for its two MkDocs builds.

publish.py writes it and names it in BRIEFING_GENERATED; the plugin reads it instead of running the
pipeline again. It records the seeds folder it was made from and is ignored for any other.
"""

from __future__ import annotations

import json
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
    target.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def read(source: Path, seeds: Path) -> Generated | None:
    """The generated files recorded in `source`, or None when they were made from another seeds folder."""
    record = json.loads(source.read_text(encoding="utf-8"))
    if record.get("seeds") != str(seeds.resolve()):
        return None
    return record["files"], [Path(p) for p in record["ignored"]], record["abbreviations"]
