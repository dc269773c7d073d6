// Issue 13's budgets for the JavaScript a page loads before interaction (gzip): reading a document
// needs almost none, and a quiz page stays under what issue 4 allowed. Pages of other kinds have no
// budget; bench:js still prints them.

const KB = 1024;

/** Budgets by page kind, in gzip bytes. */
export const JS_BUDGETS = {
  /** A document page (/documents/<id>/): text, reader controls and progress. */
  document: 8 * KB,
  /** Any page under /quiz/. */
  quiz: 25 * KB,
};

/**
 * The budget that applies to a site path, or null when none does.
 * @param {string} path site path such as `/documents/plan/`
 * @returns {{ kind: keyof typeof JS_BUDGETS, bytes: number } | null}
 */
export function budgetFor(path) {
  if (/^\/documents\/[^/]+\/$/.test(path)) return { kind: 'document', bytes: JS_BUDGETS.document };
  if (path.startsWith('/quiz/')) return { kind: 'quiz', bytes: JS_BUDGETS.quiz };
  return null;
}

/**
 * Rows that break their page's budget.
 * @param {{ path: string, bytes: number }[]} rows measured pages
 * @returns {{ path: string, bytes: number, budget: number }[]}
 */
export function overBudget(rows) {
  return rows.flatMap((row) => {
    const budget = budgetFor(row.path);
    return budget && row.bytes > budget.bytes ? [{ path: row.path, bytes: row.bytes, budget: budget.bytes }] : [];
  });
}
