package nl.normtoets.ingest.tabel;

import static nl.normtoets.ingest.tabel.Importfout.Soort.DUBBEL_ID;
import static nl.normtoets.ingest.tabel.Importfout.Soort.NA_PEILDATUM;
import static nl.normtoets.ingest.tabel.Importfout.Soort.ONBEKEND_DOSSIER;
import static nl.normtoets.ingest.tabel.Importfout.Soort.ONBEKEND_PLAN;
import static nl.normtoets.ingest.tabel.Importfout.Soort.ONBEKENDE_CODE;
import static nl.normtoets.ingest.tabel.Importfout.Soort.ONGELDIG;
import static nl.normtoets.ingest.tabel.Importfout.Soort.ONTBREKENDE_KOLOM;
import static nl.normtoets.ingest.tabel.Importfout.Soort.VERPLICHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.dossier.Afwijzing;

/** Hand-made broken export (fixtures/import/kapot): every error is reported at its file, line and column. */
class KapotteExportTest {

    static Importresultaat r;

    @BeforeAll
    static void importeer() {
        r = new Importeur(Mapping.LEEG).importeer(Path.of("fixtures/import/kapot"), LocalDate.of(2025, 3, 10), null);
    }

    private static List<Importfout> fouten(String bron, int regel) {
        return r.verslag().fouten().stream().filter(f -> f.bron().equals(bron) && f.regel() == regel).toList();
    }

    @Test
    void eenDatumDieNietBestaat() {
        assertThat(fouten("maatregelen.csv", 3)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("startdatum", ONGELDIG));
        assertThat(fouten("maatregelen.csv", 3).get(0)).hasToString(
                "maatregelen.csv regel 3, kolom 'startdatum': is geen bestaande datum");
    }

    @Test
    void eenOnbekendeCode() {
        assertThat(fouten("maatregelen.csv", 4)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("maatregel", ONBEKENDE_CODE));
        assertThat(fouten("contacten.csv", 4)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("vorm", ONBEKENDE_CODE));
    }

    @Test
    void eenOnbekendeCodeInEenLijstcelNoemtDieEneCode() {
        assertThat(fouten("contacten.csv", 7)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("met", ONBEKENDE_CODE));
    }

    @Test
    void eenOngeldigJaNee() {
        assertThat(fouten("maatregelen.csv", 5)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("hulpNodig", ONGELDIG));
    }

    @Test
    void eenDubbelDossierIdWijstBeideRijenAf() {
        assertThat(fouten("maatregelen.csv", 6)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("id", DUBBEL_ID));
        assertThat(fouten("maatregelen.csv", 2)).extracting(Importfout::soort).containsExactly(DUBBEL_ID);
        assertThat(r.verslag().kwaliteit().dubbeleIds()).extracting(Importfout::regel).contains(2, 6);
        assertThat(r.afgewezen()).extracting(Afwijzing::dossier).contains("K-0001");
    }

    @Test
    void eenEinddatumVoorDeStartEnEenGeboortejaarBuitenBereik() {
        assertThat(fouten("maatregelen.csv", 7)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactlyInAnyOrder(tuple("einddatum", ONGELDIG), tuple("geboortejaar", ONGELDIG));
        assertThat(fouten("maatregelen.csv", 7)).extracting(Importfout::reden)
                .contains("ligt voor de startdatum (kolom 'startdatum')");
    }

    /** Issue 18: the import report names file, line, column and the kind of problem, never a value of the export. */
    @Test
    void geenWaardeUitDeExportInFoutenAfwijzingenOfVerslag() {
        List<String> teksten = new ArrayList<>();
        r.verslag().fouten().forEach(f -> teksten.add(f.toString()));
        r.afgewezen().forEach(a -> teksten.addAll(a.fouten()));
        teksten.add(nl.normtoets.ingest.AuditsetLezer.MAPPER.writeValueAsString(r.verslag()));
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        Importsamenvatting.print(r, new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8));
        teksten.add(console.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(teksten).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("31-02-2025", "Ondertoezicht",
                "Huisbezoekje", "BUURMAN", "misschien", "05-01-2025", "1980"));
    }

    @Test
    void regelsNaEenCelOverTweeRegelsHoudenHunEigenRegelnummer() {
        // contacten.csv: the record on lines 2-3 holds a quoted line break; the next record is on line 4.
        assertThat(fouten("contacten.csv", 2)).isEmpty();
        assertThat(fouten("contacten.csv", 4)).isNotEmpty();
    }

