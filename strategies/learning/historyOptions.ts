/**
 * Options of the simulated history period that segment-based strategies train on (see
 * history.ts). Kept apart from history.ts because that module imports the experiment
 * runner, which imports the strategy registry.
 */

import { z } from "zod";

export const historyOptions = z
  .object({
    /** Historic debtors simulated. */
    size: z.number().int().min(100).max(1_000_000).default(20_000),
    /** Seed of the history population. Keep it apart from the experiment's seed, because the same seed generates the same debtors. */
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
    windowDays: z.number().int().min(7).max(365).default(60),
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use the form YYYY-MM-DD").default("2025-09-01")
  })
  .strict();
