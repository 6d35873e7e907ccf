package nl.normtoets.geschiedenis;

import java.util.List;

/**
 * One action of the verbeterplan beside its indicator's (or norm's) measured course over the stored audits: the
 * points in peildatum order, the latest measured share and the {@link Koers}. The one place CLI, pages, API and the
 * progress report get an action's course from.
 */
public record Actiekoers(Verbeteractie actie, List<Trend.Punt> punten, Double laatst, Koers koers) {

    public static List<Actiekoers> van(List<Verbeteractie> acties, Trend trend) {
        return acties.stream().map(a -> van(a, trend)).toList();
    }

    public static Actiekoers van(Verbeteractie a, Trend trend) {
        List<Trend.Punt> punten = trend == null ? List.of()
                : trend.reeksen().stream().filter(r -> r.id().equals(a.onderwerp())).findFirst()
                        .map(r -> r.punten().stream().filter(p -> p != null).toList()).orElse(List.of());
        Double laatst = punten.stream().filter(p -> p.percentage() != null).reduce((x, y) -> y)
                .map(Trend.Punt::percentage).orElse(null);
        return new Actiekoers(a, punten, laatst, Koers.van(a, punten));
    }

    /** The course as people read it. */
    public static String label(Koers k) {
        return switch (k) {
            case GEHAALD -> "gehaald";
            case OP_KOERS -> "op koers";
            case ACHTER -> "achter";
            case ONBEKEND -> "onbekend";
        };
    }

    public static String label(Verbeteractie.Status s) {
        return switch (s) {
            case OPEN -> "open";
            case BEZIG -> "bezig";
            case AFGEROND -> "afgerond";
        };
    }
}
