/**
 * Parameters of the debtor behaviour model: reach, attention, response, liquidity,
 * commitments, disputes, legal path, NPS, and the agency's costs.
 *
 * Most behavioural numbers have no German source: keep rates, plan default rates,
 * per-channel response rates and payday effects are unpublished. Such values are marked
 * "assumption" and carry a plausible range for sensitivity analysis.
 */

import { SEGMENTS, TONES, CHANNELS } from "../population/codes.js";
import { CHANNEL_NAMES_DE, CHANNEL_NAMES_EN, SEGMENT_NAMES_DE, SEGMENT_NAMES_EN, TONE_NAMES_DE } from "./categoryNames.js";
import { define, type ParameterDefinition } from "./parameter.js";

// daily chance that a debtor acts on the claim without a fresh reminder, by segment
const BASE_HAZARD = [0.004, 0.005, 0.002, 0.0006, 0.003];
// how strongly a noticed reminder raises that chance, by segment
const ATTENTION_GAIN = [40, 24, 12, 5, 30];
// tone effect on the response to a noticed reminder [segment][tone]: empathetic, neutral, firm, deterrent
const TONE_EFFECT = [
  [1.0, 1.0, 1.05, 1.0],
  [1.2, 1.0, 0.9, 0.8],
  [1.35, 1.0, 0.85, 0.7],
  [0.8, 1.0, 1.3, 1.5],
  [1.0, 1.0, 1.0, 1.0]
];
// share of free cash in net income, by segment
const FREE_CASH_SHARE = [0.22, 0.12, 0.04, 0.15, 0.1];
// savings buffer in months of free cash, by segment
const BUFFER_MONTHS = [6, 0.5, 0, 3, 1];
// chance of noticing a delivered contact: letter opened, e-mail opened, SMS read, agent call picked up, bot call picked up
const NOTICE = [0.7, 0.32, 0.75, 0.3, 0.28];
const ALERT_BY_CHANNEL = [1.0, 0.8, 0.7, 2.2, 1.1];
const CONTACT_COST = [0.95, 0.005, 0.08, 4.3, 0.15];
const CONTACT_COST_SOURCE = [
  "Deutsche Post tariff 2025, standard letter retail (bulk rates lower)",
  "estimate: fractions of a cent per e-mail",
  "provider price lists, 0.07–0.10 € per SMS to German numbers (estimate)",
  "estimate: agent day ≈ 300 € for 60–80 call attempts (vendor material)",
  "assumption: voice-bot minute price of telephony and speech services"
];
const TRUST_BY_TONE = [0.05, 0.0, -0.04, -0.1];
const COMPLAINT_BY_TONE = [0.0008, 0.0015, 0.005, 0.014];
const DISPUTE_TONE_FACTOR = [0.7, 1.0, 1.3, 1.8];
const NPS_BY_TONE = [0.35, 0.0, -0.35, -0.9];

