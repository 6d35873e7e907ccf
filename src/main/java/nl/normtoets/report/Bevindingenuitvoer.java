package nl.normtoets.report;

import java.util.List;

/**
 * Somewhere a streaming audit writes its findings to, batch by batch. {@link #deel} turns one batch's findings into
 * bytes and may run on any thread (a worker does it beside the others); {@link #voegToe} appends those bytes and is
 * called in input order, from one thread.
 */
public interface Bevindingenuitvoer {

    byte[] deel(List<nl.normtoets.engine.Bevinding> bevindingen);

    void voegToe(byte[] deel, int aantal);
}
