/**
 * help.html: the add-in's offline help page (the manifest's SupportUrl and the GetStarted "learn
 * more" link). Generated at build time from src/domain/edu/table.ts so the help lists exactly the
 * functions that exist, in Chinese then English. No script, no remote resource.
 */
import { FUNCTIONS } from '../../domain/edu/table';

/**
 * Text made safe to put between HTML tags or in a double-quoted attribute.
 * @example
 * escapeHtml('<a href="x">&</a>'); // '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * The whole help.html.
 * @example
 * helpPage().includes('EDU.MEETS'); // true
 */
export function helpPage(): string {
  const rows = FUNCTIONS.map((f) => {
    const sig = `EDU.${f.name}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
    const params = f.params
      .map((p) => `<li><code>${escapeHtml(p.name)}</code> — ${escapeHtml(p.zh)}<br><span class="en">${escapeHtml(p.en)}</span></li>`)
      .join('');
    // id = the function's name: each function's helpUrl in functions.json is help.html#<name>.
    return `<section id="${escapeHtml(f.name)}"><h2><code>${escapeHtml(sig)}</code></h2><p>${escapeHtml(f.zh)}<br><span class="en">${escapeHtml(f.en)}</span></p><ul>${params}</ul></section>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>规划指标 帮助 · Plan Metrics help</title>
<link rel="icon" href="assets/icon-32.png">
<link rel="stylesheet" href="taskpane.css">
</head>
<body class="help">
<h1><img src="assets/icon-32.png" alt="" width="32" height="32"> 规划指标 Plan Metrics</h1>
<p>在单元格中输入 <code>=EDU.</code> 即可使用下列函数；点击「开始」选项卡中的「指标面板」打开指标目录、插入公式和模板、标出未达标、生成达标汇总。百分比按小数填写（90% 即 0.9）。本加载项不联网。</p>
<p class="en">Type <code>=EDU.</code> in a cell for the functions below; Home › Indicators opens the catalog, formulas, templates, misses and the compliance summary. Percentages are fractions (90% is 0.9). The add-in never uses the network.</p>
${rows}
</body>
</html>
`;
}
