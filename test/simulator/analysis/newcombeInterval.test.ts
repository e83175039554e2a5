import { describe, expect, it } from "vitest";
import { newcombeInterval } from "../../../simulator/analysis/newcombeInterval.js";

// Reference: this R function builds method 10 of Newcombe 1998 from R's own Wilson
// intervals, and was run in R 4.2.2 for the rows below.
//
// newcombe <- function(x1, n1, x2, n2, conf.level = 0.95) {
//   w1 <- prop.test(x1, n1, correct = FALSE, conf.level = conf.level)$conf.int
//   w2 <- prop.test(x2, n2, correct = FALSE, conf.level = conf.level)$conf.int
//   p1 <- x1 / n1; p2 <- x2 / n2
//   c(p1 - p2 - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2),
//     p1 - p2 + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2))
// }
const cases = [
  { x1: 56, n1: 70, x2: 48, n2: 80, low: 0.0524314724023649, high: 0.3338726540369059 },
  { x1: 9, n1: 10, x2: 3, n2: 10, low: 0.170522723934503, high: 0.809017973535488 },
  { x1: 6, n1: 7, x2: 2, n2: 7, low: 0.0582279274823123, high: 0.8062496375242277 },
  { x1: 5, n1: 56, x2: 0, n2: 29, low: -0.0381371479035369, high: 0.1925600138551116 },
  { x1: 0, n1: 10, x2: 0, n2: 20, low: -0.161125158052819, high: 0.277532799862889 },
  { x1: 10, n1: 10, x2: 0, n2: 20, low: 0.679086037141915, high: 1 }
];

describe("newcombeInterval", () => {
  for (const { x1, n1, x2, n2, low, high } of cases) {
    it(`matches R for ${x1}/${n1} vs ${x2}/${n2}`, () => {
      const result = newcombeInterval(x1, n1, x2, n2);

      expect(result.difference).toBeCloseTo(x1 / n1 - x2 / n2, 15);
      expect(result.ciLow).toBeCloseTo(low, 12);
      expect(result.ciHigh).toBeCloseTo(high, 12);
    });
  }

  it("matches R at a 90 % level", () => {
    // R: newcombe(56, 70, 48, 80, conf.level = 0.9)
    const result = newcombeInterval(56, 70, 48, 80, 0.9);

    expect(result.ciLow).toBeCloseTo(0.0765641915440721, 12);
    expect(result.ciHigh).toBeCloseTo(0.3136445835829438, 12);
  });

  it("swapping groups mirrors the interval", () => {
    const forward = newcombeInterval(5, 56, 0, 29);
    const backward = newcombeInterval(0, 29, 5, 56);

    expect(backward.ciLow).toBeCloseTo(-forward.ciHigh, 14);
    expect(backward.ciHigh).toBeCloseTo(-forward.ciLow, 14);
  });

  it("rejects negative successes", () => {
    expect(() => newcombeInterval(-1, 10, 2, 10)).toThrow(/invalid number of successes -1/);
  });
});
