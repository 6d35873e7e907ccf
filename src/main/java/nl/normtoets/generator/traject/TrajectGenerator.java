package nl.normtoets.generator.traject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;
import nl.normtoets.generator.Dossierverloop;
import nl.normtoets.generator.PerMaatregel;
import nl.normtoets.ingest.AuditsetSchrijver;
import tools.jackson.databind.node.ObjectNode;

/**
 * One synthetic GI over time, calibrated on JBN from January 2025 to February 2026 (seeds 000, 001, 002, 003): the
 * staff month by month, the measures that start and end, who carries them, and the facts of every dossier. A
 * snapshot on a day is that one world cut at the day ({@link #momentopname}), so successive snapshots share their
 * past exactly. Deterministic: the same seed and scale give the same world on every machine.
 *
 * <p>{@code schaal} multiplies every count (dossiers, FTE) for smaller or larger test worlds; 1 is JBN's size.
 */
public final class TrajectGenerator {

    private final long seed;
    private final double schaal;
    private List<Werker> werkers;
    private List<Dossier> levens;

    public TrajectGenerator(long seed) {
        this(seed, 1.0);
    }

    public TrajectGenerator(long seed, double schaal) {
        if (!(schaal > 0)) {
            throw new IllegalArgumentException("schaal moet groter dan 0 zijn");
        }
        this.seed = seed;
        this.schaal = schaal;
    }

    /** A snapshot: the audit set's dossiers and organisation facts as registered on {@code peildatum}. */
    public record Momentopname(LocalDate peildatum, List<Dossier> dossiers, ObjectNode organisatieFeiten) {
    }

    /** The measurement dates of the seeds that lie in [van, tot]. */
    public static List<LocalDate> meetdata(LocalDate van, LocalDate tot) {
        return Seedcijfers.MEETMOMENTEN.stream().map(Meetmoment::datum)
                .filter(d -> !d.isBefore(van) && !d.isAfter(tot)).toList();
    }

    public static LocalDate eersteDatum() {
        return Seedcijfers.EERSTE;
    }

    public static LocalDate laatsteDatum() {
        return Seedcijfers.LAATSTE;
    }

    /**
     * The snapshot of a day within the trajectory: the dossiers that started on or before it and still ran on it,
     * or ended in the month before it (an export holds recent closures too), each cut at the day.
     */
    public Momentopname momentopname(LocalDate dag) {
        if (dag.isBefore(Wereldsimulatie.BEGIN) || dag.isAfter(Wereldsimulatie.HORIZON)) {
            throw new IllegalArgumentException("peildatum " + dag + " ligt buiten het traject "
                    + Wereldsimulatie.BEGIN + ".." + Wereldsimulatie.HORIZON);
        }
        bouw();
        List<Dossier> uit = new ArrayList<>();
        TreeSet<String> gemeenten = new TreeSet<>();
        for (Dossier d : levens) {
            if (!d.startdatum().isAfter(dag)
                    && (d.einddatum() == null || d.einddatum().isAfter(dag.minusDays(31)))) {
                Dossier op = Afsnijding.op(d, dag);
                uit.add(op);
                if (op.gemeente() != null) {
                    gemeenten.add(op.gemeente());
                }
            }
        }
        return new Momentopname(dag, uit, Organisatiemoment.maak(werkers, dag, gemeenten));
    }

    /** Writes one audit set per measurement date in [van, tot] into {@code map}; returns the files written. */
    public List<Path> schrijf(Path map, LocalDate van, LocalDate tot, String organisatie, boolean leesbaar) {
        List<Path> geschreven = new ArrayList<>();
        try {
            Files.createDirectories(map);
            for (LocalDate dag : meetdata(van, tot)) {
                Momentopname m = momentopname(dag);
                Path bestand = map.resolve("auditset-" + dag + ".json");
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(bestand), 1 << 16)) {
                    AuditsetSchrijver.schrijf(out, dag, organisatie, m.dossiers().iterator(),
                            m::organisatieFeiten, leesbaar);
                }
                geschreven.add(bestand);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return geschreven;
    }

