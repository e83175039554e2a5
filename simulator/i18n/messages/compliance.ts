/** Texts of the fee calculator (`inkasso-lab fees`) and of compliance rules shown to users. */
export const complianceMessages = {
  de: {
    "fees.title": "Inkassokosten für eine Forderung von {claim} (Auftrag vom {date})",
    "fees.stage": "Stufe: {stage}",
    "fees.stage.first-demand": "Zahlung auf die erste Zahlungsaufforderung",
    "fees.stage.undisputed": "unbestrittene Forderung",
    "fees.stage.disputed": "bestrittene Forderung",
    "fees.agencyFee": "Geschäftsgebühr Nr. 2300 VV RVG ({rate} × {unit})",
    "fees.instalmentFee": "Einigungsgebühr Ratenzahlung Nr. 1000 VV RVG ({rate} × {unit})",
    "fees.expenses": "Auslagenpauschale Nr. 7002 VV RVG",
    "fees.vat": "Umsatzsteuer {percent} % Nr. 7008 VV RVG",
    "fees.vatDeducted": "Umsatzsteuer: keine, der Gläubiger ist vorsteuerabzugsberechtigt",
    "fees.total": "Summe zulasten des Schuldners",
    "fees.mahnbescheid": "Bei gerichtlichem Mahnverfahren zusätzlich: Gerichtsgebühr Mahnbescheid (GKG KV 1100)",
    "fees.error.claimInvalid":
      "Ungültige Forderung „{value}“: Geben Sie einen Betrag in Euro größer als 0 ohne Tausendertrennzeichen an, z. B. --claim 563,20.",
    "fees.error.stageInvalid":
      "Ungültige Stufe „{value}“: Erlaubt sind first-demand, undisputed und disputed, z. B. --stage undisputed.",
    "fees.error.dateInvalid":
      "Ungültiges Datum „{value}“: Geben Sie ein Kalenderdatum im Format JJJJ-MM-TT an, z. B. --date 2025-06-01.",
    "fees.error.dateTooEarly":
      "Das Datum {value} liegt vor dem {earliest}: Gebühren sind erst ab der Inkasso-Reform vom 1. Oktober 2021 hinterlegt. Geben Sie ein späteres Datum an."
  },
  en: {
    "fees.title": "Collection costs for a claim of {claim} (mandate of {date})",
    "fees.stage": "Stage: {stage}",
    "fees.stage.first-demand": "paid on the first demand",
    "fees.stage.undisputed": "undisputed claim",
    "fees.stage.disputed": "disputed claim",
    "fees.agencyFee": "Business fee no. 2300 VV RVG ({rate} × {unit})",
    "fees.instalmentFee": "Settlement fee for instalments no. 1000 VV RVG ({rate} × {unit})",
    "fees.expenses": "Expenses flat rate no. 7002 VV RVG",
    "fees.vat": "VAT {percent} % no. 7008 VV RVG",
    "fees.vatDeducted": "VAT: none, the creditor deducts input VAT",
    "fees.total": "Total charged to the debtor",
    "fees.mahnbescheid": "If the court dunning procedure follows, in addition: court fee for the Mahnbescheid (GKG KV 1100)",
    "fees.error.claimInvalid":
      "Invalid claim \"{value}\": give an amount in euros greater than 0 without thousands separators, e.g. --claim 563.20.",
    "fees.error.stageInvalid":
      "Invalid stage \"{value}\": use first-demand, undisputed or disputed, e.g. --stage undisputed.",
    "fees.error.dateInvalid":
      "Invalid date \"{value}\": give a calendar date written YYYY-MM-DD, e.g. --date 2025-06-01.",
    "fees.error.dateTooEarly":
      "The date {value} is before {earliest}: fees are stored from the Inkasso reform of 1 October 2021 on. Give a later date."
  }
} satisfies Record<"de" | "en", Record<string, string>>;
