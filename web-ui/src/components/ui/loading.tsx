/** A polite, text-only loading indicator (cheap to render, read out by screen readers). */
export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="loading">
      <span className="loading__dot" aria-hidden="true" />
      {label}
    </p>
  );
}
