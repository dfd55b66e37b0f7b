import { RefObject, useEffect, useState } from 'react';

/**
 * Whether an element has come into view (once true, it stays true), so a
 * part of a long page loads only when it is seen; true at once where the
 * browser has no IntersectionObserver.
 */
export function useInView(ref: RefObject<Element>): boolean {
  const [seen, setSeen] = useState(
    () => typeof IntersectionObserver === 'undefined',
  );
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return undefined;
    const observer = new IntersectionObserver(
      entries => {
        if (entries.some(e => e.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, seen]);
  return seen;
}
