// Autocomplete for search boxes marked with data-suggest="<suggest API URL>". Progressive
// enhancement only: without this file the box is a plain GET form. Follows the ARIA combobox
// pattern (list popup, aria-activedescendant), so the list is usable from the keyboard and
// announced by screen readers; labels come from data-label-* attributes in the page language.
(function () {
  'use strict';

  var DELAY_MS = 150;

  function enhance(input) {
    // The script may be included twice (by the layout and by the search page); enhance once.
    if (input.hasAttribute('data-suggest-ready')) return;
    input.setAttribute('data-suggest-ready', '');
    var endpoint = input.getAttribute('data-suggest');
    var labels = {
      medicine: input.getAttribute('data-label-medicine') || 'Medicine',
      substance: input.getAttribute('data-label-substance') || 'Active substance',
      area: input.getAttribute('data-label-area') || 'Therapeutic area',
    };
    var list = document.createElement('ul');
    list.id = (input.id || 'search') + '-suggestions';
    list.className = 'suggest';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    // Below the row of box and button (not between them), laid over what follows.
    var row = input.closest('.search__row') || input;
    row.parentNode.insertBefore(list, row.nextSibling);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    var timer = null;
    var active = -1;
    var items = [];
    var latest = 0;

    function close() {
      list.hidden = true;
      list.textContent = '';
      items = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      items.forEach(function (li, i) {
        li.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0) input.setAttribute('aria-activedescendant', items[index].id);
      else input.removeAttribute('aria-activedescendant');
    }

    function show(suggestions) {
      close();
      if (suggestions.length === 0) return;
      suggestions.forEach(function (s, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.className = 'suggest__item';
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        // An option holds text only (a link inside it would be a second interactive control);
        // where it leads is kept beside it and followed on choice.
        li.setAttribute('data-href', s.href);
        li.textContent = s.label;
        var kind = document.createElement('span');
        kind.className = 'suggest__kind secondary-text';
        kind.textContent = ' – ' + labels[s.kind] + (s.kind === 'medicine' ? '' : ' (' + s.count + ')');
        li.appendChild(kind);
        // mousedown, not click: the input's blur would close the list before a click lands.
        li.addEventListener('mousedown', function (event) {
          event.preventDefault();
          window.location.href = s.href;
        });
        list.appendChild(li);
        items.push(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text.length < 2) return close();
      var request = ++latest;
      var url = endpoint + (endpoint.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(text);
      fetch(url, { headers: { accept: 'application/json' } })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (body) {
          // Answers can arrive out of order; only the newest one is shown.
          if (request === latest && document.activeElement === input) show(body.suggestions || []);
        })
        .catch(close);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) return;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight(Math.min(active + 1, items.length - 1));
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(Math.max(active - 1, -1));
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        window.location.href = items[active].getAttribute('data-href');
      } else if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', close);
  }

  document.querySelectorAll('input[data-suggest]').forEach(enhance);
})();
