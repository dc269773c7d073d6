import { describe, expect, it } from 'vitest';
import { onFirstInteraction } from '../../../src/scripts/first-interaction.ts';

describe('first interaction', () => {
  it('is not the page focusing its own autofocus box, but is focus the member moves', () => {
    document.body.innerHTML = '<input id="auto" autofocus><input id="other">';
    let started = 0;
    onFirstInteraction(() => (started += 1));
    document.getElementById('auto')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(started).toBe(0);
    document.getElementById('other')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.getElementById('other')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(started).toBe(1);
  });
});
