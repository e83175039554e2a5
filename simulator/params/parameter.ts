/**
 * Model parameters: every number the population and the behaviour model rest on, with
 * its unit, plausible range and source, so that the setup page and the model card can
 * be generated from the code.
 */

import { UserError } from "../i18n/userError.js";

export interface ParameterDefinition {
  /** Stable id, dotted by group: "behavior.alertHalfLife". */
  id: string;
  /** Model part the parameter belongs to: population, reach, response, liquidity, legal, cost, nps. */
  group: string;
  value: number;
  /** Unit in words, e.g. "€", "days", "share (0–1)", "per day", "multiplier". */
  unit: string;
  /** Plausible range [low, high] for sensitivity analysis. */
  range: [number, number];
  /** Publication, tariff or law behind the value, or "assumption". */
  source: string;
  description: { de: string; en: string };
}

/** Values keyed by parameter id, as stored in a parameter set. */
export type ParameterValues = Record<string, number>;

export interface ParameterSet {
  name: string;
  description: string;
  values: ParameterValues;
}

/** Define a parameter; a short form for the definition tables. */
export function define(
  id: string,
  value: number,
  unit: string,
  range: [number, number],
  source: string,
  en: string,
  de: string
): ParameterDefinition {
  const group = id.split(".")[0];
  return { id, group, value, unit, range, source, description: { de, en } };
}

/**
 * Apply a parameter set to the definitions and return the resolved values.
 * Throws on an unknown id or a value outside the plausible range, naming both.
 */
export function resolveParameters(
  definitions: readonly ParameterDefinition[],
  overrides: ParameterValues = {}
): ParameterValues {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const values: ParameterValues = {};
  for (const definition of definitions) values[definition.id] = definition.value;
  for (const [id, value] of Object.entries(overrides)) {
    const definition = byId.get(id);
    if (!definition) {
      throw new UserError("input.unknownParameter", { id });
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new UserError("input.parameterNotNumber", { id, value: JSON.stringify(value) });
    }
    const [low, high] = definition.range;
    if (value < low || value > high) {
      throw new UserError("input.parameterOutOfRange", { id, value, low, high, unit: definition.unit });
    }
    values[id] = value;
  }
  return values;
}
