package nl.normtoets.thema4;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Toewijzing;

/**
 * Computes the theme-4 figures from the dossiers, as seen on the peildatum (later assignments and help are ignored).
 * Definitions:
 * <ul>
 * <li>period without a vaste worker: any CCP/CRT assignment, a first vaste assignment later than the start, or no
 * vaste assignment at all;</li>
 * <li>days to the first vaste worker: start to the first VAST assignment (0 when vaste from the start);</li>
 * <li>worker changes: consecutive assignments whose carrier differs (the worker, or the team when no worker is
 * named);</li>
 * <li>days to first help: start to the first help that started (0 when it started before the measure);</li>
 * <li>median: middle value, mean of the two middle values for an even count; p90: nearest rank, the value at
 * position ceil(0.9 n) in ascending order.</li>
 * </ul>
 */
public final class Thema4Berekening {

    static final String ONBEKEND = "onbekend";
    static final String GEEN = "GEEN";

    private Thema4Berekening() {
    }

    public static Thema4Cijfers bereken(List<Dossier> alle, LocalDate peildatum) {
        List<Dossier> dossiers = alle.stream().filter(d -> !d.startdatum().isAfter(peildatum)).toList();
        return new Thema4Cijfers(cijfers(dossiers, peildatum),
                perGroep(dossiers, peildatum, d -> d.regio()),
                perGroep(dossiers, peildatum, d -> d.maatregel().name()),
                zonderVaste(dossiers, peildatum));
    }

    private static Map<String, Wachtcijfers> perGroep(List<Dossier> dossiers, LocalDate peildatum,
                                                      Function<Dossier, String> sleutel) {
        Map<String, List<Dossier>> groepen = dossiers.stream().collect(Collectors.groupingBy(
                d -> Objects.requireNonNullElse(sleutel.apply(d), ONBEKEND), TreeMap::new, Collectors.toList()));
        Map<String, Wachtcijfers> uit = new TreeMap<>();
        groepen.forEach((k, v) -> uit.put(k, cijfers(v, peildatum)));
        return uit;
    }

    static Wachtcijfers cijfers(List<Dossier> dossiers, LocalDate peildatum) {
        int zonderVastePeriode = 0;
        int nogZonderVaste = 0;
        List<Long> totVaste = new ArrayList<>();
        List<Long> totHulp = new ArrayList<>();
        long wisselingen = 0;
        int maxWisselingen = 0;
        for (Dossier d : dossiers) {
            List<Toewijzing> tw = toewijzingen(d, peildatum);
            Optional<Toewijzing> eersteVast = tw.stream().filter(Toewijzing::isVast).findFirst();
            boolean periodeZonder = eersteVast.isEmpty() || eersteVast.get().vanaf().isAfter(d.startdatum())
                    || tw.stream().anyMatch(t -> !t.isVast());
            if (periodeZonder) {
                zonderVastePeriode++;
            }
            if (eersteVast.isPresent()) {
                totVaste.add(Math.max(0, ChronoUnit.DAYS.between(d.startdatum(), eersteVast.get().vanaf())));
            } else {
                nogZonderVaste++;
            }
            int w = wisselingen(tw);
            wisselingen += w;
            maxWisselingen = Math.max(maxWisselingen, w);
            d.hulp().stream().map(h -> h.gestart()).filter(Objects::nonNull).filter(g -> !g.isAfter(peildatum))
                    .min(LocalDate::compareTo)
                    .ifPresent(g -> totHulp.add(Math.max(0, ChronoUnit.DAYS.between(d.startdatum(), g))));
        }
        int n = dossiers.size();
        return new Wachtcijfers(n, zonderVastePeriode, n == 0 ? null : afgerond((double) zonderVastePeriode / n, 4),
                nogZonderVaste, mediaan(totVaste), p90(totVaste),
                n == 0 ? null : afgerond((double) wisselingen / n, 2), maxWisselingen,
                totHulp.size(), mediaan(totHulp), p90(totHulp));
    }

    private static List<Toewijzing> toewijzingen(Dossier d, LocalDate peildatum) {
        return d.toewijzingen().stream().filter(t -> !t.vanaf().isAfter(peildatum)).toList();
    }

    static int wisselingen(List<Toewijzing> tw) {
        int n = 0;
        for (int i = 1; i < tw.size(); i++) {
            if (!drager(tw.get(i)).equals(drager(tw.get(i - 1)))) {
                n++;
            }
        }
        return n;
    }

    private static String drager(Toewijzing t) {
        return t.medewerker() != null ? t.medewerker() : t.werkwijze().name();
    }

    static Double mediaan(List<Long> waarden) {
        if (waarden.isEmpty()) {
            return null;
        }
        List<Long> s = waarden.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? (double) s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    static Integer p90(List<Long> waarden) {
        if (waarden.isEmpty()) {
            return null;
        }
        List<Long> s = waarden.stream().sorted().toList();
        int rang = (int) Math.ceil(0.9 * s.size());
        return s.get(Math.max(1, rang) - 1).intValue();
    }

    private static double afgerond(double x, int decimalen) {
        double f = Math.pow(10, decimalen);
        return Math.round(x * f) / f;
    }

    static Thema4Cijfers.ZonderVaste zonderVaste(List<Dossier> dossiers, LocalDate peildatum) {
        Map<String, Integer> perWerkwijze = new TreeMap<>();
        Map<String, Integer> perGemeente = new TreeMap<>();
        int totaal = 0;
        for (Dossier d : dossiers) {
            if (d.afgeslotenOp(peildatum)) {
                continue;
            }
            Optional<Toewijzing> actief = d.actieveToewijzing(peildatum);
            if (actief.isPresent() && actief.get().isVast()) {
                continue;
            }
            totaal++;
            perWerkwijze.merge(actief.map(t -> t.werkwijze().name()).orElse(GEEN), 1, Integer::sum);
            perGemeente.merge(Objects.requireNonNullElse(d.gemeente(), ONBEKEND), 1, Integer::sum);
        }
        return new Thema4Cijfers.ZonderVaste(totaal, perWerkwijze, perGemeente);
    }
}
