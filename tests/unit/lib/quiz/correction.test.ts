import { describe, expect, it } from 'vitest';
import { correctionMailto, correctionReport, NOTE_MAX } from '../../../../src/lib/quiz/correction.ts';

const q = { id: 'plan-012', stem: '“三会一课”中的“一课”是指____。', document: 'plan' };
const url = 'https://example.org/documents/plan/#sec-3';

describe('correctionReport', () => {
  it('names the question, its source and the note', () => {
    expect(correctionReport(q, url, '  答案应为党课。\n ')).toBe(
      [
        '【题目纠错】',
        '题目编号：plan-012',
        '所属文件：plan',
        '题干：“三会一课”中的“一课”是指____。',
        `出处：${url}`,
        '说明：答案应为党课。',
      ].join('\n'),
    );
  });

  it('marks an empty note and caps a long one', () => {
    expect(correctionReport(q, url, '   ')).toMatch(/说明：（未填写）$/);
    const long = '党'.repeat(NOTE_MAX + 50);
    const note = correctionReport(q, url, long).split('说明：')[1]!;
    expect(note).toBe('党'.repeat(1000));
    // A character outside the BMP at the cut is kept whole, not split into half a surrogate pair.
    const astral = correctionReport(q, url, '𠀀'.repeat(NOTE_MAX + 1)).split('说明：')[1]!;
    expect([...astral]).toHaveLength(NOTE_MAX);
    expect(astral).toBe('𠀀'.repeat(NOTE_MAX));
  });
});

describe('correctionMailto', () => {
  it('encodes subject and body, with CRLF line breaks', () => {
    const link = correctionMailto('branch@example.org', '题目纠错 plan-012', '第一行\n第二行 & ?');
    expect(link).toBe(
      `mailto:branch@example.org?subject=${encodeURIComponent('题目纠错 plan-012')}&body=${encodeURIComponent('第一行\r\n第二行 & ?')}`,
    );
    expect(link).toContain('%0D%0A');
    expect(link).not.toContain(' ');
    const url = new URL(link);
    expect(url.searchParams.get('subject')).toBe('题目纠错 plan-012');
    expect(url.searchParams.get('body')).toBe('第一行\r\n第二行 & ?');
  });

  it('keeps a query character in the address from breaking the link', () => {
    expect(correctionMailto('a?b@example.org', 's', 'b')).toMatch(/^mailto:a%3Fb@example\.org\?subject=s&body=b$/);
  });
});
