package nl.normtoets.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import nl.normtoets.generator.traject.TrajectGenerator;
import nl.normtoets.ingest.OnbruikbareInvoer;

/** {@code generate --traject VAN..TOT}: one audit set per measurement date of the seeds, in one folder. */
final class Trajectopdracht {

    private Trajectopdracht() {
    }

    static int voerUit(String traject, Integer dossiers, LocalDate peildatum, long seed, String organisatie,
                       boolean leesbaar, Path map) {
        if (dossiers != null || peildatum != null) {
            throw new OnbruikbareInvoer("--traject kiest zelf omvang en peildata; laat --dossiers en --peildatum weg");
        }
        String[] delen = traject.split("\\.\\.", -1);
        if (delen.length != 2) {
            throw new OnbruikbareInvoer("--traject verwacht VAN..TOT, bijv. 2025-01-07..2026-02-02");
        }
        LocalDate van;
        LocalDate tot;
        try {
            van = LocalDate.parse(delen[0].strip());
            tot = LocalDate.parse(delen[1].strip());
        } catch (DateTimeParseException e) {
            throw new OnbruikbareInvoer("--traject: datums als JJJJ-MM-DD, bijv. 2025-01-07..2026-02-02");
        }
        LocalDate eerste = TrajectGenerator.eersteDatum();
        LocalDate laatste = TrajectGenerator.laatsteDatum();
        if (tot.isBefore(van)) {
            throw new OnbruikbareInvoer("--traject: TOT ligt voor VAN");
        }
        if (van.isBefore(eerste) || tot.isAfter(laatste)) {
            throw new OnbruikbareInvoer("--traject: het traject loopt van " + Datum.nl(eerste) + " tot en met "
                    + Datum.nl(laatste));
        }
        List<LocalDate> data = TrajectGenerator.meetdata(van, tot);
        if (data.isEmpty()) {
            throw new OnbruikbareInvoer("--traject: geen meetmoment tussen " + Datum.nl(van) + " en " + Datum.nl(tot));
        }
        List<Path> bestanden = new TrajectGenerator(seed).schrijf(map, van, tot, organisatie, leesbaar);
        System.out.printf("%d auditsets (traject %s t/m %s, seed %d) geschreven naar %s%n", bestanden.size(),
                Datum.nl(data.get(0)), Datum.nl(data.get(data.size() - 1)), seed, map);
        return 0;
    }

    /** Dates for people: dd-mm-jjjj. */
    static final class Datum {
        private Datum() {
        }

        static String nl(LocalDate d) {
            return String.format("%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
    }
}
