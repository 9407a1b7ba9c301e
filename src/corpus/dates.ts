const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH = `(${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})\\.?`;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const monthNumber = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

/**
 * Finds the first calendar date written in `text` and returns it as `YYYY-MM-DD`.
 * Understands `2024-02-01`, `February 1, 2024`, `1 Feb 2024` and `the 19th March 2010`.
 *
 * @example findDate('This policy came into effect on the 19th March 2010.') // '2010-03-19'
 */
export function findDate(text: string): string | null {
  const candidates: Array<{ at: number; date: string | null }> = [];
  const a = ISO.exec(text);
  if (a) candidates.push({ at: a.index, date: iso(+a[1]!, +a[2]!, +a[3]!) });
  const b = MONTH_DAY_YEAR.exec(text);
  if (b) candidates.push({ at: b.index, date: iso(+b[3]!, monthNumber(b[1]!), +b[2]!) });
  const c = DAY_MONTH_YEAR.exec(text);
  if (c) candidates.push({ at: c.index, date: iso(+c[3]!, monthNumber(c[2]!), +c[1]!) });
  candidates.sort((x, y) => x.at - y.at);
  return candidates.find((x) => x.date)?.date ?? null;
}
