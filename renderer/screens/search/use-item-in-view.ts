import { useEffect } from 'react';

/**
 * Scrolls the agenda item a search hit named into view and marks it (data-found) while the
 * meeting shows it; views mark their items with data-item-id. Run again when the tab changes.
 */
export function useItemInView(itemId: string | undefined, view: string | undefined): void {
  useEffect(() => {
    if (!itemId) return;
    const element = document.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    element.setAttribute('data-found', '');
    return () => element.removeAttribute('data-found');
  }, [itemId, view]);
}
