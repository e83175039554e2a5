/**
 * The price of fairness: the adaptive arm re-run on a sample of its debtors at several
 * caps on the disparity of legal escalations (adaptiveBandit's `fairnessCap`), with the
 * recovery given up for each cap. Every re-run uses the same debtors and seed, so the
 * differences come from the cap alone.
 */

import type { ProtectedAttribute } from "./fairnessConfig.js";
import { attributeGroups } from "./auditGroups.js";
import { evenSample, rerunArm, type RerunInput } from "./armRerun.js";

export interface TradeOffPoint {
  /** Cap on the ratio of a group's escalation rate to the arm's rate; null for no cap. */
  maxRatio: number | null;
  /** € recovered ÷ € placed over the sample. */
  recoveryRate: number;
  /** Share of the sample taken to court. */
  legalEscalationRate: number;
  /** Highest ratio of a group's escalation rate to the largest group's rate. */
  maxDisparity: number;
  /** Recovery rate without cap minus with this cap, in shares of € placed. */
  recoveryLost: number;
}

export interface TradeOff {
  arm: string;
  attribute: "ageBand" | ProtectedAttribute;
  metric: "legalEscalationRate";
  n: number;
  points: TradeOffPoint[];
}

export function priceOfFairness(
  input: Omit<RerunInput, "members">,
  members: Int32Array,
  size: number,
  attribute: TradeOff["attribute"],
  maxRatios: readonly number[]
): TradeOff {
  const sample = evenSample(members, size);
  const groups = attributeGroups(input.population, attribute === "urban" ? "settlement" : attribute);
  // a protected cap attribute must be readable by the strategy
  const allowProtected = attribute === "ageBand" || input.allowProtected.includes(attribute) ? input.allowProtected : [...input.allowProtected, attribute];

  // the uncapped point drops any cap the arm config sets
  const uncappedOptions = Object.fromEntries(Object.entries(input.options).filter(([key]) => key !== "fairnessCap"));
  const measured = [null, ...maxRatios].map((maxRatio) => {
    const options = maxRatio === null ? uncappedOptions : { ...uncappedOptions, fairnessCap: { attribute, metric: "legalEscalationRate", maxRatio } };
    const { state } = rerunArm({ ...input, options, allowProtected, members: sample });
    let placed = 0;
    let recovered = 0;
    let escalatedTotal = 0;
    const size = new Float64Array(groups.groups.length);
    const escalated = new Float64Array(groups.groups.length);
    for (const debtor of sample) {
      placed += input.population.observable.claimAmount[debtor];
      recovered += state.hidden.recovered[debtor];
      escalatedTotal += state.view.escalated[debtor];
      for (const g of groups.groupsOfLevel[groups.level[debtor]]) {
        size[g] += 1;
        escalated[g] += state.view.escalated[debtor];
      }
    }
    const largest = size.indexOf(Math.max(...size));
    const referenceRate = escalated[largest] / size[largest];
    let maxDisparity = 1;
    for (let g = 0; g < size.length; g++) {
      if (size[g] > 0 && referenceRate > 0) maxDisparity = Math.max(maxDisparity, escalated[g] / size[g] / referenceRate);
    }
    return { maxRatio, recoveryRate: recovered / placed, legalEscalationRate: escalatedTotal / sample.length, maxDisparity };
  });

  const uncapped = measured[0].recoveryRate;
  return {
    arm: input.armId,
    attribute,
    metric: "legalEscalationRate",
    n: sample.length,
    points: measured.map((point) => ({ ...point, recoveryLost: uncapped - point.recoveryRate }))
  };
}
