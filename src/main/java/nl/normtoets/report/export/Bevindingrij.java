package nl.normtoets.report.export;

import java.time.LocalDate;

import nl.normtoets.dossier.Maatregel;
import nl.normtoets.engine.Bevinding;

/**
 * One finding as a row for people: the finding joined to its dossier's team, regio, gemeente, maatregel and current
 * worker (as on the peildatum), with the due date, the date it was done and the days late taken from the evidence.
 * Organisation findings have no dossier: their subject stands in {@code onderwerp} and the dossier columns are empty.
 *
 * @param medewerker the worker assigned on the peildatum (or the last one of an ended dossier); null when none
 * @param dagenTeLaat for a shortcoming with a due date: days from the due date to the day it was done, or to the
 *                    peildatum when it was never done; null otherwise
 */
public record Bevindingrij(Bevinding bevinding, String onderwerp, String team, String regio, String gemeente,
                           Maatregel maatregel, String medewerker, LocalDate uiterlijk, LocalDate gedaan,
                           Long dagenTeLaat) {
}
