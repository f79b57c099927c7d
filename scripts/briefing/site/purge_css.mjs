// Cuts Material's stylesheets (main + palette, 25 KiB gzipped) down to the rules one built site can use,
// so a page with all its assets stays under the 60 KiB budget. The briefing plugin runs it at the end of
// each build (on_post_build; the theme's CSS comes from the pinned package, never from our repository)
// and it rewrites the site's own main stylesheet in place, with the palette's rules folded in (the
// palette file is left holding only a comment): the pages keep linking the files the theme links.
//
// What is kept: every rule whose classes, ids, tags and attributes appear in the built pages'
// markup (all pages of both sites), or in the theme's script, which adds classes at run time (search
// results, tooltips, table wrappers...). Class names of theme components that this site's
// configuration never uses are not taken from the script (they are there for every feature); they
// still count whenever the markup has them, so turning such a feature on brings its styles back
// at the next regeneration. Custom properties are kept if any kept rule, or our extra.css, uses them.
//
//   node scripts/briefing/site/purge_css.mjs SITE
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PurgeCSS } from "purgecss";
import purgeHtml from "purgecss-from-html";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const EXTRA_CSS = path.join(HERE, "overrides/assets/stylesheets/extra.css");
const OUR_SCRIPTS = ["overrides/assets/javascripts", "offline"].map((d) => path.join(HERE, d));

// Components whose class names the script carries but which need a feature or setting this site
// does not use: blog, versions, repository, code annotations and copy, cookie consent, feedback,
// social links, tabs, announcement bar, breadcrumbs, page status, language and version selects.
const UNUSED_COMPONENTS =
  /^(md-(post|author|profile|draft|pin|version|source|annotation|clipboard|code|consent|feedback|social|tabs|banner|path|status|select|meta|progress)\b)/;

function only(dir, pattern) {
  const found = fs.readdirSync(dir).filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one ${pattern} in ${dir}, found ${found.length}`);
  return path.join(dir, found[0]);
}

function htmlFiles(dir) {
  return fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".html")).map((f) => path.join(dir, f));
}

// A start tag with its attributes; quoted values may hold ">".
const START_TAG = /<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

// The site's markup as PurgeCSS's HTML extractor needs it: each distinct start tag once. At 1,000 articles the
// pages repeat the same tags tens of thousands of times, and parsing every page took 7 s per site. The
// extractor reads no structure (only tag names, classes, ids and attributes), so one empty element per
// distinct tag gives it the same selectors; the tags are neutral <span>s, so that a <tr> or <td> out of its
// table is not dropped by the parser, and their names are added as they are. They come in small documents:
// the extractor's cost grows with the square of an element's children.
function markup(files) {
  const tags = new Set();
  const elements = new Set();
  for (const file of files) {
    for (const [, name, attributes] of fs.readFileSync(file, "utf8").matchAll(START_TAG)) {
      tags.add(name.toLowerCase());
      elements.add(`<span${attributes.replace(/\/$/, "")}></span>`);
    }
  }
  const all = [...elements];
  const documents = [];
  for (let i = 0; i < all.length; i += 200) documents.push(`<body>${all.slice(i, i + 200).join("")}</body>`);
  return { documents, tags: [...tags] };
}

function jsFiles(dir) {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".js")).map((f) => path.join(dir, f)) : [];
}

// PurgeCSS's default extractor, minus the unused components' class names.
function scriptTokens(text) {
  return (text.match(/[A-Za-z0-9_-]+/g) || []).filter((t) => !UNUSED_COMPONENTS.test(t));
}

async function purge(site) {
  const styles = path.join(site, "assets/stylesheets");
  const scripts = path.join(site, "assets/javascripts");
  const main = only(styles, /^main\.[0-9a-f]+\.min\.css$/);
  const palette = only(styles, /^palette\.[0-9a-f]+\.min\.css$/);
  const bundle = only(scripts, /^bundle\.[0-9a-f]+\.min\.js$/);
  // One stylesheet, so a custom property defined in main and used only in palette counts as used.
  const charset = /^@charset "UTF-8";/;
  const css = [main, palette].map((f) => fs.readFileSync(f, "utf8").replace(charset, "")).join("\n");
  const usedByUs = [...fs.readFileSync(EXTRA_CSS, "utf8").matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]);
  const script = [bundle, ...OUR_SCRIPTS.flatMap(jsFiles)].map((f) => fs.readFileSync(f, "utf8")).join("\n");
  const pages = markup(htmlFiles(site));
  const fromPages = (content) => {
    const found = purgeHtml(content);
    found.tags.push(...pages.tags);
    return found;
  };
  const [result] = await new PurgeCSS().purge({
    content: [
      ...pages.documents.map((raw) => ({ raw, extension: "html" })),
      { raw: script, extension: "js" },
    ],
    css: [{ raw: css }],
    extractors: [
      { extractor: fromPages, extensions: ["html"] },
      { extractor: scriptTokens, extensions: ["js"] },
    ],
    safelist: { variables: [...new Set(usedByUs)] },
    fontFace: true,
    keyframes: true,
    variables: true,
  });
  const header =
    `/* Material for MkDocs' ${path.basename(main)} and ${path.basename(palette)}, cut by ` +
    `scripts/briefing/site/purge_css.mjs to the rules this site uses */\n`;
  // @charset only counts as the very first thing in a file.
  fs.writeFileSync(main, '@charset "UTF-8";\n' + header + result.css.trim() + "\n");
  fs.writeFileSync(palette, `/* folded into ${path.basename(main)} by purge_css.mjs */\n`);
}

async function main() {
  const sites = process.argv.slice(2);
  if (sites.length !== 1) {
    console.error("usage: node scripts/briefing/site/purge_css.mjs SITE");
    process.exit(2);
  }
  await purge(sites[0]);
}

await main();
