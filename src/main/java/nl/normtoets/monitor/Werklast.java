package nl.normtoets.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.Medewerker;
import nl.normtoets.organisatie.OrganisatieFeiten;

/**
 * Workload on the peildatum (seeds 000/001): active dossiers per worker and team, FTE from {@code organisatieFeiten}
 * when the set has them, caseload per FTE against the catalog norm of 5.4-E ({@code maximumCaseload}, default 12,
 * the 2023 agreement; {@code maximumCaseloadInOpleiding} for workers in training), and per team the dossiers without
 * a vaste jeugdbeschermer by CCP/CRT and maatregel.
 *
 * @param norm            caseload per FTE allowed for a trained worker
 * @param normInOpleiding caseload per FTE allowed for a worker in training
 * @param bron            where the norm comes from (catalog text)
 */
public record Werklast(double norm, double normInOpleiding, String bron, List<Belasting> medewerkers, List<Belasting> teams,
                       List<ZonderVaste> zonderVaste) {

    /** Catalog indicator whose parameters hold the caseload norm. */
    public static final String INDICATOR = "5.4-E";
    static final double STANDAARD_NORM = 12;

    public Werklast {
        medewerkers = List.copyOf(medewerkers);
        teams = List.copyOf(teams);
        zonderVaste = List.copyOf(zonderVaste);
    }

    /**
     * One worker or team. {@code fte} null: not known (no organisatieFeiten, or the worker is not in them), so no
     * caseload per FTE; {@code norm} for a team is the FTE-weighted norm of its known workers.
     */
    public record Belasting(String naam, String team, int dossiers, Double fte, Double perFte, double norm,
                        boolean inOpleiding) {
        public boolean bovenNorm() {
            return perFte != null && perFte > norm;
        }
    }

    /** Running dossiers of a team without a vaste jeugdbeschermer, by werkwijze (CCP, CRT, (geen)) and maatregel. */
    public record ZonderVaste(String team, String werkwijze, String maatregel, int dossiers) {
    }

    public Werklast voorTeam(String team) {
        return new Werklast(norm, normInOpleiding, bron,
                medewerkers.stream().filter(r -> team.equalsIgnoreCase(r.team())).toList(),
                teams.stream().filter(r -> team.equalsIgnoreCase(r.team())).toList(),
                zonderVaste.stream().filter(z -> team.equalsIgnoreCase(z.team())).toList());
    }

    public static Werklast bereken(Normcatalogus catalogus, LocalDate peildatum, List<Dossier> dossiers,
                                   OrganisatieFeiten feiten) {
        Indicator i = catalogus.indicator(INDICATOR).orElse(null);
        double norm = getal(i, "maximumCaseload", STANDAARD_NORM);
        double normOpleiding = getal(i, "maximumCaseloadInOpleiding", norm);
        String bron = i != null && i.parameters().get("bron") != null ? i.tekst("bron") : "normcatalogus " + INDICATOR;
        Map<String, Medewerker> bekend = new HashMap<>();
        if (feiten != null) {
            feiten.medewerkers().forEach(m -> bekend.put(m.id(), m));
        }
        Map<String, int[]> perMedewerker = new TreeMap<>();
        Map<String, String> teamVan = new HashMap<>();
        Map<String, Integer> perTeam = new TreeMap<>();
        Map<List<String>, Integer> zonder = new TreeMap<>(Werklast::vergelijk);
        for (Dossier d : dossiers) {
            if (d.startdatum().isAfter(peildatum) || d.afgeslotenOp(peildatum)) {
                continue;
            }
            String team = d.team() == null ? Groepering.ONBEKEND : d.team();
            perTeam.merge(team, 1, Integer::sum);
            Toewijzing t = d.actieveToewijzing(peildatum).orElse(null);
            if (t != null && t.medewerker() != null && !t.medewerker().isBlank()) {
                perMedewerker.computeIfAbsent(t.medewerker(), k -> new int[1])[0]++;
                teamVan.putIfAbsent(t.medewerker(), team);
            }
            if (t == null || !t.isVast() || t.medewerker() == null || t.medewerker().isBlank()) {
                String werkwijze = t == null || t.isVast() ? Groepering.ONBEKEND : t.werkwijze().name();
                zonder.merge(List.of(team, werkwijze, d.maatregel().name()), 1, Integer::sum);
            }
        }
        List<Belasting> medewerkers = new ArrayList<>();
        Map<String, double[]> fteEnNorm = new HashMap<>();
        perMedewerker.forEach((naam, n) -> {
            Medewerker m = bekend.get(naam);
            String team = m != null && m.team() != null ? m.team() : teamVan.get(naam);
            Double fte = m == null || m.fte() == null || m.fte() <= 0 ? null : m.fte();
            boolean opleiding = m != null && m.isInOpleiding();
            double eigenNorm = opleiding ? normOpleiding : norm;
            medewerkers.add(new Belasting(naam, team, n[0], fte, fte == null ? null : n[0] / fte, eigenNorm, opleiding));
            if (fte != null) {
                double[] f = fteEnNorm.computeIfAbsent(team, k -> new double[2]);
                f[0] += fte;
                f[1] += fte * eigenNorm;
            }
        });
        List<Belasting> teams = new ArrayList<>();
        perTeam.forEach((team, n) -> {
            double[] f = fteEnNorm.get(team);
            Double fte = f == null ? null : f[0];
            teams.add(new Belasting(team, team, n, fte, fte == null ? null : n / fte, f == null ? norm : f[1] / f[0], false));
        });
        List<ZonderVaste> zonderVaste = new ArrayList<>();
        zonder.forEach((k, n) -> zonderVaste.add(new ZonderVaste(k.get(0), k.get(1), k.get(2), n)));
        return new Werklast(norm, normOpleiding, bron, medewerkers, teams, zonderVaste);
    }

    private static int vergelijk(List<String> a, List<String> b) {
        return String.join("\u0000", a).compareTo(String.join("\u0000", b));
    }

    private static double getal(Indicator i, String naam, double standaard) {
        return i == null || i.parameters().get(naam) == null ? standaard : i.fractie(naam);
    }
}
