import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leadingZeroBits, searchStamp } from './proof-of-work';

// Checked with Node's own SHA-256, an implementation independent of the one the SPA ships.
describe('searchStamp', () => {
  it('finds a stamp whose hash, as the API computes it, starts with the bits asked for', () => {
    const key = '5f0c6c9e-8f3a-4f7e-9d61-2b8f0d6f4a11';
    const result = searchStamp({ key, bits: 12, madeAt: 1764378930, from: 0, tries: Number.POSITIVE_INFINITY });

    if (!('stamp' in result)) throw new Error('no stamp found');
    const [version, madeAt, nonce] = result.stamp.split(':');
    expect([version, madeAt]).toEqual(['1', '1764378930']);
    const digest = createHash('sha256').update(`aduan:1:1764378930:${key}:${nonce}`).digest();
    expect(leadingZeroBits(digest)).toBeGreaterThanOrEqual(12);
  });

  it('gives up after its slice and says where to go on', () => {
    // 40 zero bits are out of reach in 100 tries.
    expect(searchStamp({ key: 'k', bits: 40, madeAt: 1, from: 500, tries: 100 })).toEqual({ next: 600 });
  });
});

describe('leadingZeroBits', () => {
  it('counts across bytes and stops at the first one bit', () => {
    expect(leadingZeroBits(new Uint8Array([0x80, 0]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array([0, 0x01]))).toBe(15);
    expect(leadingZeroBits(new Uint8Array([0, 0, 0x10]))).toBe(19);
    expect(leadingZeroBits(new Uint8Array(4))).toBe(32);
  });
});
