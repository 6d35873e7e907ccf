package nl.normtoets.web.rapport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Auditrapport.NormRij;
import nl.normtoets.report.Auditrapport.ThemaRij;
import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.report.Labels;
import nl.normtoets.report.export.Bevindingrij;
import nl.normtoets.report.export.Bevindingrijen;
import nl.normtoets.scoring.Oordeel;

/**
 * The report arranged for reading: per theme its norms, per norm its shortcomings (TEKORT findings) as table rows
 * joined to their dossier (team, regio, maatregel, worker), the values the filters offer, and the norms that decide
 * the judgement for the management summary. Built from the (already role-filtered) Auditrapport and the dossiers of
 * the audit set.
 */
public record RapportModel(Auditrapport rapport, List<ThemaBlok> themas, TijdigheidsGrafiek.Grafiek grafiek,
                           List<Legenda> legenda, Filters filters, List<Beslissend> beslissend, Periode periode,
                           int aantalTekorten) {

    public record ThemaBlok(ThemaRij thema, List<NormBlok> normen) {
    }

    public record NormBlok(NormRij norm, List<Bevindingrij> tekorten) {
        /**
         * The shortcomings in blocks of {@link #BLOK} rows, each printed as its own table: openhtmltopdf lays out one
         * long table far slower than many short ones (each page break re-measures the whole table).
         */
        public List<List<Bevindingrij>> blokken() {
            List<List<Bevindingrij>> b = new ArrayList<>();
            for (int i = 0; i < tekorten.size(); i += BLOK) {
                b.add(tekorten.subList(i, Math.min(tekorten.size(), i + BLOK)));
            }
            return b;
        }
    }

    /** Rows per table block in the PDF. */
    static final int BLOK = 40;

    public record Legenda(String label, String klasse) {
    }

    /** The distinct values of the filterable columns among the shortcomings, sorted. */
    public record Filters(List<String> teams, List<String> regios, List<String> maatregelen,
                          List<String> indicatoren) {
        public boolean leeg() {
            return teams.isEmpty() && regios.isEmpty() && maatregelen.isEmpty() && indicatoren.isEmpty();
        }
    }

    /** A judged norm among the lowest, with its lowest indicator (under 'ergste' the one that decides). */
    public record Beslissend(NormRij norm, IndicatorRij laagsteIndicator) {
    }

    /** First and last startdatum of the audited dossiers; null when there are none. */
    public record Periode(LocalDate van, LocalDate tot) {
    }

    /** How many lowest norms the management summary names. */
    static final int BESLISSEND = 5;

    public static RapportModel van(Auditrapport r, Collection<Dossier> dossiers, TijdigheidsGrafiek.Grafiek grafiek) {
        List<Bevindingrij> tekorten = Bevindingrijen.van(r, dossiers, true);
        Map<String, List<Bevindingrij>> perNorm = new LinkedHashMap<>();
        for (Bevindingrij rij : tekorten) {
            perNorm.computeIfAbsent(rij.bevinding().norm(), x -> new ArrayList<>()).add(rij);
        }
        List<ThemaBlok> themas = new ArrayList<>();
        for (ThemaRij t : r.themas()) {
            List<NormBlok> normen = r.normen().stream().filter(n -> n.thema().equals(t.id()))
                    .map(n -> new NormBlok(n, perNorm.getOrDefault(n.id(), List.of()))).toList();
            themas.add(new ThemaBlok(t, normen));
        }
        List<Legenda> legenda = new ArrayList<>();
        for (Oordeel o : Oordeel.values()) {
            legenda.add(new Legenda(Weergavelabels.oordeel(o), Weergavelabels.klasse(o)));
        }
        Filters filters = new Filters(waarden(tekorten, Bevindingrij::team), waarden(tekorten, Bevindingrij::regio),
                waarden(tekorten, x -> x.maatregel() == null ? null : Labels.waarde(x.maatregel())),
                waarden(tekorten, x -> x.bevinding().indicator()));
        return new RapportModel(r, themas, grafiek, legenda, filters, beslissend(r), periode(r, dossiers),
                tekorten.size());
    }

    private static List<String> waarden(List<Bevindingrij> rijen, Function<Bevindingrij, String> veld) {
        TreeSet<String> s = new TreeSet<>();
        for (Bevindingrij r : rijen) {
            String w = veld.apply(r);
            if (w != null && !w.isBlank()) {
                s.add(w);
            }
        }
        return List.copyOf(s);
    }

    /** The lowest judged norms: worst judgement first, then lowest percentage. */
    static List<Beslissend> beslissend(Auditrapport r) {
        return r.normen().stream().filter(n -> n.score() != null && n.score().beoordeeld())
                .sorted(Comparator.comparingInt((NormRij n) -> n.score().punten())
                        .thenComparing(n -> n.percentage() == null ? 100.0 : n.percentage()))
                .limit(BESLISSEND)
                .map(n -> new Beslissend(n, n.indicatoren().stream().filter(i -> i.toepasbaar() > 0)
                        .min(Comparator.comparing(i -> i.percentage() == null ? 100.0 : i.percentage()))
                        .orElse(null)))
                .toList();
    }

    private static Periode periode(Auditrapport r, Collection<Dossier> dossiers) {
        var getoetst = new java.util.HashSet<String>();
        for (Bevinding b : r.bevindingen()) {
            if (b.dossier() != null) {
                getoetst.add(b.dossier());
            }
        }
        LocalDate van = null;
        LocalDate tot = null;
        for (Dossier d : dossiers) {
            if (getoetst.contains(d.id())) {
                van = van == null || d.startdatum().isBefore(van) ? d.startdatum() : van;
                tot = tot == null || d.startdatum().isAfter(tot) ? d.startdatum() : tot;
            }
        }
        return van == null ? null : new Periode(van, tot);
    }

    /**
     * An HTML id for a dossier, one per id: letters, digits and "-" stay, every other character (also "_") becomes
     * "_" and its code point in hex and "_", so "D.1" and "D_1" get different anchors.
     */
    public static String anker(String dossier) {
        StringBuilder sb = new StringBuilder("dossier-");
        dossier.codePoints().forEach(c -> {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                sb.appendCodePoint(c);
            } else {
                sb.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return sb.toString();
    }
}
