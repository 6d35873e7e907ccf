package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.ingest.OnbruikbareInvoer;

/**
 * The morning list: open signals most urgent first, the registrations to fix (listed apart), the dossiers the rules
 * could not evaluate (nothing is dropped silently), the first terms met late (history, not on the list), how
 * reliable each signal kind is, and the steering figures of seeds 000/001 (workload, work stock). The last three
 * are empty when the overview was built without them (e.g. the incremental API's plain {@code overzicht()}).
 */
public record Monitoroverzicht(LocalDate peildatum, int horizon, List<Monitorsignaal> signalen,
                               List<Registratiefout> registratiefouten, List<Afwijzing> afgewezen,
                               List<Monitorsignaal> afgehandeldTeLaat, List<Betrouwbaarheid> betrouwbaarheid,
                               Werklast werklast, List<Werkvoorraad> werkvoorraad) {

    public Monitoroverzicht {
        signalen = List.copyOf(signalen);
        registratiefouten = List.copyOf(registratiefouten);
        afgewezen = afgewezen == null ? List.of() : List.copyOf(afgewezen);
        afgehandeldTeLaat = afgehandeldTeLaat == null ? List.of() : List.copyOf(afgehandeldTeLaat);
        betrouwbaarheid = betrouwbaarheid == null ? Betrouwbaarheid.van(signalen) : List.copyOf(betrouwbaarheid);
        werkvoorraad = werkvoorraad == null ? List.of() : List.copyOf(werkvoorraad);
    }

    public Monitoroverzicht(LocalDate peildatum, int horizon, List<Monitorsignaal> signalen,
                            List<Registratiefout> registratiefouten, List<Afwijzing> afgewezen) {
        this(peildatum, horizon, signalen, registratiefouten, afgewezen, List.of(), null, null, List.of());
    }

    public Monitoroverzicht(LocalDate peildatum, int horizon, List<Monitorsignaal> signalen,
                            List<Registratiefout> registratiefouten, List<Afwijzing> afgewezen,
                            List<Monitorsignaal> afgehandeldTeLaat) {
        this(peildatum, horizon, signalen, registratiefouten, afgewezen, afgehandeldTeLaat, null, null, List.of());
    }

    /** The same overview with the steering figures added. */
    public Monitoroverzicht met(Werklast werklast, List<Werkvoorraad> werkvoorraad) {
        return new Monitoroverzicht(peildatum, horizon, signalen, registratiefouten, afgewezen, afgehandeldTeLaat,
                betrouwbaarheid, werklast, werkvoorraad);
    }

    /** Only what passes the filter; the reliability header is recounted on what is left, the figures stay. */
    public Monitoroverzicht gefilterd(Predicate<Toedeling> houd) {
        return new Monitoroverzicht(peildatum, horizon,
                signalen.stream().filter(s -> houd.test(s.toedeling())).toList(),
                registratiefouten.stream().filter(f -> houd.test(f.toedeling())).toList(), afgewezen,
                afgehandeldTeLaat.stream().filter(s -> houd.test(s.toedeling())).toList(), null,
                werklast, werkvoorraad);
    }

    /** Only the dossiers of one team (null: all). The team must be one of {@code bekend}; see {@link #kiesTeam}. */
    public Monitoroverzicht voorTeam(String team) {
        if (team == null) {
            return this;
        }
        Monitoroverzicht o = gefilterd(t -> t != null && team.equalsIgnoreCase(t.team()));
        return o.met(werklast == null ? null : werklast.voorTeam(team), werkvoorraad);
    }

    /**
     * The team as spelled in the data, compared case-insensitively. An unknown team is an error naming the known
     * ones: an empty list would read as "all fine" (issue 16).
     */
    public static String kiesTeam(String gevraagd, Collection<String> bekend) {
        if (gevraagd == null) {
            return null;
        }
        Optional<String> gevonden = bekend.stream().filter(t -> t != null && t.equalsIgnoreCase(gevraagd.trim()))
                .findFirst();
        return gevonden.orElseThrow(() -> new OnbruikbareInvoer("onbekend team '" + gevraagd.trim()
                + "'; bekende teams: " + String.join(", ", new TreeSet<>(bekend.stream()
                .filter(t -> t != null).toList()))));
    }
}
