package nl.normtoets.engine;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed evidence of one of the shared checks ({@link TermijnBewijs}, {@link RecentBewijs}, {@link ItemBewijs}).
 * Code reads its named fields; the report sees it as the ordered map of Dutch keys it always had (a finding's
 * {@code bewijs}), built on demand from the fields, so the stored finding holds only the fields themselves.
 */
public abstract sealed class Bewijsstuk extends AbstractMap<String, Object>
        permits TermijnBewijs, RecentBewijs, ItemBewijs, GezinBewijs {

    /** The last day of the term this evidence is about, when it has one. */
    public abstract Optional<LocalDate> uiterlijk();

    /** The date the awaited event happened (a one-off term), when it did. */
    public Optional<LocalDate> gebeurd() {
        return Optional.empty();
    }

    /** Writes the fields under their report keys, in the order a person checks them. */
    abstract void schrijf(Bewijs b);

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Bewijs b = Bewijs.van();
        schrijf(b);
        return b.alsMap().entrySet();
    }

    static Map<String, Object> geen(Map<String, Object> overig) {
        return overig == null || overig.isEmpty() ? Map.of() : overig;
    }
}
