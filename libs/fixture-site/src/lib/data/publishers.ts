import type { Language } from './vocab';

/** Page layouts; several publishers share one so the markup varies by site, not by article. */
export type Template = 'broadsheet' | 'ledger' | 'wire';

export interface Publisher {
  name: string;
  htmlLang: string;
  language: Language;
  template: Template;
  tagline: string;
  /** Headlines of non-fixture stories, used to fill "related" boxes like a real archive would. */
  evergreen: string[];
}

export const PUBLISHERS = {
  'meridian-herald': {
    name: 'The Meridian Herald',
    htmlLang: 'en-GB',
    language: 'en',
    template: 'broadsheet',
    tagline: 'Independent journalism since 1881',
    evergreen: [
      'Ministers under pressure over hospital waiting lists',
      'Inside the race to rebuild Britain’s flood defences',
      'Letters: the case for a four-day week',
    ],
  },
  'global-ledger': {
    name: 'Global Ledger',
    htmlLang: 'en-US',
    language: 'en',
    template: 'ledger',
    tagline: 'Markets, policy and the global economy',
    evergreen: [
      'Markets brace for a crowded week of central bank decisions',
      'Why shipping costs are rising again',
      'The quiet boom in private credit',
    ],
  },
  'caribe-press': {
    name: 'Caribe Press Agency',
    htmlLang: 'en',
    language: 'en',
    template: 'wire',
    tagline: 'News from the Caribbean and the world',
    evergreen: [
      'Hurricane season forecast revised upward',
      'Regional leaders meet on energy integration',
      'Remittances to Central America hit new record',
    ],
  },
  'diario-del-sur': {
    name: 'El Diario del Sur',
    htmlLang: 'es-MX',
    language: 'es',
    template: 'broadsheet',
    tagline: 'Periodismo con raíces',
    evergreen: [
      'Aumenta la demanda de vuelos nacionales en Semana Santa',
      'Qué cambia con la nueva norma de etiquetado',
      'La sequía obliga a recortes de agua en el norte del país',
    ],
  },
  'gazeta-atlantica': {
    name: 'Gazeta Atlântica',
    htmlLang: 'pt-BR',
    language: 'pt',
    template: 'ledger',
    tagline: 'Economia, política e negócios',
    evergreen: [
      'Dólar fecha em alta com cautela no exterior',
      'Como declarar investimentos no Imposto de Renda',
      'Exportações do agronegócio batem recorde no semestre',
    ],
  },
  'courrier-continental': {
    name: 'Le Courrier continental',
    htmlLang: 'fr-FR',
    language: 'fr',
    template: 'wire',
    tagline: 'L’actualité en continu',
    evergreen: [
      'Grève dans les transports : les prévisions de trafic pour lundi',
      'Le prix de l’électricité va baisser au 1er février',
      'Municipales : les alliances se dessinent à gauche',
    ],
  },
} as const satisfies Record<string, Publisher>;

export type PublisherSlug = keyof typeof PUBLISHERS;

export function publisherOf(slug: PublisherSlug): Publisher {
  return PUBLISHERS[slug];
}
