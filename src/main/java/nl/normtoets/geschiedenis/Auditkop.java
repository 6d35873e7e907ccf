package nl.normtoets.geschiedenis;

import java.time.Instant;
import java.time.LocalDate;

import nl.normtoets.report.Auditrapport.Aantallen;

/**
 * One stored audit as the history lists it: metadata and counts, without judgements or findings. {@code opgeruimd}
 * is when retention removed its dossier-level findings (null: still complete).
 */
public record Auditkop(String id, String organisatie, LocalDate peildatum, LocalDate periodeVan, LocalDate periodeTot,
                       LocalDate perDatum, String bron, String catalogusVersie, String catalogusVingerafdruk,
                       String invoerVingerafdruk, Instant gemaakt, String door, Aantallen aantallen,
                       Instant opgeruimd) {
}
