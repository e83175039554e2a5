import { describe, expect, it } from "vitest";
import { kMeans, nearestCentroid } from "../../../strategies/learning/kMeans.js";
import { createStream } from "../../../simulator/random/seededStream.js";

// three well-separated groups of four points around (0, 0), (10, 0) and (0, 10)
const points = [
  [0, 0], [1, 0], [0, 1], [1, 1],
  [10, 0], [11, 0], [10, 1], [11, 1],
  [0, 10], [1, 10], [0, 11], [1, 11]
];

describe("kMeans", () => {
  it("finds separated groups", () => {
    const fit = kMeans(points, 3, createStream(1, "test"));
    const groups = [0, 4, 8].map((start) => new Set(Array.from(fit.assignment.subarray(start, start + 4))));
    for (const group of groups) expect(group.size).toBe(1);
    expect(new Set(groups.map((group) => [...group][0])).size).toBe(3);
    // each centre is its group's mean, e.g. (0.5, 0.5); within-cluster squared distances 3 × 4 × 0.5
    expect(fit.withinSumOfSquares).toBeCloseTo(6, 9);
  });

  it("is deterministic under a seed", () => {
    const first = kMeans(points, 3, createStream(9, "test"));
    const second = kMeans(points, 3, createStream(9, "test"));
    expect(second.centroids).toEqual(first.centroids);
  });

  it("assigns a point to the nearest centre", () => {
    expect(nearestCentroid([[0, 0], [10, 0]], [7, 1])).toBe(1);
  });

  it("rejects k above the number of points", () => {
    expect(() => kMeans(points, 13, createStream(1, "test"))).toThrow(/k must be an integer from 1 to the number of points \(12\)/);
  });
});
