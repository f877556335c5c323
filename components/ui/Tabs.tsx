// WAI-ARIA tabs with a roving tabindex: arrows move between tabs (and select, since screens are
// cheap to switch), Home/End jump to the ends. The panel is rendered by the caller via panelId.
import { useRef } from 'preact/hooks';

export interface TabItem<K extends string> {
  id: K;
  label: string;
  /** Extra words for the tab's tooltip, e.g. its keyboard shortcut. */
  title?: string;
}

export interface TabsProps<K extends string> {
  label: string;
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (id: K) => void;
  /** Prefix for tab and panel ids: tab `${idPrefix}-tab-${id}`, panel `${idPrefix}-panel`. */
  idPrefix: string;
}

export function tabId(prefix: string, id: string) {
  return `${prefix}-tab-${id}`;
}

export function Tabs<K extends string>({ label, tabs, selected, onSelect, idPrefix }: TabsProps<K>) {
  const listRef = useRef<HTMLDivElement>(null);
  const focusTab = (index: number) => {
    const next = tabs[(index + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    listRef.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(tabId(idPrefix, next.id))}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const current = tabs.findIndex((t) => t.id === selected);
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      focusTab(moves[e.key]!);
    }
  };
  return (
    <div class="tablist" role="tablist" aria-label={label} ref={listRef} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          class="tab"
          id={tabId(idPrefix, t.id)}
          aria-selected={t.id === selected}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={t.id === selected ? 0 : -1}
          title={t.title}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
