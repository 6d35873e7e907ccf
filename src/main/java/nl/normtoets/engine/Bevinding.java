package nl.normtoets.engine;

import java.util.Map;
import java.util.Objects;

/**
 * The judgement of one indicator for one dossier, with the reason in words and the evidence used. Rules insert
 * these; scoring and reporting read them. {@code dossier} is null for organisation indicators, which name what
 * they are about in {@code onderwerp} (e.g. an employee id).
 */
public record Bevinding(String norm, String indicator, String dossier, String onderwerp, Uitkomst uitkomst,
                        String toelichting, Map<String, Object> bewijs) {

    public Bevinding {
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(uitkomst, "uitkomst");
        Objects.requireNonNull(toelichting, "toelichting");
        bewijs = bewijs == null ? Map.of() : bewijs;
    }
}
