import { getCollection } from "astro:content";
import { DEFAULT_LOCALE, INTL_LOCALES, toLocale } from "../i18n/locales.ts";
import { localizeState } from "./localize-state.ts";
import { STATE_CODES } from "./us-states.ts";
import { toStateRecord, type StateRecord } from "./state-record.ts";

/**
 * All 51 state records in a reader's language (Astro.currentLocale), in alphabetical order of their
 * names in that language: Carolina del Norte under C. A Spanish record takes its words from
 * content/states/es/; the data check has matched each one to its English record.
 */
export async function getStates(
  locale: string | undefined,
): Promise<StateRecord[]> {
  const english = (await getCollection("states"))
    .map((entry) => toStateRecord(entry.data))
    .sort((a, b) => STATE_CODES.indexOf(a.code) - STATE_CODES.indexOf(b.code));
  const lang = toLocale(locale);
  if (lang === DEFAULT_LOCALE) return english;
  const translations = new Map(
    (await getCollection("stateTranslations")).map((entry) => [
      entry.data.code,
      entry.data,
    ]),
  );
  return english
    .map((record) => {
      const translation = translations.get(record.code);
      if (!translation)
        throw new Error(
          `content/states/es/${record.slug}.yaml is missing. Fix: add the Spanish text of content/states/${record.slug}.yaml there.`,
        );
      return { ...localizeState(record, translation), translatedOn: translation.basedOn };
    })
    .sort((a, b) => a.name.localeCompare(b.name, INTL_LOCALES[lang]));
}
