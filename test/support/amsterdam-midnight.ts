/**
 * The instant of local midnight in Amsterdam (EMA's time zone) on a calendar day: what a tool that
 * writes local dates as UTC instants stores for that day (22:00 or 23:00 UTC the evening before).
 */
const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function amsterdamMidnight(iso: string): Date {
  const utcMidnight = Date.parse(`${iso}T00:00:00Z`);
  for (const hoursBefore of [2, 1]) {
    const candidate = new Date(utcMidnight - hoursBefore * 3_600_000);
    if (clock.format(candidate) === '00:00') return candidate;
  }
  throw new Error(`no Amsterdam midnight found for ${iso}`);
}
