/**
 * A corpus file that cannot be used. The message names the file and line and says what to do:
 * `policy-assistant: corpus/x.md:41: heading has no text; write the heading or remove the line`.
 */
export class CorpusError extends Error {
  /** Path of the file, as given to the parser. */
  readonly file: string;
  /** 1-based line of the problem, or 0 when it concerns the whole file or folder. */
  readonly line: number;

  constructor(file: string, line: number, problem: string) {
    super(`policy-assistant: ${line > 0 ? `${file}:${line}` : file}: ${problem}`);
    this.name = 'CorpusError';
    this.file = file;
    this.line = line;
  }
}
