package nl.normtoets.bench.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.normtoets.audit.Audit;
import nl.normtoets.bench.Peer;
import nl.normtoets.bench.Peervergelijking;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.RegelBasis;
import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.norm.Termijn;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.scoring.Telling;

/** Issue 20: DuckDB's 1a.3-A on the JSON file counts what the product's rule counts, outcome by outcome. */
class DuckdbPeerTest {

    private static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    private static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 10);

    private static Auditrapport audit(Path set) {
        return new Audit(new AuditEngine(RegelBasis.gedeeld(), AuditEngine.STANDAARD_BATCH))
                .voerUit(new AuditsetLezer().lees(set, null), CATALOGUS);
    }

    @Test
    void deBenchVindtDuckdbOpHetClasspath() {
        assertThat(Peer.gevonden()).get().isInstanceOf(DuckdbPeer.class);
        assertThat(new DuckdbPeer().naam()).startsWith("DuckDB v");
    }

    @ParameterizedTest(name = "profiel {0}")
    @ValueSource(strings = {"jbn-2025", "jbn-2026"})
    void gelijkeAantallenOpEenGegenereerdeSet(String profiel, @TempDir Path tmp) throws Exception {
        Path set = tmp.resolve("set.json");
        try (OutputStream o = Files.newOutputStream(set)) {
            new DossierGenerator(Profiel.van(profiel), 11, PEILDATUM).schrijfAuditset(o, 600, "JBN", false);
        }
        Auditrapport rapport = audit(set);
        Peervergelijking.Uitslag u = new Peervergelijking(new DuckdbPeer()).meet(set, CATALOGUS, rapport, 1);
        Telling t = u.telling();
        assertThat(t).isEqualTo(Peervergelijking.product(rapport));
        assertThat(t.voldoet() + t.tekort() + t.nogNietToetsbaar() + t.nietVanToepassing()).isEqualTo(600);
        assertThat(t.voldoet()).isPositive();
        assertThat(t.tekort()).isPositive();
    }

    @Test
    void randgevallenVanDeTermijnTellenGelijk(@TempDir Path tmp) throws Exception {
        // start 2025-03-01, peildatum 2025-03-10: +5 on time, +6 late; contacts that do not count; ended before the
        // last day; the last day not yet passed; a rejected dossier counts for neither side
        String d = "{\"id\":\"%s\",\"maatregel\":\"%s\",\"startdatum\":\"%s\",\"einddatum\":%s,\"contacten\":[%s]}";
        String c = "{\"datum\":\"%s\",\"vorm\":\"%s\",\"met\":[\"%s\"],\"door\":\"%s\"}";
        String json = "{\"peildatum\":\"2025-03-10\",\"dossiers\":["
                + String.join(",",
                d.formatted("D-1", "OTS", "2025-03-01", "null", c.formatted("2025-03-06", "FYSIEK", "OUDERS", "GI")),
                d.formatted("D-2", "JR", "2025-03-01", "null", c.formatted("2025-03-07", "FYSIEK", "JEUGDIGE", "GI")),
                d.formatted("D-3", "VOOGDIJ", "2025-03-01", "null",
                        c.formatted("2025-03-02", "TELEFONISCH", "OUDERS", "GI") + ","
                        + c.formatted("2025-03-02", "FYSIEK", "OUDERS", "HULPVERLENER") + ","
                        + c.formatted("2025-03-02", "FYSIEK", "NETWERK", "GI") + ","
                        + c.formatted("2025-02-27", "FYSIEK", "OUDERS", "GI")),
                d.formatted("D-4", "OTS", "2025-03-01", "\"2025-03-04\"", ""),
                d.formatted("D-5", "OTS", "2025-03-01", "\"2025-03-06\"", ""),
                d.formatted("D-6", "VOORLOPIGE_OTS", "2025-03-05", "null", ""),
                d.formatted("D-7", "OTS", "2025-03-04", "null", ""),
                d.formatted("D-8", "OTS", "2025-03-01", "null", c.formatted("2025-03-20", "FYSIEK", "OUDERS", "GI")))
                + "]}";
        Path set = tmp.resolve("randen.json");
        Files.writeString(set, json, StandardCharsets.UTF_8);
        Auditrapport rapport = audit(set);
        assertThat(rapport.afgewezen()).extracting(a -> a.dossier()).containsExactly("D-8"); // a date after peildatum
        Telling product = Peervergelijking.product(rapport);
        // D-1 on time; D-2 late; D-3 no contact that counts, term over: TEKORT; D-4 ended before the last day: n.v.t.;
        // D-5 ended on the last day without contact, term passed: TEKORT; D-6 last day 03-10 = peildatum: not yet;
        // D-7 last day 03-09: TEKORT
        assertThat(product).isEqualTo(new Telling(1, 4, 1, 1));
        assertThat(new DuckdbPeer().eersteContact(set, CATALOGUS.indicator("1a.3-A").orElseThrow(), PEILDATUM,
                Set.of("D-8"))).isEqualTo(product);
    }

    @Test
    void eenAndereTermijnGeeftAndereAantallenEnDieStoppenDeBench(@TempDir Path tmp) throws Exception {
        Path set = tmp.resolve("set.json");
        try (OutputStream o = Files.newOutputStream(set)) {
            new DossierGenerator(Profiel.van("jbn-2025"), 5, PEILDATUM).schrijfAuditset(o, 300, "JBN", false);
        }
        Auditrapport rapport = audit(set);
        Indicator i = CATALOGUS.indicator("1a.3-A").orElseThrow();
        Indicator ruimer = new Indicator(i.id(), i.norm(), i.titel(), i.niveau(), i.maatregelen(),
                Termijn.vanDagen(30), i.parameters(), i.varianten(), i.actief(), i.bron());
        Telling anders = new DuckdbPeer().eersteContact(set, ruimer, PEILDATUM, Set.of());
        assertThat(anders).isNotEqualTo(Peervergelijking.product(rapport));
        // a peer that counts differently is refused, not reported as a ratio
        Peer fout = new Peer() {
            @Override
            public String naam() {
                return "fout";
            }

            @Override
            public Telling eersteContact(Path json, Indicator indicator, LocalDate peildatum, Set<String> uit) {
                return anders;
            }
        };
        assertThatThrownBy(() -> new Peervergelijking(fout).meet(set, CATALOGUS, rapport, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1a.3-A");
    }
}
