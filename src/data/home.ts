/** The figures the home page shows as cards: ids in content/figures.yaml, or derived ids. ICE's total is in the page's lede, so not here. */
export const HOME_FIGURES: readonly { readonly id?: string; readonly derived?: string }[] = [
	{ derived: 'ice-including-hsi-per-day' },
	{ id: 'nlets-agencies' },
	{ id: 'nlets-photo-states' },
];
