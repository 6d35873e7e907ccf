package nl.normtoets.norm;

import java.util.List;

/**
 * Where a term or threshold of the catalog comes from, so a GI knows which numbers the law or the inspecties set and
 * which are the product's own defaults it may tune. {@code soort}: {@code wet}, {@code toetsingskader},
 * {@code kwaliteitskader} or {@code eigen keuze}; {@code toelichting}: one line, required for {@code eigen keuze}
 * (why this number).
 */
public record Bron(String soort, String toelichting) {

    public static final List<String> SOORTEN = List.of("wet", "toetsingskader", "kwaliteitskader", "eigen keuze");

    public Bron {
        if (soort == null || !SOORTEN.contains(soort)) {
            throw new IllegalArgumentException("bron.soort is een van " + SOORTEN + ", niet '" + soort + "'");
        }
        if (toelichting != null && toelichting.isBlank()) {
            toelichting = null;
        }
        if (soort.equals("eigen keuze") && toelichting == null) {
            throw new IllegalArgumentException("een bron 'eigen keuze' zegt in 'toelichting' waarom");
        }
    }

    public boolean eigenKeuze() {
        return soort.equals("eigen keuze");
    }
}
