package it.wecare.factotum.web.search;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.search.boundary.Search;
import it.wecare.factotum.search.boundary.WorkerResults;
import it.wecare.factotum.search.boundary.WorkerSearch;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import it.wecare.factotum.workers.boundary.WorkerPhotos;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.omnifaces.util.Messages;

/**
 * The results page: the whole query lives in the URL ({@code q}, {@code category}, {@code kind}, {@code
 * comune}, {@code province}, {@code page}), so a search can be bookmarked and the back button works; every
 * facet and page is a plain link. A filter that makes no sense is dropped with a message naming it.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 12;
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,60}");
    private static final Pattern COMUNE = Pattern.compile("\\d{6}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");
    private static final List<String> PARAMETERS = List.of("q", "category", "kind", "comune", "province");

    @Inject
    Search search;

    @Inject
    Catalog catalog;

    @Inject
    Comuni comuni;

    @Inject
    WorkerPhotos photos;

    @Inject
    LanguageSwitch language;

    private String q;
    private String category;
    private String kind;
    private String comune;
    private String province;
    private String page;
    private ComuneSummary comuneChosen;
    private WorkerResults results;
    private Set<Long> withPhoto = Set.of();
    private List<CategoryNode> categories;

    /** Runs the search of the URL. */
    public void load() {
        q = q == null ? null : q.strip();
        if (q != null && q.length() > 200) {
            q = q.substring(0, 200);
        }
        category = keepIf(category, CODE, "category");
        comune = keepIf(comune, COMUNE, "comune");
        province = keepIf(province, PROVINCE, "province");
        WorkerKind kindChosen = null;
        if (kind != null && !kind.isBlank()) {
            try {
                kindChosen = WorkerKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                dropped("kind");
                kind = null;
            }
        } else {
            kind = null;
        }
        if (comune != null) {
            try {
                comuneChosen = comuni.byCode(comune);
            } catch (RecordNotFound e) {
                dropped("comune");
                comune = null;
            }
        }
        int pageNumber = 0;
        if (page != null && page.matches("\\d{1,4}")) {
            pageNumber = Integer.parseInt(page);
        }
        try {
            results = run(kindChosen, pageNumber);
        } catch (InvalidInput e) {
            dropped(e.field());
            switch (e.field()) {
                case "category" -> category = null;
                case "province" -> province = null;
                default -> comune = null;
            }
            results = run(kindChosen, pageNumber);
        }
        withPhoto =
                photos.having(results.items().stream().map(WorkerProfile::id).collect(Collectors.toSet()));
    }

    private WorkerResults run(WorkerKind kindChosen, int pageNumber) {
        return search.workers(new WorkerSearch(
                q, category, kindChosen, comune, province, pageNumber, PAGE_SIZE, true, language.getLanguage()));
    }

    private String keepIf(String value, Pattern pattern, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            dropped(field);
            return null;
        }
        return value;
    }

    private void dropped(String field) {
        Messages.create(Texts.get("search.filterDropped", Texts.get("search.filter." + field)))
                .warn()
                .add();
    }

    /** Takes the comune picked in the autocomplete into the URL. */
    public void chooseComune() throws IOException {
        comune = comuneChosen == null ? null : comuneChosen.istatCode();
        FacesContext.getCurrentInstance().getExternalContext().redirect(url(Map.of(), true));
    }

    /** The URL of this search with {@code name} set to {@code value} (or removed when null), from page 1. */
    public String with(String name, String value) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put(name, value);
        if ("category".equals(name) && value == null) {
            change.put("category", null);
        }
        return url(change, true);
    }

    /** The URL of this search without {@code name}. */
    public String without(String name) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put(name, null);
        return url(change, true);
    }

    /** The URL of page {@code number} (from 0) of this search. */
    public String pageUrl(int number) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put("page", number == 0 ? null : Integer.toString(number));
        return url(change, false);
    }

    private String url(Map<String, String> change, boolean fromFirstPage) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("category", category);
        values.put("kind", kind);
        values.put("comune", comune);
        values.put("province", province);
        if (!fromFirstPage && page != null) {
            values.put("page", page);
        }
        values.putAll(change);
        String query = values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/search.xhtml";
        return query.isEmpty() ? base : base + "?" + query;
    }

    /** This search's text without any filter. */
    public String getOnlyTextUrl() {
        Map<String, String> change = new LinkedHashMap<>();
        for (String name : PARAMETERS) {
            if (!"q".equals(name)) {
                change.put(name, null);
            }
        }
        return url(change, true);
    }

    public String getPageTitle() {
        return q == null || q.isBlank() ? Texts.get("search.title") : Texts.get("search.titleFor", q);
    }

    /** Whether any filter or text is set. */
    public boolean isFiltered() {
        return PARAMETERS.stream().anyMatch(name -> switch (name) {
            case "q" -> q != null && !q.isBlank();
            case "category" -> category != null;
            case "kind" -> kind != null;
            case "comune" -> comune != null;
            default -> province != null;
        });
    }

    public WorkerResults.Facet facet(String dimension) {
        return results == null
                ? null
                : results.facets().stream()
                        .filter(f -> f.dimension().equals(dimension))
                        .findFirst()
                        .orElse(null);
    }

    /** The categories to suggest when nothing is found. */
    public List<CategoryNode> getSuggestions() {
        if (categories == null) {
            categories = catalog.tree(language.getLanguage());
        }
        return categories;
    }

    public boolean hasPhoto(long workerId) {
        return withPhoto.contains(workerId);
    }

    /** The first page shown (1-based) and the last, for "results 13–24 of 150". */
    public long getFirstShown() {
        return results.items().isEmpty() ? 0 : (long) results.page() * results.size() + 1;
    }

    public long getLastShown() {
        return (long) results.page() * results.size() + results.items().size();
    }

    public List<Integer> getPageNumbers() {
        int pages = Math.min(results.pages(), Math.max(1, 10_000 / PAGE_SIZE));
        int from = Math.max(0, results.page() - 3);
        int to = Math.min(pages - 1, results.page() + 3);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    public boolean isHasNext() {
        return results.page() + 1 < Math.min(results.pages(), 10_000 / PAGE_SIZE);
    }

    public WorkerResults getResults() {
        return results;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getComune() {
        return comune;
    }

    public void setComune(String comune) {
        this.comune = comune;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public ComuneSummary getComuneChosen() {
        return comuneChosen;
    }

    public void setComuneChosen(ComuneSummary comuneChosen) {
        this.comuneChosen = comuneChosen;
    }
}
