/**
 * The frame around every page of the report site: the page list, the navigation with its
 * language switch, and the footer naming the run.
 *
 * German pages live at the site root and English pages under `/en/`, with the same file
 * names. `observablehq.config.ts` calls these functions with Framework's page path, which
 * has no `.md` suffix and ends in `/index` for an index page (`/en/index`, `/cashflow`).
 */

import { translate } from "../i18n/catalogue.js";
import type { Language } from "../i18n/locale.js";
import type { RunSummary } from "../io/runFormat.js";

/** Pages of the report, in navigation order; each exists as `src/<name>.md` and `src/en/<name>.md`. */
export const REPORT_PAGES = [
  { name: "index", titleKey: "report.page.overview" },
  { name: "experiment", titleKey: "report.page.experiment" },
  { name: "planner", titleKey: "report.page.planner" },
  { name: "cashflow", titleKey: "report.page.cashflow" },
  { name: "fairness", titleKey: "report.page.fairness" },
  { name: "compliance", titleKey: "report.page.compliance" },
  { name: "learning", titleKey: "report.page.learning" },
  { name: "setup", titleKey: "report.page.setup" },
  { name: "model", titleKey: "report.page.model" },
  { name: "sensitivity", titleKey: "report.page.sensitivity" }
] as const;

type PageName = (typeof REPORT_PAGES)[number]["name"];

const LANGUAGE_PREFIX: Record<Language, string> = { de: "/", en: "/en/" };
const OTHER_LANGUAGE: Record<Language, Language> = { de: "en", en: "de" };

/** Returns the language of a page path: English under `/en/`, German elsewhere. */
export function languageOfPath(path: string): Language {
  return path === "/en" || path.startsWith("/en/") ? "en" : "de";
}

/** Returns the page name of a path, e.g. `cashflow` for `/en/cashflow`. */
export function pageNameOfPath(path: string): string {
  const withoutLanguage = languageOfPath(path) === "en" ? path.slice("/en".length) : path;
  const name = withoutLanguage.replace(/^\//, "").replace(/\.html$/, "");
  return name === "" ? "index" : name;
}

/** Returns the site path of a page in a language, e.g. `/en/cashflow`, or `/en/` for the index. */
export function pagePath(name: PageName | string, language: Language): string {
  return LANGUAGE_PREFIX[language] + (name === "index" ? "" : name);
}

/** Builds Framework's `pages` option: one section per language. */
export function sitePages(): { name: string; pages: { name: string; path: string }[] }[] {
  return (["de", "en"] as const).map((language) => ({
    name: translate(language, "report.nav.section"),
    pages: REPORT_PAGES.map((page) => ({
      name: translate(language, page.titleKey),
      path: pagePath(page.name, language)
    }))
  }));
}

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Builds the `<head>` fragment of a page.
 *
 * Framework 1.13.4 writes a bare `<html>` tag with no option for `lang`, so a script sets the
 * attribute when the page loads. `buildSite` also writes it into the built HTML files. The
 * empty icon keeps browsers from requesting a `/favicon.ico` that the site does not have.
 */
export function siteHead(path: string): string {
  return [
    `<link rel="icon" href="data:,">`,
    `<script>document.documentElement.lang = ${JSON.stringify(languageOfPath(path))};</script>`
  ].join("\n");
}

/** Builds the header of a page: the site title, the pages in the page's language, and a link to the same page in the other language. */
export function siteHeader(path: string): string {
  const language = languageOfPath(path);
  const current = pageNameOfPath(path);
  const other = OTHER_LANGUAGE[language];
  const links = REPORT_PAGES.map((page) => {
    const currentAttribute = page.name === current ? ` aria-current="page"` : "";
    const title = escapeHtml(translate(language, page.titleKey));
    return `<a href="${pagePath(page.name, language)}"${currentAttribute}>${title}</a>`;
  });
  const switchLink =
    `<a class="inkasso-language" href="${pagePath(current, other)}" hreflang="${other}" lang="${other}">` +
    `${escapeHtml(translate(other, "report.nav.languageName"))}</a>`;
  return [
    `<nav class="inkasso-nav" aria-label="${escapeHtml(translate(language, "report.nav.label"))}">`,
    `<span class="inkasso-brand">${escapeHtml(translate(language, "report.title"))}</span>`,
    ...links,
    switchLink,
    `</nav>`
  ].join("\n");
}

/** Builds the footer of a page: the run id, the config hash and the version of the run it reports. */
export function siteFooter(path: string, summary: RunSummary): string {
  const language = languageOfPath(path);
  const text = translate(language, "report.footer.run", {
    runId: `<code>${escapeHtml(summary.runId)}</code>`,
    configHash: `<code>${escapeHtml(summary.configHash)}</code>`,
    version: escapeHtml(summary.version)
  });
  return (
    `<p class="inkasso-run" data-run-id="${escapeHtml(summary.runId)}" ` +
    `data-config-hash="${escapeHtml(summary.configHash)}">${text}</p>`
  );
}
