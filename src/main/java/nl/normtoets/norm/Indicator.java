package nl.normtoets.norm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.normtoets.dossier.Maatregel;

/**
 * One checkable indicator of a norm, with its term and parameters taken from the catalog. Rules match on the
 * id and read every number from here, so changing the catalog changes the outcome without recompiling.
 * {@code actief} (default true): an inactive indicator is not evaluated, never scored and listed as not used (an
 * optional way of working such as the Handelingsperspectief). {@code bron}: per term or threshold ({@code termijn} or a
 * parameter's name) where its number comes from.
 */
public record Indicator(String id, String norm, String titel, Niveau niveau, Set<Maatregel> maatregelen,
                        Termijn termijn, Map<String, Object> parameters, List<Variant> varianten, Boolean actief,
                        Map<String, Bron> bron) {

    /** The name {@link #bron} uses for the indicator's own term. */
    public static final String TERMIJN = "termijn";

    public Indicator {
        // an EnumSet: every rule asks geldtVoor for every dossier
        maatregelen = Collections.unmodifiableSet(maatregelen == null || maatregelen.isEmpty()
                ? EnumSet.allOf(Maatregel.class) : EnumSet.copyOf(maatregelen));
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        varianten = varianten == null ? List.of() : List.copyOf(varianten);
        bron = bron == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bron));
    }

    /** An indicator of a catalog without {@code actief} and {@code bron}: active, sources not given. */
    public Indicator(String id, String norm, String titel, Niveau niveau, Set<Maatregel> maatregelen,
                     Termijn termijn, Map<String, Object> parameters, List<Variant> varianten) {
        this(id, norm, titel, niveau, maatregelen, termijn, parameters, varianten, null, null);
    }

    public boolean gebruikt() {
        return !Boolean.FALSE.equals(actief);
    }

    /** This indicator switched on or off (tests, and catalogs built in code). */
    public Indicator metActief(boolean aan) {
        return new Indicator(id, norm, titel, niveau, maatregelen, termijn, parameters, varianten, aan, bron);
    }

    /**
     * The terms and thresholds of this indicator (its {@code termijn}, every parameter that is a number or a term, and
     * those of its variants, as {@code varianten[i].naam}) that have no {@link #bron}.
     */
    public List<String> zonderBron() {
        List<String> uit = new ArrayList<>();
        if (termijn != null && !bron.containsKey(TERMIJN)) {
            uit.add(TERMIJN);
        }
        parameters.forEach((naam, waarde) -> {
            if (isDrempel(waarde) && !bron.containsKey(naam)) {
                uit.add(naam);
            }
        });
        for (int v = 0; v < varianten.size(); v++) {
            Variant var = varianten.get(v);
            String pad = "varianten[" + v + "].";
            if (var.termijn() != null && !var.bron().containsKey(TERMIJN)) {
                uit.add(pad + TERMIJN);
            }
            var.parameters().forEach((naam, waarde) -> {
                if (isDrempel(waarde) && !var.bron().containsKey(naam)) {
                    uit.add(pad + naam);
                }
            });
        }
        uit.sort(null);
        return uit;
    }

    private static boolean isDrempel(Object waarde) {
        return waarde instanceof Number || waarde instanceof Map<?, ?>;
    }

    public boolean geldtVoor(Maatregel maatregel) {
        return maatregelen.contains(maatregel);
    }

    /** This indicator as it applies to one measure: a matching variant's term and parameters win. */
    public Indicator voor(Maatregel maatregel) {
        for (Variant v : varianten) {
            if (v.maatregelen().contains(maatregel)) {
                Map<String, Object> merged = new LinkedHashMap<>(parameters);
                merged.putAll(v.parameters());
                Map<String, Bron> bronnen = new LinkedHashMap<>(bron);
                bronnen.putAll(v.bron());
                return new Indicator(id, norm, titel, niveau, maatregelen,
                        v.termijn() != null ? v.termijn() : termijn, merged, List.of(), actief, bronnen);
            }
        }
        return this;
    }

    /** The indicator's term, for rules that need one; a catalog without it is an error naming the indicator. */
    public Termijn vereisteTermijn() {
        if (termijn == null) {
            throw new CatalogusFout("indicator " + id + " heeft geen 'termijn' in de normcatalogus");
        }
        return termijn;
    }

    public int getal(String naam) {
        return getalParameter(naam).intValue();
    }

    public double fractie(String naam) {
        return getalParameter(naam).doubleValue();
    }

    private Number getalParameter(String naam) {
        if (parameter(naam) instanceof Number n) {
            return n;
        }
        throw new CatalogusFout("parameter '" + naam + "' van indicator " + id + " is geen getal: '"
                + parameter(naam) + "'");
    }

    public String tekst(String naam) {
        return String.valueOf(parameter(naam));
    }

    public Termijn termijn(String naam) {
        return alsTermijn(naam, parameter(naam));
    }

    /**
     * A term from a parameter that maps a kind to a term ({@code termijnPerPlansoort: {CRISIS: {dagen: 42}}}); empty
     * when the parameter or the kind is absent.
     */
    public Optional<Termijn> termijnPerSoort(String naam, String soort) {
        if (parameters.get(naam) instanceof Map<?, ?> perSoort && perSoort.get(soort) != null) {
            return Optional.of(alsTermijn(naam + "." + soort, perSoort.get(soort)));
        }
        return Optional.empty();
    }

    private Termijn alsTermijn(String naam, Object raw) {
        if (raw instanceof Map<?, ?> m) {
            Object d = m.get("dagen");
            Object mnd = m.get("maanden");
            if ((d != null && !(d instanceof Number)) || (mnd != null && !(mnd instanceof Number))) {
                throw new CatalogusFout("parameter '" + naam + "' van indicator " + id + ": dagen en maanden zijn "
                        + "gehele getallen");
            }
            try {
                return new Termijn(d == null ? null : ((Number) d).intValue(),
                        mnd == null ? null : ((Number) mnd).intValue());
            } catch (IllegalArgumentException e) {
                throw new CatalogusFout("parameter '" + naam + "' van indicator " + id + ": " + e.getMessage());
            }
        }
        throw new CatalogusFout("parameter '" + naam + "' van indicator " + id + " is geen termijn");
    }

    public <E extends Enum<E>> List<E> waarden(String naam, Class<E> type) {
        Object raw = parameter(naam);
        List<?> items = raw instanceof List<?> l ? l : List.of(raw);
        List<E> result = new ArrayList<>();
        for (Object item : items) {
            try {
                result.add(Enum.valueOf(type, String.valueOf(item).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CatalogusFout("parameter '" + naam + "' van indicator " + id + ": onbekende waarde '"
                        + item + "'");
            }
        }
        return List.copyOf(result);
    }

    public <E extends Enum<E>> E waarde(String naam, Class<E> type) {
        return waarden(naam, type).get(0);
    }

    private Object parameter(String naam) {
        Object value = parameters.get(naam);
        if (value == null) {
            throw new CatalogusFout("indicator " + id + " mist parameter '" + naam + "' in de normcatalogus");
        }
        return value;
    }
}
