package nl.normtoets.geschiedenis;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import nl.normtoets.geschiedenis.Trend.Punt;

/**
 * Where an action's indicator stands against its target: met (the latest measured share reaches it), on course
 * (the line through the first and the latest measurement reaches it by the deadline), behind (it does not, or the
 * deadline has passed), or unknown (fewer than two measurements and not met).
 */
public enum Koers {
    GEHAALD, OP_KOERS, ACHTER, ONBEKEND;

    public static Koers van(Verbeteractie actie, List<Punt> punten) {
        List<Punt> gemeten = punten.stream().filter(Objects::nonNull).filter(p -> p.percentage() != null).toList();
        if (gemeten.isEmpty()) {
            return ONBEKEND;
        }
        Punt eerste = gemeten.get(0);
        Punt laatste = gemeten.get(gemeten.size() - 1);
        if (laatste.percentage() >= actie.doel()) {
            return GEHAALD;
        }
        if (laatste.peildatum().isAfter(actie.deadline())) {
            return ACHTER;
        }
        long dagen = ChronoUnit.DAYS.between(eerste.peildatum(), laatste.peildatum());
        if (dagen <= 0) {
            return ONBEKEND;
        }
        double perDag = (laatste.percentage() - eerste.percentage()) / dagen;
        double opDeadline = laatste.percentage()
                + perDag * ChronoUnit.DAYS.between(laatste.peildatum(), actie.deadline());
        return opDeadline >= actie.doel() ? OP_KOERS : ACHTER;
    }
}
