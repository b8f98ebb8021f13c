import { useEffect, useId, useRef, type ReactNode } from 'react';

type EditorPanelProps = {
  title: string;
  onCancel: () => void;
  children: ReactNode;
  testId?: string;
};

/** A form section that takes the focus when it opens; Escape closes it like the cancel button. */
export function EditorPanel({ title, onCancel, children, testId }: EditorPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section
      className="admin-editor"
      aria-labelledby={headingId}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
