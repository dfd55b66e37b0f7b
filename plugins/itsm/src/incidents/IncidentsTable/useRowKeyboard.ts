import { KeyboardEvent, useCallback, useRef, useState } from 'react';

/**
 * Moving through a list's rows by keyboard: the rows are focusable, one at
 * a time in the tab order (the last focused); arrow keys or j/k move the
 * focus, Home/End to the ends, Enter opens the focused row and x or space
 * toggles its selection. Keys pressed in a row's own controls (a button,
 * a menu, the checkbox) stay theirs.
 */
export function useRowKeyboard(options: {
  count: number;
  onOpen: (index: number) => void;
  onToggle?: (index: number) => void;
}) {
  const { count, onOpen, onToggle } = options;
  const rows = useRef<(HTMLElement | null)[]>([]);
  const [active, setActive] = useState(0);
  const current = Math.max(0, Math.min(active, count - 1));

  const focus = useCallback(
    (index: number) => {
      rows.current[Math.max(0, Math.min(index, count - 1))]?.focus();
    },
    [count],
  );

  return (index: number) => ({
    ref: (element: HTMLElement | null) => {
      rows.current[index] = element;
    },
    tabIndex: index === current ? 0 : -1,
    onFocus: (event: { target: unknown; currentTarget: unknown }) => {
      if (event.target === event.currentTarget) setActive(index);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      switch (event.key) {
        case 'ArrowDown':
        case 'j':
          focus(index + 1);
          break;
        case 'ArrowUp':
        case 'k':
          focus(index - 1);
          break;
        case 'Home':
          focus(0);
          break;
        case 'End':
          focus(count - 1);
          break;
        case 'Enter':
          onOpen(index);
          break;
        case 'x':
        case ' ':
          if (!onToggle) return;
          onToggle(index);
          break;
        default:
          return;
      }
      event.preventDefault();
    },
  });
}
