package it.wecare.factotum.search.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.search.control.Synonyms;
import it.wecare.factotum.search.entity.Synonym;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/** The synonyms search applies, kept by operators; a change reaches every node's search within seconds. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
public class SearchSynonyms {

    static final String RECORD_TYPE = "Synonym";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SearchIndex index;

    @Inject
    Event<SynonymsChanged> changed;

    Clock clock = Clock.systemUTC();

    public List<SynonymForm> all() {
        return em
                .createQuery("SELECT s FROM Synonym s ORDER BY s.meaning, s.words", Synonym.class)
                .getResultList()
                .stream()
                .map(SearchSynonyms::form)
                .toList();
    }

    /**
     * Adds or changes a rule.
     *
     * @throws InvalidInput naming {@code words} or {@code meaning} when they hold no searchable word (only
     *     words like "di", "la")
     * @throws ConflictingChange when someone else changed the rule meanwhile
     */
    public SynonymForm save(@NotNull @Valid SynonymForm form) {
        for (String phrase : form.words().split(",")) {
            if (!phrase.isBlank()
                    && index.parse(List.of(new Synonyms.Definition(phrase, "x")))
                                    .size()
                            == 0) {
                throw new InvalidInput("words", "synonym.error.words");
            }
        }
        if (index.parse(List.of(new Synonyms.Definition("x", form.meaning()))).size() == 0) {
            throw new InvalidInput("meaning", "synonym.error.meaning");
        }
        Synonym synonym;
        if (form.id() == null) {
            synonym = new Synonym(form.words(), form.meaning(), clock.instant());
            em.persist(synonym);
        } else {
            synonym = find(form.id());
            if (synonym.getVersion() != form.version()) {
                throw new ConflictingChange(ConflictingChange.STALE, "synonym " + form.id() + " changed meanwhile");
            }
            synonym.define(form.words(), form.meaning(), clock.instant());
        }
        em.flush();
        audit.record(
                form.id() == null ? "SYNONYM_ADDED" : "SYNONYM_CHANGED",
                RECORD_TYPE,
                synonym.getId(),
                synonym.getWords() + " → " + synonym.getMeaning());
        changed.fire(new SynonymsChanged(synonym.getId()));
        return form(synonym);
    }

    public void delete(long id) {
        Synonym synonym = find(id);
        em.remove(synonym);
        em.flush();
        audit.record("SYNONYM_DELETED", RECORD_TYPE, id, synonym.getWords() + " → " + synonym.getMeaning());
        changed.fire(new SynonymsChanged(id));
    }

    private Synonym find(long id) {
        Synonym synonym = em.find(Synonym.class, id);
        if (synonym == null) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return synonym;
    }

    private static SynonymForm form(Synonym s) {
        return new SynonymForm(s.getId(), s.getWords(), s.getMeaning(), s.getUpdatedAt(), s.getVersion());
    }
}
