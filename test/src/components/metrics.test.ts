import { describe, expect, it } from "vitest";
import { createTranslator } from "../../../src/components/messages.js";
import {
  compareMetricIds,
  formatDifference,
  formatInterval,
  formatMetricValue,
  formatPValue,
  fractionDigitsFor,
  metricOf
} from "../../../src/components/metrics.js";
import { catalogue } from "../../../simulator/i18n/catalogue.js";

const de = createTranslator(catalogue, "de");
const en = createTranslator(catalogue, "en");

// Intl writes a narrow no-break space before € and % in German; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatMetricValue", () => {
  it("writes shares as percentages", () => {
    expect(plain(formatMetricValue("recoveryRate", 0.3225, "de", de))).toBe("32,3 %");
    expect(formatMetricValue("recoveryRate", 0.3225, "en", en)).toBe("32.3%");
  });

  it("writes money with cents", () => {
    expect(plain(formatMetricValue("costPerCase", 1234.5, "de", de))).toBe("1.234,50 €");
    expect(formatMetricValue("costPerCase", 1234.5, "en", en)).toBe("€1,234.50");
  });

  it("writes a missing value as a dash", () => {
    expect(formatMetricValue("nps", null, "de", de)).toBe("–");
  });
});

describe("formatDifference", () => {
  it("writes share differences in percentage points with a sign", () => {
    expect(formatDifference("recoveryRate", 0.0712, "de", de)).toBe("+7,1 Prozentpunkte");
    expect(formatDifference("recoveryRate", -0.0133, "en", en)).toBe("\u22121.3 percentage points");
  });

  it("writes money differences with the currency", () => {
    expect(plain(formatDifference("costPerCase", -9.031, "de", de))).toBe("\u22129,03 €");
  });

  it("writes NPS differences in points", () => {
    expect(formatDifference("nps", 50.24, "en", en)).toBe("+50.2 points");
  });
});

describe("formatInterval", () => {
  it("writes both bounds with signs and one unit", () => {
    expect(formatInterval("recoveryRate", -0.0444, 0.0179, "de", de)).toBe("\u22124,4 bis +1,8 Prozentpunkte");
    expect(formatInterval("netRecovery", -1.56, 31.01, "en", en)).toBe("\u2212€1.56 to +€31.01");
  });
});

describe("formatPValue", () => {
  it("writes small p-values as a bound", () => {
    expect(formatPValue(0.00001, "de", de)).toBe("p < 0,001");
  });

  it("writes other p-values with three digits", () => {
    expect(formatPValue(0.40394, "en", en)).toBe("p = 0.404");
  });

  it("says when there is no p-value", () => {
    expect(formatPValue(null, "en", en)).toBe("no p-value");
  });
});

describe("metricOf", () => {
  it("knows the direction of the headline metrics", () => {
    expect(metricOf("recoveryRate").higherIsBetter).toBe(true);
    expect(metricOf("costPerCase").higherIsBetter).toBe(false);
  });

  it("treats an unknown metric as a plain number without direction", () => {
    expect(metricOf("newMetric")).toEqual({ id: "newMetric", kind: "number", higherIsBetter: null });
  });
});

describe("compareMetricIds", () => {
  it("sorts known metrics in report order and unknown ones last", () => {
    expect(["zeta", "nps", "recoveryRate", "alpha"].sort(compareMetricIds)).toEqual(["recoveryRate", "nps", "alpha", "zeta"]);
  });
});

describe("fractionDigitsFor", () => {
  it.each([
    [36, 0],
    [0.95, 2],
    [0.08, 2],
    [0.6, 1],
    [1 / 3, 4],
    [1234.5678, 0],
    [12.5, 1],
    [0, 0]
  ])("%d needs %d fraction digits", (value, digits) => {
    expect(fractionDigitsFor(value)).toBe(digits);
  });
});
