import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { describe, expect, it } from "vitest";
import type { Strategy, StrategyContext, StrategyFactory } from "../../../simulator/engine/strategyApi.js";
import { auditFairness, type FairnessEntry } from "../../../simulator/fairness/auditFairness.js";
import { parseExperimentConfig } from "../../../simulator/experiment/config.js";
import { INSTALMENT_OFFER, LETTER, NEUTRAL, OPEN } from "../../../simulator/population/codes.js";
import type { Population } from "../../../simulator/population/population.js";
import { createStream } from "../../../simulator/random/seededStream.js";
import { strategyFactory } from "../../../strategies/index.js";
import { runWithStrategies } from "./fixtures/runWithStrategies.js";

const OLDEST_BAND = 3;
const ESCALATION_DAY = 30;
/** Chance that a debtor under 65 still open on the escalation day goes to court. */
const YOUNGER_ESCALATION_CHANCE = 0.25;

/**
 * A strategy with a planted age bias: one letter with an instalment offer on day 0, then on
 * day 30 every open debtor aged 65+ goes to court, but only a quarter of the younger ones.
 */
const escalatesOlder: StrategyFactory = () => {
  let context: StrategyContext;
  const strategy: Strategy = {
    name: "escalatesOlder",
    reads: ["ageBand", "status"],
    start(ctx) {
      context = ctx;
      for (const debtor of ctx.members) ctx.wakeAt(debtor, 0);
    },
    decide(debtor, day) {
      if (day === 0) {
        context.contact(debtor, day, { channel: LETTER, tone: NEUTRAL, slot: 0, offer: INSTALMENT_OFFER });
        context.wakeAt(debtor, ESCALATION_DAY);
        return;
      }
      if (context.view.status[debtor] !== OPEN) return;
      if (context.view.ageBand[debtor] === OLDEST_BAND || context.random() < YOUNGER_ESCALATION_CHANCE) context.escalate(debtor, day);
    }
  };
  return strategy;
};

function smallConfig(seed: number, population: number, fairness: Record<string, unknown>) {
  return parseExperimentConfig({
    name: "fairness-test",
    title: { de: "Fairness", en: "Fairness" },
    seed,
    population,
    horizonDays: 60,
    startDate: "2026-03-02",
    recordEvents: true,
    fairness,
    arms: [
      { id: "first", label: { de: "A", en: "A" }, strategy: "classicDunning" },
      { id: "second", label: { de: "B", en: "B" }, strategy: "digitalFirst" }
    ]
  });
}

const find = (entries: FairnessEntry[], arm: string, attribute: string, group: string, metric: string): FairnessEntry => {
  const entry = entries.find((candidate) => candidate.arm === arm && candidate.attribute === attribute && candidate.group === group && candidate.metric === metric);
  if (entry === undefined) throw new Error(`no entry ${arm} ${attribute} ${group} ${metric}`);
  return entry;
};


/** Shuffle each audited attribute independently, so that no group differs from another except by chance. */
function removeGroupDifferences(seed: number) {
  return (population: Population): void => {
    const random = createStream(seed, "fairness-test-shuffle");
    const arrays = [
      population.observable.ageBand, population.observable.state, population.protected.gender, population.protected.language,
      population.protected.incomeBand, population.protected.urban, population.protected.vulnerability
    ];
    for (const array of arrays) {
      for (let i = array.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const swap = array[i];
        array[i] = array[j];
        array[j] = swap;
      }
    }
  };
}

