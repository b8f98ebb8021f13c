import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The question asked before anything is deleted: takes the focus when it opens, Escape answers "no".
 * `id` names it for aria-controls; its text must carry the id `${id}-text`.
 */
export function ConfirmBox({ id, onEscape, children }: { id: string; onEscape: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      id={id}
      role="group"
      aria-labelledby={`${id}-text`}
      tabIndex={-1}
      className="confirm"
      data-testid="confirm-remove"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onEscape();
        }
      }}
    >
      {children}
    </div>
  );
}
