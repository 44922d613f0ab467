import { type Candidate, matchCandidates, type Recognizer } from '../recognizer.js';

interface TokenFormat {
  subtype: string;
  /** One character every token holds, searched before the longer hints. */
  mark: string;
  /** Text without any of these cannot hold the token, so its regex is not run. */
  hints: readonly string[];
  pattern: RegExp;
  confidence: number;
  /** Extra test for formats whose prefix alone is too common. */
  accept?: (value: string) => boolean;
}

const MIXED = (value: string) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);

/** Credential formats with a recognisable prefix, as their issuers document them. */
const FORMATS: readonly TokenFormat[] = [
  {
    subtype: 'aws_access_key_id',
    mark: 'A',
    hints: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AIPA', 'ANPA', 'ANVA', 'AROA'],
    pattern:
      /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    confidence: 0.9,
  },
  {
    subtype: 'github_token',
    mark: '_',
    hints: ['gh', 'github_pat_'],
    pattern: /(?<![\w])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{60,251})(?![\w])/g,
    confidence: 0.95,
  },
  {
    subtype: 'slack_token',
    mark: '-',
    hints: ['xox'],
    pattern: /(?<![\w-])xox[abprs]-(?:[0-9A-Za-z]+-){1,4}[0-9A-Za-z]{8,}(?![\w-])/g,
    confidence: 0.9,
    accept: (value) => value.length >= 30,
  },
  {
    subtype: 'openai_key',
    mark: '-',
    hints: ['sk-'],
    pattern: /(?<![\w-])sk-(?:proj-|svcacct-|admin-|ant-)?[A-Za-z0-9_-]{20,}(?![\w-])/g,
    confidence: 0.85,
    accept: MIXED,
  },
  {
    subtype: 'stripe_key',
    mark: '_',
    hints: ['sk_', 'rk_'],
    pattern: /(?<![\w])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}(?![\w])/g,
    confidence: 0.9,
  },
  {
    subtype: 'google_api_key',
    mark: 'A',
    hints: ['AIza'],
    pattern: /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g,
    confidence: 0.9,
  },
];

/** Access keys and tokens of AWS, GitHub, Slack, OpenAI-style APIs, Stripe and Google. */
export const tokenFormatRecognizer: Recognizer = {
  type: 'secret',
  find: (text) =>
    FORMATS.flatMap((format): Candidate[] =>
      !text.includes(format.mark) || !format.hints.some((hint) => text.includes(hint))
        ? []
        : matchCandidates('secret', format.pattern, text, (value) =>
            format.accept && !format.accept(value)
              ? undefined
              : { subtype: format.subtype, confidence: format.confidence, check: 'pattern' },
          ),
    ),
};
