// Cuts Material's stylesheets (main + palette, 25 KiB gzipped) down to the rules this site can use,
// so a page with all its assets stays under the 60 KiB budget. publish.py runs it on every build
// (the theme's CSS comes from the pinned package, never from our repository) and writes the result
// into both sites as assets/stylesheets/material.purged.css, which overrides/main.html links then.
//
// What is kept: every rule whose classes, ids, tags and attributes appear in the built pages'
// markup (all pages of both sites), or in the theme's script, which adds classes at run time (search
// results, tooltips, table wrappers...). Class names of theme components that this site's
// configuration never uses are not taken from the script (they are there for every feature); they
// still count whenever the markup has them, so turning such a feature on brings its styles back
// at the next regeneration. Custom properties are kept if any kept rule, or our extra.css, uses them.
//
//   node scripts/purge_css.mjs --out FILE SITE...
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PurgeCSS } from "purgecss";
import purgeHtml from "purgecss-from-html";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EXTRA_CSS = path.join(ROOT, "docs/stylesheets/extra.css");
const OUR_SCRIPTS = ["overrides/assets/javascripts", "docs/assets/javascripts"].map((d) => path.join(ROOT, d));

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

function jsFiles(dir) {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".js")).map((f) => path.join(dir, f)) : [];
}

// PurgeCSS's default extractor, minus the unused components' class names.
function scriptTokens(text) {
  return (text.match(/[A-Za-z0-9_-]+/g) || []).filter((t) => !UNUSED_COMPONENTS.test(t));
}

async function purge(sites) {
  const styles = path.join(sites[0], "assets/stylesheets");
  const scripts = path.join(sites[0], "assets/javascripts");
  const main = only(styles, /^main\.[0-9a-f]+\.min\.css$/);
  const palette = only(styles, /^palette\.[0-9a-f]+\.min\.css$/);
  const bundle = only(scripts, /^bundle\.[0-9a-f]+\.min\.js$/);
  // One stylesheet, so a custom property defined in main and used only in palette counts as used.
  const charset = /^@charset "UTF-8";/;
  const css = [main, palette].map((f) => fs.readFileSync(f, "utf8").replace(charset, "")).join("\n");
  const usedByUs = [...fs.readFileSync(EXTRA_CSS, "utf8").matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]);
  const script = [bundle, ...OUR_SCRIPTS.flatMap(jsFiles)].map((f) => fs.readFileSync(f, "utf8")).join("\n");
  const [result] = await new PurgeCSS().purge({
    content: [
      ...sites.flatMap(htmlFiles).map((f) => ({ raw: fs.readFileSync(f, "utf8"), extension: "html" })),
      { raw: script, extension: "js" },
    ],
    css: [{ raw: css }],
    extractors: [
      { extractor: purgeHtml, extensions: ["html"] },
      { extractor: scriptTokens, extensions: ["js"] },
    ],
    safelist: { variables: [...new Set(usedByUs)] },
    fontFace: true,
    keyframes: true,
    variables: true,
  });
  const header =
    `/* Material for MkDocs' ${path.basename(main)} and ${path.basename(palette)}, cut by ` +
    `scripts/purge_css.mjs to the rules this site uses */\n`;
  // @charset only counts as the very first thing in a file.
  return '@charset "UTF-8";\n' + header + result.css.trim() + "\n";
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf("--out");
  if (at < 0 || !args[at + 1] || args.length < 3) {
    console.error("usage: node scripts/purge_css.mjs --out FILE SITE...");
    process.exit(2);
  }
  const out = args[at + 1];
  const sites = args.filter((_a, i) => i !== at && i !== at + 1);
  fs.writeFileSync(out, await purge(sites));
}

await main();
