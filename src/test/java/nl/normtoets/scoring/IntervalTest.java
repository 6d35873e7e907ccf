package nl.normtoets.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Wilson interval against values worked out by hand with z = 1.96 (docs/scoring.md shows the steps):
 * centre = (p + z²/2n) / (1 + z²/n), half width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
 */
class IntervalTest {

    @ParameterizedTest(name = "{0} van {1}: {2} .. {3}")
    @CsvSource({
            // p = 0.8, z²/n = 0.384: centre 0.7167, half 0.2266
            "8, 10, 0.4902, 0.9433",
            // p = 0: the lower bound is 0, the upper z²/n / (1 + z²/n) = 0.7683 / 1.7683
            "0, 5, 0.0000, 0.4345",
            // the inspectie's 585 of 975 first contacts on time (60%)
            "585, 975, 0.5689, 0.6303",
            // 3.4-A of issue 13
            "69, 100, 0.5937, 0.7722",
            // a single subject that passes: still a wide interval
            "1, 1, 0.2065, 1.0000"})
    void wilsonTegenHandberekening(int voldoet, int toepasbaar, double onder, double boven) {
        Interval i = Interval.wilson(voldoet, toepasbaar);
        assertThat(i.onder()).isCloseTo(onder, within(0.00006));
        assertThat(i.boven()).isCloseTo(boven, within(0.00006));
    }

    @Test
    void geenIntervalZonderToepasbareUitkomsten() {
        assertThat(Interval.wilson(0, 0)).isNull();
    }

    @Test
    void procentenMetEenDecimaal() {
        Interval i = Interval.wilson(8, 10);
        assertThat(i.onderProcent()).isEqualTo(49.0);
        assertThat(i.bovenProcent()).isEqualTo(94.3);
    }
}
