/** Injectable time source: tests move it forward to see deadlines become overdue. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export const isoNow = (clock: Clock): string => clock().toISOString();
