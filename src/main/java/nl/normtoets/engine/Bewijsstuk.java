package nl.normtoets.engine;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import nl.normtoets.dossier.Wachtreden;

/**
 * Typed evidence of one of the shared checks ({@link TermijnBewijs}, {@link RecentBewijs}, {@link ItemBewijs}).
 * Code reads its named fields; the report sees it as the ordered map of Dutch keys it always had (a finding's
 * {@code bewijs}), built on demand from the fields, so the stored finding holds only the fields themselves.
 */
public abstract sealed class Bewijsstuk extends AbstractMap<String, Object>
        permits TermijnBewijs, RecentBewijs, ItemBewijs, GezinBewijs, ToewijzingBewijs {

    /** The last day of the term this evidence is about, when it has one. */
    public abstract Optional<LocalDate> uiterlijk();

    /** The date the awaited event happened (a one-off term), when it did. */
    public Optional<LocalDate> gebeurd() {
        return Optional.empty();
    }

    /** Writes the fields under their report keys, in the order a person checks them. */
    abstract void schrijf(Bewijs b);

    /**
     * Builds the evidence once and walks it. The report's finding writer goes through here: every other view
     * ({@link #entrySet()}, {@code size()}, {@code isEmpty()}) builds it again per call. The fields are not written
     * to the JSON generator directly because {@link #schrijf} may name a key twice (a rule's extra value replaces
     * a field in place), which {@link Bewijs} resolves; {@code schrijf} stays the one place of the key order.
     */
    @Override
    public void forEach(BiConsumer<? super String, ? super Object> doe) {
        Bewijs b = Bewijs.van();
        schrijf(b);
        b.elk(doe);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Bewijs b = Bewijs.van();
        schrijf(b);
        return b.alsMap().entrySet();
    }

    /** Kinds of evidence as the audit store keeps them next to the evidence's JSON. */
    public static final String TERMIJN = "termijn";
    public static final String RECENT = "recent";
    /** Who holds the dossier on the peildatum ({@link ToewijzingBewijs}). */
    public static final String TOEWIJZING = "toewijzing";
    /** An item check; {@code item/termijn} etc. when the worst item's evidence was typed itself. */
    public static final String ITEM = "item";
    /** A plain map (a rule that decided itself). */
    public static final String KAART = "kaart";

    /** The kind of {@code bewijs}, so {@link #herstel} can rebuild the same class from its JSON. */
    public static String soort(Map<String, ?> bewijs) {
        if (bewijs instanceof TermijnBewijs) {
            return TERMIJN;
        }
        if (bewijs instanceof RecentBewijs) {
            return RECENT;
        }
        if (bewijs instanceof ToewijzingBewijs) {
            return TOEWIJZING;
        }
        if (bewijs instanceof ItemBewijs i) {
            String binnen = soort(i.ergste());
            return binnen.equals(KAART) ? ITEM : ITEM + "/" + binnen;
        }
        return KAART;
    }

    /**
     * The evidence a rule made, rebuilt from its JSON form ({@code json}: ordered, dates as ISO text) and its
     * {@code soort}; null {@code soort} recognises the kind by the keys. Returns {@code json} itself when it is
     * plain evidence or does not fit the kind; a rebuilt object always writes the same JSON as {@code json}.
     */
    public static Map<String, Object> herstel(String soort, Map<String, Object> json) {
        return Bewijsherstel.herstel(soort, json);
    }

    /**
     * The reason help waited that a finding's evidence names, if any. No shared check records one today; a rule
     * that decides itself may write it under {@code wachtreden} (as the enum or its name), and evidence read back
     * from the store holds it as text. Typed evidence without such a field has none.
     */
    public static Optional<Wachtreden> wachtreden(Map<String, ?> bewijs) {
        if (bewijs == null || bewijs instanceof Bewijsstuk) {
            return Optional.empty();
        }
        Object r = bewijs.get("wachtreden");
        if (r instanceof Wachtreden w) {
            return Optional.of(w);
        }
        if (r instanceof CharSequence s) {
            try {
                return Optional.of(Wachtreden.valueOf(s.toString()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Report keys that hold the day the required thing was done, in order of preference: what a list of
     * shortcomings shows as "gedaan" (one-off events, then the latest of recurring ones).
     */
    private static final List<String> GEDAAN = List.of("informatiebrief", "contactmoment3", "analyse", "taxatie",
            "recidivetaxatie", "eersteFaceToFaceContact", "eersteTaxatie", "eerstePlan", "eersteHulpGestart",
            "andereHulpAangevraagd", "opgevolgd", "veiligheidsafspraak", "opgeschaald", "contactafspraak",
            "terugkoppeling", "laatsteEenOpEenContact", "laatsteFaceToFaceContact", "laatsteEvaluatie",
            "laatsteTaxatie", "laatsteRecidivetaxatie", "laatsteJaargesprek");

    /**
     * The last day of the term any finding's evidence names under {@code uiterlijk}: typed evidence, a rule's own
     * values, organisation evidence, or evidence read back from a report or the store (dates as text there).
     * Read through the report's keys because that is what every kind of evidence has in common.
     */
    public static Optional<LocalDate> uiterlijkIn(Map<String, ?> bewijs) {
        return Optional.ofNullable(datum(bewijs.get("uiterlijk")));
    }

    /** The day the required thing was done, as any finding's evidence names it ({@link #GEDAAN}, first found). */
    public static Optional<LocalDate> gedaanIn(Map<String, ?> bewijs) {
        for (String k : GEDAAN) {
            LocalDate d = datum(bewijs.get(k));
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static LocalDate datum(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof CharSequence s && s.length() == 10) {
            try {
                return LocalDate.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    static Map<String, Object> geen(Map<String, Object> overig) {
        return overig == null || overig.isEmpty() ? Map.of() : overig;
    }
}
