import { describe, expect, it } from "vitest";
import { createContactCalendar, PUBLIC_HOLIDAY, SUNDAY } from "../../../simulator/compliance/contactCalendar.js";
import { STATES } from "../../../simulator/population/codes.js";

const stateCode = (state: string) => STATES.indexOf(state as (typeof STATES)[number]);

describe("ContactCalendar", () => {
  const calendar = createContactCalendar("2025-01-01", 365);
  const closedOn = (state: string, date: string) => calendar.isClosed(stateCode(state), calendar.dayIndex(date));

  it("numbers weekdays from Monday", () => {
    // 1 January 2025 was a Wednesday, 5 January a Sunday.
    expect(calendar.weekday[0]).toBe(2);
    expect(calendar.weekday[calendar.dayIndex("2025-01-05")]).toBe(6);
    expect(calendar.dateOf(4)).toBe("2025-01-05");
  });

  it("closes Sundays in every state", () => {
    for (let state = 0; state < STATES.length; state++) {
      expect(calendar.dayFlags[state * 365 + 4]).toBe(SUNDAY);
    }
  });

  it("closes Epiphany in BY, BW and ST only", () => {
    // 6 January 2025, a Monday: public holiday in Baden-Württemberg, Bavaria and Saxony-Anhalt.
    expect(closedOn("BY", "2025-01-06")).toBe(true);
    expect(closedOn("BW", "2025-01-06")).toBe(true);
    expect(closedOn("ST", "2025-01-06")).toBe(true);
    expect(closedOn("NW", "2025-01-06")).toBe(false);
    expect(closedOn("BE", "2025-01-06")).toBe(false);
  });

  it("closes Reformation Day in SN but not BY", () => {
    // 31 October 2025, a Friday.
    expect(closedOn("SN", "2025-10-31")).toBe(true);
    expect(closedOn("TH", "2025-10-31")).toBe(true);
    expect(closedOn("BY", "2025-10-31")).toBe(false);
    expect(closedOn("NW", "2025-10-31")).toBe(false);
  });

  it("closes Corpus Christi in the western Catholic states", () => {
    // 19 June 2025, a Thursday: public holiday in BW, BY, HE, NW, RP and SL, not in BE or NI.
    for (const state of ["BW", "BY", "HE", "NW", "RP", "SL"]) expect(closedOn(state, "2025-06-19")).toBe(true);
    for (const state of ["BE", "NI", "HH"]) expect(closedOn(state, "2025-06-19")).toBe(false);
    expect(calendar.dayFlags[stateCode("NW") * 365 + calendar.dayIndex("2025-06-19")]).toBe(PUBLIC_HOLIDAY);
  });

  it("closes Repentance Day in SN only", () => {
    // Buß- und Bettag, 19 November 2025.
    expect(closedOn("SN", "2025-11-19")).toBe(true);
    expect(closedOn("BY", "2025-11-19")).toBe(false);
  });

  it("finds the next open day after Easter", () => {
    // Good Friday 18 April, Easter Sunday 20 April, Easter Monday 21 April 2025.
    const nw = stateCode("NW");
    expect(calendar.nextOpenDay(nw, calendar.dayIndex("2025-04-18"))).toBe(calendar.dayIndex("2025-04-19"));
    expect(calendar.nextOpenDay(nw, calendar.dayIndex("2025-04-20"))).toBe(calendar.dayIndex("2025-04-22"));
  });

  it("returns the horizon when no open day is left", () => {
    // 25 and 26 December 2025 are holidays, the 27th a Saturday, the 28th a Sunday and the last day.
    const short = createContactCalendar("2025-12-25", 4);
    expect(short.nextOpenDay(stateCode("BY"), 0)).toBe(2);
    expect(short.nextOpenDay(stateCode("BY"), 3)).toBe(4);
  });

  it("spans a new year", () => {
    const winter = createContactCalendar("2025-12-20", 20);
    const by = stateCode("BY");
    expect(winter.isClosed(by, winter.dayIndex("2026-01-01"))).toBe(true);
    expect(winter.isClosed(by, winter.dayIndex("2026-01-06"))).toBe(true);
    expect(winter.isClosed(stateCode("HH"), winter.dayIndex("2026-01-06"))).toBe(false);
  });

  it("rejects an invalid start or horizon", () => {
    expect(() => createContactCalendar("2025-02-30", 10)).toThrow(/2025-02-30/);
    expect(() => createContactCalendar("2025-01-01", 0)).toThrow(/horizon 0/);
  });
});
