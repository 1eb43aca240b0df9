package it.wecare.factotum.web.requests;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.TimeOfDay;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.barter.boundary.GoodsOffers;
import it.wecare.factotum.barter.boundary.GoodsPriceList;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.PreparedPhoto;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.requests.boundary.RequestDraft;
import it.wecare.factotum.requests.boundary.Submissions;
import it.wecare.factotum.requests.boundary.Submitted;
import it.wecare.factotum.requests.boundary.TooManyRequests;
import it.wecare.factotum.search.boundary.Search;
import it.wecare.factotum.web.barter.GoodsEntry;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;

/**
 * The client's quote request, in five steps on one page (what, where and when, who, goods offered in exchange
 * — optional —, contact and privacy):
 * each step is checked before the next one shows; the form carries a token so that a double click or a
 * reload is one request, and a field robots fill (the honeypot) so that they get a polite page and no
 * request.
 */
@Named
@ViewScoped
public class RequestFormPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int STEPS = 5;
    static final int GOODS_STEP = 4;

    /** The last step: the client's contacts and consent. */
    static final int CONTACT_STEP = 5;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("subcategoryCode", "service"),
            Map.entry("description", "description"),
            Map.entry("comuneCode", "comune"),
            Map.entry("address", "address"),
            Map.entry("exactDate", "exactDate"),
            Map.entry("earliest", "earliest"),
            Map.entry("latest", "latest"),
            Map.entry("preferredWorkerId", "kind"),
            Map.entry("clientEmail", "email"),
            Map.entry("clientPhone", "phone"),
            Map.entry("clientName", "name"),
            Map.entry("taxCode", "taxCode"),
            Map.entry("photos", "photos"),
            Map.entry("categoryCode", "goodsCategory"));

    @Inject
    Submissions submissions;

    @Inject
    Catalog catalog;

    @Inject
    Search search;

    @Inject
    WorkerDirectory directory;

    @Inject
    LanguageSwitch language;

    @Inject
    GoodsOffers goodsOffers;

    @Inject
    GoodsPriceList goodsPrices;

    private final GoodsEntry goods = new GoodsEntry();

    private final String formToken = UUID.randomUUID().toString();
    private int step = 1;
    private final List<byte[]> photos = new ArrayList<>();
    private final List<String> photoPreviews = new ArrayList<>();
    private String service;
    private String description;
    private ComuneSummary comune;
    private String address;
    private String dateMode = "exact";
    private LocalDate exactDate;
    private LocalDate earliest;
    private LocalDate latest;
    private String timeOfDay = TimeOfDay.ANY.name();
    private String kind;
    private Long workerId;
    private String workerName;
    private String name;
    private String email;
    private String phone;
    private String taxCode;
    private boolean privacy;
    private String website;
    private boolean prepared;

    /** Reads {@code ?service=} and {@code ?worker=} once (from a category or a worker's page). */
    public void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (workerId != null) {
            try {
                WorkerProfile worker = directory.profile(workerId, language.getLanguage());
                workerName = worker.displayName();
                service = serviceOf(worker, service);
            } catch (RecordNotFound e) {
                workerId = null;
            }
        }
    }

    /**
     * The service to preselect for a chosen worker: the one the client searched for when the worker offers
     * it, else the worker's first within the category searched for, else the worker's first service.
     */
    private String serviceOf(WorkerProfile worker, String searched) {
        Set<String> offered =
                worker.skills().stream().map(WorkerProfile.Skill::code).collect(Collectors.toSet());
        if (offered.isEmpty() || (searched != null && offered.contains(searched))) {
            return searched;
        }
        if (searched != null) {
            Optional<String> inCategory = catalog.tree(language.getLanguage()).stream()
                    .filter(c -> c.code().equals(searched))
                    .flatMap(c -> c.subcategories().stream())
                    .map(s -> s.code())
                    .filter(offered::contains)
                    .findFirst();
            if (inCategory.isPresent()) {
                return inCategory.get();
            }
        }
        return worker.skills().get(0).code();
    }

    public List<SelectItem> getServices() {
        List<SelectItem> groups = new ArrayList<>();
        for (CategoryNode category : catalog.tree(language.getLanguage())) {
            SelectItemGroup group = new SelectItemGroup(category.name());
            group.setSelectItems(category.subcategories().stream()
                    .map(s -> new SelectItem(s.code(), s.name()))
                    .toArray(SelectItem[]::new));
            groups.add(group);
        }
        return groups;
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneId.of("Europe/Rome"));
    }

    /** The next step; on the goods step an item left in the editor is added first (or its gaps shown). */
    public void next() {
        if (step == GOODS_STEP && goods.isPending() && !goods.add(getGoodsCategories())) {
            return;
        }
        if (step < STEPS) {
            step++;
        }
    }

    /** Adds the item in the goods editor to the offer. */
    public void addGoods() {
        goods.add(getGoodsCategories());
    }

    /** The goods categories a client may offer now (code → name). */
    public Map<String, String> getGoodsCategories() {
        return goodsPrices.choices(language.getLanguage());
    }

    public GoodsEntry getGoods() {
        return goods;
    }

    public void back() {
        if (step > 1) {
            step--;
        }
    }

    /**
     * Keeps an uploaded photo for the request, re-encoded at once (so no metadata is kept even in memory),
     * after checking it is a real image of at most 5 MB; at most 5 photos.
     */
    public void addPhoto(org.primefaces.event.FileUploadEvent event) {
        if (photos.size() >= Submissions.MAX_PHOTOS) {
            Messages.create(fieldLabel("photos") + ": "
                            + Texts.get("request.error.tooManyPhotos", Submissions.MAX_PHOTOS))
                    .error()
                    .add();
            return;
        }
        try {
            PreparedPhoto photo = submissions.preparePhoto(event.getFile().getContent());
            photos.add(photo.kept());
            photoPreviews.add("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(photo.preview()));
        } catch (InvalidInput e) {
            Messages.create(fieldLabel("photos") + " (" + event.getFile().getFileName() + "): "
                            + Texts.get(e.messageKey(), e.arguments()))
                    .error()
                    .add();
        }
    }

    public void removePhoto(int index) {
        if (index >= 0 && index < photos.size()) {
            photos.remove(index);
            photoPreviews.remove(index);
        }
    }

    /**
     * The services the description's words point to (code → name), besides the one already chosen: the
     * client who does not know what the service is called picks it from here.
     */
    public Map<String, String> getSuggestions() {
        if (description == null || description.isBlank()) {
            return Map.of();
        }
        Map<String, String> suggested =
                new LinkedHashMap<>(search.suggestServices(description, 3, language.getLanguage()));
        suggested.remove(service);
        return suggested;
    }

    /** Chooses a suggested service. */
    public void chooseService(String code) {
        boolean known = catalog.tree(language.getLanguage()).stream()
                .flatMap(c -> c.subcategories().stream())
                .anyMatch(sub -> sub.code().equals(code));
        if (known) {
            service = code;
        }
    }

    /** Small previews of the photos kept so far, as data URIs. */
    public List<String> getPhotoPreviews() {
        return photoPreviews;
    }

    /** Sends the request and shows the confirmation page. */
    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String sent = faces.getExternalContext().getRequestContextPath() + "/request/sent.xhtml";
        if (website != null && !website.isBlank()) {
            faces.getExternalContext().redirect(sent);
            return;
        }
        RequestDraft draft = draft(Channel.WEB, privacy);
        try {
            Submitted submitted = goodsOffers.submit(draft, photos, clientAddress(faces), goods.draft());
            faces.getExternalContext()
                    .redirect(sent + "?number=" + URLEncoder.encode(submitted.number(), StandardCharsets.UTF_8));
        } catch (InvalidInput e) {
            showStepOf(e.field());
            Messages.create(fieldLabel(e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (TooManyRequests e) {
            Messages.create(Texts.get("request.error.tooMany")).error().add();
        }
    }

    /** The request as filled in, from {@code channel}. */
    protected RequestDraft draft(Channel channel, boolean privacyAccepted) {
        boolean exact = "exact".equals(dateMode);
        return new RequestDraft(
                service,
                description,
                comune == null ? null : comune.istatCode(),
                address,
                exact ? exactDate : null,
                exact ? null : earliest,
                exact ? null : latest,
                TimeOfDay.valueOf(timeOfDay),
                kind == null || kind.isBlank() ? null : WorkerKind.valueOf(kind),
                workerId,
                name,
                email == null || email.isBlank() ? null : email,
                phone,
                taxCode == null || taxCode.isBlank() ? null : taxCode.strip(),
                language.getLanguage(),
                privacyAccepted,
                channel,
                formToken);
    }

    /** The label of the form field named by a boundary's {@code InvalidInput}. */
    protected static String fieldLabel(String field) {
        return Texts.get("request.field." + FIELDS.getOrDefault(field, field));
    }

    private void showStepOf(String field) {
        step = switch (field) {
            case "subcategoryCode", "description", "photos" -> 1;
            case "comuneCode", "address", "exactDate", "earliest", "latest" -> 2;
            case "preferredWorkerId" -> 3;
            case "categoryCode" -> GOODS_STEP;
            default -> CONTACT_STEP;
        };
    }

    private static String clientAddress(FacesContext faces) {
        return ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
    }

    public boolean isExact() {
        return "exact".equals(dateMode);
    }

    public int getStep() {
        return step;
    }

    public int getSteps() {
        return STEPS;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ComuneSummary getComune() {
        return comune;
    }

    public void setComune(ComuneSummary comune) {
        this.comune = comune;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDateMode() {
        return dateMode;
    }

    public void setDateMode(String dateMode) {
        this.dateMode = dateMode;
    }

    public LocalDate getExactDate() {
        return exactDate;
    }

    public void setExactDate(LocalDate exactDate) {
        this.exactDate = exactDate;
    }

    public LocalDate getEarliest() {
        return earliest;
    }

    public void setEarliest(LocalDate earliest) {
        this.earliest = earliest;
    }

    public LocalDate getLatest() {
        return latest;
    }

    public void setLatest(LocalDate latest) {
        this.latest = latest;
    }

    public String getTimeOfDay() {
        return timeOfDay;
    }

    public void setTimeOfDay(String timeOfDay) {
        this.timeOfDay = timeOfDay;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public String getWorkerName() {
        return workerName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }

    public boolean isPrivacy() {
        return privacy;
    }

    public void setPrivacy(boolean privacy) {
        this.privacy = privacy;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getPrivacyVersion() {
        return Submissions.PRIVACY_VERSION;
    }
}
