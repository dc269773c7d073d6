// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../scripts/lib/write-atomic.ts';

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'write-atomic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the file and leaves no temp file', () => {
    writeFileAtomic(join(dir, 'a.mdx'), '内容');
    expect(readFileSync(join(dir, 'a.mdx'), 'utf8')).toBe('内容');
    expect(readdirSync(dir)).toEqual(['a.mdx']);
  });

  it('replaces an existing file whole', () => {
    writeFileSync(join(dir, 'b.mdx'), '很长的旧内容'.repeat(100));
    writeFileAtomic(join(dir, 'b.mdx'), '新');
    expect(readFileSync(join(dir, 'b.mdx'), 'utf8')).toBe('新');
    expect(readdirSync(dir).sort()).toEqual(['a.mdx', 'b.mdx']);
  });

  it('removes the temp file when the rename fails', () => {
    mkdirSync(join(dir, 'taken.mdx'));
    expect(() => writeFileAtomic(join(dir, 'taken.mdx'), '内容')).toThrow();
    expect(existsSync(join(dir, `taken.mdx.${process.pid}.tmp`))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['a.mdx', 'b.mdx', 'taken.mdx']);
  });

  it('writes nothing when the directory is missing', () => {
    expect(() => writeFileAtomic(join(dir, 'missing', 'c.mdx'), '内容')).toThrow();
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
