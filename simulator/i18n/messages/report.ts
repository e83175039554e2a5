/** Texts of the report site and of building it. Keys start with the page or component they belong to. */
export const reportMessages = {
  de: {
    "report.title": "Inkasso Lab",

    // Frame: navigation, footer, page titles, the run line under each heading
    "report.nav.section": "Bericht",
    "report.nav.label": "Seiten des Berichts",
    "report.nav.languageName": "Deutsch",
    "report.page.overview": "Überblick",
    "report.page.cashflow": "Zahlungseingänge",
    "report.page.setup": "Aufbau des Experiments",
    "report.footer.run": "Lauf {runId} · Konfigurations-Hash {configHash} · Inkasso Lab {version}",
    "report.runLine": "Dieser Bericht zeigt den Lauf {runId} (Konfigurations-Hash {configHash}) des Experiments „{title}“.",

    // Values, units and intervals
    "report.value.missing": "–",
    "report.value.yes": "ja",
    "report.value.no": "nein",
    "report.list.separator": "; ",
    "report.unit.days": "{value} Tage",
    "report.unit.difference.share": "Prozentpunkte",
    "report.unit.difference.money": "€",
    "report.unit.difference.points": "Punkte",
    "report.unit.difference.count": "Kontakte",
    "report.unit.difference.days": "Tage",
    "report.unit.difference.number": "Einheit der Kennzahl",
    "report.interval.name": "{percent}-%-Konfidenzintervall",
    "report.interval.range": "{low} bis {high}",
    "report.pValue.below": "p < {value}",
    "report.pValue.equal": "p = {value}",
    "report.pValue.missing": "p nicht berechenbar",

    // Metrics of the run summary
    "report.metric.recoveryRate": "Rückführungsquote",
    "report.metric.cureRate": "Anteil vollständig bezahlter Fälle",
    "report.metric.costPerCase": "Kosten je Fall",
    "report.metric.costToCollect": "Kosten je zurückgeführtem Euro",
    "report.metric.netRecovery": "Netto-Rückführung je Fall",
    "report.metric.nps": "NPS",
    "report.metric.instalmentShare": "Anteil mit Ratenplan",
    "report.metric.legalEscalationRate": "Anteil mit Mahnbescheid",
    "report.metric.complaintRate": "Beschwerdequote",
    "report.metric.disputeRate": "Anteil bestrittener Forderungen",
    "report.metric.contactsPerCase": "Kontakte je Fall",
    "report.metric.debtorFeesPerCase": "Gebühren und Gerichtskosten je Fall (trägt der Schuldner)",
    "report.metric.medianDaysToFirstPayment": "Tage bis zur ersten Zahlung (Median)",
    "report.metric.cases": "Fälle",
    "report.metric.placed": "Übergebene Hauptforderung",
    "report.metric.recovered": "Zurückgeführte Hauptforderung",
    "report.method.welch": "Welch-t-Test",
    "report.method.deltaMethod": "Delta-Methode",
    "report.method.twoProportion": "Test zweier Anteile",
    "report.method.npsDifference": "NPS-Differenz",

    // Overview page
    "report.overview.heading": "Welche Strategie gewinnt?",
    "report.overview.intro":
      "Verglichen werden {arms} Strategien mit {baseline} als Champion: {population} Fälle, zufällig aufgeteilt und {horizon} Tage lang beobachtet. Jeder Unterschied zum Champion steht mit seinem {intervalName}; überdeckt das Intervall die Null, ist der Unterschied nicht von null unterscheidbar.",
    "report.overview.question.recoveryRate": "Welche Strategie holt am meisten Geld zurück?",
    "report.overview.question.costPerCase": "Welche Strategie kostet am wenigsten?",
    "report.overview.question.netRecovery": "Was bleibt nach Abzug der Kosten?",
    "report.overview.question.nps": "Wie erleben die Schuldner den Kontakt?",
    "report.overview.leader.clear": "Vorn liegt {arm} mit {value}; der Abstand zum Champion {baseline} ist klar von null verschieden.",
    "report.overview.leader.unclear":
      "Vorn liegt {arm} mit {value}, doch der Abstand zum Champion {baseline} ist nicht von null unterscheidbar.",
    "report.overview.leader.baseline": "Vorn liegt der Champion {arm} mit {value}.",
    "report.overview.leader.noComparison":
      "Vorn liegt {arm} mit {value}; für {metric} enthält der Lauf keinen Vergleich mit dem Champion.",
    "report.overview.leader.missing": "Der Lauf enthält keine Werte für {metric}.",
    "report.overview.comparison.clear": "{arm} gegenüber {baseline}: {difference} ({intervalName} {interval}; {pValue}).",
    "report.overview.comparison.unclear":
      "{arm} gegenüber {baseline}: {difference}, nicht von null unterscheidbar ({intervalName} {interval}; {pValue}).",
    "report.overview.comparison.noInterval":
      "{arm} gegenüber {baseline}: {difference}, ohne Intervall, weil die Werte in beiden Gruppen nicht streuen.",
    "report.overview.comparison.missing":
      "{arm} gegenüber {baseline}: kein Unterschied berechenbar, weil die Daten ihn nicht bestimmen (zum Beispiel ohne NPS-Antworten).",
    "report.overview.noComparison": "Für {metric} enthält der Lauf keinen Vergleich mit dem Champion.",
    "report.overview.firstPayment": "Tage bis zur ersten Zahlung (Median, ohne Intervall): {arms}. Den Verlauf zeigt die Seite „Zahlungseingänge“.",
    "report.overview.firstPayment.arm": "{arm} {days}",
    "report.overview.upliftsHeading": "Wie sicher sind die Unterschiede?",
    "report.overview.upliftsCaption":
      "Punkte zeigen den Unterschied zum Champion {baseline}, Linien das {intervalName}. Grün heißt besser, Rot schlechter, Grau nicht von null unterscheidbar.",
    "report.overview.upliftAxis": "{metric}: Unterschied zu {baseline} ({unit})",
    "report.overview.allComparisons": "Alle {count} Vergleiche mit dem Champion",
    "report.overview.comparisonColumns.metric": "Kennzahl",
    "report.overview.comparisonColumns.arm": "Strategie",
    "report.overview.comparisonColumns.difference": "Unterschied",
    "report.overview.comparisonColumns.relative": "Relativ",
    "report.overview.comparisonColumns.pValue": "p-Wert",
    "report.overview.comparisonColumns.method": "Verfahren",
    "report.overview.armsHeading": "Wie schneiden die Strategien im Einzelnen ab?",
    "report.overview.armsCaption":
      "Kennzahlen je Strategie über den ganzen Zeitraum, der beste Wert fett. Rückführungsquote = zurückgeführte ÷ übergebene Hauptforderung; Kosten je zurückgeführtem Euro = Kosten ÷ Rückführung.",
    "report.overview.metricColumn": "Kennzahl",
    "report.overview.npsWithRespondents": "{value} (n = {respondents})",

    // Slice query on the overview page
    "report.slice.heading": "Wie sieht es in einer bestimmten Gruppe aus?",
    "report.slice.intro":
      "Wählen Sie eine Gruppe von Fällen. Ihr Browser berechnet die Rückführungsquote je Strategie mit DuckDB aus den Einzelfällen. Kleine Gruppen geben unsichere Werte.",
    "report.slice.loading": "Datenbank wird geladen …",
    "report.slice.running": "Abfrage läuft …",
    "report.slice.done": "{cases} Fälle in der Auswahl, berechnet in {milliseconds} ms.",
    "report.slice.empty": "Keine Fälle in dieser Auswahl.",
    "report.slice.failed": "Die Abfrage ist fehlgeschlagen: {reason}. Laden Sie die Seite neu; bleibt der Fehler, bauen Sie den Bericht neu.",
    "report.slice.all": "alle",
    "report.slice.dimension.claimType": "Forderungsart",
    "report.slice.dimension.ageBand": "Altersgruppe",
    "report.slice.dimension.incomeBand": "Einkommen",
    "report.slice.column.arm": "Strategie",
    "report.slice.chartAxis": "Rückführungsquote in der Auswahl",
    "report.claimType.ecommerce": "Onlinehandel",
    "report.claimType.telecom": "Telekommunikation",
    "report.claimType.energy": "Energie",
    "report.claimType.rent": "Miete",
    "report.claimType.credit": "Kredit",
    "report.incomeBand.low": "niedrig",
    "report.incomeBand.middle": "mittel",
    "report.incomeBand.high": "hoch",

    // Cashflow page
    "report.cashflow.heading": "Wann kommt das Geld herein?",
    "report.cashflow.receivedQuestion": "Welche Strategie bringt das Geld schneller?",
    "report.cashflow.leader": "Nach {day} Tagen liegt {arm} vorn: {value} je Fall sind eingegangen.",
    "report.cashflow.atEnd": "Am Ende nach {day} Tagen, je Fall: {values}.",
    "report.cashflow.armValue": "{arm} {value}",
    "report.cashflow.receivedAxis": "Eingegangen je Fall, kumuliert",
    "report.cashflow.dayAxis": "Tage seit Beginn am {date}",
    "report.cashflow.costQuestion": "Was kostet das Eintreiben über die Zeit?",
    "report.cashflow.costSummary":
      "Bis Tag {day} gibt {highArm} am meisten aus ({highValue} je Fall), {lowArm} am wenigsten ({lowValue} je Fall).",
    "report.cashflow.costAxis": "Kosten je Fall, kumuliert",
    "report.cashflow.tableHeading": "Wie viel ist zu festen Zeitpunkten eingegangen?",
    "report.cashflow.tableCaption":
      "Kumuliert eingegangen je Fall und insgesamt. Die Kurven zeigen einen einzigen Lauf ohne Unsicherheitsband; Intervalle für die Netto-Rückführung stehen im Überblick.",
    "report.cashflow.dayColumn": "Tag {day}",
    "report.cashflow.total": "insgesamt {value}",

    // Setup page
    "report.setup.heading": "Wie ist das Experiment aufgebaut?",
    "report.setup.summary":
      "{title}: {population} Fälle, zufällig auf {arms} Strategien verteilt und {horizon} Tage lang ab dem {date} beobachtet. Startwert des Zufallsgenerators: {seed}.",
    "report.setup.factColumns.fact": "Angabe",
    "report.setup.factColumns.value": "Wert",
    "report.setup.fact.runId": "Lauf",
    "report.setup.fact.configHash": "Konfigurations-Hash",
    "report.setup.fact.version": "Version von Inkasso Lab",
    "report.setup.fact.population": "Population",
    "report.setup.fact.horizon": "Beobachtungszeitraum",
    "report.setup.fact.startDate": "Beginn",
    "report.setup.fact.seed": "Startwert (Seed)",
    "report.setup.fact.confidenceLevel": "Konfidenzniveau",
    "report.setup.armsHeading": "Welche Strategien treten an?",
    "report.setup.armColumns.label": "Strategie",
    "report.setup.armColumns.id": "Kennung",
    "report.setup.armColumns.strategy": "Regelwerk",
    "report.setup.armColumns.cases": "Fälle",
    "report.setup.parametersHeading": "Mit welchen Annahmen rechnet das Modell?",
    "report.setup.parametersIntro":
      "{count} Modellparameter mit Wert, Einheit, plausibler Spanne und Quelle. Werte mit der Quelle „assumption“ stützt keine Veröffentlichung; sie sind die Stellschrauben für Sensitivitätsanalysen.",
    "report.setup.parameterColumns.group": "Gruppe",
    "report.setup.parameterColumns.id": "Parameter",
    "report.setup.parameterColumns.description": "Bedeutung",
    "report.setup.parameterColumns.value": "Wert",
    "report.setup.parameterColumns.unit": "Einheit",
    "report.setup.parameterColumns.range": "Spanne",
    "report.setup.parameterColumns.source": "Quelle",

    // Building and serving the site
    "report.error.runIncomplete":
      "Der Lauf-Ordner {dir} ist unvollständig: {files} nicht gefunden. Erzeugen Sie zuerst einen Lauf mit „npx inkasso-lab run“ oder setzen Sie INKASSO_RUN_DIR auf einen vollständigen Lauf-Ordner.",
    "report.error.invalidJson": "{path} ist kein gültiges JSON: {reason}. Erzeugen Sie den Lauf neu.",
    "report.error.invalidRunFile":
      "{path} ist ungültig im Feld {field}: {reason}. Erzeugen Sie den Lauf mit der aktuellen Version von Inkasso Lab neu.",
    "report.error.duckdbAssetMissing":
      "Die DuckDB-wasm-Datei {path} fehlt. Installieren Sie die Abhängigkeiten mit „npm ci“ neu.",
    "report.error.outDirUnsafe":
      "Der Ausgabeordner {outDir} kann nicht ersetzt werden: observable build löscht ihn vor dem Bau, und er enthält die Quellen oder Dateien, die nicht aus einem früheren Bau stammen. Wählen Sie einen eigenen Ordner, zum Beispiel dist.",
    "report.error.unresolvedImports":
      "Die gebaute Seite würde nicht laden, weil Framework diese Importe nicht gebündelt hat: {imports}. Prüfen Sie, ob tsconfig.json im Wurzelordner liegt und die Pakete installiert sind (npm ci).",
    "report.error.buildFailed":
      "Der Bau der Berichtsseite ist fehlgeschlagen: observable build endete mit {status}. Die Ausgabe darüber nennt die Ursache.",
    "report.error.previewFailed":
      "Der Vorschau-Server ist nicht gestartet: observable preview endete mit {status}. Die Ausgabe darüber nennt die Ursache; ist Port {port} belegt, wählen Sie einen anderen.",
    "report.progress.preparing": "Bereite die Berichtsseite für den Lauf {dir} vor …",
    "report.progress.building": "Baue die Berichtsseite nach {outDir} …",
    "report.progress.built": "Berichtsseite gebaut: {outDir} ({seconds} s, {megabytes} MB).",
    "report.progress.serving": "Berichtsseite unter {url} (beenden mit Strg+C)."
  },
  en: {
    "report.title": "Inkasso Lab",

    // Frame: navigation, footer, page titles, the run line under each heading
    "report.nav.section": "Report",
    "report.nav.label": "Report pages",
    "report.nav.languageName": "English",
    "report.page.overview": "Overview",
    "report.page.cashflow": "Cashflow",
    "report.page.setup": "Experiment setup",
    "report.footer.run": "Run {runId} · config hash {configHash} · Inkasso Lab {version}",
    "report.runLine": "This report shows run {runId} (config hash {configHash}) of the experiment “{title}”.",

    // Values, units and intervals
    "report.value.missing": "–",
    "report.value.yes": "yes",
    "report.value.no": "no",
    "report.list.separator": "; ",
    "report.unit.days": "{value} days",
    "report.unit.difference.share": "percentage points",
    "report.unit.difference.money": "€",
    "report.unit.difference.points": "points",
    "report.unit.difference.count": "contacts",
    "report.unit.difference.days": "days",
    "report.unit.difference.number": "units of the metric",
    "report.interval.name": "{percent}% confidence interval",
    "report.interval.range": "{low} to {high}",
    "report.pValue.below": "p < {value}",
    "report.pValue.equal": "p = {value}",
    "report.pValue.missing": "no p-value",

    // Metrics of the run summary
    "report.metric.recoveryRate": "Recovery rate",
    "report.metric.cureRate": "Share of cases paid in full",
    "report.metric.costPerCase": "Cost per case",
    "report.metric.costToCollect": "Cost per euro recovered",
    "report.metric.netRecovery": "Net recovery per case",
    "report.metric.nps": "NPS",
    "report.metric.instalmentShare": "Share with an instalment plan",
    "report.metric.legalEscalationRate": "Share taken to court (Mahnbescheid)",
    "report.metric.complaintRate": "Complaint rate",
    "report.metric.disputeRate": "Share of disputed claims",
    "report.metric.contactsPerCase": "Contacts per case",
    "report.metric.debtorFeesPerCase": "Fees and court costs per case (paid by the debtor)",
    "report.metric.medianDaysToFirstPayment": "Days to first payment (median)",
    "report.metric.cases": "Cases",
    "report.metric.placed": "Principal placed",
    "report.metric.recovered": "Principal recovered",
    "report.method.welch": "Welch t-test",
    "report.method.deltaMethod": "Delta method",
    "report.method.twoProportion": "Two-proportion test",
    "report.method.npsDifference": "NPS difference",

    // Overview page
    "report.overview.heading": "Which strategy wins?",
    "report.overview.intro":
      "{arms} strategies are compared, with {baseline} as the champion: {population} cases, randomly assigned and observed for {horizon} days. Each difference from the champion comes with its {intervalName}; when the interval covers zero, the difference is not distinguishable from zero.",
    "report.overview.question.recoveryRate": "Which strategy recovers the most money?",
    "report.overview.question.costPerCase": "Which strategy costs the least?",
    "report.overview.question.netRecovery": "What is left after costs?",
    "report.overview.question.nps": "How do debtors experience the contact?",
    "report.overview.leader.clear": "{arm} leads with {value}; its difference from the champion {baseline} is clearly distinguishable from zero.",
    "report.overview.leader.unclear":
      "{arm} leads with {value}, but its difference from the champion {baseline} is not distinguishable from zero.",
    "report.overview.leader.baseline": "The champion {arm} leads with {value}.",
    "report.overview.leader.noComparison": "{arm} leads with {value}; the run has no comparison with the champion for {metric}.",
    "report.overview.leader.missing": "The run has no values for {metric}.",
    "report.overview.comparison.clear": "{arm} versus {baseline}: {difference} ({intervalName} {interval}; {pValue}).",
    "report.overview.comparison.unclear":
      "{arm} versus {baseline}: {difference}, not distinguishable from zero ({intervalName} {interval}; {pValue}).",
    "report.overview.comparison.noInterval":
      "{arm} versus {baseline}: {difference}, without an interval because the values vary in neither group.",
    "report.overview.comparison.missing":
      "{arm} versus {baseline}: no difference can be computed because the data do not determine it (for example without NPS responses).",
    "report.overview.noComparison": "The run has no comparison with the champion for {metric}.",
    "report.overview.firstPayment": "Days to first payment (median, without an interval): {arms}. The cashflow page shows the curves.",
    "report.overview.firstPayment.arm": "{arm} {days}",
    "report.overview.upliftsHeading": "How sure are the differences?",
    "report.overview.upliftsCaption":
      "Dots show the difference from the champion {baseline}, lines the {intervalName}. Green means better, red worse, grey not distinguishable from zero.",
    "report.overview.upliftAxis": "{metric}: difference from {baseline} ({unit})",
    "report.overview.allComparisons": "All {count} comparisons with the champion",
    "report.overview.comparisonColumns.metric": "Metric",
    "report.overview.comparisonColumns.arm": "Strategy",
    "report.overview.comparisonColumns.difference": "Difference",
    "report.overview.comparisonColumns.relative": "Relative",
    "report.overview.comparisonColumns.pValue": "p-value",
    "report.overview.comparisonColumns.method": "Method",
    "report.overview.armsHeading": "How does each strategy perform?",
    "report.overview.armsCaption":
      "Figures per strategy over the whole horizon, the best value in bold. Recovery rate = principal recovered ÷ principal placed; cost per euro recovered = cost ÷ recovered.",
    "report.overview.metricColumn": "Metric",
    "report.overview.npsWithRespondents": "{value} (n = {respondents})",

    // Slice query on the overview page
    "report.slice.heading": "What does it look like for one group?",
    "report.slice.intro":
      "Choose a group of cases. Your browser computes the recovery rate per strategy with DuckDB from the individual cases. Small groups give uncertain figures.",
    "report.slice.loading": "Loading the database …",
    "report.slice.running": "Running the query …",
    "report.slice.done": "{cases} cases in the selection, computed in {milliseconds} ms.",
    "report.slice.empty": "No cases in this selection.",
    "report.slice.failed": "The query failed: {reason}. Reload the page; if the error stays, build the report again.",
    "report.slice.all": "all",
    "report.slice.dimension.claimType": "Claim type",
    "report.slice.dimension.ageBand": "Age band",
    "report.slice.dimension.incomeBand": "Income",
    "report.slice.column.arm": "Strategy",
    "report.slice.chartAxis": "Recovery rate in the selection",
    "report.claimType.ecommerce": "E-commerce",
    "report.claimType.telecom": "Telecoms",
    "report.claimType.energy": "Energy",
    "report.claimType.rent": "Rent",
    "report.claimType.credit": "Credit",
    "report.incomeBand.low": "low",
    "report.incomeBand.middle": "middle",
    "report.incomeBand.high": "high",

    // Cashflow page
    "report.cashflow.heading": "When does the money come in?",
    "report.cashflow.receivedQuestion": "Which strategy brings the money in faster?",
    "report.cashflow.leader": "After {day} days {arm} leads: {value} per case has come in.",
    "report.cashflow.atEnd": "At the end, after {day} days, per case: {values}.",
    "report.cashflow.armValue": "{arm} {value}",
    "report.cashflow.receivedAxis": "Received per case, cumulative",
    "report.cashflow.dayAxis": "Days since the start on {date}",
    "report.cashflow.costQuestion": "What does collecting cost over time?",
    "report.cashflow.costSummary":
      "Up to day {day}, {highArm} spends the most ({highValue} per case) and {lowArm} the least ({lowValue} per case).",
    "report.cashflow.costAxis": "Cost per case, cumulative",
    "report.cashflow.tableHeading": "How much has come in at fixed days?",
    "report.cashflow.tableCaption":
      "Cumulative amount received per case and in total. The curves show a single run without an uncertainty band; intervals for net recovery are on the overview.",
    "report.cashflow.dayColumn": "Day {day}",
    "report.cashflow.total": "{value} in total",

    // Setup page
    "report.setup.heading": "How is the experiment set up?",
    "report.setup.summary":
      "{title}: {population} cases, randomly assigned to {arms} strategies and observed for {horizon} days from {date}. Random seed: {seed}.",
    "report.setup.factColumns.fact": "Item",
    "report.setup.factColumns.value": "Value",
    "report.setup.fact.runId": "Run",
    "report.setup.fact.configHash": "Config hash",
    "report.setup.fact.version": "Inkasso Lab version",
    "report.setup.fact.population": "Population",
    "report.setup.fact.horizon": "Horizon",
    "report.setup.fact.startDate": "Start",
    "report.setup.fact.seed": "Random seed",
    "report.setup.fact.confidenceLevel": "Confidence level",
    "report.setup.armsHeading": "Which strategies compete?",
    "report.setup.armColumns.label": "Strategy",
    "report.setup.armColumns.id": "Id",
    "report.setup.armColumns.strategy": "Policy",
    "report.setup.armColumns.cases": "Cases",
    "report.setup.parametersHeading": "Which assumptions does the model rest on?",
    "report.setup.parametersIntro":
      "{count} model parameters with value, unit, plausible range and source. Values whose source is “assumption” rest on no publication; they are the knobs for sensitivity analyses.",
    "report.setup.parameterColumns.group": "Group",
    "report.setup.parameterColumns.id": "Parameter",
    "report.setup.parameterColumns.description": "Meaning",
    "report.setup.parameterColumns.value": "Value",
    "report.setup.parameterColumns.unit": "Unit",
    "report.setup.parameterColumns.range": "Range",
    "report.setup.parameterColumns.source": "Source",

    // Building and serving the site
    "report.error.runIncomplete":
      "The run folder {dir} is incomplete: {files} not found. Write a run first with “npx inkasso-lab run”, or set INKASSO_RUN_DIR to a complete run folder.",
    "report.error.invalidJson": "{path} is not valid JSON: {reason}. Write the run again.",
    "report.error.invalidRunFile":
      "{path} is invalid at field {field}: {reason}. Write the run again with the current version of Inkasso Lab.",
    "report.error.duckdbAssetMissing": "The DuckDB-wasm file {path} is missing. Reinstall the dependencies with “npm ci”.",
    "report.error.outDirUnsafe":
      "The output folder {outDir} cannot be replaced: observable build deletes it before building, and it holds the sources or files that are not from an earlier build. Choose a folder of its own, such as dist.",
    "report.error.unresolvedImports":
      "The built site would not load because Framework did not bundle these imports: {imports}. Check that tsconfig.json exists at the repository root and that the packages are installed (npm ci).",
    "report.error.buildFailed":
      "Building the report site failed: observable build exited with {status}. The output above names the cause.",
    "report.error.previewFailed":
      "The preview server did not start: observable preview exited with {status}. The output above names the cause; if port {port} is in use, choose another.",
    "report.progress.preparing": "Preparing the report site for run {dir} …",
    "report.progress.building": "Building the report site into {outDir} …",
    "report.progress.built": "Report site built: {outDir} ({seconds} s, {megabytes} MB).",
    "report.progress.serving": "Report site at {url} (stop with Ctrl+C)."
  }
} satisfies Record<"de" | "en", Record<string, string>>;
