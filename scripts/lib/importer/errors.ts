/**
 * A refusal the editor can act on: its message is Chinese and printed as is, without a stack
 * trace, while any other error is treated as a bug.
 */
export class ImportError extends Error {
  override name = 'ImportError';
}
