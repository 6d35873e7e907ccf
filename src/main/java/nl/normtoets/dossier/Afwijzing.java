package nl.normtoets.dossier;

import java.util.List;

/**
 * A dossier that was not audited, with every reason; it appears in the report's {@code afgewezen}. {@code team} is
 * the team the dossier names, when it names one as text (it may be null): it lets a team manager see the team's own
 * rejected dossiers, and nobody else's.
 */
public record Afwijzing(String dossier, String team, List<String> fouten) {

    public Afwijzing {
        fouten = List.copyOf(fouten);
    }

    /** A rejection whose team is unknown (e.g. a row that names no readable dossier). */
    public Afwijzing(String dossier, List<String> fouten) {
        this(dossier, null, fouten);
    }
}
