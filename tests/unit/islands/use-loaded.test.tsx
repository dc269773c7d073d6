import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLoaded } from '../../../src/islands/common/use-loaded.ts';

afterEach(cleanup);

/** Shows the state of `useLoaded(load, wanted)` as text, with the retry as a button. */
function Probe({ load, wanted }: { load: () => Promise<string>; wanted?: boolean }) {
  const state = useLoaded(load, wanted);
  if (state.status === 'error') return <button type="button" onClick={state.retry}>retry</button>;
  return <p>{state.status === 'ready' ? `ready:${state.value}` : 'loading'}</p>;
}

describe('useLoaded', () => {
  it('fetches nothing while not wanted, and loads once wanted', async () => {
    const load = vi.fn(async () => 'list');
    const { rerender } = render(<Probe load={load} wanted={false} />);
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getByText('loading')).toBeTruthy();
    expect(load).not.toHaveBeenCalled();
    rerender(<Probe load={load} wanted />);
    await waitFor(() => expect(screen.getByText('ready:list')).toBeTruthy());
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a failure with a retry that loads again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('503')).mockResolvedValueOnce('list');
    render(<Probe load={load} />);
    const retry = await screen.findByRole('button', { name: 'retry' });
    fireEvent.click(retry);
    await waitFor(() => expect(screen.getByText('ready:list')).toBeTruthy());
    expect(load).toHaveBeenCalledTimes(2);
  });
});
