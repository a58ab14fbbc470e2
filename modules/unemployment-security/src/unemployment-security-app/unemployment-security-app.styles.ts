import { css } from 'lit';
import { areaFrontStyles, token } from '@portal/ui-kit/styles';

// The area's front page: the tasks on top, then the events (the kit's front page layout), with what
// only events have.
export const styles = [
  areaFrontStyles('events'),
  css`
    .meta .issued {
      color: ${token.textMuted};
    }
    /* A cancelled statement: white on dark grey (7:1), apart from the red of a passed date. */
    .tag.cancelled {
      background: #505a5f;
      border-color: #505a5f;
      color: #fff;
    }
  `,
];
