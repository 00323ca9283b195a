/**
 * report.html: the county's compliance at a glance — a self-contained page (inline CSS and SVG, no
 * script, no network) that opens on any intranet machine. Every text from a workbook is escaped.
 */
import { wrapLabel, textWidth } from './chart-labels';
import { figure, missText, percent, type Miss, type SchoolMisses } from '../verdict/follow-up';
import type { CountySummary, IndicatorSummary } from '../verdict/county-summary';
import { metText, reasonText, schoolRuleText, verdictHeadline, type Verdict } from '../verdict/verdict';
import { IMPROVEMENT_UNITS, type ImprovementSummary } from '../verdict/improvement';
import { getIndicator } from '../../domain/catalog/index';
import { RESOURCE_INDICATORS } from '../../domain/core/resource-indicators';

/** HTML-escapes text (names come from user workbooks). @example esc('<b>'); // '&lt;b&gt;' */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STAGE_ZH = { primary: '小学', junior: '初中' } as const;
const fmt = (x: number, digits = 3) => Number(x.toFixed(digits)).toString();

/**
 * User text (a school name) as the content of a table cell: escaped, and behind Excel's quote prefix
 * when it begins with = + - @, a tab or a carriage return — Excel opening the .html would take such a
 * cell for a formula (=HYPERLINK … in a table sent upward). The same rule as the pane's asCellValue.
 * @example
 * cellText('=1+1'); // "&#39;=1+1"
 * cellText('A<小学>'); // 'A&lt;小学&gt;'
 */
