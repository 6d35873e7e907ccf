package nl.normtoets.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bench table with and without a peer, and peak RSS beside the heap (issue 20). */
class PeerkolomTest {

    private static Benchmark.Meting meting(String peer, Double peerMs, Double cDivPeer, Long rss) {
        return new Benchmark.Meting(1000, 3_000_000, 40, 100, 110, 300, 110, 400, 4.0, 3.64, 250, 0, rss, peer,
                peerMs, cDivPeer, 25.0, 4.0);
    }

    private static Benchmark.Uitslag uitslag(Benchmark.Meting m, Benchmark.EindTotEind e) {
        return new Benchmark.Uitslag("2026-12-02", "2 cores", "Java 17", "jbn-2025", 1, "2025-03-10", 1, 1, 40,
                List.of(m), null, e, 0.5, 0.6, null, null);
    }

    @Test
    void zonderPeerStaatErNietGemeten() {
        String tabel = Benchmark.tabel(uitslag(meting(null, null, null, null), null));
        assertThat(tabel).contains("peer (1a.3-A op hetzelfde JSON-bestand): niet gemeten").contains("(c)/peer");
        assertThat(tabel.lines().filter(r -> r.trim().startsWith("1000")).findFirst().orElseThrow())
                .endsWith("-         -");
    }

    @Test
    void metPeerDeTijdDeVerhoudingEnHetRss() {
        String tabel = Benchmark.tabel(uitslag(meting("DuckDB v2.0.0", 80.0, 5.0, 612L),
                new Benchmark.EindTotEind(1000, 1500, 10_000_000, 700L)));
        String rij = tabel.lines().filter(r -> r.trim().startsWith("1000")).findFirst().orElseThrow();
        assertThat(rij).contains(" 612 ").contains(" 80 ").endsWith("5.00");
        assertThat(tabel).contains("DuckDB v2.0.0 berekent alleen 1a.3-A").contains("piek RSS 700 MB");
    }

    @Test
    void hetEigenProcesHeeftEenPiekRssOpLinux() {
        Procesgeheugen.resetPiek();
        Long piek = Procesgeheugen.piekMb();
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(piek).isNotNull().isPositive();
        }
    }
}
