package nl.normtoets.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;

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
import nl.normtoets.report.Bevindingenregels;
import nl.normtoets.report.Bevindingenspool;
import nl.normtoets.report.Opmaak;
import nl.normtoets.report.RapportSchrijver;
import nl.normtoets.scoring.Meetperiode;

/**
 * The streaming audit writes the very bytes of the in-memory audit, for 1 and 2 worker threads and for batch sizes
 * that cut the set at odd places: findings in input order, counts, scores, theme 4 and theme 5 alike; families
 * (rule 1a.2-D) whether siblings stand side by side or far apart; with a measurement period; compact, gzip and as
 * JSON Lines.
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
    void gezinnenNaastElkaarOpElkeBatchgrensGelijk() throws Exception {
        // batch sizes 2 and 33 close batches between and inside sibling pairs; the pre-pass keeps each family whole
        byte[] verwacht = inGeheugen(groot);
        assertThat(gezinsuitkomsten(verwacht)).as("the set has judged families, so 1a.2-D is really tested")
                .containsKeys("VOLDOET", "TEKORT");
        assertThat(stromend(groot, 2, 2)).isEqualTo(verwacht);
        assertThat(stromend(groot, 1, 33)).isEqualTo(verwacht);
    }

    @Test
    void gezinnenVerUitElkaarGelijk() throws Exception {
        // the odd dossiers first, then the even ones: every sibling pair is about 650 dossiers apart
        Path ver = tmp.resolve("ver.json");
        var set = (tools.jackson.databind.node.ObjectNode) AuditsetLezer.MAPPER.readTree(groot.toFile());
        var dossiers = (tools.jackson.databind.node.ArrayNode) set.get("dossiers");
        var gedraaid = AuditsetLezer.MAPPER.createArrayNode();
        for (int start = 0; start < 2; start++) {
            for (int i = start; i < dossiers.size(); i += 2) {
                gedraaid.add(dossiers.get(i));
            }
        }
        set.set("dossiers", gedraaid);
        Files.write(ver, AuditsetLezer.MAPPER.writeValueAsBytes(set));
        // a family of two: its first dossier in the first half, its last one in the second
        String paar = null;
        java.util.Map<String, Integer> leden = new java.util.HashMap<>();
        for (var d : gedraaid) {
            if (d.hasNonNull("gezin") && leden.merge(d.get("gezin").asString(), 1, Integer::sum) == 2 && paar == null) {
                paar = d.get("gezin").asString();
            }
        }
        assertThat(paar).isNotNull();
        int einde = Gezinsvoorlezing.lees(ver).einde(paar);
        assertThat(einde).isGreaterThan(600).isLessThan(gedraaid.size());
        byte[] verwacht = inGeheugen(ver);
        assertThat(gezinsuitkomsten(verwacht)).isEqualTo(gezinsuitkomsten(inGeheugen(groot)));
        assertThat(stromend(ver, 2, 50)).isEqualTo(verwacht);
        assertThat(stromend(ver, 1, 500)).isEqualTo(verwacht);
    }

    @Test
    void meetperiodeEnMaandtabelGelijk() throws Exception {
        Meetperiode periode = Meetperiode.lees("2025-06-01..2025-12-31");
        Auditrapport r = new Audit(new AuditEngine()).voerUit(new AuditsetLezer().lees(groot, null), CATALOGUS,
                periode);
        ByteArrayOutputStream verwacht = new ByteArrayOutputStream();
        RapportSchrijver.schrijf(r, verwacht);
        assertThat(r.periode().buitenPeriode()).isPositive();
        try (Bevindingenspool spool = new Bevindingenspool(tmp)) {
            Auditrapport skelet = new Stroomaudit(2, 100, new OrganisatieEngine())
                    .voerUit(groot, Gezinsvoorlezing.lees(groot), null, CATALOGUS, periode, spool, List.of());
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            spool.schrijfRapport(skelet, uit);
            assertThat(uit.toByteArray()).isEqualTo(verwacht.toByteArray());
        }
    }

    @Test
    void compactGzipEnJsonRegelsGelijk() throws Exception {
        Path demo = Path.of("fixtures/demo.json");
        Auditrapport r = new Audit(new AuditEngine()).voerUit(new AuditsetLezer().lees(demo, null), CATALOGUS);
        ByteArrayOutputStream verwacht = new ByteArrayOutputStream();
        RapportSchrijver.schrijf(r, verwacht, Opmaak.COMPACT);
        ByteArrayOutputStream regels = new ByteArrayOutputStream();
        try (Bevindingenspool spool = new Bevindingenspool(tmp, Opmaak.COMPACT, true)) {
            Auditrapport skelet = new Stroomaudit(2, 9, new OrganisatieEngine()).voerUit(demo,
                    Gezinsvoorlezing.lees(demo), null, CATALOGUS, null, spool,
                    List.of(new Bevindingenregels(regels, true)));
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            spool.schrijfRapport(skelet, gz);
            byte[] uitgepakt = new GZIPInputStream(new ByteArrayInputStream(gz.toByteArray())).readAllBytes();
            assertThat(uitgepakt).isEqualTo(verwacht.toByteArray());
            assertThat(gz.size()).isLessThan(verwacht.size() / 3);
        }
        String tekst = new String(new GZIPInputStream(new ByteArrayInputStream(regels.toByteArray())).readAllBytes(),
                StandardCharsets.UTF_8);
        List<String> lijnen = tekst.lines().toList();
        var bevindingen = AuditsetLezer.MAPPER.readTree(verwacht.toByteArray()).get("bevindingen");
        assertThat(lijnen).hasSize(bevindingen.size()).hasSize(r.bevindingen().size());
        for (int i = 0; i < lijnen.size(); i++) {
            assertThat(AuditsetLezer.MAPPER.readTree(lijnen.get(i))).isEqualTo(bevindingen.get(i));
        }
    }

    @Test
    void zonderBevindingenIsDeLijstLeeg() throws Exception {
        // every dossier rejected: the spliced report has an empty findings array, compact and indented
        Path leeg = tmp.resolve("alles-afgewezen.json");
        Files.writeString(leeg, "{\"peildatum\": \"2025-03-10\", \"organisatie\": \"JBN\", \"dossiers\": "
                + "[{\"id\": \"D-1\"}, {\"id\": \"D-2\", \"maatregel\": \"OTS\"}]}");
        for (Opmaak opmaak : Opmaak.values()) {
            Auditrapport r = new Audit(new AuditEngine()).voerUit(new AuditsetLezer().lees(leeg, null), CATALOGUS);
            ByteArrayOutputStream verwacht = new ByteArrayOutputStream();
            RapportSchrijver.schrijf(r, verwacht, opmaak);
            try (Bevindingenspool spool = new Bevindingenspool(tmp, opmaak, false)) {
                Auditrapport skelet = new Stroomaudit(2, 1, new OrganisatieEngine()).voerUit(leeg,
                        Gezinsvoorlezing.lees(leeg), null, CATALOGUS, null, spool, List.of());
                ByteArrayOutputStream uit = new ByteArrayOutputStream();
                spool.schrijfRapport(skelet, uit);
                assertThat(uit.toString(StandardCharsets.UTF_8)).isEqualTo(verwacht.toString(StandardCharsets.UTF_8));
            }
        }
    }

    /** Per outcome, how many 1a.2-D findings the report holds. */
    private static java.util.Map<String, Integer> gezinsuitkomsten(byte[] rapport) throws Exception {
        java.util.Map<String, Integer> per = new java.util.TreeMap<>();
        for (var b : AuditsetLezer.MAPPER.readTree(rapport).get("bevindingen")) {
            if (b.get("indicator").asString().equals("1a.2-D")) {
                per.merge(b.get("uitkomst").asString(), 1, Integer::sum);
            }
        }
        return per;
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
