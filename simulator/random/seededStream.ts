/**
 * Sequential seeded random streams for the parts of a run that are sequential anyway:
 * the assignment of debtors to arms and the posterior draws of learning strategies.
 * Built on seedrandom's Alea generator (about 6 ns per draw on Node 20).
 */

import seedrandom from "seedrandom";

export type RandomStream = () => number;

/** Create a stream in [0, 1) that depends only on the run seed and the label. */
export function createStream(seed: number, label: string): RandomStream {
  const generator = seedrandom.alea(`${seed}:${label}`);
  return () => generator();
}

/** Draw from Gamma(shape, 1) by Marsaglia and Tsang (2000), "A simple method for generating gamma variables". */
export function gammaDraw(random: RandomStream, shape: number): number {
  if (shape < 1) {
    // Boost: Gamma(a) = Gamma(a + 1) · U^(1/a).
    return gammaDraw(random, shape + 1) * Math.pow(random(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      const u1 = random() || Number.MIN_VALUE;
      const u2 = random();
      x = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random() || Number.MIN_VALUE;
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Draw from Beta(alpha, beta) as a ratio of gamma draws. */
export function betaDraw(random: RandomStream, alpha: number, beta: number): number {
  const x = gammaDraw(random, alpha);
  const y = gammaDraw(random, beta);
  return x / (x + y);
}
