/**
 * `inkasso-lab report` (`npm start`, `npm run build`): run the report's experiment,
 * then build the site to dist/ or serve it on 127.0.0.1.
 */

import path from "node:path";
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
  const configFile = options.config ?? path.join(REPOSITORY_ROOT, DEFAULT_CONFIG);
  let runDir = options.runDir;
  if (runDir === undefined) {
    const config = await loadExperimentConfig(configFile);
    runDir = path.join(REPOSITORY_ROOT, "data", "runs", config.name);
  }
  if (options.run) {
    await runCommand(configFile, { out: runDir, language: options.language });
  }

  // the site code is loaded only when a report is made, so `run` and `fees` start fast;
  // buildSite and serveSite prepare the site and print their own progress and address
  const { buildSite, serveSite } = await import("../../report/site.js");
  if (options.serve) {
    const child = await serveSite({ runDir, host: "127.0.0.1", port: options.port, language: options.language });
    await new Promise<void>((resolve) => child.once("exit", () => resolve()));
    return;
  }
  await buildSite({ runDir, language: options.language });
}
