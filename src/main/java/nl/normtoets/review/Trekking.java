package nl.normtoets.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Toewijzing;

/**
 * The draw itself, as the inspecties pick their twenty (seed 002, appendix 1): first on criteria, then at random.
 * Criteria in order, each with a quota: one dossier of every maatregel present, one of every team, two without a
 * vaste jeugdbeschermer on the peildatum, two recent starts (at most three months before the peildatum), two with
 * signalen of unsafety. A criterium already met by dossiers drawn earlier draws nothing new; those dossiers get the
 * reason added. When {@code aantal} is smaller than the criteria need, the earlier criteria win. The rest is drawn at
 * random. Candidates are ordered by id before each pick, so the input's order does not matter; one
 * {@link Random} seeded with the start value makes every pick, so a start value reproduces the sample.
 */
final class Trekking {

    static final int PER_KENMERK = 2;

    private Trekking() {
    }

    static List<Steekproefdossier> trek(List<Dossier> dossiers, LocalDate peildatum, Collection<String> afgewezen,
                                        int aantal, long startwaarde) {
        if (aantal < 1) {
            throw new IllegalArgumentException("het aantal dossiers in een steekproef is minstens 1");
        }
        Set<String> uit = afgewezen == null ? Set.of() : new HashSet<>(afgewezen);
        List<Dossier> pool = dossiers.stream().filter(d -> !uit.contains(d.id()))
                .sorted(Comparator.comparing(Dossier::id)).toList();
        Random random = new Random(startwaarde);
        Map<String, Dossier> getrokken = new LinkedHashMap<>();
        Map<String, List<Trekreden>> redenen = new LinkedHashMap<>();

        List<Eis> eisen = new ArrayList<>();
        Set<Maatregel> maatregelen = new TreeSet<>();
        pool.forEach(d -> maatregelen.add(d.maatregel()));
        for (Maatregel m : maatregelen) {
            eisen.add(new Eis(new Trekreden(Criterium.MAATREGEL, m.name()), 1, d -> d.maatregel() == m));
        }
        Set<String> teams = new TreeSet<>();
        pool.forEach(d -> {
            if (d.team() != null) {
                teams.add(d.team());
            }
        });
        for (String t : teams) {
            eisen.add(new Eis(new Trekreden(Criterium.TEAM, t), 1, d -> t.equals(d.team())));
        }
        eisen.add(new Eis(new Trekreden(Criterium.ZONDER_VASTE_JEUGDBESCHERMER, null), PER_KENMERK,
                d -> zonderVaste(d, peildatum)));
        eisen.add(new Eis(new Trekreden(Criterium.RECENTE_START, null), PER_KENMERK, d -> recent(d, peildatum)));
        eisen.add(new Eis(new Trekreden(Criterium.ONVEILIGHEIDSSIGNALEN, null), PER_KENMERK,
                d -> !d.signalen().isEmpty()));

        for (Eis e : eisen) {
            int gedekt = 0;
            for (Dossier d : getrokken.values()) {
                if (e.past().test(d)) {
                    redenen.get(d.id()).add(e.reden());
                    gedekt++;
                }
            }
            while (gedekt < e.aantal() && getrokken.size() < aantal) {
                List<Dossier> kandidaten = pool.stream()
                        .filter(d -> !getrokken.containsKey(d.id()) && e.past().test(d)).toList();
                if (kandidaten.isEmpty()) {
                    break;
                }
                Dossier d = kandidaten.get(random.nextInt(kandidaten.size()));
                getrokken.put(d.id(), d);
                redenen.computeIfAbsent(d.id(), x -> new ArrayList<>()).add(e.reden());
                gedekt++;
            }
        }
        List<Dossier> rest = new ArrayList<>(pool.stream().filter(d -> !getrokken.containsKey(d.id())).toList());
        while (getrokken.size() < aantal && !rest.isEmpty()) {
            Dossier d = rest.remove(random.nextInt(rest.size()));
            getrokken.put(d.id(), d);
            redenen.computeIfAbsent(d.id(), x -> new ArrayList<>()).add(new Trekreden(Criterium.WILLEKEURIG, null));
        }

        List<Steekproefdossier> uitkomst = new ArrayList<>();
        int volgorde = 1;
        for (Dossier d : getrokken.values()) {
            uitkomst.add(new Steekproefdossier(d.id(), volgorde++, d.team(), d.maatregel().name(), d.startdatum(),
                    medewerkers(d), redenen.get(d.id())));
        }
        return uitkomst;
    }

    /** No assignment on the peildatum that is VAST with a named worker: CCP, CRT pool or unassigned. */
    static boolean zonderVaste(Dossier d, LocalDate peildatum) {
        return d.toewijzingen().stream().noneMatch(t -> t.actiefOp(peildatum) && t.isVast() && t.benoemd());
    }

    /** Started at most three months before the peildatum ("3 months" is plusMonths(3), as everywhere). */
    static boolean recent(Dossier d, LocalDate peildatum) {
        return !d.startdatum().isAfter(peildatum) && !d.startdatum().plusMonths(3).isBefore(peildatum);
    }

    /** Every worker ever named on the dossier, in order of first appearance. */
    static List<String> medewerkers(Dossier d) {
        Set<String> m = new LinkedHashSet<>();
        for (Toewijzing t : d.toewijzingen()) {
            if (t.benoemd()) {
                m.add(t.medewerker().strip());
            }
        }
        return List.copyOf(m);
    }

    private record Eis(Trekreden reden, int aantal, Predicate<Dossier> past) {
    }
}
