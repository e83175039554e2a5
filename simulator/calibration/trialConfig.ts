/**
 * Trial definitions: a published randomized field trial restated as a small experiment
 * (data/trials/<name>.json) with its arms, the outcome it measured and the published
 * figures the simulation must reproduce.
 */

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { armSchema } from "../experiment/config.js";

export const TRIAL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/trials");

const labelSchema = z.object({ de: z.string().min(1), en: z.string().min(1) }).strict();

/**
 * Outcomes a trial can measure per debtor, within `withinDays` of placement:
 * "paidAny" any payment, "paidInFull" the claim settled, "unpaid" no payment at all.
 */
export const TRIAL_OUTCOMES = ["paidAny", "paidInFull", "unpaid"] as const;

const trialArmSchema = armSchema.extend({
  /** Published share of debtors with the outcome in this arm, or null where the paper reports only effects. */
  published: z.number().min(0).max(1).nullable()
});

const comparisonSchema = z
  .object({
    arm: z.string(),
    baseline: z.string(),
    /** Published effect on the outcome share (arm minus baseline), in share points; for "direction" its sign only. */
    effect: z.number().min(-1).max(1),
    /** Published 95 % confidence interval of the effect, where the paper reports one. */
    ciLow: z.number().min(-1).max(1).optional(),
    ciHigh: z.number().min(-1).max(1).optional(),
    /**
     * "effect": the direction must match and the size must fall in the interval (or within
     * a third of the effect without an interval); "direction": the paper reports the
     * direction but no size we can use, so only the sign must match; "none": the paper
     * found no effect, so the simulated effect must stay within ±noEffectBand.
     */
    kind: z.enum(["effect", "direction", "none"]).default("effect"),
    /** Largest simulated effect that still counts as "no effect", in share points. */
    noEffectBand: z.number().positive().max(1).optional(),
    /** Where the figure comes from. */
    source: z.string().min(1)
  })
  .strict()
  .superRefine((comparison, ctx) => {
    if (comparison.kind === "none" && comparison.noEffectBand === undefined) {
      ctx.addIssue({ code: "custom", path: ["noEffectBand"], message: `kind "none" needs a noEffectBand, e.g. 0.02` });
    }
    if ((comparison.ciLow === undefined) !== (comparison.ciHigh === undefined)) {
      ctx.addIssue({ code: "custom", path: ["ciLow"], message: "give both ciLow and ciHigh, or neither" });
    }
  });

export const trialSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/),
    title: labelSchema,
    /** Authors, year and journal. */
    citation: z.string().min(1),
    /** The trial's setting and how the simulation restates it. */
    setting: labelSchema,
    seed: z.number().int().min(0).max(2 ** 32 - 1),
    /** Debtors simulated, split evenly over the arms. */
    population: z.number().int().min(100).max(2_000_000),
    horizonDays: z.number().int().min(7).max(730),
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Parameter values that describe the trial's population, applied on top of the parameter set. */
    parameters: z.record(z.string(), z.number()).default({}),
    /** Why the trial's population differs from the German default, per overridden parameter. */
    parameterReasons: z.record(z.string(), z.string()).default({}),
    outcome: z.object({ kind: z.enum(TRIAL_OUTCOMES), withinDays: z.number().int().min(1).max(730) }).strict(),
    arms: z.array(trialArmSchema).min(2).max(8),
    comparisons: z.array(comparisonSchema).min(1)
  })
  .strict()
  .superRefine((trial, ctx) => {
    const ids = new Set(trial.arms.map((arm) => arm.id));
    trial.comparisons.forEach((comparison, k) => {
      for (const field of ["arm", "baseline"] as const) {
        if (!ids.has(comparison[field])) {
          ctx.addIssue({ code: "custom", path: ["comparisons", k, field], message: `"${comparison[field]}" is not an arm id (${[...ids].join(", ")})` });
        }
      }
    });
    for (const id of Object.keys(trial.parameters)) {
      if (trial.parameterReasons[id] === undefined) {
        ctx.addIssue({ code: "custom", path: ["parameterReasons", id], message: `parameter "${id}" is overridden without a reason` });
      }
    }
    if (trial.outcome.withinDays > trial.horizonDays) {
      ctx.addIssue({ code: "custom", path: ["outcome", "withinDays"], message: `${trial.outcome.withinDays} days exceed the horizon of ${trial.horizonDays} days` });
    }
  });

export type TrialDefinition = z.output<typeof trialSchema>;

/** Return the names of the trials in `directory`, sorted. */
export async function listTrials(directory = TRIAL_DIR): Promise<string[]> {
  const files = await readdir(directory);
  return files.filter((file) => file.endsWith(".json")).map((file) => file.slice(0, -".json".length)).sort();
}

/** Load and validate data/trials/<name>.json; errors name the file and the field. */
export async function loadTrial(name: string, directory = TRIAL_DIR): Promise<TrialDefinition> {
  const file = path.join(directory, `${name}.json`);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    const known = await listTrials(directory).catch(() => []);
    throw new Error(`Trial "${name}" not found at ${file}. Known trials: ${known.join(", ")}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Trial file ${file} is not valid JSON: ${(error as Error).message}.`);
  }
  const result = trialSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Trial file ${file} is invalid: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}.`);
  }
  return result.data;
}
