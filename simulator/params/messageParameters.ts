/**
 * Parameters of the message and conversation mechanisms: message content, human and
 * automated calls, shame and AI acceptance, reactance, and settlement offers.
 *
 * Effects reported by field trials set the direction and the order of magnitude. The
 * fitted values live in data/parameters/calibrated.json, which records which trial moved
 * which value. Where no trial reports an effect, the value is an assumption.
 */

import { SEGMENTS } from "../population/codes.js";
import { CONTENT_FLAGS } from "../behavior/messageContent.js";
import { SEGMENT_NAMES_DE, SEGMENT_NAMES_EN } from "./categoryNames.js";
import { define, type ParameterDefinition } from "./parameter.js";

const CONTENT_NAMES_EN: Record<string, string> = {
  name: "the debtor's name",
  amount: "the amount owed",
  socialNorm: "a social norm",
  moralAppeal: "a moral appeal",
  pleasantCaller: "a pleasant caller manner"
};

const CONTENT_NAMES_DE: Record<string, string> = {
  name: "Namensnennung",
  amount: "Betragsnennung",
  socialNorm: "soziale Norm",
  moralAppeal: "moralischer Appell",
  pleasantCaller: "freundliche Gesprächsführung"
};

/** Default attention multiplier of each content flag [flag][segment]: forgetful, illiquid, overIndebted, unwilling, unreachable. */
const CONTENT_EFFECT = [
  [1.5, 1.3, 1.2, 1.1, 1.0],
  [1.1, 1.05, 1.0, 1.0, 1.0],
  [1.1, 1.0, 1.0, 1.6, 1.0],
  [1.0, 1.6, 1.6, 1.0, 1.0],
  [1.3, 1.3, 1.3, 1.1, 1.0]
];

const CONTENT_SOURCE = [
  "assumption; a text with the debtor's name raised payment from 23 % to 33 % (Haynes et al. 2013)",
  "assumption; a text with the amount raised payment from 23 % to 25 % (Haynes et al. 2013)",
  "assumption; only deterrent and social-norm letters raised payment over the standard letter (Kettle et al. 2016)",
  "assumption; a moral-appeal SMS cut delinquency by 4.4 pp from 66 %, a plain reminder had no effect (Bursztyn et al. 2019)",
  "assumption; 84.5 % paid within 6 weeks after a call from a pleasant-voiced agent against 71.6 % otherwise (Laudenbach, Pirschel, Siegel)"
];

export const messageParameters: ParameterDefinition[] = [
  // message content
  ...CONTENT_FLAGS.flatMap((flag, f) =>
    SEGMENTS.map((segment, s) =>
      define(
        `content.${flag}.${segment}`,
        CONTENT_EFFECT[f][s],
        "multiplier",
        [1, Math.max(1.5, CONTENT_EFFECT[f][s] * 1.6)],
        CONTENT_SOURCE[f],
        `Attention multiplier of ${CONTENT_NAMES_EN[flag]} in a message, segment ${SEGMENT_NAMES_EN[segment]}`,
        `Aufmerksamkeitsfaktor des Inhalts „${CONTENT_NAMES_DE[flag]}“, Segment ${SEGMENT_NAMES_DE[segment]}`
      )
    )
  ),

  // human caller versus automated contact
  define("call.resolveAgent", 0.35, "share of answered calls", [0.1, 0.6], "assumption; a personal call raised on-time repayment by 34.4 pp over an automated request (Laudenbach, Pirschel, Siegel)", "Chance that a debtor acts on the claim during an answered agent call (pays, agrees a plan or promises)", "Chance, dass ein Schuldner im angenommenen Gespräch mit einem Menschen handelt (zahlt, Raten vereinbart, verspricht)"),
  define("call.resolveBot", 0.15, "share of answered calls", [0.02, 0.4], "assumption", "Chance that a debtor acts on the claim during an answered voice-bot call, at full AI acceptance", "Chance, dass ein Schuldner im angenommenen Voicebot-Gespräch handelt, bei voller KI-Akzeptanz"),
  define("call.pleasantResolveFactor", 1.3, "multiplier", [1, 3], "assumption; pleasant-voiced agents: 84.5 % against 71.6 % paid within 6 weeks (Laudenbach, Pirschel, Siegel)", "Rise of the in-call resolution chance with a pleasant caller manner", "Anstieg der Handlungschance im Gespräch bei freundlicher Gesprächsführung"),
  define("call.pleasantTrust", 0.1, "trust points (0–1 scale)", [0, 0.4], "assumption (same trial)", "Trust gained from an answered agent call with a pleasant manner", "Vertrauensgewinn durch ein angenommenes Gespräch mit freundlicher Gesprächsführung"),

  // shame and AI acceptance
  define("reach.shameCallAvoidance", 0.3, "share (0–1) at full shame", [0, 0.6], "assumption; some debtors prefer a neutral bot because talking to a person about debt feels shameful (consumer surveys)", "How much shame lowers the chance of answering an agent call", "Wie stark Scham die Chance senkt, den Anruf eines Menschen anzunehmen"),
  define("reach.shameBotPreference", 0.3, "acceptance points at full shame", [0, 0.6], "assumption (same surveys)", "How much shame raises the acceptance of a voice bot", "Wie stark Scham die Akzeptanz eines Voicebots erhöht"),
  ...SEGMENTS.map((segment, s) =>
    define(`population.shame.${segment}`, [0.3, 0.5, 0.7, 0.2, 0.4][s], "mean shame (0–1)", [0.1, 0.9], "assumption", `Mean shame about the debt, segment ${SEGMENT_NAMES_EN[segment]}`, `Mittlere Scham über die Schulden, Segment ${SEGMENT_NAMES_DE[segment]}`)
  ),

  // reactance
  define("response.reactance", 0.35, "per contact above the tolerated number", [0, 1], "assumption; reactance theory: pressure provokes resistance", "Loss of the attention an unwilling debtor takes from a firm or deterrent contact, per contact above the tolerated number", "Verlust der Aufmerksamkeit eines zahlungsunwilligen Schuldners nach bestimmtem oder abschreckendem Kontakt, je Kontakt über der tolerierten Zahl"),
  define("response.pressureDisputeFactor", 0.3, "multiplier per extra contact", [0, 1], "assumption (reactance)", "Rise of the dispute chance per contact above the tolerated number", "Anstieg der Bestreitungschance je Kontakt über der tolerierten Zahl"),

  // settlement offers
  define("commitment.settlementDiscount", 0.3, "share of principal", [0.1, 0.5], "assumption", "Discount on the principal in a settlement offer", "Nachlass auf die Hauptforderung in einem Vergleichsangebot"),
  define("commitment.settlementAccept", 0.6, "share (0–1)", [0.3, 0.9], "assumption", "Chance of taking an offered settlement when the discounted amount is affordable and the full amount is not", "Annahmechance eines Vergleichs, wenn der reduzierte Betrag bezahlbar ist, der volle nicht")
];
