/**
 * Settings of the fairness audit that every run performs: the disparity band, the
 * minimum group size, the bootstrap, the reference groups and the size of the
 * counterfactual and trade-off re-runs. Every default is an assumption a user can change
 * in the experiment config under `fairness`.
 */

import { z } from "zod";
import { AGE_BANDS, GENDERS, INCOME_BANDS, LANGUAGES, VULNERABILITY_DRIVERS } from "../population/codes.js";

/** Attributes a strategy may be allowed to read through its protected view. */
export const PROTECTED_ATTRIBUTES = ["gender", "language", "incomeBand", "urban", "vulnerability"] as const;
export type ProtectedAttribute = (typeof PROTECTED_ATTRIBUTES)[number];

/** Attributes the audit groups debtors by. */
export const AUDIT_ATTRIBUTES = ["ageBand", "gender", "language", "region", "settlement", "incomeBand", "vulnerability"] as const;
export type AuditAttribute = (typeof AUDIT_ATTRIBUTES)[number];

/** Group names of each audited attribute, in output order. Vulnerability groups overlap: a debtor counts in every driver it has. */
export const AUDIT_GROUPS: Readonly<Record<AuditAttribute, readonly string[]>> = {
  ageBand: AGE_BANDS,
  gender: GENDERS,
  language: LANGUAGES,
  region: ["west", "east"],
  settlement: ["rural", "urban"],
  incomeBand: INCOME_BANDS,
  vulnerability: ["none", ...VULNERABILITY_DRIVERS]
};

export const fairnessConfigSchema = z
  .object({
    /**
     * Band of the disparity ratio (group ÷ reference) that counts as no disparity; the
     * default 0.8–1.25 follows the Aequitas toolkit.
     */
    band: z.tuple([z.number().gt(0).lt(1), z.number().gt(1)]).default([0.8, 1.25]),
    /** Points of NPS difference to the reference that count as no disparity (assumption: 10 points). */
    npsBand: z.number().positive().max(200).default(10),
    /** Debtors a group needs before its disparity gets a pass or fail (assumption). */
    minGroupSize: z.number().int().min(1).default(100),
    /**
     * Debtors with the event (a contact, a fee, an escalation …) that a group and its
     * reference each need before a rate gets a pass or fail. With fewer events a
     * percentile bootstrap interval collapses towards [0, 0] (assumption: 5).
     */
    minEvents: z.number().int().min(0).default(5),
    /** Bootstrap resamples per arm. */
    resamples: z.number().int().min(50).max(5000).default(200),
    /** Coverage of the bootstrap intervals. */
    intervalLevel: z.number().gt(0.5).lt(1).default(0.95),
    /**
     * "bonferroni": the disparity intervals of an arm hold simultaneously across all its
     * checks (level 1 − (1 − intervalLevel) / checks), so that a fail anywhere in the arm
     * is a chance finding with probability below 1 − intervalLevel. "none": each interval
     * has the plain level, and with hundreds of checks some fail by chance.
     */
    multiplicity: z.enum(["bonferroni", "none"]).default("bonferroni"),
    /** Reference group per attribute, by group name; default the largest group. */
    reference: z.partialRecord(z.enum(AUDIT_ATTRIBUTES), z.string().min(1)).default({}),
    /** Debtors per arm in each counterfactual re-run; 0 switches the counterfactual check off. */
    counterfactualSample: z.number().int().min(0).max(1_000_000).default(2000),
    /** Price of fairness: caps on the adaptive arm and the debtors per re-run; 0 debtors switches it off. */
    tradeOff: z
      .object({
        attribute: z.enum(["ageBand", ...PROTECTED_ATTRIBUTES]).default("ageBand"),
        maxRatios: z.array(z.number().gt(1)).min(1).max(8).default([2, 1.5, 1.25, 1.1]),
        sample: z.number().int().min(0).max(1_000_000).default(6000)
      })
      .strict()
      .prefault({})
  })
  .strict()
  .superRefine((config, ctx) => {
    for (const [attribute, group] of Object.entries(config.reference) as [AuditAttribute, string][]) {
      if (!AUDIT_GROUPS[attribute].includes(group)) {
        ctx.addIssue({ code: "custom", path: ["reference", attribute], message: `"${group}" is not a group of ${attribute}; use one of ${AUDIT_GROUPS[attribute].join(", ")}` });
      }
    }
  });

export type FairnessConfig = z.output<typeof fairnessConfigSchema>;
