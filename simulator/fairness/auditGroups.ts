/**
 * The groups of the fairness audit: for each audited attribute a level per debtor and
 * the groups each level belongs to.
 *
 * Most attributes have one group per level. Vulnerability has sixteen levels (the bit
 * flags of the four FCA FG21/1 drivers) and five overlapping groups: "none" and one group
 * per driver, so a debtor with two drivers counts in both driver groups.
 */

import { EAST_STATES, STATES, VULNERABILITY_DRIVERS } from "../population/codes.js";
import type { Population } from "../population/population.js";
import { AUDIT_GROUPS, type AuditAttribute } from "./fairnessConfig.js";

export interface AttributeGroups {
  attribute: AuditAttribute;
  /** Group names, in output order. */
  groups: readonly string[];
  /** Number of distinct levels. */
  levelCount: number;
  /** Groups of each level, by index into `groups`. */
  groupsOfLevel: readonly (readonly number[])[];
  /** Level per debtor of the population. */
  level: Uint8Array;
}

const EAST_STATE_CODES = new Set(STATES.flatMap((state, code) => (EAST_STATES.has(state) ? [code] : [])));

/** Build the level of every debtor and the group lists of one attribute. */
export function attributeGroups(population: Population, attribute: AuditAttribute): AttributeGroups {
  const o = population.observable;
  const pr = population.protected;
  const names = AUDIT_GROUPS[attribute];
  const one = (level: Uint8Array): AttributeGroups => ({
    attribute,
    groups: names,
    levelCount: names.length,
    groupsOfLevel: names.map((_name, k) => [k]),
    level
  });

  switch (attribute) {
    case "ageBand":
      return one(o.ageBand);
    case "gender":
      return one(pr.gender);
    case "language":
      return one(pr.language);
    case "incomeBand":
      return one(pr.incomeBand);
    case "region":
      return one(o.state.map((code) => (EAST_STATE_CODES.has(code) ? 1 : 0)));
    case "settlement":
      return one(pr.urban);
    case "vulnerability": {
      // level = the driver bit flags; group 0 "none", group k + 1 = driver k
      const groupsOfLevel: number[][] = [];
      for (let flags = 0; flags < 16; flags++) {
        const groups: number[] = [];
        if (flags === 0) groups.push(0);
        for (let k = 0; k < VULNERABILITY_DRIVERS.length; k++) if ((flags & (1 << k)) !== 0) groups.push(k + 1);
        groupsOfLevel.push(groups);
      }
      return { attribute, groups: names, levelCount: 16, groupsOfLevel, level: pr.vulnerability };
    }
  }
}
