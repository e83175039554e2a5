/**
 * The logic behind `inkasso-lab fees --claim EUR [--stage …] [--date YYYY-MM-DD] [--json]`: check
 * the options, compute the Inkasso fees a debtor would owe and return them as JSON or as a
 * readable breakdown in German or English.
 */

import { complianceMessages } from "../i18n/messages/compliance.js";
import { formatDate, formatMoney, formatNumber, type Language } from "../i18n/locale.js";
import { COLLECTION_STAGES, computeAgencyFees, VAT_PERCENT, type CollectionStage } from "./agencyFees.js";
import { mahnbescheidCourtFee } from "./courtFees.js";
import { FEE_RULES_FROM } from "./rvgFeeTable.js";
import { checkIsoDate } from "./valueFeeSchedule.js";

export interface FeesCommandOptions {
  /** Claim in €, with "." or "," as decimal separator, e.g. "563,20". */
  claim: string;
  /** Collection stage; default "undisputed". */
  stage?: string;
  /** Mandate date YYYY-MM-DD; default today (UTC). */
  date?: string;
  /** Return JSON instead of the readable breakdown. */
  json?: boolean;
  /** Whether a payment agreement was made; default false. */
  instalmentAgreement?: boolean;
  /** Whether the creditor deducts input VAT; default true. */
  creditorDeductsVat?: boolean;
  language: Language;
}

const CLAIM_PATTERN = /^\d+([.,]\d{1,2})?$/;

/**
 * Run the fee calculation for the command line and return the text to print on stdout.
 * @throws Error with a message from the catalogue naming the invalid option and the fix
 */
export function runFeesCommand(options: FeesCommandOptions): string {
  const { language } = options;
  const text = (key: string, params: Record<string, string | number> = {}) => message(language, key, params);

  // Check the options before any calculation.
  const claimText = options.claim.trim();
  const claim = CLAIM_PATTERN.test(claimText) ? Number(claimText.replace(",", ".")) : NaN;
  if (!(claim > 0)) throw new Error(text("fees.error.claimInvalid", { value: options.claim }));

  const stage = options.stage ?? "undisputed";
  if (!(COLLECTION_STAGES as readonly string[]).includes(stage)) {
    throw new Error(text("fees.error.stageInvalid", { value: stage }));
  }

  const date = options.date ?? new Date().toISOString().slice(0, 10);
  try {
    checkIsoDate(date, "date");
  } catch {
    throw new Error(text("fees.error.dateInvalid", { value: date }));
  }
  if (date < FEE_RULES_FROM) {
    throw new Error(text("fees.error.dateTooEarly", { value: date, earliest: FEE_RULES_FROM }));
  }

  // Compute.
  const fees = computeAgencyFees({
    claim,
    stage: stage as CollectionStage,
    date,
    instalmentAgreement: options.instalmentAgreement ?? false,
    creditorDeductsVat: options.creditorDeductsVat ?? true
  });
  const courtFee = mahnbescheidCourtFee(claim, date);

  if (options.json === true) {
    return JSON.stringify({ claim, stage, date, ...fees, mahnbescheidCourtFee: courtFee }, null, 2);
  }

  // Readable breakdown: one label and one amount per line.
  const money = (value: number) => formatMoney(value, language);
  const rows: [string, string][] = [
    [
      text("fees.agencyFee", { rate: formatNumber(fees.rate, language, 1), unit: money(fees.feeUnit) }),
      money(fees.agencyFee)
    ]
  ];
  if (fees.instalmentFee > 0) {
    rows.push([
      text("fees.instalmentFee", { rate: formatNumber(0.7, language, 1), unit: money(fees.instalmentFeeUnit) }),
      money(fees.instalmentFee)
    ]);
  }
  rows.push([text("fees.expenses"), money(fees.expenses)]);
  if (options.creditorDeductsVat === false) {
    rows.push([text("fees.vat", { percent: VAT_PERCENT }), money(fees.vat)]);
  }
  rows.push([text("fees.total"), money(fees.total)]);

  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const amountWidth = Math.max(...rows.map(([, amount]) => amount.length));
  const lines = [
    text("fees.title", { claim: money(claim), date: formatDate(date, language) }),
    text("fees.stage", { stage: text(`fees.stage.${stage}`) }),
    "",
    ...rows.map(([label, amount]) => `${label.padEnd(labelWidth)}  ${amount.padStart(amountWidth)}`)
  ];
  if (options.creditorDeductsVat !== false) lines.push(text("fees.vatDeducted"));
  lines.push("", `${text("fees.mahnbescheid")}: ${money(courtFee)}`);
  return lines.join("\n");
}

/** Look up a compliance message and fill its `{name}` placeholders. */
function message(language: Language, key: string, params: Record<string, string | number>): string {
  const table: Record<string, string> = complianceMessages[language];
  const template = table[key];
  if (template === undefined) throw new Error(`Missing message "${key}" for language "${language}".`);
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    params[name] === undefined ? match : String(params[name])
  );
}
