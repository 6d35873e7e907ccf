package nl.normtoets.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusFout;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;

class AuditEngineTest {

    private static final Auditset SET = new AuditsetLezer().lees(Path.of("fixtures/demo.json"), null);

    @Test
    void bevindingenStaanInDeVolgordeVanDeInvoerEnDeCatalogusOokOverBatchesHeen() {
        Normcatalogus catalogus = CatalogusLezer.standaard();
        List<Dossier> omgekeerd = new ArrayList<>(SET.dossiers());
        Collections.reverse(omgekeerd);
        // a batch size that does not divide the number of dossiers, so the last batch is partial
        Toetsuitslag e = new AuditEngine(RegelBasis.gedeeld(), 3).evalueer(catalogus, SET.peildatum(), omgekeerd);

        List<String> indicatoren = catalogus.indicatoren(Niveau.DOSSIER).stream().map(Indicator::id).toList();
        List<String> verwacht = new ArrayList<>();
        for (Dossier d : omgekeerd) {
            indicatoren.forEach(i -> verwacht.add(d.id() + "/" + i));
        }
        assertThat(omgekeerd.size() % 3).as("fixture must give a partial last batch").isNotZero();
        assertThat(e.afgewezen()).isEmpty();
        assertThat(e.bevindingen()).extracting(b -> b.dossier() + "/" + b.indicator()).containsExactlyElementsOf(verwacht);
    }

    @Test
    void meerdereDradenGevenPreciesDezelfdeBevindingenAlsEen() {
        Normcatalogus catalogus = CatalogusLezer.standaard();
        Toetsuitslag een = new AuditEngine(RegelBasis.gedeeld(), 7, 1).evalueer(catalogus, SET.peildatum(), SET.dossiers());
        Toetsuitslag vier = new AuditEngine(RegelBasis.gedeeld(), 7, 4).evalueer(catalogus, SET.peildatum(), SET.dossiers());

        assertThat(vier.bevindingen()).hasSize(SET.dossiers().size() * catalogus.indicatoren(Niveau.DOSSIER).size())
                .containsExactlyElementsOf(een.bevindingen());
        assertThat(vier.afgewezen()).isEqualTo(een.afgewezen()).isEmpty();
    }

    @Test
    void eenCatalogusindicatorZonderRegelHoudtDeAuditTegenMetDeNaamVanDeIndicator(@TempDir Path tmp)
            throws Exception {
        String yaml = Files.readString(Path.of("rules/normcatalogus.yaml"));
        assertThat(yaml).contains("id: \"1a.3-B\"");
        Path zonderRegel = tmp.resolve("zonder-regel.yaml");
        Files.writeString(zonderRegel, yaml.replace("id: \"1a.3-B\"", "id: \"1a.3-Z\""));
        Normcatalogus catalogus = CatalogusLezer.lees(zonderRegel);

        assertThatThrownBy(() -> new AuditEngine().evalueer(catalogus, SET.peildatum(), SET.dossiers()))
                .isInstanceOf(CatalogusFout.class).hasMessageContaining("[1a.3-Z]").hasMessageContaining("geen regel");
    }

    @Test
    void eenOntbrekendeParameterIsEenCatalogusfoutGeenAfwijzingVanElkDossier(@TempDir Path tmp) throws Exception {
        String yaml = Files.readString(Path.of("rules/normcatalogus.yaml"));
        String aantal = "parameters: {aantal: 3}";
        assertThat(yaml).contains(aantal);
        Path zonderParameter = tmp.resolve("zonder-parameter.yaml");
        Files.writeString(zonderParameter, yaml.replace(aantal, "parameters: {}"));
        Normcatalogus catalogus = CatalogusLezer.lees(zonderParameter);

        assertThatThrownBy(() -> new AuditEngine().evalueer(catalogus, SET.peildatum(), SET.dossiers()))
                .isInstanceOf(CatalogusFout.class).hasMessageContaining("1a.1-B").hasMessageContaining("'aantal'");
    }

    @Test
    void eenParameterVanHetVerkeerdeTypeIsEenCatalogusfout(@TempDir Path tmp) throws Exception {
        String yaml = Files.readString(Path.of("rules/normcatalogus.yaml"));
        Path tekst = tmp.resolve("tekst.yaml");
        Files.writeString(tekst, yaml.replace("parameters: {aantal: 3}", "parameters: {aantal: \"drie\"}"));
        Normcatalogus catalogus = CatalogusLezer.lees(tekst);

        assertThatThrownBy(() -> new AuditEngine().evalueer(catalogus, SET.peildatum(), SET.dossiers()))
                .isInstanceOf(CatalogusFout.class).hasMessageContaining("'aantal'").hasMessageContaining("1a.1-B")
                .hasMessageContaining("geen getal");
    }

    @Test
    void gelijktijdigeAuditsOpEenEngineDelenZijnDradenEnGevenElkHunEigenUitkomst() throws Exception {
        Normcatalogus catalogus = CatalogusLezer.standaard();
        List<Dossier> eerste = SET.dossiers().subList(0, 40);
        List<Dossier> tweede = SET.dossiers().subList(40, SET.dossiers().size());
        AuditEngine alleen = new AuditEngine(RegelBasis.gedeeld(), 7, 1);
        AuditEngine gedeeld = new AuditEngine(RegelBasis.gedeeld(), 7, 2);

        ExecutorService aanvragen = Executors.newFixedThreadPool(4);
        try {
            List<Future<Toetsuitslag>> uit = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                List<Dossier> deel = i % 2 == 0 ? eerste : tweede;
                uit.add(aanvragen.submit(() -> gedeeld.evalueer(catalogus, SET.peildatum(), deel)));
            }
            for (int i = 0; i < 4; i++) {
                List<Dossier> deel = i % 2 == 0 ? eerste : tweede;
                assertThat(uit.get(i).get().bevindingen())
                        .containsExactlyElementsOf(alleen.evalueer(catalogus, SET.peildatum(), deel).bevindingen());
            }
        } finally {
            aanvragen.shutdownNow();
        }
    }
}
