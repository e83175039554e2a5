/** Texts of writing and reading run folders: progress and errors. */
export const ioMessages = {
  de: {
    "io.noRun": "Kein Lauf unter {path} gefunden. Starten Sie zuerst `npx inkasso-lab run data/experiments/default.json`.",
    "io.missingFile":
      "Im Laufordner {path} fehlt {file}. Der Ordner ist unvollständig; starten Sie den Lauf erneut, z. B. mit `npx inkasso-lab run data/experiments/default.json`.",
    "io.invalidJson":
      "{file} in {path} ist kein gültiges JSON ({reason}). Starten Sie den Lauf erneut, z. B. mit `npx inkasso-lab run data/experiments/default.json`.",
    "io.notJsonObject":
      "{file} in {path} enthält kein JSON-Objekt. Starten Sie den Lauf erneut, z. B. mit `npx inkasso-lab run data/experiments/default.json`.",
    "io.invalidField":
      "{file} in {path} ist ungültig: Das Feld „{field}“ fehlt oder hat den falschen Typ. Starten Sie den Lauf mit dieser Version erneut.",
    "io.notRunFolder":
      "{path} ist kein Laufordner (manifest.json fehlt) und nicht leer, daher wird er nicht überschrieben. Wählen Sie einen anderen Ausgabeordner oder leeren Sie {path}.",
    "io.notDirectory": "{path} ist eine Datei, kein Ordner. Wählen Sie einen anderen Ausgabeordner oder entfernen Sie die Datei.",
    "io.interrupted": "Das Schreiben von {path} wurde unterbrochen. Ein früheres Ergebnis dort ist unverändert.",
    "io.progress.json": "Schreibe {file}",
    "io.progress.table": "Schreibe Tabelle {table} ({rows} Zeilen) als Parquet und in report.duckdb",
    "io.progress.done": "Laufordner geschrieben: {path}"
  },
  en: {
    "io.noRun": "No run found at {path}. Run `npx inkasso-lab run data/experiments/default.json` first.",
    "io.missingFile":
      "The run folder {path} has no {file}. The folder is incomplete; run the experiment again, e.g. `npx inkasso-lab run data/experiments/default.json`.",
    "io.invalidJson":
      "{file} in {path} is not valid JSON ({reason}). Run the experiment again, e.g. `npx inkasso-lab run data/experiments/default.json`.",
    "io.notJsonObject":
      "{file} in {path} does not contain a JSON object. Run the experiment again, e.g. `npx inkasso-lab run data/experiments/default.json`.",
    "io.invalidField":
      "{file} in {path} is invalid: the field \"{field}\" is missing or has the wrong type. Run the experiment again with this version.",
    "io.notRunFolder":
      "{path} is not a run folder (it has no manifest.json) and is not empty, so it is not overwritten. Choose another output folder or empty {path}.",
    "io.notDirectory": "{path} is a file, not a folder. Choose another output folder or remove the file.",
    "io.interrupted": "Writing {path} was interrupted. An earlier result there is unchanged.",
    "io.progress.json": "Writing {file}",
    "io.progress.table": "Writing table {table} ({rows} rows) to Parquet and report.duckdb",
    "io.progress.done": "Run folder written: {path}"
  }
} satisfies Record<"de" | "en", Record<string, string>>;
