import { css, unsafeCSS, type CSSResult } from 'lit';
import { token } from './tokens.js';

/** The colours of a callout: its edge and surface, and both for a problem. */
export interface CalloutColours {
  readonly accent: CSSResult;
  readonly surface: CSSResult;
  readonly problem: CSSResult;
  readonly problemSurface: CSSResult;
}

const PORTAL_COLOURS: CalloutColours = { accent: token.info, surface: token.infoBg, problem: token.error, problemSurface: token.errorBg };

/**
 * A box with a coloured left edge, one look wherever the portal says something in passing: the kit's
 * notices (`.notice`, `.notice.error`), a deadline (`.deadline`, `.deadline.late`), the career
 * radar's notices in its own colours and, as it sizes everything, in `em`. `box` and `problem` are
 * selectors the caller writes (no user input).
 */
export function calloutStyles(
  box: string,
  problem: string,
  colours: CalloutColours = PORTAL_COLOURS,
  unit: 'rem' | 'em' = 'rem',
): CSSResult {
  const [selector, problemSelector, u] = [unsafeCSS(box), unsafeCSS(problem), unsafeCSS(unit)];
  return css`
    ${selector} {
      border-left: 6px solid ${colours.accent};
      background: ${colours.surface};
      padding: 0.75${u} 1${u};
      margin: 0 0 1.5${u};
    }
    ${problemSelector} {
      border-left-color: ${colours.problem};
      background: ${colours.problemSurface};
    }
  `;
}
