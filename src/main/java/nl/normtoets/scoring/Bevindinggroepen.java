package nl.normtoets.scoring;

import java.util.function.ObjIntConsumer;

import nl.normtoets.engine.Bevinding;

/**
 * Findings, each with how often it stands for an outcome: a list of findings counts each once; the counts of an
 * audit (one example per group of equal outcomes) give each example with its group's size. Scoring walks the groups,
 * not millions of findings.
 */
@FunctionalInterface
public interface Bevindinggroepen {

    /** Calls {@code doe} once per finding or group, in order, with its count (at least 1). */
    void elk(ObjIntConsumer<Bevinding> doe);

    /** Every finding of the list once. */
    static Bevindinggroepen elkEenmaal(Iterable<Bevinding> bevindingen) {
        return doe -> bevindingen.forEach(b -> doe.accept(b, 1));
    }
}
