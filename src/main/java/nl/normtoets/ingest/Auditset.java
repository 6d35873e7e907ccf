package nl.normtoets.ingest;

import java.time.LocalDate;
import java.util.List;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.dossier.Dossier;
import tools.jackson.databind.JsonNode;

/**
 * An audit set as read: the valid dossiers, the rejected ones with all their errors, and the organisation facts
 * (still raw; theme 5 reads them). {@code aantalIngelezen} counts every dossier entry in the input.
 */
public record Auditset(String bron, LocalDate peildatum, String organisatie, List<Dossier> dossiers,
                       List<Afwijzing> afgewezen, JsonNode organisatieFeiten) {

    public Auditset {
        dossiers = List.copyOf(dossiers);
        afgewezen = List.copyOf(afgewezen);
    }

    public int aantalIngelezen() {
        return dossiers.size() + afgewezen.size();
    }
}
