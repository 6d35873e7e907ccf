package nl.normtoets.dossier;

import java.time.LocalDate;

/**
 * A period in which a worker or interim team carries the dossier; {@code tot} is inclusive, null while running.
 * {@code gezinGeinformeerd} (optional, issue 12): the day the family was told who carries the dossier from now on.
 */
public record Toewijzing(LocalDate vanaf, LocalDate tot, Werkwijze werkwijze, String medewerker,
                         LocalDate gezinGeinformeerd) {

    /** An assignment of the contract before {@code gezinGeinformeerd}: not recorded. */
    public Toewijzing(LocalDate vanaf, LocalDate tot, Werkwijze werkwijze, String medewerker) {
        this(vanaf, tot, werkwijze, medewerker, null);
    }

    public boolean actiefOp(LocalDate dag) {
        return !vanaf.isAfter(dag) && (tot == null || !tot.isBefore(dag));
    }

    public boolean isVast() {
        return werkwijze == Werkwijze.VAST;
    }

    /** Who holds the dossier, for a finding's text: the werkwijze, and the worker when one is named. */
    public String wie() {
        return medewerker == null ? String.valueOf(werkwijze) : werkwijze + " " + medewerker;
    }

    /** Where the dossier lies while held this way without a vaste worker, as a finding's text says it. */
    public String plaats() {
        return switch (werkwijze) {
            case CCP -> "bij het startteam (CCP)";
            case CRT -> "in de pool van het CRT";
            default -> "als " + werkwijze + " zonder benoemde medewerker";
        };
    }

    /** Named: a worker is recorded (a pool such as the CRT often has none). */
    public boolean benoemd() {
        return medewerker != null && !medewerker.isBlank();
    }
}
