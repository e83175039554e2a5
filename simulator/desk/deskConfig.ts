/**
 * Configuration of the inbound service desk (experiment field `desk`): how often debtors
 * contact the agency, what they ask, how much an AI assistant (chat and voice bot)
 * resolves, and the human agents behind it. Every arm gets its own desk with these
 * settings. Values without a source are assumptions and exposed here so that they can be
 * varied.
 */

import { z } from "zod";

/** Request types of debtors contacting the agency. */
export const REQUEST_TYPES = ["balance", "planRequest", "dispute", "hardship", "addressChange"] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
/** Request types that only a human handles: disputes must be checked, hardship needs judgement (FCA FG21/1). */
export const HUMAN_ONLY: readonly RequestType[] = ["dispute", "hardship"];

const perType = (values: readonly number[]) => z.tuple([z.number().min(0), z.number().min(0), z.number().min(0), z.number().min(0), z.number().min(0)]).default(values as [number, number, number, number, number]);
const shares = (values: readonly number[]) => z.tuple([z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1)]).default(values as [number, number, number, number, number]);

export const deskConfigSchema = z
  .object({
    /** Requests per open case and day without recent outreach (assumption). */
    baseRate: z.number().min(0).max(1).default(0.002),
    /** Extra requests per case and day within `liftDays` after a delivered contact (assumption). */
    contactLift: z.number().min(0).max(1).default(0.02),
    liftDays: z.number().int().min(1).max(60).default(7),
    /** Share of requests by type, in REQUEST_TYPES order; normalised (assumption). */
    requestMix: perType([0.4, 0.25, 0.1, 0.1, 0.15]),
    /** Share of standard requests the bot resolves once a debtor uses it; the industry expects more than 0.8 (est.). */
    botResolution: z.number().min(0).max(1).default(0.85),
    /** Share of debtors who accept the bot, by age band 18–29, 30–44, 45–64, 65+ (assumption; younger people accept AI contact more often, per consumer surveys). */
    botAcceptanceByAge: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1)]).default([0.9, 0.8, 0.65, 0.45]),
    /** Factor on the acceptance by request type (assumption); 0 for the human-only types. */
    botAcceptanceByType: shares([1, 0.85, 0, 0, 1]),
    /** Human agents per arm on duty during opening hours. */
    agents: z.number().int().min(0).max(10_000).default(3),
    /** Opening hours of the human desk per day. */
    openHours: z.number().gt(0).max(24).default(8),
    /** Mean human handling time in minutes by request type (assumption). */
    handleMinutes: perType([4, 9, 12, 15, 5]),
    /** Mean patience of a waiting debtor in minutes, exponential (assumption). */
    patienceMinutes: z.number().gt(0).default(3),
    /** € per bot conversation (assumption). */
    botCost: z.number().min(0).default(0.3),
    /** € per minute of agent handling time, fully loaded (assumption). */
    agentCostPerMinute: z.number().min(0).default(0.8),
    /** Trust change (0–1 scale) after a resolved request (assumption). */
    resolvedTrust: z.number().min(-1).max(1).default(0.03),
    /** Trust change after an abandoned request or a bot that could not help (assumption). */
    failedTrust: z.number().min(-1).max(1).default(-0.06),
    /** NPS experience points after an abandoned request (assumption). */
    abandonedExperience: z.number().min(-10).max(10).default(-0.8),
    /** NPS experience points after a bot that could not help and passed the debtor on (assumption). */
    botFailureExperience: z.number().min(-10).max(10).default(-0.3),
    /** Chance that an abandoned request turns into a complaint (assumption). */
    abandonedComplaint: z.number().min(0).max(1).default(0.08),
    /** Service-level target: share of human requests answered within `serviceSeconds`. */
    serviceShare: z.number().gt(0).lt(1).default(0.8),
    serviceSeconds: z.number().gt(0).default(20)
  })
  .strict();

export type DeskConfig = z.output<typeof deskConfigSchema>;
