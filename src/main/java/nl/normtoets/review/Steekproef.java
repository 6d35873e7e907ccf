package nl.normtoets.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.normtoets.ingest.Auditset;

/**
 * A sample of dossiers drawn from one stored audit for the dossierlezing. {@code id} is null until stored;
 * {@code startwaarde} reproduces the draw; {@code door} who drew it; {@code dossiers} in draw order.
 */
public record Steekproef(String id, String audit, int aantal, long startwaarde, Instant getrokken, String door,
                         List<Steekproefdossier> dossiers) {

    /** The inspecties read twenty dossiers (seed 002, appendix 1). */
    public static final int STANDAARD_AANTAL = 20;

    public Steekproef {
        dossiers = dossiers == null ? List.of() : List.copyOf(dossiers);
    }

    /**
     * Draws {@code aantal} dossiers from the accepted dossiers of {@code set}, leaving out the {@code afgewezen}
     * ids (dossiers the rules rejected): first one per criterium (each maatregel present, without a vaste
     * jeugdbeschermer on the peildatum, recent starts, with signalen, each team), then at random up to
     * {@code aantal}. The same set, rejections and {@code startwaarde} give the same sample.
     */
    public static Steekproef trek(String audit, Auditset set, Collection<String> afgewezen, int aantal,
                                  long startwaarde, String door) {
        return new Steekproef(null, audit, aantal, startwaarde, Instant.now(), door,
                Trekking.trek(set.dossiers(), set.peildatum(), afgewezen, aantal, startwaarde));
    }

    public Optional<Steekproefdossier> dossier(String id) {
        return dossiers.stream().filter(d -> d.dossier().equals(id)).findFirst();
    }

    public Steekproef metId(String nieuwId) {
        return new Steekproef(nieuwId, audit, aantal, startwaarde, getrokken, door, dossiers);
    }
}
