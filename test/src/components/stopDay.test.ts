import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../src/components/messages.js";
import { addDays, stopDaySentence } from "../../../src/components/stopDay.js";
import { catalogue } from "../../../simulator/i18n/catalogue.js";

const de = createTranslator(catalogue, "de");
const en = createTranslator(catalogue, "en");

// Intl writes a narrow no-break space before € in German; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("addDays", () => {
  it("crosses a month end", () => {
    expect(addDays("2026-03-02", 30)).toBe("2026-04-01");
  });

  it("keeps the date for day 0", () => {
    expect(addDays("2026-03-02", 0)).toBe("2026-03-02");
  });

  it("ignores the switch to summer time", () => {
    // Germany switches to summer time on 29 March 2026; the count is in UTC days.
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
  });
});

describe("stopDaySentence", () => {
  it("names the stop day and its date in German", () => {
    const sentence = stopDaySentence("Digital First", { day: 3, difference: -12.64 }, 180, "2026-03-02", "de", de);
    expect(sentence).toContain("am Tag 3");
    expect(sentence).toContain("05.03.2026");
    expect(sentence).toContain("Digital First");
    expect(plain(sentence)).toContain("\u221212,64 € je Fall");
  });

  it("names the stop day and its date in English", () => {
    const sentence = stopDaySentence("Digital first", { day: 45, difference: 4.5 }, 180, "2026-03-02", "en", en);
    expect(sentence).toContain("on day 45");
    expect(sentence).toContain("16 Apr 2026");
    expect(sentence).toContain("+€4.50 per case");
  });

  it("says no stop within the horizon", () => {
    const sentence = stopDaySentence("Adaptive", { day: null, difference: null }, 180, "2026-03-02", "en", en);
    expect(sentence).toContain("could not have stopped within 180 days");
  });
});
