/** The figures the home page shows as cards: ids in content/figures.yaml, or derived ids. */
export const HOME_FIGURES: readonly { readonly id?: string; readonly derived?: string }[] = [
	{ derived: 'ice-including-hsi' },
	{ derived: 'ice-including-hsi-per-day' },
	{ id: 'nlets-agencies' },
	{ id: 'nlets-photo-states' },
];
