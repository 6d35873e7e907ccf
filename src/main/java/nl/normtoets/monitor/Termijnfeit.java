package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline derived by {@code rules/monitor.drl} for a signal that has no audit indicator. Not a Bevinding, so the
 * audit never sees it; inserted logically, so it disappears when its dossier fact is retracted.
 */
public record Termijnfeit(String dossier, Signaalsoort soort, LocalDate vervaldatum, String toelichting) {

    public Termijnfeit {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(vervaldatum, "vervaldatum");
    }
}
