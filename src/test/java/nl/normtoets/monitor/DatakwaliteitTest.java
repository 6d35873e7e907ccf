package nl.normtoets.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import tools.jackson.databind.JsonNode;

/**
 * One fixture per kind of registration error ({@code fixtures/monitor/datakwaliteit/<SOORT>.json}); each dossier
 * states its case and the errors expected. Read through the real reader, so the fixture is valid input, and run
 * through the monitor: the errors are listed apart and never turn into signals.
 */
class DatakwaliteitTest {

    static final Path MAP = Path.of("fixtures/monitor/datakwaliteit");
    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();

    static Stream<Registratiefout.Soort> soorten() {
        return Stream.of(Registratiefout.Soort.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("soorten")
    void fixtureGeeftDeVerwachteRegistratiefouten(Registratiefout.Soort soort) throws Exception {
        Path bestand = MAP.resolve(soort + ".json");
        assertThat(bestand).exists();
        Auditset set = new AuditsetLezer().lees(bestand, null);
        assertThat(set.afgewezen()).as("fixture is geldige invoer").isEmpty();

        Monitoroverzicht o = Monitor.overzicht(CATALOGUS, set.peildatum(), 7, set.dossiers());
        JsonNode json = AuditsetLezer.MAPPER.readTree(Files.readString(bestand));
        List<String> afwijkingen = new ArrayList<>();
        boolean fout = false;
        boolean goed = false;
        for (JsonNode d : json.get("dossiers")) {
            String id = d.get("id").asString();
            List<String> verwacht = new ArrayList<>();
            d.get("verwacht").get("registratiefouten").forEach(n -> verwacht.add(n.asString()));
            List<String> kreeg = o.registratiefouten().stream().filter(f -> f.dossier().equals(id))
                    .map(f -> f.soort().name()).distinct().toList();
            fout |= verwacht.contains(soort.name());
            goed |= verwacht.isEmpty();
            if (!kreeg.equals(verwacht)) {
                afwijkingen.add(id + " (" + d.get("geval").asString() + "): verwacht " + verwacht + ", kreeg " + kreeg);
            }
        }
        assertThat(afwijkingen).isEmpty();
        assertThat(fout).as("fixture heeft een dossier met de fout").isTrue();
        assertThat(goed).as("fixture heeft een correct (grens)geval").isTrue();
        assertThat(o.registratiefouten()).allSatisfy(f -> {
            assertThat(f.toelichting()).isNotBlank();
            assertThat(f.toedeling().team()).isEqualTo("D1");
        });
    }
}
