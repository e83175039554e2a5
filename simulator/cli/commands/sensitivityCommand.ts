/**
 * `inkasso-lab sensitivity <config>`: rerun an experiment over the plausible ranges of
 * the uncertain parameters, one at a time and jointly, print how often each challenger
 * still wins and which parameters flip the verdict, and write `sensitivity.json` into
 * the run folder.
 */

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { translator } from "../../i18n/catalogue.js";
import { formatNumber, formatPercent, type Language } from "../../i18n/locale.js";
import { loadExperimentConfig } from "../../experiment/config.js";
import { runSensitivity, type SensitivityResult } from "../../calibration/sensitivity.js";

export const SENSITIVITY_FILE = "sensitivity.json";

export interface SensitivityCommandOptions {
  out?: string;
  samples?: number;
  population?: number;
  seed?: number;
  language: Language;
}

/** Run the sensitivity analysis of `configFile`, print it and write it; returns the result and the file. */
export async function sensitivityCommand(configFile: string, options: SensitivityCommandOptions): Promise<{ result: SensitivityResult; file: string }> {
  const t = translator(options.language);
  const config = await loadExperimentConfig(configFile, { population: options.population ?? 20_000, seed: options.seed });
  const outDir = options.out ?? path.join("data", "runs", config.name);
  const started = performance.now();

  const result = await runSensitivity(config, {
    samples: options.samples,
    onWorld: (done, total) => process.stderr.write(`${t("sensitivity.progress", { done, total })}\n`)
  });
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, SENSITIVITY_FILE);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stderr.write(`${t("sensitivity.written", { file, seconds: formatNumber((performance.now() - started) / 1000, options.language, 1) })}\n`);

  process.stdout.write(`${formatSensitivity(result, options.language)}\n`);
  return { result, file };
}

/** Format one line per challenger and metric: win share and the parameters that flip the verdict. */
export function formatSensitivity(result: SensitivityResult, language: Language): string {
  const t = translator(language);
  const lines = [t("sensitivity.header", { population: formatNumber(result.population, language), samples: result.samples, parameters: result.parameters.length })];
  for (const share of result.winShares) {
    const flipping = result.tornado.filter((bar) => bar.arm === share.arm && bar.metric === share.metric && bar.flips).map((bar) => bar.parameter);
    lines.push(
      t("sensitivity.row", {
        arm: share.arm,
        baseline: share.baseline,
        metric: t(`report.metric.${share.metric}`),
        share: formatPercent(share.winShare, language, 0),
        driver: share.drivers[0]?.parameter ?? t("report.value.missing"),
        flips: flipping.length === 0 ? t("sensitivity.noFlip") : flipping.join(", ")
      })
    );
  }
  return lines.join("\n");
}
