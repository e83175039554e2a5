import { describe, expect, it } from "vitest";
import { COMPARISON_METRICS, compareArms, type ArmOutcomes } from "../../../simulator/analysis/compareArms.js";

interface ArmColumns {
  claimAmount: number[];
  recovered: number[];
  cost: number[];
  contacts: number[];
  cured: number[];
  planAgreed: number[];
  escalated: number[];
  complained: number[];
  npsScore: number[];
}

function makeArm(id: string, columns: ArmColumns): ArmOutcomes {
  return {
    id,
    claimAmount: Float64Array.from(columns.claimAmount),
    recovered: Float64Array.from(columns.recovered),
    cost: Float64Array.from(columns.cost),
    contacts: Float64Array.from(columns.contacts),
    cured: Uint8Array.from(columns.cured),
    planAgreed: Uint8Array.from(columns.planAgreed),
    escalated: Uint8Array.from(columns.escalated),
    complained: Uint8Array.from(columns.complained),
    npsScore: Int8Array.from(columns.npsScore)
  };
}

const baselineColumns: ArmColumns = {
  claimAmount: [250, 80, 120, 400, 60, 90, 160, 300, 45, 55, 600, 35],
  recovered: [50, 0, 0, 180, 20, 0, 40, 100, 0, 10, 250, 0],
  cost: [12, 8, 9.5, 15, 6, 7, 10, 14, 5, 6, 20, 4],
  contacts: [3, 2, 2, 4, 1, 2, 3, 4, 1, 2, 5, 1],
  cured: [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0],
  planAgreed: [1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0],
  escalated: [0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1],
  complained: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  npsScore: [6, -1, 2, 9, 8, -1, 7, -1, -1, 5, 10, -1]
};

const challengerColumns: ArmColumns = {
  claimAmount: [300, 150, 90, 450, 60, 200, 75, 220, 500, 120, 95, 40, 800, 30, 70],
  recovered: [120, 0, 45.5, 300, 0, 80, 15, 220, 0, 60, 95, 10, 400, 0, 35],
  cost: [10, 6, 7, 12, 5, 8, 6, 9, 11, 7, 6, 4, 15, 3, 5],
  contacts: [2, 3, 1, 3, 2, 2, 1, 2, 4, 2, 1, 1, 3, 2, 1],
  cured: [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0],
  planAgreed: [1, 0, 1, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1],
  escalated: [0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0],
  complained: new Array(15).fill(0),
  npsScore: [9, -1, 8, 10, 3, 9, -1, 10, 0, 7, 9, -1, 8, -1, 10]
};

