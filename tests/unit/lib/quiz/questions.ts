/** Question builders for the quiz tests: every field a real Question has, with overridable parts. */
import type { Question } from '../../../../src/schemas/question.ts';

const base = {
  explanation: '依据原文。',
  difficulty: 1 as const,
  tags: [],
  audience: 'all' as const,
  source: { anchor: 'art-1' },
  checked: true,
};

/** A 单选 question. */
export function single(id: string, answer: string, options = ['甲', '乙', '丙', '丁'], document = 'plan'): Question {
  return { ...base, id, document, stem: `单选 ${id}`, type: 'single', options, answer: answer as 'A' };
}

/** A 多选 question. */
export function multiple(id: string, answer: string[], options = ['甲', '乙', '丙', '丁'], document = 'plan'): Question {
  return { ...base, id, document, stem: `多选 ${id}`, type: 'multiple', options, answer: answer as 'A'[] };
}

/** A 判断 question. */
export function judge(id: string, answer: boolean, document = 'plan'): Question {
  return { ...base, id, document, stem: `判断 ${id}`, type: 'judge', answer };
}

/** A 填空 question with one `____` per answer group. */
export function fill(id: string, answer: string[][], document = 'plan'): Question {
  return { ...base, id, document, stem: answer.map(() => '____').join('，'), type: 'fill', answer };
}
