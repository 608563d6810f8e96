/** Reading the amounts readers type into the offer check, in each locale's way (src/format/parse-money.ts). */
import {expect} from '@open-wc/testing';
import {parseMoney} from '../src/format/parse-money.js';

/** Each text, in `locale`, reads as `amount` (`undefined`: not an amount). */
function reads(locale: string, currency: string, cases: Record<string, number | undefined>): void {
  for (const [text, amount] of Object.entries(cases)) {
    it(`${locale}: ${JSON.stringify(text)} → ${amount ?? 'not an amount'}`, () => {
      expect(parseMoney(text, locale, currency)).to.equal(amount);
    });
  }
}

describe('parseMoney', () => {
  describe('en-IN: lakh and crore, Indian and Western grouping', () => {
    reads('en-IN', 'INR', {
      '12L': 1200000,
      '12 lakh': 1200000,
      '12 lakhs': 1200000,
      '12 Lakhs': 1200000,
      '12 lac': 1200000,
      '12 LPA': 1200000,
      '12.5L': 1250000,
      '1.2Cr': 12000000,
      '1.2 crore': 12000000,
      '2 crores': 20000000,
      '12,00,000': 1200000,
      '1,200,000': 1200000,
      '1200000': 1200000,
      '₹12L': 1200000,
      '₹ 12,00,000': 1200000,
      'Rs 12L': 1200000,
      'Rs. 12 lakh': 1200000,
      'INR 12L': 1200000,
      '  12L  ': 1200000,
      '12 लाख': 1200000,
      '90K': 90000,
    });
  });

  describe('en-US: K, M, Western grouping, cents', () => {
    reads('en-US', 'USD', {
      $120k: 120000,
      '120k': 120000,
      '120K': 120000,
      '120,000': 120000,
      '120000': 120000,
      '1.2M': 1200000,
      '$1.2m': 1200000,
      '$120,000.50': 120000.5,
      '120 thousand': 120000,
      '120,000 USD': 120000,
    });
  });

  describe('hi-IN: लाख and करोड़, Devanagari digits', () => {
    reads('hi-IN', 'INR', {
      '12 लाख': 1200000,
      '₹12 लाख': 1200000,
      // करोड़ with its ड़ as one code point, as ड and a nukta, and without the nukta.
      '1.2 करो\u095c': 12000000,
      '1.2 करोड\u093c': 12000000,
      '1.2 करोड': 12000000,
      '१२ लाख': 1200000,
      '१२,००,०००': 1200000,
      '12L': 1200000,
    });
  });

  describe('other locales: their own separators and units', () => {
    reads('de-DE', 'EUR', {
      '65.000': 65000,
      '65.000 €': 65000,
      '1.200.000,50': 1200000.5,
      '1,2 Mio.': 1200000,
      '65 Tausend': 65000,
      // One separator that cannot group digits is the decimal mark.
      '1.5 Mio': 1500000,
    });
    reads('fr-FR', 'EUR', {
      '65 000': 65000,
      '65\u202f000 €': 65000,
      '65000,5': 65000.5,
      '1,2 M': 1200000,
      '65 k': 65000,
    });
    reads('ar', 'USD', {'١٢٠٠٠٠': 120000, '120 ألف': 120000});
  });

  describe('what is not an amount', () => {
    reads('en-IN', 'INR', {
      '': undefined,
      '   ': undefined,
      abc: undefined,
      '₹': undefined,
      '12 foo': undefined,
      L12: undefined,
      '1,2,3': undefined,
      '12,,000': undefined,
      '1.2.3': undefined,
      '0': undefined,
      '-5L': undefined,
      '12L 5': undefined,
    });
  });
});
