import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../validate.js';
import {
  TERMS_PATHS,
  TermsAcknowledgeRequestSchema,
  TermsAcknowledgementStatusSchema,
  TermsVersionCreateSchema,
  TermsVersionShape,
} from './terms.js';

const text = (heading: string) => ({ sections: [{ heading, paragraphs: ['Ehto.'], list: ['a', { text: 'b', notes: ['c'] }] }] });
const valid = {
  version: '15.1.2027',
  effectiveFrom: '2027-01-15',
  summary: { fi: ' Liitteet säilytetään viisi vuotta. ', sv: 'Bilagorna sparas i fem år.', en: 'Attachments are kept for five years.' },
  text: {
    fi: text('Käyttöehdot'),
    sv: text('Användarvillkor'),
    en: { lead: 'Lead.', sections: [{ heading: 'Terms', links: [{ href: '/privacy', text: 'Privacy', newWindow: true }] }] },
  },
};

const issuesOf = (input: unknown) => {
  const result = validate(TermsVersionCreateSchema, input);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}=${issue.message}`).sort();
};

test('a new version: its name, the day it takes effect, a summary and the text in fi/sv/en; texts trimmed', () => {
  const result = validate(TermsVersionCreateSchema, valid);
  assert.ok(result.ok);
  assert.equal(result.ok && result.value.summary.fi, 'Liitteet säilytetään viisi vuotta.');
});

test('a new version: says what is wrong, field by field', () => {
  const issues = issuesOf({
    ...valid,
    version: '../etc',
    effectiveFrom: '2027-02-30',
    summary: { ...valid.summary, sv: '  ' },
    text: { ...valid.text, en: { sections: [] } },
  });
  assert.ok(issues.includes('version=version.invalid'), issues.join());
  assert.ok(issues.includes('summary.sv=text.required'), issues.join());
  assert.ok(issues.includes('text.en.sections=sections.required'), issues.join());
  assert.ok(
    issues.some((issue) => issue.startsWith('effectiveFrom=')),
    issues.join(),
  );
  assert.ok(!issues.some((issue) => issue.startsWith('summary.fi')), 'the other fields are not blamed');
});

test('a new version: a language missing, and links other than the portal’s pages or https, are refused', () => {
  const { en: _en, ...twoLanguages } = valid.text;
  assert.ok(issuesOf({ ...valid, text: twoLanguages }).some((issue) => issue.startsWith('text.en')));
  for (const href of ['javascript:alert(1)', '//evil.example/', 'http://example.fi/', 'https://']) {
    const en = { sections: [{ heading: 'Terms', links: [{ href, text: 'Link' }] }] };
    assert.ok(
      issuesOf({ ...valid, text: { ...valid.text, en } }).includes('text.en.sections.0.links.0.href=href.invalid'),
      `${href} is refused`,
    );
  }
  const ok = { sections: [{ heading: 'Terms', links: [{ href: 'https://tietosuoja.fi/', text: 'Office' }] }] };
  assert.deepEqual(issuesOf({ ...valid, text: { ...valid.text, en: ok } }), []);
});

test('an acknowledgement names a version; the status may have none to acknowledge', () => {
  assert.ok(validate(TermsAcknowledgeRequestSchema, { version: '15.1.2027' }).ok);
  assert.ok(!validate(TermsAcknowledgeRequestSchema, { version: '' }).ok);
  assert.ok(!validate(TermsAcknowledgeRequestSchema, {}).ok);
  assert.ok(validate(TermsAcknowledgementStatusSchema, { version: null, acknowledgedAt: null }).ok);
  assert.ok(!validate(TermsAcknowledgementStatusSchema, { version: null, acknowledgedAt: 'yesterday' }).ok);
});

test('the shell’s shape reads a version without its text; the version path is encoded', () => {
  const info = { version: '15.1.2027', effectiveFrom: '2027-01-15', effectiveUntil: null, summary: valid.summary };
  assert.ok(validate(TermsVersionShape, info).ok);
  assert.equal(TERMS_PATHS.version('15.1.2027'), '/api/terms/versions/15.1.2027');
  assert.equal(TERMS_PATHS.version('a/b'), '/api/terms/versions/a%2Fb');
});
