package nl.normtoets.geschiedenis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.normtoets.geschiedenis.Trend.Punt;

class KoersTest {

    static Verbeteractie actie(double doel, LocalDate deadline) {
        return new Verbeteractie("a", "X", "1a.3-A", null, "manager", doel, deadline, Verbeteractie.Status.OPEN);
    }

    static Punt punt(LocalDate d, Double pct) {
        return new Punt("id", d, null, pct, 0, 0);
    }

    static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    static final LocalDate FEB = LocalDate.of(2025, 1, 31); // 30 days later

    @Test
    void deLijnDoorEersteEnLaatsteMetingBeslist() {
        List<Punt> p = Arrays.asList(punt(JAN, 50.0), null, punt(FEB, 60.0)); // +10 pp in 30 days
        assertThat(Koers.van(actie(70, FEB.plusDays(30)), p)).isEqualTo(Koers.OP_KOERS); // reaches 70,0 exactly
        assertThat(Koers.van(actie(70, FEB.plusDays(29)), p)).isEqualTo(Koers.ACHTER);
        assertThat(Koers.van(actie(60, FEB.plusDays(1)), p)).isEqualTo(Koers.GEHAALD);
    }

    @Test
    void naDeDeadlineOfMetEenMetingGeenProjectie() {
        assertThat(Koers.van(actie(90, JAN.plusDays(10)), List.of(punt(JAN, 50.0), punt(FEB, 89.0))))
                .isEqualTo(Koers.ACHTER);
        assertThat(Koers.van(actie(90, FEB), List.of(punt(JAN, 50.0)))).isEqualTo(Koers.ONBEKEND);
        assertThat(Koers.van(actie(90, FEB), List.of())).isEqualTo(Koers.ONBEKEND);
    }
}
