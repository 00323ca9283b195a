/**
 * report.html: the county's compliance at a glance — a self-contained page (inline CSS and SVG, no
 * script, no network) that opens on any intranet machine. Every text from a workbook is escaped.
 */
import type { CountySummary, IndicatorSummary } from './summary';

/** HTML-escapes text (names come from user workbooks). @example esc('<b>'); // '&lt;b&gt;' */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STAGE_ZH = { primary: '小学', junior: '初中' } as const;
const fmt = (x: number, digits = 3) => Number(x.toFixed(digits)).toString();

/** A horizontal stacked bar per indicator: schools meeting (green), missing (red), blank (grey). */
function metChart(rows: IndicatorSummary[]): string {
  const barW = 360;
  const rowH = 26;
  const left = 300;
  const h = rows.length * rowH + 30;
  const max = Math.max(1, ...rows.map((r) => r.met + r.missed + r.blank));
  const bars = rows.map((r, i) => {
    const y = 20 + i * rowH;
    const w = (n: number) => (n / max) * barW;
    const x1 = left + w(r.met);
    const x2 = x1 + w(r.missed);
    return `<text x="${left - 8}" y="${y + 14}" text-anchor="end">${esc(r.name)}</text>` +
      `<rect x="${left}" y="${y}" width="${w(r.met)}" height="18" fill="#2e7d32"><title>达标 ${r.met}</title></rect>` +
      `<rect x="${x1}" y="${y}" width="${w(r.missed)}" height="18" fill="#c62828"><title>未达标 ${r.missed}</title></rect>` +
      `<rect x="${x2}" y="${y}" width="${w(r.blank)}" height="18" fill="#9e9e9e"><title>未填报 ${r.blank}</title></rect>` +
      `<text x="${x2 + w(0) + 6}" y="${y + 14}">${r.met} / ${r.met + r.missed}${r.blank ? `（${r.blank} 空）` : ''}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + barW + 120}" height="${h}" font-size="13" role="img" aria-label="达标学校数">` +
    `${bars.join('')}</svg>`;
}

/** 差异系数 per indicator as a bar against its limit (a dashed line). */
function cvChart(rows: IndicatorSummary[]): string {
  const barW = 360;
  const rowH = 26;
  const left = 300;
  const scale = barW / Math.max(0.8, ...rows.map((r) => r.diffCoef ?? 0), rows[0]?.limit ?? 0.5);
  const limitX = left + (rows[0]?.limit ?? 0.5) * scale;
  const h = rows.length * rowH + 30;
  const bars = rows.map((r, i) => {
    const y = 20 + i * rowH;
    const v = r.diffCoef ?? 0;
    const color = r.balanced === false ? '#c62828' : '#1565c0';
    return `<text x="${left - 8}" y="${y + 14}" text-anchor="end">${esc(r.name)}</text>` +
      `<rect x="${left}" y="${y}" width="${v * scale}" height="18" fill="${color}"><title>${r.diffCoef === null ? '无法计算' : fmt(v)}</title></rect>` +
      `<text x="${left + v * scale + 6}" y="${y + 14}">${r.diffCoef === null ? '—' : fmt(v)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + barW + 80}" height="${h}" font-size="13" role="img" aria-label="差异系数">` +
    `${bars.join('')}<line x1="${limitX}" y1="12" x2="${limitX}" y2="${h - 4}" stroke="#333" stroke-dasharray="4 3"/>` +
    `<text x="${limitX + 4}" y="12">限值 ${fmt(rows[0]?.limit ?? 0.5, 2)}</text></svg>`;
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
    return `<section><h2>${STAGE_ZH[stage]}：${st.passed} / ${st.schools} 所学校达到资源配置要求（6项达标且其余不低于85%）</h2>` +
      `<p>差异系数达标 ${balanced} / ${rows.length} 项（限值 ≤ ${fmt(rows[0]?.limit ?? 0, 2)}）</p>` +
      `<h3>各指标达标学校数 Schools meeting each standard</h3>${metChart(rows)}` +
      `<h3>校际差异系数 Coefficient of variation</h3>${cvChart(rows)}` +
      `<table><thead><tr><th>指标</th><th>标准</th><th>达标</th><th>未达标</th><th>未填报</th><th>差异系数</th><th>是否均衡</th></tr></thead><tbody>` +
      rows.map((r) => `<tr><td>${esc(r.name)}</td><td>≥ ${r.threshold}</td><td>${r.met}</td><td class="${r.missed ? 'miss' : ''}">${r.missed}</td><td>${r.blank}</td>` +
        `<td>${r.diffCoef === null ? '—' : fmt(r.diffCoef)}</td><td class="${r.balanced === false ? 'miss' : ''}">${r.balanced === null ? '—' : r.balanced ? '是' : '否'}</td></tr>`).join('') +
      `</tbody></table></section>`;
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
</style></head><body>
<h1>${esc(meta.title)}：义务教育优质均衡资源配置达标情况</h1>
<p>共 ${s.schools} 所学校；小学 ${s.byStage.primary.schools} 所，初中 ${s.byStage.junior.schools} 所${s.notAssessed ? `；另有 ${s.notAssessed} 所一贯制学校需按学段拆分后评估` : ''}。
标准：《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）。</p>
<p class="legend"><span style="background:#2e7d32"></span>达标 met<span style="background:#c62828"></span>未达标 missed<span style="background:#9e9e9e"></span>未填报 blank</p>
${sections.join('\n')}
<footer>数据来源 source: ${esc(meta.source)}${meta.generated ? ` · 生成于 ${esc(meta.generated)}` : ''} · Plan Metrics 规划指标</footer>
</body></html>
`;
}
