package nl.normtoets.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact of the GI or a care provider. {@code veiligheidBesproken} (optional, issue 12): safety was discussed with
 * the child in this contact; missing means not recorded, which reads as not discussed.
 */
public record Contact(LocalDate datum, Contactvorm vorm, List<Betrokkene> met, boolean alleenJeugdige, Uitvoerder door,
                      Boolean veiligheidBesproken) {

    public Contact {
        met = Lists.of(met);
    }

    /** A contact of the contract before {@code veiligheidBesproken}: not recorded. */
    public Contact(LocalDate datum, Contactvorm vorm, List<Betrokkene> met, boolean alleenJeugdige, Uitvoerder door) {
        this(datum, vorm, met, alleenJeugdige, door, null);
    }

    public boolean doorGi() {
        return door == Uitvoerder.GI;
    }

    public boolean fysiek() {
        return vorm == Contactvorm.FYSIEK;
    }

    public boolean metJeugdige() {
        return met.contains(Betrokkene.JEUGDIGE);
    }

    public boolean metJeugdigeOfOuders() {
        return met.contains(Betrokkene.JEUGDIGE) || met.contains(Betrokkene.OUDERS);
    }

    public boolean veiligheidMetJeugdige() {
        return Boolean.TRUE.equals(veiligheidBesproken);
    }
}
