package it.wecare.factotum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private static Configuration with(Map<String, String> environment) {
        return new Configuration(name -> null, environment::get);
    }

    @Test
    void referenceDataIsReusedForTenSecondsUnlessConfigured() {
        assertThat(ReferenceData.freshness(with(Map.of()))).isEqualTo(Duration.ofSeconds(10));
        assertThat(ReferenceData.freshness(with(Map.of("FACTOTUM_REFERENCE_CACHE_SECONDS", "3"))))
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(ReferenceData.freshness(with(Map.of("FACTOTUM_REFERENCE_CACHE_SECONDS", "0"))))
                .isZero();
    }

    @Test
    void aNegativeFreshnessIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> ReferenceData.freshness(with(Map.of("FACTOTUM_REFERENCE_CACHE_SECONDS", "-1"))))
                .hasMessageContaining("factotum.reference-cache-seconds");
    }

    @Test
    void aCacheWithoutFreshnessReadsEveryTime() {
        var cache = com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                .expireAfterWrite(Duration.ZERO)
                .<String, Integer>build();
        int[] loads = {0};
        cache.get("k", k -> ++loads[0]);
        cache.get("k", k -> ++loads[0]);
        assertThat(loads[0]).isEqualTo(2);
    }
}
