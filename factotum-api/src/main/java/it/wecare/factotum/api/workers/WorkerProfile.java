package it.wecare.factotum.api.workers;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A worker's public profile: only for workers who consented, with the name they chose to show (full
 * name, or first name and initial). Nothing here says whether someone is in a traineeship.
 *
 * @param id the worker's id
 * @param displayName the public name
 * @param kind volunteer, factotum or artisan
 * @param bio a short presentation in the language asked for
 * @param skills the services offered, with level
 * @param areas where the worker goes: comuni ("Torino (TO)") and whole provinces ("provincia di Cuneo")
 * @param languages languages spoken (ISO 639-1 codes)
 * @param hourlyRate indicative hourly rate in euro, artisans only
 * @param organisation the partner cooperative's code
 */
public record WorkerProfile(
        long id,
        String displayName,
        WorkerKind kind,
        String bio,
        List<Skill> skills,
        List<String> areas,
        List<String> languages,
        BigDecimal hourlyRate,
        String organisation)
        implements Serializable {

    public WorkerProfile {
        skills = List.copyOf(skills);
        areas = List.copyOf(areas);
        languages = List.copyOf(languages);
    }

    /**
     * A service a worker offers.
     *
     * @param code the subcategory's code
     * @param name its name in the language asked for
     * @param level how well
     */
    public record Skill(String code, String name, SkillLevel level) implements Serializable {}
}
