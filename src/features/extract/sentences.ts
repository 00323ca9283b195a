/**
 * Cutting a plan's text into paragraphs and sentences while keeping where each one sits in the
 * source, so a row's quote is always a verbatim substring of what the user gave.
 */

/** A piece of the source text and where it starts. */
export interface Span { text: string; start: number }

/** One sentence, the paragraph it belongs to, and the headings it sits under (outermost first, joined by ' / '). */
export interface Sentence extends Span { paragraph: number; heading: string }

// A heading: a short line without a full stop, numbered 一、 / (一) / 第一章 / 1. , or any short line
// of a few words (the web copies keep 「发展目标」 alone on a line).
// Levels, outermost first: 第一章, 一、, (一), 1., (1).
const LEVELS = [
  /^\s*第[一二三四五六七八九十百]+[章节部分篇]/,
  /^\s*[一二三四五六七八九十]+[、.．]/,
  /^\s*[(（][一二三四五六七八九十]+[)）]/,
  /^\s*\d{1,2}[、.．](?!\d)/,
  /^\s*[(（]\d{1,2}[)）]/,
];

/**
 * The level of a heading line (0 for 第一章 … 4 for (1)), or -1 when it is not one.
 * @example
 * headingLevel('(一)“十三五”时期发展情况'); // 2
 * headingLevel('1. 我区教育现状');          // 3
 */
export function headingLevel(line: string): number {
  if (!isHeading(line)) return -1;
  return LEVELS.findIndex((re) => re.test(line));
}

/**
 * True when a line reads as a heading rather than a paragraph.
 * @example
 * isHeading('一、发展基础');          // true
 * isHeading('(一)“十三五”时期发展情况'); // true
 * isHeading('到2025年，巩固率达到99%。'); // false
 */
export function isHeading(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 40 || /[。；;！？]/.test(t)) return false;
  return LEVELS.some((re) => re.test(t));
}

/**
 * The sentences of `text`: cut at 。！？；; and at line ends, each with its offset in `text`, its
 * paragraph (line) number and the nearest heading above it.
 * @example
 * splitSentences('一、目标\n到2025年，毛入园率达到95%。巩固率99%。').map((s) => s.text);
 * // ['到2025年，毛入园率达到95%。', '巩固率99%。']
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // The headings above the current line, one per level: a 十三五 review reaches down to its (1).
  const stack: string[] = [];
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((line, paragraph) => {
    const level = headingLevel(line);
    if (level >= 0) {
      stack.length = level;
      stack[level] = line.trim();
    } else {
      const heading = stack.filter(Boolean).join(' / ');
      for (const m of line.matchAll(/[^。！？；;!?]+[。！？；;!?]?/g)) {
        const raw = m[0];
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (body.length > 1) out.push({ text: body, start: offset + (m.index ?? 0) + lead, paragraph, heading });
      }
    }
    offset += line.length + 1;
  });
  return out;
}

/**
 * The clauses of a sentence (cut at ，, : and the like), each with its offset in the sentence.
 * @example
 * splitClauses('到2025年，毛入园率达到95%，巩固率99%。').map((c) => c.text);
 * // ['到2025年', '毛入园率达到95%', '巩固率99%。']
 */
export function splitClauses(sentence: string): Span[] {
  const out: Span[] = [];
  for (const m of sentence.matchAll(/[^，,：:]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), start: (m.index ?? 0) + lead });
  }
  return out;
}
