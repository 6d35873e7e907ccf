package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One warning for one dossier on the peildatum. {@code vervaldatum} is the last allowed day (null when the rule has
 * no deadline, e.g. no assignment at all); {@code dagenOverTijd} is peildatum minus vervaldatum: positive when
 * overdue, zero or negative (days left) when due soon. {@code prioriteit} 1 (most urgent) to 4.
 * {@code teLaatGedaan}: a one-off term (e.g. first contact) that was met late. It stays VERLOPEN, as the audit says
 * TEKORT, but nothing can still be done, so it sorts after the open items of its priority.
 */
public record Monitorsignaal(String dossier, Toedeling toedeling, Signaalsoort soort, Signaalstatus status,
                             LocalDate vervaldatum, Long dagenOverTijd, int prioriteit, String toelichting,
                             boolean teLaatGedaan) {

    public Monitorsignaal {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(status, "status");
    }
}
