"""Keep the parts of README.md that describe code true: regenerated from the code, checked by the tests.

Each generated part sits between `<!-- generated: NAME -->` and `<!-- end: NAME -->`:
- modules: every module of scripts/briefing, by folder, with the first line of its docstring;
- data: every data file, with the first line of its header comment;
- exit-codes: the exit codes of errors.py, with their comments;
- options: the plugin's options, from its config class.

  python -m briefing.tools.readme           rewrite README.md
  python -m briefing.tools.readme --check   exit 1 when README.md differs from the code (make test runs it)
"""

from __future__ import annotations

import ast
import difflib
import re
import sys
from collections.abc import Callable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
ROOT = PACKAGE.parents[1]
README = ROOT / "README.md"
# The order a newcomer reads them in: the pipeline's steps, then the fronts and the tools.
FOLDERS = ("", "domain", "read", "extract", "classify", "render", "site", "tools")


def _summary(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    first = doc.strip().split("\n\n")[0].replace("\n", " ")
    return re.sub(r"\s+", " ", first).replace("|", "\\|")


def modules() -> str:
    rows = ["| Module | Holds |", "|---|---|"]
    for folder in FOLDERS:
        base = PACKAGE / folder
        for path in sorted(base.glob("*.py"), key=lambda p: (p.name != "__init__.py", p.name)):
            rel = path.relative_to(PACKAGE).as_posix()
            rows.append(f"| `{rel}` | {_summary(path)} |")
    return "\n".join(rows)


def data() -> str:
    rows = ["| Data file | Holds |", "|---|---|"]
    for path in sorted((PACKAGE / "data").glob("*.yaml")):
        header = next((ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("#")), "# ")
        rows.append(f"| `data/{path.name}` | {header.lstrip('# ').strip()} |")
    return "\n".join(rows)


def exit_codes() -> str:
    rows = ["| Exit code | Meaning |", "|---|---|"]
    for line in (PACKAGE / "errors.py").read_text(encoding="utf-8").splitlines():
        m = re.match(r"EXIT_\w+ = (\d+)\s*#\s*(.+)", line)
        if m:
            rows.append(f"| {m[1]} | {m[2]} |")
    return "\n".join(rows)


def options() -> str:
    tree = ast.parse((PACKAGE / "site" / "plugin.py").read_text(encoding="utf-8"))
    config = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "BriefingConfig")
    rows = ["| `briefing` plugin option | Default | Meaning |", "|---|---|---|"]
    body = config.body
    for i, node in enumerate(body):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            call = node.value
            default = next((ast.literal_eval(k.value) for k in getattr(call, "keywords", []) if k.arg == "default"), "")
            doc = body[i + 1] if i + 1 < len(body) else None
            text = doc.value.value if isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant) else ""
            rows.append(f"| `{node.targets[0].id}` | `{default!r}` | {str(text).strip()} |")
    return "\n".join(rows)


PARTS = {"modules": modules, "data": data, "exit-codes": exit_codes, "options": options}


def _filled(made: str) -> Callable[[re.Match[str]], str]:
    return lambda m: m[1] + made + "\n" + m[2]


def render(text: str) -> str:
    for name, make in PARTS.items():
        pattern = re.compile(rf"(<!-- generated: {name} -->\n)(?:.*?\n)?(<!-- end: {name} -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"README.md has no <!-- generated: {name} --> … <!-- end: {name} --> part")
        text = pattern.sub(_filled(make()), text)
    return text


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    current = README.read_text(encoding="utf-8")
    wanted = render(current)
    if "--check" in args:
        if wanted != current:
            diff = difflib.unified_diff(
                current.splitlines(), wanted.splitlines(), "README.md", "from the code", lineterm=""
            )
            print("\n".join(diff))
            print("README.md describes the code wrongly: run `make readme` and commit it", file=sys.stderr)
            return 1
        return 0
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
