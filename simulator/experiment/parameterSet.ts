/**
 * Parameter sets: named files in data/parameters/ that override the default values of
 * the model parameters, with a description of where the values come from.
 */

import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { ParameterSet } from "../params/parameter.js";
import { UserError } from "../i18n/userError.js";

export const PARAMETER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/parameters");

const parameterSetSchema = z
  .object({
    name: z.string(),
    description: z.string(),
    values: z.record(z.string(), z.number()),
    /** Per parameter id: which evidence moved the value (for fitted sets). */
    fit: z.record(z.string(), z.string()).optional()
  })
  .strict();

/** Load a parameter set by name from data/parameters/<name>.json. */
export async function loadParameterSet(name: string, directory = PARAMETER_DIR): Promise<ParameterSet> {
  const file = path.join(directory, `${name}.json`);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new UserError("input.parameterSetMissing", { name, file });
  }
  const result = parameterSetSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    throw new UserError("input.parameterSetInvalid", { file, issues: result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
  }
  return result.data;
}
