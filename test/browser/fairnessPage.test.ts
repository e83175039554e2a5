// Opens the fairness page of the built report site in headless Chromium, in German and English,
// and prints it to PDF as a reviewer would file it. Run by `npm run test:browser` after the build.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../simulator/i18n/catalogue.js";
import type { Language } from "../../simulator/i18n/locale.js";
import { resolveRunDir } from "../../simulator/report/runDir.js";
import { openReportPage, RENDER_TIMEOUT_MS, startReportBrowser, type ReportBrowser } from "./fixtures/reportBrowser.js";
import { existsSync } from "node:fs";
import { join } from "node:path";

let browser: ReportBrowser;

beforeAll(async () => {
  if (!existsSync(join(resolveRunDir(), "fairness.json"))) {
    throw new Error(`The run folder ${resolveRunDir()} has no fairness.json. Write the run again with "inkasso-lab run", then rebuild the site.`);
  }
  browser = await startReportBrowser("fairness.html");
});

afterAll(async () => {
  await browser?.close();
});

describe.each(["de", "en"] as Language[])("fairness page in %s", (language) => {
  it("leads with the failures and draws every chart", async () => {
    const { page, problems } = await openReportPage(browser, "fairness", language);

    const firstHeading = await page.$eval(".inkasso-page h2", (heading) => heading.textContent);
    expect(firstHeading).toBe(translate(language, "report.fairness.failuresHeading"));
    const states = await page.$$eval("[data-chart]", (charts) =>
      charts.map((chart) => `${chart.getAttribute("data-chart")}: ${chart.getAttribute("data-state")}, ${chart.querySelectorAll("svg path, svg line, svg text").length > 0 ? "with" : "without"} marks`)
    );
    expect(states.sort()).toEqual(["disparity: rendered, with marks", "fees: rendered, with marks", "tradeOff: rendered, with marks"]);
    expect(await page.$$eval('[data-table="counterfactual"] tbody tr', (rows) => rows.length)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("redraws the disparity chart for another metric", async () => {
    const { page, problems } = await openReportPage(browser, "fairness", language);
    const options = await page.$$eval('select[name="metric"] option', (items) => items.map((item) => (item as HTMLOptionElement).value));
    const other = options.find((value) => value !== "nps" && value !== options[0]) ?? options[0];

    await page.selectOption('select[name="metric"]', other);
    await page.waitForFunction(() => document.querySelector('[data-chart="disparity"]')?.getAttribute("data-state") === "rendered", undefined, { timeout: RENDER_TIMEOUT_MS });
    expect(await page.$$eval('[data-chart="disparity"]', (charts) => charts.length)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("prints to a PDF with the failures heading", async () => {
    const { page, problems } = await openReportPage(browser, "fairness", language);
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible(".inkasso-nav")).toBe(false);

    // the outline of a tagged PDF carries the headings as text
    const pdf = await page.pdf({ format: "A4", printBackground: true, outline: true, tagged: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.includes(Buffer.from(translate(language, "report.fairness.failuresHeading"), "latin1"))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
