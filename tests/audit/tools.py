"""The npm audit tools (pinned in package.json), found in node_modules/ and installed by the Makefile if missing."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
STAMP = "node_modules/.installed"  # the Makefile's rule for `npm ci`
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = NODE_MODULES / ".bin" / "lighthouse"


class ToolMissing(RuntimeError):
    pass


def ensure_installed() -> None:
    """Run the Makefile's npm install rule (a no-op once node_modules/ matches package-lock.json)."""
    for tool in ("npm", "node", "java"):
        if shutil.which(tool) is None:
            raise ToolMissing(f"{tool} is not on PATH; the audit needs Node 20 with npm, and Java 17")
    result = subprocess.run(["make", "-s", STAMP], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise ToolMissing(f"make {STAMP} failed:\n{result.stdout}{result.stderr}")


@dataclass(frozen=True)
class HtmlError:
    file: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def vnu(files: list[Path]) -> list[HtmlError]:
    """Errors (not warnings) the Nu Html Checker finds in `files`, in one Java run."""
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
    )
    # The checker exits 1 when it found errors; its report is JSON on stderr either way.
    try:
        messages = json.loads(result.stderr)["messages"]
    except (json.JSONDecodeError, KeyError):
        raise RuntimeError(f"the Nu Html Checker failed (exit {result.returncode}):\n{result.stderr}") from None
    return [
        HtmlError(Path(m["url"].removeprefix("file:")), m.get("lastLine", 0), m["message"])
        for m in messages
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]
