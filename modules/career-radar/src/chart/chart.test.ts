import { expect, fixture, html } from '@open-wc/testing';
import { validate } from '@portal/shared-contracts';
import { QUESTIONNAIRE, SavedResultSchema } from '@portal/shared-contracts/career-radar';
import { earlierResults } from '../testing/fixtures.js';
import { axisValueText, chartDescription, chartLegend, pointOf, radarChart, type RadarChartOptions } from './radar-chart.js';
import { formatChange, formatDateTime, formatScore } from '../format.js';
import { ancestorLang, supportedLocale } from '../career-radar-element.js';
import { clampLevel } from '../heading.js';
import { scoreTable } from './score-table.js';

const scores = { goals: 1.67, confidence: 3, activity: 1, flexibility: 3, competence: 3, wellbeing: 2, support: 4.67, circumstances: 5 };
const before = { goals: 2, confidence: 3, activity: 1.33, flexibility: 3, competence: 3, wellbeing: 4, support: 4, circumstances: 5 };

const options = (compare: boolean, locale: 'fi' | 'sv' | 'en' = 'fi'): RadarChartOptions => ({
  idPrefix: 'c',
  locale,
  factors: QUESTIONNAIRE.factors,
  title: 'Tulos kaaviona',
  scaleText: 'Asteikko 1–5.',
  current: { scores, name: 'tämä tulos' },
  compared: compare ? { scores: before, name: 'vertailutulos' } : undefined,
});

describe('career radar: the chart, the table, numbers and languages', () => {
  it('the fixtures fit the contract (or the components would show their failure state)', () => {
    for (const result of earlierResults) expect(validate(SavedResultSchema, result).ok).to.equal(true);
  });

  it('numbers, changes and moments as each language writes them', () => {
    expect([formatScore(1.67, 'fi'), formatScore(1.67, 'sv'), formatScore(1.67, 'en'), formatScore(3, 'fi')]).to.deep.equal([
      '1,7',
      '1,7',
      '1.7',
      '3,0',
    ]);
    expect([formatChange(2.33, 'fi'), formatChange(-0.33, 'en'), formatChange(0.04, 'fi')]).to.deep.equal(['+2,3', '-0.3', '0,0']);
    expect(formatChange(-2, 'fi')).to.match(/^[−-]2,0$/);
    expect(formatDateTime('2026-02-01T10:00:00.000Z', 'fi')).to.equal('1.2.2026 klo 12.00');
    expect(formatDateTime('2026-02-01T10:00:00.000Z', 'sv')).to.equal('1.2.2026 kl. 12.00');
    expect(formatDateTime('2026-02-01T10:00:00.000Z', 'en')).to.equal('1 February 2026, 12:00');
  });

  it('languages and levels as the elements read them', () => {
    expect([
      supportedLocale('sv-FI'),
      supportedLocale(' EN '),
      supportedLocale('de'),
      supportedLocale(''),
      supportedLocale(null),
    ]).to.deep.equal(['sv', 'en', undefined, undefined, undefined]);
    expect([clampLevel(0), clampLevel('3'), clampLevel(9), clampLevel('x')]).to.deep.equal([1, 3, 6, 1]);
    const outer = document.createElement('div');
    outer.lang = 'sv';
    const inner = document.createElement('span');
    outer.append(inner);
    expect(ancestorLang(inner)).to.equal('sv');
    expect(ancestorLang(outer)).to.equal(undefined);
  });

  it('geometry: the first axis points up, 5 is the outer ring, the centre is 0', () => {
    expect(pointOf(0, 8, 5)).to.deep.equal({ x: 320, y: 85 });
    expect(pointOf(2, 8, 5)).to.deep.equal({ x: 485, y: 250 });
    expect(pointOf(4, 8, 2.5)).to.deep.equal({ x: 320, y: 332.5 });
    expect(pointOf(0, 8, 0)).to.deep.equal({ x: 320, y: 250 });
  });

  it('values on the axes, and a description with every value, for one result or two', () => {
    const goals = QUESTIONNAIRE.factors[0]!;
    expect(axisValueText(goals, options(false))).to.equal('1,7');
    expect(axisValueText(goals, options(true))).to.equal('1,7 / 2,0');
    expect(axisValueText(goals, options(true, 'en'))).to.equal('1.7 / 2.0');
    expect(chartDescription(options(false))).to.equal(
      'Asteikko 1–5. Tavoitteiden selkeys 1,7; Luottamus omiin mahdollisuuksiin 3,0; Työnhaun aktiivisuus 1,0; Joustavuus 3,0; Osaaminen ja taidot 3,0; Jaksaminen ja terveys 2,0; Muiden tuki 4,7; Elämäntilanne 5,0.',
    );
    expect(chartDescription(options(true))).to.contain('Tavoitteiden selkeys 1,7 (vertailutulos 2,0);');
  });

  it('the chart: an image with its title and description, rings and axes, two series told apart by line and point shape', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div>
        ${radarChart(options(true))}
        ${chartLegend({ heading: 'Selitteet', current: 'Tämä tulos: yhtenäinen viiva', compared: 'Vertailutulos: katkoviiva', valuesHint: 'Ensin tämä tulos.' })}
      </div>`,
    );
    const svg = el.querySelector('svg.radar-chart')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(el.querySelector(`#${svg.getAttribute('aria-labelledby')!}`)!.textContent).to.equal('Tulos kaaviona');
    expect(el.querySelector(`#${svg.getAttribute('aria-describedby')!}`)!.localName).to.equal('desc');
    expect(svg.querySelectorAll('polygon.ring')).to.have.length(5);
    expect(svg.querySelectorAll('line.axis')).to.have.length(8);
    expect([...svg.querySelectorAll('.scale-label')].map((t) => t.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(svg.querySelectorAll('circle.marker.current')).to.have.length(8);
    expect(svg.querySelectorAll('rect.marker.compared')).to.have.length(8);
    // The current series is drawn last, on top.
    expect([...svg.querySelectorAll('g.series')].map((g) => g.getAttribute('class'))).to.deep.equal(['series compared', 'series current']);
    expect(el.querySelectorAll('.legend li')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('the table: a caption, column headers, the factors as row headers, the weak ones marked, the change signed', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div>
        ${scoreTable({
          locale: 'fi',
          factors: QUESTIONNAIRE.factors,
          caption: 'Tulos tekijöittäin',
          factorHeader: 'Tekijä',
          current: { header: 'Nyt', scores },
          compared: { header: 'Ennen', scores: before },
          changeHeader: 'Muutos',
          weak: ['activity', 'goals'],
          weakTag: 'kehityskohde',
        })}
      </div>`,
    );
    expect(el.querySelector('caption')!.textContent!.trim()).to.equal('Tulos tekijöittäin');
    expect([...el.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).to.deep.equal([
      ['Tekijä', 'col'],
      ['Nyt', 'col'],
      ['Ennen', 'col'],
      ['Muutos', 'col'],
    ]);
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows[0]).to.deep.equal(['Tavoitteiden selkeys (kehityskohde)', '1,7', '2,0', rows[0]![3]]);
    expect(rows[0]![3]).to.match(/^[−-]0,3$/);
    expect(rows[6]).to.deep.equal(['Muiden tuki', '4,7', '4,0', '+0,7']);
    expect(rows[7]).to.deep.equal(['Elämäntilanne', '5,0', '5,0', '0,0']);
    expect(el.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    await expect(el).to.be.accessible();
  });
});