export function cellText(s: string): string {
  return esc(/^[=+\-@\t\r']/.test(s) ? `'${s}` : s);
}

const FONT = 13;
const LINE_H = 16;
/** Labels wrap at this width; the margin is then the widest line (long names never run off the SVG). */
const LABEL_WRAP = 220;

/** Label lines per row and the layout they need: the left margin and each row's top and height. */
function layout(names: string[]) {
  const lines = names.map((n) => wrapLabel(n, LABEL_WRAP, FONT));
  const left = Math.ceil(Math.max(60, ...lines.flat().map((l) => textWidth(l, FONT)))) + 16;
  const tops: number[] = [];
  const heights: number[] = [];
  let y = 20;
  for (const l of lines) {
    const h = Math.max(26, l.length * LINE_H + 10);
    tops.push(y);
    heights.push(h);
    y += h;
  }
  return { lines, left, tops, heights, bottom: y };
}

/** A row's label, right-aligned against the bars, one tspan per line, centred on the row. */
function label(lines: string[], x: number, top: number, h: number): string {
  const first = top + h / 2 - ((lines.length - 1) * LINE_H) / 2 + 4.5;
  return `<text class="label" text-anchor="end">${lines.map((l, i) => `<tspan x="${x}" y="${first + i * LINE_H}">${esc(l)}</tspan>`).join('')}</text>`;
}

/** A horizontal stacked bar per indicator: schools meeting (green), missing (red), blank (grey). */
function metChart(rows: IndicatorSummary[]): string {
  const barW = 360;
  const { lines, left, tops, heights, bottom } = layout(rows.map((r) => r.name));
  const max = Math.max(1, ...rows.map((r) => r.met + r.missed + r.blank));
  const counts = rows.map((r) => `${r.met} / ${r.met + r.missed}${r.blank ? `（${r.blank} 空）` : ''}`);
  const right = Math.ceil(Math.max(0, ...counts.map((c) => textWidth(c, FONT)))) + 16;
  const bars = rows.map((r, i) => {
    const y = tops[i] + heights[i] / 2 - 9;
    const w = (n: number) => (n / max) * barW;
    const x1 = left + w(r.met);
    const x2 = x1 + w(r.missed);
    return label(lines[i], left - 8, tops[i], heights[i]) +
      `<rect x="${left}" y="${y}" width="${w(r.met)}" height="18" fill="#2e7d32"><title>达标 ${r.met}</title></rect>` +
      `<rect x="${x1}" y="${y}" width="${w(r.missed)}" height="18" fill="#c62828"><title>未达标 ${r.missed}</title></rect>` +
      `<rect x="${x2}" y="${y}" width="${w(r.blank)}" height="18" fill="#9e9e9e"><title>未填报 ${r.blank}</title></rect>` +
      `<text x="${x2 + w(r.blank) + 6}" y="${y + 14}">${counts[i]}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + barW + right}" height="${bottom + 10}" font-size="${FONT}" role="img" aria-label="达标学校数">` +
    `${bars.join('')}</svg>`;
}

/** 差异系数 per indicator as a bar against its limit (a dashed line). */
function cvChart(rows: IndicatorSummary[]): string {
  const barW = 360;
  const { lines, left, tops, heights, bottom } = layout(rows.map((r) => r.name));
  const limit = rows[0]?.limit ?? 0.5;
  const scale = barW / Math.max(0.8, ...rows.map((r) => r.diffCoef ?? 0), limit);
  const limitX = left + limit * scale;
  const shown = rows.map((r) => (r.diffCoef === null ? '—' : fmt(r.diffCoef)));
  const limitText = `限值 ${fmt(limit, 2)}`;
  const right = Math.ceil(Math.max(textWidth(limitText, FONT) - (barW - limit * scale), ...shown.map((c) => textWidth(c, FONT)))) + 16;
  const bars = rows.map((r, i) => {
    const y = tops[i] + heights[i] / 2 - 9;
    const v = r.diffCoef ?? 0;
    const color = r.balanced === false ? '#c62828' : '#1565c0';
    return label(lines[i], left - 8, tops[i], heights[i]) +
      `<rect x="${left}" y="${y}" width="${v * scale}" height="18" fill="${color}"><title>${r.diffCoef === null ? '无法计算' : fmt(v)}</title></rect>` +
      `<text x="${left + v * scale + 6}" y="${y + 14}">${shown[i]}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + barW + right}" height="${bottom + 10}" font-size="${FONT}" role="img" aria-label="差异系数">` +
    `${bars.join('')}<line x1="${limitX}" y1="16" x2="${limitX}" y2="${bottom + 6}" stroke="#333" stroke-dasharray="4 3"/>` +
    `<text x="${limitX + 4}" y="14">${limitText}</text></svg>`;
}

/** The verdict at the top: met / not met / undetermined, and each failing condition with its numbers. */
function verdictBox(v: Verdict): string {
  const cls = v.met === true ? 'ok' : v.met === false ? 'fail' : 'unknown';
  return `<section class="verdict ${cls}"><h2>${esc(verdictHeadline(v, 'zh'))} <small>${esc(verdictHeadline(v, 'en'))}</small></h2>` +
    (v.met === true
      ? `<p>${esc(metText('zh'))}</p>`
      : `<ul>${v.reasons.map((r) => `<li>${esc(reasonText(r, 'zh'))}</li>`).join('')}</ul>`) +
    `</section>`;
}

/** Per indicator, the schools that miss it, worst first: what is sent back to the schools. */
function followUpTable(misses: Miss[]): string {
  if (!misses.length) return `<p>所有学校均达到各项标准 Every school meets every standard.</p>`;
  return `<table class="follow-up"><thead><tr><th>指标 Indicator</th><th>学校 School</th><th>数值 Value</th><th>标准 Standard</th><th>差距 Gap</th><th>差距占标准 Gap %</th></tr></thead><tbody>` +
    misses.map((m) => `<tr><td>${esc(m.name)}</td><td>${cellText(m.school)}</td>` +
      (m.value === null || m.gap === null
        ? `<td class="miss">未填报</td><td>${figure(m.standard)}</td><td>—</td><td>—</td>`
        : `<td class="miss">${figure(m.value)}</td><td>${figure(m.standard)}</td><td>${figure(m.gap)} ${esc(m.unit.split('/')[0])}</td><td>${m.gapShare === null ? '—' : percent(m.gapShare)}</td>`) +
      `</tr>`).join('') +
    `</tbody></table>`;
}

/** Per school, the indicators it misses, each as the line sent back to it. */
function bySchoolTable(list: SchoolMisses[]): string {
  if (!list.length) return `<p>没有需要反馈的学校 No school to follow up.</p>`;
  return `<table class="by-school"><thead><tr><th>学校 School</th><th>学段 Stage</th><th>达标项数 Met</th><th>学校规则 School rule</th><th>未达标项 Misses</th></tr></thead><tbody>` +
    list.map((s) => `<tr><td>${cellText(s.school)}</td><td>${STAGE_ZH[s.stage]}</td><td>${s.met} / 7</td>` +
      `<td class="${s.passes ? '' : 'miss'}">${s.passes ? '通过' : '未通过'}</td>` +
      `<td class="misses">${s.misses.map((m) => esc(missText(m, 'zh'))).join('；<br>')}</td></tr>`).join('') +
    `</tbody></table>`;
}

/** An addition as the report shows it: whole things as they are, m² and 元 to two decimals at most. */
const amount = (x: number, i: number) => `${Number(x.toFixed(2)).toLocaleString('en-US')} ${IMPROVEMENT_UNITS[i].zh}`;

/** What one school needs, as a line: 「每百名学生拥有…：3 人」 for each non-zero addition. */
function needsText(adds: number[]): string {
  const parts = adds.map((x, i) => (x > 0 ? `${esc(getIndicator(RESOURCE_INDICATORS[i])!.name)}：${amount(x, i)}` : '')).filter(Boolean);
  return parts.length ? parts.join('；<br>') : '—';
}

/**
 * 「补短测算」: per school what it needs to pass (its pass plan) and what brings each 差异系数 within
 * its limit on top (up to the floor L), then the county's totals and the floors.
 */
function improvementSection(p: ImprovementSummary): string {
  const names = RESOURCE_INDICATORS.map((id) => esc(getIndicator(id)!.name));
  const schools = p.schools.length
    ? `<table class="improvement"><thead><tr><th>学校 School</th><th>学段 Stage</th><th>达标补短 To pass</th><th>均衡补充 To the floor</th></tr></thead><tbody>` +
      p.schools.map((s) => `<tr><td>${cellText(s.school)}</td><td>${STAGE_ZH[s.stage]}</td><td class="misses">${needsText(s.pass)}</td><td class="misses">${needsText(s.balance)}</td></tr>`).join('') +
      `</tbody></table>`
    : `<p>所有学校均已达标，各项差异系数均在限值内，无需补充 Every school passes and every coefficient is within its limit.</p>`;
  const totals = `<table><thead><tr><th>项目 Item</th><th>达标补短 To pass</th><th>均衡补充 To the floor</th><th>合计 Total</th></tr></thead><tbody>` +
    names.map((n, i) => `<tr><td>${n}</td><td>${amount(p.pass[i], i)}</td><td>${amount(p.balance[i], i)}</td><td>${amount(p.pass[i] + p.balance[i], i)}</td></tr>`).join('') +
    `</tbody></table>`;
  const floors = p.byStage.map((st) => `<tr><td>${STAGE_ZH[st.stage]}</td>${st.floors.map((L) => `<td>${L === null ? '—' : fmt(L, 3)}</td>`).join('')}</tr>`).join('');
  return `<section><h2>补短测算 What it takes to pass</h2>` +
    `<p>达标补短：使每校达到「${esc(schoolRuleText('primary', 'zh'))}」的最省补充（按各项补充量占标准要求的比例权衡，未计单价；单价与费用见模板「补短测算」）。均衡补充：在此之上把低于补底线 L 的学校补到 L，使各项校际差异系数不超过限值。教师、教室按整数向上取整。</p>` +
    (p.unplanned.length ? `<p class="miss">${p.unplanned.length} 所学校缺少数据，未测算：${p.unplanned.map(cellText).join('、')}</p>` : '') +
    schools +
    `<h3>全县合计 County totals</h3>${totals}` +
    `<h3>补底线 L（达标补短后）Floor L after the pass plans</h3><table><thead><tr><th>学段</th>${names.map((n) => `<th>${n}</th>`).join('')}</tr></thead><tbody>${floors}</tbody></table>` +
    `</section>`;
}

/**
 * The report page.
 * @example
 * reportHtml(summarizeCounty(rows), { title: '示例县', source: 'sample-county.xlsx' }).startsWith('<!DOCTYPE html>'); // true
 */
export function reportHtml(s: CountySummary, meta: { title: string; source: string; generated?: string }): string {
  const sections = (['primary', 'junior'] as const).map((stage) => {
    const rows = s.indicators.filter((r) => r.stage === stage);
    const st = s.byStage[stage];
    const balanced = rows.filter((r) => r.balanced).length;
    return `<section><h2>${STAGE_ZH[stage]}：${st.passed} / ${st.schools} 所学校达到资源配置要求（${schoolRuleText(stage, 'zh')}）</h2>` +
      `<p>差异系数达标 ${balanced} / ${rows.length} 项（限值 ≤ ${fmt(rows[0]?.limit ?? 0, 2)}）</p>` +
      `<h3>各指标达标学校数 Schools meeting each standard</h3>${metChart(rows)}` +
      `<h3>校际差异系数 Coefficient of variation</h3>${cvChart(rows)}` +
      `<table><thead><tr><th>指标</th><th>标准</th><th>达标</th><th>未达标</th><th>未填报</th><th>差异系数</th><th>是否均衡</th></tr></thead><tbody>` +
      rows.map((r) => `<tr><td>${esc(r.name)}</td><td>≥ ${r.threshold}</td><td>${r.met}</td><td class="${r.missed ? 'miss' : ''}">${r.missed}</td><td>${r.blank}</td>` +
        `<td>${r.diffCoef === null ? '—' : fmt(r.diffCoef)}</td><td class="${r.balanced === false ? 'miss' : ''}">${r.balanced === null ? '—' : r.balanced ? '是' : '否'}</td></tr>`).join('') +
      `</tbody></table>` +
      `<h3>未达标学校（按差距从大到小）Schools missing a standard, worst first</h3>${followUpTable(s.followUp.byIndicator.filter((m) => m.stage === stage))}` +
      `</section>`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(meta.title)} 优质均衡资源配置达标情况</title>
<style>
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222;max-width:980px}
h1{font-size:22px}h2{font-size:18px;margin-top:28px}h3{font-size:15px;color:#555}
table{border-collapse:collapse;margin-top:8px}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:first-child,th:first-child{text-align:left}
.miss{color:#c62828;font-weight:bold}.legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
footer{margin-top:32px;color:#777;font-size:12px}
.verdict{border-left:6px solid #9e9e9e;padding:4px 16px;background:#f6f6f6}.verdict.ok{border-color:#2e7d32}.verdict.fail{border-color:#c62828}
.verdict h2{margin:8px 0}.verdict small{font-weight:normal;color:#666}
table.follow-up td,table.by-school td,table.improvement td{white-space:nowrap}table.by-school,table.improvement{width:100%}table.follow-up td:nth-child(2),table.follow-up th:nth-child(2){text-align:left}table.by-school td.misses,table.improvement td.misses{text-align:left;white-space:normal}
</style></head><body>
<h1>${esc(meta.title)}：义务教育优质均衡资源配置达标情况</h1>
<p>共 ${s.schools} 所学校；小学 ${s.byStage.primary.schools} 所，初中 ${s.byStage.junior.schools} 所${s.notAssessed ? `；另有 ${s.notAssessed} 所一贯制学校需按学段拆分后评估` : ''}${s.leftOut?.schools.length ? `；按${esc(s.leftOut.profile)}规定，不足 ${s.leftOut.minStudents} 名学生的教学点 ${s.leftOut.schools.length} 个不纳入评估（${esc(s.leftOut.schools.join('、'))}）` : ''}。
标准：《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）。</p>
${verdictBox(s.verdict)}
<p class="legend"><span style="background:#2e7d32"></span>达标 met<span style="background:#c62828"></span>未达标 missed<span style="background:#9e9e9e"></span>未填报 blank</p>
${sections.join('\n')}
<section><h2>按学校反馈 By school</h2>${bySchoolTable(s.followUp.bySchool)}</section>
${improvementSection(s.improvement)}
<footer>数据来源 source: ${esc(meta.source)}${meta.generated ? ` · 生成于 ${esc(meta.generated)}` : ''} · Plan Metrics 规划指标</footer>
</body></html>
`;
}
