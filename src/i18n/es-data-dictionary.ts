/**
 * The data dictionary of /es/data/ in Spanish, by the column's CSV name. The English comes from the
 * schemas' .describe() texts and src/data/downloads.ts; a column whose format downloads.ts writes out
 * has that format here too. The downloads themselves stay in English, so values and examples do.
 */
import type { ColumnMeaning } from './index.ts';

const AS_OF =
	'La fecha de la fuente más reciente que muestra esta situación (AAAA-MM-DD); para "no-known-restriction", la fecha de la revisión que no encontró ninguna. Nunca es la fecha de una ley: las leyes llevan sus propias fechas.';
const SOURCES: ColumnMeaning = {
	meaning: 'Las fuentes que muestran esto: sus direcciones, que sources.csv da con su título y quién las publicó.',
	format: 'direcciones URL, separadas por espacios',
};
const LAWS: ColumnMeaning = {
	meaning: 'Las leyes, órdenes o acuerdos judiciales del estado en que se basa la situación, del más antiguo al más reciente.',
	format: 'cada ley como “nombre (año)”, separadas por punto y coma',
};
const OFFICE_URL: ColumnMeaning = {
	meaning:
		'La página de la propia oficina (https, en un dominio .gov o .us): su página de contacto cuando se pudo leer, y si no, su página de inicio. Cuando se da el teléfono, la página que lo muestra.',
	format: 'URL https, o celda vacía',
};
const PHONE: ColumnMeaning = {
	meaning:
		'Opcional. El teléfono principal que aparece en la página de url. Se deja vacío cuando el propio sitio de la oficina no muestra ninguno, y así se anota en el registro de investigación.',
	format: 'diez dígitos escritos así: 503-378-4582, o celda vacía',
};
const CHECKED: ColumnMeaning = {
	meaning: 'La fecha en que alguien abrió url por última vez y leyó allí el número (AAAA-MM-DD).',
	format: 'AAAA-MM-DD, o celda vacía',
};
const agencyAccess = (agency: string) =>
	`Lo que dicen las fuentes sobre el acceso de ${agency} después del bloqueo: not-reported (el valor predeterminado: ninguna fuente lo dice), kept (lo mantuvo) o cut-off (se le cortó). Solo puede ser kept o cut-off con una fuente entre las fuentes de esta vía.`;

