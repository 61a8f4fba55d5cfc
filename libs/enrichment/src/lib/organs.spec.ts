import { enrichText } from '../index';

const bodyNames = (text: string, language = 'en') => enrichText(text, language).bodies.map((b) => `${b.name} (${b.country})`);

describe('governing organs of a body', () => {
  it('names an organ after the body a possessive or a complement gives', () => {
    expect(bodyNames("The IMF's Executive Board approved the loan.")).toContain('Executive Board of the International Monetary Fund (INT)');
    expect(bodyNames('The Governing Council of the European Central Bank held rates.')).toContain(
      'Governing Council of the European Central Bank (INT)',
    );
  });

  it('gives an organ named alone the last international body, central bank or regulator named before it', () => {
    const text = 'Kenya asked the International Monetary Fund for help. On Monday the Executive Board approved $1 billion.';
    expect(bodyNames(text)).toEqual(['International Monetary Fund (INT)', 'Executive Board of the International Monetary Fund (INT)']);
    expect(bodyNames('Kenya’s Ministry of Health met. The Executive Board approved the plan.')).toEqual(['Ministry of Health of Kenya (KE)']);
  });

  it('reads organs in Spanish, and a body inside the organ’s name as part of it', () => {
    const text = 'El Banco de México recortó la tasa. La Junta de Gobierno del banco central aprobó el ajuste.';
    expect(bodyNames(text, 'es')).toEqual(['Bank of Mexico (MX)', 'Governing Board of the Bank of Mexico (MX)']);
  });

  it('leaves a company’s board and a board named in lowercase alone', () => {
    expect(bodyNames("The SEC fined Acme. Acme's Board of Directors met. The SEC's board of directors met.")).toEqual([
      'Securities and Exchange Commission (US)',
    ]);
  });

  it('keeps a name found otherwise that holds the organ’s words', () => {
    expect(bodyNames('The Bank of England’s Monetary Policy Committee voted to hold.')).toContain('Monetary Policy Committee (GB)');
  });
});
