import { formatDate, type Citation } from '../answer/index.js';

/**
 * The year of a version date, or `null` for an undated (`"current"`) version.
 *
 * @example versionYear('2019-05-11') // '2019'
 */
export function versionYear(version: string): string | null {
  return /^\d{4}/.test(version) ? version.slice(0, 4) : null;
}

/**
 * Where a quote comes from, as the element shows it and copies it.
 *
 * @example citationText(citation) // 'Kayako Privacy Policy, 11 May 2019 — § 3 Our Disclosure of your Personal data to Third Parties'
 */
export function citationText(c: Pick<Citation, 'title' | 'version' | 'section' | 'path'>): string {
  const where = c.section ? `§ ${c.section} ${c.path.join(' › ')}` : c.path.join(' › ');
  const date = c.version === 'current' ? '' : `, ${formatDate(c.version)}`;
  return where ? `${c.title}${date} — ${where}` : `${c.title}${date}`;
}

/** Every string the element shows or announces; one place to read and translate them. */
export const STRINGS = {
  /** Default of the `heading` attribute. */
  heading: 'Ask about our privacy policy',
  /** Default of the `placeholder` attribute. */
  placeholder: 'e.g. Who processes my card?',
  /** Label of the question input. */
  inputLabel: 'Your question about the privacy policy',
  /** Submit button. */
  ask: 'Ask',
  /** Text of the launcher button (`mode="launcher"`). */
  launcher: 'Privacy questions',
  /** Close button of the launcher panel. */
  close: 'Close',
  /** Name of the conversation log. */
  log: 'Conversation',
  /** Name of the autocomplete list. */
  completions: 'Completions',
  /** Said under the input. */
  hint: 'Answers quote the policy word for word. Press Up to recall your last question.',
  /** Heading of the suggested questions on an empty conversation. */
  tryAsking: 'Try asking',
  /** While the index loads. */
  loading: 'Loading the policy…',
  /** When the index could not be loaded. */
  loadFailed: 'Sorry, the policy could not be loaded. Please try again later.',
  /** Label of a question in the log. */
  you: 'You asked',
  /** An unanswered question. */
  notInPolicy: 'The policy doesn’t seem to address that.',
  /** A question about something the policy never names ("HIPAA"). */
  notMentioned: (names: readonly string[]): string => `The policy doesn’t mention ${names.join(' or ')}.`,
  /** Before the topics offered after an unanswered question. */
  itCovers: 'It does cover these topics:',
  /** Heading of further citations. */
  alsoRelevant: 'Also relevant',
  /** Expands the cited section. */
  showSection: 'Show the whole section',
  /** Collapses it again. */
  hideSection: 'Hide the section',
  /** Copies quote and citation. */
  copyCitation: 'Copy citation',
  /** Copies both versions of a changed clause with their citations. */
  copyCitations: 'Copy both citations',
  /** Copies a link that asks the question again. */
  copyLink: 'Copy link to answer',
  /** Shown on a copy button once copied. */
  copied: 'Copied',
  /** Shown when the clipboard refused. */
  copyFailed: 'Could not copy: select the text instead',
  /** Label of the version picker. */
  version: 'Version',
  /**
   * The newest version in the picker.
   *
   * @example STRINGS.currentVersion('2019') // 'Current (2019)'
   */
  currentVersion: (year: string | null): string => (year ? `Current (${year})` : 'Current'),
  /** Lead of an answer from the newest version. */
  leadCurrent: (year: string | null): string => (year ? `The current policy (${year}) says:` : 'The current policy says:'),
  /** Lead of an answer from a version the visitor or host chose. */
  leadVersion: (year: string | null): string => (year ? `The ${year} policy says:` : 'The policy says:'),
  /** Lead of an answer only an older version gives. */
  leadOlderOnly: (year: string | null): string =>
    year ? `Only the older version (${year}) addresses this:` : 'Only an older version addresses this:',
  /** Lead when the question names a version the index lacks. */
  leadMissing: (year: string | null): string =>
    `There is no version from that time. ${year ? `The current policy (${year}) says:` : 'The current policy says:'}`,
  /** Tag of a citation from a version other than the answer's. */
  otherVersion: (year: string | null): string => (year ? `${year} version` : 'other version'),
  /** Tells how a misspelt word was read. */
  correction: (from: string, to: string): string => `Read “${from}” as “${to}”.`,

  /** Badge of a quoted clause the previous version lacks. */
  newIn: (year: string): string => `New in ${year}`,
  /** Badge of a quoted clause reworded since the previous version. */
  rewordedSince: (year: string): string => `Reworded since ${year}`,
  /** Reveals the previous version's wording of a clause. */
  showWording: (year: string): string => `Show the ${year} wording`,
  /** Hides it again. */
  hideWording: (year: string): string => `Hide the ${year} wording`,
  /** Above the previous wording, with the changes marked. */
  wordingLabel: (older: string, newer: string): string => `The ${older} wording, with the changes made in ${newer}:`,
  /** Above the previous wording of a clause rewritten too much to mark the changes. */
  wordingPlain: (older: string): string => `The ${older} wording:`,
  /** Said by assistive technology before removed words. */
  removedStart: '[removed: ',
  /** Said by assistive technology before added words. */
  addedStart: '[added: ',
  /** Said by assistive technology after removed or added words. */
  changeEnd: ']',
  /** Key to the marks of a word difference. */
  legendRemoved: 'removed',
  /** Key to the marks of a word difference. */
  legendAdded: 'added',

  /** Lead of an answer about what changed. */
  leadChanges: (older: string, newer: string): string => `What changed from the ${older} to the ${newer} policy:`,
  /** Lead of an answer about what is new. */
  leadNew: (newer: string): string => `New in the ${newer} policy:`,
  /** The kind of a change, as its label says. */
  status: { new: 'New', reworded: 'Reworded', removed: 'Removed', merged: 'Merged' } as const,
  /** Label of one version's side of a change. */
  sideLabel: (year: string): string => `${year} version`,
  /** In place of the quote of a version that lacks the clause. */
  notInVersion: (year: string): string => `Not in the ${year} policy.`,

  /** The button that lists the topics. */
  browseTopics: 'Browse topics',
  /** Above the topics on an empty conversation. */
  orBrowse: 'Or browse by topic',
  /** Lead of the topic list. */
  topicsLead: 'The policy covers these topics. Choose one to read what it says:',
  /** Label of a topic the visitor chose, in the log. */
  youChose: 'You chose',
  /** How many clauses a topic lists, for assistive technology. */
  passages: (count: number): string => (count === 1 ? '1 passage' : `${count} passages`),
  /**
   * Lead of a topic's clauses: how many the version shown has, and how many only older versions have.
   *
   * @example STRINGS.topicLead(12, 2, 'The current policy (2019)') // 'The current policy (2019) has 12 passages on this topic; 2 more are only in older versions:'
   */
  topicLead: (shown: number, older: number, which: string): string => {
    const passages = (n: number) => (n === 1 ? '1 passage' : `${n} passages`);
    if (shown === 0 && older === 0) return `${which} says nothing on this topic.`;
    if (shown === 0) return `${which} says nothing on this topic; ${passages(older)} ${older === 1 ? 'is' : 'are'} only in older versions:`;
    return older === 0
      ? `${which} has ${passages(shown)} on this topic:`
      : `${which} has ${passages(shown)} on this topic; ${older} more ${older === 1 ? 'is' : 'are'} only in older versions:`;
  },
  /** Names the version the topic list shows first. */
  currentPolicy: (year: string | null): string => (year ? `The current policy (${year})` : 'The current policy'),
  /** Names it when the visitor chose an older version. */
  versionPolicy: (year: string | null): string => (year ? `The ${year} policy` : 'The policy'),
  /** Tag of a clause only older versions have. */
  onlyIn: (year: string): string => `${year} only`,
  /** Shows the rest of a long topic. */
  showMore: (count: number): string => `Show ${count} more`,
} as const;
