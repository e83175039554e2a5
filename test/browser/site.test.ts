// Opens every page of the built report site in headless Chromium, in German and English, and
// checks that it loads offline and shows what it should.
//
// `npm run test:browser` builds dist/ for the run folder first (INKASSO_RUN_DIR, else
// data/runs/default); this test serves dist/ on 127.0.0.1 and compares the pages with that
// run's summary.json. Chromium comes from Debian (`apt-get install -y chromium`).

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatNumber, type Language } from "../../simulator/i18n/locale.js";
import { readRunParameters, readRunSummary, resolveRunDir } from "../../simulator/report/runDir.js";
import { pagePath, REPORT_PAGES } from "../../simulator/report/siteLayout.js";
import { DIST, RENDER_TIMEOUT_MS, startReportBrowser, type ReportBrowser } from "./fixtures/reportBrowser.js";


const summary = readRunSummary(resolveRunDir());
const parameters = readRunParameters(resolveRunDir());

/**
 * Charts a page must draw, by the name in its `data-chart` attribute; the first-payment curves
 * need `timeToPayment` in summary.json. Every chart a page draws must render, listed or not.
 */
const REQUIRED_CHARTS: Record<string, string[]> = {
  index: ["slice", "uplifts"],
  cashflow: summary.timeToPayment === undefined ? ["cost", "received"] : ["cost", "firstPayment", "received"]
};
/** Pages that state money amounts. */
const MONEY_PAGES = ["index", "cashflow"];
const LANGUAGES: Language[] = ["de", "en"];
const OTHER: Record<Language, Language> = { de: "en", en: "de" };

/** A money amount as the locale writes it: "1.234,56 €" in German, "€1,234.56" in English. */
const MONEY_PATTERN: Record<Language, RegExp> = {
  de: /\d,\d{2}\s€/,
  en: /€\d[\d,]*\.\d{2}/
};

let browser: ReportBrowser;

/** Everything that went wrong while a page loaded: console errors, uncaught exceptions, failed or foreign requests. */
type Problems = string[];

