package nl.normtoets.dossier;

import java.time.LocalDate;

/** The agreed contact frequency with the child and family. */
public record Contactafspraak(LocalDate datum, Integer frequentieDagen) {

    /** The end of a finding's sentence about this agreement: the frequency when one was agreed. */
    public String frequentieTekst() {
        return frequentieDagen == null ? "." : " (elke " + frequentieDagen + " dagen).";
    }
}
