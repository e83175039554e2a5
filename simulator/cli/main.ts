/**
 * The `inkasso-lab` command line: run experiments, compute fees, build or serve the
 * report, and benchmark the engine. Data goes to stdout; progress and errors go to
 * stderr; failures exit non-zero. Every text comes from the message catalogue in the
 * language of `--lang` or of the environment (German by default).
 */

import { Command, CommanderError } from "commander";
import { translate, translator } from "../i18n/catalogue.js";
import { resolveLanguage, type Language } from "../i18n/locale.js";
import { packageVersion } from "../experiment/writeRun.js";
import { runCommand } from "./commands/runCommand.js";
import { feesCommand } from "./commands/feesCommand.js";
import { reportCommand } from "./commands/reportCommand.js";
import { benchCommand } from "./commands/benchCommand.js";
import { powerCommand } from "./commands/powerCommand.js";
import { trialCommand } from "./commands/trialCommand.js";
import { sensitivityCommand } from "./commands/sensitivityCommand.js";
import { parseInteger } from "./parseOptions.js";

const HELP_TITLES_DE: Record<string, string> = {
  "Usage:": "Aufruf:",
  "Options:": "Optionen:",
  "Commands:": "Befehle:",
  "Arguments:": "Argumente:",
  "Global Options:": "Globale Optionen:"
};

/** Commander error codes with a catalogue message. */
const COMMANDER_ERRORS: Record<string, string> = {
  "commander.unknownOption": "cli.error.unknownOption",
  "commander.unknownCommand": "cli.error.unknownCommand",
  "commander.missingArgument": "cli.error.missingArgument",
  "commander.optionMissingArgument": "cli.error.optionMissingArgument",
  "commander.missingMandatoryOptionValue": "cli.error.missingMandatoryOption",
  "commander.excessArguments": "cli.error.excessArguments"
};

/** Find `--lang` before commander parses, because help texts depend on it. */
function languageFromArgv(argv: readonly string[]): string | undefined {
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === "--lang") return argv[k + 1];
    if (argv[k].startsWith("--lang=")) return argv[k].slice("--lang=".length);
  }
  return undefined;
}

