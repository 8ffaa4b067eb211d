// The nine lessons of the course, in reading order. The home page lists them all; a lesson
// whose file is not in lessons/ yet is listed without a link and marked as not yet available.

export interface PlannedLesson {
  /** The page id, which is also its path: "lessons/introduction". */
  id: string;
  title: string;
  summary: string;
}

export const outline: readonly PlannedLesson[] = [
  {
    id: 'lessons/introduction',
    title: 'Introduction',
    summary: 'What personal data is, the GDPR principles, and how the editors work.',
  },
  {
    id: 'lessons/types-of-personal-data',
    title: 'Types of personal data',
    summary: 'Direct and indirect identifiers, special categories, finding them in text.',
  },
  {
    id: 'lessons/data-protection',
    title: 'Data protection',
    summary: 'Minimization, privacy by default, masking for display, redaction for sharing.',
  },
  {
    id: 'lessons/pseudonymization-and-anonymization',
    title: 'Pseudonymization and anonymization',
    summary:
      'Keyed pseudonyms, tokens, format-preserving encryption, k-anonymity, differential privacy.',
  },
  {
    id: 'lessons/data-encryption',
    title: 'Data encryption',
    summary: 'Authenticated encryption, nonces, associated data, keys from passwords.',
  },
  {
    id: 'lessons/data-access-control',
    title: 'Data access control',
    summary: 'Roles, permissions, separation of duty, purpose limitation, field-level access.',
  },
  {
    id: 'lessons/secure-data-storage',
    title: 'Secure data storage',
    summary: 'Envelope and field-level encryption, blind indexes, key rotation, backups.',
  },
  {
    id: 'lessons/data-deletion-and-retention',
    title: 'Data deletion and retention',
    summary: 'Retention schedules, erasure requests, legal holds, crypto-shredding.',
  },
  {
    id: 'lessons/data-auditing-and-logging',
    title: 'Data auditing and logging',
    summary: 'What to log and never log, hash chains, Merkle trees, checkpoints.',
  },
];
