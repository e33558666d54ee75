import { useEffect } from 'preact/hooks';

/** True while the user is typing in a field: single-key shortcuts must not fire then. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  const tag = el.tagName.toLowerCase();
  return tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable;
}

export type Shortcuts = Record<string, (e: KeyboardEvent) => void>;

/**
 * Single-key shortcuts for the current view. Off while typing and with Ctrl/Alt/Meta held (so browser
 * and screen-reader keys keep working). Listed in the `?` dialog.
 */
export function useShortcuts(map: Shortcuts, deps: unknown[]): void {
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target) || e.defaultPrevented) return;
      const fn = map[e.key];
      if (fn) {
        e.preventDefault();
        fn(e);
      }
    };
    document.addEventListener('keydown', on);
    return () => document.removeEventListener('keydown', on);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

export const SHORTCUT_HELP: [string, string][] = [
  ['j / n', 'next claim (in the current filter)'],
  ['k / p', 'previous claim'],
  ['1 – 8', 'set the status in the review form (1 Unreviewed, 2 In review, 3 Verified, 4 Partly true, 5 Misleading, 6 False, 7 Disputed, 8 Unverifiable)'],
  ['r', 'write the rationale'],
  ['e', 'enter an evidence URL'],
  ['s', 'save the review'],
  ['Ctrl + Enter', 'save, from inside the review form'],
  ['/', 'search claims'],
  ['?', 'show or hide this list'],
  ['Esc', 'close this list'],
];
