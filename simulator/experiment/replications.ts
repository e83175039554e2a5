/**
 * Replications of an experiment over consecutive seeds: the spread of each comparison's
 * difference between runs, beside the standard error each run reports for itself. When
 * the model and the tests are right, the between-run SD and the mean within-run standard
 * error agree up to sampling noise.
 */

import { normalCriticalValue } from "../analysis/inputChecks.js";
import { compareArms } from "../analysis/compareArms.js";
import type { Comparison, ReplicationSummary } from "../io/runFormat.js";
import { armOutcomeArrays } from "./armOutcomeArrays.js";
import { baselineArm, type ExperimentConfig } from "./config.js";
import { runExperiment, type RunProgress } from "./runExperiment.js";

/** Run the config at seed + 1 … seed + count − 1 and return each run's comparisons. */
export async function replicateComparisons(config: ExperimentConfig, count: number, progress: RunProgress = () => {}): Promise<Comparison[][]> {
  const lastSeed = config.seed + count - 1;
  if (lastSeed > 2 ** 32 - 1) {
    throw new RangeError(`The last replication's seed ${lastSeed} exceeds 4294967295. Use a smaller seed or fewer replications.`);
  }
  const runs: Comparison[][] = [];
  for (let replication = 1; replication < count; replication++) {
    const seed = config.seed + replication;
    progress("progress.replication", { replication: replication + 1, count, seed: String(seed) });
    // the event log is not needed for the comparisons, and skipping it saves memory and time
    const run = await runExperiment({ ...config, seed, recordEvents: false });
    const outcomes = run.arms.map((_, index) => armOutcomeArrays(run, index));
    runs.push(compareArms(outcomes, baselineArm(config), { confidenceLevel: config.confidenceLevel }));
  }
  return runs;
}

/**
 * Summarise the comparisons of all replications, the first run included. The within-run
 * standard error is the interval width ÷ (2 z); for the asymmetric Newcombe interval of a
 * proportion that is an approximation.
 */
export function summarizeReplications(runs: readonly Comparison[][], seeds: readonly number[], confidenceLevel: number): ReplicationSummary {
  const z = normalCriticalValue(confidenceLevel);
  const comparisons = runs[0].map((first, index) => {
    const differences = finiteValues(runs.map((run) => run[index].difference));
    const standardErrors = finiteValues(runs.map((run) => {
      const row = run[index];
      return row.ciLow === null || row.ciHigh === null ? null : (row.ciHigh - row.ciLow) / (2 * z);
    }));
    return {
      arm: first.arm,
      metric: first.metric,
      meanDifference: differences.length > 0 ? mean(differences) : null,
      sdDifference: differences.length > 1 ? standardDeviation(differences) : null,
      meanStandardError: standardErrors.length > 0 ? mean(standardErrors) : null
    };
  });
  return { count: runs.length, seeds: [...seeds], comparisons };
}

function finiteValues(values: (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null && Number.isFinite(value));
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function standardDeviation(values: number[]): number {
  const center = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - center) ** 2, 0) / (values.length - 1));
}
