package nl.normtoets.thema4;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Toewijzing;

/**
 * The theme-4 figures gathered one dossier at a time, so a streaming audit keeps no dossier for them: per group
 * only counts and, for the medians and p90s, a histogram of day counts (days are bounded by the dossiers' ages,
 * so the histograms stay small however many dossiers there are). {@link Thema4Berekening} uses the same class,
 * so both ways give the same figures. Not thread-safe: one reader feeds it.
 */
public final class Thema4Telling {

    private final LocalDate peildatum;
    private final Groep totaal = new Groep();
    private final Map<String, Groep> perRegio = new TreeMap<>();
    private final Map<String, Groep> perMaatregel = new TreeMap<>();
    private final Map<String, Integer> zonderVastePerWerkwijze = new TreeMap<>();
    private final Map<String, Integer> zonderVastePerGemeente = new TreeMap<>();
    private int zonderVasteTotaal;

    public Thema4Telling(LocalDate peildatum) {
        this.peildatum = Objects.requireNonNull(peildatum);
    }

    /** Counts one readable dossier; one that starts after the peildatum is not part of theme 4. */
    public void voegToe(Dossier d) {
        if (d.startdatum().isAfter(peildatum)) {
            return;
        }
        Feiten f = Feiten.van(d, peildatum);
        totaal.tel(f);
        perRegio.computeIfAbsent(Objects.requireNonNullElse(d.regio(), Thema4Berekening.ONBEKEND), k -> new Groep())
                .tel(f);
        perMaatregel.computeIfAbsent(d.maatregel().name(), k -> new Groep()).tel(f);
        if (d.afgeslotenOp(peildatum)) {
            return;
        }
        Optional<Toewijzing> actief = d.actieveToewijzing(peildatum);
        if (actief.isPresent() && actief.get().isVast()) {
            return;
        }
        zonderVasteTotaal++;
        zonderVastePerWerkwijze.merge(actief.map(t -> t.werkwijze().name()).orElse(Thema4Berekening.GEEN), 1,
                Integer::sum);
        zonderVastePerGemeente.merge(Objects.requireNonNullElse(d.gemeente(), Thema4Berekening.ONBEKEND), 1,
                Integer::sum);
    }

    public Thema4Cijfers cijfers() {
        Map<String, Wachtcijfers> regio = new TreeMap<>();
        perRegio.forEach((k, g) -> regio.put(k, g.cijfers()));
        Map<String, Wachtcijfers> maatregel = new TreeMap<>();
        perMaatregel.forEach((k, g) -> maatregel.put(k, g.cijfers()));
        return new Thema4Cijfers(totaal.cijfers(), regio, maatregel,
                new Thema4Cijfers.ZonderVaste(zonderVasteTotaal, zonderVastePerWerkwijze, zonderVastePerGemeente));
    }

    /** Waiting figures of all dossiers counted so far, as one group. */
    Wachtcijfers totaal() {
        return totaal.cijfers();
    }

    /** What one dossier contributes; see {@link Thema4Berekening} for the definitions. */
    private record Feiten(boolean periodeZonderVaste, Long dagenTotVaste, int wisselingen, Long dagenTotHulp) {
        static Feiten van(Dossier d, LocalDate peildatum) {
            List<Toewijzing> tw = d.toewijzingen().stream().filter(t -> !t.vanaf().isAfter(peildatum)).toList();
            Optional<Toewijzing> eersteVast = tw.stream().filter(Toewijzing::isVast).findFirst();
            boolean periodeZonder = eersteVast.isEmpty() || eersteVast.get().vanaf().isAfter(d.startdatum())
                    || tw.stream().anyMatch(t -> !t.isVast());
            Long totVaste = eersteVast
                    .map(t -> Math.max(0, ChronoUnit.DAYS.between(d.startdatum(), t.vanaf()))).orElse(null);
            Long totHulp = d.hulp().stream().map(h -> h.gestart()).filter(Objects::nonNull)
                    .filter(g -> !g.isAfter(peildatum)).min(LocalDate::compareTo)
                    .map(g -> Math.max(0, ChronoUnit.DAYS.between(d.startdatum(), g))).orElse(null);
            return new Feiten(periodeZonder, totVaste, Thema4Berekening.wisselingen(tw), totHulp);
        }
    }

    private static final class Groep {
        private int n;
        private int zonderVastePeriode;
        private int nogZonderVaste;
        private long wisselingen;
        private int maxWisselingen;
        private final Histogram totVaste = new Histogram();
        private final Histogram totHulp = new Histogram();

        void tel(Feiten f) {
            n++;
            if (f.periodeZonderVaste()) {
                zonderVastePeriode++;
            }
            if (f.dagenTotVaste() != null) {
                totVaste.tel(f.dagenTotVaste());
            } else {
                nogZonderVaste++;
            }
            wisselingen += f.wisselingen();
            maxWisselingen = Math.max(maxWisselingen, f.wisselingen());
            if (f.dagenTotHulp() != null) {
                totHulp.tel(f.dagenTotHulp());
            }
        }

        Wachtcijfers cijfers() {
            return new Wachtcijfers(n, zonderVastePeriode, n == 0 ? null : afgerond((double) zonderVastePeriode / n, 4),
                    nogZonderVaste, totVaste.mediaan(), totVaste.p90(),
                    n == 0 ? null : afgerond((double) wisselingen / n, 2), maxWisselingen,
                    totHulp.aantal, totHulp.mediaan(), totHulp.p90());
        }
    }

    /** Day counts and how often each occurs; the k-th smallest value is found by walking the counts. */
    static final class Histogram {
        private final TreeMap<Long, Integer> aantalPerWaarde = new TreeMap<>();
        private int aantal;

        static Histogram van(List<Long> waarden) {
            Histogram h = new Histogram();
            waarden.forEach(h::tel);
            return h;
        }

        void tel(long waarde) {
            aantalPerWaarde.merge(waarde, 1, Integer::sum);
            aantal++;
        }

        /** The value at position {@code k} (0-based) in ascending order. */
        long kde(int k) {
            int gezien = 0;
            for (Map.Entry<Long, Integer> e : aantalPerWaarde.entrySet()) {
                gezien += e.getValue();
                if (k < gezien) {
                    return e.getKey();
                }
            }
            throw new IllegalArgumentException("positie buiten de telling");
        }

        /** Middle value; mean of the two middle values for an even count. */
        Double mediaan() {
            if (aantal == 0) {
                return null;
            }
            return aantal % 2 == 1 ? (double) kde(aantal / 2) : (kde(aantal / 2 - 1) + kde(aantal / 2)) / 2.0;
        }

        /** Nearest rank: the value at position ceil(0.9 n). */
        Integer p90() {
            if (aantal == 0) {
                return null;
            }
            int rang = (int) Math.ceil(0.9 * aantal);
            return (int) kde(Math.max(1, rang) - 1);
        }
    }

    private static double afgerond(double x, int decimalen) {
        double f = Math.pow(10, decimalen);
        return Math.round(x * f) / f;
    }
}
