import { describe, expect, it } from "vitest";
import { serveQueue } from "../../../simulator/desk/agentQueue.js";
import { erlangCMeanWait, erlangCWaitProbability } from "../../../simulator/desk/erlangC.js";
import { createStream } from "../../../simulator/random/seededStream.js";

/** Simulate an M/M/c queue without abandonment: exponential gaps and handling times. */
function simulateMMc(arrivalRate: number, meanHandle: number, agents: number, requests: number, seed: number) {
  const random = createStream(seed, "queue");
  const arrival = new Float64Array(requests);
  const handling = new Float64Array(requests);
  let time = 0;
  for (let r = 0; r < requests; r++) {
    time += -Math.log(1 - random()) / arrivalRate;
    arrival[r] = time;
    handling[r] = -Math.log(1 - random()) * meanHandle;
  }
  return serveQueue(arrival, handling, new Float64Array(requests).fill(Infinity), agents);
}

describe("serveQueue", () => {
  it("matches Erlang C for an M/M/c queue", () => {
    // λ = 1/30 per s, h = 240 s, c = 10: load 8 Erlangs. Erlang C (R, see erlangC.test.ts):
    // P(wait > 0) = 0.4091801508, mean wait = 49.1016181 s.
    const result = simulateMMc(1 / 30, 240, 10, 400_000, 17);
    // the first 10,000 requests are the warm-up from an empty queue
    const steady = Array.from(result.wait.subarray(10_000));
    const waitedShare = steady.filter((wait) => wait > 0).length / steady.length;
    const meanWait = steady.reduce((sum, wait) => sum + wait, 0) / steady.length;
    expect(waitedShare).toBeCloseTo(erlangCWaitProbability(10, 8), 1);
    expect(Math.abs(waitedShare - 0.4091801508)).toBeLessThan(0.02);
    expect(Math.abs(meanWait / erlangCMeanWait(10, 1 / 30, 240) - 1)).toBeLessThan(0.1);
  });

  it("serves in arrival order with two agents", () => {
    const result = serveQueue([0, 1, 2, 3], [10, 10, 10, 10], [Infinity, Infinity, Infinity, Infinity], 2);
    expect(Array.from(result.wait)).toEqual([0, 0, 8, 8]);
    expect(Array.from(result.abandoned)).toEqual([0, 0, 0, 0]);
  });

  it("lets impatient requests abandon without taking an agent", () => {
    const result = serveQueue([0, 1, 2], [10, 10, 10], [Infinity, 5, Infinity], 1);
    expect(Array.from(result.abandoned)).toEqual([0, 1, 0]);
    expect(result.wait[1]).toBe(5);
    expect(result.wait[2]).toBe(8);
  });

  it("abandons requests not reached before closing", () => {
    const result = serveQueue([0, 1], [100, 10], [Infinity, Infinity], 1, 50);
    expect(Array.from(result.abandoned)).toEqual([0, 1]);
  });
});
