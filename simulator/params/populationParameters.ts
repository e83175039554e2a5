/**
 * Parameters of the synthetic debtor population (Germany).
 *
 * Claim sizes: the claim-type mixture of log-normal amounts is an assumption, tuned so
 * that the portfolio matches the published marginals: about 23 % of claims up to 50 €,
 * about 60 % between 50 € and 500 € (Federal Ministry of Justice, draft of the 2021
 * Inkasso reform) and a mean near 563 € (BDIU industry report 2023).
 */

import { define, type ParameterDefinition } from "./parameter.js";

const BMJ_2021 = "Federal Ministry of Justice, draft of the 2021 Inkasso reform (claim size mix); mixture tuned to it (assumption)";
const DESTATIS_STATES = "Destatis, population by federal state, 31 Dec 2023 (rounded shares)";

export const populationParameters: ParameterDefinition[] = [
  // claim types: share of the portfolio, median amount and log-normal spread
  define("population.claimType.ecommerce.share", 0.44, "share (0–1)", [0.2, 0.5], "assumption", "Share of e-commerce claims", "Anteil Forderungen aus Onlinehandel"),
  define("population.claimType.telecom.share", 0.3, "share (0–1)", [0.1, 0.35], "assumption", "Share of telecom claims", "Anteil Telekommunikationsforderungen"),
  define("population.claimType.energy.share", 0.14, "share (0–1)", [0.05, 0.25], "assumption", "Share of energy claims", "Anteil Energieforderungen"),
  define("population.claimType.rent.share", 0.05, "share (0–1)", [0.03, 0.15], "assumption", "Share of rent claims", "Anteil Mietforderungen"),
  define("population.claimType.credit.share", 0.07, "share (0–1)", [0.03, 0.3], "assumption", "Share of consumer-credit claims", "Anteil Verbraucherkreditforderungen"),
  define("population.claimType.ecommerce.median", 54, "€", [25, 90], BMJ_2021, "Median e-commerce claim", "Median Onlinehandel-Forderung"),
  define("population.claimType.telecom.median", 130, "€", [60, 200], BMJ_2021, "Median telecom claim", "Median Telekommunikationsforderung"),
  define("population.claimType.energy.median", 300, "€", [150, 600], BMJ_2021, "Median energy claim", "Median Energieforderung"),
  define("population.claimType.rent.median", 2500, "€", [1000, 5000], BMJ_2021, "Median rent claim", "Median Mietforderung"),
  define("population.claimType.credit.median", 3000, "€", [1200, 6000], BMJ_2021, "Median consumer-credit claim", "Median Verbraucherkreditforderung"),
  define("population.claimSpread", 0.7, "log-normal σ", [0.5, 1.2], BMJ_2021, "Spread of claim amounts within a claim type (σ of log €)", "Streuung der Forderungshöhe innerhalb einer Forderungsart (σ des log €)"),
  define("population.claimMax", 25000, "€", [10000, 50000], "assumption", "Largest claim placed (amounts above are capped)", "Größte übergebene Forderung (darüber gekappt)"),

  // debt age at placement: first agency letter 3–4 months after purchase
  define("population.debtAgeMin", 75, "days", [30, 100], "BDIU 2019 and 2023: first agency letter 3–4 months after purchase, after 2–3 creditor reminders", "Shortest time from due date to placement", "Kürzeste Zeit von Fälligkeit bis Übergabe"),
  define("population.debtAgeMax", 130, "days", [100, 200], "BDIU 2019 and 2023: first agency letter 3–4 months after purchase", "Longest time from due date to placement", "Längste Zeit von Fälligkeit bis Übergabe"),

  // demographics
  define("population.age.18to29", 0.24, "share (0–1)", [0.15, 0.35], "assumption (debtors are younger than the adult population)", "Share of debtors aged 18–29", "Anteil Schuldner 18–29 Jahre"),
  define("population.age.30to44", 0.34, "share (0–1)", [0.25, 0.4], "assumption", "Share of debtors aged 30–44", "Anteil Schuldner 30–44 Jahre"),
  define("population.age.45to64", 0.31, "share (0–1)", [0.2, 0.4], "assumption", "Share of debtors aged 45–64", "Anteil Schuldner 45–64 Jahre"),
  define("population.age.65plus", 0.11, "share (0–1)", [0.05, 0.2], "assumption", "Share of debtors aged 65 and over", "Anteil Schuldner ab 65 Jahren"),
  define("population.female", 0.46, "share (0–1)", [0.4, 0.55], "assumption", "Share of women", "Anteil Frauen"),
  define("population.diverse", 0.005, "share (0–1)", [0, 0.02], "assumption", "Share of debtors registered as diverse", "Anteil Schuldner mit Geschlechtseintrag divers"),
  define("population.otherLanguage", 0.15, "share (0–1)", [0.08, 0.25], "assumption, near the share of foreign nationals in Germany (Destatis 2023, about 15 %)", "Share preferring a language other than German", "Anteil mit anderer bevorzugter Sprache als Deutsch"),
  define("population.urban", 0.77, "share (0–1)", [0.6, 0.85], "assumption (share living in towns and cities)", "Share living in towns and cities", "Anteil in Städten"),
  define("population.income.low", 0.42, "share (0–1)", [0.3, 0.55], "assumption (debtors have lower incomes than average)", "Share with low income", "Anteil mit niedrigem Einkommen"),
  define("population.income.middle", 0.44, "share (0–1)", [0.3, 0.55], "assumption", "Share with middle income", "Anteil mit mittlerem Einkommen"),
  define("population.largeClaimIncomeTilt", 1.8, "multiplier per income band", [1, 3], "assumption (rent and consumer credit require a rental contract or a credit check)", "Tilt of the income bands towards higher incomes for rent and credit claims (low ÷ t, middle × 1, high × t)", "Verschiebung der Einkommensgruppen nach oben bei Miet- und Kreditforderungen (niedrig ÷ t, mittel × 1, hoch × t)"),
  define("population.income.high", 0.14, "share (0–1)", [0.05, 0.25], "assumption", "Share with high income", "Anteil mit hohem Einkommen"),
  ...["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"].map((state, k) =>
    define(`population.state.${state}`, [13.4, 15.9, 4.5, 3.0, 0.8, 2.2, 7.6, 1.9, 9.6, 21.6, 4.9, 1.2, 4.9, 2.6, 3.5, 2.5][k], "% of debtors", [0, 30], DESTATIS_STATES, `Share of debtors living in ${state}`, `Anteil Schuldner mit Wohnsitz in ${state}`)
  ),

  // known contact data
  define("population.email.18to29", 0.85, "share (0–1)", [0.6, 0.95], "assumption (falls with age)", "Creditor knows an e-mail address, age 18–29", "E-Mail-Adresse bekannt, 18–29 Jahre"),
  define("population.email.30to44", 0.78, "share (0–1)", [0.5, 0.9], "assumption", "Creditor knows an e-mail address, age 30–44", "E-Mail-Adresse bekannt, 30–44 Jahre"),
  define("population.email.45to64", 0.62, "share (0–1)", [0.4, 0.8], "assumption", "Creditor knows an e-mail address, age 45–64", "E-Mail-Adresse bekannt, 45–64 Jahre"),
  define("population.email.65plus", 0.38, "share (0–1)", [0.2, 0.6], "assumption", "Creditor knows an e-mail address, age 65+", "E-Mail-Adresse bekannt, ab 65 Jahren"),
  define("population.mobileRelativeToEmail", 0.9, "multiplier", [0.6, 1.1], "assumption", "Chance a mobile number is known, relative to an e-mail address", "Chance einer bekannten Mobilnummer relativ zur E-Mail-Adresse"),
  define("population.addressValid", 0.93, "share (0–1)", [0.85, 0.98], "assumption", "Postal address reaches the debtor", "Postanschrift erreicht den Schuldner"),
  define("population.emailValid", 0.86, "share (0–1)", [0.7, 0.95], "assumption", "Known e-mail address accepts mail (no bounce)", "Bekannte E-Mail-Adresse stellt zu (kein Bounce)"),
  define("population.mobileValid", 0.9, "share (0–1)", [0.75, 0.97], "assumption", "Known mobile number is in use", "Bekannte Mobilnummer ist aktiv"),

  // latent segments by income band ("can pay / will pay")
  define("population.segment.forgetful", 0.3, "weight", [0.15, 0.45], "assumption (industry segmentation; share of forgetfulness has no source)", "Weight of the forgetful or disorganised segment", "Gewicht des Segments vergesslich/unorganisiert"),
  define("population.segment.illiquid", 0.25, "weight", [0.15, 0.35], "assumption", "Weight of the temporarily illiquid segment", "Gewicht des Segments vorübergehend zahlungsunfähig"),
  define("population.segment.overIndebted", 0.2, "weight", [0.1, 0.3], "assumption; 8.09 % of adults are over-indebted (Boniversum/Creditreform 2024), far more among debtors in collection", "Weight of the over-indebted segment", "Gewicht des Segments überschuldet"),
  define("population.segment.unwilling", 0.15, "weight", [0.05, 0.25], "assumption", "Weight of the unwilling or disputing segment", "Gewicht des Segments zahlungsunwillig/bestreitend"),
  define("population.segment.unreachable", 0.1, "weight", [0.05, 0.2], "assumption", "Weight of the unreachable segment (no valid address or channel)", "Gewicht des Segments unerreichbar"),
  define("population.segmentIncomeTilt", 1.6, "multiplier", [1, 3], "assumption; unemployment and long-term low income are leading triggers of over-indebtedness (Destatis 2017)", "Factor on illiquid and over-indebted weights for low incomes (its inverse for high incomes)", "Faktor auf die Gewichte zahlungsunfähig und überschuldet bei niedrigem Einkommen (Kehrwert bei hohem)"),

  // vulnerability drivers (FCA FG21/1)
  define("population.vulnerable.health", 0.08, "share (0–1)", [0.03, 0.15], "assumption; illness, addiction or accident cause 15 % of over-indebtedness (Destatis 2017)", "Share with a health-related vulnerability", "Anteil mit gesundheitlicher Verletzlichkeit"),
  define("population.vulnerable.lifeEvent", 0.07, "share (0–1)", [0.03, 0.15], "assumption; separation, divorce or death cause 13 % (Destatis 2017)", "Share with a recent life event (separation, bereavement)", "Anteil mit einschneidendem Lebensereignis"),
  define("population.vulnerable.resilience", 0.18, "share (0–1)", [0.1, 0.3], "assumption", "Share with low financial resilience", "Anteil mit geringer finanzieller Widerstandskraft"),
  define("population.vulnerable.capability", 0.06, "share (0–1)", [0.02, 0.12], "assumption", "Share with low capability (language, literacy, digital skills)", "Anteil mit geringer Handlungskompetenz (Sprache, Lesen, Digitales)"),

  // claim errors that justify a dispute
  define("population.claimError", 0.03, "share (0–1)", [0.01, 0.08], "assumption", "Share of claims with an error (wrong amount, already paid, wrong person)", "Anteil fehlerhafter Forderungen (falscher Betrag, bereits bezahlt, falsche Person)")
];
