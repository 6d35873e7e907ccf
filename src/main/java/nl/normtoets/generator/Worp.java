package nl.normtoets.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random source of one dossier plus its time frame. Every fact must lie between the start and the last day
 * ({@code eind}: the peildatum or the earlier end of the measure), because the reader rejects later facts.
 */
final class Worp {
    final SplittableRandom r;
    final LocalDate start;
    final LocalDate eind;

    Worp(SplittableRandom r, LocalDate start, LocalDate eind) {
        this.r = r;
        this.start = start;
        this.eind = eind;
    }

    boolean kans(double p) {
        return r.nextDouble() < p;
    }

    /** Uniform whole number in [van, tot], both inclusive. */
    int tussen(int van, int tot) {
        return van + r.nextInt(tot - van + 1);
    }

    <T> T kies(List<T> uit) {
        return uit.get(r.nextInt(uit.size()));
    }

    /** {@code n} different elements, in the order of {@code uit}. */
    <T> List<T> kiesVerschillend(List<T> uit, int n) {
        List<T> rest = new ArrayList<>(uit);
        List<T> gekozen = new ArrayList<>();
        for (int i = 0; i < n && !rest.isEmpty(); i++) {
            gekozen.add(rest.remove(r.nextInt(rest.size())));
        }
        return uit.stream().filter(gekozen::contains).toList();
    }

    LocalDate dag(int dagenNaStart) {
        return start.plusDays(dagenNaStart);
    }

    /** The date itself when it is already registered by the last day, else null ("not yet happened"). */
    LocalDate alsGebeurd(LocalDate d) {
        return d != null && !d.isAfter(eind) ? d : null;
    }

    boolean gebeurd(LocalDate d) {
        return d != null && !d.isAfter(eind);
    }

    /** Days from the start to the last day. */
    int looptijd() {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(start, eind);
    }

    LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