export function buildProgram(language: Language): Command {
  const t = translator(language);
  const program = new Command("inkasso-lab");
  const localize = (command: Command): Command =>
    command
      .helpOption("-h, --help", t("cli.option.help"))
      .configureHelp({ styleTitle: (title: string) => (language === "de" ? HELP_TITLES_DE[title] ?? title : title) })
      .exitOverride()
      .configureOutput({ outputError: () => {} });

  localize(program)
    .description(t("cli.description"))
    .version(packageVersion(), "-V, --version", t("cli.option.version"))
    .option("--lang <language>", t("cli.option.lang"))
    .helpCommand("help [command]", t("cli.command.help"))
    .showHelpAfterError(false);

  localize(program.command("run"))
    .description(t("cli.run.description"))
    .argument("<config>", t("cli.run.config"))
    .option("--out <dir>", t("cli.run.out"))
    .option("--seed <n>", t("cli.run.seed"))
    .option("--population <n>", t("cli.run.population"))
    .option("--horizon <days>", t("cli.run.horizon"))
    .option("--replications <n>", t("cli.run.replications"))
    .option("--lang <language>", t("cli.option.lang"))
    .action(async (config: string, options: Record<string, string | undefined>) => {
      await runCommand(config, {
        out: options.out,
        replications: parseInteger(options.replications, "--replications", language, 1, 1000),
        seed: parseInteger(options.seed, "--seed", language, 0, 2 ** 32 - 1),
        population: parseInteger(options.population, "--population", language, 10, 20_000_000),
        horizonDays: parseInteger(options.horizon, "--horizon", language, 7, 3650),
        language
      });
    });

  localize(program.command("fees"))
    .description(t("cli.fees.description"))
    .requiredOption("--claim <eur>", t("cli.fees.claim"))
    .option("--stage <stage>", t("cli.fees.stage"))
    .option("--date <yyyy-mm-dd>", t("cli.fees.date"))
    .option("--instalment", t("cli.fees.instalment"))
    .option("--vat", t("cli.fees.vat"))
    .option("--json", t("cli.fees.json"))
    .option("--lang <language>", t("cli.option.lang"))
    .action((options: { claim: string; stage?: string; date?: string; json?: boolean; instalment?: boolean; vat?: boolean }) => {
      feesCommand({ ...options, language });
    });

  localize(program.command("power"))
    .description(t("cli.power.description"))
    .option("--metric <kind>", t("cli.power.metric"))
    .option("--baseline <share>", t("cli.power.baseline"))
    .requiredOption("--mde <difference>", t("cli.power.mde"))
    .option("--sd <eur>", t("cli.power.sd"))
    .option("--alpha <level>", t("cli.power.alpha"))
    .option("--power <share>", t("cli.power.power"))
    .option("--ratio <ratio>", t("cli.power.ratio"))
    .option("--json", t("cli.power.json"))
    .option("--lang <language>", t("cli.option.lang"))
    .action((options: { metric?: string; baseline?: string; mde?: string; sd?: string; alpha?: string; power?: string; ratio?: string; json?: boolean }) => {
      powerCommand({ ...options, language });
    });

  localize(program.command("trial"))
    .description(t("cli.trial.description"))
    .argument("[name]", t("cli.trial.name"))
    .option("--list", t("cli.trial.list"))
    .option("--population <n>", t("cli.trial.population"))
    .option("--parameter-set <name>", t("cli.trial.parameterSet"))
    .option("--json", t("cli.trial.json"))
    .option("--lang <language>", t("cli.option.lang"))
    .action(async (name: string | undefined, options: { list?: boolean; population?: string; parameterSet?: string; json?: boolean }) => {
      await trialCommand(name, {
        list: options.list,
        population: parseInteger(options.population, "--population", language, 100, 2_000_000),
        parameterSet: options.parameterSet,
        json: options.json,
        language
      });
    });

  localize(program.command("sensitivity"))
    .description(t("cli.sensitivity.description"))
    .argument("<config>", t("cli.run.config"))
    .option("--samples <n>", t("cli.sensitivity.samples"))
    .option("--population <n>", t("cli.sensitivity.population"))
    .option("--seed <n>", t("cli.run.seed"))
    .option("--out <dir>", t("cli.sensitivity.out"))
    .option("--lang <language>", t("cli.option.lang"))
    .action(async (config: string, options: Record<string, string | undefined>) => {
      await sensitivityCommand(config, {
        out: options.out,
        samples: parseInteger(options.samples, "--samples", language, 2, 10_000),
        population: parseInteger(options.population, "--population", language, 10, 20_000_000),
        seed: parseInteger(options.seed, "--seed", language, 0, 2 ** 32 - 1),
        language
      });
    });

  localize(program.command("report"))
    .description(t("cli.report.description"))
    .option("--serve", t("cli.report.serve"))
    .option("--no-run", t("cli.report.noRun"))
    .option("--config <file>", t("cli.report.config"))
    .option("--run-dir <dir>", t("cli.report.runDir"))
    .option("--port <n>", t("cli.report.port"))
    .option("--lang <language>", t("cli.option.lang"))
    .action(async (options: { serve?: boolean; run: boolean; config?: string; runDir?: string; port?: string }) => {
      await reportCommand({
        serve: options.serve === true,
        run: options.run,
        config: options.config,
        runDir: options.runDir,
        port: parseInteger(options.port, "--port", language, 1, 65535) ?? 3000,
        language
      });
    });

  localize(program.command("bench"))
    .description(t("cli.bench.description"))
    .option("--population <n>", t("cli.bench.population"))
    .option("--horizon <days>", t("cli.bench.horizon"))
    .option("--repeat <n>", t("cli.bench.repeat"))
    .option("--strategy <name>", t("cli.bench.strategy"))
    .option("--lang <language>", t("cli.option.lang"))
    .action(async (options: Record<string, string | undefined>) => {
      await benchCommand({
        population: parseInteger(options.population, "--population", language, 10, 20_000_000) ?? 1_000_000,
        horizonDays: parseInteger(options.horizon, "--horizon", language, 7, 3650) ?? 180,
        repeat: parseInteger(options.repeat, "--repeat", language, 1, 99) ?? 3,
        strategy: options.strategy ?? "classicDunning",
        language
      });
    });

  // usage lines in the output language: "[Optionen] <config>" in German
  program.usage(`${t("cli.usage.options")} ${t("cli.usage.command")}`);
  for (const command of program.commands) {
    const args = command.registeredArguments.map((argument) => (argument.required ? `<${argument.name()}>` : `[${argument.name()}]`));
    command.usage([t("cli.usage.options"), ...args].join(" "));
  }
  return program;
}

/** Run the CLI with arguments (without node and script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let language: Language;
  try {
    language = resolveLanguage(languageFromArgv(argv));
  } catch {
    // the language itself is invalid, so the message comes in both languages
    const value = languageFromArgv(argv) ?? "";
    process.stderr.write(`${translate("de", "cli.error.language", { value })}\n${translate("en", "cli.error.language", { value })}\n`);
    return 2;
  }
  const t = translator(language);
  const program = buildProgram(language);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version end with a CommanderError too, with exit code 0
      if (error.exitCode === 0) return 0;
      const key = COMMANDER_ERRORS[error.code];
      const commands = program.commands.map((command) => command.name()).filter((name) => name !== "help").join(", ");
      const message = key ? t(key, { detail: commanderDetail(error.message), commands }) : error.message;
      process.stderr.write(`${t("cli.error", { message })}\n${t("cli.error.seeHelp")}\n`);
      return 2;
    }
    const message = error instanceof Error ? localizedMessage(error, language) : String(error);
    process.stderr.write(`${t("cli.error", { message })}\n`);
    return 1;
  }
}

/** Extract the quoted option, command or argument from a commander message. */
function commanderDetail(message: string): string {
  const quoted = /'([^']+)'/.exec(message);
  return quoted ? quoted[1] : message.replace(/^error:\s*/, "");
}

function localizedMessage(error: Error, language: Language): string {
  const withLanguage = error as Error & { messageIn?: (language: Language) => string };
  return typeof withLanguage.messageIn === "function" ? withLanguage.messageIn(language) : error.message;
}
