import { describe, expect, it } from 'vitest';
import { canonicalJson, sameJson } from '../../../../src/lib/archive/canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, { z: 1, y: 2 }], c: '中' } })).toBe('{"a":{"c":"中","d":[3,1,{"y":2,"z":1}]},"b":1}');
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: [true, null] })).toBe(canonicalJson(JSON.parse('{"y":[true,null],"x":1}')));
  });

  it('follows JSON.stringify for undefined, functions and toJSON', () => {
    expect(canonicalJson({ a: undefined, b: () => 1, c: [undefined] })).toBe('{"c":[null]}');
    expect(canonicalJson(new Date('2026-01-02T03:04:05.000Z'))).toBe('"2026-01-02T03:04:05.000Z"');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('survives a round trip through JSON text, escapes included', () => {
    const value = { 'quote"key': 'line\nbreak', emoji: '党🚩', n: -0.5, big: 1e21 };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });
});

describe('sameJson', () => {
  it('ignores key order and compares values', () => {
    expect(sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: [1, 2] }, { a: 1, b: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});
