import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPageContext } from '../../i18n/i18n.ts';
import { homePage, type HomeView } from './home-page.template.ts';

const view: HomeView = { total: 10, sampleOnly: true, byStatus: { authorised: 6, refused: 1 }, recentlyUpdated: [] };

function render(v: HomeView, lang: 'en' | 'sv' = 'en'): string {
  return homePage(createPageContext(lang, ''), v).value;
}

describe('home page', () => {
  test('a portal holding only the sample says how many medicines it holds and how to import the whole corpus', () => {
    const page = render(view);
    assert.match(page, /only a sample .*Number of medicines: 10\. .*<code>npm run import:corpus<\/code>/s);
    assert.doesNotMatch(page, /publishes every European public assessment report/);
    assert.match(page, /Browse all 10 medicines/);
  });

  test('the count is formatted in the page language, and the command is not translated', () => {
    const page = render({ ...view, total: 1625 }, 'sv');
    assert.match(page, /Antal läkemedel: 1\u00a0625\..*<code>npm run import:corpus<\/code>/s);
  });

  test('a portal with imported medicines keeps its lede and shows no import command', () => {
    const page = render({ ...view, total: 1625, sampleOnly: false });
    assert.match(page, /publishes every European public assessment report/);
    assert.doesNotMatch(page, /import:corpus/);
    assert.match(page, /Browse all 1,625 medicines/);
  });
});
