package it.wecare.factotum.web.workers;

import it.wecare.factotum.api.partners.Organisation;
import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.partners.boundary.Organisations;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import it.wecare.factotum.workers.boundary.WorkerForm;
import it.wecare.factotum.workers.boundary.WorkerPhotos;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/** The back-office form of one worker, with every field of the profile. */
@Named
@ViewScoped
public class WorkerEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workers workers;

    @Inject
    Catalog catalog;

    @Inject
    Comuni comuni;

    @Inject
    Organisations organisations;

    @Inject
    LanguageSwitch language;

    @Inject
    WorkerPhotos photos;

    private Long id;
    private long version;
    private boolean loaded;
    private AccountSummary login;

    private String kind = "FACTOTUM";

    @NotBlank
    @Size(max = 80)
    private String firstName;

    @NotBlank
    @Size(max = 80)
    private String lastName;

    private boolean pseudonym;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "[0-9 +()./-]*", message = "{factotum.worker.phone}")
    private String phone;

    @Size(max = 2000)
    private String bioIt;

    @Size(max = 2000)
    private String bioEn;

    @NotEmpty
    private List<String> languages = new ArrayList<>(List.of("it"));

    private boolean drivingLicence;
    private boolean vehicle;

    @DecimalMin("0.01")
    @DecimalMax("500.00")
    private BigDecimal hourlyRate;

    private String organisationCode;
    private ComuneSummary homeComune;
    private List<ComuneSummary> comuniServed = new ArrayList<>();
    private List<String> provinces = new ArrayList<>();
    private List<SkillRow> skills = new ArrayList<>();
    private boolean publicConsent;
    private Instant publicConsentAt;
    private LocalDate trainingFrom;
    private LocalDate trainingTo;
    private Long tutorId;

    private Long educatorId;
    private boolean active = true;

    /** One skill in the form: a service and a level. */
    public static class SkillRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String level = "GOOD";

        public SkillRow() {}

        SkillRow(String code, String level) {
            this.code = code;
            this.level = level;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }
    }

    /** Reads the worker of the page ({@code ?id=}), or prepares a new one. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            return;
        }
        WorkerForm form;
        try {
            form = workers.form(id);
        } catch (RecordNotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such worker");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        version = form.version();
        kind = form.kind().name();
        firstName = form.firstName();
        lastName = form.lastName();
        pseudonym = form.pseudonym();
        email = form.email();
        phone = form.phone();
        bioIt = form.bioIt();
        bioEn = form.bioEn();
        languages = new ArrayList<>(form.languages());
        drivingLicence = form.drivingLicence();
        vehicle = form.vehicle();
        hourlyRate = form.hourlyRate();
        organisationCode = form.organisationCode();
        if (form.homeComune() != null) {
            homeComune = comuni.byCode(form.homeComune());
        }
        comuniServed =
                new ArrayList<>(form.comuni().stream().map(comuni::byCode).toList());
        provinces = new ArrayList<>(form.provinces());
        skills = new ArrayList<>();
        form.skills().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> skills.add(new SkillRow(e.getKey(), e.getValue().name())));
        publicConsent = form.publicConsent();
        publicConsentAt = form.publicConsentAt();
        trainingFrom = form.trainingFrom();
        trainingTo = form.trainingTo();
        tutorId = form.tutorId();
        educatorId = form.educatorId();
        active = form.active();
        login = workers.login(id).orElse(null);
    }

    /** Invites the worker to the worker area by email, or sends the invitation again. */
    public void inviteLogin() {
        try {
            login = workers.inviteLogin(id);
            org.omnifaces.util.Messages.create(Texts.get("worker.login.invited", login.email()))
                    .add();
        } catch (InvalidInput e) {
            org.omnifaces.util.Messages.create(Texts.get("accounts.email") + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            org.omnifaces.util.Messages.create(Texts.reason(e)).error().add();
        }
    }

    public AccountSummary getLogin() {
        return login;
    }

    public String save() {
        Map<String, SkillLevel> skillLevels = new LinkedHashMap<>();
        for (SkillRow row : skills) {
            if (row.getCode() != null && !row.getCode().isBlank()) {
                skillLevels.put(row.getCode(), SkillLevel.valueOf(row.getLevel()));
            }
        }
        WorkerForm form = new WorkerForm(
                id,
                WorkerKind.valueOf(kind),
                firstName,
                lastName,
                pseudonym,
                email,
                phone,
                bioIt,
                bioEn,
                languages,
                drivingLicence,
                vehicle,
                "ARTISAN".equals(kind) ? hourlyRate : null,
                organisationCode,
                homeComune == null ? null : homeComune.istatCode(),
                comuniServed.stream().map(ComuneSummary::istatCode).distinct().toList(),
                provinces,
                skillLevels,
                publicConsent,
                publicConsentAt,
                trainingFrom,
                trainingTo,
                tutorId,
                educatorId,
                active,
                version);
        try {
            long saved = workers.save(form);
            Messages.create(Texts.get("worker.saved", firstName + " " + lastName))
                    .flash()
                    .add();
            return "/backoffice/worker?faces-redirect=true&id=" + saved;
        } catch (InvalidInput e) {
            Messages.create(Texts.get("worker.field." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.reason(e)).error().add();
        }
        return null;
    }

    private ComuneSummary comuneToAdd;

    /** Adds the comune chosen in the autocomplete to the area served. */
    public void addComune() {
        if (comuneToAdd != null
                && comuniServed.stream().noneMatch(c -> c.istatCode().equals(comuneToAdd.istatCode()))) {
            comuniServed.add(comuneToAdd);
        }
        comuneToAdd = null;
    }

    public void removeComune(ComuneSummary comune) {
        comuniServed.removeIf(c -> c.istatCode().equals(comune.istatCode()));
    }

    public ComuneSummary getComuneToAdd() {
        return comuneToAdd;
    }

    public void setComuneToAdd(ComuneSummary comuneToAdd) {
        this.comuneToAdd = comuneToAdd;
    }

    public void addSkill() {
        skills.add(new SkillRow());
    }

    public void removeSkill(SkillRow row) {
        skills.remove(row);
    }

    /** Comuni for the autocompletes. */
    public Map<String, String> getServices() {
        return catalog.subcategoryNames(language.getLanguage());
    }

    public List<Organisation> getOrganisations() {
        return organisations.active(language.getLanguage());
    }

    public Map<String, String> getAllProvinces() {
        return comuni.provinces();
    }

    public Map<Long, String> getArtisans() {
        Map<Long, String> artisans = new LinkedHashMap<>(workers.artisans());
        if (id != null) {
            artisans.remove(id);
        }
        return artisans;
    }

    public Map<Long, String> getEducators() {
        return workers.educators();
    }

    public List<String> getKinds() {
        return List.of("VOLUNTEER", "FACTOTUM", "ARTISAN");
    }

    public List<String> getLevels() {
        return List.of("BASIC", "GOOD", "EXPERT");
    }

    public List<String> getAllLanguages() {
        return List.of("it", "en", "fr", "es", "de", "ar", "ro", "uk", "wo", "zh");
    }

    public boolean isHasPhoto() {
        return id != null && photos.has(id);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public boolean isPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(boolean pseudonym) {
        this.pseudonym = pseudonym;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getBioIt() {
        return bioIt;
    }

    public void setBioIt(String bioIt) {
        this.bioIt = bioIt;
    }

    public String getBioEn() {
        return bioEn;
    }

    public void setBioEn(String bioEn) {
        this.bioEn = bioEn;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public boolean isDrivingLicence() {
        return drivingLicence;
    }

    public void setDrivingLicence(boolean drivingLicence) {
        this.drivingLicence = drivingLicence;
    }

    public boolean isVehicle() {
        return vehicle;
    }

    public void setVehicle(boolean vehicle) {
        this.vehicle = vehicle;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(BigDecimal hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public ComuneSummary getHomeComune() {
        return homeComune;
    }

    public void setHomeComune(ComuneSummary homeComune) {
        this.homeComune = homeComune;
    }

    public List<ComuneSummary> getComuniServed() {
        return comuniServed;
    }

    public void setComuniServed(List<ComuneSummary> comuniServed) {
        this.comuniServed = comuniServed;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<String> provinces) {
        this.provinces = provinces;
    }

    public List<SkillRow> getSkills() {
        return skills;
    }

    public boolean isPublicConsent() {
        return publicConsent;
    }

    public void setPublicConsent(boolean publicConsent) {
        this.publicConsent = publicConsent;
    }

    public Instant getPublicConsentAt() {
        return publicConsentAt;
    }

    public LocalDate getTrainingFrom() {
        return trainingFrom;
    }

    public void setTrainingFrom(LocalDate trainingFrom) {
        this.trainingFrom = trainingFrom;
    }

    public LocalDate getTrainingTo() {
        return trainingTo;
    }

    public void setTrainingTo(LocalDate trainingTo) {
        this.trainingTo = trainingTo;
    }

    public Long getTutorId() {
        return tutorId;
    }

    public void setTutorId(Long tutorId) {
        this.tutorId = tutorId;
    }

    public Long getEducatorId() {
        return educatorId;
    }

    public void setEducatorId(Long educatorId) {
        this.educatorId = educatorId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
