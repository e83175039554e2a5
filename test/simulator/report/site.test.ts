import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "../../../simulator/report/runDir.js";
import { buildSite } from "../../../simulator/report/site.js";

// Building the site for real is what `npm run test:browser` does; these cases check only the
// refusals, which happen before anything is written.
describe("buildSite", () => {
  it.each([".", "src", "src/out", ".."])("refuses to replace output folder %s", async (outDir) => {
    await expect(buildSite({ runDir: "/nonexistent-run", outDir, language: "en" })).rejects.toThrow("cannot be replaced");
    expect(existsSync(join(REPOSITORY_ROOT, "src", "index.md"))).toBe(true);
  });

  it("refuses a folder that holds more than an earlier build", async () => {
    await expect(buildSite({ runDir: "/nonexistent-run", outDir: "simulator", language: "en" })).rejects.toThrow(
      "simulator cannot be replaced"
    );
  });

  it("names the incomplete run folder", async () => {
    await expect(buildSite({ runDir: "/nonexistent-run", outDir: "/tmp/inkasso-site-test-out", language: "en" })).rejects.toThrow(
      "The run folder /nonexistent-run is incomplete"
    );
  });
});