export const behaviorParameters: ParameterDefinition[] = [
  ...SEGMENTS.flatMap((segment, s) => [
    define(`response.baseHazard.${segment}`, BASE_HAZARD[s], "per day", [BASE_HAZARD[s] / 3, BASE_HAZARD[s] * 3], "assumption; calibrated so that about half of the cases pay before court within about 8 weeks (agency publications, estimate)", `Daily chance to act without a fresh reminder, segment ${SEGMENT_NAMES_EN[segment]}`, `Tägliche Handlungschance ohne neue Erinnerung, Segment ${SEGMENT_NAMES_DE[segment]}`),
    define(`response.attentionGain.${segment}`, ATTENTION_GAIN[s], "multiplier per unit of attention", [ATTENTION_GAIN[s] / 3, ATTENTION_GAIN[s] * 2], "assumption; reminders alone raised payment from 5 % to 23 % (Haynes et al. 2013)", `Rise of the daily chance to act per unit of attention, segment ${SEGMENT_NAMES_EN[segment]}`, `Anstieg der Handlungschance je Aufmerksamkeitseinheit, ${SEGMENT_NAMES_DE[segment]}`),
    define(`liquidity.freeCashShare.${segment}`, FREE_CASH_SHARE[s], "share of net income", [FREE_CASH_SHARE[s] / 2, Math.min(0.5, FREE_CASH_SHARE[s] * 2)], "assumption", `Free cash per month as a share of net income, segment ${SEGMENT_NAMES_EN[segment]}`, `Freie Liquidität je Monat als Anteil des Nettoeinkommens, ${SEGMENT_NAMES_DE[segment]}`),
    define(`liquidity.bufferMonths.${segment}`, BUFFER_MONTHS[s], "months of free cash", [0, Math.max(1, BUFFER_MONTHS[s] * 2)], "assumption", `Savings buffer in months of free cash, segment ${SEGMENT_NAMES_EN[segment]}`, `Rücklage in Monaten freier Liquidität, ${SEGMENT_NAMES_DE[segment]}`),
    ...TONES.map((tone, t) =>
      define(`response.toneEffect.${segment}.${tone}`, TONE_EFFECT[s][t], "multiplier", [Math.max(0.3, TONE_EFFECT[s][t] - 0.4), TONE_EFFECT[s][t] + 0.4], t === 3 && s === 3 ? "assumption; only deterrent and social-norm letters raised payment (Kettle et al. 2016)" : "assumption", `Effect of the ${tone} tone on the response, segment ${SEGMENT_NAMES_EN[segment]}`, `Wirkung eines ${TONE_NAMES_DE[tone]}en Tons auf Segment ${SEGMENT_NAMES_DE[segment]}`)
    )
  ]),
  define("response.alertHalfLife", 4, "days", [2, 10], "assumption", "Half-life of the attention a noticed reminder creates", "Halbwertszeit der Aufmerksamkeit nach einer bemerkten Erinnerung"),
  ...CHANNELS.flatMap((channel, c) => [
    define(`reach.notice.${channel}`, NOTICE[c], "share (0–1)", [NOTICE[c] / 2, Math.min(0.95, NOTICE[c] * 1.5)], c === 3 ? "assumption; agents reach 15–20 conversations in 60–80 calls a day (vendor material)" : "assumption; e-mail reaches more people, letters are opened more often once delivered (Ortega & Scartascini 2020)", `Chance that a delivered contact by ${CHANNEL_NAMES_EN[channel]} is noticed (opened, read, answered)`, `Chance, dass ein zugestellter Kontakt per ${CHANNEL_NAMES_DE[channel]} bemerkt wird`),
    define(`response.alert.${channel}`, ALERT_BY_CHANNEL[c], "units of attention", [ALERT_BY_CHANNEL[c] / 2, ALERT_BY_CHANNEL[c] * 1.6], c === 3 ? "assumption; a personal call raised on-time repayment by 34.4 pp over an automated request (Laudenbach, Pirschel, Siegel)" : "assumption", `Attention created by a noticed contact by ${CHANNEL_NAMES_EN[channel]}`, `Aufmerksamkeit durch einen bemerkten Kontakt per ${CHANNEL_NAMES_DE[channel]}`),
    define(`cost.contact.${channel}`, CONTACT_COST[c], "€ per contact", [CONTACT_COST[c] * 0.5, CONTACT_COST[c] * 1.5], CONTACT_COST_SOURCE[c], `Agency cost of one contact by ${CHANNEL_NAMES_EN[channel]}`, `Kosten eines Kontakts per ${CHANNEL_NAMES_DE[channel]}`)
  ]),
  define("reach.preferredSlotBoost", 1.3, "multiplier", [1, 1.8], "assumption (payday and send-time effects have no German source)", "Notice chance in the debtor's preferred time slot, relative to other slots", "Bemerkungschance im bevorzugten Zeitfenster relativ zu anderen"),
  define("reach.weekendFactor", 0.85, "multiplier", [0.6, 1.1], "assumption", "Notice chance of digital contacts and calls on Saturdays", "Bemerkungschance digitaler Kontakte und Anrufe am Samstag"),
  define("reach.aiAcceptanceWeight", 0.6, "multiplier", [0, 1], "assumption; acceptance of AI contact is higher among the young (surveys: 52–75 %)", "How much low acceptance of AI lowers the answer rate of a voice bot", "Wie stark geringe KI-Akzeptanz die Annahmequote eines Voicebots senkt"),
  ...TONES.flatMap((tone, t) => [
    define(`response.trust.${tone}`, TRUST_BY_TONE[t], "trust points (0–1 scale)", [TRUST_BY_TONE[t] - 0.05, TRUST_BY_TONE[t] + 0.05], "assumption", `Change of trust after a noticed contact in the ${tone} tone`, `Vertrauensänderung nach einem bemerkten ${TONE_NAMES_DE[tone]}en Kontakt`),
    define(`response.complaint.${tone}`, COMPLAINT_BY_TONE[t], "per noticed contact", [COMPLAINT_BY_TONE[t] / 2, COMPLAINT_BY_TONE[t] * 2], "assumption", `Chance of a complaint after a noticed contact in the ${tone} tone`, `Beschwerdechance nach einem bemerkten ${TONE_NAMES_DE[tone]}en Kontakt`),
    define(`response.disputeToneFactor.${tone}`, DISPUTE_TONE_FACTOR[t], "multiplier", [DISPUTE_TONE_FACTOR[t] * 0.6, DISPUTE_TONE_FACTOR[t] * 1.5], "assumption (reactance)", `Dispute chance after a contact in the ${tone} tone, relative to the neutral tone`, `Bestreitungschance nach ${TONE_NAMES_DE[tone]}em Kontakt relativ zu sachlich`),
    define(`nps.tone.${tone}`, NPS_BY_TONE[t], "score points per contact", [NPS_BY_TONE[t] - 0.3, NPS_BY_TONE[t] + 0.3], "assumption (debtor-side NPS has no source)", `Experience change per noticed contact in the ${tone} tone`, `Erlebnisänderung je bemerktem ${TONE_NAMES_DE[tone]}en Kontakt`)
  ]),
  define("response.pressureWindow", 14, "days", [7, 30], "assumption", "Window in which contacts count as pressure", "Zeitfenster, in dem Kontakte als Druck zählen"),
  define("response.pressureThreshold", 3, "contacts", [2, 6], "assumption", "Contacts within the window that a debtor tolerates before trust falls", "Kontakte im Zeitfenster, die ohne Vertrauensverlust toleriert werden"),
  define("response.pressureTrustLoss", 0.06, "trust points per extra contact", [0.02, 0.15], "assumption", "Trust lost per contact above the tolerated number", "Vertrauensverlust je Kontakt über der tolerierten Zahl"),
  define("response.pressureComplaintFactor", 0.6, "multiplier per extra contact", [0.2, 1.5], "assumption", "Rise of the complaint chance per contact above the tolerated number", "Anstieg der Beschwerdechance je Kontakt über der tolerierten Zahl"),
  define("response.trustEffect", 1.0, "multiplier per trust point", [0.3, 2], "assumption", "How much trust above or below 0.5 scales the chance to act", "Wie stark Vertrauen über oder unter 0,5 die Handlungschance skaliert"),
  define("response.disputeBase.unwilling", 0.04, "per noticed contact", [0.01, 0.1], "assumption", "Chance that an unwilling debtor disputes after a noticed contact", "Bestreitungschance eines zahlungsunwilligen Schuldners je bemerktem Kontakt"),
  define("response.disputeBase.other", 0.003, "per noticed contact", [0.001, 0.01], "assumption", "Chance that another debtor disputes without cause after a noticed contact", "Bestreitungschance ohne Grund je bemerktem Kontakt, übrige Segmente"),
  define("response.disputeJustified", 0.5, "per noticed contact", [0.2, 0.9], "assumption", "Chance that a debtor with a wrong claim disputes after a noticed contact", "Bestreitungschance bei fehlerhafter Forderung je bemerktem Kontakt"),
  define("response.disputeReviewDays", 21, "days", [7, 45], "assumption", "Time the agency needs to check a disputed claim", "Prüfdauer einer bestrittenen Forderung"),

  // payment decisions and commitments
  define("commitment.planAcceptOffered", 0.8, "share (0–1)", [0.5, 0.95], "assumption", "Chance of taking an offered instalment plan when full payment is out of reach", "Annahmechance eines angebotenen Ratenplans, wenn Vollzahlung nicht möglich ist"),
  define("commitment.planAskUnoffered", 0.35, "share (0–1)", [0.05, 0.5], "assumption", "Chance of asking for a plan when none was offered", "Chance, ungefragt um einen Ratenplan zu bitten"),
  define("commitment.promiseChance", 0.35, "share (0–1)", [0.1, 0.6], "assumption", "Chance of promising to pay at the next payday instead", "Chance eines Zahlungsversprechens zum nächsten Zahltag"),
  define("commitment.promiseKeep", 0.65, "share (0–1)", [0.35, 0.85], "assumption (keep rates have no German source)", "Chance of keeping a promise when the money is there", "Chance, ein Zahlungsversprechen bei vorhandenem Geld einzuhalten"),
  define("commitment.partialChance", 0.4, "share (0–1)", [0.1, 0.6], "assumption", "Chance of a partial payment when neither full payment nor a plan happens", "Chance einer Teilzahlung, wenn weder Vollzahlung noch Ratenplan zustande kommen"),
  define("commitment.partialShare", 0.5, "share of available cash", [0.2, 0.9], "assumption", "Share of available cash paid in a partial payment", "Anteil der verfügbaren Liquidität bei einer Teilzahlung"),
  define("commitment.planMaxMonths", 36, "months", [6, 60], "assumption", "Longest instalment plan the agency agrees to", "Längster Ratenplan, den das Inkassounternehmen vereinbart"),
  define("commitment.planMinInstalment", 15, "€ per month", [5, 50], "assumption", "Smallest monthly instalment", "Kleinste Monatsrate"),
  define("commitment.planAffordableShare", 1, "share of free cash", [0.5, 1], "assumption", "Largest instalment as a share of monthly free cash", "Größte Rate als Anteil der monatlich freien Liquidität"),
  define("commitment.planBreakBase", 0.04, "per instalment", [0.01, 0.12], "assumption (plan default rates have no German source)", "Chance of missing an instalment although it is affordable", "Chance, eine bezahlbare Rate dennoch auszulassen"),
  define("commitment.planMissesToBreak", 2, "instalments", [1, 3], "assumption", "Missed instalments after which a plan counts as broken", "Ausgelassene Raten, nach denen ein Plan als gebrochen gilt"),

  // liquidity
  define("liquidity.income.low", 1250, "€ net per month", [900, 1600], "assumption near Destatis net household income of the lowest income groups", "Net monthly income, low band", "Nettoeinkommen je Monat, niedrige Gruppe"),
  define("liquidity.income.middle", 2300, "€ net per month", [1800, 3000], "assumption near Destatis median net income", "Net monthly income, middle band", "Nettoeinkommen je Monat, mittlere Gruppe"),
  define("liquidity.income.high", 4000, "€ net per month", [3000, 6000], "assumption", "Net monthly income, high band", "Nettoeinkommen je Monat, hohe Gruppe"),
  define("liquidity.endOfMonthCash", 0.15, "share of free cash", [0, 0.5], "assumption; salaries in Germany are mostly paid at the month's turn", "Free cash left just before payday, as a share of the month's free cash", "Freie Liquidität kurz vor dem Zahltag als Anteil der freien Monatsliquidität"),
  define("liquidity.shockRate", 0.012, "per month", [0.004, 0.03], "assumption; unemployment 21 %, illness 15 %, separation 13 % of over-indebtedness triggers (Destatis 2017)", "Monthly chance of an income shock (job loss, illness, separation)", "Monatliche Chance eines Einkommensschocks (Arbeitslosigkeit, Krankheit, Trennung)"),
  define("liquidity.shockIncomeLoss", 0.6, "share of free cash", [0.3, 1], "assumption", "Share of monthly free cash lost after a shock", "Anteil der freien Monatsliquidität, der nach einem Schock wegfällt"),

  // legal path (Germany): Mahnbescheid → objection window → Vollstreckungsbescheid → bailiff
  define("legal.serviceDays", 7, "days", [3, 14], "assumption (court processing and service)", "Days from application to service of the Mahnbescheid", "Tage vom Antrag bis zur Zustellung des Mahnbescheids"),
  define("legal.objectionDays", 14, "days", [14, 14], "§ 692 Abs. 1 Nr. 3 ZPO: two weeks to object", "Objection period after service", "Widerspruchsfrist nach Zustellung"),
  define("legal.titleDays", 21, "days", [10, 60], "assumption; the Vollstreckungsbescheid must be applied for within 6 months (§ 701 ZPO)", "Days from the end of the objection period to the Vollstreckungsbescheid", "Tage vom Fristende bis zum Vollstreckungsbescheid"),
  define("legal.enforcementInterval", 30, "days", [14, 60], "assumption", "Days between bailiff enforcement attempts", "Tage zwischen Vollstreckungsversuchen"),
  define("legal.enforcementSuccess", 0.25, "per attempt", [0.1, 0.5], "assumption", "Chance that an enforcement attempt collects money", "Chance, dass ein Vollstreckungsversuch Geld einbringt"),
  define("legal.objection.unwilling", 0.3, "share (0–1)", [0.1, 0.6], "assumption", "Chance that an unwilling debtor objects to a Mahnbescheid", "Widerspruchschance eines zahlungsunwilligen Schuldners"),
  define("legal.objection.other", 0.04, "share (0–1)", [0.01, 0.1], "assumption", "Chance that another debtor objects", "Widerspruchschance übriger Schuldner"),
  define("legal.alert", 3, "units of attention", [1, 6], "assumption (an official court letter)", "Attention created by a served Mahnbescheid", "Aufmerksamkeit durch einen zugestellten Mahnbescheid"),
  define("legal.trustLoss", 0.2, "trust points", [0.05, 0.4], "assumption", "Trust lost when a Mahnbescheid is served", "Vertrauensverlust bei Zustellung eines Mahnbescheids"),

  // NPS survey
  define("nps.responseRate", 0.15, "share (0–1)", [0.05, 0.4], "assumption", "Share of debtors answering the survey", "Anteil der Schuldner, die an der Befragung teilnehmen"),
  define("nps.base", 6.2, "score (0–10)", [4, 8], "assumption (debtor-side NPS has no source)", "Mean score of a debtor with a neutral experience", "Mittlerer Wert bei neutraler Erfahrung"),
  define("nps.noise", 1.8, "score points (σ)", [1, 3], "assumption", "Spread of individual scores", "Streuung individueller Werte"),
  define("nps.trustWeight", 4, "score points per trust point", [1, 8], "assumption", "Score change per trust point above or below 0.5", "Wertänderung je Vertrauenspunkt über oder unter 0,5"),
  define("nps.planAgreed", 1.2, "score points", [0, 2.5], "assumption", "Score gain from an agreed instalment plan", "Wertzuwachs durch einen vereinbarten Ratenplan"),
  define("nps.complaint", -2, "score points", [-4, -0.5], "assumption", "Score change after a complaint", "Wertänderung nach einer Beschwerde"),
  define("nps.legal", -2.5, "score points", [-5, -1], "assumption", "Score change after a Mahnbescheid", "Wertänderung nach einem Mahnbescheid"),
  define("nps.paidInFull", 0.6, "score points", [0, 1.5], "assumption", "Score gain from having settled the claim", "Wertzuwachs nach vollständiger Begleichung"),

  define("cost.selfServiceLink", 0, "€ per contact", [0, 0.05], "assumption (a link inside an e-mail or SMS)", "Extra cost of a self-service payment link", "Zusatzkosten eines Self-Service-Zahlungslinks")
];
