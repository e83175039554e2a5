import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runPowerCommand } from "../../../../simulator/cli/commands/powerCommand.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, "simulator/cli/bin.mjs"), "power", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "C" }
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("inkasso-lab power", () => {
  it("prints the R sample size as JSON", () => {
    // R: power.prop.test(p1 = .30, p2 = .32, power = .8)$n = 8393.198, ceiling 8394
    const result = cli("--baseline", "0.30", "--mde", "0.02", "--json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ nPerArm: 8394, nTotal: 16788 });
  });

  it("accepts a negative difference and a decimal comma", () => {
    // R: power.prop.test(p1 = .30, p2 = .28, power = .8)$n = 8079.243, ceiling 8080
    const result = cli("--baseline", "0,30", "--mde", "-0.02", "--json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).nPerArm).toBe(8080);
  });

  it("sizes a mean in euros", () => {
    // R: power.t.test(delta = 5, sd = 120, power = .9, sig.level = 0.01)$n = 17142.71
    const result = cli("--metric", "mean", "--mde", "5", "--sd", "120", "--alpha", "0.01", "--power", "0.9", "--json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ nPerArm: 17143, nTotal: 34286 });
  });

  it("writes German text by default", () => {
    const result = cli("--baseline", "0.30", "--mde", "0.02");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Benötigte Schuldner je Arm: 8.394");
    expect(result.stdout).toContain("Insgesamt: 16.788 Schuldner");
  });

  it("fails with a non-zero exit on an invalid baseline", () => {
    const result = cli("--baseline", "1.2", "--mde", "0.02", "--lang", "en");
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Invalid value 1.2 for --baseline");
  });

  it("prints English help with units", () => {
    const result = cli("--help", "--lang", "en");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--mde <difference>");
    expect(result.stdout).toContain("in €");
  });
});

describe("runPowerCommand", () => {
  it("reports both arm sizes for an unequal split", () => {
    // R, normal approximation with k = n2/n1 = 1/9 (R has no built-in for unequal arms):
    // p1 = .3; p2 = .32; k = 1/9; pb = (p1 + k*p2)/(1 + k)
    // n1 = ((qnorm(.975)*sqrt(pb*(1-pb)*(1+1/k)) + qnorm(.8)*sqrt(p1*(1-p1) + p2*(1-p2)/k))/(p1 - p2))^2
    // gives n1 = 41717.32 and n2 = 4635.258
    const output = JSON.parse(
      runPowerCommand({ baseline: "0.30", mde: "0.02", ratio: String(1 / 9), json: true, language: "en" })
    );
    expect(output.nBaseline).toBe(41718);
    expect(output.nChallenger).toBe(4636);
    expect(output.nPerArm).toBe(41718);
    expect(output.nTotal).toBe(41718 + 4636);
  });

  it("sizes unequal arms for a mean", () => {
    // R: f <- function(n1) { df <- 3*n1 - 2; ncp <- (5/120)/sqrt(1/n1 + 1/(2*n1))
    //   1 - pt(qt(.975, df), df, ncp) - .8 }; uniroot(f, c(3, 1e6), tol = 1e-10)$root
    // gives n1 = 6782.072, so n2 = 2 × n1 = 13564.14
    const output = JSON.parse(runPowerCommand({ metric: "mean", mde: "5", sd: "120", ratio: "2", json: true, language: "en" }));
    expect(output.nBaseline).toBe(6783);
    expect(output.nChallenger).toBe(13565);
  });

  it.each([
    [{ baseline: "0.99", mde: "0.02" }, "the challenger's share would be 1.0100"],
    [{ baseline: "0.3", mde: "0" }, "Invalid value 0 for --mde"],
    [{ baseline: "abc", mde: "0.02" }, "Invalid value \"abc\" for --baseline"],
    [{ mde: "0.02" }, "--metric proportion needs --baseline"],
    [{ metric: "mean", mde: "5" }, "--metric mean needs --sd"],
    [{ metric: "mean", mde: "5", sd: "-1" }, "Invalid value -1 for --sd"],
    [{ baseline: "0.3", mde: "0.02", alpha: "1.5" }, "Invalid value 1.5 for --alpha"],
    [{ baseline: "0.3", mde: "0.02", power: "1" }, "Invalid value 1 for --power"],
    [{ baseline: "0.3", mde: "0.02", ratio: "0" }, "Invalid value 0 for --ratio"],
    [{ metric: "median", mde: "0.02" }, "Invalid metric kind \"median\""]
  ])("rejects %o", (options, message) => {
    expect(() => runPowerCommand({ ...options, language: "en" })).toThrow(message);
  });
});
