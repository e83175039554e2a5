#!/usr/bin/env node
// Entry point of `npx inkasso-lab`: loads the TypeScript sources through tsx, then runs the CLI.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
