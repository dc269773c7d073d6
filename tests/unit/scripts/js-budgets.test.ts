// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { budgetFor, JS_BUDGETS, overBudget } from '../../../scripts/lib/js-budgets.mjs';

describe('scripts/lib/js-budgets.mjs', () => {
  it('gives document pages and quiz pages their budgets and other pages none', () => {
    expect(budgetFor('/documents/plan/')).toEqual({ kind: 'document', bytes: JS_BUDGETS.document });
    expect(budgetFor('/quiz/print/dangzhang/')).toEqual({ kind: 'quiz', bytes: JS_BUDGETS.quiz });
    expect(budgetFor('/quiz/')?.kind).toBe('quiz');
    expect(budgetFor('/documents.json')).toBeNull();
    expect(budgetFor('/documents/plan/extra/')).toBeNull();
    expect(budgetFor('/archive/')).toBeNull();
  });

  it('lists exactly the pages over their budget', () => {
    const rows = [
      { path: '/documents/a/', bytes: JS_BUDGETS.document },
      { path: '/documents/b/', bytes: JS_BUDGETS.document + 1 },
      { path: '/quiz/exam/', bytes: JS_BUDGETS.quiz + 1 },
      { path: '/archive/', bytes: 10 * JS_BUDGETS.quiz },
    ];
    expect(overBudget(rows).map((r) => r.path)).toEqual(['/documents/b/', '/quiz/exam/']);
  });
});
