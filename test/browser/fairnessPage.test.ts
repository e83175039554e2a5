// Opens the fairness page of the built report site in headless Chromium, in German and English,
// and prints it to PDF as a reviewer would file it. Run by `npm run test:browser` after the build.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../simulator/i18n/catalogue.js";
import type { Language } from "../../simulator/i18n/locale.js";
import { REPOSITORY_ROOT, resolveRunDir } from "../../simulator/report/runDir.js";
import { pagePath } from "../../simulator/report/siteLayout.js";
import { startStaticServer, type StaticServer } from "./staticServer.js";

const DIST = join(REPOSITORY_ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"
];
/** Time for the page's data and charts, as in site.test.ts. */
const RENDER_TIMEOUT_MS = 60_000;

let server: StaticServer;
let context: BrowserContext;
let userDataDir: string;

async function openFairnessPage(language: Language): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(new URL(pagePath("fairness", language).replace(/^\//, ""), server.url).href, { waitUntil: "load" });
  await page.waitForSelector(".inkasso-page", { timeout: RENDER_TIMEOUT_MS });
  await page.waitForFunction(
    () => [...document.querySelectorAll("[data-chart]")].every((chart) => chart.getAttribute("data-state") !== "rendering"),
    undefined,
    { timeout: RENDER_TIMEOUT_MS }
  );
  return { page, problems };
}

beforeAll(async () => {
  if (!existsSync(join(DIST, "fairness.html"))) {
    throw new Error(`No fairness page in ${DIST}. Run "npm run test:browser", which builds the site before this test.`);
  }
  if (!existsSync(join(resolveRunDir(), "fairness.json"))) {
    throw new Error(`The run folder ${resolveRunDir()} has no fairness.json. Write the run again with "inkasso-lab run", then rebuild the site.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with "apt-get update && apt-get install -y chromium".`);
  }
  server = await startStaticServer(DIST);
  userDataDir = mkdtempSync(join(tmpdir(), "inkasso-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1280, height: 900 } });
  const serverOrigin = new URL(server.url).origin;
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.origin === serverOrigin) return route.continue();
    return route.abort("blockedbyclient");
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
});

describe.each(["de", "en"] as Language[])("fairness page in %s", (language) => {
  it("leads with the failures and draws every chart", async () => {
    const { page, problems } = await openFairnessPage(language);

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
    const { page, problems } = await openFairnessPage(language);
    const options = await page.$$eval('select[name="metric"] option', (items) => items.map((item) => (item as HTMLOptionElement).value));
    const other = options.find((value) => value !== "nps" && value !== options[0]) ?? options[0];

    await page.selectOption('select[name="metric"]', other);
    await page.waitForFunction(() => document.querySelector('[data-chart="disparity"]')?.getAttribute("data-state") === "rendered", undefined, { timeout: RENDER_TIMEOUT_MS });
    expect(await page.$$eval('[data-chart="disparity"]', (charts) => charts.length)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("prints to a PDF with the failures heading", async () => {
    const { page, problems } = await openFairnessPage(language);
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
