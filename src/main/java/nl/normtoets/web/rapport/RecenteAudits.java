package nl.normtoets.web.rapport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the start page lists of the audits made since the service started: id, organisation, peildatum, when and
 * how many dossiers. Only these facts, never dossier data. Whether an audit can still be opened is the store's
 * business (web.audit.AuditOpslag); the start page asks it before it links.
 */
@Component
public class RecenteAudits {

    /** How many audits the start page lists. */
    static final int AANTAL = 10;

    public record Vermelding(String id, String organisatie, LocalDate peildatum, Instant gemaakt, int dossiers) {
    }

    private final Deque<Vermelding> vermeldingen = new ArrayDeque<>();

    public synchronized void noteer(Vermelding r) {
        vermeldingen.addFirst(r);
        while (vermeldingen.size() > AANTAL) {
            vermeldingen.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<Vermelding> lijst() {
        return new ArrayList<>(vermeldingen);
    }
}
