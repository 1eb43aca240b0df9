package it.wecare.factotum.workers.entity;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who does the jobs: a volunteer, a factotum or an artisan. The public profile exists only with
 * the worker's recorded consent and may show a pseudonym (first name and initial). The trainee marker
 * (in training from–to, with an artisan as tutor) is never shown publicly.
 */
@Entity
@Table(name = "worker")
public class Worker {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    static final BigDecimal MAX_RATE = new BigDecimal("500.00");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private WorkerKind kind;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(name = "pseudonym", nullable = false)
    private boolean pseudonym;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "bio_it", length = 2000)
    private String bioIt;

    @Column(name = "bio_en", length = 2000)
    private String bioEn;

    @Column(name = "languages", nullable = false, length = 100)
    private String languages;

    @Column(name = "driving_licence", nullable = false)
    private boolean drivingLicence;

    @Column(name = "has_vehicle", nullable = false)
    private boolean vehicle;

    @Column(name = "hourly_rate", precision = 8, scale = 2)
    private BigDecimal hourlyRate;

    @Column(name = "organisation_code", length = 40)
    private String organisationCode;

    @Column(name = "home_comune", length = 6)
    private String homeComune;

    @Column(name = "public_consent_at")
    private Instant publicConsentAt;

    @Column(name = "training_from")
    private LocalDate trainingFrom;

    @Column(name = "training_to")
    private LocalDate trainingTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tutor_id")
    private Worker tutor;

    @Column(name = "educator_id")
    private Long educatorId;

    /** The longest traineeship the marker holds: 48 months (D.G.R. 42-7397: 24 + 24 for people with disabilities). */
    public static final int MAX_TRAINEESHIP_MONTHS = 48;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "worker_skill", joinColumns = @JoinColumn(name = "worker_id"))
    private Set<Skill> skills = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "worker_area", joinColumns = @JoinColumn(name = "worker_id"))
    private Set<Area> areas = new HashSet<>();

    /** Skills times areas, kept in step by {@link #offer} and {@link #serve} (see {@link Reach}). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "worker_reach", joinColumns = @JoinColumn(name = "worker_id"))
    private Set<Reach> reach = new HashSet<>();

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Worker() {}

    public Worker(WorkerKind kind, String firstName, String lastName, Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.active = true;
        this.languages = "it";
        rename(firstName, lastName);
        changeKind(kind);
    }

    public void rename(String firstName, String lastName) {
        this.firstName = requireText(firstName, "firstName", 80);
        this.lastName = requireText(lastName, "lastName", 80);
    }

    /** A volunteer is never paid, so a change to volunteer drops any hourly rate. */
    public void changeKind(WorkerKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (kind != WorkerKind.ARTISAN) {
            hourlyRate = null;
        }
    }

    /** The indicative hourly rate, for artisans only; volunteers are free. */
    public void setHourlyRate(BigDecimal rate) {
        if (rate != null) {
            if (kind != WorkerKind.ARTISAN) {
                throw new IllegalArgumentException("Only artisans have an hourly rate");
            }
            if (rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0 || rate.scale() > 2) {
                throw new IllegalArgumentException("The hourly rate must be between 0.01 and 500.00 euro");
            }
        }
        this.hourlyRate = rate;
    }

    public void contact(String email, String phone) {
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
    }

    public void describe(String italian, String english) {
        this.bioIt = blankToNull(italian);
        this.bioEn = blankToNull(english);
    }

    public void speaks(List<String> languageCodes) {
        if (languageCodes == null || languageCodes.isEmpty()) {
            throw new IllegalArgumentException("A worker speaks at least one language");
        }
        for (String code : languageCodes) {
            if (!LANGUAGE.matcher(code).matches()) {
                throw new IllegalArgumentException("Not an ISO 639-1 code: " + code);
            }
        }
        this.languages = String.join(",", languageCodes.stream().distinct().toList());
    }

    public void mobility(boolean drivingLicence, boolean vehicle) {
        this.drivingLicence = drivingLicence;
        this.vehicle = vehicle;
    }

    public void belongTo(String organisationCode) {
        this.organisationCode = blankToNull(organisationCode);
    }

    public void liveIn(String istatCode) {
        if (istatCode != null && !istatCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("Not an ISTAT code: " + istatCode);
        }
        this.homeComune = istatCode;
    }

    /** The public profile: consent recorded with its date, and the name shown. */
    public void publicProfile(boolean consent, boolean pseudonym, Instant now) {
        if (consent && publicConsentAt == null) {
            publicConsentAt = Objects.requireNonNull(now, "now");
        } else if (!consent) {
            publicConsentAt = null;
        }
        this.pseudonym = pseudonym;
    }

    /**
     * Marks the worker as a trainee from–to, with an artisan as tutor and, when one is named, the educator
     * (an account) who follows them; nulls clear the marker.
     */
    public void trainee(LocalDate from, LocalDate to, Worker tutor, Long educatorId) {
        if (from == null && to == null && tutor == null) {
            if (educatorId != null) {
                throw new IllegalArgumentException("An educator follows a trainee: the traineeship is missing");
            }
            trainingFrom = null;
            trainingTo = null;
            this.tutor = null;
            this.educatorId = null;
            return;
        }
        if (from == null || to == null || tutor == null) {
            throw new IllegalArgumentException("A traineeship needs its start, its end and a tutor");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A traineeship cannot end before it starts");
        }
        if (to.isAfter(from.plusMonths(MAX_TRAINEESHIP_MONTHS))) {
            throw new IllegalArgumentException("A traineeship lasts at most " + MAX_TRAINEESHIP_MONTHS + " months");
        }
        if (tutor == this || (id != null && id.equals(tutor.id))) {
            throw new IllegalArgumentException("A trainee cannot be their own tutor");
        }
        if (tutor.kind != WorkerKind.ARTISAN) {
            throw new IllegalArgumentException("The tutor must be an artisan");
        }
        trainingFrom = from;
        trainingTo = to;
        this.tutor = tutor;
        this.educatorId = educatorId;
    }

    /** Marks the worker as a trainee from–to, with an artisan as tutor and no educator named yet. */
    public void trainee(LocalDate from, LocalDate to, Worker tutor) {
        trainee(from, to, tutor, null);
    }

    /** Replaces the skills (subcategory code → level). */
    public void offer(Map<String, SkillLevel> offered) {
        skills.clear();
        offered.forEach((code, level) -> skills.add(new Skill(code, level)));
        reachAgain();
    }

    /** Replaces the service area. */
    public void serve(Set<Area> served) {
        areas.clear();
        areas.addAll(served);
        reachAgain();
    }

    /** Each skill in each area, as matching looks them up. */
    public Set<Reach> getReach() {
        return Collections.unmodifiableSet(reach);
    }

    private void reachAgain() {
        Set<Reach> wanted = new HashSet<>();
        for (Skill skill : skills) {
            for (Area area : areas) {
                wanted.add(new Reach(skill, area));
            }
        }
        reach.retainAll(wanted);
        reach.addAll(wanted);
    }

    /** The worker's login to the worker area (an account with the WORKER role); set once. */
    public void logInAs(long accountId) {
        if (this.accountId != null && this.accountId != accountId) {
            throw new IllegalStateException("Worker " + id + " already has a login");
        }
        this.accountId = accountId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** The name shown publicly: "Maria Rossi", or "Maria R." with a pseudonym. */
    public String publicName() {
        return pseudonym ? firstName + " " + lastName.charAt(0) + "." : firstName + " " + lastName;
    }

    public boolean hasPublicProfile() {
        return active && publicConsentAt != null;
    }

    public boolean isTraineeOn(LocalDate day) {
        return trainingFrom != null && !day.isBefore(trainingFrom) && !day.isAfter(trainingTo);
    }

    /** The codes of the comuni (or whole provinces) served, sorted. */
    public List<String> served(Area.Type type) {
        return areas.stream()
                .filter(a -> a.getType() == type)
                .map(Area::getCode)
                .sorted()
                .toList();
    }

    public Map<String, SkillLevel> skillLevels() {
        Map<String, SkillLevel> levels = new LinkedHashMap<>();
        skills.stream()
                .sorted((a, b) -> a.getSubcategoryCode().compareTo(b.getSubcategoryCode()))
                .forEach(s -> levels.put(s.getSubcategoryCode(), s.getLevel()));
        return levels;
    }

    public List<String> languageList() {
        return Arrays.asList(languages.split(","));
    }

    private static String requireText(String value, String field, int max) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new IllegalArgumentException(field + " must be 1-" + max + " characters");
        }
        return value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() {
        return id;
    }

    public WorkerKind getKind() {
        return kind;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public boolean isPseudonym() {
        return pseudonym;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getBioIt() {
        return bioIt;
    }

    public String getBioEn() {
        return bioEn;
    }

    public boolean isDrivingLicence() {
        return drivingLicence;
    }

    public boolean hasVehicle() {
        return vehicle;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getHomeComune() {
        return homeComune;
    }

    public Instant getPublicConsentAt() {
        return publicConsentAt;
    }

    public LocalDate getTrainingFrom() {
        return trainingFrom;
    }

    public LocalDate getTrainingTo() {
        return trainingTo;
    }

    public Worker getTutor() {
        return tutor;
    }

    /** The account of the educator who follows this trainee, or null. */
    public Long getEducatorId() {
        return educatorId;
    }

    public Set<Skill> getSkills() {
        return Set.copyOf(skills);
    }

    public Set<Area> getAreas() {
        return Set.copyOf(areas);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
