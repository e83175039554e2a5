// Type declarations for the part of jstat 1.9.6 that this folder uses; the package ships none.
declare module "jstat" {
  interface NoncentralT {
    /** Cumulative distribution function of the noncentral t distribution. */
    cdf(x: number, degreesOfFreedom: number, noncentrality: number): number;
  }
  const jStat: { noncentralt: NoncentralT };
  export default jStat;
}
