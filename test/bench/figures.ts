// Arithmetic and formatting shared by the Node and browser halves of `npm run bench`.
import { gzipSync } from 'node:zlib';

/** Nearest-rank percentile (`p` from 0 to 100) of `values`, which must not be empty. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The median (nearest rank) of `values`. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Bytes of `text` in UTF-8. */
export const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
/** Bytes of `data` gzipped at level 9, as the build reports it. */
export const gzipBytes = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;
/** `12.3 KB` (1 KB = 1024 bytes). */
export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
/** `1.234 ms` below 10 ms, `12.3 ms` above. */
export const ms = (n: number): string => `${n < 10 ? n.toFixed(3) : n.toFixed(1)} ms`;
/** `a / b` as `2.1×`, or `n/a` when `b` is not positive. */
export const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a');

/** Lines of a table: the first column left-aligned, the others right-aligned, three spaces apart. */
export function formatTable(rows: ReadonlyArray<readonly string[]>): string[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('   ')
      .trimEnd(),
  );
}
