const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** Writes a YYYY-MM-DD date as readers say it, e.g. "November 12, 2025", whatever the build machine's time zone. */
export function formatDate(iso: string): string {
	return LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
}

const MONTH_YEAR = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Writes a YYYY-MM-DD date as a month and year, e.g. "November 2025". */
export function formatMonthYear(iso: string): string {
	return MONTH_YEAR.format(new Date(`${iso}T00:00:00Z`));
}
