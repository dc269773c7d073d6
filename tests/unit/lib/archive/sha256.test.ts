import { describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import { sha256Bytes, sha256Hex } from '../../../../src/lib/archive/sha256.ts';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('the pure fallback agrees with Web Crypto, across block boundaries and for Chinese text', async () => {
    const samples = ['abc', '', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(1000), '两学一做 · 学习档案 🚩', 'x'.repeat(119)];
    for (const text of samples) {
      const bytes = new TextEncoder().encode(text);
      const expected = hex(new Uint8Array(await webcrypto.subtle.digest('SHA-256', bytes)));
      expect(hex(sha256Bytes(bytes)), text.slice(0, 20)).toBe(expected);
    }
  });

  it('uses the fallback where Web Crypto is missing (plain http)', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
    try {
      expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    } finally {
      if (original) Object.defineProperty(globalThis, 'crypto', original);
    }
  });
});
