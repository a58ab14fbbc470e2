import { QUESTIONNAIRE } from '@portal/shared-contracts/career-radar';
import { withoutTrailingSlashes } from '@portal/shared-contracts/text';
import type { AppWords } from './career-radar-app.messages.js';
import { factorAt } from './sections/step.js';

export const View = { intro: 'intro', questions: 'questions', result: 'result' } as const;
export type View = (typeof View)[keyof typeof View];

/** Where focus goes when a view is shown (WCAG 2.4.3). */
export const HEADING: Record<View, string> = { intro: '#main-heading', questions: '#step-heading', result: '#result-heading' };

/** The pages of the area in the portal, by the path below its base path. */
export const SubPage = { front: 'front', results: 'results', notFound: 'not-found' } as const;
export type SubPage = (typeof SubPage)[keyof typeof SubPage];

/** Which page a path shows; a path outside the base path is not ours (the shell is leaving): the front. */
export function subPageOf(path: string, basePath: string): SubPage {
  const clean = withoutTrailingSlashes(path.split(/[?#]/)[0] ?? '');
  const base = withoutTrailingSlashes(basePath);
  if (clean === base || !clean.startsWith(`${base}/`)) return SubPage.front;
  return clean.slice(base.length + 1) === 'results' ? SubPage.results : SubPage.notFound;
}

export interface PageState {
  readonly page: SubPage;
  readonly view: View;
  /** The step shown, 0–7. */
  readonly step: number;
}

/** The page's title for the shell (it sets `document.title`): the step or the result, then the area. */
export function pageTitle(words: AppWords, state: PageState): string {
  const title = words.t('title');
  switch (state.page) {
    case SubPage.results:
      return `${words.t('savedPageTitle')} – ${title}`;
    case SubPage.notFound:
      return words.t('notFoundTitle');
    default:
      break;
  }
  if (state.view === View.questions) {
    const factor = factorAt(state.step).name[words.language];
    return `${words.t('stepTitle', { step: state.step + 1, total: QUESTIONNAIRE.factors.length, factor })} – ${title}`;
  }
  return state.view === View.result ? `${words.t('resultHeading')} – ${title}` : title;
}
