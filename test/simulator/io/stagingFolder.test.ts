import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StagingFolder } from "../../../simulator/io/stagingFolder.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "inkasso-staging-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("StagingFolder", () => {
  it("is a .tmp- sibling of the target", () => {
    const staging = new StagingFolder(join(root, "run"));
    try {
      expect(staging.path).toMatch(new RegExp(`^${join(root, "run")}\\.tmp-[0-9a-f]{12}$`));
      expect(existsSync(staging.path)).toBe(true);
    } finally {
      staging.dispose();
    }
  });

  it("commit replaces the target", () => {
    const target = join(root, "run");
    mkdirSync(target);
    writeFileSync(join(target, "old.txt"), "old");

    const staging = new StagingFolder(target);
    writeFileSync(join(staging.path, "new.txt"), "new");
    staging.commit();
    staging.dispose();

    expect(readdirSync(target)).toEqual(["new.txt"]);
    expect(readFileSync(join(target, "new.txt"), "utf8")).toBe("new");
    expect(readdirSync(root)).toEqual(["run"]);
  });

  it("dispose leaves the target untouched", () => {
    const target = join(root, "run");
    mkdirSync(target);
    writeFileSync(join(target, "old.txt"), "old");

    const staging = new StagingFolder(target);
    writeFileSync(join(staging.path, "new.txt"), "new");
    staging.dispose();

    expect(readdirSync(target)).toEqual(["old.txt"]);
    expect(readdirSync(root)).toEqual(["run"]);
  });

  it("removes its signal listeners", () => {
    const before = process.listenerCount("SIGINT");
    const staging = new StagingFolder(join(root, "run"));
    expect(process.listenerCount("SIGINT")).toBe(before + 1);
    staging.dispose();
    expect(process.listenerCount("SIGINT")).toBe(before);
  });
});
