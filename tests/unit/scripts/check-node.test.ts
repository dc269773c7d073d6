import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (version: string) =>
  spawnSync(process.execPath, ['scripts/check-node.cjs'], { env: { ...process.env, LXYZ_PRETEND_NODE: version }, encoding: 'utf8' });

describe('scripts/check-node.cjs', () => {
  it('stops on Node 20 and says in Chinese and English what to install', () => {
    const result = run('20.20.2');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('本项目需要 Node.js 22.18.0 或更新版本，当前是 20.20.2');
    expect(result.stderr).toContain('This project needs Node.js 22.18.0 or newer');
    expect(result.stderr).toContain('node@24');
  });

  it('stops on a 22 release without type stripping, passes from 22.18 on, silently', () => {
    expect(run('22.12.0').status).toBe(1);
    for (const ok of ['22.18.0', '24.21.0', '26.1.0']) {
      const result = run(ok);
      expect(result.status, ok).toBe(0);
      expect(result.stderr).toBe('');
    }
  });
});
