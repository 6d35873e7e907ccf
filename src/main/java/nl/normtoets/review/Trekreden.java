package nl.normtoets.review;

import java.util.Objects;

import nl.normtoets.report.Labels;

/**
 * One reason a dossier was drawn: the criterium and, where it has one, the value it was drawn for (the maatregel,
 * the team; null otherwise). A dossier drawn for one criterium that also meets others carries all of them.
 */
public record Trekreden(Criterium criterium, String waarde) {

    public Trekreden {
        Objects.requireNonNull(criterium, "criterium");
    }

    /** For people: "maatregel voorlopige OTS", "team D1", "recent gestart". */
    public String tekst() {
        if (waarde == null) {
            return criterium.label();
        }
        return criterium.label() + " " + (criterium == Criterium.MAATREGEL ? Labels.waarde(waarde) : waarde);
    }
}
