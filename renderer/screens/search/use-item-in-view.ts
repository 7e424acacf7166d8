import { useEffect } from 'react';

/**
 * Scrolls the agenda item a search hit named into view and marks it (data-found) while the
 * meeting shows it; views mark their items with data-item-id. Run again when the tab changes.
 */
function useItemInView(itemId: string | undefined, view: string | undefined): void {
  useEffect(() => {
    if (!itemId) return;
    const element = document.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    element.setAttribute('data-found', '');
    return () => element.removeAttribute('data-found');
  }, [itemId, view]);
}

/** Rendered after a view, so that the view's items are there when its effect looks for one. */
export function ItemInView({ itemId, view }: { itemId: string | undefined; view: string }): null {
  useItemInView(itemId, view);
  return null;
}
