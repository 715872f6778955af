// The date the reader submitted the subject's details (R20): the field's text, saved once it is a
// date, and the remittance deadline it gives against today in China.
import { useEffect, useState } from 'preact/hooks';
import { chinaTimeZone, dateInZone, formatIso, parseDate, remittanceDeadline, type PlainDate } from '../../lib/deadline.ts';

export function useSubmittedDate(saved: string | null | undefined, save: (iso: string | null) => void, deadlineDays: number | null) {
  const [raw, setRaw] = useState('');
  const [today, setToday] = useState<PlainDate | null>(null);
  useEffect(() => setToday(dateInZone(new Date(), chinaTimeZone)), []);
  useEffect(() => setRaw(saved ?? ''), [saved]);

  const onInput = (text: string) => {
    setRaw(text);
    const typed = text.trim() === '' ? null : parseDate(text);
    if (!typed) save(null);
    else if (typed.ok) save(formatIso(typed.date));
  };
  const parsed = raw.trim() === '' ? null : parseDate(raw);
  const error = parsed && !parsed.ok ? parsed.message : null;
  const deadline = deadlineDays !== null && parsed?.ok && today ? remittanceDeadline(parsed.date, deadlineDays, today) : null;
  return { raw, parsed, error, deadline, onInput };
}
