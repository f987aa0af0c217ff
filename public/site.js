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
