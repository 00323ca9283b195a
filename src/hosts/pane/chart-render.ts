/**
 * A template's charts as Office.js calls (place-forecast: places needed against places available,
 * a line per series over the years). Lives beside excel-io, which calls it inside Excel.run; it
 * takes the worksheet as a parameter so a mock worksheet can stand in for it in tests.
 */
import type { ChartSpec } from '../../features/templates/types';

/** The part of Excel.Worksheet this needs. */
export interface ChartHost {
  getRange(address: string): unknown;
  charts: { add(type: string, source: unknown, seriesBy?: string): ChartLike };
}

/** The part of Excel.Chart this sets. */
export interface ChartLike {
  title: { text: string };
  axes: { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string } } };
  series: { getItemAt(i: number): SeriesLike; add(name: string): SeriesLike };
  setPosition(from: string, to: string): void;
}

/** The part of Excel.ChartSeries this sets. */
export interface SeriesLike {
  name: string;
  setValues(range: unknown): void;
  setXAxisValues(range: unknown): void;
}

/**
 * Adds each chart: the first series' values seed the chart, every other series is added with its
 * own values, and every series gets the years as its categories.
 * @example
 * renderCharts(worksheet, buildTemplate('place-forecast').charts ?? []);
 */
export function renderCharts(ws: ChartHost, charts: ChartSpec[]): void {
  for (const c of charts) {
    if (!c.series.length) continue;
    // 'Line' and 'Columns' are the string values of Excel.ChartType.line / ChartSeriesBy.columns.
    const chart = ws.charts.add('Line', ws.getRange(c.series[0].values), 'Columns');
    chart.title.text = c.title;
    chart.axes.categoryAxis.title.text = c.xAxisTitle;
    chart.axes.valueAxis.title.text = c.yAxisTitle;
    c.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      if (i > 0) series.setValues(ws.getRange(s.values));
      series.setXAxisValues(ws.getRange(c.categories));
    });
    chart.setPosition(c.anchor.from, c.anchor.to);
  }
}
