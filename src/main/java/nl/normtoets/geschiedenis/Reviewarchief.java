package nl.normtoets.geschiedenis;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.review.Dossierantwoorden;
import nl.normtoets.review.Dossierlezing;
import nl.normtoets.review.Lezingverslag;
import nl.normtoets.review.Steekproef;
import nl.normtoets.review.VieroogenFout;

/**
 * The store of samples and dossierlezing answers (migration V5), beside the audits they belong to. Spring JDBC on
 * the same database as {@link Auditarchief}; a sample and its dossiers are written in one transaction, a dossier's
 * answers replace its earlier answers in one transaction.
 */
public final class Reviewarchief {

    private final Auditarchief audits;

    public Reviewarchief(DataSource ds) {
        this(ds, new Auditarchief(ds));
    }

    public Reviewarchief(DataSource ds, Auditarchief audits) {
        this.audits = audits;
    }

    /**
     * Draws a sample from a stored audit (its stored audit set; dossiers the audit rejected are left out) and
     * stores it. Throws {@link java.util.NoSuchElementException} when the audit is unknown or its input was removed
     * by retention.
     */
    public Steekproef trekEnBewaar(String audit, int aantal, long startwaarde, String door) {
        throw new UnsupportedOperationException("volgt");
    }

    /** Stores a drawn sample; returns it with its new id. */
    public Steekproef bewaar(Steekproef steekproef) {
        throw new UnsupportedOperationException("volgt");
    }

    /** The samples of one audit, newest first. */
    public List<Steekproef> steekproeven(String audit) {
        throw new UnsupportedOperationException("volgt");
    }

    public Optional<Steekproef> steekproef(String id) {
        throw new UnsupportedOperationException("volgt");
    }

    /** The audit's newest sample: the one its report and the review pages use. */
    public Optional<Steekproef> huidige(String audit) {
        throw new UnsupportedOperationException("volgt");
    }

    /** One sampled dossier's saved answers, if any. */
    public Optional<Dossierantwoorden> antwoorden(String steekproef, String dossier) {
        throw new UnsupportedOperationException("volgt");
    }

    /** Every saved dossier's answers of one sample, in draw order. */
    public List<Dossierantwoorden> antwoorden(String steekproef) {
        throw new UnsupportedOperationException("volgt");
    }

    /**
     * Four eyes as the store sees it: the dossier is in the sample and {@code lezer} is not one of its
     * {@code medewerkers}.
     */
    public boolean magLezen(String steekproef, String dossier, String lezer) {
        throw new UnsupportedOperationException("volgt");
    }

    /**
     * Saves one dossier's answers (replacing earlier ones) with the reviewer's name and time. Throws
     * {@link VieroogenFout} when the dossier is not in the sample or the reviewer works on it, and
     * {@link IllegalArgumentException} when a question id is not in {@code lijst}.
     */
    public Dossierantwoorden bewaarAntwoorden(Dossierantwoorden antwoorden, Dossierlezing lijst) {
        throw new UnsupportedOperationException("volgt");
    }

    /** The reading of an audit's newest sample scored beside its registration; empty without a sample. */
    public Optional<Lezingverslag> verslag(String audit, Normcatalogus catalogus, Dossierlezing lijst) {
        throw new UnsupportedOperationException("volgt");
    }

    /**
     * The audit's report with its {@code dossierlezing} filled in when it has a sample (otherwise the report as
     * stored); empty when no audit has this id.
     */
    public Optional<Auditrapport> rapport(String audit, Normcatalogus catalogus, Dossierlezing lijst) {
        throw new UnsupportedOperationException("volgt");
    }
}