    @Test
    void eenFeitNaDePeildatum() {
        assertThat(fouten("contacten.csv", 5)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("datum", NA_PEILDATUM));
        assertThat(r.verslag().kwaliteit().naPeildatum()).hasSize(1);
    }

    @Test
    void eenRijVanEenOnbekendDossier() {
        assertThat(fouten("contacten.csv", 6)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("dossier", ONBEKEND_DOSSIER));
    }

    @Test
    void eenLegeVerplichteCel() {
        assertThat(fouten("contacten.csv", 8)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("datum", VERPLICHT));
    }

    @Test
    void eenOntbrekendeVerplichteKolomWijstDeTabelAf() {
        assertThat(fouten("taxaties.csv", 1)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("soort", ONTBREKENDE_KOLOM));
        assertThat(r.verslag().tellingen()).filteredOn(t -> t.tabel().equals("taxaties")).singleElement()
                .extracting(Importverslag.Telling::afgewezen).isEqualTo(1);
    }

    @Test
    void eenDoelBijEenOnbekendPlanEnEenDubbelDoel() {
        assertThat(fouten("doelen.csv", 3)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("plan", ONBEKEND_PLAN));
        assertThat(fouten("doelen.csv", 4)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("id", DUBBEL_ID));
    }

    @Test
    void eenToewijzingDieEindigtVoorZeBegint() {
        assertThat(fouten("toewijzingen.csv", 2)).extracting(Importfout::kolom, Importfout::soort)
                .containsExactly(tuple("tot", ONGELDIG));
    }

    @Test
    void eenDossierMetEenAfgewezenRijWordtAfgewezenMetDePlekVanDeFout() {
        assertThat(r.dossiers()).extracting(d -> d.id()).containsExactly("K-0008");
        Afwijzing k6 = r.afgewezen().stream().filter(a -> a.dossier().equals("K-0006")).findFirst().orElseThrow();
        assertThat(k6.fouten()).contains(
                "dossier K-0006: contacten.csv regel 4, kolom 'vorm': is geen bekende code voor vorm; "
                        + "toegestaan: FYSIEK, TELEFONISCH, VIDEO, SCHRIFTELIJK (of vertaal de code in de mapping, "
                        + "codelijst 'vorm')");
        // Sound rows of a rejected dossier are counted apart, so every row read is accounted for.
        assertThat(r.verslag().tellingen()).filteredOn(t -> t.tabel().equals("plannen")).singleElement()
                .extracting(Importverslag.Telling::inAfgewezenDossier).isEqualTo(1);
    }

    @Test
    void eenOngebruikteKolomStaatInDeOpmerkingenMetGoedGelezenAccenten() {
        assertThat(r.verslag().opmerkingen())
                .contains("contacten.csv: kolom 'toelichting (geëxporteerd)' wordt niet gebruikt (geen kolom van "
                        + "contacten en niet in de mapping)", "README.md: geen CSV-bestand; niet gebruikt");
    }

    @Test
    void eenAfgewezenDossierDraagtHetTeamVanZijnMaatregelregel(@TempDir Path tmp)
            throws Exception {
        for (Path bron : Files.list(Path.of("fixtures/import/kapot")).toList()) {
            Files.copy(bron, tmp.resolve(bron.getFileName()));
        }
        Path maatregelen = tmp.resolve("maatregelen.csv");
        List<String> regels = new ArrayList<>(Files.readAllLines(maatregelen));
        for (int i = 0; i < regels.size(); i++) {
            regels.set(i, regels.get(i) + (i == 0 ? ";team" : regels.get(i).startsWith("K-0006;") ? ";G1" : ";"));
        }
        Files.write(maatregelen, regels);

        Importresultaat metTeam = new Importeur(Mapping.LEEG).importeer(tmp, LocalDate.of(2025, 3, 10), null);

        assertThat(metTeam.afgewezen()).filteredOn(a -> a.dossier().equals("K-0006")).singleElement()
                .extracting(Afwijzing::team).isEqualTo("G1");
        assertThat(metTeam.afgewezen()).filteredOn(a -> !a.dossier().equals("K-0006"))
                .allSatisfy(a -> assertThat(a.team()).isNull());
    }
}
