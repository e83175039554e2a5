/**
 * Building and serving the report site (Observable Framework, `src/`) for one run folder.
 *
 * The site must build and load with no network but the npm registry. So before each build
 * `prepareSite` copies DuckDB-wasm's `eh` module and worker from node_modules into
 * `src/_generated/duckdb/`. It also deletes Framework's cached data-loader output, because
 * Framework would otherwise reuse it and show an older run. `buildSite` and `serveSite` run
 * the `observable` CLI as a child process with `INKASSO_RUN_DIR` set. Progress goes to stderr.
 *
 * NOTE: `observable build` asks registry.npmjs.org for the versions of the optional libraries
 * its client can load (React, Leaflet, …), even though no page uses them, so a machine without
 * the npm registry cannot build the site.
 */

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { delimiter, join, relative, resolve, sep } from "node:path";
import { translate } from "../i18n/catalogue.js";
import { resolveLanguage, type Language } from "../i18n/locale.js";
import { checkRunDir, readRunParameters, readRunSummary, REPOSITORY_ROOT, resolveRunDir } from "./runDir.js";
import { languageOfPath } from "./siteLayout.js";

const SITE_ROOT = join(REPOSITORY_ROOT, "src");
const DATA_CACHE = join(SITE_ROOT, ".observablehq", "cache", "data");
const DUCKDB_SOURCE = join(REPOSITORY_ROOT, "node_modules", "@duckdb", "duckdb-wasm", "dist");
const DUCKDB_TARGET = join(SITE_ROOT, "_generated", "duckdb");
/** The DuckDB-wasm build the site loads: `eh` needs WebAssembly exceptions, in all major browsers since 2022. */
const DUCKDB_FILES = ["duckdb-eh.wasm", "duckdb-browser-eh.worker.js"];
const OBSERVABLE_CLI = join(REPOSITORY_ROOT, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
const DEFAULT_OUT_DIR = "dist";

export interface SiteOptions {
  /** Run folder to report; relative folders are resolved against the repository root. */
  runDir: string;
  /** Language of progress and error messages; by default the one of the environment's locale. */
  language?: Language;
}

function progress(language: Language, key: string, params: Record<string, string | number> = {}): void {
  process.stderr.write(`${translate(language, key, params)}\n`);
}

// Framework runs `.ts` data loaders with the `tsx` command, which is on PATH only under npm scripts.
function siteEnvironment(runDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const bin = join(REPOSITORY_ROOT, "node_modules", ".bin");
  return {
    ...process.env,
    INKASSO_RUN_DIR: runDir,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    PATH: [bin, process.env.PATH ?? ""].join(delimiter),
    ...extra
  };
}

/**
 * Writes an empty `tsconfig.json` where a nested package's tsconfig extends a file that npm
 * did not install. Framework bundles each node_modules import with rollup-plugin-esbuild,
 * which reads the nearest tsconfig and fails on a missing base. vega-selections 6.1.5 carries
 * its own vega-util 2.1.3 whose tsconfig extends `../../tsconfig.json`, which resolves to
 * `node_modules/vega-selections/tsconfig.json` and is not published. The failure does not stop
 * `observable build`; a retry on a later page may hide it, and if none succeeds vega is missing
 * from the built site.
 */
async function addMissingTsconfigBases(): Promise<void> {
  const modules = join(REPOSITORY_ROOT, "node_modules");
  const entries = await readdir(modules, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (entry.name !== "tsconfig.json" || !entry.isFile()) continue;
    // Only packages nested in another package's node_modules: <package>/node_modules/<nested>/tsconfig.json
    const parts = relative(modules, entry.parentPath).split(sep);
    if (parts.length < 3 || parts[parts.length - 2] !== "node_modules") continue;
    const base = /"extends"\s*:\s*"(\.[^"]+)"/.exec(await readFile(join(entry.parentPath, entry.name), "utf8"))?.[1];
    if (base === undefined) continue;
    const target = resolve(entry.parentPath, base);
    if (!existsSync(target) && target.startsWith(modules + sep)) {
      await writeFile(target, "{}\n");
    }
  }
}

