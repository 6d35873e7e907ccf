package nl.normtoets.ingest.tabel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Leefgebied;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.AuditsetSchrijver;
import nl.normtoets.ingest.OrganisatieFeitenLezer;

/** The shipped messy export: as a CSV folder and as an .xlsx workbook it must give the same audit set. */
class ImportFixtureTest {

    static final Path MAP = Path.of("fixtures/import/export-jbn");
    static final Path WERKBOEK = Path.of("fixtures/import/export-jbn.xlsx");
    static final Path MAPPING = Path.of("fixtures/import/mapping-voorbeeld.yaml");
    static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 10);

    static Importresultaat uitMap;

    @BeforeAll
    static void importeer() {
        uitMap = importeer(MAP);
    }

    static Importresultaat importeer(Path export) {
        return new Importeur(Mapping.lees(MAPPING)).importeer(export, PEILDATUM, null);
    }

    @Test
    void mapEnWerkboekGevenDezelfdeAuditset() {
        Importresultaat uitWerkboek = importeer(WERKBOEK);

        assertThat(uitWerkboek.dossiers()).hasSize(14).isEqualTo(uitMap.dossiers());
        assertThat(uitWerkboek.afgewezen()).isEqualTo(uitMap.afgewezen());
        assertThat(uitWerkboek.organisatieFeiten()).isNotNull().isEqualTo(uitMap.organisatieFeiten());
        assertThat(uitWerkboek.verslag().fouten()).extracting(Importfout::regel, Importfout::kolom,
                Importfout::soort, Importfout::reden).isEqualTo(uitMap.verslag().fouten().stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.regel(), f.kolom(), f.soort(), f.reden()))
                        .toList());
        assertThat(uitWerkboek.verslag().fouten().get(0).bron())
                .isEqualTo("export-jbn.xlsx blad 'Contactmomenten'");
    }

    @Test
    void eenVersGemaaktWerkboekGeeftOokDezelfdeAuditset(@TempDir Path tmp) throws IOException {
        Path werkboek = tmp.resolve("vers.xlsx");
        Werkboekmaker.maak(MAP, werkboek);
        assertThat(importeer(werkboek).dossiers()).isEqualTo(uitMap.dossiers());
    }

    @Test
    void eenRijVanEenOnbekendDossierWordtGemeldNietWeggelaten() {
        assertThat(uitMap.verslag().fouten()).singleElement().satisfies(f -> {
            assertThat(f.bron()).isEqualTo("Contactmomenten.csv");
            assertThat(f.regel()).isEqualTo(45);
            assertThat(f.kolom()).isEqualTo("Dossiernummer");
            assertThat(f.soort()).isEqualTo(Importfout.Soort.ONBEKEND_DOSSIER);
            // the place and the kind, never the cell's value (issue 18)
            assertThat(f.toString()).startsWith("Contactmomenten.csv regel 45, kolom 'Dossiernummer': ")
                    .doesNotContain("D-0099");
        });
        assertThat(uitMap.verslag().tellingen()).filteredOn(t -> t.tabel().equals("contacten")).singleElement()
                .isEqualTo(new Importverslag.Telling("contacten", "Contactmomenten.csv", 44, 43, 1, 0));
    }

    @Test
    void elkeGelezenRijIsGeteldAlsGeimporteerdOfAfgewezen() {
        for (Importverslag.Telling t : uitMap.verslag().tellingen()) {
            assertThat(t.geimporteerd() + t.afgewezen() + t.inAfgewezenDossier()).as(t.tabel()).isEqualTo(t.gelezen());
        }
        assertThat(uitMap.verslag().tellingen()).hasSize(Tabel.values().length);
    }

    @Test
    void datakwaliteitNoemtContactVoorDeStartEnDossiersZonderContactOfToewijzing() {
        Importverslag.Kwaliteit k = uitMap.verslag().kwaliteit();
        assertThat(k.contactenVoorStart()).singleElement().satisfies(m -> {
            assertThat(m.dossier()).isEqualTo("D-0004");
            assertThat(m.bron()).isEqualTo("Contactmomenten.csv");
            assertThat(m.regel()).isEqualTo(14);
        });
        assertThat(k.zonderContact()).containsExactly("D-0011");
        assertThat(k.zonderToewijzing()).containsExactly("D-0006");
        assertThat(k.onbekendeCodes()).isEmpty();
    }

    @Test
    void windows1252EnCodesUitDeMappingKomenGoedAan() {
        Dossier d1 = uitMap.dossiers().get(0);
        assertThat(d1.id()).isEqualTo("D-0001");
        // analyses.csv is Windows-1252; "Financiën" only maps when the ë was decoded right.
        assertThat(uitMap.dossiers()).anySatisfy(d -> assertThat(d.analyses()).anySatisfy(
                a -> assertThat(a.leefgebieden()).contains(Leefgebied.FINANCIEN)));
        assertThat(d1.contacten()).extracting(c -> c.vorm().name()).contains("FYSIEK");
        assertThat(d1.taxaties().get(0).instrument()).isEqualTo("ARIJ_VEILIGHEIDSLIJST");
        assertThat(uitMap.organisatie()).isEqualTo("JBN");
    }

    @Test
    void organisatietabellenWordenOrganisatieFeitenDieDeLezerAccepteert() {
        var gelezen = OrganisatieFeitenLezer.lees(uitMap.organisatieFeiten());
        assertThat(gelezen.fouten()).isEmpty();
        var feiten = gelezen.feiten();
        // "0,89" in a Windows-1252 file, "12%" as a fraction, "12-2024" as a month, codes without a mapping line.
        assertThat(feiten.medewerkers()).filteredOn(m -> m.id().equals("M-02")).singleElement()
                .satisfies(m -> assertThat(m.fte()).isEqualTo(0.89));
        assertThat(feiten.medewerkers()).extracting(m -> m.functie().name()).contains("GEDRAGSWETENSCHAPPER");
        assertThat(feiten.financieleBuffer()).isEqualTo(0.12);
        assertThat(feiten.personeelscijfers().get(0).maand()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(feiten.orVergaderingen()).hasSize(4);
        assertThat(feiten.jaarverslag()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(feiten.clientervaringsonderzoeken()).containsExactly(LocalDate.of(2024, 11, 15));
    }

    @Test
    void deGeschrevenAuditsetGaatDoorDeJsonLezer() throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        AuditsetSchrijver.schrijf(json, PEILDATUM, uitMap.organisatie(), uitMap.dossiers().iterator(),
                uitMap::organisatieFeiten, true);
        Auditset set = new AuditsetLezer().lees(new ByteArrayInputStream(json.toByteArray()), "import", null);
        assertThat(set.afgewezen()).isEmpty();
        assertThat(set.dossiers()).isEqualTo(uitMap.dossiers());
        assertThat(set.peildatum()).isEqualTo(PEILDATUM);
        assertThat(set.organisatieFouten()).isEmpty();
        assertThat(set.organisatieFeiten()).usingRecursiveComparison()
                .isEqualTo(OrganisatieFeitenLezer.lees(uitMap.organisatieFeiten()).feiten());
    }
}
