import { useRef, useState } from 'react';

type Editing<T> = { mode: 'create'; key: number } | { mode: 'edit'; item: T; key: number };

/**
 * Which form is open on a list page (none, "create" or "edit this item") and the success notice
 * shown when it closes. Cancelling gives the focus back to the button that opened the form.
 */
export function useEditor<T>() {
  const [editing, setEditing] = useState<Editing<T> | null>(null);
  const [notice, setNotice] = useState<{ id: number; text: string } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const counter = useRef(0);

  const open = (next: { mode: 'create' } | { mode: 'edit'; item: T }) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    counter.current += 1;
    setNotice(null);
    setEditing({ ...next, key: counter.current });
  };

  return {
    editing,
    notice,
    openCreate: () => open({ mode: 'create' }),
    openEdit: (item: T) => open({ mode: 'edit', item }),
    cancel: () => {
      setEditing(null);
      if (opener.current?.isConnected) opener.current.focus();
    },
    /** Closes the form without a word, when the page shows something else in its place. */
    close: () => setEditing(null),
    /** Closes the form after a successful save and announces `text`. */
    done: (text: string) => {
      setEditing(null);
      counter.current += 1;
      setNotice({ id: counter.current, text });
    },
  };
}
