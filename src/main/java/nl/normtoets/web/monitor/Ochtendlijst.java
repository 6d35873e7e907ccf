package nl.normtoets.web.monitor;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import nl.normtoets.monitor.Groepering;
import nl.normtoets.monitor.Monitorsignaal;
import nl.normtoets.monitor.Monitoroverzicht;
import nl.normtoets.monitor.Signaalafleiding;
import nl.normtoets.monitor.Toedeling;
import nl.normtoets.web.beveiliging.Gebruiker;
import nl.normtoets.web.fout.GeenToegang;

/**
 * What one user sees of the morning list: first the rows the user may see at all (own teams, or for a
 * JEUGDBESCHERMER own dossiers), then the filters and the sort of the page. The page, the CSV and the .xlsx all
 * take their rows from here, so a download holds exactly what is shown. A filter on a team or worker outside the
 * user's rights is refused (403), not answered with an empty list.
 */
public final class Ochtendlijst {

    /** Page filters; null or blank means "all". {@code status}: VERLOPEN, BINNENKORT or CONTROLEER. */
    public record Filter(String team, String medewerker, String signaal, Integer prioriteit, String status,
                         String sorteer, String richting) {

        public Filter {
            team = leeg(team);
            medewerker = leeg(medewerker);
            signaal = leeg(signaal);
            status = leeg(status);
            sorteer = leeg(sorteer) == null ? "prioriteit" : sorteer.trim().toLowerCase(Locale.ROOT);
            richting = "af".equalsIgnoreCase(leeg(richting)) ? "af" : "op";
        }

        private static String leeg(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    static final Map<String, Comparator<Monitorsignaal>> KOLOMMEN = Map.of(
            "prioriteit", Signaalafleiding.VOLGORDE,
            "dossier", Comparator.comparing(Monitorsignaal::dossier),
            "team", Comparator.comparing(s -> Groepering.TEAM.sleutel(s.toedeling())),
            "medewerker", Comparator.comparing(s -> Groepering.MEDEWERKER.sleutel(s.toedeling())),
            "signaal", Comparator.comparing(s -> s.soort().omschrijving()),
            "status", Comparator.comparing(Monitorsignaal::weergavestatus),
            "vervaldatum", Comparator.comparing(Monitorsignaal::vervaldatum, Comparator.nullsFirst(Comparator.naturalOrder())),
            "over", Comparator.comparing(Monitorsignaal::dagenOverTijd, Comparator.nullsLast(Comparator.reverseOrder())));

    private Ochtendlijst() {
    }

    /** The rows this user may see, before any page filter. */
    public static List<Monitorsignaal> zichtbaar(Gebruiker g, List<Monitorsignaal> alle) {
        return alle.stream().filter(s -> magZien(g, s.toedeling())).toList();
    }

    public static boolean magZien(Gebruiker g, Toedeling t) {
        return t != null && g.magDossierZien(t.team(), t.medewerker());
    }

    /** The rows on the page: visible, filtered, sorted. Refuses a team or worker outside the user's rights. */
    public static List<Monitorsignaal> rijen(Gebruiker g, Monitoroverzicht o, Filter f) {
        List<Monitorsignaal> zichtbaar = zichtbaar(g, o.signalen());
        if (f.team() != null && !g.zietAlles() && g.teams().stream().noneMatch(t -> t.equalsIgnoreCase(f.team()))
                && !(g.medewerker() != null && zichtbaar.stream().anyMatch(s -> f.team().equalsIgnoreCase(s.toedeling().team())))) {
            throw new GeenToegang("team " + f.team() + " hoort niet bij uw teams");
        }
        if (f.medewerker() != null && g.medewerker() != null && !g.zietAlles() && !f.medewerker().equals(g.medewerker())) {
            throw new GeenToegang("u ziet alleen uw eigen dossiers");
        }
        Comparator<Monitorsignaal> volgorde = KOLOMMEN.getOrDefault(f.sorteer(), Signaalafleiding.VOLGORDE);
        if ("af".equals(f.richting())) {
            volgorde = volgorde.reversed();
        }
        return zichtbaar.stream()
                .filter(s -> f.team() == null || f.team().equalsIgnoreCase(s.toedeling().team()))
                .filter(s -> f.medewerker() == null || f.medewerker().equalsIgnoreCase(leeg(s.toedeling().medewerker())))
                .filter(s -> f.signaal() == null || f.signaal().equals(s.soort().name()))
                .filter(s -> f.prioriteit() == null || f.prioriteit() == s.prioriteit())
                .filter(s -> f.status() == null || status(s).equals(f.status()))
                .sorted(volgorde).toList();
    }

    /** Filter value of a row's status: CONTROLEER for a faulty registration, else VERLOPEN or BINNENKORT. */
    public static String status(Monitorsignaal s) {
        return s.controleerRegistratie() ? "CONTROLEER" : s.status().name();
    }

    /** Count per priority 1-4 of the rows shown (all four present, zero included). */
    public static Map<Integer, Long> perPrioriteit(List<Monitorsignaal> rijen) {
        Map<Integer, Long> uit = new TreeMap<>();
        for (int p = 1; p <= 4; p++) {
            uit.put(p, 0L);
        }
        rijen.forEach(s -> uit.merge(s.prioriteit(), 1L, Long::sum));
        return uit;
    }

    /** Choices for a filter, from the rows the user may see. */
    public static List<String> keuzes(List<Monitorsignaal> zichtbaar, Function<Toedeling, String> veld) {
        TreeSet<String> uit = new TreeSet<>();
        zichtbaar.forEach(s -> {
            String v = veld.apply(s.toedeling());
            if (v != null && !v.isBlank()) {
                uit.add(v);
            }
        });
        return List.copyOf(uit);
    }

    private static String leeg(String s) {
        return s == null ? "" : s;
    }
}
