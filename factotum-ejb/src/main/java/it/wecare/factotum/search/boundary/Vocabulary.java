package it.wecare.factotum.search.boundary;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.search.control.SearchEngine;
import it.wecare.factotum.search.control.ServiceSuggester;
import it.wecare.factotum.workers.boundary.WorkerSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names search indexes a worker by and shows results with: the active catalog in both languages and
 * the list of comuni. Immutable: a change to the catalog or the comuni makes a new one.
 */
public final class Vocabulary {

    private final Map<String, Map<String, String>> serviceNames = new HashMap<>();
    private final Map<String, Map<String, String>> categoryNames = new HashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, String> servicesText = new HashMap<>();
    private final Map<String, String> comuneLabels = new HashMap<>();
    private final Map<String, String> comuneNames = new HashMap<>();
    private final Map<String, String> provinceOfComune = new HashMap<>();
    private final Map<String, String> provinceNames = new TreeMap<>();

    Vocabulary(List<CategoryNode> italian, List<CategoryNode> english, Map<String, ComuneSummary> comuni) {
        name("it", italian);
        name("en", english);
        for (CategoryNode category : italian) {
            for (CategoryNode sub : category.subcategories()) {
                parentOf.put(sub.code(), category.code());
                servicesText.put(
                        sub.code(),
                        String.join(
                                "\n",
                                sub.name(),
                                serviceNames.get("en").getOrDefault(sub.code(), ""),
                                category.name(),
                                categoryNames.get("en").getOrDefault(category.code(), "")));
            }
        }
        comuni.values().forEach(c -> {
            comuneLabels.put(c.istatCode(), c.label());
            comuneNames.put(c.istatCode(), c.name());
            provinceOfComune.put(c.istatCode(), c.provinceCode());
            provinceNames.putIfAbsent(c.provinceCode(), c.provinceName());
        });
    }

    private void name(String language, List<CategoryNode> tree) {
        Map<String, String> services = new LinkedHashMap<>();
        Map<String, String> categories = new LinkedHashMap<>();
        for (CategoryNode category : tree) {
            categories.put(category.code(), category.name());
            category.subcategories().forEach(sub -> services.put(sub.code(), sub.name()));
        }
        serviceNames.put(language, services);
        categoryNames.put(language, categories);
    }

    /** The active services with their names and their categories' names, in both languages, for suggestions. */
    public List<ServiceSuggester.Service> services() {
        List<ServiceSuggester.Service> services = new ArrayList<>();
        serviceNames
                .get("it")
                .forEach((code, name) -> services.add(new ServiceSuggester.Service(
                        code,
                        name,
                        serviceNames.get("en").getOrDefault(code, ""),
                        categoryNames.get("it").getOrDefault(parentOf.get(code), ""),
                        categoryNames.get("en").getOrDefault(parentOf.get(code), ""))));
        return services;
    }

    /** The index entry of a worker. */
    SearchEngine.Entry entry(WorkerSheet sheet, double rating) {
        Set<String> categories = new LinkedHashSet<>();
        Set<String> subcategories = new LinkedHashSet<>();
        StringBuilder services = new StringBuilder();
        sheet.skills().keySet().stream().sorted().forEach(code -> {
            if (parentOf.containsKey(code)) {
                subcategories.add(code);
                categories.add(parentOf.get(code));
                services.append(servicesText.get(code)).append('\n');
            }
        });
        Set<String> provinces = new LinkedHashSet<>();
        List<String> serves = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        append(text, sheet.bioIt());
        append(text, sheet.bioEn());
        append(text, kindWords(sheet));
        for (String comune : sheet.comuni()) {
            serves.add(comune);
            append(text, comuneNames.get(comune));
            String province = provinceOfComune.get(comune);
            if (province != null) {
                provinces.add(province);
            }
        }
        for (String province : sheet.provinces()) {
            serves.add("P:" + province);
            provinces.add(province);
            append(text, provinceNames.get(province));
        }
        return new SearchEngine.Entry(
                sheet.id(),
                sheet.publicName(),
                sheet.sortName(),
                services.toString(),
                text.toString(),
                sheet.kind().name(),
                categories,
                subcategories,
                provinces,
                serves,
                rating);
    }

    private static String kindWords(WorkerSheet sheet) {
        return switch (sheet.kind()) {
            case VOLUNTEER -> "volontario volontaria volunteer";
            case FACTOTUM -> "factotum tuttofare handyman";
            case ARTISAN -> "artigiano artigiana artisan";
        };
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(part).append('\n');
        }
    }

    Map<String, String> serviceNames(String language) {
        return serviceNames.getOrDefault(language, serviceNames.get("it"));
    }

    Map<String, String> categoryNames(String language) {
        return categoryNames.getOrDefault(language, categoryNames.get("it"));
    }

    boolean isCategory(String code) {
        return categoryNames.get("it").containsKey(code);
    }

    boolean isSubcategory(String code) {
        return parentOf.containsKey(code);
    }

    String parentOf(String subcategory) {
        return parentOf.get(subcategory);
    }

    Map<String, String> comuneLabels() {
        return comuneLabels;
    }

    String provinceOf(String comune) {
        return provinceOfComune.get(comune);
    }

    Map<String, String> provinceNames() {
        return provinceNames;
    }
}
