/**
 * `inkasso-lab report` (`npm start`, `npm run build`): run the report's experiment,
 * then build the site to dist/ or serve it on 127.0.0.1.
 */

import path from "node:path";
import { translator } from "../../i18n/catalogue.js";
import type { Language } from "../../i18n/locale.js";
import { loadExperimentConfig } from "../../experiment/config.js";
import { REPOSITORY_ROOT } from "../../report/runDir.js";
import { runCommand } from "./runCommand.js";

export interface ReportOptions {
  serve: boolean;
  run: boolean;
  config?: string;
  runDir?: string;
  port: number;
  language: Language;
}

export const DEFAULT_CONFIG = "data/experiments/default.json";

export async function reportCommand(options: ReportOptions): Promise<void> {
  const t = translator(options.language);
  const configFile = options.config ?? path.join(REPOSITORY_ROOT, DEFAULT_CONFIG);
  let runDir = options.runDir;
  if (runDir === undefined) {
    const config = await loadExperimentConfig(configFile);
    runDir = path.join(REPOSITORY_ROOT, "data", "runs", config.name);
  }
  if (options.run) {
    await runCommand(configFile, { out: runDir, language: options.language });
  }

  // the site code is loaded only when a report is made, so `run` and `fees` start fast
  const { buildSite, prepareSite, serveSite } = await import("../../report/site.js");
  process.stderr.write(`${t("report.preparing", { path: runDir })}\n`);
  await prepareSite({ runDir });
  if (options.serve) {
    const child = await serveSite({ runDir, host: "127.0.0.1", port: options.port });
    process.stderr.write(`${t("report.serving", { url: `http://127.0.0.1:${options.port}/` })}\n`);
    await new Promise<void>((resolve) => child.once("exit", () => resolve()));
    return;
  }
  process.stderr.write(`${t("report.building")}\n`);
  await buildSite({ runDir });
  process.stderr.write(`${t("report.built")}\n`);
}
