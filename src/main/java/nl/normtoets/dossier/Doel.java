package nl.normtoets.dossier;

import java.util.List;

/** A goal in a plan; {@code adresseert} names the risks of the assessment it answers. */
public record Doel(String id, List<String> adresseert) {

    public Doel {
        adresseert = Lists.of(adresseert);
    }
}
