import { decodeBase58Check } from '../checksums/base58check.js';
import { isValidSegwitAddress } from '../checksums/bech32.js';
import { passesEip55 } from '../checksums/eip55.js';
import { type Candidate, matchCandidates, type Recognizer } from '../recognizer.js';

const LEGACY = /\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b/g;
const SEGWIT = /(?<![A-Za-z0-9])(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}(?![A-Za-z0-9])/g;
const ETHEREUM = /(?<![\w])0x[0-9a-fA-F]{40}(?![\w])/g;

const BASE58 = /^[1-9A-HJ-NP-Za-km-z]$/;
/** The fewest Base58 characters after a legacy address's leading 1 or 3. */
const LEGACY_TAIL = 25;

/** A 1 or 3 followed by enough Base58 characters, which `LEGACY` needs, by memchr walks. */
function mayHoldLegacy(text: string): boolean {
  for (const lead of ['1', '3']) {
    for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
      let run = 0;
      while (run < LEGACY_TAIL && BASE58.test(text[at + 1 + run] ?? '')) run++;
      if (run === LEGACY_TAIL) return true;
    }
  }
  return false;
}

/** Version bytes of mainnet pay-to-public-key-hash (1…) and pay-to-script-hash (3…) addresses. */
const LEGACY_VERSIONS = new Set([0x00, 0x05]);

function legacy(text: string): Candidate[] {
  return matchCandidates('crypto_wallet', LEGACY, text, (value) => {
    const payload = decodeBase58Check(value);
    if (payload?.length !== 21 || !LEGACY_VERSIONS.has(payload[0]!)) return undefined;
    return { subtype: 'bitcoin', confidence: 0.95, check: 'checksum' };
  });
}

function segwit(text: string): Candidate[] {
  return matchCandidates('crypto_wallet', SEGWIT, text, (value) =>
    isValidSegwitAddress(value)
      ? { subtype: 'bitcoin', confidence: 0.95, check: 'checksum' }
      : undefined,
  );
}

/** Mixed case carries an EIP-55 checksum that must hold; one case carries none. */
function ethereum(text: string): Candidate[] {
  return matchCandidates('crypto_wallet', ETHEREUM, text, (value) => {
    const hex = value.slice(2);
    const mixed = hex !== hex.toLowerCase() && hex !== hex.toUpperCase();
    if (!mixed) return { subtype: 'ethereum', confidence: 0.7, check: 'pattern' };
    return passesEip55(hex)
      ? { subtype: 'ethereum', confidence: 0.95, check: 'checksum' }
      : undefined;
  });
}

/** Bitcoin (Base58Check and Bech32/Bech32m, checksums verified) and Ethereum addresses. */
export const cryptoWalletRecognizer: Recognizer = {
  type: 'crypto_wallet',
  minDigits: 1,
  find: (text) => [
    ...(mayHoldLegacy(text) ? legacy(text) : []),
    ...(/bc1/i.test(text) ? segwit(text) : []),
    ...(text.includes('0x') ? ethereum(text) : []),
  ],
};
