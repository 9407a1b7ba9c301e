import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion, type Answer } from '../../src/answer/index.js';
import { main } from '../../src/cli/index.js';
import { alignIndex } from '../../src/compare/index.js';
import { readCorpus } from '../../src/node/index.js';
import { buildIndex, PolicySearch, type StoredIndex } from '../../src/search/index.js';
import { HAS_GITHUB_CORPUS } from '../github-corpus.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const USAGE_HINT = 'Run "policy-assistant --help" for usage.\n';

/** Runs the CLI with a fake terminal: what it printed, and its exit code. */
async function run(argv: string[], options: { stdin?: string; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? ROOT,
  });
  return { code, stdout, stderr };
}

const temps: string[] = [];
/** A fresh temporary folder, removed after the test. */
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-assistant-cli-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('main', () => {
  describe('when asked a question the policy answers', () => {
    it('prints the quote and its citation and returns 0', async () => {
      const { code, stdout, stderr } = await run(['ask', 'do you use cookies?']);
      const answer = answerQuestion(new PolicySearch(buildIndex(readCorpus(`${ROOT}corpus`))), 'do you use cookies?');
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain(`  “${answer.citations[0]!.quote.split(' ').slice(0, 4).join(' ')}`);
      expect(stdout).toContain('— Kayako Privacy Policy, 11 May 2019 — § ');
      expect(stdout).toContain(`    #${answer.citations[0]!.clause}\n`);
    });
  });

  describe('when the answer is an item of a list', () => {
    it('prints the sentence that introduces the list above the quote', async () => {
      const { stdout } = await run(['ask', 'do you use my data to enforce your terms?']);
      expect(stdout.startsWith('  Our Company may use information that we collect about you to:\n  “enforce our terms and conditions;”\n')).toBe(true);
    });
  });

  describe('when asked about an acronym the policy never names', () => {
    it('says which', async () => {
      const { stdout } = await run(['ask', 'Is Kayako HIPAA compliant?']);
      expect(stdout.startsWith('The policy does not mention HIPAA.\n')).toBe(true);
    });
  });

  describe('when asked a question the policy does not answer', () => {
    it('says so and lists topics it covers', async () => {
      const { code, stdout } = await run(['ask', 'asdfgh']);
      expect(code).toBe(0);
      expect(stdout.startsWith('The policy does not seem to address that.\n\nIt does cover:\n  • ')).toBe(true);
    });
  });

  describe('when given --json', () => {
    it('prints the answer object as JSON', async () => {
      const { code, stdout } = await run(['ask', '--json', 'how long do you keep my data?']);
      const answer = JSON.parse(stdout) as Answer;
      expect(code).toBe(0);
      expect(answer.question).toBe('how long do you keep my data?');
      expect(answer.answered).toBe(true);
      expect(answer.citations.length).toBeGreaterThan(0);
      for (const c of answer.citations) expect(typeof c.quote).toBe('string');
      expect(answer.citations[0]).toMatchObject({ policy: 'kayako-privacy', version: '2019-05-11' });
    });

    it('joins several words into one question', async () => {
      const { stdout } = await run(['ask', '--json', 'do', 'you', 'sell', 'data']);
      expect((JSON.parse(stdout) as Answer).question).toBe('do you sell data');
    });
  });

  describe('when given --jsonl', () => {
    it('prints one answer per question line, in order, reading plain and {"q": …} lines', async () => {
      const stdin = 'do you use cookies?\r\n{"q":"how long do you keep my data?","id":"q1"}\n\n  asdfgh  \n{"question":"can I delete my data?"}\n{not json\n';
      const { code, stdout, stderr } = await run(['ask', '--jsonl'], { stdin });
      const lines = stdout.split('\n');
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(lines.pop()).toBe('');
      const answers = lines.map((l) => JSON.parse(l) as Answer);
      expect(answers.map((a) => a.question)).toEqual([
        'do you use cookies?',
        'how long do you keep my data?',
        'asdfgh',
        'can I delete my data?',
        '{not json',
      ]);
      expect(answers.slice(0, 4).map((a) => a.answered)).toEqual([true, true, false, true]);
    });

    it('prints nothing for empty input', async () => {
      expect(await run(['ask', '--jsonl'], { stdin: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
    });
  });

  describe.skipIf(!HAS_GITHUB_CORPUS)('when given --corpus ../shared/corpora/github', () => {
    it("answers from GitHub's privacy statement", async () => {
      const { code, stdout } = await run(['ask', '--json', '--corpus', '../shared/corpora/github', 'do you sell my data?']);
      const answer = JSON.parse(stdout) as Answer;
      expect(code).toBe(0);
      expect(answer.answered).toBe(true);
      expect(answer.citations[0]).toMatchObject({ policy: 'github-privacy-statement', version: '2024-02-01', company: 'GitHub' });
    });
  });

  describe('when the arguments are wrong', () => {
    it.each([
      [[], 'no command given'],
      [['frobnicate'], 'unknown command "frobnicate"'],
      [['ask'], 'no question given; write it in quotes: policy-assistant ask "who processes my card?"'],
      [['ask', '--jsonl', 'cookies'], '"--jsonl" reads questions from standard input; give no question after "ask"'],
      [['ask', '--out', 'index.json', 'cookies'], '"--out" belongs to "build", not "ask"'],
      [['build'], '"build" needs --out FILE, the index file to write'],
      [['build', '--out', 'index.json', 'extra'], 'unexpected "extra" after "build"'],
    ])('returns 2 for %j with the problem on stderr', async (argv, problem) => {
      expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: `policy-assistant: ${problem}\n${USAGE_HINT}` });
    });

    it('returns 2 for an unknown option', async () => {
      const { code, stdout, stderr } = await run(['ask', '--nope', 'cookies']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.startsWith("policy-assistant: Unknown option '--nope'")).toBe(true);
      expect(stderr.endsWith(USAGE_HINT)).toBe(true);
    });

    it('returns 2 for an option without its value', async () => {
      const { code, stderr } = await run(['ask', '--corpus']);
      expect(code).toBe(2);
      expect(stderr.startsWith("policy-assistant: Option '--corpus <value>' argument missing")).toBe(true);
    });
  });

  describe('when the corpus folder is missing', () => {
    it('returns 2 and says so on stderr', async () => {
      expect(await run(['ask', '--corpus', 'no-such-dir', 'cookies'])).toEqual({
        code: 2,
        stdout: '',
        stderr: 'policy-assistant: no-such-dir: no corpus folder here; give a folder of policy Markdown files with --corpus DIR\n',
      });
    });
  });

  describe('when the corpus folder has no policy', () => {
    it('returns 2 and says so on stderr', async () => {
      const cwd = tempDir();
      mkdirSync(join(cwd, 'empty'));
      writeFileSync(join(cwd, 'empty', 'notes.txt'), 'not a policy');
      expect(await run(['ask', '--corpus', 'empty', 'cookies'], { cwd })).toEqual({
        code: 2,
        stdout: '',
        stderr: 'policy-assistant: empty: no policy files (*.md) in this folder; add the policy as Markdown\n',
      });
    });
  });

  describe('when a corpus file is broken', () => {
    const brokenCorpus = () => {
      const cwd = tempDir();
      mkdirSync(join(cwd, 'broken'));
      writeFileSync(join(cwd, 'broken', 'acme-privacy-2023-01-01.md'), '# Acme Privacy\n\n## Cookies\n\nWe use cookies.\n');
      writeFileSync(join(cwd, 'broken', 'acme-privacy-2024-01-01.md'), '# Acme Privacy\n\n## Cookies\n\nWe use cookies.\n\n## \n\nText.\n');
      return cwd;
    };
    const message = 'policy-assistant: broken/acme-privacy-2024-01-01.md:7: heading has no text; write the heading or remove the line\n';

    it('returns 2 for "ask" with the file and line on stderr', async () => {
      expect(await run(['ask', '--corpus', 'broken', 'cookies'], { cwd: brokenCorpus() })).toEqual({ code: 2, stdout: '', stderr: message });
    });

    it('returns 2 for "build" and writes nothing', async () => {
      const cwd = brokenCorpus();
      expect(await run(['build', '--corpus', 'broken', '--out', 'out/index.json'], { cwd })).toEqual({ code: 2, stdout: '', stderr: message });
      expect(existsSync(join(cwd, 'out'))).toBe(false);
    });
  });

  describe('when given build --out', () => {
    it('writes an index that loads and answers like a fresh one', async () => {
      const cwd = tempDir();
      const { code, stdout, stderr } = await run(['build', '--corpus', `${ROOT}corpus`, '--out', 'nested/dir/index.json'], { cwd });
      const index = JSON.parse(readFileSync(join(cwd, 'nested/dir/index.json'), 'utf8')) as StoredIndex;
      expect(code).toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toBe(`policy-assistant: wrote nested/dir/index.json (2 versions, ${index.clauses.spans.length} clauses)\n`);
      expect(readdirSync(join(cwd, 'nested/dir'))).toEqual(['index.json']);
      const loaded = new PolicySearch(index);
      const fresh = new PolicySearch(alignIndex(buildIndex(readCorpus(`${ROOT}corpus`))));
      expect(index.alignments.length).toBe(1);
      for (const question of ['who processes my card?', 'asdfgh']) {
        expect(answerQuestion(loaded, question)).toEqual(answerQuestion(fresh, question));
      }
    });
  });

  describe('when given --help or -h', () => {
    it.each([['--help'], ['-h'], ['ask', '--help']])('prints the usage and returns 0 for %j', async (...argv) => {
      const { code, stdout, stderr } = await run(argv);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain('Usage:\n  policy-assistant ask "QUESTION" [--json] [--corpus DIR]\n');
      expect(stdout).toContain('Exit codes: 0 ok, 1 failure, 2 bad arguments or a broken corpus.');
    });
  });

  describe('when given --version or -v', () => {
    it.each([['--version'], ['-v']])('prints the package version and returns 0 for %s', async (flag) => {
      const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
      expect(await run([flag])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    });
  });
});
