package nl.normtoets.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.normtoets.engine.AuditEngine;
import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.OrganisatieEngine;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Bevindingenspool;
import nl.normtoets.report.RapportSchrijver;

/**
 * The streaming audit writes the very bytes of the in-memory audit, for 1 and 2 worker threads and for batch sizes
 * that cut the set at odd places: findings in input order, counts, scores, theme 4 and theme 5 alike.
 */
class StroomauditTest {

    @TempDir
    static Path tmp;

    private static Path groot;
    private static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();

    @BeforeAll
    static void set() throws Exception {
        groot = tmp.resolve("groot.json");
        try (OutputStream o = Files.newOutputStream(groot)) {
            new DossierGenerator(Profiel.JBN_2026, 11, LocalDate.of(2026, 2, 1)).schrijfAuditset(o, 1_300, "JBN", false);
        }
    }

    @Test
    void demoGelijkVoorEenEnTweeDraden() throws Exception {
        Path demo = Path.of("fixtures/demo.json");
        byte[] verwacht = inGeheugen(demo);
        assertThat(stromend(demo, 1, 500)).isEqualTo(verwacht);
        assertThat(stromend(demo, 2, 500)).isEqualTo(verwacht);
        assertThat(stromend(demo, 2, 7)).isEqualTo(verwacht);
    }

    @Test
    void grotereSetGelijkVoorEenEnTweeDraden() throws Exception {
        byte[] verwacht = inGeheugen(groot);
        assertThat(stromend(groot, 1, 500)).isEqualTo(verwacht);
        assertThat(stromend(groot, 2, 500)).isEqualTo(verwacht);
        assertThat(stromend(groot, 2, 33)).isEqualTo(verwacht);
    }

    @Test
    void afgewezenDossiersEnOngeldigeInvoerGelijk() throws Exception {
        Path ongeldig = Path.of("fixtures/ongeldig.json");
        byte[] verwacht = inGeheugen(ongeldig);
        assertThat(stromend(ongeldig, 2, 1)).isEqualTo(verwacht);
        assertThat(new String(verwacht)).contains("\"afgewezen\" : [ {");
    }

    @Test
    void peildatumNaDeDossiers() throws Exception {
        // the reader holds the dossiers back until the peildatum is known; the report is the same
        Path achteraan = tmp.resolve("achteraan.json");
        String tekst = Files.readString(Path.of("fixtures/demo.json"));
        var kop = AuditsetLezer.MAPPER.readTree(tekst);
        var gedraaid = AuditsetLezer.MAPPER.createObjectNode();
        gedraaid.set("dossiers", kop.get("dossiers"));
        kop.properties().forEach(e -> {
            if (!e.getKey().equals("dossiers")) {
                gedraaid.set(e.getKey(), e.getValue());
            }
        });
        Files.writeString(achteraan, AuditsetLezer.MAPPER.writeValueAsString(gedraaid));
        assertThat(stromend(achteraan, 2, 9)).isEqualTo(inGeheugen(achteraan));
    }

    private static byte[] inGeheugen(Path set) {
        Auditrapport r = new Audit(new AuditEngine()).voerUit(new AuditsetLezer().lees(set, null), CATALOGUS);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        RapportSchrijver.schrijf(r, uit);
        return uit.toByteArray();
    }

    private static byte[] stromend(Path set, int draden, int batch) throws Exception {
        try (Bevindingenspool spool = new Bevindingenspool(tmp)) {
            Auditrapport skelet = new Stroomaudit(draden, batch, new OrganisatieEngine())
                    .voerUit(set, null, CATALOGUS, spool);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            spool.schrijfRapport(skelet, uit);
            return uit.toByteArray();
        }
    }
}
