import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from "vitest";
import { buildProgram } from "../../../simulator/cli/main.js";
import { folderBytes, runCli, smallConfig, temporaryFolder, writeJson } from "./fixtures/runCli.js";

/** Long option names of `run`, as the program defines them. Commander keeps --help apart. */
const RUN_OPTIONS = (buildProgram("en").commands.find((command) => command.name() === "run")?.options ?? []).map(
  (option) => option.long as string
);

// Each case starts its own process, so the cases run concurrently.
describe.concurrent("help", () => {
  it("run defines the documented options", () => {
    expect(RUN_OPTIONS).toEqual(expect.arrayContaining(["--out", "--seed", "--population", "--horizon", "--lang"]));
  });

  it.for(["de_DE.UTF-8", undefined])("is German with LANG=%s", async (lang, { expect }) => {
    const result = await runCli(["run", "--help"], lang);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Aufruf:");
    expect(result.stdout).toContain("Optionen:");
    expect(result.stdout).toContain("-h, --help");
    expect(result.stdout).toContain("Hilfe anzeigen");
    for (const option of RUN_OPTIONS) expect(result.stdout, option).toContain(option);
  });

  it("is English with --lang en", async ({ expect }) => {
    const result = await runCli(["run", "--help", "--lang", "en"], "de_DE.UTF-8");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Usage:");
    expect(result.stdout).toContain("Options:");
    expect(result.stdout).toContain("-h, --help");
    expect(result.stdout).toContain("Show help");
    expect(result.stdout).not.toContain("Optionen:");
    for (const option of RUN_OPTIONS) expect(result.stdout, option).toContain(option);
  });

  it("top-level help lists the commands", async ({ expect }) => {
    const result = await runCli(["--help"], "de_DE.UTF-8");
    expect(result.code, result.stderr).toBe(0);
    for (const command of ["run", "fees", "report"]) expect(result.stdout).toContain(command);
    expect(result.stdout).toContain("Befehle:");
  });
});

describe.concurrent("bad input", () => {
  let folder: string;
  let goodConfig: string;
  let out: string;
  let before: Map<string, Buffer>;

  beforeAll(async () => {
    folder = temporaryFolder("inkasso-cli-");
    goodConfig = writeJson(path.join(folder, "good.json"), smallConfig({ population: 300, horizonDays: 20 }));
    out = path.join(folder, "run");
    const first = await runCli(["run", goodConfig, "--out", out]);
    expect(first.code, first.stderr).toBe(0);
    before = folderBytes(out);
  }, 60_000);
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /** Run a failing command against the existing run folder and check the error and the folder. */
  async function expectFailure(expect: ExpectStatic, args: string[], named: string): Promise<string> {
    const result = await runCli([...args, "--out", out], "de_DE.UTF-8");
    expect(result.code, result.stderr).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toContain(named);
    expect(result.stdout).toBe("");
    const after = folderBytes(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), `${name} changed`).toBe(true);
    return result.stderr;
  }

  it("missing config file", async ({ expect }) => {
    const missing = path.join(folder, "missing.json");
    await expectFailure(expect, ["run", missing], missing);
  });

  it("invalid JSON", async ({ expect }) => {
    const broken = path.join(folder, "broken.json");
    writeFileSync(broken, "{ \"name\": ");
    await expectFailure(expect, ["run", broken], broken);
  });

  it("unknown strategy", async ({ expect }) => {
    const config = smallConfig();
    (config.arms as { strategy: string }[])[1].strategy = "pressureCooker";
    const file = writeJson(path.join(folder, "unknown-strategy.json"), config);
    const stderr = await expectFailure(expect, ["run", file], "pressureCooker");
    expect(stderr).toContain("classicDunning");
  });

  it("non-numeric population", async ({ expect }) => {
    const stderr = await expectFailure(expect, ["run", goodConfig, "--population", "abc"], "abc");
    expect(stderr).toContain("--population");
  });

  it("population below the minimum", async ({ expect }) => {
    const stderr = await expectFailure(expect, ["run", goodConfig, "--population", "5"], "--population");
    expect(stderr).toMatch(/[„"']5[“"']/);
    expect(stderr).toContain("10");
  });

  it("invalid language", async ({ expect }) => {
    await expectFailure(expect, ["run", goodConfig, "--lang", "fr"], "fr");
  });

  it("invalid config field", async ({ expect }) => {
    const file = writeJson(path.join(folder, "bad-start.json"), smallConfig({ startDate: "2026-13-45" }));
    await expectFailure(expect, ["run", file], "startDate");
  });
});
