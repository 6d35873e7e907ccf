package nl.normtoets.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evidence of an item check (each signal, each help, ... judged; the worst counts): the worst item's own evidence,
 * then how many items were judged and how many fell short.
 */
public final class ItemBewijs extends Bewijsstuk {
    private final Map<String, Object> ergste;
    private final int aantalGetoetst;
    private final long aantalTekort;

    public ItemBewijs(Map<String, Object> ergste, int aantalGetoetst, long aantalTekort) {
        this.ergste = Objects.requireNonNull(ergste, "ergste");
        this.aantalGetoetst = aantalGetoetst;
        this.aantalTekort = aantalTekort;
    }

    /** The evidence of the item that decided the outcome. */
    public Map<String, Object> ergste() {
        return ergste;
    }

    public int aantalGetoetst() {
        return aantalGetoetst;
    }

    public long aantalTekort() {
        return aantalTekort;
    }

    @Override
    public Optional<LocalDate> uiterlijk() {
        return ergste instanceof Bewijsstuk s ? s.uiterlijk() : Optional.empty();
    }

    @Override
    public Optional<LocalDate> gebeurd() {
        return ergste instanceof Bewijsstuk s ? s.gebeurd() : Optional.empty();
    }

    @Override
    void schrijf(Bewijs b) {
        b.met(ergste).met("aantalGetoetst", aantalGetoetst).met("aantalTekort", aantalTekort);
    }
}
