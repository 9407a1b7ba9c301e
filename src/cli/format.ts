import { formatDate, type Answer, type Citation } from '../answer/index.js';

/** "Kayako Privacy Policy, 11 May 2019 — § 3 Our Disclosure of your Personal data to Third Parties". */
export function formatCitation(c: Citation): string {
  const where = c.section ? `§ ${c.section} ${c.path.join(' › ')}` : c.path.join(' › ');
  return `${c.title}, ${formatDate(c.version)} — ${where}`;
}

function wrap(text: string, width: number, indent: string): string {
  // A hard line break of the policy (an address's lines) starts a new line.
  if (text.includes('\n')) return text.split('\n').map((part) => wrap(part, width, indent)).join('\n');
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** An answer as readable text for a terminal. */
export function formatAnswer(answer: Answer, width = 78): string {
  const out: string[] = [];
  if (!answer.answered) {
    out.push(
      answer.note === 'empty-question'
        ? 'Ask a question about the privacy policy.'
        : answer.unmentioned?.length
          ? `The policy does not mention ${answer.unmentioned.join(' or ')}.`
          : 'The policy does not seem to address that.',
    );
    if (answer.suggestions.length > 0) {
      out.push('', 'It does cover:');
      for (const s of answer.suggestions) out.push(`  • ${s.label} — e.g. "${s.example}"`);
    }
    return out.join('\n');
  }
  const first = answer.citations[0]!;
  if (answer.note === 'older-version-only') out.push(`Only the older version (${formatDate(first.version)}) addresses this:`, '');
  answer.citations.forEach((c, i) => {
    if (i === 1) out.push('Also relevant:', '');
    if (c.lead) out.push(wrap(c.lead, width - 2, '  '));
    out.push(wrap(`“${c.quote}”`, width - 2, '  '));
    out.push(`  — ${formatCitation(c)}${c.current ? '' : ' (older version)'}`);
    out.push(`    #${c.clause}`, '');
  });
  return out.join('\n').trimEnd();
}
