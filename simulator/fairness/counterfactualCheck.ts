/**
 * Counterfactual check: re-run an arm on a sample of its debtors with one sensitive
 * attribute changed for every sampled debtor and everything else equal (seed, latent
 * traits, contact data), and count the debtors whose treatment or outcome changed.
 *
 * The debtors' behaviour reads neither a protected attribute nor the age band, so a change
 * comes from the agency's side. Either the strategy uses the attribute, directly or through
 * what it learns from other debtors (the adaptive arm's posteriors are shared), or the
 * inbound service desk does, which keeps vulnerable debtors away from the voice bot.
 * Where neither uses the attribute the share is exactly 0.
 *
 * NOTE: observable proxies that the population generator derives from an attribute
 * (e-mail and mobile availability from the age band) keep their values, so a strategy
 * that reads only such a proxy shows 0 here; the group metrics show its effect.
 * Region is not changed because the federal state also selects the public holidays
 * that the compliance guard applies.
 */

import { EVENT_TYPES, VULNERABLE_HEALTH } from "../population/codes.js";
import type { Population } from "../population/population.js";
import { mix32 } from "../random/counterRandom.js";
import { evenSample, rerunArm, type Rerun, type RerunInput } from "./armRerun.js";

/** Attributes the check changes and how: each debtor gets a different value. */
export const COUNTERFACTUAL_CHANGES = {
  ageBand: "one band older; 65+ becomes 45-64",
  gender: "female → male → diverse → female",
  language: "German ↔ other",
  incomeBand: "one band higher; high becomes middle",
  urban: "rural ↔ urban",
  vulnerability: "none ↔ health driver; any driver becomes none"
} as const;
export type CounterfactualAttribute = keyof typeof COUNTERFACTUAL_CHANGES;

export interface CounterfactualResult {
  attribute: CounterfactualAttribute;
  change: string;
  /** Sampled debtors. */
  n: number;
  /** Share of sampled debtors whose contacts or escalations differ in day, channel, tone, slot or offer. */
  treatmentChangedShare: number;
  /** Share whose recovered €, fees or final status differ. */
  outcomeChangedShare: number;
  /** Share with either change. */
  changedShare: number;
}

const TREATMENT_EVENTS = new Set(["contact", "contactUndelivered", "blocked", "deferred", "mahnbescheid"].map((name) => EVENT_TYPES.indexOf(name as never)));

/** Run the check for every attribute of COUNTERFACTUAL_CHANGES on a sample of `size` members. */
export function counterfactualCheck(input: Omit<RerunInput, "members">, members: Int32Array, size: number): CounterfactualResult[] {
  const sample = evenSample(members, size);
  const baseline = rerunArm({ ...input, members: sample });
  const baseTreatment = treatmentSignatures(baseline, sample, input.population.size);

  return (Object.keys(COUNTERFACTUAL_CHANGES) as CounterfactualAttribute[]).map((attribute) => {
    const population = changedPopulation(input.population, attribute);
    const rerun = rerunArm({ ...input, population, members: sample });
    const treatment = treatmentSignatures(rerun, sample, population.size);
    let treatmentChanged = 0;
    let outcomeChanged = 0;
    let changed = 0;
    for (let k = 0; k < sample.length; k++) {
      const i = sample[k];
      const t = treatment[k] !== baseTreatment[k];
      const o =
        rerun.state.hidden.recovered[i] !== baseline.state.hidden.recovered[i] ||
        rerun.state.hidden.feesCharged[i] !== baseline.state.hidden.feesCharged[i] ||
        rerun.state.view.status[i] !== baseline.state.view.status[i];
      if (t) treatmentChanged++;
      if (o) outcomeChanged++;
      if (t || o) changed++;
    }
    const n = sample.length;
    return {
      attribute,
      change: COUNTERFACTUAL_CHANGES[attribute],
      n,
      treatmentChangedShare: treatmentChanged / n,
      outcomeChangedShare: outcomeChanged / n,
      changedShare: changed / n
    };
  });
}

/** Copy the population with one attribute changed for every debtor; the copy shares all other arrays. */
export function changedPopulation(population: Population, attribute: CounterfactualAttribute): Population {
  const o = population.observable;
  const pr = population.protected;
  switch (attribute) {
    case "ageBand":
      return { ...population, observable: { ...o, ageBand: o.ageBand.map((band) => (band === 3 ? 2 : band + 1)) } };
    case "gender":
      return { ...population, protected: { ...pr, gender: pr.gender.map((g) => (g + 1) % 3) } };
    case "language":
      return { ...population, protected: { ...pr, language: pr.language.map((l) => 1 - l) } };
    case "incomeBand":
      return { ...population, protected: { ...pr, incomeBand: pr.incomeBand.map((band) => (band === 2 ? 1 : band + 1)) } };
    case "urban":
      return { ...population, protected: { ...pr, urban: pr.urban.map((u) => 1 - u) } };
    case "vulnerability":
      return { ...population, protected: { ...pr, vulnerability: pr.vulnerability.map((v) => (v === 0 ? VULNERABLE_HEALTH : 0)) } };
  }
}

/** Hash of each sampled debtor's treatment events, in log order. */
function treatmentSignatures(rerun: Rerun, sample: Int32Array, populationSize: number): Uint32Array {
  const position = new Int32Array(populationSize).fill(-1);
  sample.forEach((debtor, k) => (position[debtor] = k));
  const signature = new Uint32Array(sample.length);
  const log = rerun.log;
  for (let e = 0; e < log.size; e++) {
    const k = position[log.debtor[e]];
    if (k < 0 || !TREATMENT_EVENTS.has(log.type[e])) continue;
    let h = mix32(signature[k] ^ (log.day[e] * 64 + log.type[e]));
    h = mix32(h ^ ((log.channel[e] & 255) | ((log.tone[e] & 255) << 8) | ((log.slot[e] & 255) << 16) | ((log.offer[e] & 255) << 24)));
    signature[k] = h;
  }
  return signature;
}