async function copyDuckdbAssets(language: Language): Promise<void> {
  await mkdir(DUCKDB_TARGET, { recursive: true });
  for (const file of DUCKDB_FILES) {
    const source = join(DUCKDB_SOURCE, file);
    if (!existsSync(source)) {
      throw new Error(translate(language, "report.error.duckdbAssetMissing", { path: source }));
    }
    await copyFile(source, join(DUCKDB_TARGET, file));
  }
}

/**
 * Prepares the site for a run: checks the run folder, copies the DuckDB-wasm files into
 * `src/_generated/duckdb/`, adds tsconfig files that nested vega packages need for bundling,
 * deletes cached data-loader output, and sets `INKASSO_RUN_DIR` and
 * `OBSERVABLE_TELEMETRY_DISABLE=true` in this process's environment.
 *
 * @throws Error when the run folder lacks a file the site reads or a file is invalid.
 */
export async function prepareSite(options: SiteOptions): Promise<void> {
  const language = options.language ?? resolveLanguage();
  const runDir = resolveRunDir(options.runDir);
  progress(language, "report.progress.preparing", { dir: runDir });

  // Check the files here, so that a broken run fails with one message instead of inside a loader.
  checkRunDir(runDir);
  readRunSummary(runDir);
  readRunParameters(runDir);

  await copyDuckdbAssets(language);
  await addMissingTsconfigBases();
  await rm(DATA_CACHE, { recursive: true, force: true });
  process.env.INKASSO_RUN_DIR = runDir;
  process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
}

function runObservable(args: string[], env: NodeJS.ProcessEnv): Promise<number | string> {
  return new Promise((resolvePromise, reject) => {
    // Framework's own progress goes to stderr, because stdout is for data.
    const child = spawn(process.execPath, [OBSERVABLE_CLI, ...args], { cwd: REPOSITORY_ROOT, env, stdio: ["ignore", 2, 2] });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolvePromise(code ?? signal ?? "unknown"));
  });
}

// The output folder is deleted before building (Framework does so only inside the working
// directory, and a leftover file there makes it fail with "file conflict"), so folders that
// hold more than an earlier build are rejected.
async function checkOutDir(outDir: string, language: Language): Promise<void> {
  const inside = (parent: string, child: string) => child === parent || child.startsWith(parent + sep);
  const unsafe = inside(outDir, REPOSITORY_ROOT) || inside(SITE_ROOT, outDir);
  const foreign = existsSync(outDir) && (await readdir(outDir)).length > 0 && !existsSync(join(outDir, "_observablehq"));
  if (unsafe || foreign) {
    throw new Error(translate(language, "report.error.outDirUnsafe", { outDir }));
  }
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes `lang` into the `<html>` tag of every built page, because Framework 1.13.4 has no
 * option for it: pages under `en/` are English, all others German.
 */
async function setHtmlLanguage(outDir: string, files: string[]): Promise<void> {
  for (const file of files.filter((path) => path.endsWith(".html"))) {
    const sitePath = "/" + relative(outDir, file).split(sep).join("/");
    const html = await readFile(file, "utf8");
    await writeFile(file, html.replace(/<html>/, `<html lang="${languageOfPath(sitePath)}">`));
  }
}

/**
 * Lists bare import specifiers left in the built page modules. Framework bundles a bare
 * import from node_modules into `_node/`; when that fails (a package with import-only
 * `exports`, or a package whose tsconfig extends a missing file), it leaves the bare
 * specifier in place without failing the build, and the browser cannot load the page.
 */
async function findUnresolvedImports(outDir: string, files: string[]): Promise<string[]> {
  const unresolved = new Set<string>();
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'./][^"']*)["']/g;
  for (const file of files.filter((path) => path.startsWith(join(outDir, "_import") + sep) && path.endsWith(".js"))) {
    const source = await readFile(file, "utf8");
    for (const match of source.matchAll(pattern)) {
      if (!/^[a-z]+:/.test(match[1])) unresolved.add(`${relative(outDir, file)}: ${match[1]}`);
    }
  }
  return [...unresolved];
}

