package nl.normtoets.scoring;

import nl.normtoets.norm.Thema;

/** A theme's judgement: the mean of its judged norms on the scale, rounded down. */
public record Themaoordeel(Thema thema, Oordeel oordeel, String reden) {
}
