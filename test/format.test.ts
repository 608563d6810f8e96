import {expect} from '@open-wc/testing';
import {
  DEFAULT_LOCALE,
  describeMoneyRange,
  formatCalendarDate,
  formatCount,
  formatMoney,
  formatMoneyRange,
  formatNumberRange,
  formatPeriod,
  resolveLocale,
  textDirection,
  wordsFor,
} from '../src/format/index.js';
import {loadWords} from '../src/format/words.js';

const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/;
const ASCII_DIGITS = /[0-9]/;

describe('formatMoney', () => {
  it('en-IN INR: 500000 is ₹5L', () => {
    expect(formatMoney(500000, 'en-IN', 'INR')).to.equal('₹5L');
  });

  it('en-IN INR: 1500000 is ₹15L', () => {
    expect(formatMoney(1500000, 'en-IN', 'INR')).to.equal('₹15L');
  });

  it('en-IN INR: 15000000 is ₹1.5Cr', () => {
    expect(formatMoney(15000000, 'en-IN', 'INR')).to.equal('₹1.5Cr');
  });

  it('ta-IN and te-IN INR: in lakh and crore, not the engine\'s thousands and millions ("₹500ஆ", "₹1.5மி")', async () => {
    await Promise.all([loadWords('ta-IN'), loadWords('te-IN')]);
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(formatMoney(500000, 'ta-IN', 'INR'))).to.equal('₹5 லட்சம்');
    expect(plain(formatMoney(15000000, 'ta-IN', 'INR'))).to.equal('₹1.5 கோடி');
    expect(plain(formatMoney(1150000, 'te-IN', 'INR'))).to.equal('₹12 లక్షలు');
    // Below a lakh, the engine's own short form stays.
    expect(formatMoney(45000, 'ta-IN', 'INR')).to.equal(
      new Intl.NumberFormat('ta-IN', {style: 'currency', currency: 'INR', notation: 'compact'}).format(45000),
    );
  });

  it('kn-IN and ml-IN INR: in lakh and crore (Kannada groups digits the Western way, yet counts pay in ಲಕ್ಷ)', async () => {
    await Promise.all([loadWords('kn-IN'), loadWords('ml-IN')]);
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(formatMoney(500000, 'kn-IN', 'INR'))).to.equal('₹5 ಲಕ್ಷ');
    expect(plain(formatMoney(15000000, 'kn-IN', 'INR'))).to.equal('₹1.5 ಕೋಟಿ');
    expect(plain(formatMoney(1150000, 'ml-IN', 'INR'))).to.equal('₹12 ലക്ഷം');
    expect(plain(formatMoney(30000000, 'ml-IN', 'INR'))).to.equal('₹3 കോടി');
    expect(describeMoneyRange({min: 500000, max: 30000000}, 'kn-IN', 'INR')).to.match(/^ವರ್ಷಕ್ಕೆ 5 ಲಕ್ಷ .+ 3 ಕೋಟಿ .+ ನಡುವೆ$/);
    expect(describeMoneyRange({min: 500000, max: 30000000}, 'ml-IN', 'INR')).to.match(
      /^പ്രതിവർഷം 5 ലക്ഷം .+ 3 കോടി .+ വരെ$/,
    );
    // A locale outside India that groups the Western way keeps thousands and millions.
    expect(formatMoney(500000, 'en-US', 'INR')).to.equal('₹500K');
  });

  it('en-US USD: 120000 is $120K', () => {
    expect(formatMoney(120000, 'en-US', 'USD')).to.equal('$120K');
  });

  it('de-DE EUR follows Intl (compact, euro sign after the number)', () => {
    const expected = new Intl.NumberFormat('de-DE', {style: 'currency', currency: 'EUR', notation: 'compact'}).format(
      65000,
    );
    const actual = formatMoney(65000, 'de-DE', 'EUR');
    expect(actual).to.equal(expected);
    expect(actual).to.contain('€');
    expect(actual).to.match(/^65/);
  });

  it('the same amount differs by locale and currency', () => {
    expect(formatMoney(120000, 'en-US', 'USD')).not.to.equal(formatMoney(120000, 'en-IN', 'INR'));
  });
});

