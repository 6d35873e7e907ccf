package nl.normtoets.dossier;

import java.time.LocalDate;
import java.util.List;

public record Contact(LocalDate datum, Contactvorm vorm, List<Betrokkene> met, boolean alleenJeugdige, Uitvoerder door) {

    public Contact {
        met = Lists.of(met);
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
}
