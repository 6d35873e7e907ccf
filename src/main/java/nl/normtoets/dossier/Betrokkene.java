package nl.normtoets.dossier;

/** Who a contact was with (JSON field {@code met}). */
public enum Betrokkene {
    JEUGDIGE, OUDERS, NETWERK, PLEEGOUDERS, HULPVERLENER
}
