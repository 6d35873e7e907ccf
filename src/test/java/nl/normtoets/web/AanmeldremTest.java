package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 19, defect 10: password guessing gets slowed down, and each failure is logged usefully. Own context. */
@SpringBootTest(classes = NormtoetsWeb.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"normtoets.bewaar-audits=3"})
@ExtendWith(OutputCaptureExtension.class)
class AanmeldremTest {

    @LocalServerPort
    int poort;

    @Test
    void naVijfMislukteAanmeldingenVolgt429MetRetryAfter(CapturedOutput log) {
        Dienst dienst = new Dienst(poort);
        String fout = "kwaliteit:geraden-wachtwoord-123";
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = dienst.get("/api/catalogus", fout, "application/json");
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        }
        HttpResponse<String> rem = dienst.get("/api/catalogus", fout, "application/json");
        assertThat(rem.statusCode()).isEqualTo(429);
        assertThat(rem.headers().firstValue("Retry-After")).isPresent();
        assertThat(rem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // while it waits, even the right password is not checked (else guessing could go on at full speed)
        assertThat(dienst.get("/api/catalogus", Dienst.KWALITEIT, "application/json").statusCode()).isEqualTo(429);
        assertThat(log.getAll()).contains("mislukte aanmelding: gebruiker kwaliteit adres 127.0.0.1")
                .doesNotContain("geraden-wachtwoord-123");
        // a name no user has may be a mistyped password: logged only as a hash
        dienst.get("/api/catalogus", "mijnwachtwoord:x", "application/json");
        assertThat(log.getAll()).contains("gebruiker onbekend#").doesNotContain("mijnwachtwoord");
    }
}
