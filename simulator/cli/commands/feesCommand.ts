/** `inkasso-lab fees`: print the fee breakdown a debtor would be charged for a claim. */

import { runFeesCommand } from "../../compliance/feesCommand.js";
import type { Language } from "../../i18n/locale.js";

export function feesCommand(options: { claim: string; stage?: string; date?: string; json?: boolean; instalment?: boolean; vat?: boolean; language: Language }): void {
  const output = runFeesCommand({
    claim: options.claim,
    stage: options.stage,
    date: options.date,
    json: options.json,
    instalmentAgreement: options.instalment,
    creditorDeductsVat: options.vat === true ? false : undefined,
    language: options.language
  });
  process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
}
