/**
 * The static files of the WPS add-in (dist-wps/), written by webpack.wps.config.js:
 * ribbon.xml (WPS reads it first; it must begin with `<customUI`), manifest.xml (the JsPlugin
 * manifest that points WPS at functions.json and names the namespace, as in the wpsjs et
 * template) and functions.json (src/hosts/wps/metadata.ts).
 */
import { wpsFunctionsJson } from '../../hosts/wps/metadata';
import { NAMESPACE } from '../../hosts/wps/register';

/**
 * ribbon.xml: a tab 规划指标 with a button per pane tab; callbacks are on index.html's window.
 * @example
 * ribbonXml().startsWith('<customUI'); // true
 */
export function ribbonXml(): string {
  const button = (id: string, label: string) =>
    `          <button id="${id}" label="${label}" onAction="OnAction" getImage="GetImage" size="large"/>`;
  return [
    '<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="OnAddinLoad">',
    '  <ribbon startFromScratch="false">',
    '    <tabs>',
    '      <tab id="planMetricsTab" label="规划指标">',
    '        <group id="pmGroup" label="规划指标">',
    button('pmCatalog', '指标目录'),
    button('pmFormula', '插入公式'),
    button('pmTemplate', '插入模板'),
    button('pmHighlight', '标出未达标'),
    button('pmSummary', '达标汇总'),
    '        </group>',
    '      </tab>',
    '    </tabs>',
    '  </ribbon>',
    '</customUI>',
    '',
  ].join('\n');
}

/**
 * manifest.xml of the WPS 加载项 (JsPlugin; functions under namespace EDU).
 * @example
 * manifestXml().includes('<Namespace>EDU</Namespace>'); // true
 */
export function manifestXml(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<JsPlugin>',
    '  <ApiVersion>1.0.0</ApiVersion>',
    '  <Name>PlanMetrics</Name>',
    '  <Description>规划指标：县域教育规划指标的 EDU 函数、指标目录与模板</Description>',
    '  <Functions>',
    '    <Uri>/functions.json</Uri>',
    `    <Namespace>${NAMESPACE}</Namespace>`,
    '  </Functions>',
    '</JsPlugin>',
    '',
  ].join('\n');
}

/**
 * functions.json text (UTF-8, indented as wpsjs writes it).
 * @example
 * JSON.parse(functionsJsonText()).functions[0].name; // 'PER100'
 */
export function functionsJsonText(): string {
  return JSON.stringify(wpsFunctionsJson(), null, 2);
}
