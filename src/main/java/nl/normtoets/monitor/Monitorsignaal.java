package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One warning for one dossier on the peildatum. {@code vervaldatum} is the last allowed day (null when the rule has
 * no deadline, e.g. no assignment at all); {@code dagenOverTijd} is peildatum minus vervaldatum: positive when
 * overdue, zero or negative (days left) when due soon. {@code prioriteit} 1 (most urgent) to 4.
 * {@code teLaatGedaan}: a one-off term (e.g. first contact) that was met late. The audit keeps its TEKORT, but nothing
 * can still be done, so it is history: it is kept out of the morning list ({@code afgehandeldTeLaat} in the overview).
 * {@code controleerRegistratie}: the registration this signal rests on has a data-quality error (seed 001: a
 * monitor on faulty registration gives a wrong picture), so the signal is shown as "controleer registratie".
 */
public record Monitorsignaal(String dossier, Toedeling toedeling, Signaalsoort soort, Signaalstatus status,
                             LocalDate vervaldatum, Long dagenOverTijd, int prioriteit, String toelichting,
                             boolean teLaatGedaan, boolean controleerRegistratie) {

    public Monitorsignaal(String dossier, Toedeling toedeling, Signaalsoort soort, Signaalstatus status,
                          LocalDate vervaldatum, Long dagenOverTijd, int prioriteit, String toelichting,
                          boolean teLaatGedaan) {
        this(dossier, toedeling, soort, status, vervaldatum, dagenOverTijd, prioriteit, toelichting, teLaatGedaan, false);
    }

    /** What the page and the CSV show in the status column: a faulty registration is no risk but a chore. */
    public String weergavestatus() {
        return controleerRegistratie ? "controleer registratie" : status.name();
    }

    Monitorsignaal metControleerRegistratie() {
        return new Monitorsignaal(dossier, toedeling, soort, status, vervaldatum, dagenOverTijd, prioriteit,
                toelichting, teLaatGedaan, true);
    }

    public Monitorsignaal {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(status, "status");
    }
}
