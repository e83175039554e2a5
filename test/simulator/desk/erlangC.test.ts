import { describe, expect, it } from "vitest";
import { agentsForServiceLevel, erlangCMeanWait, erlangCServiceLevel, erlangCWaitProbability } from "../../../simulator/desk/erlangC.js";

// Reference values from R 4.2.2, the Erlang C formula written with factorials:
//   ec <- function(c, A) { top <- A^c/factorial(c)*c/(c-A); top/(sum(A^(0:(c-1))/factorial(0:(c-1)))+top) }
//   sl <- function(c, lambda, h, t) 1 - ec(c, lambda*h) * exp(-(c/h - lambda)*t)

describe("erlangCWaitProbability", () => {
  it("matches the factorial formula", () => {
    expect(erlangCWaitProbability(10, 8)).toBeCloseTo(0.4091801508, 9); // ec(10, 8)
    expect(erlangCWaitProbability(2, 1)).toBeCloseTo(1 / 3, 9); // ec(2, 1)
    expect(erlangCWaitProbability(13, (100 / 3600) * 300)).toBeCloseTo(0.09859903883, 9); // ec(13, 100/3600*300)
  });

  it("is 1 at or above capacity", () => {
    expect(erlangCWaitProbability(4, 4)).toBe(1);
    expect(erlangCWaitProbability(4, 5)).toBe(1);
  });

  it("rejects a non-integer agent count", () => {
    expect(() => erlangCWaitProbability(2.5, 1)).toThrow(/agents must be a positive integer/);
  });
});

describe("erlangCMeanWait", () => {
  it("matches C / (c/h − λ)", () => {
    // ec(10, 8) / (10/240 - 1/30) = 49.1016181 s
    expect(erlangCMeanWait(10, 1 / 30, 240)).toBeCloseTo(49.1016181, 6);
  });

  it("is infinite at capacity", () => {
    expect(erlangCMeanWait(2, 1, 2)).toBe(Infinity);
  });
});

describe("agentsForServiceLevel", () => {
  it("finds the fewest agents for 80 % in 20 s", () => {
    // sl(11, 100/3600, 300, 20) = 0.7491801235; sl(12, ...) = 0.8621885024
    expect(erlangCServiceLevel(11, 100 / 3600, 300, 20)).toBeCloseTo(0.7491801235, 9);
    expect(erlangCServiceLevel(12, 100 / 3600, 300, 20)).toBeCloseTo(0.8621885024, 9);
    expect(agentsForServiceLevel(100 / 3600, 300, 0.8, 20)).toBe(12);
  });

  it("needs no agents without requests", () => {
    expect(agentsForServiceLevel(0, 300, 0.8, 20)).toBe(0);
  });
});
