import { useEffect, useRef, useState } from 'react';

/**
 * Puts text on the clipboard. navigator.clipboard exists only in secure contexts; elsewhere (a page
 * served over plain http) the older execCommand route still works inside a click handler.
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused or not focused: try the fallback below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    // Deprecated, but the only route outside secure contexts.
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
}

/** A copy action with a short-lived "copied" state for the confirmation. */
export function useCopy(timeoutMs = 2_000): { copied: boolean; copy: (text: string) => void } {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const copy = (text: string) => {
    void copyText(text).then((done) => {
      if (!done) return;
      setCopied(true);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), timeoutMs);
    });
  };
  return { copied, copy };
}
