/**
 * The data-practice categories of the OPP-115 corpus (Wilson et al., ACL 2016), used to tag every
 * clause at build time and to classify every question.
 */
export type Category =
  | 'first-party-collection'
  | 'third-party-sharing'
  | 'user-choice'
  | 'user-access'
  | 'data-retention'
  | 'data-security'
  | 'policy-change'
  | 'do-not-track'
  | 'specific-audiences'
  | 'other';

/** Every category, in the order topics are offered to visitors. */
export const CATEGORIES: readonly Category[] = [
  'first-party-collection',
  'third-party-sharing',
  'user-choice',
  'user-access',
  'data-retention',
  'data-security',
  'policy-change',
  'do-not-track',
  'specific-audiences',
  'other',
];

/** How a category is named to a visitor, and the OPP-115 name it stands for. */
export interface CategoryInfo {
  /** Short label for a topic list, e.g. "What is collected and why". */
  label: string;
  /** The OPP-115 category name. */
  opp115: string;
  /** A question a visitor could ask about it, used as a suggestion. */
  example: string;
}

/** Labels of the categories. */
export const CATEGORY_INFO: Readonly<Record<Category, CategoryInfo>> = {
  'first-party-collection': {
    label: 'What is collected and why',
    opp115: 'First Party Collection/Use',
    example: 'What personal data do you collect?',
  },
  'third-party-sharing': {
    label: 'Sharing with others',
    opp115: 'Third Party Sharing/Collection',
    example: 'Who do you share my data with?',
  },
  'user-choice': {
    label: 'Your choices',
    opp115: 'User Choice/Control',
    example: 'How do I opt out of marketing emails?',
  },
  'user-access': {
    label: 'Access, correction and deletion',
    opp115: 'User Access, Edit and Deletion',
    example: 'Can I have my data deleted?',
  },
  'data-retention': {
    label: 'How long data is kept',
    opp115: 'Data Retention',
    example: 'How long do you keep my data?',
  },
  'data-security': {
    label: 'Security',
    opp115: 'Data Security',
    example: 'How is my data kept secure?',
  },
  'policy-change': {
    label: 'Changes to the policy',
    opp115: 'Policy Change',
    example: 'Will you tell me if the policy changes?',
  },
  'do-not-track': {
    label: 'Do Not Track',
    opp115: 'Do Not Track',
    example: 'Do you respond to Do Not Track signals?',
  },
  'specific-audiences': {
    label: 'Children, regions and transfers abroad',
    opp115: 'International and Specific Audiences',
    example: 'Do you collect data from children?',
  },
  other: {
    label: 'Contact and other',
    opp115: 'Other',
    example: 'How do I contact you about privacy?',
  },
};
