/**
 * The experiment config: population, horizon, seed, arms with their strategies, the
 * compliance preset and the parameter set. Validated with zod; every error names the
 * field, the value and what is allowed.
 */

import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { complianceConfigSchema } from "../compliance/presets.js";
import { UserError } from "../i18n/userError.js";
import { deskConfigSchema } from "../desk/deskConfig.js";
import { fairnessConfigSchema, PROTECTED_ATTRIBUTES } from "../fairness/fairnessConfig.js";

const labelSchema = z.object({ de: z.string().min(1), en: z.string().min(1) }).strict();

export const armSchema = z
  .object({
    /** Short id used in files and charts: letters, digits, "-" and "_". */
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/, "use 1–32 letters, digits, '-' or '_', starting with a letter"),
    label: labelSchema,
    /** Name of a registered strategy (strategies/index.ts). */
    strategy: z.string().min(1),
    /** Relative share of the population; weights are normalised. */
    weight: z.number().positive().default(1),
    /** Strategy options; each strategy validates its own. */
    options: z.record(z.string(), z.unknown()).default({}),
    /** Protected attributes this arm's strategy may read; none unless listed. */
    allowProtected: z.array(z.enum(PROTECTED_ATTRIBUTES)).default([])
  })
  .strict();

/** Pre-placement attributes a stratified assignment can balance (see strata.ts). */
export const STRATUM_ATTRIBUTES = ["claimSizeBand", "claimType", "ageBand", "hasEmail"] as const;

export const assignmentSchema = z
  .object({
    /**
     * "simple": complete randomisation of the whole population; "stratified": complete
     * randomisation within each stratum; "blocked": permuted blocks in debtor order.
     */
    method: z.enum(["simple", "stratified", "blocked"]).default("simple"),
    /** Attributes whose combinations form the strata; required for "stratified". */
    strata: z.array(z.enum(STRATUM_ATTRIBUTES)).min(1).optional(),
    /** Debtors per permuted block; required for "blocked". */
    blockSize: z.number().int().min(2).max(1_000_000).optional()
  })
  .strict()
  .superRefine((assignment, ctx) => {
    if (assignment.method === "stratified" && assignment.strata === undefined) {
      ctx.addIssue({ code: "custom", path: ["strata"], message: `method "stratified" needs strata, e.g. ["claimSizeBand", "hasEmail"]` });
    }
    if (assignment.method === "blocked" && assignment.blockSize === undefined) {
      ctx.addIssue({ code: "custom", path: ["blockSize"], message: `method "blocked" needs a blockSize, e.g. 12 (a multiple of the weights' sum)` });
    }
    if (assignment.method !== "stratified" && assignment.strata !== undefined) {
      ctx.addIssue({ code: "custom", path: ["strata"], message: `strata apply to method "stratified" only; remove them or change the method` });
    }
    if (assignment.method !== "blocked" && assignment.blockSize !== undefined) {
      ctx.addIssue({ code: "custom", path: ["blockSize"], message: `blockSize applies to method "blocked" only; remove it or change the method` });
    }
  });

export type AssignmentDesign = z.output<typeof assignmentSchema>;

export const experimentConfigSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "use letters, digits, '-' or '_'"),
    title: labelSchema,
    description: labelSchema.optional(),
    seed: z.number().int().min(0).max(2 ** 32 - 1),
    /** Number of debtors placed. */
    population: z.number().int().min(10).max(20_000_000),
    /** Days simulated from placement. */
    horizonDays: z.number().int().min(7).max(3650),
    /** Placement date (day 0), YYYY-MM-DD; selects calendar, holidays and fee tables. */
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use the form YYYY-MM-DD"),
    /** Name of a parameter set in data/parameters/ (without .json). */
    parameterSet: z.string().regex(/^[A-Za-z0-9_-]+$/).default("default"),
    /** Parameter values that override the set, by parameter id. */
    parameters: z.record(z.string(), z.number()).default({}),
    compliance: complianceConfigSchema.prefault({ preset: "DE" }),
    /** Id of the champion arm that challengers are compared with; default the first arm. */
    baseline: z.string().optional(),
    confidenceLevel: z.number().gt(0.5).lt(1).default(0.95),
    /** Design of the assignment of debtors to arms; default complete randomisation. */
    assignment: assignmentSchema.prefault({ method: "simple" }),
    /** Correction of p-values and intervals across all challengers × metrics. */
    multipleComparisons: z.enum(["holm", "benjamini-hochberg"]).default("holm"),
    /** Effective annual discount rate for the net present value of the cashflow (0.05 = 5 % a year; assumption). */
    discountRate: z.number().gt(-1).lt(1).default(0.05),
    /** Inbound service desk (bot and human agents) of every arm; none when absent. */
    desk: deskConfigSchema.optional(),
    /** Write the full contact and payment event log. */
    recordEvents: z.boolean().default(true),
    /** Settings of the fairness audit (simulator/fairness/fairnessConfig.ts). */
    fairness: fairnessConfigSchema.prefault({}),
    arms: z.array(armSchema).min(2).max(12)
  })
  .strict()
  .superRefine((config, ctx) => {
    const ids = config.arms.map((arm) => arm.id);
    const duplicate = ids.find((id, k) => ids.indexOf(id) !== k);
    if (duplicate) ctx.addIssue({ code: "custom", path: ["arms"], message: `arm id "${duplicate}" appears twice; give every arm its own id` });
    if (config.baseline !== undefined && !ids.includes(config.baseline)) {
      ctx.addIssue({ code: "custom", path: ["baseline"], message: `baseline "${config.baseline}" is not an arm id (${ids.join(", ")})` });
    }
    if (Number.isNaN(Date.parse(`${config.startDate}T00:00:00Z`))) {
      ctx.addIssue({ code: "custom", path: ["startDate"], message: `"${config.startDate}" is not a calendar date` });
    }
  });

export type ExperimentConfig = z.output<typeof experimentConfigSchema>;
export type ArmConfig = z.output<typeof armSchema>;

export interface ConfigOverrides {
  seed?: number;
  population?: number;
  horizonDays?: number;
}

/** Validate a parsed config object and apply command-line overrides. */
export function parseExperimentConfig(input: unknown, overrides: ConfigOverrides = {}, source = "config"): ExperimentConfig {
  const merged = typeof input === "object" && input !== null ? { ...input, ...definedOnly(overrides) } : input;
  const result = experimentConfigSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
      return `  ${where}: ${issue.message}`;
    });
    throw new UserError("input.configInvalid", { source, issues: lines.join("\n") });
  }
  return result.data;
}

/** Read, parse and validate an experiment config file. */
export async function loadExperimentConfig(file: string, overrides: ConfigOverrides = {}): Promise<ExperimentConfig> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UserError("input.configUnreadable", { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError("input.configNotJson", { file, reason: (error as Error).message });
  }
  return parseExperimentConfig(json, overrides, `"${path.basename(file)}"`);
}

/** Return the baseline (champion) arm id. */
export function baselineArm(config: ExperimentConfig): string {
  return config.baseline ?? config.arms[0].id;
}

function definedOnly(overrides: ConfigOverrides): Partial<ConfigOverrides> {
  return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
}
