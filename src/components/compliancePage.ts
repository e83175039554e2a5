// The compliance page: whether any delivered contact breaks the active preset (from the
// verification that each run does apart from the guard), which rules apply, how often the guard
// moved or blocked contacts per rule and arm, and which attributes each strategy read.

import { FileAttachment } from "observablehq:stdlib";
import type { TopLevelSpec } from "vega-lite";
import { element } from "./dom.js";
import { formatDate, formatNumber, type Language } from "./locale.js";
import { loadReport, type Report } from "./report.js";
import { renderRunLine } from "./runLine.js";
import { renderTable } from "./table.js";
import { CHART_FORMAT_TYPE, chartFormat, renderChart } from "./vegaChart.js";

interface RuleCounts {
  deferred: number;
  blocked: number;
  escalationsBlocked: number;
}

interface Violation {
  rule: string;
  debtor: number;
  day: number;
  date: string;
  channel: string;
  hour: number;
}

/** An entry of compliance.json: one arm's guard counters, strategy reads and verification. */
interface ArmCompliance {
  arm: string;
  reads: string[];
  counts: { proposed: number; delivered: number; deferred: number; blocked: number; recorded: number; byRule: Record<string, RuleCounts> };
  /** Missing in run folders written before the verification existed. */
  verification?: { preset: string; checkedContacts: number; violations: number; byRule: Record<string, number>; unchecked: string[]; examples: Violation[] };
}

/** The compliance configuration from config.json, loosely typed: the page reads only what rule texts need. */
interface ComplianceConfig {
  preset: string;
  contactHours?: { startHour: number; endHour: number };
  callHours?: { startHour: number; endHour: number };
  maxCallAttempts?: number;
  callWindowDays?: number;
  conversationCooldownDays?: number;
  optOutChannels?: string[];
  breathingSpaceDays?: number;
  crisisExtraDays?: number;
  custom?: {
    channelCaps?: { channels: string[]; maxContacts: number; windowDays: number }[];
    contactBudget?: number;
    quietHours?: { fromHour: number; toHour: number };
    optOutChannels?: string[];
  };
}

interface ComplianceData {
  config: ComplianceConfig | null;
  arms: ArmCompliance[];
}

const ARM_COLORS = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5"];
const KIND_COLORS = { delivered: "#3ca951", deferred: "#efb118", blocked: "#d62800", escalationsBlocked: "#8a1c00" };

function channelLabel(report: Report, channel: string): string {
  const key = `report.learning.channel.${channel}`;
  return report.t.has(key) ? report.t(key) : channel;
}

function channelList(report: Report, channels: readonly string[] | undefined): string {
  return (channels ?? []).map((channel) => channelLabel(report, channel)).join(", ");
}

/** Describes a rule in the page's language, with the configured parameters filled in. */
function describeRule(report: Report, rule: string, config: ComplianceConfig | null): string {
  const { t, language } = report;
  const custom = config?.custom ?? {};
  const params: Record<string, Record<string, string | number>> = {
    "de.quietHours": { start: config?.contactHours?.startHour ?? "–", end: config?.contactHours?.endHour ?? "–" },
    "regf.sevenInSeven": { max: config?.maxCallAttempts ?? "–", days: config?.callWindowDays ?? "–" },
    "regf.conversationCooldown": { days: config?.conversationCooldownDays ?? "–" },
    "regf.inconvenientTime": { start: config?.callHours?.startHour ?? "–", end: config?.callHours?.endHour ?? "–" },
    "regf.optOut": { channels: channelList(report, config?.optOutChannels) },
    "uk.breathingSpace": { days: config?.breathingSpaceDays ?? "–", extra: config?.crisisExtraDays ?? "–" },
    "custom.channelCap": {
      caps: (custom.channelCaps ?? [])
        .map((cap) =>
          t("report.compliance.capItem", {
            max: formatNumber(cap.maxContacts, language, 0),
            channels: channelList(report, cap.channels),
            days: formatNumber(cap.windowDays, language, 0)
          })
        )
        .join(t("report.list.separator"))
    },
    "custom.contactBudget": { max: custom.contactBudget ?? "–" },
    "custom.quietHours": { from: custom.quietHours?.fromHour ?? "–", to: custom.quietHours?.toHour ?? "–" },
    "custom.optOut": { channels: channelList(report, custom.optOutChannels) }
  };
  const key = `report.compliance.rule.${rule}`;
  return t.has(key) ? t(key, params[rule] ?? {}) : rule;
}

