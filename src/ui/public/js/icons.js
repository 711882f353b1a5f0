// @ts-check
/** Small inline SVG icons (built as DOM, so no files or inline markup are needed). */
import { svg } from './dom.js';

const PATHS = {
  thumbUp:
    'M7 10v10H4V10h3zm2 10h8.2a2 2 0 0 0 2-1.6l1.1-6A2 2 0 0 0 18.3 10H14V6a2 2 0 0 0-2-2l-3 6v10z',
  thumbDown:
    'M7 14V4H4v10h3zm2-10h8.2a2 2 0 0 1 2 1.6l1.1 6A2 2 0 0 1 18.3 14H14v4a2 2 0 0 1-2 2l-3-6V4z',
  copy: 'M9 9h10v11H9zM5 15V4h10',
};

/** @param {keyof typeof PATHS} name */
export function icon(name, size = 18) {
  return svg(
    'svg',
    {
      viewBox: '0 0 24 24',
      width: size,
      height: size,
      'aria-hidden': 'true',
      focusable: 'false',
      class: 'icon',
    },
    svg('path', {
      d: PATHS[name],
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '1.8',
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
    }),
  );
}