// Expected rows from R 4.2.2, with a = challenger and b = baseline columns as above and
// these reference functions (delta, newcombe and nps as quoted in ratioDeltaMethod.test.ts,
// newcombeInterval.test.ts and npsDifference.test.ts):
//
// ratio <- function(ya, xa, yb, xb) { p <- delta(ya, xa); q <- delta(yb, xb); d <- p[1] - q[1]
//   se <- sqrt(p[2] + q[2]); c(d, d / abs(q[1]), d - qnorm(0.975) * se, d + qnorm(0.975) * se, 2 * pnorm(-abs(d / se))) }
// prop <- function(xa, xb) { d <- mean(xa) - mean(xb); ci <- newcombe(sum(xa), length(xa), sum(xb), length(xb))
//   p <- prop.test(c(sum(xa), sum(xb)), c(length(xa), length(xb)), correct = FALSE)$p.value
//   c(d, d / abs(mean(xb)), ci, p) }
// welch <- function(xa, xb) { r <- t.test(xa, xb); d <- mean(xa) - mean(xb)
//   c(d, d / abs(mean(xb)), r$conf.int, r$p.value) }
// npsd <- function(sa, sb) { p <- nps(sa[sa >= 0]); q <- nps(sb[sb >= 0]); d <- p[1] - q[1]
//   se <- sqrt(p[2]^2 + q[2]^2); c(d, d / abs(q[1]), d - qnorm(0.975) * se, d + qnorm(0.975) * se, 2 * pnorm(-abs(d / se))) }
//
// recoveryRate = ratio(a$recovered, a$claim, b$recovered, b$claim),
// costToCollect = ratio(a$cost, a$recovered, b$cost, b$recovered),
// netRecovery = welch(a$recovered - a$cost, b$recovered - b$cost), the others likewise.
const expected = {
  recoveryRate: [0.135278687357631, 0.456825721153846, -0.0771835740924469, 0.3477409488077088, 0.212050961256158],
  cureRate: [-0.1166666666666667, -0.466666666666667, -0.4148393367154367, 0.1769374978169319, 0.438058209530125],
  instalmentShare: [0.2166666666666667, 0.866666666666667, -0.1403623531658378, 0.4992258503275636, 0.24667121666066],
  legalEscalationRate: [-0.15, -0.36, -0.457357881938556, 0.1873978184635878, 0.411313791776259],
  complaintRate: [-0.0833333333333333, -1, -0.3538799111411169, 0.1317394454724308, 0.254564794707152],
  costPerCase: [-2.1083333333333343, -0.217167381974249, -5.4916181465251848, 1.2749514798585164, 0.207518761449117],
  netRecovery: [39.9750000000000014, 0.899156513589503, -38.7083018550741684, 118.6583018550741855, 0.304916688471836],
  contactsPerCase: [-0.5, -0.2, -1.4382187085821128, 0.4382187085821126, 0.278673523856713],
  costToCollect: [-0.0966519934249018, -0.539260049151813, -0.2141750991939887, 0.0208711123441851, 0.106985680140925],
  nps: [50.6493506493506445, 3.545454545454545, -26.0701668231176384, 127.3688681218189345, 0.195684117273043]
};

const expectedMethods = {
  recoveryRate: "deltaMethod",
  cureRate: "twoProportion",
  instalmentShare: "twoProportion",
  legalEscalationRate: "twoProportion",
  complaintRate: "twoProportion",
  costPerCase: "welch",
  netRecovery: "welch",
  contactsPerCase: "welch",
  costToCollect: "deltaMethod",
  nps: "npsDifference"
};

