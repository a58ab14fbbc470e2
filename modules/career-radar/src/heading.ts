import { html, nothing, type TemplateResult } from 'lit';

/** Heading levels 1–6; `heading-level` beyond them is clamped. */
export function clampLevel(value: unknown, fallback = 1): number {
  const level = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : fallback;
}

export interface HeadingOptions {
  readonly id?: string;
  /** Focus is moved to it by script (a new step, the result). */
  readonly focusable?: boolean;
  readonly part?: string;
}

/**
 * A heading of a given level. Only `lit` may be imported (no static templates for a tag name), so
 * the six tags are spelled out; the level follows the element's `heading-level`, so on a partner
 * page the element's headings fit under the page's own.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const tabindex = options.focusable ? '-1' : nothing;
  const part = options.part ?? nothing;
  const cls = `heading level-${level}`;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h6>`;
  }
}
