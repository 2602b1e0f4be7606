/** Status workflow of an Arbeitsauftrag; the core enforces it, the Kanban board uses it to accept drops. */
export const orderStatuses = [
  'offen',
  'in_bearbeitung',
  'wartet_auf_mandant',
  'zur_pruefung',
  'erledigt',
  'abgerechnet',
  'storniert',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const orderStatusLabels: Readonly<Record<OrderStatus, string>> = {
  offen: 'Offen',
  in_bearbeitung: 'In Bearbeitung',
  wartet_auf_mandant: 'Wartet auf Mandant',
  zur_pruefung: 'Zur Prüfung',
  erledigt: 'Erledigt',
  abgerechnet: 'Abgerechnet',
  storniert: 'Storniert',
};

/** Work still to do: these count for Fristen, the dashboard and the "still has open orders" guards. */
export const openOrderStatuses = ['offen', 'in_bearbeitung', 'wartet_auf_mandant', 'zur_pruefung'] as const;

export const isOpenStatus = (status: OrderStatus): boolean =>
  (openOrderStatuses as readonly OrderStatus[]).includes(status);

/*
 * Forward along offen → in Bearbeitung → wartet auf Mandant → zur Prüfung → erledigt → abgerechnet,
 * with the steps back an office really takes (Mandant answered, review sent it back, Bescheid differs).
 * Erledigt only after Prüfung (four-eyes principle); storniert from every open state and, for a
 * mistaken cancellation, back to offen. Abgerechnet is final.
 */
export const orderTransitions: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  offen: ['in_bearbeitung', 'wartet_auf_mandant', 'storniert'],
  in_bearbeitung: ['offen', 'wartet_auf_mandant', 'zur_pruefung', 'storniert'],
  wartet_auf_mandant: ['in_bearbeitung', 'storniert'],
  zur_pruefung: ['in_bearbeitung', 'erledigt', 'storniert'],
  erledigt: ['in_bearbeitung', 'abgerechnet'],
  abgerechnet: [],
  storniert: ['offen'],
};

export const canTransition = (from: OrderStatus, to: OrderStatus): boolean =>
  orderTransitions[from].includes(to);

/** German reason why a transition is refused, or null if it is allowed. */
export function transitionRefusal(from: OrderStatus, to: OrderStatus): string | null {
  if (from === to) return `Der Auftrag hat bereits den Status „${orderStatusLabels[to]}“.`;
  if (canTransition(from, to)) return null;
  const allowed = orderTransitions[from];
  const hint =
    allowed.length === 0
      ? ' Der Status ist abschließend.'
      : ` Möglich ist: ${allowed.map((s) => `„${orderStatusLabels[s]}“`).join(', ')}.`;
  return `Ein Auftrag im Status „${orderStatusLabels[from]}“ kann nicht direkt auf „${orderStatusLabels[to]}“ gesetzt werden.${hint}`;
}

export const orderPriorities = ['niedrig', 'normal', 'hoch', 'dringend'] as const;
export type OrderPriority = (typeof orderPriorities)[number];

export const orderPriorityLabels: Readonly<Record<OrderPriority, string>> = {
  niedrig: 'Niedrig',
  normal: 'Normal',
  hoch: 'Hoch',
  dringend: 'Dringend',
};