    /** Figures of the simulated staff on a day, for the calibration table and its test. */
    public record Formatiestand(double fte, double fteExtern, double fteZiek) {
    }

    public Formatiestand formatie(LocalDate dag) {
        bouw();
        ObjectNode rij = Organisatiemoment.maandcijfers(werkers, YearMonth.from(dag), dag);
        return new Formatiestand(rij.get("fte").asDouble(), rij.get("fteExtern").asDouble(),
                rij.get("fteZiek").asDouble());
    }

    /**
     * Yearly turnover of the employed staff of a region: FTE that left in the year over the mean FTE in service on
     * the first days of its months (the way seed 003 reports 52% and 29% for 2024).
     */
    public double verloop(int jaar, boolean drenthe) {
        bouw();
        double uit = 0;
        double fte = 0;
        int maanden = 0;
        for (YearMonth m = YearMonth.of(jaar, 1); m.getYear() == jaar
                && !m.atDay(1).isAfter(Wereldsimulatie.HORIZON); m = m.plusMonths(1)) {
            maanden++;
            for (Werker w : werkers) {
                if (w.extern || w.drenthe != drenthe) {
                    continue;
                }
                if (w.inDienstOp(m.atDay(1))) {
                    fte += w.fte;
                }
                if (w.uitDienst != null && YearMonth.from(w.uitDienst).equals(m)) {
                    uit += w.fte;
                }
            }
        }
        return maanden == 0 || fte == 0 ? 0 : uit / (fte / maanden) * 12.0 / maanden;
    }

    private synchronized void bouw() {
        if (levens != null) {
            return;
        }
        PerMaatregel aug = Seedcijfers.STANDEN.get(1).aantallen();
        werkers = Bemensing.simuleer(seed, schaal, (double) aug.jr() / aug.totaal(),
                (double) Seedcijfers.DRENTHE.totaal() / aug.totaal(), YearMonth.from(Wereldsimulatie.BEGIN),
                YearMonth.from(Wereldsimulatie.HORIZON));
        List<Wereldsimulatie.Loop> loops = Wereldsimulatie.simuleer(seed, schaal, werkers);
        List<Dossier> uit = new ArrayList<>(loops.size());
        for (int i = 0; i < loops.size(); i++) {
            Wereldsimulatie.Loop l = loops.get(i);
            LocalDate einde = l.einde.isAfter(Wereldsimulatie.HORIZON) ? null : l.einde;
            Dossierverloop.Opzet o = new Dossierverloop.Opzet(Dossierverloop.stroom(seed, l.nr),
                    String.format("D-%06d", l.nr), l.maatregel, l.start, einde,
                    l.drenthe ? "Drenthe" : "Groningen", l.team, l.toewijzingen());
            uit.add(Dossierverloop.maak(o, Wereldsimulatie.HORIZON, Stapkansen.voor(l.start, l.f2fOpTijd, l.planOpTijd)));
        }
        levens = List.copyOf(uit);
    }

    /** Running measures per kind on a day, as the seed tables count them (provisional with their final kind). */
    public static PerMaatregel perMaatregel(List<Dossier> dossiers, LocalDate dag) {
        int jr = 0;
        int ots = 0;
        int voogdij = 0;
        for (Dossier d : dossiers) {
            if (d.afgeslotenOp(dag) || d.startdatum().isAfter(dag)) {
                continue;
            }
            Maatregel m = d.maatregel();
            if (m == Maatregel.JR) {
                jr++;
            } else if (m == Maatregel.OTS || m == Maatregel.VOORLOPIGE_OTS) {
                ots++;
            } else {
                voogdij++;
            }
        }
        return new PerMaatregel(jr, ots, voogdij);
    }
}
