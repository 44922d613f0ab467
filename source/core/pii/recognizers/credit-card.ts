import { passesLuhn } from '../checksums/luhn.js';
import { type Recognizer, type Verdict, windowCandidates } from '../recognizer.js';

const RUN = /(?<![\w.,+\-/])\d[\d -]*\d(?![\w]|[.,-]\d)/g;

interface Brand {
  name: string;
  prefix: RegExp;
  lengths: readonly number[];
}

const SIXTEEN_TO_NINETEEN = [16, 17, 18, 19];

/** Issuer identification number ranges of the major networks, with their card lengths. */
const BRANDS: readonly Brand[] = [
  { name: 'visa', prefix: /^4/, lengths: [13, 16, 19] },
  {
    name: 'mastercard',
    prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/,
    lengths: [16],
  },
  { name: 'amex', prefix: /^3[47]/, lengths: [15] },
  { name: 'discover', prefix: /^(?:6011|64[4-9]|65)/, lengths: SIXTEEN_TO_NINETEEN },
  { name: 'diners', prefix: /^(?:30[0-59]|36|38|39)/, lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'jcb', prefix: /^35(?:2[89]|[3-8]\d)/, lengths: SIXTEEN_TO_NINETEEN },
  { name: 'unionpay', prefix: /^62/, lengths: SIXTEEN_TO_NINETEEN },
  { name: 'mir', prefix: /^220[0-4]/, lengths: SIXTEEN_TO_NINETEEN },
  {
    name: 'maestro',
    prefix: /^(?:5018|5020|5038|5893|6304|6759|676[1-3])/,
    lengths: [13, 14, 15, 16, 17, 18, 19],
  },
];

/** Groups of four with a shorter last group, Amex's 4-6-5, Diners' 4-6-4, or no separators. */
function groupedLikeACard(value: string): boolean {
  const separators = new Set(value.match(/[ -]/g));
  if (separators.size > 1) return false;
  const sizes = value.split(/[ -]/).map((group) => group.length);
  if (sizes.length === 1) return true;
  const shape = sizes.join('-');
  if (shape === '4-6-5' || shape === '4-6-4') return true;
  const last = sizes[sizes.length - 1]!;
  return sizes.length >= 3 && sizes.slice(0, -1).every((size) => size === 4) && last <= 4;
}

function judge(value: string): Verdict | undefined {
  const digits = value.replace(/[ -]/g, '');
  if (!/^\d{13,19}$/.test(digits) || !groupedLikeACard(value)) return undefined;
  const brand = BRANDS.find((b) => b.prefix.test(digits) && b.lengths.includes(digits.length));
  if (!brand || !passesLuhn(digits)) return undefined;
  // One random number in ten passes Luhn: an ungrouped run of an unusual length (a sum, an id)
  // needs a word like "card" before it counts.
  const needsContext = digits === value && digits.length !== 15 && digits.length !== 16;
  return {
    subtype: brand.name,
    confidence: 0.85,
    check: 'luhn',
    ...(needsContext && { needsContext }),
  };
}

/** Payment card numbers: a known network's prefix and length, card-like grouping and Luhn. */
export const creditCardRecognizer: Recognizer = {
  type: 'credit_card',
  minDigits: 13,
  find: (text) =>
    windowCandidates('credit_card', RUN, text, judge, {
      maxGroups: 5,
      // A fifth group of four digits after a card-shaped window means the number is longer.
      continues: (group) => /^\d{4}$/.test(group),
    }),
};