function presetOf(data: ComplianceData): string {
  return data.config?.preset ?? data.arms[0]?.verification?.preset ?? "–";
}

function verificationSection(report: Report, data: ComplianceData): (HTMLElement | null)[] {
  const { t, language } = report;
  const preset = presetOf(data);
  const heading = element("h2", { id: "verification" }, [t("report.compliance.verifyHeading")]);
  const verified = data.arms.filter((arm) => arm.verification !== undefined);
  if (verified.length < data.arms.length) {
    return [heading, element("p", { class: "inkasso-verdict", "data-verdict": "missing", role: "alert" }, [t("report.compliance.notVerified")])];
  }

  const checked = verified.reduce((sum, arm) => sum + (arm.verification?.checkedContacts ?? 0), 0);
  const violations = verified.reduce((sum, arm) => sum + (arm.verification?.violations ?? 0), 0);
  const verdict =
    violations === 0
      ? t("report.compliance.clean", { preset, checked: formatNumber(checked, language, 0) })
      : t("report.compliance.violations", { preset, checked: formatNumber(checked, language, 0), violations: formatNumber(violations, language, 0) });
  const verdictState = violations === 0 ? "clean" : "violations";

  // One column per checked rule, in the order of the first arm.
  const checkedRules = Object.keys(verified[0].verification?.byRule ?? {});
  const table = renderTable<ArmCompliance>(
    "verification",
    [
      { label: t("report.compliance.column.arm"), cell: (arm) => report.armLabel(arm.arm), rowHeader: true },
      { label: t("report.compliance.column.checked"), numeric: true, cell: (arm) => formatNumber(arm.verification?.checkedContacts ?? 0, language, 0) },
      { label: t("report.compliance.column.violations"), numeric: true, cell: (arm) => formatNumber(arm.verification?.violations ?? 0, language, 0) },
      ...checkedRules.map((rule) => ({
        label: rule,
        numeric: true,
        cell: (arm: ArmCompliance) => formatNumber(arm.verification?.byRule[rule] ?? 0, language, 0)
      }))
    ],
    verified
  );

  const examples = verified.flatMap((arm) => (arm.verification?.examples ?? []).map((example) => ({ arm: arm.arm, ...example })));
  const examplesTable =
    examples.length === 0
      ? null
      : renderTable<(typeof examples)[number]>(
          "violations",
          [
            { label: t("report.compliance.column.arm"), cell: (row) => report.armLabel(row.arm), rowHeader: true },
            { label: t("report.compliance.column.rule"), cell: (row) => row.rule },
            { label: t("report.compliance.column.debtor"), numeric: true, cell: (row) => String(row.debtor) },
            { label: t("report.compliance.column.date"), cell: (row) => formatDate(row.date, language) },
            { label: t("report.compliance.column.channel"), cell: (row) => channelLabel(report, row.channel) },
            { label: t("report.compliance.column.hour"), numeric: true, cell: (row) => t("report.compliance.hour", { hour: row.hour }) }
          ],
          examples,
          t("report.compliance.examplesCaption")
        );

  const unchecked = verified[0].verification?.unchecked ?? [];
  return [
    heading,
    element("p", { class: "inkasso-verdict", "data-verdict": verdictState, role: violations === 0 ? "status" : "alert" }, [verdict]),
    examplesTable,
    element("p", {}, [
      t("report.compliance.verifyMethod"),
      " ",
      unchecked.length === 0 ? t("report.compliance.uncheckedNone") : t("report.compliance.unchecked", { rules: unchecked.join(", ") })
    ]),
    table
  ];
}

