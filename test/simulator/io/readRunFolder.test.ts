import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readManifest, readRunSummary } from "../../../simulator/io/readRunFolder.js";
import type { RunFolderError } from "../../../simulator/io/runFolderError.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "inkasso-read-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const summary = {
  runId: "run-1",
  configHash: "abc",
  seed: 7,
  version: "0.1.0",
  experiment: { name: "default" },
  arms: [{ id: "A" }],
  comparisons: []
};

function runFolder(files: Record<string, string>): string {
  const dir = join(root, "run");
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function caught(promise: Promise<unknown>): Promise<RunFolderError> {
  return (await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error
  )) as RunFolderError;
}

describe("readRunSummary", () => {
  it("returns the parsed summary", async () => {
    const dir = runFolder({ "summary.json": JSON.stringify(summary) });
    expect(await readRunSummary(dir)).toEqual(summary);
  });

  it("names the missing folder and the fix", async () => {
    const error = await caught(readRunSummary(join(root, "absent")));
    expect(error.key).toBe("io.noRun");
    expect(error.messageIn("en")).toBe(
      `No run found at ${join(root, "absent")}. Run \`npx inkasso-lab run data/experiments/default.json\` first.`
    );
    expect(error.messageIn("de")).toContain(`Kein Lauf unter ${join(root, "absent")} gefunden`);
  });

  it("names a missing file", async () => {
    const dir = runFolder({ "manifest.json": "{}" });
    const error = await caught(readRunSummary(dir));
    expect(error.key).toBe("io.missingFile");
    expect(error.messageIn("en")).toContain(`The run folder ${dir} has no summary.json.`);
  });

  it("reports invalid JSON with the parser's reason", async () => {
    const dir = runFolder({ "summary.json": '{"runId": ' });
    const error = await caught(readRunSummary(dir));
    expect(error.key).toBe("io.invalidJson");
    expect(error.messageIn("en")).toMatch(/^summary\.json in .* is not valid JSON \(.+\)\./);
  });

  it("rejects a JSON array", async () => {
    const dir = runFolder({ "summary.json": "[]" });
    expect((await caught(readRunSummary(dir))).key).toBe("io.notJsonObject");
  });

  it("names a missing field", async () => {
    const dir = runFolder({ "summary.json": JSON.stringify({ ...summary, arms: undefined }) });
    const error = await caught(readRunSummary(dir));
    expect(error.key).toBe("io.invalidField");
    expect(error.params.field).toBe("arms");
  });
});

describe("readManifest", () => {
  it("returns the parsed manifest", async () => {
    const manifest = { runId: "run-1", configHash: "abc", seed: 7, version: "0.1.0", files: ["manifest.json"] };
    const dir = runFolder({ "manifest.json": JSON.stringify(manifest) });
    expect(await readManifest(dir)).toEqual(manifest);
  });

  it("treats a file path as no run", async () => {
    const file = join(root, "run.json");
    writeFileSync(file, "{}");
    expect((await caught(readManifest(file))).key).toBe("io.noRun");
  });

  it("rejects files that is not a list", async () => {
    const dir = runFolder({ "manifest.json": JSON.stringify({ runId: "r", configHash: "c", files: "all" }) });
    const error = await caught(readManifest(dir));
    expect(error.params.field).toBe("files");
  });
});
