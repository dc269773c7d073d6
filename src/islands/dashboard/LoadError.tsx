/** Said in the page when data an island needs could not be fetched, with a button to try again. */
export default function LoadError({ message, retryLabel, retry }: { message: string; retryLabel: string; retry: () => void }) {
  return (
    <p class="notice" role="alert" data-load-error>
      {message}{' '}
      <button type="button" class="button secondary small" onClick={retry}>{retryLabel}</button>
    </p>
  );
}