function rulesSection(report: Report, data: ComplianceData): HTMLElement[] {
  const { t } = report;
  const preset = presetOf(data);
  const rules = Object.keys(data.arms[0]?.counts.byRule ?? {});
  const presetKey = `report.compliance.preset.${preset}`;
  const table = renderTable<string>(
    "rules",
    [
      { label: t("report.compliance.column.rule"), cell: (rule) => element("code", {}, [rule]), rowHeader: true },
      { label: t("report.compliance.column.description"), cell: (rule) => describeRule(report, rule, data.config) }
    ],
    rules
  );
  return [
    element("h2", {}, [t("report.compliance.rulesHeading")]),
    element("p", {}, [t("report.compliance.rulesLead", { preset, presetName: t.has(presetKey) ? t(presetKey) : preset })]),
    table
  ];
}

function armChart(report: Report, data: ComplianceData): HTMLElement {
  const { t, language } = report;
  const labels = data.arms.map((arm) => report.armLabel(arm.arm));
  const kinds = (["delivered", "deferred", "blocked"] as const).map((kind) => t(`report.compliance.kind.${kind}`));
  const values = data.arms.flatMap((arm) =>
    (["delivered", "deferred", "blocked"] as const).map((kind, order) => ({ arm: report.armLabel(arm.arm), kind: t(`report.compliance.kind.${kind}`), order, count: arm.counts[kind] }))
  );
  const spec = {
    width: 520,
    data: { values },
    mark: { type: "bar" },
    encoding: {
      y: { field: "arm", type: "nominal", sort: labels, title: null },
      x: { field: "count", type: "quantitative", stack: "zero", title: t("report.compliance.countAxis"), axis: { format: chartFormat(language, "number", 0), formatType: CHART_FORMAT_TYPE } },
      color: { field: "kind", type: "nominal", sort: kinds, scale: { domain: kinds, range: [KIND_COLORS.delivered, KIND_COLORS.deferred, KIND_COLORS.blocked] }, legend: { title: null, orient: "bottom" } },
      order: { field: "order" }
    },
    config: { view: { stroke: null } }
  } as unknown as TopLevelSpec;
  return renderChart("guardByArm", spec, language);
}

function ruleChart(report: Report, data: ComplianceData, rules: string[]): HTMLElement {
  const { t, language } = report;
  const labels = data.arms.map((arm) => report.armLabel(arm.arm));
  const kinds = (["deferred", "blocked", "escalationsBlocked"] as const).map((kind) => t(`report.compliance.kind.${kind}`));
  const values = data.arms.flatMap((arm) =>
    rules.flatMap((rule) =>
      (["deferred", "blocked", "escalationsBlocked"] as const).map((kind) => ({
        arm: report.armLabel(arm.arm),
        rule,
        kind: t(`report.compliance.kind.${kind}`),
        count: arm.counts.byRule[rule]?.[kind] ?? 0
      }))
    )
  );
  const spec = {
    data: { values },
    facet: { column: { field: "kind", type: "nominal", sort: kinds, title: null } },
    spec: {
      width: 200,
      // the step is per arm bar inside a rule's band, so the chart grows with rules × arms
      height: { step: 9 },
      mark: { type: "bar" },
      encoding: {
        y: { field: "rule", type: "nominal", sort: rules, title: null },
        yOffset: { field: "arm", type: "nominal", sort: labels },
        x: { field: "count", type: "quantitative", title: t("report.compliance.countAxis"), axis: { format: chartFormat(language, "number", 0), formatType: CHART_FORMAT_TYPE } },
        color: { field: "arm", type: "nominal", sort: labels, scale: { domain: labels, range: ARM_COLORS.slice(0, labels.length) }, legend: { title: null, orient: "bottom" } }
      }
    },
    // escalations are rarer than moved contacts, so each panel gets its own count axis
    resolve: { scale: { x: "independent" } },
    config: { view: { stroke: null } }
  } as unknown as TopLevelSpec;
  return renderChart("guardByRule", spec, language);
}

