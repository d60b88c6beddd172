/**
 * The words of the figures the Spanish pages print, by figure id: the home page's cards and the Nlets
 * chart's note. The English is in content/figures.yaml and src/data/derived-figures.ts; the numbers,
 * dates and sources come from there in every language.
 */
export const ES_FIGURE_WORDS: Readonly<Record<string, { readonly label: string; readonly note?: string }>> = {
	'ice-including-hsi-per-day': { label: 'Consultas diarias de ICE, incluida HSI, a datos del DMV a través de Nlets' },
	'nlets-agencies': { label: 'Agencias policiales de Estados Unidos y Canadá que pueden consultar datos estatales a través de Nlets' },
	'nlets-photo-states': { label: 'Estados que comparten fotos de licencias de conducir a través de Nlets' },
	'nlets-dmv-queries': {
		label: 'Consultas a datos del DMV a través de Nlets hechas por agencias federales y de otros estados',
		note: 'Cifras de Nlets, tal como las dan las cartas del Congreso. Solo cuentan las solicitudes federales y de otros estados, porque las agencias casi nunca usan Nlets para consultar a los conductores de su propio estado.',
	},
};
