// The slice of the schema.org vocabulary (https://schema.org, version 29) that the roadmap's JSON-LD uses,
// written out by hand so the tests need no network: each type's parent and the properties it defines, with the
// types each property accepts. `check()` reads a JSON-LD object against it.

/** type → {parent, properties: {name: [accepted types]}} */
export const VOCABULARY = {
  Thing: {
    parent: null,
    properties: {name: ['Text'], description: ['Text'], url: ['URL'], subjectOf: ['CreativeWork', 'Event']},
  },
  CreativeWork: {parent: 'Thing', properties: {dateModified: ['Date', 'DateTime']}},
  Dataset: {parent: 'CreativeWork', properties: {measurementTechnique: ['Text', 'URL', 'DefinedTerm']}},
  Intangible: {parent: 'Thing', properties: {}},
  Occupation: {
    parent: 'Intangible',
    properties: {
      occupationLocation: ['AdministrativeArea'],
      estimatedSalary: ['MonetaryAmountDistribution', 'MonetaryAmount', 'Number'],
      skills: ['Text', 'DefinedTerm'],
      qualifications: ['Text', 'EducationalOccupationalCredential'],
    },
  },
  Place: {parent: 'Thing', properties: {}},
  AdministrativeArea: {parent: 'Place', properties: {}},
  Country: {parent: 'AdministrativeArea', properties: {}},
  StructuredValue: {parent: 'Intangible', properties: {}},
  QuantitativeValueDistribution: {
    parent: 'StructuredValue',
    properties: {
      duration: ['Duration'],
      median: ['Number'],
      percentile10: ['Number'],
      percentile25: ['Number'],
      percentile75: ['Number'],
      percentile90: ['Number'],
    },
  },
  MonetaryAmountDistribution: {parent: 'QuantitativeValueDistribution', properties: {currency: ['Text']}},
};

/** Data types, checked on JSON values. */
const DATA_TYPES = {
  Text: (value) => typeof value === 'string' && value.length > 0,
  URL: (value) => typeof value === 'string',
  // ISO 8601 calendar dates, to the month or the day (schema.org's Date; 2026-05 is a reduced-precision date).
  Date: (value) => typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value),
  Number: (value) => typeof value === 'number' && Number.isFinite(value),
  // ISO 8601 durations as schema.org writes them: P1Y, P1M, PT1H …
  Duration: (value) =>
    typeof value === 'string' && /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(value),
};

function isA(type, expected) {
  for (let current = type; current; current = VOCABULARY[current]?.parent) if (current === expected) return true;
  return false;
}

function propertyRange(type, property) {
  for (let current = type; current; current = VOCABULARY[current].parent) {
    const range = VOCABULARY[current].properties[property];
    if (range) return range;
  }
  return undefined;
}

/** Every way `node` departs from the vocabulary, as `path: problem` lines (empty when it conforms). */
export function check(node, path = '$') {
  const problems = [];
  const type = node['@type'];
  if (!VOCABULARY[type]) return [`${path}: unknown or unexpected @type ${JSON.stringify(type)}`];
  for (const [property, value] of Object.entries(node)) {
    if (property === '@type' || property === '@context') continue;
    const range = propertyRange(type, property);
    if (!range) {
      problems.push(`${path}.${property}: not a property of ${type}`);
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    values.forEach((item, index) => {
      const where = Array.isArray(value) ? `${path}.${property}[${index}]` : `${path}.${property}`;
      if (item && typeof item === 'object') {
        if (!range.some((expected) => isA(item['@type'], expected))) {
          problems.push(`${where}: ${item['@type']} is not one of ${range.join(', ')}`);
        } else problems.push(...check(item, where));
      } else if (!range.some((expected) => DATA_TYPES[expected]?.(item))) {
        problems.push(`${where}: ${JSON.stringify(item)} is not ${range.join(' or ')}`);
      }
    });
  }
  return problems;
}
