// The learning page: which actions the learning strategies chose over time, what learning
// cost as regret against the best fixed action, which action each debtor type ended up
// with, and how the inbound service desk handled the debtors' requests.

import { FileAttachment } from "observablehq:stdlib";
import type { TopLevelSpec } from "vega-lite";
import type { DeskSummary } from "../../simulator/desk/inboundDesk.js";
import { element } from "./dom.js";
import { formatMoney, formatNumber, formatPercent, type Language } from "./locale.js";
import { loadReport, type Report } from "./report.js";
import { renderRunLine } from "./runLine.js";
import { renderTable } from "./table.js";
import { CHART_FORMAT_TYPE, chartFormat, renderChart } from "./vegaChart.js";

/** An arm of `data/learning.json`, condensed by the loader. */
interface LearningArm {
  arm: string;
  strategy: string;
  decisions: number;
  responses: number;
  bestFixedAction: string | null;
  regret: { day: number; value: number }[];
  channelsByWeek: { week: number; channel: string; decisions: number }[];
  segments: { segment: string; action: string; share: number; decisions: number; profile: Record<string, number> | null }[];
}

const CHANNEL_ORDER = ["letter", "email", "sms", "phoneAgent", "voiceBot", "wait"];
const CHANNEL_COLORS = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#9498a0"];
const ARM_COLORS = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5"];

/** Returns an action name such as "letter/firm/morning/none" in words of the page's language. */
function actionLabel(report: Report, action: string | null): string {
  const { t } = report;
  if (action === null) return t("report.value.missing");
  if (action === "wait") return t("report.learning.action.wait");
  const [channel, tone, slot, offer] = action.split("/");
  return t("report.learning.action", {
    channel: t(`report.learning.channel.${channel}`),
    tone: t(`report.learning.tone.${tone}`),
    slot: t(`report.learning.slot.${slot}`),
    offer: t(`report.learning.offer.${offer}`)
  });
}

function segmentLabel(report: Report, segment: string): string {
  const type = /^type(\d+)$/.exec(segment);
  return type === null ? report.t(`report.learning.segment.${segment}`) : report.t("report.learning.segment.type", { number: type[1] });
}

/** Returns the nonzero features of a segment's profile, e.g. "share paid 0.42; contacts so far 0.30". */
function profileText(report: Report, profile: Record<string, number> | null): string {
  const { language, t } = report;
  if (profile === null) return t("report.value.missing");
  const parts = Object.entries(profile)
    .filter(([, value]) => Math.abs(value) >= 0.005)
    .map(([feature, value]) => t("report.learning.profileValue", { feature: t(`report.learning.feature.${feature}`), value: formatNumber(value, language, 2) }));
  return parts.length > 0 ? parts.join(t("report.list.separator")) : t("report.learning.profileEmpty");
}

function channelChart(report: Report, arm: LearningArm): HTMLElement {
  const { language, t } = report;
  const channels = CHANNEL_ORDER.map((channel) => t(`report.learning.channel.${channel}`));
  const values = arm.channelsByWeek.map((row) => ({ week: row.week + 1, channel: t(`report.learning.channel.${row.channel}`), decisions: row.decisions }));
  const spec = {
    width: 560,
    height: 180,
    data: { values },
    mark: { type: "bar" },
    encoding: {
      x: { field: "week", type: "ordinal", title: t("report.learning.weekAxis"), axis: { labelAngle: 0 } },
      y: {
        field: "decisions",
        type: "quantitative",
        stack: "zero",
        title: t("report.learning.decisionsAxis"),
        axis: { format: chartFormat(language, "number", 0), formatType: CHART_FORMAT_TYPE }
      },
      color: {
        field: "channel",
        type: "nominal",
        sort: channels,
        scale: { domain: channels, range: CHANNEL_COLORS },
        legend: { title: t("report.learning.channelLegend"), orient: "bottom" }
      }
    },
    config: { view: { stroke: null } }
  } as TopLevelSpec;
  return renderChart(`channels-${arm.arm}`, spec, language);
}

function regretChart(report: Report, arms: LearningArm[]): HTMLElement {
  const { language, t } = report;
  const labels = arms.map((arm) => report.armLabel(arm.arm));
  const values = arms.flatMap((arm) => arm.regret.map((row) => ({ arm: report.armLabel(arm.arm), day: row.day, value: row.value })));
  const spec = {
    width: 560,
    height: 280,
    data: { values },
    mark: { type: "line", strokeWidth: 2 },
    encoding: {
      x: { field: "day", type: "quantitative", scale: { nice: false }, title: t("report.learning.dayAxis"), axis: { format: chartFormat(language, "number", 0), formatType: CHART_FORMAT_TYPE } },
      y: { field: "value", type: "quantitative", title: t("report.learning.regretAxis"), axis: { format: chartFormat(language, "money", 0), formatType: CHART_FORMAT_TYPE } },
      color: { field: "arm", type: "nominal", sort: labels, scale: { domain: labels, range: ARM_COLORS.slice(0, labels.length) }, legend: { title: null, orient: "bottom" } }
    },
    config: { view: { stroke: null } }
  } as TopLevelSpec;
  return renderChart("regret", spec, language);
}

