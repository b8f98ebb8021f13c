import type { ReactNode, Ref } from 'react';

type AlertProps = {
  tone: 'error' | 'warning' | 'info' | 'success';
  title?: string;
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
  testId?: string;
};

/** A boxed message; errors and warnings are announced to screen readers. */
export function Alert({ tone, title, children, ref, testId }: AlertProps) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div ref={ref} tabIndex={-1} role={role} className={`alert alert--${tone}`} data-testid={testId}>
      {title && <p className="alert__title">{title}</p>}
      {children}
    </div>
  );
}
