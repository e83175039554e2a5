/**
 * Compliance presets: the contact rules of a jurisdiction as a validated configuration, plus the
 * stable ids of every rule the guard can apply.
 *
 * A configuration names one preset (`DE`, `US-RegF`, `UK`), may tune that preset's parameters and
 * may add custom limits that combine with it. The experiment configuration embeds
 * `complianceConfigSchema`.
 */

import { z } from "zod";
import { CHANNELS } from "../population/codes.js";

/**
 * Rule ids, stable across versions: outputs and reports refer to rules by these names, and a
 * guard decision names its rule by the index in this list.
 */
export const RULES = [
  // Germany, in order: contact hours (assumption: 8:00 to 20:00, good practice), no contact on
  // Sundays and public holidays of the debtor's state, pursuit paused while a claim is disputed,
  // first contact in text form so it can carry the information of § 13a RDG. The last rule is
  // forbearance before court for consumer credit (EU Directive 2023/2225, Art. 35).
  "de.quietHours",
  "de.sundayHoliday",
  "de.disputed",
  "de.firstContactInformation",
  "de.forbearanceBeforeCourt",
  // US Regulation F, 12 CFR 1006. More than 7 call attempts in 7 days, or a call within 7 days
  // after a telephone conversation, is presumed harassment (§ 1006.14(b)(2)). No communication
  // before 8:00 or after 21:00 (§ 1006.6(b)(1)(i)). E-mail and text opt-outs (§ 1006.6(e)).
  "regf.sevenInSeven",
  "regf.conversationCooldown",
  "regf.inconvenientTime",
  "regf.optOut",
  // UK: Debt Respite Scheme (Breathing Space) regulations 2020, 60 days without contact, fees or
  // enforcement (mental health crisis: treatment plus 30 days); FCA FG21/1 vulnerable customers.
  "uk.breathingSpace",
  "uk.vulnerable",
  // Custom limits that combine with any preset.
  "custom.channelCap",
  "custom.contactBudget",
  "custom.quietHours",
  "custom.optOut"
] as const;
export type RuleId = (typeof RULES)[number];

/** Index of a rule id in `RULES`. */
export function ruleIndex(id: RuleId): number {
  return RULES.indexOf(id);
}

const hourSchema = z.number().int().min(0).max(24);
const channelSchema = z.enum(CHANNELS);

/** Hours of the day in which contact is allowed: `startHour` ≤ slot hour < `endHour`. */
const contactHoursSchema = (startHour: number, endHour: number) =>
  z
    .object({ startHour: hourSchema.default(startHour), endHour: hourSchema.default(endHour) })
    .strict()
    .refine((hours) => hours.startHour < hours.endHour, {
      message: "startHour must be before endHour"
    });

/** A rolling-window cap: at most `maxContacts` delivered contacts on `channels` in `windowDays` days. */
const channelCapSchema = z
  .object({
    channels: z.array(channelSchema).min(1),
    maxContacts: z.number().int().min(1).max(255),
    windowDays: z.number().int().min(1).max(366)
  })
  .strict();

/** Custom limits; they apply on top of the preset's rules. */
const customLimitsSchema = z
  .object({
    channelCaps: z.array(channelCapSchema).max(16).default([]),
    /** Delivered contacts per debtor over the whole run; no limit when absent. */
    contactBudget: z.number().int().min(0).optional(),
    /** No contact from `fromHour` (inclusive) to `toHour` (exclusive); the window may wrap midnight. */
    quietHours: z
      .object({ fromHour: hourSchema, toHour: hourSchema })
      .strict()
      .refine((hours) => hours.fromHour !== hours.toHour, { message: "fromHour and toHour must differ" })
      .optional(),
    /** Channels on which a debtor's opt-out blocks further contact. */
    optOutChannels: z.array(channelSchema).default([])
  })
  .strict();

const germanySchema = z
  .object({
    preset: z.literal("DE"),
    contactHours: contactHoursSchema(8, 20).prefault({}),
    firstContactInformation: z.boolean().default(true),
    pauseDisputed: z.boolean().default(true),
    forbearanceBeforeCourt: z.boolean().default(true),
    custom: customLimitsSchema.prefault({})
  })
  .strict();

const regulationFSchema = z
  .object({
    preset: z.literal("US-RegF"),
    maxCallAttempts: z.number().int().min(1).max(255).default(7),
    callWindowDays: z.number().int().min(1).max(366).default(7),
    conversationCooldownDays: z.number().int().min(0).max(366).default(7),
    callHours: contactHoursSchema(8, 21).prefault({}),
    optOutChannels: z.array(channelSchema).default(["email", "sms"]),
    custom: customLimitsSchema.prefault({})
  })
  .strict();

const unitedKingdomSchema = z
  .object({
    preset: z.literal("UK"),
    breathingSpaceDays: z.number().int().min(1).max(366).default(60),
    crisisExtraDays: z.number().int().min(0).max(366).default(30),
    vulnerableSeparatePath: z.boolean().default(true),
    custom: customLimitsSchema.prefault({})
  })
  .strict();

/** Schema of the compliance configuration; parse with it to fill in every default. */
export const complianceConfigSchema = z.discriminatedUnion("preset", [
  germanySchema,
  regulationFSchema,
  unitedKingdomSchema
]);

export type ComplianceConfig = z.output<typeof complianceConfigSchema>;
export type ComplianceConfigInput = z.input<typeof complianceConfigSchema>;
export type PresetName = ComplianceConfig["preset"];
export const PRESET_NAMES: readonly PresetName[] = ["DE", "US-RegF", "UK"];

/**
 * Validate a compliance configuration and fill in the defaults.
 * @throws Error listing every invalid field
 */
export function parseComplianceConfig(input: unknown): ComplianceConfig {
  const result = complianceConfigSchema.safeParse(input);
  if (!result.success) {
    throw new Error(`Invalid compliance configuration:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Return the configuration of a preset with all defaults. */
export function compliancePreset(preset: PresetName): ComplianceConfig {
  return parseComplianceConfig({ preset });
}

/** List the ids of the rules a configuration applies, for reports and model cards. */
export function activeRules(config: ComplianceConfig): RuleId[] {
  const rules: RuleId[] = [];
  if (config.preset === "DE") {
    rules.push("de.quietHours", "de.sundayHoliday");
    if (config.pauseDisputed) rules.push("de.disputed");
    if (config.firstContactInformation) rules.push("de.firstContactInformation");
    if (config.forbearanceBeforeCourt) rules.push("de.forbearanceBeforeCourt");
  } else if (config.preset === "US-RegF") {
    rules.push("regf.sevenInSeven", "regf.conversationCooldown", "regf.inconvenientTime", "regf.optOut");
  } else {
    rules.push("uk.breathingSpace");
    if (config.vulnerableSeparatePath) rules.push("uk.vulnerable");
  }

  const custom = config.custom;
  if (custom.channelCaps.length > 0) rules.push("custom.channelCap");
  if (custom.contactBudget !== undefined) rules.push("custom.contactBudget");
  if (custom.quietHours !== undefined) rules.push("custom.quietHours");
  if (custom.optOutChannels.length > 0) rules.push("custom.optOut");
  return rules;
}
