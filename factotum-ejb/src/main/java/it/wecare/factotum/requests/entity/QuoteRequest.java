package it.wecare.factotum.requests.entity;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.requests.control.DateWish;
import it.wecare.factotum.requests.control.JobSlot;
import it.wecare.factotum.requests.control.Lifecycle;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's request for a quote: what, where, when, who, the client's contact and consent, and where
 * it is in its lifecycle. Every change of state goes through {@link #act}, which allows only what
 * docs/request-transitions.md allows and writes the timeline.
 */
@Entity
@Table(name = "quote_request")
public class QuoteRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "request_number", length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private RequestState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "subcategory_code", nullable = false, length = 60)
    private String subcategoryCode;

    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @Column(name = "comune_code", nullable = false, length = 6)
    private String comuneCode;

    @Column(name = "address", nullable = false, length = 200)
    private String address;

    @Column(name = "exact_date")
    private LocalDate exactDate;

    @Column(name = "earliest_date")
    private LocalDate earliestDate;

    @Column(name = "latest_date")
    private LocalDate latestDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_of_day", nullable = false, length = 10)
    private TimeOfDay timeOfDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_kind", length = 20)
    private WorkerKind preferredKind;

    @Column(name = "preferred_worker_id")
    private Long preferredWorkerId;

    @Column(name = "client_name", nullable = false, length = 120)
    private String clientName;

    @Column(name = "client_email", length = 254)
    private String clientEmail;

    @Column(name = "client_phone", length = 40)
    private String clientPhone;

    @Column(name = "tax_code", length = 16)
    private String taxCode;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "privacy_version", nullable = false, length = 20)
    private String privacyVersion;

    @Column(name = "privacy_accepted_at", nullable = false)
    private Instant privacyAcceptedAt;

    @Column(name = "form_token", length = 64)
    private String formToken;

    @Column(name = "form_digest", length = 64)
    private String formDigest;

    @Column(name = "client_address_ip", length = 45)
    private String clientIp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "scheduled_date")
    private LocalDate scheduledDate;

    @Column(name = "scheduled_start")
    private LocalTime scheduledStart;

    @Column(name = "scheduled_minutes")
    private Integer scheduledMinutes;

    @Column(name = "worked_hours", precision = 5, scale = 2)
    private BigDecimal workedHours;

    @Column(name = "completion_note", length = 1000)
    private String completionNote;

    /** The job date the day-before reminder went out for (claimed by the timer with an atomic update). */
    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    /** The organisation of the worker who last held the job (proposed or accepted): the impact figures' filter. */
    @Column(name = "organisation_code", length = 40)
    private String organisationCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "worker_kind", length = 20)
    private WorkerKind workerKind;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt ASC, id ASC")
    private List<RequestEvent> timeline = new ArrayList<>();

    protected QuoteRequest() {}

    /** A new request, SUBMITTED, with the first line of its timeline. */
    public QuoteRequest(
            Channel channel,
            String subcategoryCode,
            String description,
            String comuneCode,
            String address,
            DateWish when,
            WorkerKind preferredKind,
            Long preferredWorkerId,
            Client client,
            String privacyVersion,
            String actor,
            Instant now) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.subcategoryCode = requireText(subcategoryCode, "subcategoryCode", 60);
        this.description = requireText(description, "description", 4000);
        this.comuneCode = requireText(comuneCode, "comuneCode", 6);
        this.address = requireText(address, "address", 200);
        this.exactDate = when.exact();
        this.earliestDate = when.earliest();
        this.latestDate = when.latest();
        this.timeOfDay = when.timeOfDay();
        this.preferredKind = preferredKind;
        this.preferredWorkerId = preferredWorkerId;
        this.clientName = requireText(client.name(), "clientName", 120);
        this.clientEmail = client.email();
        this.clientPhone = client.phone();
        this.taxCode = client.taxCode();
        this.language = "en".equals(client.language()) ? "en" : "it";
        if (channel == Channel.WEB && (clientEmail == null || clientEmail.isBlank())) {
            throw new IllegalArgumentException("clientEmail is required on the web");
        }
        this.privacyVersion = requireText(privacyVersion, "privacyVersion", 20);
        this.privacyAcceptedAt = Objects.requireNonNull(now, "now");
        this.createdAt = now;
        this.updatedAt = now;
        this.state = RequestState.SUBMITTED;
        timeline.add(new RequestEvent(this, now, actor, channel, "SUBMIT", null, RequestState.SUBMITTED, null));
    }

    /** The client's contact data as given in the form. */
    public record Client(String name, String email, String phone, String taxCode, String language) {}

    /** The timeline action of an operator's internal note (no change of state; the client does not see it). */
    public static final String NOTE = "NOTE";

    /** Adds an operator's internal note to the timeline; the state does not change. */
    public void note(String actor, String note, Instant now) {
        if (note == null || note.isBlank() || note.strip().length() > 1000) {
            throw new IllegalArgumentException("A note has 1-1000 characters");
        }
        log(NOTE, actor, Channel.DESK, note, now);
    }

    /** Writes to the timeline something that happened without a change of state (a proposal, a decline). */
    /** The job is proposed to a worker of this kind and organisation (null for the cooperative's own). */
    public void heldBy(WorkerKind kind, String organisationCode) {
        this.workerKind = Objects.requireNonNull(kind, "kind");
        this.organisationCode = organisationCode;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void log(String action, String actor, Channel channel, String note, Instant now) {
        timeline.add(new RequestEvent(this, now, actor, channel, action, state, state, note));
        updatedAt = now;
    }

    /** Numbers the request once it has an id: {@code 2026-000042}. */
    public void number(int year) {
        if (number == null) {
            number = String.format("%d-%06d", year, id);
        }
    }

    /**
     * Remembers the form (its key, scoped to the sender, and the digest of what it asked) and the address it
     * came from, against double submissions and floods.
     */
    public void cameFrom(String formToken, String formDigest, String clientIp) {
        this.formToken = formToken;
        this.formDigest = formDigest;
        this.clientIp = clientIp;
    }

    /**
     * Applies {@code action} if the lifecycle allows it in the current state, and writes the timeline.
     *
     * @throws IllegalStateException when it does not
     */
    public RequestState act(RequestAction action, String actor, Channel channel, String note, Instant now) {
        RequestState from = state;
        RequestState to = Lifecycle.next(from, action)
                .orElseThrow(() -> new IllegalStateException(action + " is not allowed in " + from));
        state = to;
        updatedAt = now;
        if (to.isFinal()) {
            closedAt = now;
        }
        timeline.add(new RequestEvent(this, now, actor, channel, action.name(), from, to, note));
        return to;
    }

    /**
     * Fixes (or moves) the job's date and time: the slot must fit the client's wish, which {@link JobSlot}
     * checks before; the lifecycle must allow SCHEDULE.
     */
    public RequestState schedule(JobSlot slot, String actor, Channel channel, Instant now) {
        Objects.requireNonNull(slot, "slot");
        if (!when().allows(slot.date())) {
            throw new IllegalArgumentException(slot.date() + " is outside the client's window");
        }
        RequestState to = act(RequestAction.SCHEDULE, actor, channel, slot.toString(), now);
        scheduledDate = slot.date();
        scheduledStart = slot.start();
        scheduledMinutes = slot.minutes();
        return to;
    }

    /** The job's date and time, once scheduled. */
    public Optional<JobSlot> slot() {
        return scheduledDate == null
                ? Optional.empty()
                : Optional.of(new JobSlot(scheduledDate, scheduledStart, scheduledMinutes));
    }

    /** The job is done: the hours worked (more than 0, at most 99.99) and an optional note. */
    public RequestState complete(BigDecimal hours, String note, String actor, Channel channel, Instant now) {
        if (hours == null || hours.signum() <= 0 || hours.compareTo(new BigDecimal("99.99")) > 0) {
            throw new IllegalArgumentException("hours worked must be between 0 and 99.99");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new IllegalArgumentException("note is longer than 1000");
        }
        RequestState to = act(RequestAction.COMPLETE, actor, channel, cleanNote, now);
        workedHours = hours.setScale(2, RoundingMode.HALF_UP);
        completionNote = cleanNote;
        return to;
    }

    public BigDecimal getWorkedHours() {
        return workedHours;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public LocalDate getRemindedFor() {
        return remindedFor;
    }

    public DateWish when() {
        return new DateWish(exactDate, earliestDate, latestDate, timeOfDay);
    }

    private static String requireText(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max);
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public RequestState getState() {
        return state;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSubcategoryCode() {
        return subcategoryCode;
    }

    public String getDescription() {
        return description;
    }

    public String getComuneCode() {
        return comuneCode;
    }

    public String getAddress() {
        return address;
    }

    public WorkerKind getPreferredKind() {
        return preferredKind;
    }

    public Long getPreferredWorkerId() {
        return preferredWorkerId;
    }

    public String getClientName() {
        return clientName;
    }

    /**
     * Who the client is across requests (their goods credit is kept under it): the email, or the phone's
     * digits for a client who gave no email.
     */
    public String clientKey() {
        if (clientEmail != null) {
            return clientEmail;
        }
        return "tel:" + (clientPhone == null ? "" : clientPhone.replaceAll("[^0-9+]", ""));
    }

    public String getClientEmail() {
        return clientEmail;
    }

    public String getClientPhone() {
        return clientPhone;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public String getLanguage() {
        return language;
    }

    public String getPrivacyVersion() {
        return privacyVersion;
    }

    public Instant getPrivacyAcceptedAt() {
        return privacyAcceptedAt;
    }

    public String getFormDigest() {
        return formDigest;
    }

    public String getFormToken() {
        return formToken;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<RequestEvent> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }
}
