import { matchCandidates, type Recognizer } from '../recognizer.js';

/** Three Base64url parts; the header of any JWT starts `{"` so its encoding starts `eyJ`. */
const JWT = /(?<![\w-])eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*(?![\w-])/g;

function decodeBase64Url(part: string): string {
  const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** True when the first part decodes to a JSON object naming its signing algorithm. */
function headerNamesAlg(token: string): boolean {
  const header = token.slice(0, token.indexOf('.'));
  try {
    const decoded: unknown = JSON.parse(decodeBase64Url(header));
    return typeof decoded === 'object' && decoded !== null && 'alg' in decoded
      ? typeof decoded.alg === 'string'
      : false;
  } catch {
    return false;
  }
}

/** JSON Web Tokens, confirmed by decoding their header. */
export const jwtRecognizer: Recognizer = {
  type: 'secret',
  find: (text) =>
    text.includes('J') && text.includes('eyJ')
      ? matchCandidates('secret', JWT, text, (value) =>
          headerNamesAlg(value)
            ? { subtype: 'jwt', confidence: 0.95, check: 'decoded' }
            : undefined,
        )
      : [],
};
