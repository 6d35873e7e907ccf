package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import nl.normtoets.dossier.Afwijzing;

/**
 * The morning list: signals most urgent first, the registrations to fix (listed apart), and the dossiers the rules
 * could not evaluate (nothing is dropped silently).
 */
public record Monitoroverzicht(LocalDate peildatum, int horizon, List<Monitorsignaal> signalen,
                               List<Registratiefout> registratiefouten, List<Afwijzing> afgewezen) {

    public Monitoroverzicht {
        signalen = List.copyOf(signalen);
        registratiefouten = List.copyOf(registratiefouten);
        afgewezen = afgewezen == null ? List.of() : List.copyOf(afgewezen);
    }

    /** Only the dossiers of one team (null: all). */
    public Monitoroverzicht voorTeam(String team) {
        if (team == null) {
            return this;
        }
        Predicate<Toedeling> vanTeam = t -> t != null && team.equals(t.team());
        return new Monitoroverzicht(peildatum, horizon,
                signalen.stream().filter(s -> vanTeam.test(s.toedeling())).toList(),
                registratiefouten.stream().filter(f -> vanTeam.test(f.toedeling())).toList(), afgewezen);
    }
}
