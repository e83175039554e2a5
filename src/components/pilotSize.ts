// The size and duration of a champion/challenger pilot, from the sample size of a two-sided
// test (samplePower.ts, the same code the CLI's `power` command runs).

import { meanSampleSize, proportionSampleSize } from "./samplePower.js";

/** What a pilot should detect: a change of a rate, or a change of a mean with its standard deviation. */
export type PilotEffect =
  | { kind: "proportion"; baseline: number; effect: number }
  | { kind: "mean"; effect: number; standardDeviation: number };

export interface PilotOptions {
  /** Two-sided significance level α. */
  significanceLevel: number;
  power: number;
  /** Challenger accounts per champion account. */
  allocationRatio: number;
  /** Share of accounts that yield an observation (survey response rate for the NPS); 1 for outcomes every account has. */
  responseRate: number;
  /** New accounts placed per week, over both arms. */
  accountsPerWeek: number;
}

export interface PilotSize {
  /** Accounts in the champion arm, rounded up. */
  champion: number;
  /** Accounts in the challenger arm, rounded up. */
  challenger: number;
  total: number;
  /** Whole weeks until the total is placed. */
  enrolmentWeeks: number;
}

/**
 * Computes the accounts per arm and the weeks of placements a pilot needs to detect `effect`.
 *
 * Observations are divided by the response rate, so an NPS pilot counts accounts, not
 * survey answers.
 *
 * @throws {RangeError} if an option or the effect is invalid (from samplePower.ts), or the
 *   response rate or accounts per week is not positive
 * @example
 * pilotSize({ kind: "proportion", baseline: 0.3, effect: 0.02 }, { significanceLevel: 0.05, power: 0.8, allocationRatio: 1, responseRate: 1, accountsPerWeek: 1000 });
 * // => { champion: 8394, challenger: 8394, total: 16788, enrolmentWeeks: 17 }
 */
export function pilotSize(effect: PilotEffect, options: PilotOptions): PilotSize {
  if (!(options.responseRate > 0 && options.responseRate <= 1)) {
    throw new RangeError(`pilotSize: invalid response rate ${options.responseRate}. Use a share above 0 and at most 1.`);
  }
  if (!(options.accountsPerWeek > 0 && Number.isFinite(options.accountsPerWeek))) {
    throw new RangeError(`pilotSize: invalid accounts per week ${options.accountsPerWeek}. Use a positive number.`);
  }

  const powerOptions = {
    significanceLevel: options.significanceLevel,
    power: options.power,
    allocationRatio: options.allocationRatio
  };
  const size =
    effect.kind === "proportion"
      ? proportionSampleSize(effect.baseline, effect.baseline + effect.effect, powerOptions)
      : meanSampleSize(effect.effect, effect.standardDeviation, powerOptions);

  const champion = Math.ceil(size.n1 / options.responseRate);
  const challenger = Math.ceil(size.n2 / options.responseRate);
  const total = champion + challenger;
  return { champion, challenger, total, enrolmentWeeks: Math.ceil(total / options.accountsPerWeek) };
}
