package nl.normtoets.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.normtoets.dossier.Dossier;

/**
 * The dossiers of one family ({@code Dossier.gezin}) in the audit set, as a fact for the one cross-dossier rule
 * (1a.2-D). Dossiers are judged in independent batches, so the engine builds these before batching, from the whole
 * set, and inserts into each batch's session the families of the dossiers in it: a family's dossiers may sit in
 * different batches and are still judged together. Only families with more than one dossier become a fact.
 */
public record Gezin(String id, List<Dossier> dossiers) {

    public Gezin {
        Objects.requireNonNull(id, "id");
        dossiers = List.copyOf(dossiers);
    }

    /** The other dossiers of this family than the given one (that one is judged in its current version). */
    public List<Dossier> anderen(Dossier d) {
        return dossiers.stream().filter(x -> !x.id().equals(d.id())).toList();
    }

    /** Per family id, the families with two or more dossiers in {@code alle}, members in input order. */
    public static Map<String, Gezin> uit(Iterable<Dossier> alle) {
        Map<String, List<Dossier>> per = new LinkedHashMap<>();
        for (Dossier d : alle) {
            if (d.gezin() != null) {
                per.computeIfAbsent(d.gezin(), k -> new ArrayList<>(2)).add(d);
            }
        }
        Map<String, Gezin> uit = new LinkedHashMap<>();
        per.forEach((id, leden) -> {
            if (leden.size() > 1) {
                uit.put(id, new Gezin(id, leden));
            }
        });
        return uit;
    }

    /** The families of a batch's dossiers, each once. */
    public static List<Gezin> van(List<Dossier> batch, Map<String, Gezin> gezinnen) {
        if (gezinnen.isEmpty()) {
            return List.of();
        }
        Map<String, Gezin> uit = new LinkedHashMap<>();
        for (Dossier d : batch) {
            Gezin g = d.gezin() == null ? null : gezinnen.get(d.gezin());
            if (g != null) {
                uit.putIfAbsent(g.id(), g);
            }
        }
        return List.copyOf(uit.values());
    }
}