describe("compareArms", () => {
  const baseline = makeArm("champion", baselineColumns);
  const challenger = makeArm("empathetic", challengerColumns);
  const comparisons = compareArms([baseline, challenger], "champion");

  it("reports every metric once", () => {
    expect(comparisons.map((row) => row.metric)).toEqual([...COMPARISON_METRICS]);
    for (const row of comparisons) {
      expect(row.arm).toBe("empathetic");
      expect(row.baseline).toBe("champion");
    }
  });

  for (const metric of COMPARISON_METRICS) {
    it(`${metric} matches R`, () => {
      const row = comparisons.find((comparison) => comparison.metric === metric);
      const [difference, relativeUplift, ciLow, ciHigh, pValue] = expected[metric];

      expect(row?.method).toBe(expectedMethods[metric]);
      expect(row?.difference).toBeCloseTo(difference, 10);
      expect(row?.relativeUplift).toBeCloseTo(relativeUplift, 10);
      expect(row?.ciLow).toBeCloseTo(ciLow, 8);
      expect(row?.ciHigh).toBeCloseTo(ciHigh, 8);
      expect(row?.pValue).toBeCloseTo(pValue, 10);
    });
  }

  it("orders rows by challenger then metric", () => {
    const second = makeArm("firm", challengerColumns);
    const rows = compareArms([challenger, baseline, second], "champion", { confidenceLevel: 0.9 });

    expect(rows).toHaveLength(2 * COMPARISON_METRICS.length);
    expect(rows[0].arm).toBe("empathetic");
    expect(rows[COMPARISON_METRICS.length].arm).toBe("firm");
    expect(rows[COMPARISON_METRICS.length].metric).toBe("recoveryRate");
  });

  it("narrower interval at 90 %", () => {
    const rows = compareArms([baseline, challenger], "champion", { confidenceLevel: 0.9 });
    const wide = comparisons[0];
    const narrow = rows[0];

    expect(narrow.ciLow).toBeGreaterThan(wide.ciLow as number);
    expect(narrow.ciHigh).toBeLessThan(wide.ciHigh as number);
    expect(narrow.pValue).toBeCloseTo(wide.pValue as number, 14);
  });

  it("same input gives identical rows", () => {
    const again = compareArms([makeArm("champion", baselineColumns), makeArm("empathetic", challengerColumns)], "champion");

    expect(JSON.stringify(again)).toBe(JSON.stringify(comparisons));
  });

  it("rows survive a JSON round trip", () => {
    const silent = makeArm("silent", { ...challengerColumns, npsScore: new Array(15).fill(-1) });
    const rows = compareArms([baseline, silent], "champion");

    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it("undefined metrics give null values", () => {
    // Nothing was recovered, so cost ÷ recovered is undefined. No debtor answered the survey.
    const silent = makeArm("silent", {
      ...challengerColumns,
      recovered: new Array(15).fill(0),
      npsScore: new Array(15).fill(-1)
    });
    const rows = compareArms([baseline, silent], "champion");
    const costToCollect = rows.find((row) => row.metric === "costToCollect");
    const nps = rows.find((row) => row.metric === "nps");
    const recoveryRate = rows.find((row) => row.metric === "recoveryRate");

    expect(costToCollect?.difference).toBeNull();
    expect(costToCollect?.pValue).toBeNull();
    expect(costToCollect?.method).toBe("deltaMethod");
    expect(nps?.difference).toBeNull();
    expect(nps?.ciLow).toBeNull();
    expect(recoveryRate?.difference).toBeCloseTo(-0.296127562642369, 14);
    expect(recoveryRate?.pValue).toBeGreaterThan(0);
  });

  it("zero baseline rate gives null uplift", () => {
    // Neither arm has a complaint: the difference is 0 and the baseline rate is 0.
    const calm = makeArm("calm", { ...baselineColumns, complained: new Array(12).fill(0) });
    const rows = compareArms([calm, challenger], "calm");
    const complaintRate = rows.find((row) => row.metric === "complaintRate");

    expect(complaintRate?.difference).toBe(0);
    expect(complaintRate?.relativeUplift).toBeNull();
    expect(complaintRate?.pValue).toBeNull();
    expect(complaintRate?.ciLow).toBeLessThan(0);
    expect(complaintRate?.ciHigh).toBeGreaterThan(0);
  });

  it("rejects a missing baseline", () => {
    expect(() => compareArms([baseline, challenger], "control")).toThrow(
      /baseline arm "control" not found among the arms "champion", "empathetic"/
    );
  });

  it("rejects a repeated arm id", () => {
    expect(() => compareArms([baseline, baseline], "champion")).toThrow(/arm id "champion" appears more than once/);
  });

  it("rejects arrays of different length", () => {
    const broken = { ...challenger, cost: new Float64Array(3) };
    expect(() => compareArms([baseline, broken], "champion")).toThrow(
      /arm "empathetic" has 3 values of cost but 15 of claimAmount/
    );
  });

  it("rejects an indicator of 2", () => {
    const broken = { ...challenger, cured: Uint8Array.from([2, ...challengerColumns.cured.slice(1)]) };
    expect(() => compareArms([baseline, broken], "champion")).toThrow(/arm "empathetic" has the invalid cured value 2 at index 0/);
  });

  it("rejects a survey score of 11", () => {
    const broken = { ...challenger, npsScore: Int8Array.from([11, ...challengerColumns.npsScore.slice(1)]) };
    expect(() => compareArms([baseline, broken], "champion")).toThrow(/arm "empathetic" has the invalid npsScore 11 at index 0/);
  });

  it("rejects a NaN amount", () => {
    const broken = { ...challenger, recovered: Float64Array.from([NaN, ...challengerColumns.recovered.slice(1)]) };
    expect(() => compareArms([baseline, broken], "champion")).toThrow(/arm "empathetic" has the invalid recovered value NaN at index 0/);
  });

  it("rejects an arm of one debtor", () => {
    const single = makeArm("single", {
      claimAmount: [100], recovered: [0], cost: [1], contacts: [1], cured: [0], planAgreed: [0],
      escalated: [0], complained: [0], npsScore: [-1]
    });
    expect(() => compareArms([baseline, single], "champion")).toThrow(/arm "single" has 1 debtors, but at least 2/);
  });
});
