/**
 * Today's date in China ('YYYY-MM-DD'), where the deadlines apply, whatever the computer's time zone:
 * a user abroad at 20:00 UTC is already on the next working day in 中国.
 */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
