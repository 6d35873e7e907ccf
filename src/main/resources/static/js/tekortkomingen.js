// Filters and sorting for the shortcomings tables of the HTML report. Progressive enhancement: without this script
// every table is complete and readable; with it the filter bar appears. Filter values live in the URL fragment
// (#team=D1&regio=...), so a filtered view can be bookmarked or sent on. No inline script, so a strict CSP can apply.
(function () {
  'use strict';
  var VELDEN = ['team', 'regio', 'maatregel', 'indicator', 'medewerker'];

  function waarden() {
    var uit = {};
    VELDEN.forEach(function (v) {
      var el = document.getElementById('filter-' + v);
      uit[v] = el ? el.value.trim() : '';
    });
    return uit;
  }

  function pas() {
    var f = waarden();
    var tabellen = document.querySelectorAll('table.tekorten');
    var totaal = 0;
    tabellen.forEach(function (t) {
      var zichtbaar = 0;
      var rijen = t.tBodies[0].rows;
      for (var i = 0; i < rijen.length; i++) {
        var r = rijen[i];
        var ok = VELDEN.every(function (v) {
          if (!f[v]) { return true; }
          var w = r.getAttribute('data-' + v) || '';
          return v === 'medewerker' ? w.toLowerCase().indexOf(f[v].toLowerCase()) >= 0 : w === f[v];
        });
        r.hidden = !ok;
        if (ok) { zichtbaar++; }
      }
      totaal += zichtbaar;
      var tel = document.getElementById(t.id + '-telling');
      if (tel) { tel.textContent = zichtbaar + ' van ' + rijen.length + ' zichtbaar'; }
      var art = t.closest('article');
      if (art) { art.classList.toggle('leeg-gefilterd', zichtbaar === 0); art.hidden = zichtbaar === 0; }
    });
    var alle = document.getElementById('filter-telling');
    if (alle) { alle.textContent = totaal + ' tekortkomingen zichtbaar'; }
    var delen = [];
    VELDEN.forEach(function (v) { if (f[v]) { delen.push(v + '=' + encodeURIComponent(f[v])); } });
    history.replaceState(null, '', delen.length ? '#' + delen.join('&') : location.pathname + location.search);
  }

  function uitFragment() {
    var h = location.hash.replace(/^#/, '');
    if (!h || h.indexOf('=') < 0) { return; }
    h.split('&').forEach(function (deel) {
      var kv = deel.split('=');
      var el = document.getElementById('filter-' + kv[0]);
      if (el && VELDEN.indexOf(kv[0]) >= 0) { el.value = decodeURIComponent(kv[1] || ''); }
    });
  }

  function sorteer(th) {
    var tabel = th.closest('table');
    var kolom = Array.prototype.indexOf.call(th.parentNode.children, th);
    var soort = th.getAttribute('data-sorteer');
    var oplopend = th.getAttribute('aria-sort') !== 'ascending';
    th.parentNode.querySelectorAll('th').forEach(function (x) { x.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', oplopend ? 'ascending' : 'descending');
    var body = tabel.tBodies[0];
    var rijen = Array.prototype.slice.call(body.rows);
    rijen.sort(function (a, b) {
      var ca = a.cells[kolom], cb = b.cells[kolom];
      var x = ca.getAttribute('data-waarde') || ca.textContent.trim();
      var y = cb.getAttribute('data-waarde') || cb.textContent.trim();
      var c;
      if (soort === 'getal') {
        c = (parseFloat(x) || -1) - (parseFloat(y) || -1);
      } else {
        c = x.localeCompare(y, 'nl', {numeric: true});
      }
      return oplopend ? c : -c;
    });
    rijen.forEach(function (r) { body.appendChild(r); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('filters');
    if (!form) { return; }
    form.hidden = false;
    uitFragment();
    form.addEventListener('input', pas);
    form.addEventListener('change', pas);
    form.addEventListener('submit', function (e) { e.preventDefault(); pas(); });
    form.addEventListener('reset', function () { setTimeout(pas, 0); });
    document.querySelectorAll('table.tekorten th[data-sorteer]').forEach(function (th) {
      th.tabIndex = 0;
      th.addEventListener('click', function () { sorteer(th); });
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sorteer(th); } });
    });
    pas();
  });
}());
