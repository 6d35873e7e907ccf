package nl.normtoets.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * For CLI tests that call {@code Main.run} in this JVM: stdout and stderr are caught (UTF-8) in {@link #out} and
 * {@link #err} for each test and put back afterwards.
 */
abstract class MetConsole {

    private final PrintStream origOut = System.out;
    private final PrintStream origErr = System.err;
    protected final ByteArrayOutputStream out = new ByteArrayOutputStream();
    protected final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void vang() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void herstel() {
        System.setOut(origOut);
        System.setErr(origErr);
    }
}
