package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.platform.boundary.AuditAudience;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** An educator reads the audit entries about the trainees they follow and the requests those worked on. */
@ApplicationScoped
public class FollowedAuditEntries implements AuditAudience {

    static final String WORKER = "Worker";

    @Inject
    RequestScope scope;

    @Override
    public Optional<Map<String, Set<String>>> readableRecords() {
        return scope.workers()
                .map(workers -> Map.of(
                        WORKER,
                        strings(workers),
                        RequestScope.REQUEST,
                        strings(scope.requests().orElse(Set.of()))));
    }

    private static Set<String> strings(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
