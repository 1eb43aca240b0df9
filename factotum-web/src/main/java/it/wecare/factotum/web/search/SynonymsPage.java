package it.wecare.factotum.web.search;

import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.search.boundary.SearchSynonyms;
import it.wecare.factotum.search.boundary.SynonymForm;
import it.wecare.factotum.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/** Operators keep the synonyms search applies ("imbianchino" means "tinteggiature"). */
@Named
@ViewScoped
public class SynonymsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchSynonyms synonyms;

    private List<SynonymForm> rows;
    private Long id;

    @NotBlank
    @Size(max = 300)
    private String words;

    @NotBlank
    @Size(max = 200)
    private String meaning;

    private long version;

    @PostConstruct
    void load() {
        rows = synonyms.all();
    }

    public void startAdd() {
        id = null;
        words = null;
        meaning = null;
        version = 0;
    }

    public void startEdit(SynonymForm row) {
        id = row.id();
        words = row.words();
        meaning = row.meaning();
        version = row.version();
    }

    public void save() {
        try {
            synonyms.save(new SynonymForm(id, words, meaning, null, version));
            Messages.create(Texts.get("synonyms.saved", words)).add();
            PrimeFaces.current().executeScript("PF('synonymDialog').hide()");
            load();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("synonyms." + e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        } catch (ConflictingChange | RecordNotFound e) {
            Messages.create(Texts.get(ConflictingChange.STALE)).error().add();
        }
    }

    public void delete(SynonymForm row) {
        try {
            synonyms.delete(row.id());
            Messages.create(Texts.get("synonyms.deleted", row.words())).add();
        } catch (RecordNotFound e) {
            Messages.create(Texts.get(ConflictingChange.STALE)).error().add();
        }
        load();
    }

    /** The public search for the rule's first word, to see what clients find with it. */
    public String tryUrl(SynonymForm row) {
        String first = row.words().split(",")[0].trim();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/search.xhtml?q="
                + URLEncoder.encode(first, StandardCharsets.UTF_8);
    }

    public List<SynonymForm> getRows() {
        return rows;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getMeaning() {
        return meaning;
    }

    public void setMeaning(String meaning) {
        this.meaning = meaning;
    }
}
