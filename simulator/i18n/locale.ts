/**
 * Languages of the user interface and how numbers, money and dates are written in each.
 *
 * German is the default. `resolveLanguage` picks English only when asked for or when the
 * environment's locale is not German.
 */

export const LANGUAGES = ["de", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const INTL_LOCALE: Record<Language, string> = { de: "de-DE", en: "en-GB" };

/** Return the language named by `requested`, else the one of the environment's locale, else German. */
export function resolveLanguage(requested?: string | null, env: NodeJS.ProcessEnv = process.env): Language {
  if (requested != null && requested !== "") {
    if (requested === "de" || requested === "en") return requested;
    throw new Error(`Invalid language "${requested}". Use "de" or "en".`);
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  if (/^en([_.-]|$)/i.test(locale)) return "en";
  return "de";
}

export function intlLocale(language: Language): string {
  return INTL_LOCALE[language];
}

/** Format a number with the locale's separators, e.g. 1.234,5 in German. */
export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits
  }).format(value);
}

/** Format euros, e.g. 1.234,56 € in German and €1,234.56 in English. */
export function formatMoney(value: number, language: Language, fractionDigits = 2): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits
  }).format(value);
}

/** Format a share (0.123) as a percentage, e.g. 12,3 % in German. */
export function formatPercent(value: number, language: Language, fractionDigits = 1): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], {
    style: "percent",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits
  }).format(value);
}

/** Format an ISO date (YYYY-MM-DD), e.g. 05.01.2026 in German and 05/01/2026 in English. */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { timeZone: "UTC", dateStyle: "medium" }).format(date);
}