describe("auditFairness", () => {
  it("fails a planted age bias with the right disparity", async () => {
    const config = smallConfig(4242, 6000, { counterfactualSample: 1000, tradeOff: { sample: 0 } });
    const run = await runWithStrategies(config, [escalatesOlder, strategyFactory("classicDunning")]);
    const report = auditFairness(run, { factories: [escalatesOlder, strategyFactory("classicDunning")] });
    const entry = find(report.entries, "first", "ageBand", "65+", "legalEscalationRate");

    // the same ratio counted directly from the case state
    const members = run.arms[0].members;
    const reference = ["18-29", "30-44", "45-64", "65+"].indexOf(entry.reference);
    const count = (band: number) => {
      let n = 0;
      let escalated = 0;
      for (const debtor of members) {
        if (run.population.observable.ageBand[debtor] !== band) continue;
        n++;
        escalated += run.state.view.escalated[debtor];
      }
      return { n, escalated };
    };
    const older = count(OLDEST_BAND);
    const base = count(reference);
    const ratio = older.escalated / older.n / (base.escalated / base.n);
    expect(entry.n).toBe(older.n);
    expect(entry.disparity).toBeCloseTo(ratio, 4);
    expect(entry.status).toBe("fail");

    // the bootstrap interval agrees with the Katz log interval of a risk ratio (Katz et al. 1978)
    // at the same simultaneous level, R: exp(log(rr) + c(-1, 1) * z * sqrt(1/a - 1/n1 + 1/c - 1/n2))
    const level = report.summary.find((item) => item.arm === "first")!.disparityLevel;
    const z = normalQuantile(1 - (1 - level) / 2, 0, 1);
    const se = Math.sqrt(1 / older.escalated - 1 / older.n + 1 / base.escalated - 1 / base.n);
    const katzLow = ratio * Math.exp(-z * se);
    const katzHigh = ratio * Math.exp(z * se);
    expect(entry.disparityLow!).toBeLessThan(ratio);
    expect(entry.disparityHigh!).toBeGreaterThan(ratio);
    expect(Math.abs(Math.log(entry.disparityLow! / katzLow))).toBeLessThan(0.1);
    expect(Math.abs(Math.log(entry.disparityHigh! / katzHigh))).toBeLessThan(0.1);

    // the attribute-blind arm shows no such disparity
    expect(find(report.entries, "second", "ageBand", "65+", "legalEscalationRate").status).not.toBe("fail");

    // changing the age band changes the biased arm's treatment, changing gender does not
    const counterfactual = report.counterfactual.find((item) => item.arm === "first")!.results;
    expect(counterfactual.find((result) => result.attribute === "ageBand")!.treatmentChangedShare).toBeGreaterThan(0);
    expect(counterfactual.find((result) => result.attribute === "gender")!.changedShare).toBe(0);
    const blind = report.counterfactual.find((item) => item.arm === "second")!.results;
    for (const result of blind) expect(`${result.attribute}: ${result.changedShare}`).toBe(`${result.attribute}: 0`);

    // the failure is traced to intersections of the 65+ group
    const driver = report.drivers.find((item) => item.arm === "first" && item.attribute === "ageBand" && item.metric === "legalEscalationRate");
    expect(driver?.intersections.length).toBeGreaterThan(0);
    expect(driver!.intersections.every((item) => item.group.includes("65+"))).toBe(true);
  }, 60_000);

  it("never fails blind strategies without group differences", async () => {
    const SEEDS = 20;
    let seedsWithFailure = 0;
    const failures: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const config = smallConfig(seed, 2000, { resamples: 100, counterfactualSample: 0, tradeOff: { sample: 0 } });
      const factories = [strategyFactory("classicDunning"), strategyFactory("digitalFirst")];
      const run = await runWithStrategies(config, factories, removeGroupDifferences(seed));
      const report = auditFairness(run, { factories });
      const failed = report.entries.filter((entry) => entry.status === "fail");
      if (failed.length > 0) {
        seedsWithFailure++;
        failures.push(...failed.map((entry) => `seed ${seed}: ${entry.arm} ${entry.attribute}=${entry.group} ${entry.metric} ${entry.disparity} [${entry.disparityLow}, ${entry.disparityHigh}]`));
      }
    }
    // at least 95 % of the seeds without any failure
    expect(seedsWithFailure, failures.join("\n")).toBeLessThanOrEqual(SEEDS * 0.05);
  }, 240_000);
});