export const ES_COLUMN_MEANINGS: Readonly<Record<string, ColumnMeaning>> = {
	// states.csv
	code: {
		meaning: 'La abreviatura postal (USPS) del estado, por ejemplo OR para Oregón y DC para el Distrito de Columbia.',
		format: 'dos letras mayúsculas',
	},
	name: { meaning: 'El nombre del estado o de DC.', format: 'texto' },
	fips: {
		meaning: 'El código federal (FIPS) de dos dígitos del estado, para unir los datos con los del censo y los de mapas.',
		format: 'dos dígitos, guardados como texto',
	},
	dmv_sharing_status: { meaning: 'Vía 1: el DMV le entrega datos directamente a ICE.' },
	dmv_sharing_as_of: { meaning: AS_OF },
	dmv_sharing_summary: { meaning: 'Una o dos oraciones sencillas sobre lo que el DMV puede entregarle directamente a ICE.' },
	dmv_sharing_sources: SOURCES,
	dmv_sharing_laws: LAWS,
	dmv_sharing_requires: {
		meaning:
			'Solo para court-order-required: lo que acepta la ley, en palabras que completan la frase "exige…", por ejemplo "a warrant, court order or court-issued subpoena". El guion de llamada lo dice.',
		format: 'texto, o celda vacía',
	},
	data_brokers_status: { meaning: 'Vía 2: el estado les vende datos del DMV a corredores de datos que se los revenden a ICE.' },
	data_brokers_as_of: { meaning: AS_OF },
	data_brokers_summary: {
		meaning:
			'Una o dos oraciones sencillas sobre la venta de datos del DMV por parte del estado y sobre cualquier límite a que esos datos lleguen al control migratorio.',
	},
	data_brokers_sources: SOURCES,
	data_brokers_laws: LAWS,
	nlets_status: { meaning: 'Vía 3: ICE consulta los datos del DMV de este estado a través de la red policial Nlets.' },
	nlets_as_of: { meaning: AS_OF },
	nlets_summary: {
		meaning: 'Una o dos oraciones sencillas sobre el acceso de ICE a los datos del DMV de este estado a través de Nlets: quién reportó qué, y cuándo.',
	},
	nlets_sources: SOURCES,
	nlets_laws: LAWS,
	nlets_reported_by: {
		meaning:
			'Quién reportó la situación, en pocas palabras que completan la frase "Reportado por…", por ejemplo "members of Congress" o "Washington state officials". Obligatorio para blocked, in-progress y required-by-law.',
		format: 'texto, o celda vacía',
	},
	nlets_hsi: { meaning: agencyAccess('HSI, la rama de investigaciones de ICE,') },
	nlets_cbp: { meaning: agencyAccess('CBP (Oficina de Aduanas y Protección Fronteriza)') },
	licenses_for_all_status: { meaning: 'Contexto: si el estado expide licencias de conducir sin importar el estatus migratorio.' },
	licenses_for_all_since: {
		meaning: 'El año en que el estado empezó a expedir licencias sin importar el estatus migratorio, o null si no se conoce o si la situación es "no".',
	},
	licenses_for_all_sources: SOURCES,
	last_reviewed: {
		meaning:
			'La fecha de la última revisión que buscó lo que cambió hasta ese día, en las tres vías, y lo anotó en content/research/ (AAAA-MM-DD).',
	},
	governor_url: OFFICE_URL,
	governor_phone: PHONE,
	governor_checked: CHECKED,
	licensing_office: {
		meaning: 'El nombre oficial de la oficina, por ejemplo "Oregon Department of Transportation, Driver and Motor Vehicle Services".',
	},
	licensing_answers_to: {
		meaning:
			'Quién dirige la oficina: governor (a quien la encabeza lo nombra el gobernador), secretary-of-state o attorney-general (la dirige alguien a quien el gobernador no nombra), o mayor (DC, o un condado donde los condados expiden las licencias).',
	},
	licensing_url: OFFICE_URL,
	licensing_phone: PHONE,
	licensing_checked: CHECKED,
	legislature_lookup_url: {
		meaning:
			'Opcional. La página oficial de la legislatura para encontrar a sus legisladores (https). Sin ella, la página del estado enlaza a la búsqueda de USAGov.',
		format: 'URL https, o celda vacía',
	},
	// sources.csv
	id: { meaning: 'Un identificador corto y único que citan los registros y las páginas, por ejemplo "wyden-nlets-letters-2025".' },
	title: { meaning: 'El título tal como lo da quien lo publicó, de 200 caracteres como máximo.' },
	publisher: {
		meaning: 'Quién lo publicó: el medio de noticias, la agencia, la legislatura, el tribunal o la organización. Se prefiere a quien lo publicó primero.',
	},
	url: { meaning: 'Dónde se puede leer el documento: https, sin parámetros de rastreo.' },
	via: { meaning: 'Solo cuando la URL es una copia: el nombre del sitio que la volvió a publicar, por ejemplo "pubt.io".' },
	published: { meaning: 'La fecha de publicación (AAAA-MM-DD), o null cuando la página no muestra ninguna.' },
	accessed: { meaning: 'La fecha en que alguien leyó por última vez la página de esa URL (AAAA-MM-DD).' },
	kind: {
		meaning:
			'Solo para una fuente primaria: "law" para el texto de una ley, un reglamento o una orden ejecutiva, o la página de un proyecto de ley; "official" para una carta, un comunicado, un informe, un registro o una página de un organismo público o de un funcionario, o de quien opera el sistema que describe; "court" para un escrito, una orden, un fallo o el registro de un acuerdo judicial. Se deja vacío para periodismo y análisis.',
		format: 'law, official o court; celda vacía para periodismo y análisis',
	},
};
