import { describe, expect, it } from "vitest";
import { compileParameters, parameterDefinitions } from "../../../simulator/params/modelParameters.js";
import { resolveParameters } from "../../../simulator/params/parameter.js";

describe("parameter definitions", () => {
  it("ids are unique", () => {
    const ids = parameterDefinitions.map((definition) => definition.id);
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
  });

  it.each(parameterDefinitions.map((definition) => [definition.id, definition] as const))("%s is documented", (_id, definition) => {
    expect(definition.unit.trim()).not.toBe("");
    expect(definition.source.trim()).not.toBe("");
    expect(definition.description.de.trim()).not.toBe("");
    expect(definition.description.en.trim()).not.toBe("");
    expect(definition.description.de).not.toBe(definition.description.en);
    expect(definition.group).toBe(definition.id.split(".")[0]);
  });

  it.each(parameterDefinitions.map((definition) => [definition.id, definition] as const))("%s lies in its range", (_id, definition) => {
    const [low, high] = definition.range;
    expect(Number.isFinite(definition.value)).toBe(true);
    expect(low).toBeLessThanOrEqual(high);
    expect(definition.value).toBeGreaterThanOrEqual(low);
    expect(definition.value).toBeLessThanOrEqual(high);
  });

  it("every definition compiles", () => {
    expect(() => compileParameters(resolveParameters(parameterDefinitions))).not.toThrow();
  });

  it("compiled values follow the definitions", () => {
    const values = resolveParameters(parameterDefinitions, { "population.claimSpread": 0.9 });
    const compiled = compileParameters(values);
    expect(compiled.population.claimSpread).toBe(0.9);
    expect(compiled.population.claimMedian).toHaveLength(5);
  });
});
