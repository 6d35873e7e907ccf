package nl.normtoets.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rebuilds typed evidence from its report form (an ordered map of JSON values, dates as ISO text), e.g. after the
 * audit store read a finding back. The kind ({@link Bewijsstuk#soort}) says which class to rebuild; without it
 * (rows stored before the kind was kept) the shape of the keys decides. A rebuilt object is only returned when it
 * writes exactly the same keys, order and values as the map it came from; otherwise the map itself is kept, so a
 * report never changes by being stored and read back.
 */
final class Bewijsherstel {

    private Bewijsherstel() {
    }

    static Map<String, Object> herstel(String soort, Map<String, Object> json) {
        if (json == null || json.isEmpty()) {
            return json == null ? Map.of() : json;
        }
        String s = soort != null ? soort : herken(json);
        Map<String, Object> terug;
        try {
            terug = bouw(s, json);
        } catch (RuntimeException e) { // a value of the wrong type or a malformed date: keep the map as it is
            return json;
        }
        return terug != null && zelfde(terug, json) ? terug : json;
    }

    /** The kind a map of this shape most likely had; {@link Bewijsstuk#KAART} when none fits. */
    private static String herken(Map<String, Object> json) {
        List<String> k = new ArrayList<>(json.keySet());
        int n = k.size();
        if (n >= 2 && k.get(n - 2).equals("aantalGetoetst") && k.get(n - 1).equals("aantalTekort")) {
            String binnen = n == 2 ? Bewijsstuk.KAART : herken(deel(json, 0, n - 2));
            return binnen.equals(Bewijsstuk.KAART) ? Bewijsstuk.ITEM : Bewijsstuk.ITEM + "/" + binnen;
        }
        if (n >= 6 && k.get(0).equals("peildatum") && k.get(1).equals("termijn") && k.get(2).equals("vensterVanaf")
                && k.get(4).equals("startdatum") && k.get(5).equals("uiterlijk")) {
            return Bewijsstuk.RECENT;
        }
        if (n >= 4 && k.get(1).equals("termijn") && k.get(2).equals("uiterlijk")) {
            return Bewijsstuk.TERMIJN;
        }
        return Bewijsstuk.KAART;
    }

    /** The object of kind {@code soort} that writes {@code json}, or null when the keys do not fit that kind. */
    private static Map<String, Object> bouw(String soort, Map<String, Object> json) {
        List<String> k = new ArrayList<>(json.keySet());
        int n = k.size();
        if (soort.equals(Bewijsstuk.KAART)) {
            return json;
        }
        if (soort.equals(Bewijsstuk.ITEM) || soort.startsWith(Bewijsstuk.ITEM + "/")) {
            if (n < 2 || !k.get(n - 2).equals("aantalGetoetst") || !k.get(n - 1).equals("aantalTekort")) {
                return null;
            }
            Map<String, Object> ergste = deel(json, 0, n - 2);
            if (soort.length() > Bewijsstuk.ITEM.length()) {
                ergste = bouw(soort.substring(Bewijsstuk.ITEM.length() + 1), ergste);
                if (ergste == null) {
                    return null;
                }
            }
            return new ItemBewijs(ergste, ((Number) json.get("aantalGetoetst")).intValue(),
                    ((Number) json.get("aantalTekort")).longValue());
        }
        if (soort.equals(Bewijsstuk.TERMIJN)) {
            if (n < 4 || !k.get(1).equals("termijn") || !k.get(2).equals("uiterlijk")) {
                return null;
            }
            int eind = n;
            LocalDate peil = null;
            LocalDate einddatum = null;
            if (eind > 4 && k.get(eind - 1).equals("peildatum")) {
                peil = datum(json.get("peildatum"));
                eind--;
            }
            if (eind > 4 && k.get(eind - 1).equals("einddatum")) {
                einddatum = datum(json.get("einddatum"));
                eind--;
            }
            return new TermijnBewijs(k.get(0), datum(json.get(k.get(0))), (String) json.get("termijn"),
                    datum(json.get("uiterlijk")), k.get(3), datum(json.get(k.get(3))), overig(json, 4, eind),
                    einddatum, peil);
        }
        if (soort.equals(Bewijsstuk.RECENT)) {
            if (n < 6 || !k.get(0).equals("peildatum") || !k.get(1).equals("termijn")
                    || !k.get(2).equals("vensterVanaf") || !k.get(4).equals("startdatum")
                    || !k.get(5).equals("uiterlijk")) {
                return null;
            }
            int eind = n;
            LocalDate einddatum = null;
            if (eind > 6 && k.get(eind - 1).equals("einddatum")) {
                einddatum = datum(json.get("einddatum"));
                eind--;
            }
            return new RecentBewijs(datum(json.get("peildatum")), (String) json.get("termijn"),
                    datum(json.get("vensterVanaf")), k.get(3), datum(json.get(k.get(3))),
                    datum(json.get("startdatum")), datum(json.get("uiterlijk")), overig(json, 6, eind), einddatum);
        }
        return null; // a kind this version does not know
    }

    private static Map<String, Object> overig(Map<String, Object> json, int van, int tot) {
        return van >= tot ? null : deel(json, van, tot);
    }

    /** Entries {@code van} (inclusive) to {@code tot} (exclusive), in order, read-only. */
    private static Map<String, Object> deel(Map<String, Object> json, int van, int tot) {
        Map<String, Object> uit = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Object> e : json.entrySet()) {
            if (i >= van && i < tot) {
                uit.put(e.getKey(), e.getValue());
            }
            i++;
        }
        return Collections.unmodifiableMap(uit);
    }

    private static LocalDate datum(Object waarde) {
        if (waarde == null || waarde instanceof LocalDate) {
            return (LocalDate) waarde;
        }
        return LocalDate.parse((String) waarde); // ISO, as the report writes dates
    }

    /** Same keys in the same order with values that write the same JSON (a date as its ISO text). */
    private static boolean zelfde(Map<String, Object> terug, Map<String, Object> json) {
        if (terug.size() != json.size()) {
            return false;
        }
        Iterator<Map.Entry<String, Object>> a = terug.entrySet().iterator();
        Iterator<Map.Entry<String, Object>> b = json.entrySet().iterator();
        while (a.hasNext()) {
            Map.Entry<String, Object> x = a.next();
            Map.Entry<String, Object> y = b.next();
            if (!x.getKey().equals(y.getKey()) || !gelijk(x.getValue(), y.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean gelijk(Object x, Object y) {
        if (Objects.equals(x, y)) {
            return true;
        }
        if (x instanceof LocalDate d && y instanceof String s) {
            return d.toString().equals(s);
        }
        if (x instanceof Number p && y instanceof Number q) {
            return new BigDecimal(p.toString()).compareTo(new BigDecimal(q.toString())) == 0;
        }
        return false;
    }
}
