package nl.normtoets.scoring;

import java.util.Map;

import nl.normtoets.norm.Norm;

/** A norm's judgement, its pooled counts, the counts per indicator, and why it was not judged if so. */
public record Normoordeel(Norm norm, Oordeel oordeel, Telling telling, Map<String, Telling> perIndicator,
                          String reden) {
}
