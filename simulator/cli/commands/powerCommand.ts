/**
 * `inkasso-lab power`: the sample size of a pilot, for a proportion (e.g. the cure rate)
 * or a mean in € (e.g. recovered € per case), from simulator/analysis/samplePower.ts.
 * Sizes are rounded up to whole debtors, as R's `ceiling(power.prop.test(...)$n)`.
 */

import { meanSampleSize, proportionSampleSize, type SampleSize } from "../../analysis/samplePower.js";
import { translate } from "../../i18n/catalogue.js";
import { formatMoney, formatNumber, formatPercent, type Language } from "../../i18n/locale.js";
import { CliInputError } from "../parseOptions.js";

export interface PowerCommandOptions {
  metric?: string;
  baseline?: string;
  mde?: string;
  sd?: string;
  alpha?: string;
  power?: string;
  ratio?: string;
  json?: boolean;
  language: Language;
}

/** The sizes printed with `--json`; the two arm sizes only when the ratio is not 1. */
export interface PowerResult {
  nPerArm: number;
  nTotal: number;
  nBaseline?: number;
  nChallenger?: number;
}

interface PowerPlan {
  metric: "proportion" | "mean";
  baseline: number;
  mde: number;
  sd: number;
  alpha: number;
  power: number;
  ratio: number;
}

/** Validate the options, compute the sample size and return the text (or JSON) to print. */
export function runPowerCommand(options: PowerCommandOptions): string {
  const plan = parsePlan(options);
  const size = computeSampleSize(plan);
  const result = roundSampleSize(size, plan.ratio);
  return options.json === true ? `${JSON.stringify(result)}\n` : formatPowerResult(plan, result, options.language);
}

/** Print the output of {@link runPowerCommand} to stdout. */
export function powerCommand(options: PowerCommandOptions): void {
  process.stdout.write(runPowerCommand(options));
}

/** Round each arm up to whole debtors; the first arm is the champion. */
export function roundSampleSize(size: SampleSize, ratio: number): PowerResult {
  const nBaseline = Math.ceil(size.n1);
  const nChallenger = Math.ceil(size.n2);
  if (ratio === 1) return { nPerArm: nBaseline, nTotal: 2 * nBaseline };
  return { nPerArm: nBaseline, nTotal: nBaseline + nChallenger, nBaseline, nChallenger };
}

function computeSampleSize(plan: PowerPlan): SampleSize {
  const options = { significanceLevel: plan.alpha, power: plan.power, allocationRatio: plan.ratio };
  if (plan.metric === "proportion") return proportionSampleSize(plan.baseline, plan.baseline + plan.mde, options);
  return meanSampleSize(plan.mde, plan.sd, options);
}

function parsePlan(options: PowerCommandOptions): PowerPlan {
  const language = options.language;
  const fail = (key: string, params: Record<string, string | number> = {}): never => {
    throw new CliInputError(translate(language, key, params));
  };

  const metric = options.metric ?? "proportion";
  if (metric !== "proportion" && metric !== "mean") fail("power.error.metric", { value: metric });

  const mde = parseDecimal(options.mde, "--mde", "0.02", language);
  if (mde === undefined) return fail("cli.error.missingMandatoryOption", { detail: "--mde" });
  if (mde === 0) fail("power.error.mdeZero", { value: options.mde ?? "" });

  const alpha = parseDecimal(options.alpha, "--alpha", "0.05", language) ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) fail("power.error.alpha", { value: options.alpha ?? "" });
  const power = parseDecimal(options.power, "--power", "0.8", language) ?? 0.8;
  if (!(power > alpha / 2 && power < 1)) fail("power.error.power", { value: options.power ?? "" });
  const ratio = parseDecimal(options.ratio, "--ratio", "1", language) ?? 1;
  if (!(ratio > 0)) fail("power.error.ratio", { value: options.ratio ?? "" });

  const baseline = parseDecimal(options.baseline, "--baseline", "0.30", language);
  const sd = parseDecimal(options.sd, "--sd", "120", language);

  if (metric === "proportion") {
    if (baseline === undefined) return fail("power.error.baselineMissing");
    if (!(baseline > 0 && baseline < 1)) fail("power.error.baseline", { value: options.baseline ?? "" });
    const target = baseline + mde;
    if (!(target > 0 && target < 1)) {
      fail("power.error.target", { baseline: options.baseline ?? "", mde: options.mde ?? "", target: formatNumber(target, language, 4) });
    }
    return { metric, baseline, mde, sd: NaN, alpha, power, ratio };
  }

  if (baseline !== undefined) fail("power.error.baselineForMean");
  if (sd === undefined) return fail("power.error.sdMissing");
  if (!(sd > 0)) fail("power.error.sd", { value: options.sd ?? "" });
  return { metric: "mean", baseline: NaN, mde, sd, alpha, power, ratio };
}

/** Parse a finite decimal number written with a point or a comma; undefined stays undefined. */
function parseDecimal(value: string | undefined, option: string, example: string, language: Language): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().replace(",", ".");
  const parsed = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(parsed)) {
    const shown = language === "de" ? example.replace(".", ",") : example;
    throw new CliInputError(translate(language, "power.error.number", { value, option, example: shown }));
  }
  return parsed;
}

function formatPowerResult(plan: PowerPlan, result: PowerResult, language: Language): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const count = (n: number) => formatNumber(n, language);
  const common = { alpha: formatNumber(plan.alpha, language, 3), power: formatPercent(plan.power, language, 0) };
  const lines =
    plan.metric === "proportion"
      ? [t("power.result.proportion", {
          ...common,
          baseline: formatPercent(plan.baseline, language, 2),
          target: formatPercent(plan.baseline + plan.mde, language, 2),
          mde: formatPercent(plan.mde, language, 2)
        })]
      : [t("power.result.mean", { ...common, mde: formatMoney(plan.mde, language), sd: formatMoney(plan.sd, language) })];

  if (result.nBaseline === undefined || result.nChallenger === undefined) {
    lines.push(t("power.result.perArm", { nPerArm: count(result.nPerArm) }));
  } else {
    lines.push(t("power.result.arms", {
      nBaseline: count(result.nBaseline),
      nChallenger: count(result.nChallenger),
      ratio: formatNumber(plan.ratio, language, 3)
    }));
  }
  lines.push(t("power.result.total", { nTotal: count(result.nTotal) }));
  return `${lines.join("\n")}\n`;
}
