import {
  DEFAULT_PII_THRESHOLD,
  EXPORT_OPERATORS,
  type ExportOperator,
  type PiiPolicy,
} from '../core/export/pii-policy.js';
import { ExportError } from '../io/write-export.js';
import { piiSaltOf, readPiiSettings } from '../store/pii-settings.js';

/** The export flags that set its personal-data policy. */
export interface PiiPolicyFlags {
  piiThreshold?: number;
  redact?: boolean;
  redactOperator?: string;
  maskKeep?: number;
  maskChar?: string;
  allowPii?: boolean;
}

/** `--mask-keep` and `--mask-char`, checked; only the mask operator takes them. */
function maskOf(flags: PiiPolicyFlags, operator: ExportOperator): PiiPolicy['mask'] {
  const { maskKeep, maskChar } = flags;
  if (maskKeep === undefined && maskChar === undefined) return undefined;
  if (operator !== 'mask') {
    throw new ExportError('--mask-keep and --mask-char go with --redact-operator mask');
  }
  if (maskKeep !== undefined && !(Number.isInteger(maskKeep) && maskKeep >= 0)) {
    throw new ExportError(`--mask-keep must be a whole number of characters, not ${maskKeep}`);
  }
  if (maskChar !== undefined && [...maskChar].length !== 1) {
    throw new ExportError(`--mask-char must be one character, not '${maskChar}'`);
  }
  return {
    ...(maskKeep !== undefined && { keep: maskKeep }),
    ...(maskChar !== undefined && { char: maskChar }),
  };
}

function isExportOperator(name: string): name is ExportOperator {
  return (EXPORT_OPERATORS as readonly string[]).includes(name);
}

/** Reads the policy from the flags and the store's allow-list (and salt, for `hash`). */
export async function piiPolicyOf(flags: PiiPolicyFlags, storePath: string): Promise<PiiPolicy> {
  if (flags.redact && flags.allowPii) {
    throw new ExportError('--redact and --allow-pii contradict each other; choose one');
  }
  const threshold = flags.piiThreshold ?? DEFAULT_PII_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new ExportError(`--pii-threshold must be between 0 and 1, not ${flags.piiThreshold}`);
  }
  const operator = flags.redactOperator ?? 'replace';
  if (!isExportOperator(operator)) {
    throw new ExportError(
      `--redact-operator must be one of ${EXPORT_OPERATORS.join(', ')}, not '${operator}'`,
    );
  }
  const mask = maskOf(flags, operator);
  const settings = await readPiiSettings(storePath);
  return {
    unreviewed: flags.redact ? 'redact' : flags.allowPii ? 'allow' : 'refuse',
    threshold,
    operator,
    allow: settings.allow,
    ...(operator === 'hash' && { salt: await piiSaltOf(storePath) }),
    ...(mask && { mask }),
  };
}
