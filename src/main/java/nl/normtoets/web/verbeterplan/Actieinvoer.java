package nl.normtoets.web.verbeterplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.normtoets.geschiedenis.Verbeteractie;
import nl.normtoets.norm.Normcatalogus;

/**
 * An improvement action as a form or the API sends it. Checked here, before anything is stored; the messages name
 * the field, never echo what was typed.
 *
 * @param doel   the target share in percent (0..100)
 * @param status open, bezig or afgerond (any case); empty: open
 */
public record Actieinvoer(String onderwerp, String omschrijving, String eigenaar, Double doel, LocalDate deadline,
                          String status, LocalDate afgerond, LocalDate geevalueerd) {

    public List<String> fouten(Normcatalogus catalogus) {
        List<String> f = new ArrayList<>();
        if (leeg(onderwerp)) {
            f.add("onderwerp: geef een norm of indicator (bijvoorbeeld 1a.3 of 1a.3-A).");
        } else if (catalogus.norm(onderwerp.trim()).isEmpty() && catalogus.indicator(onderwerp.trim()).isEmpty()) {
            f.add("onderwerp: geen norm of indicator van de normcatalogus.");
        }
        if (leeg(eigenaar)) {
            f.add("eigenaar: geef de rol die de actie draagt (bijvoorbeeld 'manager bedrijfsvoering').");
        } else if (eigenaar.length() > 200) {
            f.add("eigenaar: hoogstens 200 tekens.");
        }
        if (omschrijving != null && omschrijving.length() > 1000) {
            f.add("omschrijving: hoogstens 1000 tekens.");
        }
        if (doel == null || doel.isNaN() || doel < 0 || doel > 100) {
            f.add("doel: een percentage van 0 tot en met 100.");
        }
        if (deadline == null) {
            f.add("deadline: geef een datum.");
        }
        Verbeteractie.Status s = statusOfNull();
        if (!leeg(status) && s == null) {
            f.add("status: open, bezig of afgerond.");
        }
        if (afgerond != null && s != Verbeteractie.Status.AFGEROND) {
            f.add("afgerond: alleen bij status afgerond.");
        }
        if (geevalueerd != null && s != Verbeteractie.Status.AFGEROND) {
            f.add("geevalueerd: alleen bij een afgeronde actie.");
        }
        if (geevalueerd != null && afgerond != null && geevalueerd.isBefore(afgerond)) {
            f.add("geevalueerd: niet voor de dag van afronden.");
        }
        return f;
    }

    Verbeteractie alsActie(String id, String organisatie) {
        Verbeteractie.Status s = statusOfNull();
        return new Verbeteractie(id, organisatie, onderwerp.trim(), leeg(omschrijving) ? null : omschrijving.trim(),
                eigenaar.trim(), doel, deadline, s == null ? Verbeteractie.Status.OPEN : s, afgerond, geevalueerd);
    }

    static Actieinvoer van(Verbeteractie a) {
        return new Actieinvoer(a.onderwerp(), a.omschrijving(), a.eigenaar(), a.doel(), a.deadline(),
                a.status().name().toLowerCase(Locale.ROOT), a.afgerond(), a.geevalueerd());
    }

    private Verbeteractie.Status statusOfNull() {
        if (leeg(status)) {
            return null;
        }
        try {
            return Verbeteractie.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
