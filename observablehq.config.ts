// Observable Framework configuration of the report site.
//
// The site reports one run folder: INKASSO_RUN_DIR, else data/runs/default. Build it with
// `npx inkasso-lab report`, which also copies the DuckDB-wasm files into src/_generated/ and
// clears stale data-loader output. The site must build with no CDN, so it sets no web-font
// stylesheet, no DuckDB extensions, and its pages use none of Framework's npm built-ins.

import { translate } from "./simulator/i18n/catalogue.js";
import { readRunSummary, resolveRunDir } from "./simulator/report/runDir.js";
import { siteFooter, siteHead, siteHeader, sitePages } from "./simulator/report/siteLayout.js";

const summary = readRunSummary(resolveRunDir());

export default {
  title: translate("de", "report.title"),
  root: "src",
  output: process.env.INKASSO_SITE_OUTPUT || "dist",
  pages: sitePages(),
  // Each page's header holds the navigation in its own language, so the shared sidebar,
  // the pager and Framework's English-only table of contents and search stay off.
  sidebar: false,
  pager: false,
  toc: false,
  search: false,
  style: "style.css",
  globalStylesheets: [],
  head: ({ path }: { path: string }) => siteHead(path),
  header: ({ path }: { path: string }) => siteHeader(path),
  footer: ({ path }: { path: string }) => siteFooter(path, summary),
  duckdb: { extensions: { json: null, parquet: null } }
};
