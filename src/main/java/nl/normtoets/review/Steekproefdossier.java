package nl.normtoets.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One dossier of a sample, in draw order ({@code volgorde} from 1), with what a reviewer and the four-eyes check
 * need without the input file: team, maatregel, startdatum, and the pseudonymous ids of every {@code medewerker}
 * on its {@code toewijzingen} (taken from the audit set when drawn). {@code redenen}: why it was drawn.
 */
public record Steekproefdossier(String dossier, int volgorde, String team, String maatregel, LocalDate startdatum,
                                List<String> medewerkers, List<Trekreden> redenen) {

    public Steekproefdossier {
        Objects.requireNonNull(dossier, "dossier");
        medewerkers = medewerkers == null ? List.of() : List.copyOf(medewerkers);
        redenen = redenen == null ? List.of() : List.copyOf(redenen);
    }

    /**
     * Four eyes: a reviewer who is, or was, a {@code medewerker} on this dossier may not review it. Compared without
     * case and surrounding spaces, because user names and export ids are typed by different people.
     */
    public boolean magLezen(String lezer) {
        if (lezer == null || lezer.isBlank()) {
            return false;
        }
        String l = lezer.strip().toLowerCase(Locale.ROOT);
        return medewerkers.stream().noneMatch(m -> m != null && m.strip().toLowerCase(Locale.ROOT).equals(l));
    }

    /** The reasons for people, joined: "maatregel OTS; recent gestart". */
    public String redenTekst() {
        return String.join("; ", redenen.stream().map(Trekreden::tekst).toList());
    }
}
