import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseGermanDate } from '../i18n/dates';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

/** A date field as German offices type dates (31.07.2026); the value is 'YYYY-MM-DD' or null. */
export function DateField({ value, onChange, ...props }: Props) {
  return (
    <DateInput
      valueFormat="DD.MM.YYYY"
      dateParser={parseGermanDate}
      placeholder="TT.MM.JJJJ"
      clearable
      value={value}
      onChange={onChange}
      {...props}
    />
  );
}