/**
 * Builds the static site for a run into `outDir` (default `dist/`, relative to the repository
 * root) by running `observable build`, then writes each page's language into its `<html>` tag.
 * An existing `outDir` is deleted first, so it must be empty or an earlier build.
 *
 * @throws Error when the run folder is incomplete, `outDir` is unsafe to replace, the build
 *   exits non-zero, or a page module still has an import the browser cannot resolve.
 */
export async function buildSite(options: SiteOptions & { outDir?: string }): Promise<void> {
  const language = options.language ?? resolveLanguage();
  // INKASSO_SITE_OUTPUT, which observablehq.config.ts also reads, chooses another output folder
  const outDir = resolve(REPOSITORY_ROOT, options.outDir ?? (process.env.INKASSO_SITE_OUTPUT || DEFAULT_OUT_DIR));
  await checkOutDir(outDir, language);
  await prepareSite({ ...options, language });
  await rm(outDir, { recursive: true, force: true });

  progress(language, "report.progress.building", { outDir });
  const started = performance.now();
  const status = await runObservable(["build"], siteEnvironment(resolveRunDir(options.runDir), { INKASSO_SITE_OUTPUT: outDir }));
  if (status !== 0) {
    throw new Error(translate(language, "report.error.buildFailed", { status }));
  }

  const files = await listFiles(outDir);
  const unresolved = await findUnresolvedImports(outDir, files);
  if (unresolved.length > 0) {
    throw new Error(translate(language, "report.error.unresolvedImports", { imports: unresolved.join(", ") }));
  }
  await setHtmlLanguage(outDir, files);

  const bytes = (await Promise.all(files.map(async (file) => (await stat(file)).size))).reduce((sum, size) => sum + size, 0);
  progress(language, "report.progress.built", {
    outDir,
    seconds: ((performance.now() - started) / 1000).toFixed(1),
    megabytes: (bytes / 1e6).toFixed(1)
  });
}

/**
 * Starts `observable preview` for a run and resolves with the child process once the server
 * listens, after printing its address to stderr. Framework picks the next free port when
 * `port` is taken, so the printed address is the one Framework reports. Stop the server by
 * killing the returned process.
 *
 * @throws Error when the run folder is incomplete or the server exits before it listens.
 */
export async function serveSite(options: SiteOptions & { host: string; port: number }): Promise<ChildProcess> {
  const language = options.language ?? resolveLanguage();
  await prepareSite({ ...options, language });
  const args = ["preview", "--host", options.host, "--port", String(options.port), "--no-open"];
  const child = spawn(process.execPath, [OBSERVABLE_CLI, ...args], {
    cwd: REPOSITORY_ROOT,
    env: siteEnvironment(resolveRunDir(options.runDir)),
    stdio: ["ignore", "pipe", "pipe"]
  });
  child.stderr.pipe(process.stderr);

  return new Promise((resolvePromise, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      process.stderr.write(chunk);
      // Framework prints the address as "↳ http://127.0.0.1:3000/", with colour codes on a terminal.
      output += chunk.toString("utf8").replace(/\u001b\[[0-9;]*m/g, "");
      const url = /https?:\/\/[^\s]+/.exec(output)?.[0];
      if (url === undefined) return;
      child.stdout.off("data", onData);
      child.stdout.pipe(process.stderr);
      child.off("exit", onExit);
      progress(language, "report.progress.serving", { url });
      resolvePromise(child);
    };
    const onExit = (code: number | null, signal: string | null) => {
      reject(new Error(translate(language, "report.error.previewFailed", { status: code ?? signal ?? "unknown", port: options.port })));
    };
    child.stdout.on("data", onData);
    child.once("exit", onExit);
    child.once("error", reject);
  });
}
