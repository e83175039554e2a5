/**
 * The headline figures of a run: per-arm metrics and each challenger against the
 * champion with intervals and p-values (see simulator/analysis/compareArms.ts).
 */

import { median } from "simple-statistics";
import { compareArms } from "../analysis/compareArms.js";
import { netPromoterScore } from "../analysis/npsDifference.js";
import type { ArmSummary, RunSummary } from "../io/runFormat.js";
import { adjustComparisons } from "./adjustComparisons.js";
import { armOutcomeArrays, type ArmOutcomeArrays } from "./armOutcomeArrays.js";
import { baselineArm } from "./config.js";
import { adjustedEffects, bootstrapRecoveryRate, cashflowSummary, sampleRatioCheck } from "./experimentAnalysis.js";
import { sequentialMonitoring } from "./sequentialMonitoring.js";
import { timeToPayment } from "./timeToPayment.js";
import type { ExperimentRun } from "./runExperiment.js";

export interface RunIdentity {
  runId: string;
  configHash: string;
  version: string;
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let k = 0; k < values.length; k++) total += values[k];
  return total;
}

/** Compute the per-arm headline figures from its outcome arrays. */
export function summarizeArm(run: ExperimentRun, armIndex: number, outcomes: ArmOutcomeArrays): ArmSummary {
  const armConfig = run.config.arms[armIndex];
  const n = outcomes.claimAmount.length;
  const placed = sum(outcomes.claimAmount);
  const recovered = sum(outcomes.recovered);
  const cost = sum(outcomes.cost);
  const respondents = Array.from(outcomes.npsScore).filter((score) => score >= 0);
  const paidDays = Array.from(outcomes.firstPaymentDay).filter((day) => day >= 0);
  return {
    id: armConfig.id,
    label: armConfig.label,
    strategy: armConfig.strategy,
    n,
    placed,
    recovered,
    recoveryRate: placed > 0 ? recovered / placed : 0,
    cureRate: sum(outcomes.cured) / n,
    costPerCase: cost / n,
    costToCollect: recovered > 0 ? cost / recovered : null,
    netRecovery: (recovered - cost) / n,
    nps: respondents.length > 0 ? netPromoterScore(respondents).nps : null,
    npsRespondents: respondents.length,
    instalmentShare: sum(outcomes.planAgreed) / n,
    legalEscalationRate: sum(outcomes.escalated) / n,
    complaintRate: sum(outcomes.complained) / n,
    contactsPerCase: sum(outcomes.contacts) / n,
    disputeRate: sum(outcomes.disputed) / n,
    debtorFeesPerCase: sum(outcomes.feesCharged) / n,
    // the median over all cases exists only when at least half of them paid something
    medianDaysToFirstPayment: paidDays.length * 2 >= n ? median(padUnpaid(paidDays, n)) : null
  };
}

/** Unpaid cases count as paying after every observed day when taking the median. */
function padUnpaid(paidDays: number[], n: number): number[] {
  const padded = paidDays.slice();
  while (padded.length < n) padded.push(Number.MAX_SAFE_INTEGER);
  return padded;
}

/** Build summary.json for a finished run. */
export function summarizeRun(run: ExperimentRun, identity: RunIdentity): { summary: RunSummary; outcomes: ArmOutcomeArrays[] } {
  const outcomes = run.arms.map((_, index) => armOutcomeArrays(run, index));
  const arms = outcomes.map((arm, index) => summarizeArm(run, index, arm));
  const config = run.config;
  const baseline = baselineArm(config);
  const raw = compareArms(outcomes, baseline, { confidenceLevel: config.confidenceLevel });
  const { comparisons, adjustedConfidenceLevel } = adjustComparisons(raw, outcomes, baseline, config.confidenceLevel, config.multipleComparisons);
  return {
    outcomes,
    summary: {
      runId: identity.runId,
      configHash: identity.configHash,
      seed: config.seed,
      version: identity.version,
      experiment: {
        name: config.name,
        title: config.title,
        population: config.population,
        horizonDays: config.horizonDays,
        startDate: config.startDate,
        confidenceLevel: config.confidenceLevel,
        assignment: config.assignment,
        multipleComparisons: config.multipleComparisons,
        adjustedConfidenceLevel,
        discountRate: config.discountRate
      },
      arms,
      comparisons,
      sampleRatioMismatch: sampleRatioCheck(run),
      bootstrap: bootstrapRecoveryRate(run, outcomes, baseline, comparisons),
      adjusted: adjustedEffects(run, outcomes, baseline),
      timeToPayment: timeToPayment(outcomes, baseline, config.horizonDays, config.confidenceLevel),
      cashflow: cashflowSummary(run, outcomes),
      sequential: sequentialMonitoring(run, outcomes, baseline),
      ...(config.desk === undefined ? {} : { desk: run.arms.flatMap((arm) => (arm.desk === undefined ? [] : [arm.desk])) })
    }
  };
}
