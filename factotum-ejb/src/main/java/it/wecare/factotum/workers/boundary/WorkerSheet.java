package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.api.workers.WorkerProfile;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What search needs of a worker with a public profile: the public name and the words and places clients
 * search by. No contact data and nothing about traineeships.
 *
 * @param id the worker's id
 * @param publicName the name shown (full name, or first name and initial)
 * @param sortName the key workers are listed by when no text is searched
 * @param kind volunteer, factotum or artisan
 * @param bioIt the Italian presentation
 * @param bioEn the English presentation, if any
 * @param skills subcategory code → level
 * @param comuni ISTAT codes of the comuni served one by one
 * @param provinces codes of the provinces served whole
 * @param languages languages spoken
 * @param hourlyRate indicative hourly rate, artisans only
 * @param organisation the partner cooperative's code
 */
public record WorkerSheet(
        long id,
        String publicName,
        String sortName,
        WorkerKind kind,
        String bioIt,
        String bioEn,
        Map<String, SkillLevel> skills,
        List<String> comuni,
        List<String> provinces,
        List<String> languages,
        BigDecimal hourlyRate,
        String organisation)
        implements Serializable {

    public WorkerSheet {
        skills = Map.copyOf(skills);
        comuni = List.copyOf(comuni);
        provinces = List.copyOf(provinces);
        languages = List.copyOf(languages);
    }

    /**
     * The public profile in {@code language}.
     *
     * @param serviceNames active subcategory code → name; skills outside it are left out
     * @param comuneLabels comune code → "Torino (TO)"
     * @param provinceNames province code → name
     */
    public WorkerProfile profile(
            String language,
            Map<String, String> serviceNames,
            Map<String, String> comuneLabels,
            Map<String, String> provinceNames) {
        List<WorkerProfile.Skill> offered = new ArrayList<>();
        new TreeMap<>(skills).forEach((code, level) -> {
            if (serviceNames.containsKey(code)) {
                offered.add(new WorkerProfile.Skill(code, serviceNames.get(code), level));
            }
        });
        List<String> areas = new ArrayList<>();
        comuni.stream()
                .map(comuneLabels::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(label -> label.toLowerCase(Locale.ROOT)))
                .forEach(areas::add);
        String province = "en".equals(language) ? "province of " : "provincia di ";
        provinces.stream()
                .map(code -> province + provinceNames.getOrDefault(code, code))
                .sorted()
                .forEach(areas::add);
        return new WorkerProfile(
                id,
                publicName,
                kind,
                "en".equals(language) && bioEn != null ? bioEn : bioIt,
                offered,
                areas,
                languages,
                hourlyRate,
                organisation);
    }
}
