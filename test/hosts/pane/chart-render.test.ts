/**
 * Issue 7 (series since issue 28): the place-forecast template's chart, inserted through Office.js
 * calls on a mock worksheet (office-addin-mock), with the right series: the history and the low,
 * middle and high scenarios over the years.
 */
jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'excel' } }));
import { OfficeMockObject } from 'office-addin-mock';
import { renderCharts, type ChartHost } from '../../../src/hosts/pane/chart-render';
import { buildTemplate } from '../../../src/features/templates/index';

test('the history-and-scenarios line chart with its four series over the years', () => {
  const calls: string[] = [];
  const added: { name: string; values?: string; x?: string }[] = [];
  const series0 = { name: '', setValues: (r: string) => calls.push(`values0 ${r}`), setXAxisValues: (r: string) => (added[0].x = r) };
  const chart = {
    title: { text: '' },
    axes: { categoryAxis: { title: { text: '' } }, valueAxis: { title: { text: '' } } },
    series: {
      getItemAt: (i: number) => {
        calls.push(`getItemAt ${i}`);
        return series0;
      },
      add: (name: string) => {
        const s = { name, values: undefined as string | undefined, x: undefined as string | undefined };
        added.push(s);
        return { name, setValues: (r: string) => (s.values = r), setXAxisValues: (r: string) => (s.x = r) };
      },
    },
    setPosition: (from: string, to: string) => calls.push(`position ${from}:${to}`),
  };
  const ws = new OfficeMockObject({
    getRange: (a: string) => a,
    charts: {
      add: (type: string, source: string, by: string) => {
        calls.push(`add ${type} ${source} ${by}`);
        added.push({ name: '(first)', values: source });
        return chart;
      },
    },
  });

  const spec = buildTemplate('place-forecast');
  const c = spec.charts![0];
  renderCharts(ws as unknown as ChartHost, spec.charts!);

  expect(calls[0]).toBe(`add Line ${c.series[0].values} Columns`);
  expect(c.series.map((s) => s.name)).toEqual(['历史在校生', '低方案', '中方案', '高方案']);
  expect(series0.name).toBe('历史在校生');
  expect(added[0]).toMatchObject({ values: c.series[0].values, x: c.categories });
  expect(added[1]).toMatchObject({ name: '低方案', values: c.series[1].values, x: c.categories });
  expect(chart.title.text).toBe(c.title);
  expect(calls).toContain(`position ${c.anchor.from}:${c.anchor.to}`);
});
