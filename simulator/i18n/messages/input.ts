/** Texts of errors in user input: experiment configs, parameter sets and strategy names. */
export const inputMessages = {
  de: {
    "input.configUnreadable": "Die Experiment-Konfiguration „{file}“ kann nicht gelesen werden ({reason}). Prüfen Sie den Pfad.",
    "input.configNotJson": "Die Experiment-Konfiguration „{file}“ ist kein gültiges JSON: {reason}.",
    "input.configInvalid": "Die Experiment-Konfiguration {source} ist ungültig:\n{issues}",
    "input.unknownStrategy": "Unbekannte Strategie „{name}“. Registrierte Strategien: {registered}.",
    "input.parameterSetMissing": "Parametersatz „{name}“ nicht gefunden unter {file}. Verwenden Sie einen Dateinamen aus data/parameters/ ohne „.json“.",
    "input.parameterSetInvalid": "Parametersatz {file} ist ungültig: {issues}.",
    "input.unknownParameter": "Unbekannter Modellparameter „{id}“. Prüfen Sie die Schreibweise anhand der Parametertabelle (Setup-Seite oder parameters.json).",
    "input.parameterNotNumber": "Parameter „{id}“ muss eine endliche Zahl sein, erhalten: {value}.",
    "input.parameterOutOfRange": "Parameter „{id}“ = {value} liegt außerhalb seines plausiblen Bereichs [{low}, {high}] ({unit}). Wählen Sie einen Wert im Bereich."
  },
  en: {
    "input.configUnreadable": "Cannot read experiment config \"{file}\" ({reason}). Check the path.",
    "input.configNotJson": "Experiment config \"{file}\" is not valid JSON: {reason}.",
    "input.configInvalid": "Invalid experiment config {source}:\n{issues}",
    "input.unknownStrategy": "Unknown strategy \"{name}\". Registered strategies: {registered}.",
    "input.parameterSetMissing": "Parameter set \"{name}\" not found at {file}. Use a file name from data/parameters/ without \".json\".",
    "input.parameterSetInvalid": "Parameter set {file} is invalid: {issues}.",
    "input.unknownParameter": "Unknown model parameter \"{id}\". Check the spelling against the parameter table (setup page or parameters.json).",
    "input.parameterNotNumber": "Parameter \"{id}\" must be a finite number, got {value}.",
    "input.parameterOutOfRange": "Parameter \"{id}\" = {value} lies outside its plausible range [{low}, {high}] ({unit}). Use a value inside the range."
  }
} satisfies Record<"de" | "en", Record<string, string>>;
