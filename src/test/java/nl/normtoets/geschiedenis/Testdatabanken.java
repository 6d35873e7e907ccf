package nl.normtoets.geschiedenis;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the store's tests run on: an H2 file in a temporary folder, and the PostgreSQL server named by
 * {@value #PG_URL} (with {@value #PG_GEBRUIKER} and {@value #PG_WACHTWOORD}; {@code tests.sh} starts one). Without
 * that variable the PostgreSQL runs are skipped on a developer's machine, but fail under {@code CI}: CI must prove
 * both databases.
 */
public final class Testdatabanken {

    public static final String PG_URL = "NORMTOETS_TEST_PG_URL";
    public static final String PG_GEBRUIKER = "NORMTOETS_TEST_PG_USER";
    public static final String PG_WACHTWOORD = "NORMTOETS_TEST_PG_PASSWORD";

    private Testdatabanken() {
    }

    public static Stream<String> soorten() {
        return Stream.of("H2", "PostgreSQL");
    }

    public static Databank databank(String soort, Path map) {
        if ("H2".equals(soort)) {
            return Databank.uit(map, null);
        }
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci)) {
                Assertions.fail(PG_URL + " ontbreekt onder CI: de PostgreSQL-tests moeten draaien (start ./tests.sh)");
            }
            Assumptions.abort(PG_URL + " niet gezet: PostgreSQL-tests overgeslagen (./tests.sh zet hem)");
        }
        return new Databank(map, url, System.getenv(PG_GEBRUIKER), System.getenv(PG_WACHTWOORD));
    }
}
