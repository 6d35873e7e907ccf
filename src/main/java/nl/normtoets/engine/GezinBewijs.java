package nl.normtoets.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evidence of a family check (1a.2-D): every dossier of the family judged, the worst counting. Names the family, how
 * many dossiers it has in the set and each one's outcome, then the deciding dossier and its own evidence.
 */
public final class GezinBewijs extends Bewijsstuk {
    private final String gezin;
    private final Map<String, Uitkomst> perDossier;
    private final String ergsteDossier;
    private final Map<String, Object> ergste;

    public GezinBewijs(String gezin, Map<String, Uitkomst> perDossier, String ergsteDossier,
                       Map<String, Object> ergste) {
        this.gezin = Objects.requireNonNull(gezin, "gezin");
        this.perDossier = new LinkedHashMap<>(perDossier);
        this.ergsteDossier = ergsteDossier;
        this.ergste = Objects.requireNonNull(ergste, "ergste");
    }

    public String gezin() {
        return gezin;
    }

    public Map<String, Uitkomst> perDossier() {
        return Map.copyOf(perDossier);
    }

    public String ergsteDossier() {
        return ergsteDossier;
    }

    @Override
    public Optional<LocalDate> uiterlijk() {
        return ergste instanceof Bewijsstuk s ? s.uiterlijk() : Optional.empty();
    }

    @Override
    void schrijf(Bewijs b) {
        b.met("gezin", gezin).met("aantalDossiers", perDossier.size()).met("perDossier", perDossier)
                .met("ergsteDossier", ergsteDossier).met(ergste);
    }
}
