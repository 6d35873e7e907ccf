package nl.normtoets.thema4;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;

/**
 * Theme-4 figures on {@code fixtures/thema4/klein.json} (peildatum 2025-06-30), worked out by hand:
 * <pre>
 * dossier regio     maatregel zonder vaste?  dagen tot vaste       wisselingen      dagen tot hulp
 * T4-1    Drenthe   OTS       nee            0                     0                01-01 -> 02-10 = 40
 * T4-2    Drenthe   OTS       ja (CCP)       01-01 -> 01-31 = 30   1 (M-201->M-102) 01-01 -> 04-01 = 90
 * T4-3    Groningen JR        ja (CRT)       02-01 -> 03-03 = 30   2 (CRT->M-103->M-104) -
 * T4-4    Groningen VOOGDIJ   ja (CCP)       nog geen vaste        0                03-01 -> 03-11 = 10
 * T4-5    Drenthe   OTS       ja (niemand)   nog geen vaste        0                voor de start: 0
 * T4-6    Drenthe   OTS       ja (CRT)       nog geen vaste        0                -
 * </pre>
 */
class Thema4BerekeningTest {

    static Thema4Cijfers cijfers;

    @BeforeAll
    static void bereken() {
        Auditset set = new AuditsetLezer().lees(Path.of("fixtures/thema4/klein.json"), null);
        assertThat(set.afgewezen()).isEmpty();
        cijfers = Thema4Berekening.bereken(set.dossiers(), set.peildatum());
    }

    @Test
    void totaal() {
        Wachtcijfers t = cijfers.totaal();
        assertThat(t.dossiers()).isEqualTo(6);
        // T4-2..T4-6 had a period without a vaste worker: 5 / 6 = 0.8333
        assertThat(t.metPeriodeZonderVaste()).isEqualTo(5);
        assertThat(t.aandeelMetPeriodeZonderVaste()).isEqualTo(0.8333);
        // T4-4, T4-5, T4-6 never had one; days to vaste of the others: [0, 30, 30]
        assertThat(t.nogZonderVaste()).isEqualTo(3);
        assertThat(t.mediaanDagenTotVaste()).isEqualTo(30.0);
        // p90 nearest rank: ceil(0.9 * 3) = 3rd value = 30
        assertThat(t.p90DagenTotVaste()).isEqualTo(30);
        // changes 0 + 1 + 2 + 0 + 0 + 0 = 3 over 6 dossiers = 0.5; most in one dossier: 2
        assertThat(t.gemiddeldAantalWisselingen()).isEqualTo(0.5);
        assertThat(t.maximumWisselingen()).isEqualTo(2);
        // days to help [0, 10, 40, 90]: median (10 + 40) / 2 = 25; p90 ceil(0.9 * 4) = 4th value = 90
        assertThat(t.metHulp()).isEqualTo(4);
        assertThat(t.mediaanDagenTotHulp()).isEqualTo(25.0);
        assertThat(t.p90DagenTotHulp()).isEqualTo(90);
    }

    @Test
    void perRegio() {
        assertThat(cijfers.perRegio()).containsOnlyKeys("Drenthe", "Groningen");
        Wachtcijfers drenthe = cijfers.perRegio().get("Drenthe");
        // T4-1, T4-2, T4-5, T4-6: 3 of 4 without vaste = 0.75; days to vaste [0, 30]: median 15, p90 ceil(1.8) = 2nd = 30
        assertThat(drenthe.dossiers()).isEqualTo(4);
        assertThat(drenthe.aandeelMetPeriodeZonderVaste()).isEqualTo(0.75);
        assertThat(drenthe.mediaanDagenTotVaste()).isEqualTo(15.0);
        assertThat(drenthe.p90DagenTotVaste()).isEqualTo(30);
        // help [0, 40, 90]: median 40; changes 1 / 4 = 0.25
        assertThat(drenthe.mediaanDagenTotHulp()).isEqualTo(40.0);
        assertThat(drenthe.gemiddeldAantalWisselingen()).isEqualTo(0.25);
        Wachtcijfers groningen = cijfers.perRegio().get("Groningen");
        // T4-3, T4-4: both without vaste; days to vaste [30]; changes (2 + 0) / 2 = 1; help [10]
        assertThat(groningen.aandeelMetPeriodeZonderVaste()).isEqualTo(1.0);
        assertThat(groningen.mediaanDagenTotVaste()).isEqualTo(30.0);
        assertThat(groningen.gemiddeldAantalWisselingen()).isEqualTo(1.0);
        assertThat(groningen.p90DagenTotHulp()).isEqualTo(10);
    }

    @Test
    void perMaatregel() {
        assertThat(cijfers.perMaatregel()).containsOnlyKeys("OTS", "JR", "VOOGDIJ");
        assertThat(cijfers.perMaatregel().get("OTS").dossiers()).isEqualTo(4);
        // JR: only T4-3, 30 days to vaste, 2 changes, no help
        Wachtcijfers jr = cijfers.perMaatregel().get("JR");
        assertThat(jr.mediaanDagenTotVaste()).isEqualTo(30.0);
        assertThat(jr.maximumWisselingen()).isEqualTo(2);
        assertThat(jr.metHulp()).isZero();
        assertThat(jr.mediaanDagenTotHulp()).isNull();
        // VOOGDIJ: only T4-4, never a vaste worker, so no days-to-vaste figure at all
        assertThat(cijfers.perMaatregel().get("VOOGDIJ").mediaanDagenTotVaste()).isNull();
        assertThat(cijfers.perMaatregel().get("VOOGDIJ").nogZonderVaste()).isEqualTo(1);
    }

    @Test
    void zonderVasteOpDePeildatum() {
        // running on 2025-06-30 without a vaste worker: T4-4 (CCP, Groningen), T4-5 (nobody, Assen);
        // T4-6 is also without one but ended on 2025-05-01, T4-3 has vaste M-104 since 2025-05-02
        var z = cijfers.zonderVasteOpPeildatum();
        assertThat(z.totaal()).isEqualTo(2);
        assertThat(z.perWerkwijze()).isEqualTo(Map.of("CCP", 1, "GEEN", 1));
        assertThat(z.perGemeente()).isEqualTo(Map.of("Groningen", 1, "Assen", 1));
    }

    @Test
    void mediaanEnP90() {
        assertThat(Thema4Berekening.mediaan(List.of())).isNull();
        assertThat(Thema4Berekening.mediaan(List.of(5L, 1L, 3L))).isEqualTo(3.0);
        // 10 values 1..10: p90 = ceil(9) = 9th value = 9
        assertThat(Thema4Berekening.p90(List.of(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L))).isEqualTo(9);
        assertThat(Thema4Berekening.p90(List.of(7L))).isEqualTo(7);
    }
}
