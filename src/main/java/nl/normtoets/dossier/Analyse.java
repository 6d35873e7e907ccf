package nl.normtoets.dossier;

import java.time.LocalDate;
import java.util.List;

public record Analyse(LocalDate datum, boolean samenMetGezin, List<Leefgebied> leefgebieden) {

    public Analyse {
        leefgebieden = Lists.of(leefgebieden);
    }
}
