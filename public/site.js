// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Print every language version of every document, then restore what the reader had open.
  // CSS alone cannot open a closed <details> in every browser.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = [];
    document.querySelectorAll('main details:not([open])').forEach(function (el) {
      el.open = true;
      opened.push(el);
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (el) {
      el.open = false;
    });
    opened = [];
  });

  // A link to a document inside a closed disclosure (#document-3, or an element within one)
  // should land on visible content.
  function revealTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    var target = document.getElementById(id);
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === 'DETAILS') el.open = true;
    }
  }
  window.addEventListener('hashchange', revealTarget);
  revealTarget();

  // Close the language list with Escape and return focus to its summary.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var open = document.querySelector('.language-switcher__details[open]');
    if (!open) return;
    open.open = false;
    var summary = open.querySelector('summary');
    if (summary) summary.focus();
  });
})();

// Product information: a section's anchor (#smpc-4-2) is the same in every language, so a link
// to another language keeps it and the reader lands on the same section there.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('.language-switcher a[hreflang], .pi-languages a[hreflang]') : null;
    if (!link) return;
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (!target || !target.hasAttribute('data-pi-section')) return;
    link.href = link.href.split('#')[0] + '#' + encodeURIComponent(id);
  });
})();
