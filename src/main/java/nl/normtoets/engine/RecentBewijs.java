package nl.normtoets.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evidence of a recent-event check: the last event ({@code laatste}, under the key a rule gave it) had to fall on
 * or after {@code vensterVanaf}, i.e. within {@code termijn} before the peildatum. {@code uiterlijk} is the day the
 * next event is due (term after the last event, or after the start when there was none since).
 */
public final class RecentBewijs extends Bewijsstuk {
    private final LocalDate peildatum;
    private final String termijn;
    private final LocalDate vensterVanaf;
    private final String laatsteNaam;
    private final LocalDate laatste;
    private final LocalDate startdatum;
    private final LocalDate uiterlijk;
    private final Map<String, Object> overig;
    private final LocalDate einddatum;

    public RecentBewijs(LocalDate peildatum, String termijn, LocalDate vensterVanaf, String laatsteNaam,
                        LocalDate laatste, LocalDate startdatum, LocalDate uiterlijk, Map<String, Object> overig,
                        LocalDate einddatum) {
        this.peildatum = peildatum;
        this.termijn = termijn;
        this.vensterVanaf = vensterVanaf;
        this.laatsteNaam = Objects.requireNonNull(laatsteNaam, "laatsteNaam");
        this.laatste = laatste;
        this.startdatum = startdatum;
        this.uiterlijk = uiterlijk;
        this.overig = geen(overig);
        this.einddatum = einddatum;
    }

    public LocalDate peildatum() {
        return peildatum;
    }

    public String termijn() {
        return termijn;
    }

    public LocalDate vensterVanaf() {
        return vensterVanaf;
    }

    public String laatsteNaam() {
        return laatsteNaam;
    }

    public Optional<LocalDate> laatste() {
        return Optional.ofNullable(laatste);
    }

    public LocalDate startdatum() {
        return startdatum;
    }

    @Override
    public Optional<LocalDate> uiterlijk() {
        return Optional.ofNullable(uiterlijk);
    }

    public Map<String, Object> overig() {
        return overig;
    }

    public Optional<LocalDate> einddatum() {
        return Optional.ofNullable(einddatum);
    }

    @Override
    void schrijf(Bewijs b) {
        b.met("peildatum", peildatum).met("termijn", termijn).met("vensterVanaf", vensterVanaf)
                .met(laatsteNaam, laatste).met("startdatum", startdatum).met("uiterlijk", uiterlijk).met(overig);
        if (einddatum != null) {
            b.met("einddatum", einddatum);
        }
    }
}
