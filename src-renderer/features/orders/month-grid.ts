import dayjs from 'dayjs';

export interface CalendarDay {
  /** 'YYYY-MM-DD' */
  date: string;
  day: number;
  inMonth: boolean;
  weekend: boolean;
}

/** The weeks (Monday to Sunday) covering a month 'YYYY-MM', with the neighbouring months' days to fill them. */
export function monthWeeks(month: string): CalendarDay[][] {
  const first = dayjs(`${month}-01`);
  const offset = (first.day() + 6) % 7;
  const start = first.subtract(offset, 'day');
  const days = first.daysInMonth();
  const weekCount = Math.ceil((offset + days) / 7);
  const weeks: CalendarDay[][] = [];
  for (let w = 0; w < weekCount; w++) {
    const week: CalendarDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = start.add(w * 7 + d, 'day');
      week.push({
        date: date.format('YYYY-MM-DD'),
        day: date.date(),
        inMonth: date.month() === first.month(),
        weekend: d >= 5,
      });
    }
    weeks.push(week);
  }
  return weeks;
}

/** Mo, Di, … So in the German locale. */
export const weekdayNames = (): string[] =>
  Array.from({ length: 7 }, (_, i) => dayjs('2024-01-01').add(i, 'day').format('dd').replace(/\.$/, ''));
