  // Same-origin fetch re-uses the browser's Basic-auth login; the file goes as the body (JSON or .xlsx), not a form.
  document.getElementById('formulier').addEventListener('submit', async function (e) {
    e.preventDefault();
    var melding = document.getElementById('melding');
    melding.textContent = 'Bezig met toetsen...';
    var bestand = document.getElementById('bestand').files[0];
    var peildatum = document.getElementById('peildatum').value;
    var werkboek = /\.xlsx$/i.test(bestand.name);
    if (werkboek && !peildatum) {
      melding.textContent = 'Geef de peildatum: een werkboek heeft er zelf geen.';
      return;
    }
    var adres = '/api/audits?strikt=false' + (peildatum ? '&peildatum=' + encodeURIComponent(peildatum) : '');
    var soort = werkboek ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/json';
    var antwoord = await fetch(adres, {method: 'POST', body: bestand,
      headers: {'Content-Type': soort, 'Accept': 'application/json'}});
    if (antwoord.status === 201) {
      window.location.href = antwoord.headers.get('Location');
      return;
    }
    var tekst = await antwoord.text();
    try { var p = JSON.parse(tekst); tekst = (p.title || '') + ': ' + (p.detail || ''); } catch (x) { }
    melding.textContent = 'Fout ' + antwoord.status + ' - ' + tekst;
  });
