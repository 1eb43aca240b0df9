package it.wecare.factotum.platform.boundary;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which audit entries the caller may read when not every one (an educator reads those about the trainees
 * they follow). The capability that knows whom a caller follows implements it; the audit log asks.
 */
public interface AuditAudience {

    /** The records the caller may read the entries of (record type → record ids), or empty for all of them. */
    Optional<Map<String, Set<String>>> readableRecords();
}
