package nl.normtoets.monitor;

/**
 * Marks a session as the testmonitor's. The monitor's own rules ({@code rules/monitor.drl}) start with this fact,
 * so an audit session, which never inserts it, does not evaluate them at all.
 */
public record Monitorsessie() {
}
