/** Injectable time source: tests move it forward to see deadlines become overdue. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export const isoNow = (clock: Clock): string => clock().toISOString();

/** The offices are German: "today" is the civil date in Europe/Berlin, whatever the machine's zone. */
const berlinDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today as 'YYYY-MM-DD' in Europe/Berlin. */
export const todayIso = (clock: Clock): string => berlinDate.format(clock());
