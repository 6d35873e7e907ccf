package nl.normtoets.dossier;

import java.util.List;

/** Missing arrays in the input mean "none recorded"; records normalise them to empty, immutable lists. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
