// Opens the experiment and pilot planner pages of the built report site in headless Chromium,
// in German and English, and changes the planner's inputs as a user would.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../simulator/i18n/catalogue.js";
import { formatNumber, type Language } from "../../simulator/i18n/locale.js";
import { readRunSummary, resolveRunDir } from "../../simulator/report/runDir.js";
import { openReportPage, startReportBrowser, type ReportBrowser } from "./fixtures/reportBrowser.js";

let browser: ReportBrowser;

beforeAll(async () => {
  browser = await startReportBrowser("planner.html");
});

afterAll(async () => {
  await browser?.close();
});

describe.each(["de", "en"] as Language[])("experiment page in %s", (language) => {
  it("draws the forest plot and sequences", async () => {
    const { page, problems } = await openReportPage(browser, "experiment", language);

    const states = await page.$$eval("[data-chart]", (charts) => charts.map((chart) => `${chart.getAttribute("data-chart")}: ${chart.getAttribute("data-state")}`));
    expect(states).toContain("forest: rendered");
    expect(states).toContain("sequential: rendered");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("names a stop day per challenger", async () => {
    const { page } = await openReportPage(browser, "experiment", language);
    const summary = readRunSummary(resolveRunDir());

    const sentences = await page.$$eval(".inkasso-stop-days li", (items) => items.map((item) => item.textContent ?? ""));
    expect(sentences).toHaveLength(summary.sequential?.length ?? 0);
    await page.close();
  });

  it("shows the sample ratio line", async () => {
    const { page } = await openReportPage(browser, "experiment", language);
    const summary = readRunSummary(resolveRunDir());

    const mismatch = await page.getAttribute(".inkasso-srm", "data-mismatch");
    expect(mismatch).toBe(String(summary.sampleRatioMismatch?.mismatch));
    await page.close();
  });
});

describe.each(["de", "en"] as Language[])("planner page in %s", (language) => {
  it("recomputes the size on input", async () => {
    const { page, problems } = await openReportPage(browser, "planner", language);

    // Defaults 30 % and +2 percentage points: R power.prop.test(p1 = .30, p2 = .32, power = .8)$n
    // is 8393.198, so 8,394 accounts per arm and 16,788 in total.
    const before = await page.textContent("[data-planner-result]");
    expect(before).toContain(formatNumber(16788, language, 0));

    await page.fill("input[name=effect]", "4");
    const after = await page.textContent("[data-planner-result]");
    expect(after).not.toBe(before);
    expect(after).not.toContain(formatNumber(16788, language, 0));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("prefills the deviation from the run", async () => {
    const { page } = await openReportPage(browser, "planner", language);

    await page.selectOption("select[name=source]", "costPerCase");
    expect(await page.inputValue("select[name=kind]")).toBe("mean");
    expect(Number(await page.inputValue("input[name=standardDeviation]"))).toBeGreaterThan(0);
    expect(await page.getAttribute("[data-planner-result]", "data-state")).toBe("computed");
    await page.close();
  });

  it("names an invalid input", async () => {
    const { page } = await openReportPage(browser, "planner", language);

    await page.fill("input[name=power]", "1.5");
    const text = await page.textContent("[data-planner-result]");
    expect(text).toContain(translate(language, "report.planner.power"));
    expect(await page.getAttribute("[data-planner-result]", "data-state")).toBe("invalid");
    await page.close();
  });
});
