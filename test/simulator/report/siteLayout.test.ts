import { describe, expect, it } from "vitest";
import type { RunSummary } from "../../../simulator/io/runFormat.js";
import {
  escapeHtml,
  languageOfPath,
  pageNameOfPath,
  pagePath,
  REPORT_PAGES,
  siteFooter,
  siteHead,
  siteHeader,
  sitePages
} from "../../../simulator/report/siteLayout.js";

describe("languageOfPath", () => {
  it.each([
    ["/index", "de"],
    ["/cashflow", "de"],
    ["/en/index", "en"],
    ["/en/cashflow", "en"],
    ["/en", "en"],
    ["/entry", "de"]
  ])("%s is %s", (path, language) => {
    expect(languageOfPath(path)).toBe(language);
  });
});

describe("pageNameOfPath", () => {
  it.each([
    ["/index", "index"],
    ["/", "index"],
    ["/en/index", "index"],
    ["/en/", "index"],
    ["/cashflow", "cashflow"],
    ["/en/setup", "setup"],
    ["/en/setup.html", "setup"]
  ])("%s is page %s", (path, name) => {
    expect(pageNameOfPath(path)).toBe(name);
  });
});

describe("pagePath", () => {
  it("puts German pages at the root", () => {
    expect(pagePath("index", "de")).toBe("/");
    expect(pagePath("cashflow", "de")).toBe("/cashflow");
  });

  it("puts English pages under /en/", () => {
    expect(pagePath("index", "en")).toBe("/en/");
    expect(pagePath("cashflow", "en")).toBe("/en/cashflow");
  });
});

describe("sitePages", () => {
  it("lists every page once per language", () => {
    const sections = sitePages();
    expect(sections).toHaveLength(2);
    expect(sections[0].pages.map((page) => page.path)).toEqual(REPORT_PAGES.map((page) => pagePath(page.name, "de")));
    expect(sections[1].pages.map((page) => page.path)).toEqual(REPORT_PAGES.map((page) => pagePath(page.name, "en")));
  });
});

describe("siteHeader", () => {
  it("links the German page to its English counterpart", () => {
    const header = siteHeader("/cashflow");
    expect(header).toContain(`href="/en/cashflow" hreflang="en" lang="en"`);
  });

  it("links the English index to the German index", () => {
    const header = siteHeader("/en/index");
    expect(header).toContain(`href="/" hreflang="de" lang="de"`);
  });

  it("marks the current page", () => {
    const header = siteHeader("/en/setup");
    expect(header).toMatch(/<a href="\/en\/setup" aria-current="page">/);
    expect(header.match(/aria-current/g)).toHaveLength(1);
  });
});

describe("siteHead", () => {
  it("sets the page language", () => {
    expect(siteHead("/en/cashflow")).toContain(`document.documentElement.lang = "en"`);
    expect(siteHead("/cashflow")).toContain(`document.documentElement.lang = "de"`);
  });
});

describe("siteFooter", () => {
  const summary = { runId: "run<1>", configHash: "abc&def", version: "0.1.0" } as RunSummary;

  it("names the run and config hash", () => {
    const footer = siteFooter("/index", summary);
    expect(footer).toContain(`data-run-id="run&lt;1&gt;"`);
    expect(footer).toContain(`data-config-hash="abc&amp;def"`);
  });

  it("escapes the ids in the text", () => {
    const footer = siteFooter("/en/index", summary);
    expect(footer).toContain("<code>run&lt;1&gt;</code>");
    expect(footer).not.toContain("run<1>");
  });
});

describe("escapeHtml", () => {
  it("escapes markup and quotes", () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  });
});
