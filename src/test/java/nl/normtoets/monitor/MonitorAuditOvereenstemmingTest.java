package nl.normtoets.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.rules.Regelmappen;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;

/**
 * The monitor and the audit agree: every open TEKORT on day D (not a first term met late, which is history and
 * sits under afgehandeldTeLaat) has the matching VERLOPEN signal on day D; the merged contact signal stands for
 * both 3.1-A and 3.4-A. A first term met late is on neither list twice. Runs over {@code fixtures/demo.json} when present, else over all indicator fixtures combined.
 */
class MonitorAuditOvereenstemmingTest {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    static List<Dossier> dossiers;
    static LocalDate peildatum;

    @BeforeAll
    static void lees() throws IOException {
        Path demo = Path.of("fixtures/demo.json");
        List<Path> bestanden;
        if (Files.exists(demo)) {
            bestanden = List.of(demo);
        } else {
            bestanden = Regelmappen.dossiergevallen();
        }
        dossiers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path p : bestanden) {
            Auditset set = new AuditsetLezer().lees(p, null);
            assertThat(peildatum == null || peildatum.equals(set.peildatum())).as("een peildatum voor alle sets").isTrue();
            peildatum = set.peildatum();
            set.dossiers().stream().filter(d -> ids.add(d.id())).forEach(dossiers::add);
        }
        assertThat(dossiers).hasSizeGreaterThan(50);
    }

    /** The set's own peildatum, and later days on which more deadlines have passed. */
    @ParameterizedTest(name = "peildatum + {0} dagen")
    @ValueSource(ints = {0, 30, 120})
    void tekortInDeAuditIsVerlopenInDeMonitor(int later) {
        LocalDate dag = peildatum.plusDays(later);
        List<Bevinding> audit = new AuditEngine().evalueer(CATALOGUS, dag, dossiers).bevindingen();
        int getoetst = 0;
        try (Testmonitor m = new Testmonitor(CATALOGUS, dag, 7, dossiers)) {
            List<String> ontbrekend = new ArrayList<>();
            for (Bevinding b : audit) {
                // the monitor sees the same findings as the audit (one source of truth) ...
                assertThat(m.bevindingen(b.dossier())).as(b.dossier() + " " + b.indicator()).contains(b);
                var soort = Signaalsoort.voorIndicator(b.indicator());
                if (b.uitkomst() != Uitkomst.TEKORT || soort.isEmpty()) {
                    continue;
                }
                // 3.4-B is also TEKORT for a dossier the CCP or the CRT pool holds (issue 12); the monitor's signal
                // for it is "aan niemand toegewezen", so it follows only the unassigned ones
                if (soort.get() == Signaalsoort.GEEN_TOEWIJZING && Boolean.TRUE.equals(b.bewijs().get("toegewezen"))) {
                    continue;
                }
                getoetst++;
                // ... and every shortfall is an overdue signal of the matching kind
                boolean gevonden = m.signalen(b.dossier()).stream()
                        .anyMatch(s -> s.soort().dekt(soort.get()) && s.status() == Signaalstatus.VERLOPEN)
                        || m.afgehandeldTeLaat().stream().anyMatch(s -> s.dossier().equals(b.dossier())
                        && s.soort() == soort.get() && s.status() == Signaalstatus.VERLOPEN);
                if (!gevonden) {
                    ontbrekend.add(b.dossier() + " " + b.indicator() + ": " + b.toelichting());
                }
            }
            assertThat(ontbrekend).isEmpty();
        }
        assertThat(getoetst).as("er zijn TEKORT-bevindingen om te vergelijken").isGreaterThan(20);
    }
}
