package nl.normtoets.web.audit;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.normtoets.web.fout.Bezet;

/**
 * Bounds the audits (and monitor runs) in flight: at most {@code normtoets.max-gelijktijdig} at a time (default 2,
 * one per core of a small server). A request past it waits up to {@link #WACHT_MS} ms for a place, then gets 503 with
 * Retry-After, instead of all running at once and taking the heap: one audit of 1 000 dossiers holds some 50-100 MB
 * while it runs. The whole request counts, reading the body included.
 */
@Component
public class Werkrij {

    static final long WACHT_MS = 2_000;
    static final int OPNIEUW_SECONDEN = 5;

    private final Semaphore plaatsen;
    private final int max;

    public Werkrij(@Value("${normtoets.max-gelijktijdig:2}") int max) {
        this.max = Math.max(1, max);
        this.plaatsen = new Semaphore(this.max, true);
    }

    public <T> T voer(Supplier<T> werk) {
        boolean binnen;
        try {
            binnen = plaatsen.tryAcquire(WACHT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            binnen = false;
        }
        if (!binnen) {
            throw new Bezet(max, OPNIEUW_SECONDEN);
        }
        try {
            return werk.get();
        } finally {
            plaatsen.release();
        }
    }
}
