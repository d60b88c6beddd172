const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** Writes a YYYY-MM-DD date as readers say it, e.g. "November 12, 2025", whatever the build machine's time zone. */
export function formatDate(iso: string): string {
	return LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
}
