import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runDiff, type DiffArgs } from '../../src/cli/diff.js';
import { buildAlignments, summarizeChanges } from '../../src/compare/index.js';
import { readCorpus } from '../../src/node/index.js';
import { buildIndex, CATEGORIES } from '../../src/search/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = `${ROOT}corpus`;

/** Runs `diff` with a fake terminal: what it printed, and its exit code. */
function run(args: Partial<DiffArgs>, cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = runDiff(
    { corpusDir: CORPUS, json: false, ...args },
    {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      stdin: async () => '',
      cwd,
    },
  );
  return { code, stdout, stderr };
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('runDiff', () => {
  describe('without a topic', () => {
    const { code, stdout, stderr } = run({});

    it('prints the comparison, topic by topic, and returns 0', () => {
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const lines = stdout.split('\n');
      expect(lines[0]).toBe('Kayako Privacy Policy: what changed from 29 December 2015 to 11 May 2019');
      expect(lines[1]).toMatch(/^\d+ reworded, \d+ new, \d+ removed, \d+ merged into another clause; \d+ unchanged\.$/);
      const topics = lines.filter((l) => l.startsWith('== '));
      expect(topics).toContain('== Sharing with others ==');
      expect(topics.length).toBeGreaterThan(3);
      expect(stdout.endsWith('\n')).toBe(true);
    });

    it('prints a lightly reworded clause with its words marked, and both citations', () => {
      expect(stdout).toContain(
        '• Reworded: § 3 Our Disclosure of your Personal data to Third Parties, 11 May 2019\n' +
          '  was: Collection and use of personally identifiable information › Credit card information, 29 December 2015\n',
      );
      expect(stdout).toContain('[-Kayako-]{+our Company+}.');
      expect(stdout).toContain('    #kayako-privacy-2019-05-11--3--p2 ← #kayako-privacy-2015-12-29--credit-card-information--p1\n');
    });

    it('prints a removed clause with its citation', () => {
      expect(stdout).toContain(
        '• Removed: Collection and use of personally identifiable information › Protection of personally identifiable information, 29 December 2015\n' +
          '    “Should Kayako cease trading or file for bankruptcy, information held\n' +
          '    about you will not be transferred to a third party.”\n' +
          '    #kayako-privacy-2015-12-29--protection-of-personally-identifiable-information--p8\n',
      );
    });

    it('prints a new clause with its citation', () => {
      expect(stdout).toMatch(/• New: § 12 Additional Rights \(EEA only\), 11 May 2019\n {4}“Right of erasure\./);
    });
  });

  describe('with a word for a topic', () => {
    it('prints only the changes about it', () => {
      const { code, stdout } = run({ topic: 'cookies' });
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toBe('Kayako Privacy Policy: what changed from 29 December 2015 to 11 May 2019 (about cookies)');
      expect(stdout).toContain('#kayako-privacy-2019-05-11--5--p1 ← #kayako-privacy-2015-12-29--cookies--p1');
      expect(stdout).not.toContain('#kayako-privacy-2019-05-11--3--p2');
    });
  });

  describe('with a category for a topic', () => {
    it('prints that category only', () => {
      const { code, stdout } = run({ topic: 'data-retention' });
      expect(code).toBe(0);
      expect(stdout.split('\n').filter((l) => l.startsWith('== '))).toEqual(['== How long data is kept ==']);
    });
  });

  describe('with --json', () => {
    const index = buildIndex(readCorpus(CORPUS));

    it('prints the change summary', () => {
      const { code, stdout } = run({ json: true });
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(summarizeChanges(index, buildAlignments(index)))));
    });

    it('prints the summary limited to the topic', () => {
      const summary = JSON.parse(run({ json: true, topic: 'cookies' }).stdout);
      expect(summary.concept).toBe('cookies');
      expect(summary.topic).toBeNull();
      expect(summary.comparisons[0].topics.length).toBeGreaterThan(0);
    });
  });

  describe('with an unknown topic', () => {
    it('says which topics exist and returns 2', () => {
      const { code, stdout, stderr } = run({ topic: 'biscuits' });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `policy-assistant: unknown topic "biscuits"; give a category (${CATEGORIES.join(', ')}) or a word such as cookies, retention, sharing, children\n`,
      );
    });
  });

  describe('with a corpus folder that does not exist', () => {
    it('says so and returns 2', () => {
      const { code, stdout, stderr } = run({ corpusDir: 'no-such-folder' });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe('policy-assistant: no-such-folder: no corpus folder here; give a folder of policy Markdown files with --corpus DIR\n');
    });
  });

  describe('with a corpus folder relative to the working directory', () => {
    it('reads it from there', () => {
      expect(run({ corpusDir: 'corpus' }).stdout).toBe(run({}).stdout);
    });
  });

  describe('with a single version of each policy', () => {
    it('says there is nothing to compare and returns 0', () => {
      const dir = mkdtempSync(join(tmpdir(), 'policy-assistant-diff-'));
      temps.push(dir);
      copyFileSync(join(CORPUS, 'kayako-privacy-2019-05-11.md'), join(dir, 'kayako-privacy-2019-05-11.md'));
      const { code, stdout } = run({ corpusDir: dir });
      expect(code).toBe(0);
      expect(stdout).toBe('Each policy has a single version: there is nothing to compare.\n');
    });
  });
});
