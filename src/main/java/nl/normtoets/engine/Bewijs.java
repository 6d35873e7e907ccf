package nl.normtoets.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;

/**
 * The dates and values a rule used, in the order a person would check them by hand. Keys are Dutch domain words
 * (startdatum, eersteContact, uiterlijk, ...). Null values are kept: "no first contact" is evidence too. Setting a
 * name again replaces its value in place.
 *
 * <p>A national audit holds millions of findings, each with a handful of values, so the evidence is kept as two
 * small arrays rather than a hash map per finding. The shared checks keep their evidence in typed form
 * ({@link Bewijsstuk}); this builder holds a rule's extra values and the evidence of rules that decide themselves.
 */
public final class Bewijs {
    private String[] namen = new String[8];
    private Object[] waarden = new Object[8];
    private int aantal;

    public static Bewijs van() {
        return new Bewijs();
    }

    public Bewijs met(String naam, Object waarde) {
        Objects.requireNonNull(naam, "naam");
        for (int i = 0; i < aantal; i++) {
            if (namen[i].equals(naam)) {
                waarden[i] = waarde;
                return this;
            }
        }
        if (aantal == namen.length) {
            namen = Arrays.copyOf(namen, aantal * 2);
            waarden = Arrays.copyOf(waarden, aantal * 2);
        }
        namen[aantal] = naam;
        waarden[aantal++] = waarde;
        return this;
    }

    /** Adds every value of {@code ander} in its order (replacing names already present). */
    public Bewijs met(Map<String, ?> ander) {
        ander.forEach(this::met);
        return this;
    }

    /** True when nothing was added. */
    public boolean leeg() {
        return aantal == 0;
    }

    /** Each name and value in order, without a snapshot: the report walks typed evidence through this once. */
    void elk(BiConsumer<? super String, ? super Object> doe) {
        elk(namen, waarden, aantal, doe);
    }

    private static void elk(String[] namen, Object[] waarden, int aantal,
                            BiConsumer<? super String, ? super Object> doe) {
        for (int i = 0; i < aantal; i++) {
            doe.accept(namen[i], waarden[i]);
        }
    }

    /** An unmodifiable snapshot in insertion order; later changes to this builder do not show in it. */
    public Map<String, Object> alsMap() {
        return new Vast(gedeeldeNamen(namen, aantal), Arrays.copyOf(waarden, aantal));
    }

    /**
     * The names of a rule's evidence are the same for each dossier it judges: 1.4 million findings of a 100 000
     * dossier audit each had their own copy of a few rules' name lists. Each list is shared through a small table
     * (one list per slot, the last one made); an {@link AtomicReferenceArray} so a list found there is seen whole.
     */
    private static final AtomicReferenceArray<String[]> NAMEN = new AtomicReferenceArray<>(256);

    private static String[] gedeeldeNamen(String[] namen, int aantal) {
        int h = aantal;
        for (int i = 0; i < aantal; i++) {
            h = 31 * h + namen[i].hashCode();
        }
        int vak = (h ^ (h >>> 16)) & (NAMEN.length() - 1);
        String[] eerder = NAMEN.get(vak);
        if (eerder != null && Arrays.equals(eerder, 0, eerder.length, namen, 0, aantal)) {
            return eerder;
        }
        String[] eigen = Arrays.copyOf(namen, aantal);
        NAMEN.set(vak, eigen);
        return eigen;
    }

    /** Read-only, ordered, null values allowed; equals and hashCode as any {@link Map}. */
    private static final class Vast extends AbstractMap<String, Object> {
        private final String[] namen;
        private final Object[] waarden;

        Vast(String[] namen, Object[] waarden) {
            this.namen = namen;
            this.waarden = waarden;
        }

        @Override
        public int size() {
            return namen.length;
        }

        @Override
        public boolean containsKey(Object naam) {
            return index(naam) >= 0;
        }

        @Override
        public Object get(Object naam) {
            int i = index(naam);
            return i < 0 ? null : waarden[i];
        }

        private int index(Object naam) {
            for (int i = 0; i < namen.length; i++) {
                if (namen[i].equals(naam)) {
                    return i;
                }
            }
            return -1;
        }

        /** Straight over the arrays, without an entry per value (the report writes evidence this way). */
        @Override
        public void forEach(BiConsumer<? super String, ? super Object> doe) {
            elk(namen, waarden, namen.length, doe);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return namen.length;
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < namen.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (i >= namen.length) {
                                throw new NoSuchElementException();
                            }
                            int k = i++;
                            return new SimpleImmutableEntry<>(namen[k], waarden[k]);
                        }
                    };
                }
            };
        }
    }
}
