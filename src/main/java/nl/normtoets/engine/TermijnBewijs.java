package nl.normtoets.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evidence of a term check: something had to happen ({@code gebeurd}) within {@code termijn} after {@code begin},
 * at the latest on {@code uiterlijk}. The begin and event dates keep the key a rule gave them ("startdatum",
 * "eersteFaceToFaceContact", ...), because the report names them so. {@code overig} holds a rule's extra values;
 * {@code einddatum} (ended before the term) or {@code peildatum} (not yet happened) are set when they explain the
 * outcome.
 */
public final class TermijnBewijs extends Bewijsstuk {
    /** The report key of the begin date when the term runs from the start of the measure. */
    public static final String START = "startdatum";

    private final String beginNaam;
    private final LocalDate begin;
    private final String termijn;
    private final LocalDate uiterlijk;
    private final String gebeurdNaam;
    private final LocalDate gebeurd;
    private final Map<String, Object> overig;
    private final LocalDate einddatum;
    private final LocalDate peildatum;

    public TermijnBewijs(String beginNaam, LocalDate begin, String termijn, LocalDate uiterlijk, String gebeurdNaam,
                         LocalDate gebeurd, Map<String, Object> overig, LocalDate einddatum, LocalDate peildatum) {
        this.beginNaam = Objects.requireNonNull(beginNaam, "beginNaam");
        this.begin = begin;
        this.termijn = termijn;
        this.uiterlijk = uiterlijk;
        this.gebeurdNaam = Objects.requireNonNull(gebeurdNaam, "gebeurdNaam");
        this.gebeurd = gebeurd;
        this.overig = geen(overig);
        this.einddatum = einddatum;
        this.peildatum = peildatum;
    }

    public String beginNaam() {
        return beginNaam;
    }

    public LocalDate begin() {
        return begin;
    }

    /** The term runs from the start of the measure (the default), not from a later event such as a signal. */
    public boolean vanafStart() {
        return START.equals(beginNaam);
    }

    public String termijn() {
        return termijn;
    }

    @Override
    public Optional<LocalDate> uiterlijk() {
        return Optional.ofNullable(uiterlijk);
    }

    public String gebeurdNaam() {
        return gebeurdNaam;
    }

    @Override
    public Optional<LocalDate> gebeurd() {
        return Optional.ofNullable(gebeurd);
    }

    public Map<String, Object> overig() {
        return overig;
    }

    public Optional<LocalDate> einddatum() {
        return Optional.ofNullable(einddatum);
    }

    public Optional<LocalDate> peildatum() {
        return Optional.ofNullable(peildatum);
    }

    @Override
    void schrijf(Bewijs b) {
        b.met(beginNaam, begin).met("termijn", termijn).met("uiterlijk", uiterlijk).met(gebeurdNaam, gebeurd)
                .met(overig);
        if (einddatum != null) {
            b.met("einddatum", einddatum);
        }
        if (peildatum != null) {
            b.met("peildatum", peildatum);
        }
    }
}
