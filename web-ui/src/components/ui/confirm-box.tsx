import { useEffect, useRef, type ReactNode } from 'react';

type ConfirmBoxProps = {
  /** Names the box for the button's aria-controls. */
  id: string;
  /** The ids of the element that asks the question and, if any, of the one that explains it. */
  labelledBy: string;
  describedBy?: string;
  className?: string;
  testId: string;
  onEscape: () => void;
  children: ReactNode;
};

/** The question asked before anything is deleted or erased: takes the focus when it opens, Escape answers "no". */
export function ConfirmBox({ id, labelledBy, describedBy, className, testId, onEscape, children }: ConfirmBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      id={id}
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      tabIndex={-1}
      className={className ? `confirm ${className}` : 'confirm'}
      data-testid={testId}
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
