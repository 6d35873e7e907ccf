package nl.normtoets.web.fout;

import java.util.List;

import nl.normtoets.dossier.Afwijzing;

/** The audit set has dossiers that fail validation and the caller asked for a strict audit (the default). */
public class OngeldigeDossiers extends RuntimeException {
    private final transient List<Afwijzing> afgewezen;

    public OngeldigeDossiers(List<Afwijzing> afgewezen) {
        super(afgewezen.size() + " dossier(s) ongeldig");
        this.afgewezen = List.copyOf(afgewezen);
    }

    public List<Afwijzing> afgewezen() {
        return afgewezen;
    }
}
