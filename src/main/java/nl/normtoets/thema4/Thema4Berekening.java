package nl.normtoets.thema4;

import java.time.LocalDate;
import java.util.List;

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
        Thema4Telling telling = new Thema4Telling(peildatum);
        alle.forEach(telling::voegToe);
        return telling.cijfers();
    }

    /** Waiting figures of these dossiers as one group (dossiers starting after the peildatum left out). */
    static Wachtcijfers cijfers(List<Dossier> dossiers, LocalDate peildatum) {
        Thema4Telling telling = new Thema4Telling(peildatum);
        dossiers.forEach(telling::voegToe);
        return telling.totaal();
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

    static Double mediaan(List<Long> waarden) {
        return Thema4Telling.Histogram.van(waarden).mediaan();
    }

    static Integer p90(List<Long> waarden) {
        return Thema4Telling.Histogram.van(waarden).p90();
    }

    private static String drager(Toewijzing t) {
        return t.medewerker() != null ? t.medewerker() : t.werkwijze().name();
    }

}
