import { describe, expect, it } from 'vitest';
import type { QuizBank, QuizQuestion } from '../../../../src/lib/quiz/quiz-bank.ts';
import type { Role } from '../../../../src/schemas/site-config.ts';
import { documentsForRole, examScope, examScopes, questionsForRole, scopeFor } from '../../../../src/lib/quiz/role-scope.ts';
import { judge } from './questions.ts';

const roles: Role[] = [
  { id: 'member', name: '普通党员', track: 'all', description: '' },
  { id: 'leader', name: '党员领导干部', track: 'leaders', description: '' },
];

function q(id: string, document: string, audience: 'all' | 'leaders'): QuizQuestion {
  return { ...judge(id, true, document), audience, href: `/documents/${document}/`, where: document };
}

const bank: QuizBank = {
  documents: [
    { id: 'dangzhang', shortTitle: '党章', audience: 'all', parts: [] },
    { id: 'wenze', shortTitle: '问责条例', audience: 'leaders', parts: [] },
    { id: 'plan', shortTitle: '实施方案', audience: 'all', parts: [] },
  ],
  questions: [q('plan-001', 'plan', 'all'), q('wenze-001', 'wenze', 'leaders'), q('dangzhang-001', 'dangzhang', 'all'), q('plan-002', 'plan', 'leaders')],
};

describe('questions and documents by role', () => {
  it('gives leading cadres every question and other members those for everyone', () => {
    expect(questionsForRole(bank, roles, 'leader').map((x) => x.id)).toEqual(['plan-001', 'wenze-001', 'dangzhang-001', 'plan-002']);
    expect(questionsForRole(bank, roles, 'member').map((x) => x.id)).toEqual(['plan-001', 'dangzhang-001']);
    expect(questionsForRole(bank, roles, undefined).map((x) => x.id)).toEqual(['plan-001', 'dangzhang-001']);
    expect(documentsForRole(bank, roles, 'member')).toEqual(['dangzhang', 'plan']);
  });
});

describe('exam scope', () => {
  it('counts the questions and lists the documents in bank order', () => {
    expect(examScope(bank, roles, 'leader')).toEqual({ count: 4, documents: ['党章', '问责条例', '实施方案'] });
    expect(examScope(bank, roles, 'member')).toEqual({ count: 2, documents: ['党章', '实施方案'] });
  });

  it('is worked out for every role and for no role, and read back as the island would compute it', () => {
    const scopes = examScopes(bank, roles);
    expect(Object.keys(scopes)).toEqual(['', 'member', 'leader']);
    for (const role of [undefined, 'member', 'leader']) expect(scopeFor(scopes, role)).toEqual(examScope(bank, roles, role));
  });

  it('reads a role that is no longer configured, or an inherited name, as no role', () => {
    const scopes = examScopes(bank, roles);
    expect(scopeFor(scopes, 'retired')).toEqual(scopes['']);
    expect(scopeFor(scopes, 'constructor')).toEqual(scopes['']);
  });
});
