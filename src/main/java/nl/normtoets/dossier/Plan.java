package nl.normtoets.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

    /**
     * Drools keeps every object a {@code from} pattern produces in a hash map, so this is asked once per rule and
     * dossier; the record's own hash walks every nested list. Equal records have equal fields, so a hash of a few
     * of them keeps the contract with {@link #equals}.
     */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(datum) + Objects.hashCode(soort);
    }
}
