package nl.normtoets.scoring;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * The 95% Wilson score interval of a share: where the true share plausibly lies given how few outcomes were seen.
 * Wilson rather than the textbook p ± 1.96·√(p(1−p)/n) because it stays inside 0..1 and is honest at 0% and 100%
 * on small counts, which is exactly where a month of 8 first contacts lands.
 */
public record Interval(double onder, double boven) {

    static final double BETROUWBAARHEID = 0.95;

    /** Null when nothing applies. */
    public static Interval wilson(int voldoet, int toepasbaar) {
        if (toepasbaar <= 0) {
            return null;
        }
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(toepasbaar, voldoet, BETROUWBAARHEID);
        return new Interval(Math.max(0.0, ci.getLowerBound()), Math.min(1.0, ci.getUpperBound()));
    }

    public static Interval van(Telling t) {
        return wilson(t.voldoet(), t.toepasbaar());
    }

    /** As percentages with one decimal, the way the report shows shares. */
    public double onderProcent() {
        return Math.round(onder * 1000.0) / 10.0;
    }

    public double bovenProcent() {
        return Math.round(boven * 1000.0) / 10.0;
    }
}
