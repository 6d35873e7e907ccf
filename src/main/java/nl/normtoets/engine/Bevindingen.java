package nl.normtoets.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a rule's then-part records its outcome: the DRL global {@code bevindingen}, set on every session. A rule
 * writes {@code bevindingen.noteer(Toets.termijn(...).bevinding())}; nothing matches findings in working memory, so
 * they need not be facts. Inserting them was a tenth of the engine's time (a fact handle and an identity-map entry
 * per finding, 2.9 million in an audit of 100 000 dossiers); a list costs one reference.
 */
public interface Bevindingen {

    /** The name of the global in the DRL files. */
    String GLOBAL = "bevindingen";

    void noteer(Bevinding bevinding);

    /** Several findings of one rule firing (theme 5: one per employee, advice, action, gemeente). */
    default void noteer(Toets.Oordelen oordelen) {
        oordelen.bevindingen().forEach(this::noteer);
    }

    /** The findings of one session, in the order the rules recorded them. */
    final class Lijst implements Bevindingen {
        private final List<Bevinding> bevindingen = new ArrayList<>();

        @Override
        public void noteer(Bevinding bevinding) {
            bevindingen.add(bevinding);
        }

        public List<Bevinding> alle() {
            return bevindingen;
        }
    }
}
