import { extractArticle } from './extract-article';
import { articleLanguage, detectLanguage } from './language';

const SPANISH =
  'El Gobierno de España aprobó este martes un nuevo paquete de medidas para contener el precio de la vivienda. ' +
  'La ministra explicó en rueda de prensa que las ayudas llegarán a los jóvenes y a las familias con menos recursos.';
const GERMAN =
  'Die Bundesregierung hat am Dienstag ein neues Gesetz zur Digitalisierung der Verwaltung beschlossen. ' +
  'Die Ministerin sagte, die Länder sollten bis zum Ende des Jahres ihre Verfahren umstellen.';
const ENGLISH =
  'The Home Office said on Tuesday that it would review the guidance after the Court of Appeal ruled against it. ' +
  'Ministers are expected to set out their response to Parliament next week.';
const INDONESIAN =
  'Pemerintah Indonesia mengumumkan kebijakan baru untuk mengurangi harga bahan bakar minyak bagi masyarakat. ' +
  'Menteri mengatakan bahwa bantuan akan diberikan kepada keluarga yang membutuhkan mulai bulan depan.';

describe('detectLanguage', () => {
  it.each([
    [SPANISH, 'es'],
    [GERMAN, 'de'],
    [ENGLISH, 'en'],
  ])('reads the language of the text', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('gives no answer for text too short to tell', () => {
    expect(detectLanguage('OK')).toBeUndefined();
  });
});

describe('articleLanguage', () => {
  it('keeps the markup tag, region included, when the text agrees', () => {
    expect(articleLanguage('en-GB', ENGLISH)).toBe('en-GB');
  });

  it('takes the detected language when the markup declares none', () => {
    expect(articleLanguage(undefined, SPANISH)).toBe('es');
  });

  it('overrules a template language the text reliably contradicts', () => {
    expect(articleLanguage('en-US', GERMAN)).toBe('de');
  });

  it('never overrules a language the detector does not know', () => {
    expect(articleLanguage('id-ID', INDONESIAN)).toBe('id-ID');
  });

  it('keeps the markup when the text is too short to tell', () => {
    expect(articleLanguage('fr', 'Oui.')).toBe('fr');
    expect(articleLanguage(undefined, '')).toBeUndefined();
  });
});

describe('extractArticle language', () => {
  it('comes from the content when the page hard-codes another language', () => {
    const html = `<html lang="en-US"><head><title>Vivienda</title></head><body><article><h1>Vivienda</h1><p>${SPANISH}</p><p>${SPANISH}</p></article></body></html>`;
    expect(extractArticle(html, 'https://example.es/vivienda').language).toBe('es');
  });

  it('writes the markup tag in its usual case', () => {
    const html = (lang: string) => `<html lang="${lang}"><body><article><p>${ENGLISH}</p></article></body></html>`;
    expect(extractArticle(html('en-gb'), 'https://example.com/a').language).toBe('en-GB');
    expect(extractArticle(html('EN_us'), 'https://example.com/a').language).toBe('en-US');
  });
});