describe('formatMoneyRange', () => {
  it('en-IN INR: ₹5L – ₹11L', () => {
    expect(formatMoneyRange({min: 500000, max: 1100000}, 'en-IN', 'INR')).to.equal('₹5L – ₹11L');
  });

  it('en-US USD: $62K – $78K', () => {
    expect(formatMoneyRange({min: 62000, max: 78000}, 'en-US', 'USD')).to.equal('$62K – $78K');
  });

  it('de-DE EUR writes both ends through Intl', () => {
    const format = new Intl.NumberFormat('de-DE', {style: 'currency', currency: 'EUR', notation: 'compact'});
    expect(formatMoneyRange({min: 40000, max: 55000}, 'de-DE', 'EUR')).to.equal(
      `${format.format(40000)} – ${format.format(55000)}`,
    );
  });
});

describe('describeMoneyRange', () => {
  it('en-IN INR is spoken in lakh and Indian rupees, per year by default', () => {
    const spoken = describeMoneyRange({min: 500000, max: 1100000}, 'en-IN', 'INR');
    expect(spoken).to.contain('lakh');
    expect(spoken).to.contain('Indian rupees');
    expect(spoken).to.match(/ to /);
    expect(spoken).to.match(/per year$/);
    expect(spoken).not.to.contain('₹');
  });

  // Engines' compact names differ (WebKit's ICU says "500 thousand … 1.5 million"): the units come from the words.
  it('en-IN says lakh and crore in every engine, rounded as Intl rounds', () => {
    const spoken = describeMoneyRange({min: 1150000, max: 15000000}, 'en-IN', 'INR').replace(/\s/g, ' ');
    expect(spoken).to.equal('12 lakh Indian rupees to 1.5 crore Indian rupees per year');
  });

  it('hi-IN says लाख and करोड़ in its own digits', async () => {
    await loadWords('hi-IN');
    const spoken = describeMoneyRange({min: 500000, max: 99990000}, 'hi-IN-u-nu-deva', 'INR').replace(/\s/g, ' ');
    expect(spoken).to.match(/^प्रति वर्ष ५ लाख .+ से १० करोड़ .+ तक$/);
  });

  it('ta-IN and te-IN say lakh and crore in their own words, as their readers count pay', async () => {
    await Promise.all([loadWords('ta-IN'), loadWords('te-IN')]);
    expect(describeMoneyRange({min: 500000, max: 30000000}, 'ta-IN', 'INR')).to.match(/5 லட்சம் .+ 3 கோடி /);
    expect(describeMoneyRange({min: 500000, max: 30000000}, 'te-IN', 'INR')).to.match(/5 లక్షలు .+ 3 కోట్లు /);
  });

  it("below a lakh, and where digits are not grouped in lakh, keeps Intl's own words", () => {
    expect(describeMoneyRange({min: 40000, max: 60000}, 'en-IN', 'INR')).to.contain('thousand');
    expect(describeMoneyRange({min: 500000, max: 1500000}, 'en-GB', 'INR')).not.to.contain('lakh');
  });

  it('says per month for a monthly range', () => {
    expect(describeMoneyRange({min: 40000, max: 60000, period: 'month'}, 'en-IN', 'INR')).to.match(/per month$/);
  });

  it('says per hour for an hourly range', () => {
    expect(describeMoneyRange({min: 20, max: 40, period: 'hour'}, 'en-US', 'USD')).to.match(/per hour$/);
  });

  it('en-US USD is spoken in thousand and US dollars', () => {
    const spoken = describeMoneyRange({min: 62000, max: 78000}, 'en-US', 'USD');
    expect(spoken).to.contain('thousand');
    expect(spoken).to.contain('US dollars');
    expect(spoken).not.to.contain('$');
  });
});

