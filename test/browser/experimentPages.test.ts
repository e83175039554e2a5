// Opens the experiment and pilot planner pages of the built report site in headless Chromium,
// in German and English, and changes the planner's inputs as a user would.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../simulator/i18n/catalogue.js";
import { formatNumber, type Language } from "../../simulator/i18n/locale.js";
import { REPOSITORY_ROOT, readRunSummary, resolveRunDir } from "../../simulator/report/runDir.js";
import { pagePath } from "../../simulator/report/siteLayout.js";
import { startStaticServer, type StaticServer } from "./staticServer.js";

/** The built site: INKASSO_SITE_OUTPUT when set, else dist/, as in site.test.ts. */
const DIST = resolve(REPOSITORY_ROOT, process.env.INKASSO_SITE_OUTPUT || "dist");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"
];
const RENDER_TIMEOUT_MS = 60_000;

let server: StaticServer;
let context: BrowserContext;
let userDataDir: string;

async function openPage(name: string, language: Language): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(new URL(pagePath(name, language).replace(/^\//, ""), server.url).href, { waitUntil: "load" });
  await page.waitForSelector(".inkasso-page", { timeout: RENDER_TIMEOUT_MS });
  await page.waitForFunction(
    () => [...document.querySelectorAll("[data-chart]")].every((chart) => chart.getAttribute("data-state") !== "rendering"),
    undefined,
    { timeout: RENDER_TIMEOUT_MS }
  );
  return { page, problems };
}

beforeAll(async () => {
  if (!existsSync(join(DIST, "planner.html"))) {
    throw new Error(`No planner page in ${DIST}. Build the site first, with INKASSO_SITE_OUTPUT naming its folder.`);
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

describe.each(["de", "en"] as Language[])("experiment page in %s", (language) => {
  it("draws the forest plot and sequences", async () => {
    const { page, problems } = await openPage("experiment", language);

    const states = await page.$$eval("[data-chart]", (charts) => charts.map((chart) => `${chart.getAttribute("data-chart")}: ${chart.getAttribute("data-state")}`));
    expect(states).toContain("forest: rendered");
    expect(states).toContain("sequential: rendered");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("names a stop day per challenger", async () => {
    const { page } = await openPage("experiment", language);
    const summary = readRunSummary(resolveRunDir());

    const sentences = await page.$$eval(".inkasso-stop-days li", (items) => items.map((item) => item.textContent ?? ""));
    expect(sentences).toHaveLength(summary.sequential?.length ?? 0);
    await page.close();
  });

  it("shows the sample ratio line", async () => {
    const { page } = await openPage("experiment", language);
    const summary = readRunSummary(resolveRunDir());

    const mismatch = await page.getAttribute(".inkasso-srm", "data-mismatch");
    expect(mismatch).toBe(String(summary.sampleRatioMismatch?.mismatch));
    await page.close();
  });
});

describe.each(["de", "en"] as Language[])("planner page in %s", (language) => {
  it("recomputes the size on input", async () => {
    const { page, problems } = await openPage("planner", language);

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
    const { page } = await openPage("planner", language);

    await page.selectOption("select[name=source]", "costPerCase");
    expect(await page.inputValue("select[name=kind]")).toBe("mean");
    expect(Number(await page.inputValue("input[name=standardDeviation]"))).toBeGreaterThan(0);
    expect(await page.getAttribute("[data-planner-result]", "data-state")).toBe("computed");
    await page.close();
  });

  it("names an invalid input", async () => {
    const { page } = await openPage("planner", language);

    await page.fill("input[name=power]", "1.5");
    const text = await page.textContent("[data-planner-result]");
    expect(text).toContain(translate(language, "report.planner.power"));
    expect(await page.getAttribute("[data-planner-result]", "data-state")).toBe("invalid");
    await page.close();
  });
});
