// Prints the message catalogue, so the pages show the same German and English texts as the CLI.

import { catalogue } from "../../simulator/i18n/catalogue.js";

process.stdout.write(JSON.stringify(catalogue));
