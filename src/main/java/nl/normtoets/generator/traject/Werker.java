package nl.normtoets.generator.traject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.normtoets.dossier.Werkwijze;
import nl.normtoets.organisatie.Functie;

/**
 * One jeugdbeschermer or jeugdreclasseerder of the simulated GI, employed or hired (PNIL). The role says which
 * dossiers they carry: {@code VAST} a caseload of their own in a regional team, {@code CCP} the start phase,
 * {@code CRT} the pool. {@code uitDienst} is the first day no longer in service (null: stays). Only the caseload
 * counter changes during the simulation; everything else is fixed when the worker is created.
 */
final class Werker {

    /** New employees carry a lower caseload while in training (seed 000 §2: 9 jeugdbeschermers, 11%). */
    static final int OPLEIDING_MAANDEN = 6;
    static final double OPLEIDING_FACTOR = 0.6;

    final String id;
    final Werkwijze rol;
    final boolean jr;
    final boolean drenthe;
    final String team;
    final double fte;
    final boolean extern;
    final boolean nieuwInHetVak;
    final LocalDate inDienst;
    final long stroom;
    /** Schatting: personal caseloads differ by up to a fifth either way (complexity of the cases, experience). */
    final double persoonlijk;
    LocalDate uitDienst;
    int last;

    Werker(String id, Werkwijze rol, boolean jr, boolean drenthe, String team, double fte, boolean extern,
           boolean nieuwInHetVak, LocalDate inDienst, long stroom) {
        this.id = id;
        this.rol = rol;
        this.jr = jr;
        this.drenthe = drenthe;
        this.team = team;
        this.fte = fte;
        this.extern = extern;
        this.nieuwInHetVak = nieuwInHetVak;
        this.inDienst = inDienst;
        this.stroom = stroom;
        this.persoonlijk = 0.8 + 0.4 * new java.util.SplittableRandom(stroom).nextDouble();
    }

    boolean inDienstOp(LocalDate dag) {
        return !inDienst.isAfter(dag) && (uitDienst == null || uitDienst.isAfter(dag));
    }

    /** FTE that carries a caseload on the day: lower in the first months of someone new to the work. */
    double inzetbaar(LocalDate dag) {
        boolean inOpleiding = nieuwInHetVak && ChronoUnit.MONTHS.between(inDienst, dag) < OPLEIDING_MAANDEN;
        return inOpleiding ? fte * OPLEIDING_FACTOR : fte;
    }

    Functie functie() {
        return jr ? Functie.JEUGDRECLASSEERDER : Functie.JEUGDBESCHERMER;
    }

    /** The capacity pool of a vaste worker: region and JR or child protection. */
    int pool() {
        return Pools.van(drenthe, jr);
    }

    @Override
    public String toString() {
        return id + "[" + rol + "]";
    }

    /** Pools of vaste workers: a JR dossier goes to a jeugdreclasseerder of its region, the others to a JB. */
    static final class Pools {
        static final int AANTAL = 4;

        private Pools() {
        }

        static int van(boolean drenthe, boolean jr) {
            return (drenthe ? 2 : 0) + (jr ? 1 : 0);
        }
    }
}
