package nl.normtoets.organisatie;

import java.time.LocalDate;
import java.util.Objects;

/** An advice of the cliëntenraad and the day the board answered it (null: not yet answered). */
public record ClientenraadAdvies(LocalDate datum, LocalDate terugkoppeling) {

    public ClientenraadAdvies {
        Objects.requireNonNull(datum, "datum");
    }
}
