// Prints what the learning arms of the run learned, condensed for the learning page:
// decisions per week and channel, cumulative regret per day, and the action each segment
// ended up with. Read from the run's learning.json; arms without a decision log are left out.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRunDir, resolveRunDir } from "../../simulator/report/runDir.js";

interface LearnedArm {
  arm: string;
  learned?: {
    strategy?: string;
    decisions?: number;
    responses?: number;
    bestFixedAction?: string | null;
    cumulativeRegret?: number[];
    dualPrice?: number | null;
    actionsOverTime?: { week: number; action: string; decisions: number }[];
    actionsBySegment?: { segment: string; action: string; decisions: number }[];
    segmentProfiles?: Record<string, Record<string, number>> | null;
  };
}

const runDir = resolveRunDir();
checkRunDir(runDir);

let entries: LearnedArm[] = [];
try {
  entries = JSON.parse(readFileSync(join(runDir, "learning.json"), "utf8")) as LearnedArm[];
} catch (error) {
  // runs written before learning.json existed have no learning arms
  if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
}

const arms = entries.flatMap(({ arm, learned }) => {
  if (learned?.cumulativeRegret === undefined || learned.actionsOverTime === undefined) return [];

  // decisions per week by channel (the first part of an action name), plus waits
  const byWeek = new Map<string, { week: number; channel: string; decisions: number }>();
  for (const row of learned.actionsOverTime) {
    const channel = row.action.split("/")[0];
    const key = `${row.week}:${channel}`;
    const entry = byWeek.get(key) ?? { week: row.week, channel, decisions: 0 };
    entry.decisions += row.decisions;
    byWeek.set(key, entry);
  }

  // per segment the most frequent action over the last third of the decisions, and its share
  const segments = new Map<string, { segment: string; action: string; decisions: number; total: number }>();
  for (const row of learned.actionsBySegment ?? []) {
    const entry = segments.get(row.segment) ?? { segment: row.segment, action: row.action, decisions: 0, total: 0 };
    entry.total += row.decisions;
    if (row.decisions > entry.decisions) {
      entry.action = row.action;
      entry.decisions = row.decisions;
    }
    segments.set(row.segment, entry);
  }

  return [{
    arm,
    strategy: learned.strategy ?? "",
    decisions: learned.decisions ?? 0,
    responses: learned.responses ?? 0,
    bestFixedAction: learned.bestFixedAction ?? null,
    dualPrice: learned.dualPrice ?? null,
    regret: learned.cumulativeRegret.map((value, day) => ({ day, value })),
    channelsByWeek: [...byWeek.values()],
    segments: [...segments.values()].map(({ segment, action, decisions, total }) => ({
      segment,
      action,
      share: total > 0 ? decisions / total : 0,
      decisions: total,
      profile: learned.segmentProfiles?.[segment] ?? null
    }))
  }];
});

process.stdout.write(JSON.stringify({ arms }));