describe('formatNumberRange', () => {
  // It asks Intl for one range per locale and reuses its text around other numbers: that must be what Intl writes.
  const locales = [
    'en',
    'en-IN',
    'en-US',
    'hi-IN',
    'hi-IN-u-nu-deva',
    'ar-EG',
    'ar-SA',
    'fa',
    'ur',
    'he',
    'bn',
    'my',
    'ps',
    'th-u-nu-thai',
    'de-DE',
    'de-CH',
    'fr-FR',
    'es-419',
    'pt-BR',
    'ru',
    'pl',
    'ja',
    'ko',
    'zh-TW',
    'zh-Hans',
    'sw',
  ];
  const ranges: [number, number][] = [
    [0, 2],
    [2, 5],
    [9, 10],
    [99, 100],
    [999, 1000],
    [1500, 12000],
    [1.5, 2.5],
    [0, 1e9],
  ];

  for (const locale of locales) {
    it(`${locale}: the same text as Intl.NumberFormat#formatRange`, () => {
      const format = new Intl.NumberFormat(locale);
      for (const [from, to] of ranges) {
        expect(formatNumberRange(from, to, locale), `${from}–${to}`).to.equal(format.formatRange(from, to));
      }
    });
  }

  it('ends that format alike are left to Intl ("~3")', () => {
    expect(formatNumberRange(3, 3.0001, 'en')).to.equal(new Intl.NumberFormat('en').formatRange(3, 3.0001));
    expect(formatNumberRange(3, 3.0001, 'en')).to.not.equal('3–3');
  });
});

describe('formatPeriod', () => {
  it('months 0 to 2: Months 0–2', () => {
    expect(formatPeriod({unit: 'month', from: 0, to: 2}, 'en')).to.equal('Months 0–2');
  });

  it('years 2 to 3: Year 2–3', () => {
    expect(formatPeriod({unit: 'year', from: 2, to: 3}, 'en-IN')).to.equal('Year 2–3');
  });

  it('from year 4, open-ended: Year 4+', () => {
    expect(formatPeriod({unit: 'year', from: 4}, 'en')).to.equal('Year 4+');
  });

  it('from month 6, open-ended: Month 6+', () => {
    expect(formatPeriod({unit: 'month', from: 6}, 'en')).to.equal('Month 6+');
  });

  it('month 3 to 3 is a single month: Month 3', () => {
    expect(formatPeriod({unit: 'month', from: 3, to: 3}, 'en')).to.equal('Month 3');
  });

  it('year 1 to 1 is a single year: Year 1', () => {
    expect(formatPeriod({unit: 'year', from: 1, to: 1}, 'en')).to.equal('Year 1');
  });

  it('digits follow the locale: ar-EG uses Arabic-Indic digits', () => {
    const text = formatPeriod({unit: 'month', from: 0, to: 2}, 'ar-EG');
    const zero = new Intl.NumberFormat('ar-EG').format(0);
    const two = new Intl.NumberFormat('ar-EG').format(2);
    expect(zero).to.match(ARABIC_INDIC_DIGITS);
    expect(text).to.contain(zero);
    expect(text).to.contain(two);
    expect(text).not.to.match(ASCII_DIGITS);
  });

  it('open-ended periods also use the locale digits', () => {
    const text = formatPeriod({unit: 'year', from: 4}, 'ar-EG');
    expect(text).to.contain(new Intl.NumberFormat('ar-EG').format(4));
    expect(text).not.to.match(ASCII_DIGITS);
  });

  it('large numbers are grouped by the locale', () => {
    expect(formatPeriod({unit: 'month', from: 1000}, 'en-US')).to.equal('Month 1,000+');
  });
});

describe('formatCalendarDate', () => {
  it('2026-05 is May 2026 in English', () => {
    expect(formatCalendarDate('2026-05', 'en')).to.equal('May 2026');
  });

  it('2026-05 is May 2026 in en-IN too', () => {
    expect(formatCalendarDate('2026-05', 'en-IN')).to.equal('May 2026');
  });

  it('a full date puts the day where the locale does: en-US', () => {
    expect(formatCalendarDate('2026-05-14', 'en-US')).to.equal('May 14, 2026');
  });

  it('a full date puts the day where the locale does: en-IN', () => {
    expect(formatCalendarDate('2026-05-14', 'en-IN')).to.equal('14 May 2026');
  });

  // WebKit's default calendar for ar-SA is the Hijri one ("رمضان ١٤٤٧ هـ" for February 2026); Chromium's is not.
  it('ar-SA shows a Gregorian month in the Gregorian calendar, in every engine', () => {
    const gregorian = new Intl.DateTimeFormat('ar-SA-u-ca-gregory', {timeZone: 'UTC', year: 'numeric', month: 'long'});
    expect(formatCalendarDate('2026-02', 'ar-SA')).to.equal(gregorian.format(Date.UTC(2026, 1, 1)));
    expect(formatCalendarDate('2026-02', 'ar-SA')).not.to.contain('هـ');
  });

  it('another calendar when the locale asks for it: ar-SA-u-ca-islamic-umalqura', () => {
    expect(formatCalendarDate('2026-02', 'ar-SA-u-ca-islamic-umalqura')).to.contain('هـ');
  });

  it('another language follows Intl: de-DE', () => {
    const expected = new Intl.DateTimeFormat('de-DE', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }).format(new Date(Date.UTC(2026, 4, 14)));
    expect(formatCalendarDate('2026-05-14', 'de-DE')).to.equal(expected);
    expect(expected).to.contain('Mai');
  });

  it('the first of a month is not shifted by the time zone', () => {
    expect(formatCalendarDate('2026-01', 'en')).to.equal('January 2026');
    expect(formatCalendarDate('2026-01-01', 'en-US')).to.equal('January 1, 2026');
  });

  it('the last day of a year is not shifted by the time zone', () => {
    expect(formatCalendarDate('2026-12-31', 'en-US')).to.equal('December 31, 2026');
    expect(formatCalendarDate('2026-12', 'en')).to.equal('December 2026');
  });

  it('a month and a full date of the same month are cached apart', () => {
    expect(formatCalendarDate('2026-03', 'en-GB')).to.equal('March 2026');
    expect(formatCalendarDate('2026-03-09', 'en-GB')).to.equal('9 March 2026');
    expect(formatCalendarDate('2026-03', 'en-GB')).to.equal('March 2026');
  });
});

