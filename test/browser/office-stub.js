/*
 * A stand-in for the Office host, injected before the task pane's scripts (page.addInitScript).
 * It provides just what the pane and the functions bundle touch: Office.onReady / context,
 * CustomFunctions.associate, and an Excel.run over a tiny in-memory workbook that records every
 * formula written. The real office.js request is answered with an empty script by the test.
 * The display language comes from the page URL (?lang=en-US), default zh-CN.
 */
(() => {
  const lang = new URLSearchParams(location.search).get('lang') || 'zh-CN';
  const state = (window.__excel = {
    writes: [],
    associated: [],
    active: 'Sheet1!G5',
    selected: 'Sheet1!F5',
    cells: {},
    addedSheets: [],
    /** Property assignments made on a new sheet (formats, values, formulas …). */
    sheetWrites: 0,
    /** Conditional-format formulas assigned: { range, formula }. */
    cfFormulas: [],
    settings: {},
    /** The functions as associated, by id: a test calls them as Excel would. */
    fns: {},
    /** application.calculate(type) calls. */
    calculations: [],
    /** With ?plan=1: a 「规划目标」 sheet of plan 某某县 (test/features/own-plan/plan-workbook.ts, rows 1–4 and 7). */
    plan: new URLSearchParams(location.search).get('plan') === '1' ? {
      address: '规划目标!A1:I5',
      rowIndex: 0,
      columnIndex: 0,
      values: [
        ['规划', '指标', '学段', '年份', '数值', '方向', '单位', '类别', '出处'],
        ['某某县', '学前三年毛入园率', '', 2020, 0.88, '≥', '', '基线', ''],
        ['', '学前三年毛入园率', '', 2022, '90%', '以上', '', '目标', ''],
        ['', '學前三年毛入園率', '', 2025, '92％', '不低于', '', '目标', ''],
        ['某某县', '高中阶段毛入学率', '', 2025, '九成', '以上', '', '目标', ''],
      ],
    } : null,
    /** The active sheet's used range: a small county table (set by the test page or left as is). */
    used: {
      // Markup where a school name and a header would be: it must stay text (window.__xss unset).
      address: 'Sheet1!B2:H7',
      rowIndex: 1,
      columnIndex: 1,
      values: [
        ['学校', '学段', '学生数', '生均教学及辅助用房面积', '生均体育运动场馆面积', '每百名学生拥有县级以上骨干教师数', '<img src=x onerror="window.__xss=2">备注'],
        ['城关一小', '小学', 500, 4.8, 7.0, 1.2, ''],
        ['城关二小', '小學', 300, 4.0, 8.0, 0.8, '<img src=x onerror="window.__xss=3">'],
        ['城关中学', '初中', 900, 5.5, 11.0, 1.0, ''],
        ['<img src=x onerror="window.__xss=1">', '初中', 400, 6.0, 12.0, 1.5, ''],
        ['合计', '', 2100, '', '', '', ''],
      ],
    },
  });

  // A new sheet records what is drawn on it: any property read is another recorder, any call
  // returns one, any assignment is counted. Enough for the template renderer to run for real.
  function recorder(range) {
    const target = function () {};
    return new Proxy(target, {
      get(_, prop) {
        if (prop === 'then') return undefined; // not a promise
        if (prop === 'load') return () => recorder(range);
        return recorder(range);
      },
      set(_, prop, value) {
        state.sheetWrites++;
        if (prop === 'formula') state.cfFormulas.push({ range, formula: value });
        return true;
      },
      apply(_, __, args) {
        return recorder(typeof args[0] === 'string' ? args[0] : range);
      },
    });
  }

  window.Office = {
    HostType: { Excel: 'Excel' },
    context: {
      displayLanguage: lang,
      requirements: { isSetSupported: () => true },
    },
    onReady(cb) {
      const info = { host: 'Excel', platform: 'PC' };
      return Promise.resolve().then(() => {
        if (cb) cb(info);
        return info;
      });
    },
  };

  class CFError extends Error {
    constructor(code, message) {
      super(message || '');
      this.code = code;
    }
  }
  window.CustomFunctions = {
    associate(id, fn) {
      state.associated.push(id);
      state.fns[id] = fn;
    },
    Error: CFError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
  };

  function split(address) {
    const i = address.lastIndexOf('!');
    return i < 0 ? { sheet: 'Sheet1', local: address } : { sheet: address.slice(0, i).replace(/^'|'$/g, ''), local: address.slice(i + 1) };
  }
  function range(address) {
    const { sheet, local } = split(address);
    const full = `${sheet}!${local}`;
    return {
      address: full,
      load() {
        return this;
      },
      set formulas(f) {
        state.writes.push({ address: full, formula: f[0][0] });
        state.cells[full] = f[0][0];
      },
      get formulas() {
        return [[state.cells[full] ?? '']];
      },
    };
  }
  function worksheet(name) {
    return {
      name,
      load() {
        return this;
      },
      getRange: (a) => Object.assign(range(`${name}!${a}`), {
        conditionalFormats: { add: () => recorder(a) },
      }),
      getUsedRangeOrNullObject: () => ({
        ...(name === '规划目标' && state.plan ? state.plan : state.used),
        isNullObject: false,
        load() {
          return this;
        },
        getMergedAreasOrNullObject: () => ({ isNullObject: true, address: '', load() { return this; } }),
      }),
    };
  }
  window.Excel = {
    async run(cb) {
      const ctx = {
        workbook: {
          settings: {
            getItemOrNullObject: (key) => ({
              isNullObject: !(key in state.settings),
              value: state.settings[key] ?? '',
              load() {
                return this;
              },
              delete() {
                delete state.settings[key];
              },
            }),
            add: (key, value) => {
              state.settings[key] = value;
            },
          },
          application: { calculate: (type) => state.calculations.push(type) },
          getActiveCell: () => range(state.active),
          getSelectedRange: () => range(state.selected),
          worksheets: {
            getActiveWorksheet: () => worksheet(split(state.active).sheet),
            getItem: (n) => worksheet(n),
            items: [],
            load() {
              this.items = [{ name: 'Sheet1' }, ...(state.plan ? [{ name: '规划目标' }] : []), ...state.addedSheets.map((name) => ({ name }))];
              return this;
            },
            add(name) {
              state.addedSheets.push(name);
              return recorder();
            },
          },
        },
        sync: async () => undefined,
      };
      return cb(ctx);
    },
  };
})();
