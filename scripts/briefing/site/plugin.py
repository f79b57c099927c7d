"""MkDocs front: adds the generated pages in memory (never into docs/), and the offline tweaks.

Everything theme-specific lives here and in mkdocs.yml, so the core does not depend on Material.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from briefing.site import handoff
from briefing.errors import BriefingError
from briefing.pipeline import ArticleCache, build_files
from briefing.site.theme import fix_page

log = logging.getLogger("mkdocs.plugins.briefing")
SHIM = "assets/javascripts/iframe-worker.js"
DOWNLOAD = "downloads/carmaker-briefing-offline.zip"  # written by publish.py


class BriefingConfig(Config):
    seeds = opt.Type(str, default="seeds")
    """Folder of seed articles (.txt), relative to mkdocs.yml."""
    offline = opt.Type(bool, default=False)
    """Build for reading from disk: no instant navigation, search in an iframe, no source maps."""


class _GeneratedFile(File):
    """A generated page that can say it is unchanged, so `mkdocs serve --dirty` rebuilds only what an edit touched."""

    unchanged = False

    def is_modified(self) -> bool:
        return not self.unchanged


class BriefingPlugin(BasePlugin[BriefingConfig]):
    def __init__(self) -> None:
        self.files: dict[str, str] = {}
        self.abbreviations = ""
        self.cache: ArticleCache = {}
        self.live_dirty = False  # `mkdocs serve --dirty` (make serve): only changed pages are rebuilt
        self.page_urls: set[str] = set()
        self.search_pages: dict[str, list[dict]] = {}  # the preview's search entries by page, across rebuilds

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup is also what makes MkDocs keep this instance, and its caches, across rebuilds.
        self.live_dirty = command == "serve" and dirty

    # Before Material's offline plugin, which adds a CDN script unless an iframe-worker polyfill is set.
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.seeds = Path(config.config_file_path).parent / self.config.seeds
        config.watch.append(str(self.seeds))
        if self.config.offline:
            features = config.theme.get("features", [])
            config.theme["features"] = [
                f for f in features if f not in ("navigation.instant", "navigation.instant.progress")
            ]
            polyfills = config.extra.get("polyfills", [])
            config.extra["polyfills"] = [*polyfills, SHIM]
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        previous = self.files
        try:
            shared = os.environ.get(handoff.ENV)
            generated = handoff.read(Path(shared), self.seeds) if shared else None
            if generated is None:
                generated = build_files(
                    self.seeds, progress=lambda line: log.info("briefing: %s", line), cache=self.cache
                )
        except BriefingError as exc:
            raise PluginError(str(exc)) from None
        self.files, ignored, self.abbreviations = generated
        for path in ignored:
            log.info("Ignoring %s: only .txt files are articles", path)
        for rel, text in self.files.items():
            if files.get_file_from_path(rel) is not None:
                raise PluginError(f"docs/{rel} clashes with a generated page; rename or remove it")
            file = _GeneratedFile.generated(config, rel, content=text)
            assert isinstance(file, _GeneratedFile)
            file.unchanged = previous.get(rel) == text
            files.append(file)
        self.page_urls = {f.url for f in files.documentation_pages()}
        if not self.config.offline:
            shim = files.get_file_from_path(SHIM)
            if shim is not None:
                files.remove(shim)
        return files

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if page.file.src_uri == "index.md" and not self.config.offline:
            # The zip is written next to the hosted site after MkDocs, so it is linked as plain HTML.
            markdown += (
                f'\n\n<p class="offline-download"><a href="{DOWNLOAD}" download>Download for offline reading</a>'
                " (a zip: unpack it and open <code>index.html</code>; search works without a network).</p>\n"
            )
        return markdown + "\n\n" + self.abbreviations + "\n"

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        output, missing = fix_page(output)
        for fix in missing:
            log.warning("%s: the theme's %s markup has changed; update briefing/theme_fixes.py", page.file.src_uri, fix)
        return output

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        return fix_page(output_content)[0] if template_name.endswith(".html") else output_content

    @event_priority(-50)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        if self.live_dirty:
            self._keep_unbuilt_pages_searchable(site / "search" / "search_index.json")
        # Source maps and other languages' search files only weigh the site down (1.3 MB + 0.9 MB).
        for map_file in site.rglob("*.map"):
            map_file.unlink()
        lang = config.plugins["material/search"].config.lang if "material/search" in config.plugins else None
        if not lang or lang == ["en"]:
            shutil.rmtree(site / "assets/javascripts/lunr", ignore_errors=True)

    def _keep_unbuilt_pages_searchable(self, index_file: Path) -> None:
        """A dirty rebuild gives the search plugin only the rebuilt pages, and its merge with the previous index
        assumes one page changed: it dropped every article page when an edit rebuilt the articles index. Put
        back, from the previous rebuild, the entries of each page that still exists and has none now; drop
        those of pages that are gone."""
        if not index_file.is_file():
            return
        index = json.loads(index_file.read_text(encoding="utf-8"))
        by_page: dict[str, list[dict]] = {}
        for entry in index["docs"]:
            by_page.setdefault(entry["location"].split("#", 1)[0], []).append(entry)
        for url, entries in self.search_pages.items():
            by_page.setdefault(url, entries)
        by_page = {url: entries for url, entries in by_page.items() if url in self.page_urls}  # not deleted ones
        self.search_pages = by_page
        index["docs"] = [entry for entries in by_page.values() for entry in entries]
        index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
