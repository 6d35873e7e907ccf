package nl.normtoets.dossier;

import java.time.LocalDate;
import java.util.List;

public record Plan(LocalDate datum, PlanSoort soort, boolean besprokenMetJeugdige, boolean besprokenMetOuders,
                   List<Doel> doelen) {

    public Plan {
        doelen = Lists.of(doelen);
    }

    public boolean heeftDoel(String doelId) {
        return doelen.stream().anyMatch(d -> d.id().equals(doelId));
    }

    /** The risks of a taxatie that no doel of this plan addresses, in the taxatie's order. */
    public List<String> zonderDoel(List<String> risicos) {
        return risicos.stream().filter(r -> doelen.stream().noneMatch(d -> d.adresseert().contains(r))).toList();
    }
}
