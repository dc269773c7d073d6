// @vitest-environment node
/** The real `content/lists/selfcheck.yaml` passes its checker: every plan-worded item is the plan's. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSelfcheckLists } from '../../../src/data/lists.ts';
import { formatListsError } from '../../../src/lib/action/lists-check.ts';

const contentDir = join(fileURLToPath(new URL('../../../', import.meta.url)), 'content');

describe('content/lists/selfcheck.yaml', () => {
  const { file, errors } = readSelfcheckLists(contentDir);

  it('passes the lists checker', () => {
    expect(errors.map(formatListsError)).toEqual([]);
  });

  it('holds the 双十条 as the plan numbers them, and the 四个合格 in the plan order', () => {
    expect(file?.positive.items.map((i) => i.id)).toEqual(Array.from({ length: 10 }, (_, i) => `pos-${i + 1}`));
    expect(file?.negative.items.map((i) => i.id)).toEqual(Array.from({ length: 10 }, (_, i) => `neg-${i + 1}`));
    expect(file?.sigehege.standards.map((s) => s.name)).toEqual(['政治合格', '执行纪律合格', '品德合格', '发挥作用合格']);
    expect(file?.sijiangsiyou.pairs).toEqual(['讲政治、有信念', '讲规矩、有纪律', '讲道德、有品行', '讲奉献、有作为']);
  });
});
