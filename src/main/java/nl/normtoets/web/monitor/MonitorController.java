package nl.normtoets.web.monitor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import nl.normtoets.web.fout.Problemen;

/**
 * Seam for the testmonitor (issue: daily signals per dossier). Until {@code nl.normtoets.monitor} exists this answers
 * 501. To wire it: read the body with AuditsetLezer as AuditController does, run the monitor, filter the signals
 * with {@code Gebruiker.magTeamZien(dossier.team())} exactly like Teamweergave, and answer JSON or CSV by Accept.
 */
@RestController
public class MonitorController {

    @Operation(summary = "Monitorsignalen (volgt; nu 501)")
    @PostMapping("/api/monitor")
    public ProblemDetail monitor() {
        return Problemen.maak(HttpStatus.NOT_IMPLEMENTED, "monitor-volgt", "Monitor volgt",
                "monitor volgt: de testmonitor is nog niet beschikbaar in deze versie.");
    }
}