function guardSection(report: Report, data: ComplianceData): HTMLElement[] {
  const { t, language } = report;
  const count = (value: number) => formatNumber(value, language, 0);
  const rules = Object.keys(data.arms[0]?.counts.byRule ?? {});
  const total = (pick: (arm: ArmCompliance) => number) => data.arms.reduce((sum, arm) => sum + pick(arm), 0);
  const escalations = (arm: ArmCompliance) => Object.values(arm.counts.byRule).reduce((sum, rule) => sum + rule.escalationsBlocked, 0);

  const armTable = renderTable<ArmCompliance>(
    "guardByArm",
    [
      { label: t("report.compliance.column.arm"), cell: (arm) => report.armLabel(arm.arm), rowHeader: true },
      { label: t("report.compliance.column.proposed"), numeric: true, cell: (arm) => count(arm.counts.proposed) },
      { label: t("report.compliance.kind.delivered"), numeric: true, cell: (arm) => count(arm.counts.delivered) },
      { label: t("report.compliance.kind.deferred"), numeric: true, cell: (arm) => count(arm.counts.deferred) },
      { label: t("report.compliance.kind.blocked"), numeric: true, cell: (arm) => count(arm.counts.blocked) },
      { label: t("report.compliance.kind.escalationsBlocked"), numeric: true, cell: (arm) => count(escalations(arm)) }
    ],
    data.arms,
    t("report.compliance.armTableCaption")
  );

  const ruleRows = rules.flatMap((rule) => data.arms.map((arm) => ({ rule, arm: arm.arm, counts: arm.counts.byRule[rule] })));
  const ruleTable = renderTable<(typeof ruleRows)[number]>(
    "guardByRule",
    [
      { label: t("report.compliance.column.rule"), cell: (row) => row.rule, rowHeader: true },
      { label: t("report.compliance.column.arm"), cell: (row) => report.armLabel(row.arm) },
      { label: t("report.compliance.kind.deferred"), numeric: true, cell: (row) => count(row.counts?.deferred ?? 0) },
      { label: t("report.compliance.kind.blocked"), numeric: true, cell: (row) => count(row.counts?.blocked ?? 0) },
      { label: t("report.compliance.kind.escalationsBlocked"), numeric: true, cell: (row) => count(row.counts?.escalationsBlocked ?? 0) }
    ],
    ruleRows,
    t("report.compliance.ruleTableCaption")
  );

  return [
    element("h2", {}, [t("report.compliance.guardHeading")]),
    element("p", {}, [
      t("report.compliance.guardLead", {
        proposed: count(total((arm) => arm.counts.proposed)),
        delivered: count(total((arm) => arm.counts.delivered)),
        deferred: count(total((arm) => arm.counts.deferred)),
        blocked: count(total((arm) => arm.counts.blocked)),
        escalations: count(total(escalations))
      })
    ]),
    armChart(report, data),
    armTable,
    element("p", {}, [t("report.compliance.chartLead")]),
    ruleChart(report, data, rules),
    ruleTable
  ];
}

function readsSection(report: Report, data: ComplianceData): HTMLElement[] {
  const { t } = report;
  const items = data.arms.map((arm) =>
    element("li", {}, [t("report.compliance.reads", { arm: report.armLabel(arm.arm), fields: arm.reads.length === 0 ? t("report.compliance.readsNone") : arm.reads.join(", ") })])
  );
  return [element("h2", {}, [t("report.compliance.readsHeading")]), element("p", {}, [t("report.compliance.readsLead")]), element("ul", {}, items)];
}

/** Builds the compliance page in `language`. */
export async function compliancePage(language: Language): Promise<HTMLElement> {
  const [report, data] = await Promise.all([
    loadReport(language, "report.page.compliance"),
    FileAttachment("../data/compliance.json").json() as Promise<ComplianceData | null>
  ]);
  const { t } = report;
  const heading = element("h1", {}, [t("report.compliance.heading")]);
  if (data === null || data.arms.length === 0) {
    return element("div", { class: "inkasso-page" }, [heading, renderRunLine(report), element("p", {}, [t("report.compliance.missing")])]);
  }
  return element("div", { class: "inkasso-page inkasso-compliance" }, [
    heading,
    renderRunLine(report),
    ...verificationSection(report, data),
    ...rulesSection(report, data),
    ...guardSection(report, data),
    ...readsSection(report, data)
  ]);
}
