package nl.normtoets.engine;

import java.util.Map;
import java.util.Objects;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.dossier.Maatregel;

/**
 * The judgement of one indicator for one dossier, with the reason in words ({@link Toelichting}, written when read)
 * and the evidence used. Rules record these through the session global ({@link Bevindingen}); scoring and
 * reporting read them. {@code dossier} is null for organisation indicators, which name what they are about in
 * {@code onderwerp} (e.g. an employee id).
 *
 * <p>{@code team}, {@code regio}, {@code gemeente} and {@code maatregel} are the dossier's, copied onto the finding
 * when the engine places it (issue 18), so a list of findings can be filtered without the audit set. They are null
 * for organisation findings, and for findings made before they existed (a report read back from older JSON).
 */
public record Bevinding(String norm, String indicator, String dossier, String onderwerp, Uitkomst uitkomst,
                        Toelichting uitleg, Map<String, Object> bewijs, String team, String regio, String gemeente,
                        Maatregel maatregel) {

    public Bevinding {
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(uitkomst, "uitkomst");
        Objects.requireNonNull(uitleg, "toelichting");
        bewijs = bewijs == null ? Map.of() : bewijs;
    }

    /** A finding whose reason is already in words (organisation findings, findings read back). */
    public Bevinding(String norm, String indicator, String dossier, String onderwerp, Uitkomst uitkomst,
                     String toelichting, Map<String, Object> bewijs, String team, String regio, String gemeente,
                     Maatregel maatregel) {
        this(norm, indicator, dossier, onderwerp, uitkomst, Toelichting.van(toelichting), bewijs, team, regio,
                gemeente, maatregel);
    }

    /** The reason in words (the report's {@code toelichting}), written from {@link #uitleg} on each call. */
    public String toelichting() {
        return uitleg.tekst();
    }

    /** A finding as a rule makes it: about the dossier or subject only, its attributes added when it is placed. */
    public Bevinding(String norm, String indicator, String dossier, String onderwerp, Uitkomst uitkomst,
                     String toelichting, Map<String, Object> bewijs) {
        this(norm, indicator, dossier, onderwerp, uitkomst, toelichting, bewijs, null, null, null, null);
    }

    /**
     * A finding about dossier {@code d} with its team, regio, gemeente and maatregel already on it, as the shared
     * checks ({@link Toets}) make them: the engine then has nothing to copy (one object less per finding, millions
     * in a large audit).
     */
    static Bevinding over(Dossier d, String norm, String indicator, Uitkomst uitkomst, Toelichting uitleg,
                          Map<String, Object> bewijs) {
        return new Bevinding(norm, indicator, d.id(), null, uitkomst, uitleg, bewijs, d.team(), d.regio(),
                d.gemeente(), d.maatregel());
    }

    static Bevinding over(Dossier d, String norm, String indicator, Uitkomst uitkomst, String toelichting,
                          Map<String, Object> bewijs) {
        return over(d, norm, indicator, uitkomst, Toelichting.van(toelichting), bewijs);
    }

    /** The same finding with the team, regio, gemeente and maatregel of {@code d}, the dossier it is about. */
    public Bevinding metKenmerken(Dossier d) {
        if (team == d.team() && regio == d.regio() && gemeente == d.gemeente() && maatregel == d.maatregel()
                && onderwerp == null && Objects.equals(dossier, d.id())) {
            return this; // made by over() for this very dossier: nothing to add
        }
        return new Bevinding(norm, indicator, dossier, onderwerp, uitkomst, uitleg, bewijs, d.team(), d.regio(),
                d.gemeente(), d.maatregel());
    }
}
