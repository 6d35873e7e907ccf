// Start page: sends the chosen file as the request body (JSON or .xlsx, not a form upload). Same-origin fetch re-uses
// the browser's Basic login. A static file rather than an inline script, so a strict CSP can apply.
(function () {
  'use strict';
  var XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  function invoer(melding) {
    var bestand = document.getElementById('bestand').files[0];
    var peildatum = document.getElementById('peildatum').value;
    if (!bestand) { melding.textContent = 'Kies eerst een bestand.'; return null; }
    var werkboek = /\.xlsx$/i.test(bestand.name);
    if (werkboek && !peildatum) { melding.textContent = 'Geef de peildatum: een werkboek heeft er zelf geen.'; return null; }
    return {bestand: bestand, peildatum: peildatum, werkboek: werkboek};
  }

  async function fout(antwoord, melding) {
    var tekst = await antwoord.text();
    try { var p = JSON.parse(tekst); tekst = (p.title || '') + ': ' + (p.detail || ''); } catch (x) { }
    melding.textContent = 'Fout ' + antwoord.status + ' - ' + tekst;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var melding = document.getElementById('melding');
    document.getElementById('formulier').addEventListener('submit', async function (e) {
      e.preventDefault();
      var i = invoer(melding);
      if (!i) { return; }
      melding.textContent = 'Bezig met toetsen...';
      var adres = '/api/audits?strikt=false' + (i.peildatum ? '&peildatum=' + encodeURIComponent(i.peildatum) : '');
      var antwoord = await fetch(adres, {method: 'POST', body: i.bestand,
        headers: {'Content-Type': i.werkboek ? XLSX : 'application/json', 'Accept': 'application/json'}});
      if (antwoord.status === 201) {
        window.location.href = antwoord.headers.get('Location') + '?formaat=html';
        return;
      }
      await fout(antwoord, melding);
    });
    document.getElementById('ochtendlijst-knop').addEventListener('click', async function () {
      var i = invoer(melding);
      if (!i) { return; }
      if (i.werkboek) { melding.textContent = 'De ochtendlijst werkt met een auditset (JSON).'; return; }
      melding.textContent = 'Bezig met de ochtendlijst...';
      var adres = '/api/monitor?strikt=false&formaat=csv' + (i.peildatum ? '&peildatum=' + encodeURIComponent(i.peildatum) : '');
      var antwoord = await fetch(adres, {method: 'POST', body: i.bestand,
        headers: {'Content-Type': 'application/json', 'Accept': 'text/csv'}});
      if (!antwoord.ok) { await fout(antwoord, melding); return; }
      var blob = await antwoord.blob();
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'ochtendlijst.csv';
      document.body.appendChild(a);
      a.click();
      a.remove();
      melding.textContent = '';
    });
  });
}());
