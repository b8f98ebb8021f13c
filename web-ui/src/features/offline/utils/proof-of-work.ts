import { sha256 } from '@noble/hashes/sha2.js';

/**
 * A guest's anti-spam stamp (ADR 0021, X-Proof-Of-Work in openapi.yaml): a nonce such that SHA-256 of
 * `aduan:1:<madeAt>:<key>:<nonce>` starts with `bits` zero bits. Bound to the report's Idempotency-Key and
 * made without the server, so it works offline.
 */
export function leadingZeroBits(digest: Uint8Array): number {
  let zeros = 0;
  for (const byte of digest) {
    if (byte !== 0) return zeros + Math.clz32(byte) - 24;
    zeros += 8;
  }
  return zeros;
}

const encoder = new TextEncoder();

export type Search = { key: string; bits: number; madeAt: number; from: number; tries: number };
export type SearchResult = { stamp: string } | { next: number };

/** Tries `tries` nonces from `from` (in slices, so the main thread can breathe between them). */
export function searchStamp({ key, bits, madeAt, from, tries }: Search): SearchResult {
  // The prefix is hashed once; each try only adds its nonce to a copy of that state.
  const prefix = sha256.create().update(encoder.encode(`aduan:1:${madeAt}:${key}:`));
  const attempt = prefix.clone();
  for (let n = from; n < from + tries; n++) {
    const nonce = n.toString(36);
    prefix._cloneInto(attempt);
    if (leadingZeroBits(attempt.update(encoder.encode(nonce)).digest()) >= bits) {
      return { stamp: `1:${madeAt}:${nonce}` };
    }
  }
  return { next: from + tries };
}
