/**
 * The page size of API lists whose items are whole records or revisions. On the whole corpus a
 * medicine record averages about 30 KB (the largest 158 KB), so 50 keeps a page near 1.5 MB;
 * 200 made 6 MB pages that a few clients could ask for at once to stall the portal.
 */
import { Type } from 'typebox';

export const MAX_RECORDS_PER_PAGE = 50;

export const RecordPageLimit = Type.Integer({
  minimum: 1,
  maximum: MAX_RECORDS_PER_PAGE,
  default: MAX_RECORDS_PER_PAGE,
  description: `Items per page, at most ${MAX_RECORDS_PER_PAGE}; follow \`next\` for more`,
});