async function openPage(path: string): Promise<{ page: Page; problems: Problems }> {
  const page = await browser.context.newPage();
  const problems: Problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(new URL(path.replace(/^\//, ""), browser.server.url).href, { waitUntil: "load" });
  if (response === null || !response.ok()) {
    throw new Error(`${path}: HTTP ${response?.status()} from the test server. Is the page missing from ${DIST}?`);
  }
  return { page, problems };
}

// Waits until the page is built, its queries have finished and every chart container reports
// its state, or until Framework shows a failed cell (class observablehq--error), whose text is
// then added to the problems. Returns the chart states by chart name.
async function waitForPage(page: Page, problems: Problems): Promise<Record<string, string>> {
  await page.waitForFunction(
    () =>
      document.querySelector(".observablehq--error") !== null ||
      (document.querySelector(".inkasso-page") !== null &&
        [...document.querySelectorAll("[data-query-result]")].every((result) => ["done", "failed"].includes(result.getAttribute("data-state") ?? "")) &&
        [...document.querySelectorAll("[data-chart]")].every((chart) => chart.getAttribute("data-state") !== "rendering")),
    undefined,
    { timeout: RENDER_TIMEOUT_MS }
  );
  const failedCells = await page.$$eval(".observablehq--error", (cells) => cells.map((cell) => cell.textContent ?? ""));
  problems.push(...failedCells.map((text) => `failed cell: ${text}`));
  return page.$$eval("[data-chart]", (charts) =>
    Object.fromEntries(charts.map((chart) => {
      const marks = chart.querySelectorAll("svg path, svg rect, svg line, svg text").length;
      return [chart.getAttribute("data-chart"), `${chart.getAttribute("data-state")}, ${marks > 0 ? "with" : "without"} SVG marks`];
    }))
  );
}

beforeAll(async () => {
  browser = await startReportBrowser("index.html");
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)("report site in %s", (language) => {
  it.each(REPORT_PAGES.map((page) => page.name))("page %s loads offline with all charts", async (name) => {
    const { page, problems } = await openPage(pagePath(name, language));
    const states = await waitForPage(page, problems);

    expect(problems).toEqual([]);
    expect(Object.keys(states)).toEqual(expect.arrayContaining(REQUIRED_CHARTS[name] ?? []));
    for (const [chart, state] of Object.entries(states)) {
      expect(`${chart}: ${state}`).toBe(`${chart}: rendered, with SVG marks`);
    }
    await page.close();
  });

  it.each(REPORT_PAGES.map((page) => page.name))("page %s names its run, language and counterpart", async (name) => {
    const { page, problems } = await openPage(pagePath(name, language));
    await waitForPage(page, problems);

    expect(await page.getAttribute("html", "lang")).toBe(language);
    expect(await page.getAttribute(".inkasso-run-line", "data-run-id")).toBe(summary.runId);
    expect(await page.getAttribute(".inkasso-run-line", "data-config-hash")).toBe(summary.configHash);
    expect(await page.getAttribute("#observablehq-footer .inkasso-run", "data-run-id")).toBe(summary.runId);
    expect(await page.getAttribute("#observablehq-footer .inkasso-run", "data-config-hash")).toBe(summary.configHash);

    const switchHref = await page.$eval("a.inkasso-language", (link) => (link as HTMLAnchorElement).href);
    expect(new URL(switchHref).pathname).toBe(pagePath(name, OTHER[language]));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("setup page lists every model parameter", async () => {
    const { page, problems } = await openPage(pagePath("setup", language));
    await waitForPage(page, problems);
    expect(problems).toEqual([]);

    const rows = await page.$$eval('[data-table="parameters"] tbody tr', (elements) => elements.length);
    expect(rows).toBe(parameters.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("pages write money in the language's format", async () => {
    for (const name of MONEY_PAGES) {
      const { page, problems } = await openPage(pagePath(name, language));
      await waitForPage(page, problems);
      expect(problems).toEqual([]);
      expect(await page.innerText("main")).toMatch(MONEY_PATTERN[language]);
      await page.close();
    }
  });

  it("overview query counts every case per arm", async () => {
    const { page, problems } = await openPage(pagePath("index", language));
    await waitForPage(page, problems);
    expect(problems).toEqual([]);

    // With no filter the slice is the whole population, so each arm's count must equal its n in summary.json.
    const cases = await page.$$eval('[data-table="slice"] tbody tr', (rows) =>
      rows.map((row) => row.querySelectorAll("td")[0]?.textContent ?? "")
    );
    expect(cases).toEqual(summary.arms.map((arm) => formatNumber(arm.n, language, 0)));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("overview query reruns for a chosen claim type", async () => {
    const { page, problems } = await openPage(pagePath("index", language));
    await waitForPage(page, problems);
    expect(problems).toEqual([]);
    const claimTypes = await page.$$eval('select[name="claimType"] option', (options) =>
      options.map((option) => (option as HTMLOptionElement).value).filter((value) => value !== "")
    );
    expect(claimTypes.length).toBeGreaterThan(0);

    await page.selectOption('select[name="claimType"]', claimTypes[0]);
    await page.waitForFunction(
      (claimType) => {
        const result = document.querySelector("[data-query-result]");
        return result?.getAttribute("data-state") === "done" && JSON.parse(result.getAttribute("data-filter") ?? "{}").claimType === claimType;
      },
      claimTypes[0],
      { timeout: RENDER_TIMEOUT_MS }
    );
    const states = await waitForPage(page, problems);
    expect(states.slice).toBe("rendered, with SVG marks");

    // With more than one claim type in the data, one of them covers fewer cases than the population.
    const counts = await page.$$eval('[data-table="slice"] tbody tr', (rows) =>
      rows.map((row) => Number((row.querySelectorAll("td")[0]?.textContent ?? "").replace(/\D/g, "")))
    );
    const sliceCases = counts.reduce((sum, count) => sum + count, 0);
    expect(sliceCases).toBeGreaterThan(0);
    if (claimTypes.length > 1) expect(sliceCases).toBeLessThan(summary.experiment.population);
    expect(problems).toEqual([]);
    await page.close();
  });
});
