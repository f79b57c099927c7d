"""The MkDocs front: adds the generated pages in memory (never into docs/), and applies the theme module.

`make site` (site/build.py) hands the plugin the pages it made once for both sites; `mkdocs serve` and a plain
`mkdocs build` let it make them itself, keeping each article's facts between rebuilds.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from briefing import domain
from briefing.errors import BriefingError
from briefing.pipeline import ArticleCache, Generated, build_files
from briefing.read import describe_ignored
from briefing.site import theme

log = logging.getLogger("mkdocs.plugins.briefing")
DOWNLOAD = "downloads/carmaker-briefing-offline.zip"  # written by site/build.py next to the hosted site


class BriefingConfig(Config):
    seeds = opt.Type(str, default="seeds")
    """Folder of seed articles (.txt, .md, .html), relative to mkdocs.yml."""


def _present(nav: list | None, files: Files) -> list | None:
    """The navigation without the entries for pages that do not exist."""
    if nav is None:
        return None
    kept = []
    for item in nav:
        if isinstance(item, dict) and len(item) == 1:
            ((title, target),) = item.items()
            if isinstance(target, str) and target.endswith(".md") and files.get_file_from_path(target) is None:
                continue
            if isinstance(target, list):
                item = {title: _present(target, files)}
        kept.append(item)
    return kept


class _GeneratedFile(File):
    """A generated page that can say it is unchanged, so `mkdocs serve --dirty` rebuilds only what an edit touched."""

    unchanged = False

    def is_modified(self) -> bool:
        return not self.unchanged


class BriefingPlugin(BasePlugin[BriefingConfig]):
    def __init__(self) -> None:
        self.generated: Generated | None = None  # set by site/build.py: the pages, made once for both sites
        self.files: dict[str, str] = {}
        self.abbreviations = ""
        self.cache: ArticleCache = {}
        self.rules = ""  # digest of data/ and the templates at the last build (domain.digest)
        self.serving = False  # `mkdocs serve`: the preview is rebuilt on every edit
        self.offline = False  # the site read from disk (mkdocs.offline.yml)
        self.live_dirty = False  # `mkdocs serve --dirty` (make serve): only changed pages are rebuilt
        self.page_urls: set[str] = set()
        self.search_pages: dict[str, list[dict]] = {}  # the preview's search entries by page, across rebuilds

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup is also what makes MkDocs keep this instance, and its caches, across rebuilds.
        self.serving = command == "serve"
        self.live_dirty = self.serving and dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.seeds = Path(config.config_file_path).parent / self.config.seeds
        config.watch.append(str(self.seeds))
        # The site read from disk (mkdocs.offline.yml) gets the search shim and no download link.
        self.offline = "material/offline" in config.plugins
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        previous = self.files
        try:
            if self.generated is None:
                # An edit of data/ or of a template must reach the preview: then forget the rules (the article
                # cache is keyed by the same digest, pipeline.build_files).
                rules = domain.digest()
                if rules != self.rules:
                    domain.clear()
                    self.rules = rules
                generated = build_files(
                    self.seeds, progress=lambda line: log.info("briefing: %s", line), cache=self.cache
                )
            else:
                generated = self.generated
        except BriefingError as exc:
            raise PluginError(str(exc)) from None
        self.files, self.abbreviations = generated.files, generated.abbreviations
        for path in generated.ignored:
            log.info("%s", describe_ignored(path))
        for rel, text in self.files.items():
            if files.get_file_from_path(rel) is not None:
                raise PluginError(f"docs/{rel} clashes with a generated page; rename or remove it")
            file = _GeneratedFile.generated(config, rel, content=text)
            assert isinstance(file, _GeneratedFile)
            file.unchanged = previous.get(rel) == text
            files.append(file)
        if self.offline:
            files.append(File.generated(config, theme.SHIM, abs_src_path=str(theme.SHIM_SOURCE)))
        # A section with nothing to say is not generated (render.pages.Renderer.sections): out of the sidebar too.
        config.nav = _present(config.nav, files)
        self.page_urls = {f.url for f in files.documentation_pages()}
        return files

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if page.file.src_uri == "index.md" and not self.offline:
            # The zip is written next to the hosted site after MkDocs, so it is linked as plain HTML.
            markdown += (
                f'\n\n<p class="offline-download"><a href="{DOWNLOAD}" download>Download for offline reading</a>'
                " (a zip: unpack it and open <code>index.html</code>; search works without a network).</p>\n"
            )
        return markdown + "\n\n" + self.abbreviations + "\n"

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        output, missing = theme.fix_page(output)
        for fix in missing:
            log.warning("%s: the theme's %s markup has changed; update briefing/site/theme.py", page.file.src_uri, fix)
        return output

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        return theme.fix_page(output_content)[0] if template_name.endswith(".html") else output_content

    @event_priority(-100)  # after every plugin has written its pages and the search index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        if self.live_dirty:
            self._keep_unbuilt_pages_searchable(site / "search" / "search_index.json")
        search = config.plugins.get("material/search")
        theme.drop_unused_assets(site, search.config.lang if search is not None else None)
        if not self.serving:  # the preview keeps the theme's whole stylesheet: trimming takes a second per edit
            theme.purge_css(site)

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
