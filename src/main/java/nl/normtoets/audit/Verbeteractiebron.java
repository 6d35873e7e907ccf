package nl.normtoets.audit;

import java.time.LocalDate;
import java.util.List;

import nl.normtoets.organisatie.Verbeteractie;

/**
 * Where norm 5.2 gets improvement actions when the audit set's {@code organisatieFeiten} has no
 * {@code verbeteracties} of its own: in the service and a CLI audit that uses the store, the stored verbeterplan of
 * the organisation. The set's own actions always win, so an export stays the one truth when it carries them.
 */
@FunctionalInterface
public interface Verbeteractiebron {

    /** No second source: 5.2 reads the audit set only (tests, benchmark, a CLI audit without a store). */
    Verbeteractiebron GEEN = (organisatie, peildatum) -> List.of();

    List<Verbeteractie> acties(String organisatie, LocalDate peildatum);

    /** Which source fed norm 5.2, as the report's {@code verbeteractiesBron} names it. */
    enum Bron {
        ORGANISATIEFEITEN("organisatieFeiten"), VERBETERPLAN("verbeterplan");

        private final String naam;

        Bron(String naam) {
            this.naam = naam;
        }

        public String naam() {
            return naam;
        }
    }
}
