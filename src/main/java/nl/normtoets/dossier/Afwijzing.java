package nl.normtoets.dossier;

import java.util.List;

/** A dossier that was not audited, with every reason; it appears in the report's {@code afgewezen}. */
public record Afwijzing(String dossier, List<String> fouten) {

    public Afwijzing {
        fouten = List.copyOf(fouten);
    }
}
