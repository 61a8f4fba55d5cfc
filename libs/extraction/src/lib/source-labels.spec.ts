import { isSourceLine } from './source-labels';

describe('isSourceLine', () => {
  it.each([
    'Source link',
    'Source',
    'Source:',
    'Source: Reuters',
    'Source : AFP',
    'Fonte: Agência Brasil',
    'Fuente: EFE',
    'Via: The Origin',
    'Read more at The Origin',
    'Originally published on The Origin.',
    'This article was originally published at origin.example.com.',
    'This article was originally published on The Conversation. Read the original article.',
    'The story was originally published in The Origin on May 5, 2024.',
    'Read the original article',
    'Enlace de origen',
    'Leer más en El Origen',
    'Este artículo fue publicado originalmente en El Origen.',
    'Link da fonte',
    'Leia mais em O Origem',
    'Este artigo foi publicado originalmente em O Origem.',
    'Esta matéria foi publicada originalmente em O Origem.',
    'Lien source',
    'Lien d’origine',
    'Lire la suite sur L’Origine',
    'Cet article a été publié initialement sur L’Origine.',
    'Publiée à l’origine sur L’Origine',
    "Lien d'origine",
  ])('recognises the attribution %p', (line) => {
    expect(isSourceLine(line)).toBe(true);
  });

  it.each([
    'Source: the city council, which publishes the figures every month, said traffic doubled.',
    'Sources close to the minister said the vote would be delayed.',
    'Fontes do governo confirmaram a decisão na segunda-feira.',
    'The source of the leak was never found.',
    'Originally, the bridge was meant to open in 2020.',
  ])('keeps the prose line %p', (line) => {
    expect(isSourceLine(line)).toBe(false);
  });
});