describe('formatCount', () => {
  it('7840 is 7,840 in en-IN', () => {
    expect(formatCount(7840, 'en-IN')).to.equal('7,840');
  });

  it('7840 is 7,840 in en-US', () => {
    expect(formatCount(7840, 'en-US')).to.equal('7,840');
  });

  it('100000 is 1,00,000 in en-IN (lakh grouping)', () => {
    expect(formatCount(100000, 'en-IN')).to.equal('1,00,000');
  });

  it('100000 is 100,000 in en-US', () => {
    expect(formatCount(100000, 'en-US')).to.equal('100,000');
  });

  it('uses the locale digits: Devanagari for hi-IN-u-nu-deva', () => {
    expect(formatCount(7840, 'hi-IN-u-nu-deva')).to.equal('७,८४०');
  });
});

describe('resolveLocale', () => {
  it('picks the first valid tag', () => {
    expect(resolveLocale('en-IN', 'de-DE')).to.equal('en-IN');
  });

  it('skips empty and invalid candidates', () => {
    expect(resolveLocale(undefined, null, '', 'not a locale!', 'hi-IN')).to.equal('hi-IN');
  });

  it('canonicalises the tag it picks', () => {
    expect(resolveLocale('EN-in')).to.equal('en-IN');
  });

  it('falls back to en for garbage', () => {
    expect(resolveLocale('not a locale!', '12', '_')).to.equal('en');
    expect(DEFAULT_LOCALE).to.equal('en');
  });

  it('falls back to en with no candidates', () => {
    expect(resolveLocale()).to.equal('en');
  });
});

describe('textDirection', () => {
  for (const locale of ['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'ur', 'ur-PK']) {
    it(`${locale} is right to left`, () => {
      expect(textDirection(locale)).to.equal('rtl');
    });
  }

  for (const locale of ['en', 'en-IN', 'hi', 'hi-IN', 'de-DE', 'zh-Hans']) {
    it(`${locale} is left to right`, () => {
      expect(textDirection(locale)).to.equal('ltr');
    });
  }

  it('the script wins over the language: ar-Latn is left to right', () => {
    expect(textDirection('ar-Latn')).to.equal('ltr');
  });

  it('the script wins over the language: pa-Arab is right to left', () => {
    expect(textDirection('pa-Arab')).to.equal('rtl');
  });
});

describe('wordsFor', () => {
  it('gives English for English', () => {
    expect(wordsFor('en-IN').stage('2')).to.equal('Stage 2');
  });

  it('falls back to English for a language without a table', () => {
    expect(wordsFor('xx').stage('1')).to.equal('Stage 1');
    expect(wordsFor('sw-KE').per.month).to.equal('per month');
  });

  it('matches the language case-insensitively', () => {
    expect(wordsFor('EN-GB')).to.equal(wordsFor('en'));
  });

  it('places a range with an en dash and spaces', () => {
    expect(wordsFor('en').range('a', 'b')).to.equal('a – b');
  });
});
