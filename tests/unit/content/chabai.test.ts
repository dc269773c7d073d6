// @vitest-environment node
/** The real 查摆 checklists pass the checker and cover the three bodies the plan's paragraph 14 names. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readChabai } from '../../../src/data/chabai.ts';
import { formatChabaiError } from '../../../src/lib/action/chabai-check.ts';

const contentDir = join(fileURLToPath(new URL('../../../', import.meta.url)), 'content');
const { file, errors } = readChabai(contentDir);

describe('content/lists/chabai.yaml', () => {
  it('passes the checker', () => {
    expect(errors.map(formatChabaiError)).toEqual([]);
  });

  it('has the plan’s three checklists with their questions and problems to solve', () => {
    expect(file?.checklists.map((l) => [l.title, l.questions.length, Boolean(l.solve)])).toEqual([
      ['领导班子', 3, true],
      ['党支部', 3, true],
      ['党员', 4, true],
    ]);
  });
});
