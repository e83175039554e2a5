/**
 * Names of parameter units as the report shows them. Keys are the unit strings of the
 * parameter definitions; a unit without an entry is shown as it is.
 */
const UNITS_DE: Record<string, string> = {
  "share (0–1)": "Anteil (0–1)",
  "€": "€",
  "log-normal σ": "Log-Normal-σ",
  "days": "Tage",
  "multiplier per income band": "Faktor je Einkommensgruppe",
  "% of debtors": "% der Schuldner",
  "multiplier": "Faktor",
  "weight": "Gewicht",
  "per day": "je Tag",
  "multiplier per unit of attention": "Faktor je Aufmerksamkeitseinheit",
  "share of net income": "Anteil am Nettoeinkommen",
  "months of free cash": "Monate freier Liquidität",
  "units of attention": "Aufmerksamkeitseinheiten",
  "€ per contact": "€ je Kontakt",
  "trust points (0–1 scale)": "Vertrauenspunkte (Skala 0–1)",
  "per noticed contact": "je bemerktem Kontakt",
  "score points per contact": "Skalenpunkte je Kontakt",
  "contacts": "Kontakte",
  "trust points per extra contact": "Vertrauenspunkte je zusätzlichem Kontakt",
  "multiplier per extra contact": "Faktor je zusätzlichem Kontakt",
  "multiplier per trust point": "Faktor je Vertrauenspunkt",
  "share of available cash": "Anteil der verfügbaren Liquidität",
  "months": "Monate",
  "€ per month": "€ je Monat",
  "share of free cash": "Anteil der freien Liquidität",
  "per instalment": "je Rate",
  "instalments": "Raten",
  "€ net per month": "€ netto je Monat",
  "per month": "je Monat",
  "per attempt": "je Versuch",
  "trust points": "Vertrauenspunkte",
  "score (0–10)": "Wert (0–10)",
  "score points (σ)": "Skalenpunkte (σ)",
  "score points per trust point": "Skalenpunkte je Vertrauenspunkt",
  "score points": "Skalenpunkte",
  "share of answered calls": "Anteil der angenommenen Anrufe",
  "share (0–1) at full shame": "Anteil (0–1) bei voller Scham",
  "acceptance points at full shame": "Akzeptanzpunkte bei voller Scham",
  "mean shame (0–1)": "mittlere Scham (0–1)",
  "per contact above the tolerated number": "je Kontakt über der tolerierten Zahl",
  "share of principal": "Anteil der Hauptforderung"
};

export const unitMessages = {
  de: Object.fromEntries(Object.entries(UNITS_DE).map(([unit, name]) => [`unit.${unit}`, name])),
  en: Object.fromEntries(Object.keys(UNITS_DE).map((unit) => [`unit.${unit}`, unit]))
} satisfies Record<"de" | "en", Record<string, string>>;
