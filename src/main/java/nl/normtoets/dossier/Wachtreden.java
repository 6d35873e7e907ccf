package nl.normtoets.dossier;

/**
 * Why help did not start in time (contract extension {@code hulp[].wachtreden}, optional), a closed list drawn from
 * the obstacles the inspecties heard at norm 2.2: some lie with the GI itself, others with providers, gemeenten or
 * the family. {@link #binnenInvloed()} says on which side of the GI's influence a reason lies.
 */
public enum Wachtreden {
    /** The GI requested the help late, e.g. after a change of worker or for lack of time. */
    GI_TE_LAAT(true),
    /** The GI did not take the case up in time: no vaste worker, the case waited at the GI. */
    GI_NIET_OPGEPAKT(true),
    /** No suitable help on offer in the region (e.g. no residential place). */
    GEEN_AANBOD(false),
    /** The provider has a waiting list. */
    WACHTLIJST_AANBIEDER(false),
    /** The provider turned the request down (contra-indications, too complex). */
    AANBIEDER_WEIGERT(false),
    /** The gemeente has not (yet) arranged or financed the help, e.g. non-contracted help or its own inquiry first. */
    GEMEENTE_FINANCIERING(false),
    /** The child or parents refuse the help or do not cooperate. */
    GEZIN_WEIGERT(false);

    private final boolean binnenInvloed;

    Wachtreden(boolean binnenInvloed) {
        this.binnenInvloed = binnenInvloed;
    }

    /** True when the GI could have prevented the delay itself. */
    public boolean binnenInvloed() {
        return binnenInvloed;
    }
}
