import { useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';

/**
 * The success message after a change. It takes the focus because the form that had it is gone;
 * `id` changes with every message so the same text twice is still announced.
 */
export function Notice({ notice }: { notice: { id: number; text: string } | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <Alert tone="success" ref={ref} testId="admin-notice">
      <p>{notice.text}</p>
    </Alert>
  );
}