function segmentSection(report: Report, arms: LearningArm[]): (HTMLElement | null)[] {
  const { language, t } = report;
  const rows = arms.flatMap((arm) => arm.segments.map((segment) => ({ arm: arm.arm, ...segment })));
  if (rows.length === 0) return [element("p", {}, [t("report.learning.segmentsNone")])];
  return [
    renderTable("learning-segments", [
      { label: t("report.learning.column.arm"), cell: (row) => report.armLabel(row.arm), rowHeader: true },
      { label: t("report.learning.column.segment"), cell: (row) => segmentLabel(report, row.segment) },
      { label: t("report.learning.column.profile"), cell: (row) => profileText(report, row.profile) },
      { label: t("report.learning.column.action"), cell: (row) => actionLabel(report, row.action) },
      { label: t("report.learning.column.share"), numeric: true, cell: (row) => formatPercent(row.share, language, 0) },
      { label: t("report.learning.column.decisions"), numeric: true, cell: (row) => formatNumber(row.decisions, language, 0) }
    ], rows, t("report.learning.segmentsCaption"))
  ];
}

function deskSection(report: Report): HTMLElement[] {
  const { language, t } = report;
  const desks: DeskSummary[] = report.summary.desk ?? [];
  if (desks.length === 0) return [element("p", {}, [t("report.learning.deskNone")])];
  const missing = t("report.value.missing");
  return [
    ...desks.map((desk) => element("p", {}, [t("report.learning.deskSummary", {
      arm: report.armLabel(desk.arm),
      automation: formatPercent(desk.automationRate, language, 0),
      standardAutomation: formatPercent(desk.standardAutomationRate, language, 0),
      requests: formatNumber(desk.requests, language, 0),
      abandonment: formatPercent(desk.abandonmentRate, language, 1)
    })])),
    renderTable<DeskSummary>("desk", [
      { label: t("report.learning.column.arm"), cell: (desk) => report.armLabel(desk.arm), rowHeader: true },
      { label: t("report.learning.column.requests"), numeric: true, cell: (desk) => formatNumber(desk.requests, language, 0) },
      { label: t("report.learning.column.automation"), numeric: true, cell: (desk) => formatPercent(desk.automationRate, language, 0) },
      { label: t("report.learning.column.wait"), numeric: true, cell: (desk) => (desk.meanWaitSeconds === null ? missing : t("report.learning.seconds", { value: formatNumber(desk.meanWaitSeconds, language, 1) })) },
      { label: t("report.learning.column.abandonment"), numeric: true, cell: (desk) => formatPercent(desk.abandonmentRate, language, 1) },
      { label: t("report.learning.column.costPerRequest"), numeric: true, cell: (desk) => (desk.costPerRequest === null ? missing : formatMoney(desk.costPerRequest, language, 2)) },
      { label: t("report.learning.column.agents"), numeric: true, cell: (desk) => [desk.agents, desk.agentsNeeded, desk.agentsNeededAtPeak].map((count) => formatNumber(count, language, 0)).join(" / ") }
    ], desks, t("report.learning.deskCaption", { share: formatPercent(desks[0].serviceShare, language, 0), seconds: formatNumber(desks[0].serviceSeconds, language, 0) }))
  ];
}

/** Builds the learning page in `language`. */
export async function learningPage(language: Language): Promise<HTMLElement> {
  const [report, learning] = await Promise.all([
    loadReport(language, "report.page.learning"),
    FileAttachment("../data/learning.json").json() as Promise<{ arms: LearningArm[] }>
  ]);
  const { t } = report;
  const arms = learning.arms;
  const learningSections = arms.length === 0
    ? [element("p", {}, [t("report.learning.none")])]
    : [
        element("p", {}, [t("report.learning.intro")]),
        element("h2", {}, [t("report.learning.actionsQuestion")]),
        ...arms.flatMap((arm) => [
          element("p", {}, [t("report.learning.armDecisions", { arm: report.armLabel(arm.arm), decisions: formatNumber(arm.decisions, language, 0), responses: formatNumber(arm.responses, language, 0) })]),
          channelChart(report, arm)
        ]),
        element("h2", {}, [t("report.learning.regretQuestion")]),
        element("p", {}, [t("report.learning.regretDefinition")]),
        ...arms.map((arm) => element("p", {}, [t("report.learning.regretSummary", {
          arm: report.armLabel(arm.arm),
          action: actionLabel(report, arm.bestFixedAction),
          value: formatMoney(arm.regret.length > 0 ? arm.regret[arm.regret.length - 1].value : 0, language, 0)
        })])),
        regretChart(report, arms),
        element("h2", {}, [t("report.learning.segmentsQuestion")]),
        ...segmentSection(report, arms)
      ];

  return element("div", { class: "inkasso-page" }, [
    element("h1", {}, [t("report.learning.heading")]),
    renderRunLine(report),
    ...learningSections,
    element("h2", {}, [t("report.learning.deskQuestion")]),
    ...deskSection(report)
  ]);
}
