import { describe, expect, it } from 'vitest';
import { BRANCH_DOMAINS } from '../../../../../src/lib/archive/branch/domains.ts';
import { SUMMARY_DOMAINS } from '../../../../../src/lib/archive/branch/facts.ts';
import { ARCHIVE_DOMAINS } from '../../../../../src/stores/archive-registry.ts';

describe('BRANCH_DOMAINS', () => {
  it('is the list a member’s import checks: the same domain objects, in the same order', () => {
    expect(BRANCH_DOMAINS.map((d) => d.key)).toEqual(ARCHIVE_DOMAINS.map((d) => d.key));
    BRANCH_DOMAINS.forEach((domain, i) => expect(domain).toBe(ARCHIVE_DOMAINS[i]));
  });

  it('holds every domain the summary reads', () => {
    for (const key of Object.keys(SUMMARY_DOMAINS)) expect(BRANCH_DOMAINS.some((d) => d.key === key), key).toBe(true);
  });
});
