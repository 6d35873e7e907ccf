package nl.normtoets.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import nl.normtoets.dossier.Dossier;

/** The draw itself: criteria first, then at random; deterministic for a start value. */
final class Trekking {

    private Trekking() {
    }

    static List<Steekproefdossier> trek(List<Dossier> dossiers, LocalDate peildatum, Collection<String> afgewezen,
                                        int aantal, long startwaarde) {
        throw new UnsupportedOperationException("volgt");
    }
}
